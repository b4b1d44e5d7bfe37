import { useT } from '../../i18n/use-t.ts';
import { QrCode } from './QrCode.tsx';

/**
 * Getting the app onto the person's own phone: a QR code and the address in plain text. Both hold
 * only the app's origin, which is neutral, never a screen, a page or anything about the person.
 */
export function Handover({ origin = location.origin }: { origin?: string }) {
  const t = useT('audiences');
  const address = origin.replace(/^https?:\/\//, '');
  return (
    <>
      <p class="note">{t('handover.safeFirst')}</p>
      <p>{t('handover.scan')}</p>
      <div class="qr-frame">
        <QrCode text={origin} label={t('handover.codeLabel', { address })} />
      </div>
      <p>
        {t('handover.address')} <strong class="ltr-always">{address}</strong>
      </p>
      <p>{t('handover.cover')}</p>
      <p>{t('handover.history')}</p>
    </>
  );
}

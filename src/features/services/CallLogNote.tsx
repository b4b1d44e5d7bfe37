import type { TFunction } from 'i18next';

/** What a call or text leaves behind on a phone, and how to delete it from the call list. */
export function CallLogNote({ t }: { t: TFunction<'services'> }) {
  return (
    <details class="call-log-note">
      <summary>{t('callLog.title')}</summary>
      <p>{t('callLog.text')}</p>
    </details>
  );
}

import type { Channel } from '../../regions/schema.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { CallButton } from '../../ui/CallButton.tsx';
import { InAppLink } from '../../ui/InAppLink.tsx';
import { PhoneIcon } from '../../ui/icons.tsx';
import { AreaChoice } from './AreaChoice.tsx';
import { getService, serviceWithRole } from './directory.ts';
import { formatStatus } from './format.ts';
import { channelHref } from './links.ts';
import { LocalText } from './LocalText.tsx';
import { useT } from '../../i18n/use-t.ts';
import { Strings } from '../../i18n/Strings.tsx';
import styles from './CallNow.module.css';

type Phone = Extract<Channel, { type: 'phone' }>;

const phoneOf = (id: string | undefined): Phone | undefined =>
  (id === undefined ? undefined : getService(id))?.channels.find(
    (c): c is Phone => c.type === 'phone',
  );

/**
 * "Call now", first on home: 999 (with the silent-call route one tap away), the area's 24-hour
 * line and the national helpline, each a tel: link that shows its number, with open or closed
 * now. Which entries appear is decided by the area's data (roles), so each number lives in one
 * place. Loaded with home but outside the first chunk: it carries the directory data.
 */
export function CallNow({ now = new Date() }: { now?: Date }) {
  // Its own place to wait for the services strings, so home around it never waits.
  return (
    <Strings>
      <CallNowLines now={now} />
    </Strings>
  );
}

function CallNowLines({ now }: { now: Date }) {
  const t = useT('services');
  const lang = currentLanguage();
  const local = serviceWithRole('24h-line');
  const national = serviceWithRole('national-helpline');
  const lines = [
    { id: 'emergency-999', name: t('callNow.emergency'), phone: phoneOf('emergency-999') },
    local && {
      id: local.id,
      name: <LocalText text={local.name} lang={lang} />,
      phone: phoneOf(local.id),
    },
    national && {
      id: national.id,
      name: <LocalText text={national.name} lang={lang} />,
      phone: phoneOf(national.id),
    },
  ];
  return (
    <section class={styles.block} aria-labelledby="call-now-title">
      <h2 id="call-now-title" class={styles.title}>
        <PhoneIcon />
        {t('callNow.title')}
      </h2>
      <ul class={styles.list}>
        {lines.map((line) => {
          const href = line?.phone && channelHref(line.phone);
          if (!line?.phone || !href) return null;
          const status = formatStatus(line.phone.hours, now, t);
          return (
            <li key={line.id} class={styles.line}>
              <p class={styles.name}>{line.name}</p>
              <CallButton
                href={href}
                number={line.phone.number}
                label={t('channel.call', { number: line.phone.number })}
              />
              {line.id === 'emergency-999' ? (
                <p class={styles.status}>
                  <InAppLink standalone to={{ name: 'emergency' }}>
                    {t('callNow.silent')}
                  </InAppLink>
                </p>
              ) : (
                <p class={status.open ? `${styles.status} ${styles.open}` : styles.status}>
                  {status.text}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <AreaChoice />
    </section>
  );
}

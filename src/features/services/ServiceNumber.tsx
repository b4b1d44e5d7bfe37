import type { ComponentChildren } from 'preact';
import type { Channel } from '../../regions/schema.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { Strings } from '../../i18n/Strings.tsx';
import { CallButton } from '../../ui/CallButton.tsx';
import { InAppLink } from '../../ui/InAppLink.tsx';
import { PhoneIcon } from '../../ui/icons.tsx';
import { getService } from './directory.ts';
import { channelHref } from './links.ts';
import { localText } from './text.ts';
import styles from './ServiceNumber.module.css';

type Dialled = Extract<Channel, { type: 'phone' | 'text' | 'relay' }>;

/** The channel a person can dial first: a phone line, else a text line, else relay. */
export function firstNumber(id: string): Dialled | undefined {
  const channels = getService(id)?.channels ?? [];
  for (const type of ['phone', 'text', 'relay'] as const) {
    const found = channels.find((c): c is Dialled => c.type === type);
    if (found) return found;
  }
  return undefined;
}

/**
 * A service's name with its number, written out and as a call link, for other features (show
 * mode, search, easy read). One small part, so a shared "service with its number" part can
 * replace it in one place. The number comes only from the directory data.
 */
export function ServiceNumber(props: { id: string; lang?: string; big?: boolean }) {
  return (
    <Strings>
      <ServiceNumberLine {...props} />
    </Strings>
  );
}

function ServiceNumberLine({ id, lang, big }: { id: string; lang?: string; big?: boolean }) {
  const t = useT('services');
  const service = getService(id);
  const channel = firstNumber(id);
  const href = channel && channelHref(channel);
  if (!service) return null;
  const name = localText(service.name, lang ?? currentLanguage());
  const label =
    channel?.type === 'text'
      ? t('channel.text', { number: channel.number })
      : t('channel.call', { number: channel?.number ?? '' });
  return (
    <div class={big ? `${styles.line} ${styles.big}` : styles.line}>
      <p class={styles.name}>{name}</p>
      {channel && href && <CallButton href={href} number={channel.number} label={label} />}
    </div>
  );
}

/**
 * A `service:id` link in content as a real call link that shows the number: easy read writes the
 * number in the link's words (checked against the data by test/unit/easy-read-pages.test.ts);
 * where the words hold no number, as for an area's own line, it is added from the data. A
 * service with no number to dial opens its screen instead.
 */
export function ServiceCallLink(props: { id: string; text: string; children: ComponentChildren }) {
  const { id, text, children } = props;
  const channel = firstNumber(id);
  const href = channel && channelHref(channel);
  if (!href) return <InAppLink to={{ name: 'service', params: { id } }}>{children}</InAppLink>;
  return (
    <a class={styles.callLink} href={href}>
      <PhoneIcon class={styles.callIcon} />
      <span>
        {children}
        {!/\d/.test(text) && (
          <>
            {': '}
            <span class={styles.number}>{channel.number}</span>
          </>
        )}
      </span>
    </a>
  );
}

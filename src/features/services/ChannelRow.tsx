import { useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import type { Channel } from '../../regions/schema.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { channelHref } from './links.ts';
import { formatHours, formatStatus } from './format.ts';
import { localText } from './text.ts';

interface Props {
  channel: Channel;
  t: TFunction<'services'>;
  /** The moment "open now" is worked out for. */
  now: Date;
  /** Full shows notes, hours and a copy button; compact shows the action and whether it is open. */
  full?: boolean;
}

/** One way to reach a service: a tel:, sms: or https: link, its hours and a copy button. */
export function ChannelRow({ channel, t, now, full = false }: Props) {
  const lang = currentLanguage();
  const href = channelHref(channel);
  const label = channel.label ? localText(channel.label, lang) : undefined;
  const note = channel.note ? localText(channel.note, lang) : undefined;
  const hours = 'hours' in channel ? channel.hours : undefined;
  const status = hours === undefined ? undefined : formatStatus(hours, now, t);

  let action: string;
  switch (channel.type) {
    case 'phone':
      action = t('channel.call', { number: channel.number });
      break;
    case 'text':
      action = t('channel.text', { number: channel.number });
      break;
    case 'relay':
      action = t('channel.relay', { number: channel.number });
      break;
    case 'web':
      action = t('channel.web');
      break;
    case 'email':
      action = t('channel.email', { address: channel.address });
      break;
  }

  const copyValue =
    channel.type === 'email' ? channel.address : 'number' in channel ? channel.number : undefined;

  return (
    <li class="channel">
      {label && <span class="channel-label">{label}</span>}
      {href ? (
        channel.type === 'web' ? (
          <a class="channel-action" href={href} target="_blank" rel="noreferrer noopener">
            {action}
            <span class="channel-url ltr-always">{href.replace(/^https:\/\//, '')}</span>
          </a>
        ) : (
          <a class="channel-action button" href={href}>
            <WithNumber text={action} number={numberOf(channel)} />
          </a>
        )
      ) : (
        <span class="channel-text">
          <WithNumber text={action} number={numberOf(channel)} />
        </span>
      )}
      {status && (
        <span class={`channel-status ${status.open === true ? 'is-open' : ''}`}>{status.text}</span>
      )}
      {full && note && <span class="channel-note">{note}</span>}
      {full && hours !== undefined && hours !== '24/7' && hours !== 'unknown' && (
        <ul class="channel-hours">
          {formatHours(hours, t).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {full && copyValue !== undefined && (
        <CopyButton value={copyValue} isNumber={channel.type !== 'email'} t={t} />
      )}
    </li>
  );
}

const numberOf = (channel: Channel): string | undefined =>
  'number' in channel ? channel.number : undefined;

/**
 * The words in the page's direction and the number inside them isolated left to right. Forcing the
 * whole line left to right put Urdu words in the wrong order; leaving the number in the Urdu run
 * showed "01744 743200" as "743200 01744", a wrong number. The text (and so the link's name) is
 * unchanged: only how it is laid out.
 */
function WithNumber({ text, number }: { text: string; number: string | undefined }) {
  const at = number === undefined ? -1 : text.indexOf(number);
  if (number === undefined || at < 0) return <span class="ltr-always">{text}</span>;
  return (
    <>
      {text.slice(0, at)}
      <span class="ltr-always">{number}</span>
      {text.slice(at + number.length)}
    </>
  );
}

function CopyButton({
  value,
  isNumber,
  t,
}: {
  value: string;
  isNumber: boolean;
  t: TFunction<'services'>;
}) {
  const [message, setMessage] = useState('');
  const copy = async (): Promise<void> => {
    try {
      // Missing on insecure origins and some older browsers, whatever the types say.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(value);
      setMessage(t('channel.copied', { value }));
    } catch {
      setMessage(t('channel.copyFailed', { value }));
    }
  };
  return (
    <span class="channel-copy">
      <button type="button" class="button secondary" onClick={() => void copy()}>
        {isNumber ? t('channel.copy') : t('channel.copyAddress')}
        <span class="visually-hidden"> {value}</span>
      </button>
      <span role="status" class="channel-copy-status">
        {message}
      </span>
    </span>
  );
}

import type { Channel } from '../../regions/schema.ts';
import { deploy } from '../../core/deploy.ts';
import { currentLanguage, directionOf } from '../../i18n/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { Strings } from '../../i18n/Strings.tsx';
import { CallButton } from '../../ui/CallButton.tsx';
import { InAppLink } from '../../ui/InAppLink.tsx';
import { getService } from './directory.ts';
import { formatStatus } from './format.ts';
import { channelHref } from './links.ts';
import { resolveService } from './roles.ts';
import { isEntryStale } from './stale.ts';
import { localText } from './text.ts';
import styles from './ServiceLine.module.css';

type Phone = Extract<Channel, { type: 'phone' }>;

interface Props {
  /** A service id from src/regions/. */
  id: string;
  /**
   * False where the words around it already name the service with a link to its entry (a
   * content page), so the line adds only the numbers and whether they are open.
   */
  named?: boolean;
  /**
   * The name as the screen around it words it ("Galop, for LGBT+ people"); the directory's name
   * otherwise. Only the name: the number and hours always come from the directory.
   */
  name?: string;
  /** The moment "open now" is worked out for; now unless a test fixes it. */
  now?: Date;
}

/**
 * A service wherever another screen names it: its name (a link to the full entry), its phone
 * numbers as tel: links that show the number (each with its label when a service has several),
 * and whether each is open now or when it next opens.
 * A frightened person should not need one more tap to find the number. The number comes from the
 * directory data, never from the text around it. Import it only from lazily loaded screens: it
 * carries the directory.
 */
export function ServiceLine(props: Props) {
  // Its own place to wait for the services strings, so the screen around it never waits.
  return (
    <Strings>
      <Line {...props} />
    </Strings>
  );
}

function Line({ id, named = true, name, now = new Date() }: Props) {
  const t = useT('services');
  const service = getService(id);
  if (!service) return null;
  const lang = currentLanguage();
  // Every phone line of the service, each with its own label ("Emergency", "Not an emergency"):
  // one number alone could be the wrong one for what the words around it are about.
  const phones = service.channels
    .filter((c): c is Phone => c.type === 'phone')
    .map((phone) => ({ phone, href: channelHref(phone) }))
    .filter((p): p is { phone: Phone; href: string } => p.href !== undefined);
  // A content page already links the name; with no number to add, it needs nothing more.
  if (!named && phones.length === 0) return null;
  return (
    // In the app's language, even under a page shown in English because it is not translated yet.
    <div
      class={named ? styles.line : `${styles.line} ${styles.unnamed}`}
      lang={lang}
      dir={directionOf(lang)}
    >
      {named && (
        <p class={styles.name}>
          <InAppLink to={{ name: 'service', params: { id } }}>
            {name ?? localText(service.name, lang)}
          </InAppLink>
        </p>
      )}
      {phones.map(({ phone, href }) => {
        const status = formatStatus(phone.hours, now, t);
        return (
          <div key={href} class={styles.phone}>
            {phone.label && <p class={styles.label}>{localText(phone.label, lang)}</p>}
            <CallButton
              href={href}
              number={phone.number}
              label={t('channel.call', { number: phone.number })}
            />
            <p class={status.open ? `${styles.status} ${styles.open}` : styles.status}>
              {status.text}
            </p>
          </div>
        );
      })}
      {isEntryStale(service, now, deploy.serviceMaxAgeDays) && (
        <p class={styles.stale}>{t('stale')}</p>
      )}
    </div>
  );
}

/**
 * One line per service, as a list: for screens that offer several services to call. Each is a
 * national entry's id or a role (`role:da-service`, roles.ts), which becomes the person's area's
 * own service, named by the directory; a role the area does not fill is left out.
 */
export function ServiceLines<Ref extends string>({
  ids,
  nameOf,
  now = new Date(),
}: {
  ids: readonly Ref[];
  /** The screen's own wording of a national entry's name (see `name` above). */
  nameOf?: (ref: Ref) => string | undefined;
  now?: Date;
}) {
  const shown = ids.flatMap((ref) => {
    const service = resolveService(ref);
    return service ? [{ ref, id: service.id, name: service.name ?? nameOf?.(ref) }] : [];
  });
  return (
    <ul class={styles.list}>
      {shown.map(({ ref, id, name }) => (
        <li key={ref}>
          {name === undefined ? (
            <ServiceLine id={id} now={now} />
          ) : (
            <ServiceLine id={id} name={name} now={now} />
          )}
        </li>
      ))}
    </ul>
  );
}

import { deploy } from '../../core/deploy.ts';
import { useNavigation } from '../../core/services.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ChannelRow } from './ChannelRow.tsx';
import { getService } from './directory.ts';
import { isEntryStale } from './stale.ts';
import { localText, textAttrs } from './text.ts';
import { useT } from '../../i18n/use-t.ts';
import { Strings } from '../../i18n/Strings.tsx';

interface Props {
  /** A service id from src/regions/ (for example "national-da-helpline"). */
  id: string;
  /** The heading level of the service's name, to fit the page around it. */
  level?: 2 | 3;
  /** The moment "open now" is worked out for; now unless a test fixes it. */
  now?: Date;
}

/**
 * A short card for one service: its name (which opens the full entry), what it offers, and
 * buttons to call or text it. Any feature can show a service by id, so a number lives in one
 * place. Renders nothing for an id this deployment does not have. It waits for its own strings,
 * so a card that appears inside another feature's screen leaves the rest of that screen alone.
 */
export function ServiceCard(props: Props) {
  return (
    <Strings>
      <Card {...props} />
    </Strings>
  );
}

function Card({ id, level = 3, now = new Date() }: Props) {
  const navigation = useNavigation();
  const t = useT('services');
  const service = getService(id);
  if (!service) return null;
  const lang = currentLanguage();
  const Heading = level === 2 ? 'h2' : 'h3';
  const actions = service.channels.filter((c) => c.type !== 'email' && c.type !== 'web');
  return (
    <article class="service-card">
      <Heading class="service-card-name">
        <button
          type="button"
          class="link-button inline-link"
          onClick={() => navigation.go('service', { id })}
        >
          {localText(service.name, lang)}
        </button>
      </Heading>
      <p {...textAttrs(service.offers, lang)}>{localText(service.offers, lang)}</p>
      {isEntryStale(service, now, deploy.serviceMaxAgeDays) && (
        <p class="service-warning">{t('stale')}</p>
      )}
      {actions.length > 0 && (
        <ul class="channels">
          {actions.map((channel, i) => (
            <ChannelRow key={i} channel={channel} t={t} now={now} />
          ))}
        </ul>
      )}
    </article>
  );
}

import type { TFunction } from 'i18next';
import { DAYS, type Day, type Hours } from '../../regions/schema.ts';
import { isOpenAt, nextOpening } from './hours.ts';

/**
 * A time as the language's readers expect it. The clock is data (`hours.clock` in the language's
 * services strings): "12" gives "8am", "8:30pm", "12pm"; "24" gives "08:00", "20:30". Midnight is
 * a word ("midnight", "północ"), so "8am to midnight" never reads as a time of day zero.
 */
export function formatTime(time: string, t: TFunction<'services'>): string {
  if (time === '24:00' || time === '00:00') return t('hours.midnight');
  const [h = 0, m = 0] = time.split(':').map(Number);
  const two = (n: number): string => String(n).padStart(2, '0');
  if (t('hours.clock') === '24') return `${two(h)}:${two(m)}`;
  const hour = h % 12 === 0 ? 12 : h % 12;
  const minutes = m === 0 ? '' : `:${two(m)}`;
  return `${String(hour)}${minutes}${h < 12 ? 'am' : 'pm'}`;
}

/** Days as a person says them: a run of three or more is "Monday to Friday". */
export function formatDays(days: readonly Day[], t: TFunction<'services'>): string {
  const sorted = DAYS.filter((d) => days.includes(d));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const run =
    first !== undefined && last !== undefined && DAYS.indexOf(last) - DAYS.indexOf(first) + 1;
  if (first && last && sorted.length >= 3 && run === sorted.length) {
    return t('hours.range', { first: t(`days.${first}`), last: t(`days.${last}`) });
  }
  return sorted.map((d) => t(`days.${d}`)).join(', ');
}

/** Opening hours as lines of text. */
export function formatHours(hours: Hours, t: TFunction<'services'>): string[] {
  if (hours === '24/7') return [t('channel.always')];
  if (hours === 'unknown') return [t('channel.hoursUnknown')];
  return hours.weekly.map((p) =>
    t('hours.period', {
      days: formatDays(p.days, t),
      from: formatTime(p.from, t),
      to: formatTime(p.to, t),
    }),
  );
}

/**
 * "Open now", "Open 24 hours, every day", or "Closed now. Opens tomorrow at 8am": a closed line
 * always says when to call instead.
 */
export function formatStatus(
  hours: Hours,
  now: Date,
  t: TFunction<'services'>,
): { open: boolean | undefined; text: string } {
  const open = isOpenAt(hours, now);
  if (open === undefined) return { open, text: t('channel.hoursUnknown') };
  if (open) return { open, text: hours === '24/7' ? t('channel.always') : t('channel.open') };
  const next = nextOpening(hours, now);
  if (!next) return { open, text: t('channel.closed') };
  const time = formatTime(next.time, t);
  const when =
    next.daysAhead === 0
      ? t('channel.opensToday', { time })
      : next.daysAhead === 1
        ? t('channel.opensTomorrow', { time })
        : t('channel.opensOn', { day: t(`days.${next.day}`), time });
  return { open, text: `${t('channel.closed')}. ${when}` };
}

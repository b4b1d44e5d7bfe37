import * as v from 'valibot';
import type { Pack, Text } from './schema.ts';

/**
 * Translations of the service directory's words, kept apart from the packs so a translator never
 * edits a pack and never sees a number to change. One file per language and pack:
 * src/regions/translations/<lang>/<pack id>.json. Only words can be given: names, what a service
 * offers, its steps, and its channels' labels and notes. Numbers, addresses, web addresses and ids
 * stay in the pack, in one place. The build merges each overlay into the pack's Text records and
 * fails, naming the file, on an unknown pack or entry, a steps list of another length than the
 * English, or a channel that does not exist or has no English words to translate.
 */

const words = v.pipe(v.string(), v.trim(), v.minLength(1, 'text must not be empty'));

export const overlaySchema = v.strictObject({
  /** True until a native speaker has checked every word in this file. */
  needsReview: v.boolean(),
  services: v.record(
    v.string(),
    v.strictObject({
      name: v.optional(words),
      offers: v.optional(words),
      steps: v.optional(v.array(words)),
      channels: v.optional(
        v.record(
          v.pipe(v.string(), v.regex(/^\d+$/, 'channel keys are the channel index: "0", "1", …')),
          v.strictObject({ label: v.optional(words), note: v.optional(words) }),
        ),
      ),
    }),
  ),
});

export type Overlay = v.InferOutput<typeof overlaySchema>;

export interface OverlayFile {
  /** The file, relative to the project root, for messages. */
  file: string;
  lang: string;
  /** The pack this overlay translates: the pack file's name without .json. */
  packId: string;
  data: unknown;
}

/** Which packs still need a native speaker's check, per language: { ur: ['uk', 'st-helens'] }. */
export type UnreviewedPacks = Record<string, string[]>;

/** Checks one overlay against its shape; throws an Error naming the file and each problem. */
export function parseOverlay(data: unknown, file: string): Overlay {
  const result = v.safeParse(overlaySchema, data);
  if (result.success) return result.output;
  const problems = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
  throw new Error(`${file} is not valid:\n  ${problems.join('\n  ')}`);
}

function withLang(text: Text, lang: string, value: string | undefined): Text {
  return value === undefined ? text : { ...text, [lang]: value };
}

/**
 * Merges overlays into the packs, returning new packs (the inputs are not changed) and which
 * packs are unreviewed per language. `packs` are the packs being shipped, by id; `knownPacks`
 * are every pack id that exists (an overlay for another area's pack is skipped, not an error).
 */
export function applyOverlays(
  packs: ReadonlyMap<string, Pack>,
  overlays: readonly OverlayFile[],
  knownPacks: ReadonlySet<string>,
): { packs: Map<string, Pack>; unreviewed: UnreviewedPacks } {
  const merged = new Map(packs);
  const unreviewed: UnreviewedPacks = {};
  for (const { file, lang, packId, data } of overlays) {
    if (lang === 'en') throw new Error(`${file}: English is the source; it has no overlay`);
    const pack = merged.get(packId);
    if (!pack) {
      if (knownPacks.has(packId)) continue;
      throw new Error(`${file}: there is no service pack "${packId}"`);
    }
    const overlay = parseOverlay(data, file);
    const byId = new Map(pack.services.map((s) => [s.id, s]));
    for (const id of Object.keys(overlay.services)) {
      if (!byId.has(id)) throw new Error(`${file}: pack "${packId}" has no service "${id}"`);
    }
    const services = pack.services.map((service) => {
      const words = overlay.services[service.id];
      if (!words) return service;
      const where = `${file}: [${service.id}]`;
      if (words.steps !== undefined && words.steps.length !== (service.steps?.length ?? 0)) {
        throw new Error(
          `${where} has ${String(words.steps.length)} steps; the English has ${String(service.steps?.length ?? 0)}`,
        );
      }
      const channels = service.channels.map((channel, i) => {
        const text = words.channels?.[String(i)];
        if (!text) return channel;
        if (text.label !== undefined && !channel.label) {
          throw new Error(`${where} channel ${String(i)} has no English label to translate`);
        }
        if (text.note !== undefined && !channel.note) {
          throw new Error(`${where} channel ${String(i)} has no English note to translate`);
        }
        return {
          ...channel,
          ...(channel.label && { label: withLang(channel.label, lang, text.label) }),
          ...(channel.note && { note: withLang(channel.note, lang, text.note) }),
        };
      });
      for (const key of Object.keys(words.channels ?? {})) {
        if (Number(key) >= service.channels.length) {
          throw new Error(`${where} has no channel ${key}`);
        }
      }
      return {
        ...service,
        name: withLang(service.name, lang, words.name),
        offers: withLang(service.offers, lang, words.offers),
        ...(service.steps && {
          steps: service.steps.map((step, i) => withLang(step, lang, words.steps?.[i])),
        }),
        channels,
      };
    });
    merged.set(packId, { ...pack, services });
    if (overlay.needsReview) (unreviewed[lang] ??= []).push(packId);
  }
  return { packs: merged, unreviewed };
}

import type { Block, Inline } from '../../content/types.ts';

/** A part of an easy-read page: a heading, or one idea with its picture and its short lines. */
export type Row =
  { t: 'heading'; block: Block } | { t: 'idea'; picture: string | undefined; blocks: Block[] };

/** The picture a line starts with (`[](picture:name)`), and the line without it. */
function splitPicture(items: Inline[]): { picture?: string; rest: Inline[] } {
  const at = items.findIndex((i) => typeof i !== 'string' || i.trim() !== '');
  const first = items[at];
  if (first === undefined || typeof first === 'string' || first.t !== 'picture')
    return { rest: items };
  const rest = items.slice(at + 1);
  const head = rest[0];
  if (typeof head === 'string') rest[0] = head.trimStart();
  return { picture: first.name, rest };
}

/**
 * Groups an easy-read page into ideas: a line that starts with a picture begins a new idea, and
 * the lines after it belong to that idea until the next picture or heading.
 */
export function toIdeas(body: Block[]): Row[] {
  const rows: Row[] = [];
  for (const block of body) {
    if (block.t === 'h') {
      rows.push({ t: 'heading', block });
      continue;
    }
    let picture: string | undefined;
    let plain: Block;
    if ('items' in block) {
      const [first = [], ...others] = block.items;
      const split = splitPicture(first);
      picture = split.picture;
      plain = { ...block, items: [split.rest, ...others] };
    } else {
      const split = splitPicture(block.c);
      picture = split.picture;
      plain = { ...block, c: split.rest };
    }
    const last = rows[rows.length - 1];
    if (picture === undefined && last?.t === 'idea') last.blocks.push(plain);
    else rows.push({ t: 'idea', picture, blocks: [plain] });
  }
  return rows;
}

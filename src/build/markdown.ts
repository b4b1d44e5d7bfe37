import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import * as v from 'valibot';
import type { Block, Inline, Page } from '../content/types.ts';
import { frontMatterSchema } from './page-schema.ts';
import { isLinkableScreen } from '../core/screens.ts';
import { ROLES, type Role } from '../regions/schema.ts';

/** Thrown with a message that names the file and the problem, so a content author can fix it. */
export class ContentError extends Error {}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** Compiles one Markdown page with front matter into the typed tree the app renders. */
export function compilePage(source: string, file: string, slug: string, lang: string): Page {
  const text = source.replace(/\r\n/g, '\n');
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new ContentError(`${file}: missing front matter between --- lines`);
  const parsed = v.safeParse(frontMatterSchema, parseYaml(match[1] ?? ''));
  if (!parsed.success) {
    const problems = parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    throw new ContentError(`${file}: bad front matter\n  ${problems.join('\n  ')}`);
  }
  const body = toBlocks(new Lexer().lex(text.slice(match[0].length)), file);
  if (body.length === 0) throw new ContentError(`${file}: the page has no text`);
  return { meta: { ...parsed.output, slug, lang }, body };
}

function toBlocks(tokens: Token[], file: string): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const level = (token as Tokens.Heading).depth;
        if (level !== 2 && level !== 3) {
          throw new ContentError(`${file}: use ## or ### headings (the page title is the # level)`);
        }
        blocks.push({ t: 'h', level, c: toInline(token.tokens ?? [], file) });
        break;
      }
      case 'paragraph':
        blocks.push({ t: 'p', c: toInline(token.tokens ?? [], file) });
        break;
      case 'list': {
        const list = token as Tokens.List;
        blocks.push({
          t: list.ordered ? 'ol' : 'ul',
          items: list.items.map((item) => listItem(item, file)),
        });
        break;
      }
      case 'blockquote': {
        const inner = toBlocks((token as Tokens.Blockquote).tokens, file);
        for (const b of inner) {
          if (b.t !== 'p') throw new ContentError(`${file}: a note (>) may hold only paragraphs`);
          blocks.push({ t: 'note', c: b.c });
        }
        break;
      }
      default:
        throw new ContentError(
          `${file}: ${token.type} is not allowed in content (no HTML, tables or code)`,
        );
    }
  }
  return blocks;
}

function listItem(item: Tokens.ListItem, file: string): Inline[] {
  const inline: Inline[] = [];
  for (const t of item.tokens) {
    if (t.type === 'text' || t.type === 'paragraph') {
      inline.push(...toInline((t as Tokens.Text).tokens ?? [t], file));
    } else if (t.type !== 'space') {
      throw new ContentError(`${file}: lists may hold only text (no nested lists)`);
    }
  }
  return inline;
}

function toInline(tokens: Token[], file: string): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) out.push(...toInline(t.tokens, file));
        else out.push(decodeEntities(t.text));
        break;
      }
      case 'strong':
      case 'em':
        out.push({ t: token.type, c: toInline((token as Tokens.Strong).tokens, file) });
        break;
      case 'br':
        out.push(' ');
        break;
      case 'link':
        out.push(toLink(token as Tokens.Link, file));
        break;
      default:
        throw new ContentError(`${file}: ${token.type} is not allowed inside text`);
    }
  }
  return mergeStrings(out);
}

function toLink(token: Tokens.Link, file: string): Inline {
  const c = toInline(token.tokens, file);
  const href = token.href;
  const [scheme, rest = ''] = href.split(/:(.*)/s);
  if (scheme === 'page' && /^[a-z0-9-]+$/.test(rest)) return { t: 'page', slug: rest, c };
  if (scheme === 'service' && /^[a-z0-9-]+$/.test(rest)) return { t: 'service', id: rest, c };
  if (scheme === 'role') {
    // Checked here, at build, so a misspelt role never silently drops a line from a page.
    if (isRole(rest)) return { t: 'role', role: rest, c };
    throw new ContentError(
      `${file}: link "${href}" names no role (the roles are in src/regions/schema.ts: ${ROLES.join(', ')})`,
    );
  }
  if (scheme === 'screen') {
    // Checked here, at build, so a misspelt or parameterised screen never ships as a dead link.
    if (isLinkableScreen(rest)) return { t: 'screen', name: rest, c };
    throw new ContentError(
      `${file}: link "${href}" names no screen that opens without parameters (src/core/screens.ts)`,
    );
  }
  if (scheme === 'picture' && /^[a-z-]+$/.test(rest)) {
    if (c.length > 0) throw new ContentError(`${file}: a picture link has no words: [](${href})`);
    return { t: 'picture', name: rest, c: [] };
  }
  if (scheme === 'https' && URL.canParse(href)) return { t: 'link', href, c };
  throw new ContentError(
    `${file}: link "${href}" must be https:, page:slug, service:id, role:name, screen:name or picture:name`,
  );
}

function isRole(name: string): name is Role {
  return (ROLES as readonly string[]).includes(name);
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** marked escapes text for HTML; we render text nodes, so turn the entities back. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

function mergeStrings(items: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const item of items) {
    const last = merged[merged.length - 1];
    if (typeof item === 'string' && typeof last === 'string')
      merged[merged.length - 1] = last + item;
    else merged.push(item);
  }
  return merged;
}

/** Plain text of a page body, for the search index and readability checks. */
export function plainText(blocks: Block[]): string {
  const inline = (c: Inline[]): string =>
    c.map((i) => (typeof i === 'string' ? i : inline(i.c))).join('');
  return blocks
    .map((b) => ('items' in b ? b.items.map(inline).join('\n') : inline(b.c)))
    .join('\n');
}

/**
 * A page body cut at its headings, as plain text, for search: a result can then name the section
 * and quote the sentence that matched. Text before the first heading has an empty heading.
 */
export function searchSections(blocks: Block[]): { heading: string; text: string }[] {
  const sections: { heading: string; blocks: Block[] }[] = [{ heading: '', blocks: [] }];
  for (const block of blocks) {
    if (block.t === 'h') sections.push({ heading: plainText([block]), blocks: [] });
    else sections[sections.length - 1]?.blocks.push(block);
  }
  return sections
    .filter((s) => s.heading !== '' || s.blocks.length > 0)
    .map((s) => ({ heading: s.heading, text: plainText(s.blocks) }));
}

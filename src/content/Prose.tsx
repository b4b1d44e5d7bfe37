import type { ComponentType } from 'preact';
import type { Block, Inline } from './types.ts';
import { useNavigation } from '../core/services.ts';
import { isLinkableScreen, type ScreenRef } from '../core/screens.ts';

/** What shows a named service's number under the words that name it (the services feature's). */
export type ServiceNumber = ComponentType<{ id: string; named: false }>;

/**
 * Renders a compiled content page. Everything becomes text nodes and a few known elements: there
 * is no HTML string anywhere, so content cannot inject markup. Links go only where the build
 * allowed: https sites (new tab, no referrer), other pages, service entries and app screens.
 * Given `serviceNumber`, every paragraph or list item that names a service is followed by that
 * service's number, so nobody needs a further tap to find it; the number comes from the
 * directory, never from the page's words.
 */
export function Prose({
  blocks,
  serviceNumber,
}: {
  blocks: Block[];
  serviceNumber?: ServiceNumber;
}) {
  return (
    <>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} numbers={serviceNumber} />
      ))}
    </>
  );
}

function BlockView({ block, numbers }: { block: Block; numbers: ServiceNumber | undefined }) {
  switch (block.t) {
    case 'h':
      return block.level === 2 ? <h2>{inline(block.c)}</h2> : <h3>{inline(block.c)}</h3>;
    case 'p':
      return (
        <>
          <p class={linkLine(block.c)}>{inline(block.c)}</p>
          <Numbers items={block.c} of={numbers} />
        </>
      );
    case 'note':
      return (
        <>
          <p class={linkLine(block.c) ? 'note link-line' : 'note'}>{inline(block.c)}</p>
          <Numbers items={block.c} of={numbers} />
        </>
      );
    case 'ul':
    case 'ol': {
      const items = block.items.map((item, i) => (
        <li key={i} class={linkLine(item)}>
          {inline(item)}
          <Numbers items={item} of={numbers} />
        </li>
      ));
      return block.t === 'ul' ? <ul>{items}</ul> : <ol>{items}</ol>;
    }
  }
}

/** The numbers of the services these words name, once each, in the order they are named. */
function Numbers({ items, of: NumberLine }: { items: Inline[]; of: ServiceNumber | undefined }) {
  if (!NumberLine) return null;
  const ids = [...new Set(serviceIds(items))];
  return (
    <>
      {ids.map((id) => (
        <NumberLine key={id} id={id} named={false} />
      ))}
    </>
  );
}

function serviceIds(items: Inline[]): string[] {
  return items.flatMap((item) => {
    if (typeof item === 'string') return [];
    if (item.t === 'service') return [item.id];
    return serviceIds(item.c);
  });
}

/**
 * "link-line" for a paragraph or list item whose only words are one link (say "[Call 999](...).").
 * That link is not in a sentence, so it is styled as a full-size target (WCAG 2.2, 2.5.8); a link
 * inside a sentence keeps the height of the line around it.
 */
function linkLine(items: Inline[]): 'link-line' | undefined {
  const words = items.filter((item) => typeof item !== 'string' || /[\p{L}\p{N}]/u.test(item));
  const only = words.length === 1 ? words[0] : undefined;
  if (only === undefined || typeof only === 'string') return undefined;
  if (only.t === 'strong' || only.t === 'em') return linkLine(only.c);
  return 'link-line';
}

function inline(items: Inline[]) {
  return items.map((item, i) => <InlineView key={i} item={item} />);
}

function InlineView({ item }: { item: Inline }) {
  if (typeof item === 'string') return <>{item}</>;
  switch (item.t) {
    case 'strong':
      return <strong>{inline(item.c)}</strong>;
    case 'em':
      return <em>{inline(item.c)}</em>;
    case 'link':
      // Only https reaches here (the build checks); the check is repeated because it is cheap.
      return item.href.startsWith('https://') ? (
        <a href={item.href} target="_blank" rel="noreferrer noopener">
          {inline(item.c)}
        </a>
      ) : (
        <>{inline(item.c)}</>
      );
    case 'page':
      return (
        <InAppLink to={{ name: 'page', params: { slug: item.slug } }}>{inline(item.c)}</InAppLink>
      );
    case 'service':
      return (
        <InAppLink to={{ name: 'service', params: { id: item.id } }}>{inline(item.c)}</InAppLink>
      );
    case 'screen':
      // The build checks every screen link (src/build/markdown.ts); this guard is cheap.
      return isLinkableScreen(item.name) ? (
        <InAppLink to={{ name: item.name }}>{inline(item.c)}</InAppLink>
      ) : (
        <>{inline(item.c)}</>
      );
  }
}

/** Looks like a link, behaves as in-app navigation: no URL change, no history entry. */
function InAppLink({ to, children }: { to: ScreenRef; children: preact.ComponentChildren }) {
  const navigation = useNavigation();
  return (
    <button type="button" class="link-button inline-link" onClick={() => navigation.open(to)}>
      {children}
    </button>
  );
}

import { createContext, type ComponentChildren, type ComponentType } from 'preact';
import { useContext } from 'preact/hooks';
import type { Block, Inline } from './types.ts';
import { useNavigation } from '../core/services.ts';
import { isLinkableScreen, type ScreenRef } from '../core/screens.ts';

/**
 * Renders a compiled content page. Everything becomes text nodes and a few known elements: there
 * is no HTML string anywhere, so content cannot inject markup. Links go only where the build
 * allowed: https sites (new tab, no referrer), other pages, service entries and app screens.
 */
export function Prose({ blocks, service }: { blocks: Block[]; service?: ServiceLinkView }) {
  const list = blocks.map((block, i) => <BlockView key={i} block={block} />);
  return service ? (
    <ServiceView.Provider value={service}>{list}</ServiceView.Provider>
  ) : (
    <>{list}</>
  );
}

/**
 * How a `service:id` link renders. By default it opens the service's screen; show mode and easy
 * read pass their own (a call link, or the name with the number shown beside the card).
 */
export type ServiceLinkView = ComponentType<{
  id: string;
  /** The link's words as plain text. */
  text: string;
  children: ComponentChildren;
}>;

const ServiceView = createContext<ServiceLinkView | undefined>(undefined);

function BlockView({ block }: { block: Block }) {
  switch (block.t) {
    case 'h':
      return block.level === 2 ? <h2>{inline(block.c)}</h2> : <h3>{inline(block.c)}</h3>;
    case 'p':
      return <p class={linkLine(block.c)}>{inline(block.c)}</p>;
    case 'note':
      return <p class={linkLine(block.c) ? 'note link-line' : 'note'}>{inline(block.c)}</p>;
    case 'ul':
    case 'ol': {
      const items = block.items.map((item, i) => (
        <li key={i} class={linkLine(item)}>
          {inline(item)}
        </li>
      ));
      return block.t === 'ul' ? <ul>{items}</ul> : <ol>{items}</ol>;
    }
  }
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
        <ServiceLink id={item.id} text={plain(item.c)}>
          {inline(item.c)}
        </ServiceLink>
      );
    case 'picture':
      return null; // drawn beside its idea by easy read (src/features/easy-read)
    case 'screen':
      // The build checks every screen link (src/build/markdown.ts); this guard is cheap.
      return isLinkableScreen(item.name) ? (
        <InAppLink to={{ name: item.name }}>{inline(item.c)}</InAppLink>
      ) : (
        <>{inline(item.c)}</>
      );
  }
}

function plain(items: Inline[]): string {
  return items.map((i) => (typeof i === 'string' ? i : plain(i.c))).join('');
}

function ServiceLink(props: { id: string; text: string; children: ComponentChildren }) {
  const { id, children } = props;
  const View = useContext(ServiceView);
  if (View) return <View {...props} />;
  return <InAppLink to={{ name: 'service', params: { id } }}>{children}</InAppLink>;
}

/** Looks like a link, behaves as in-app navigation: no URL change, no history entry. */
function InAppLink({ to, children }: { to: ScreenRef; children: ComponentChildren }) {
  const navigation = useNavigation();
  return (
    <button type="button" class="link-button inline-link" onClick={() => navigation.open(to)}>
      {children}
    </button>
  );
}

import { createContext, type ComponentChildren, type ComponentType } from 'preact';
import { useContext } from 'preact/hooks';
import type { Block, Inline } from './types.ts';
import { isolateLtr } from '../ui/Bidi.tsx';
import { useNavigation } from '../core/services.ts';
import { isLinkableScreen, type ScreenRef } from '../core/screens.ts';

/** Finds the service filling a role in the person's area; undefined when none does. */
export type RoleResolver = (role: string) => { id: string; name: string } | undefined;

const Roles = createContext<RoleResolver>(() => undefined);

/** What shows a named service's number under the words that name it (the services feature's). */
export type ServiceNumber = ComponentType<{ id: string; named: false }>;

const Numbers = createContext<ServiceNumber | undefined>(undefined);

/**
 * How a service link (`service:id`, or a role once resolved) renders. By default it opens the
 * service's screen; show mode and easy read pass their own (a call link, or the name with the
 * number shown beside the card).
 */
export type ServiceLinkView = ComponentType<{
  id: string;
  /** The link's words as plain text. */
  text: string;
  children: ComponentChildren;
}>;

const ServiceView = createContext<ServiceLinkView | undefined>(undefined);

/**
 * Renders a compiled content page. Everything becomes text nodes and a few known elements: there
 * is no HTML string anywhere, so content cannot inject markup. Links go only where the build
 * allowed: https sites (new tab, no referrer), other pages, service entries and app screens.
 */
export function Prose({
  blocks,
  roles,
  rtl = false,
  serviceNumber,
  service,
}: {
  blocks: Block[];
  roles?: RoleResolver | undefined;
  /** How service links render (ServiceLinkView above); an in-app link by default. */
  service?: ServiceLinkView | undefined;
  /**
   * Shows a service's number: every paragraph or list item that names a service (by id or by
   * role) is followed by that service's number, so nobody needs a further tap to find it. The
   * number comes from the directory, never from the page's words.
   */
  serviceNumber?: ServiceNumber | undefined;
  /**
   * The page is right to left (Urdu): every phone number, address, English name and code in its
   * text is isolated left to right (ui/Bidi.tsx) and keeps its order.
   */
  rtl?: boolean;
}) {
  const view = blocks.map((block, i) => <BlockView key={i} block={block} />);
  return (
    <RightToLeft.Provider value={rtl}>
      <Numbers.Provider value={serviceNumber}>
        <ServiceView.Provider value={service}>
          {roles ? <Roles.Provider value={roles}>{view}</Roles.Provider> : view}
        </ServiceView.Provider>
      </Numbers.Provider>
    </RightToLeft.Provider>
  );
}

/** Whether the words around are right to left, for the isolation of left-to-right runs. */
const RightToLeft = createContext(false);

/**
 * Whether every `role:` link in these words has a service in the person's area. A paragraph or
 * list item with a role the area does not fill is left out whole, so the text still reads well.
 */
function filled(items: Inline[], roles: RoleResolver): boolean {
  return items.every((i) =>
    typeof i === 'string'
      ? true
      : (i.t !== 'role' || roles(i.role) !== undefined) && filled(i.c, roles),
  );
}

function BlockView({ block }: { block: Block }) {
  const roles = useContext(Roles);
  if ('items' in block) {
    const items = block.items.filter((item) => filled(item, roles));
    if (items.length === 0) return null;
    block = { ...block, items };
  } else if (!filled(block.c, roles)) {
    return null;
  }
  switch (block.t) {
    case 'h':
      return block.level === 2 ? <h2>{inline(block.c)}</h2> : <h3>{inline(block.c)}</h3>;
    case 'p':
      return (
        <>
          <p class={linkLine(block.c)}>{inline(block.c)}</p>
          <NamedNumbers items={block.c} />
        </>
      );
    case 'note':
      return (
        <>
          <p class={linkLine(block.c) ? 'note link-line' : 'note'}>{inline(block.c)}</p>
          <NamedNumbers items={block.c} />
        </>
      );
    case 'ul':
    case 'ol': {
      const items = block.items.map((item, i) => (
        <li key={i} class={linkLine(item)}>
          {inline(item)}
          <NamedNumbers items={item} />
        </li>
      ));
      return block.t === 'ul' ? <ul>{items}</ul> : <ol>{items}</ol>;
    }
  }
}

/** The numbers of the services these words name, once each, in the order they are named. */
function NamedNumbers({ items }: { items: Inline[] }) {
  const NumberLine = useContext(Numbers);
  const roles = useContext(Roles);
  if (!NumberLine) return null;
  const ids = [...new Set(serviceIds(items, roles))];
  return (
    <>
      {ids.map((id) => (
        <NumberLine key={id} id={id} named={false} />
      ))}
    </>
  );
}

function serviceIds(items: Inline[], roles: RoleResolver): string[] {
  return items.flatMap((item) => {
    if (typeof item === 'string') return [];
    if (item.t === 'service') return [item.id];
    if (item.t === 'role') return [roles(item.role)?.id ?? [], serviceIds(item.c, roles)].flat();
    return serviceIds(item.c, roles);
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
  const rtl = useContext(RightToLeft);
  if (typeof item === 'string') return <>{isolateLtr(item, rtl)}</>;
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
    case 'role':
      return <RoleLink role={item.role} text={item.c} />;
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

/** A link to the service filling a role for the person's area; with no words, its own name. */
function RoleLink({ role, text }: { role: string; text: Inline[] }) {
  const service = useContext(Roles)(role);
  const rtl = useContext(RightToLeft);
  if (!service) return <>{inline(text)}</>;
  return (
    <ServiceLink id={service.id} text={text.length > 0 ? plain(text) : service.name}>
      {text.length > 0 ? inline(text) : isolateLtr(service.name, rtl)}
    </ServiceLink>
  );
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

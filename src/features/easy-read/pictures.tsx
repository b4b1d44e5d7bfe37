import type { JSX } from 'preact';

/**
 * The easy-read pictures: simple, neutral line drawings made for this app (no faces, nothing from
 * another site). Each stands for one idea and is used for that idea on every page, so a person
 * learns them. Content names one with `[](picture:name)` at the start of a line; its text
 * alternative is `pictures.<name>` in locales/<lang>/easy-read.json.
 */
const DRAWINGS = {
  phone: (
    <path d="M8 3h8a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM10.5 18h3M7 6h10M7 16h10" />
  ),
  keypad: (
    <>
      <rect x="4" y="2.5" width="16" height="19" rx="2" />
      <path d="M8 7h.01M12 7h.01M16 7h.01M8 11h.01M12 11h.01M16 11h.01M8 15h.01M12 15h.01M16 15h.01M12 18.5h.01" />
    </>
  ),
  silent: (
    <>
      <path d="M8 3h8a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z" />
      <path d="M10 10.5h.01M12 10.5h.01M14 10.5h.01M3 21 21 3" />
    </>
  ),
  message: (
    <path d="M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H10l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zM7 8.5h10M7 12.5h7" />
  ),
  talk: (
    <path d="M3 5h11a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H8l-4 3v-3H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM18 9h3a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-1v3l-4-3h-5a1 1 0 0 1-1-1v-1" />
  ),
  pin: (
    <>
      <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
      <circle cx="12" cy="9.5" r="2.5" />
    </>
  ),
  pharmacy: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="3" />
      <path d="M12 7.5v9M7.5 12h9" />
    </>
  ),
  shield: <path d="M12 2.5 4 5.5v6c0 5 3.4 8.6 8 10 4.6-1.4 8-5 8-10v-6zM8.5 12l2.5 2.5 4.5-5" />,
  house: <path d="M3 11 12 3.5 21 11M5.5 9v11.5h13V9M10 20.5v-6h4v6" />,
  heart: (
    <path d="M12 20.5s-8.5-5-8.5-11a4.5 4.5 0 0 1 8.5-2.2 4.5 4.5 0 0 1 8.5 2.2c0 6-8.5 11-8.5 11z" />
  ),
  people: (
    <>
      <circle cx="8" cy="7.5" r="3" />
      <circle cx="16.5" cy="8.5" r="2.5" />
      <path d="M2.5 20.5c0-3.6 2.5-6 5.5-6s5.5 2.4 5.5 6M13.5 14.3c.9-.5 1.9-.8 3-.8 2.7 0 5 2.1 5 5.5" />
    </>
  ),
  money: (
    <>
      <rect x="2.5" y="6" width="19" height="12" rx="1.5" />
      <circle cx="12" cy="12" r="2.75" />
      <path d="M6 9.5v5M18 9.5v5" />
    </>
  ),
  eye: (
    <>
      <path d="M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  lock: (
    <>
      <rect x="4.5" y="10.5" width="15" height="10.5" rx="1.5" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3M12 14.5v3" />
    </>
  ),
  exit: <path d="M13 3.5H5.5v17H13M10 12h11M17.5 8.5 21 12l-3.5 3.5" />,
  list: (
    <>
      <rect x="4.5" y="3" width="15" height="18.5" rx="1.5" />
      <path d="M8 8.5l1.3 1.3L11.5 7.5M8 14l1.3 1.3 2.2-2.3M13.5 9h3M13.5 14.5h3" />
    </>
  ),
  bag: (
    <>
      <rect x="3.5" y="7.5" width="17" height="13" rx="1.5" />
      <path d="M9 7.5V5.5a1.5 1.5 0 0 1 1.5-1.5h3A1.5 1.5 0 0 1 15 5.5v2M3.5 12.5h17" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  question: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01" />
    </>
  ),
  law: (
    <path d="M12 3v17.5M7 20.5h10M4.5 6.5h15M6.5 6.5 4 12.5a2.5 2.5 0 0 0 5 0zM17.5 6.5 15 12.5a2.5 2.5 0 0 0 5 0z" />
  ),
  blocks: (
    <>
      <rect x="3.5" y="12.5" width="8" height="8" rx="1" />
      <rect x="12.5" y="12.5" width="8" height="8" rx="1" />
      <rect x="8" y="3.5" width="8" height="8" rx="1" />
    </>
  ),
  computer: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M8.5 20h7M12 16v4" />
    </>
  ),
  key: (
    <>
      <circle cx="8" cy="12" r="4" />
      <path d="M12 12h9M17.5 12v3M20.5 12v2.5" />
    </>
  ),
} satisfies Record<string, JSX.Element>;

export type PictureName = keyof typeof DRAWINGS;

export const PICTURES = Object.keys(DRAWINGS) as PictureName[];

export function isPicture(name: string): name is PictureName {
  return Object.hasOwn(DRAWINGS, name);
}

/** One picture, with its text alternative read by screen readers. */
export function Picture({ name, label }: { name: PictureName; label: string }) {
  return (
    <svg
      class="picture"
      viewBox="0 0 24 24"
      role="img"
      aria-label={label}
      fill="none"
      stroke="currentColor"
      stroke-width="1.75"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {DRAWINGS[name]}
    </svg>
  );
}

import type { ComponentChildren } from 'preact';

/**
 * A run of left-to-right text inside right-to-left text: a phone number ("01744 743200"), a
 * postcode, a web or email address, an English name or a code. It starts with a Latin letter, a
 * digit or "+", and ends with a letter or a digit, so the sentence's own full stop stays outside.
 * Spaces, dots, slashes and the like may join its parts. Brackets stay outside, in the Urdu text,
 * so the pair mirrors together: "(coercive control)" keeps both its brackets the right way round.
 */
const LTR_RUN = /[+0-9A-Za-z][0-9A-Za-z.,:/@'’&_+\-–\s]*[0-9A-Za-z]|[0-9A-Za-z]/g;

/**
 * In right-to-left text, wraps every left-to-right run in `<bdi dir="ltr">`, so its parts keep
 * their order: without it, "کال کریں 01744 743200" shows the number as "743200 01744", and a
 * person copying it by eye dials the wrong number. In left-to-right text it returns the text as
 * it is. Text only: no HTML is ever made from the string.
 */
export function isolateLtr(text: string, rtl: boolean): ComponentChildren {
  if (!rtl) return text;
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    // A number never breaks over two lines: its halves would read as two numbers.
    const number = /^[+\d][\d\s]*$/.test(match[0]);
    parts.push(
      <bdi key={at} dir="ltr" {...(number ? { class: 'ltr-number' } : {})}>
        {match[0]}
      </bdi>,
    );
    last = at + match[0].length;
  }
  if (last === 0) return text;
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Text in the current language, with its left-to-right runs isolated when it is right to left. */
export function BidiText({ text, rtl }: { text: string; rtl: boolean }) {
  return <>{isolateLtr(text, rtl)}</>;
}

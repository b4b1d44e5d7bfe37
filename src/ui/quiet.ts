/**
 * The quiet-field rules (safety spec 34): what is typed is not remembered, corrected, capitalised or
 * sent to a spell-check service. Chromium reflects `autocorrect` as a boolean property, so passing
 * the string "off" as a property would turn it ON; these are set as attributes, which every browser
 * and on-screen keyboard reads.
 */
const QUIET: readonly (readonly [string, string])[] = [
  ['autocomplete', 'off'],
  ['autocorrect', 'off'],
  ['autocapitalize', 'off'],
  ['spellcheck', 'false'],
];

/** A ref callback that makes a text field quiet. */
export function quietRef(element: HTMLInputElement | HTMLTextAreaElement | null): void {
  if (!element) return;
  for (const [name, value] of QUIET) element.setAttribute(name, value);
}

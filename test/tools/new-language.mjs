// npm run new:language -- <code> "<the language's name in itself>" [rtl]
// Starts a new language as data only: locales/<code>/_meta.json (every string file marked for
// review) and a list of the remaining steps, the glossary first. Nothing is translated here and
// no English is copied: until a page or string exists, the person sees English under a note in
// their own language, and the build lists the language as partial.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [code = '', name = '', direction = 'ltr'] = process.argv.slice(2);
if (!/^[a-z]{2,3}$/.test(code) || name.trim() === '' || !['ltr', 'rtl'].includes(direction)) {
  console.error('Usage: npm run new:language -- <code> "<name in the language itself>" [ltr|rtl]');
  console.error('Example: npm run new:language -- ro "Română"');
  process.exit(2);
}
const root = process.cwd();
const dir = join(root, 'locales', code);
if (existsSync(dir)) {
  console.error(`locales/${code}/ already exists: nothing was changed.`);
  process.exit(1);
}
const namespaces = readdirSync(join(root, 'locales/en'))
  .filter((f) => f.endsWith('.json') && !f.startsWith('_') && f !== 'glossary.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
mkdirSync(join(dir, 'pages'), { recursive: true });
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(
  join(dir, '_meta.json'),
  json({
    name,
    needsReview: Object.fromEntries(namespaces.map((ns) => [ns, true])),
  }),
);
console.log(`Made locales/${code}/_meta.json.
Next, as README "Adding a language" says:
  1. Translate the string files into locales/${code}/<namespace>.json: ${namespaces.join(', ')}.
  2. Write locales/${code}/glossary.json first ({ "needsReview": true, "terms": [{ "term", "use",
     "note" }] }), so every text uses the same words for the ideas that matter most.
  3. Translate pages into locales/${code}/pages/<slug>.md with needsReview: true, and the service
     directory's words into src/regions/translations/${code}/<pack>.json.
  4. Add "${code}" to "languages" in deploy.config.json, and to translations.partial until it is complete.${
    direction === 'rtl'
      ? `\n  5. Right to left: check "${code}" is in RTL in src/i18n/index.ts (ar, fa, he, ur and others are).`
      : ''
  }
Then run npm run check:translations to see what is left.`);

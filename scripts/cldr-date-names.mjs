// Writes indexer/infer/date-names-cldr.ts: the month names of every language Node's ICU (CLDR) knows,
// long and abbreviated, alone ("vasaris") and inside a date ("28 vasario"), lower case. Data for the
// date reader (date-names.ts adds a name only where its own tables have none), so a page in a language
// nobody wrote a table for still has its stamp read. Run again after a Node upgrade brings a new ICU:
//
//   node scripts/cldr-date-names.mjs && npx biome format --write indexer/infer/date-names-cldr.ts
import fs from 'node:fs';
import { createRequire } from 'node:module';

// A month's name that is another language's function word ("here", "lui") would read prose as a date.
const STOP_WORDS = new Set(
  Object.values(createRequire(import.meta.url)('stopwords-iso'))
    .flat()
    .map((w) => w.toLowerCase()),
);
let stopped = 0;

// ISO 639 languages (and a few regional spellings); the ones ICU has no data for drop out below.
const LANGUAGES = `af ak am ar as ast az be bg bm bn bo br brx bs ca ccp ce ceb chr ckb cs cy da de dsb dz ee el en
eo es et eu fa ff fi fil fo fr fur fy ga gd gl gsw gu gv ha haw he hi hr hsb hu hy ia id ig ii is it ja jv ka kab kea
kgp kk kl km kn ko kok ks ku kw ky lb lg ln lo lt lu lv mai mg mi mk ml mn mni mr ms mt my nb nd ne nl nn no nso oc om
or os pa pcm pl ps pt qu rm rn ro ru rw sa sat sc sd se sg si sk sl sn so sq sr st su sv sw ta te tg th ti tk tn to tr
tt ug uk ur uz vi wo xh yi yo yue za zh zu pt-PT es-419 sr-Latn bs-Cyrl uz-Cyrl az-Cyrl pa-Arab`.split(/\s+/);

const locales = Intl.DateTimeFormat.supportedLocalesOf(LANGUAGES).filter(
  (l) => new Intl.DateTimeFormat(l).resolvedOptions().locale.split('-')[0] === l.split('-')[0],
);
const FORMS = [{ month: 'long' }, { month: 'long', day: 'numeric' }, { month: 'short' }, { month: 'short', day: 'numeric' }];
/** A language's order of day, month and year in its long date ("15 Ākuhata 2021": dmy; "2021 m. rugpjūčio 15 d.": ymd). */
function orderOf(locale) {
  const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return format
    .formatToParts(new Date(Date.UTC(2021, 7, 15)))
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
    .map((p) => p.type[0])
    .join('');
}
/** order → month number → names */
const byOrder = new Map();
for (const locale of locales) {
  const order = orderOf(locale);
  if (!['dmy', 'mdy', 'ymd'].includes(order)) continue;
  const byMonth = byOrder.get(order) ?? new Map();
  byOrder.set(order, byMonth);
  for (const form of FORMS) {
    const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, { ...form, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const part = format.formatToParts(new Date(Date.UTC(2021, m, 15))).find((p) => p.type === 'month');
      if (!part) continue;
      const name = part.value.toLowerCase().replace(/\.$/, '');
      // Numbers ("01", "1月") are read by the numeric patterns; a name with a space ("de març") holds a
      // small word; a short name ("m", "jn", three letters cut from a name) would read too many words as
      // months: abbreviations of three letters come from date-names.ts's own tables only.
      if (/[\p{N}\s]/u.test(name) || [...name].length < (form.month === 'short' ? 4 : 3)) continue;
      if (STOP_WORDS.has(name)) {
        stopped++;
        continue;
      }
      const names = byMonth.get(m + 1) ?? new Set();
      names.add(name);
      byMonth.set(m + 1, names);
    }
  }
}

/** Weekday names, long, alone and inside a date ("jumamosi", "sábado"), of every language. */
const weekdays = new Set();
for (const locale of locales) {
  for (const form of [{ weekday: 'long' }, { weekday: 'long', day: 'numeric', month: 'long' }]) {
    const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, { ...form, timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) {
      const part = format.formatToParts(new Date(Date.UTC(2021, 7, 15 + d))).find((p) => p.type === 'weekday');
      const name = part?.value.toLowerCase().replace(/\.$/, '');
      if (!name || /[\p{N}]/u.test(name) || [...name].length < 4 || STOP_WORDS.has(name)) continue;
      weekdays.add(name);
    }
  }
}

const table = (byMonth) =>
  [...byMonth]
    .sort(([a], [b]) => a - b)
    .map(
      ([m, names]) =>
        `    ${m}: [${[...names]
          .sort()
          .map((n) => `'${n.replaceAll("'", "\\'")}'`)
          .join(', ')}],`,
    )
    .join('\n');
const body = ['dmy', 'mdy', 'ymd'].map((order) => `  ${order}: {\n${table(byOrder.get(order))}\n  },`).join('\n');
const out = `/**
 * Month names of ${locales.length} languages from the Unicode CLDR (Node's ICU ${process.versions.icu}), long and
 * abbreviated (four letters or more), alone and inside a date, lower case, without a trailing dot, none
 * a stop word of any language (stopwords-iso),
 * grouped by the order in which the language writes a long date (day month year, month day year, year
 * month day). Generated by scripts/cldr-date-names.mjs: do not edit by hand. date-names.ts reads a name
 * from here only where its own tables have none, and dates.ts only in its language's order.
 */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';
export const CLDR_MONTHS: Record<DateOrder, Record<number, readonly string[]>> = {
${body}
};

/** Weekday names, long, of the same languages (four letters or more, none a stop word). */
export const CLDR_WEEKDAYS: readonly string[] = [${[...weekdays]
  .sort()
  .map((n) => `'${n.replaceAll("'", "\\'")}'`)
  .join(', ')}];
`;
fs.writeFileSync(new URL('../indexer/infer/date-names-cldr.ts', import.meta.url), out);
console.log(
  `${locales.length} locales; ${stopped} names left out as stop words; ${[...byOrder].map(([o, b]) => `${o} ${[...b.values()].reduce((n, s) => n + s.size, 0)}`).join(', ')} names`,
);

/**
 * `npx tsx bench/ingest/caption-slots.ts [--dir DIR] [--check] [--show FEATURE]`: where the kept
 * captions of a labelled set sit and which structural feature each shares with the kept story
 * lines there, as counts of kept caption-or-credit / other junk / body lines per position and per
 * feature, with the pages and sites (address hosts) the captions are on, and the pages the body
 * lines are on (what a rule reading that feature would cost).
 *
 * Positions are the cleaner's own view, no truth needed for them: above the headline, the slot
 * between the headline and the first kept paragraph (a sentence of 12+ words), the line right after
 * that first paragraph (a standfirst's caption), inside the story, after its last kept paragraph.
 *
 * Held-out pages are left out (shared set); with `--check` (d8, d9) nothing but counts is printed,
 * and `--show` is refused: the check sets are scored, never read. `--show FEATURE` lists a
 * write-from set's kept lines with that feature (label, page, line, text).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { endsSentenceAnyScript } from '../../indexer/clean/script-stops.ts';
import { maskOfLanguage } from '../../indexer/clean/stopwords.ts';
import { contentWords } from '../../indexer/clean/topic-tail.ts';
import { labelledPages, PAGES_DIR } from './pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: PAGES_DIR },
    check: { type: 'boolean', default: false },
    show: { type: 'string' },
  },
});
if (values.check && values.show) throw new Error('--show reads pages: not on a check set');

/** The trade's words for a picture, in many languages: a feature counted, not a rule. */
const PICTURE_WORD =
  /(?:^|[^\p{L}])(?:photos?|photograph\p{L}*|pictured?|images?|illustration|fotos?|fotó|fotograf\p{L}*|bild|billede|bilde|beeld|kuva\p{L}*|kép|zdjęci\p{L}+|snímek|slika|sliki|resim|gambar|ilustrasi|ảnh|imagen|immagine|imagem|фото\p{L}*|снимк\p{L}+|світлин\p{L}+|φωτογραφ\p{L}+|צילום|תמונ\p{L}+|صورة|تصوير)(?![\p{L}])|写真|照片|图片|사진/iu;
const PARAGRAPH_WORDS = 12;

type Kind = 'caption' | 'junk' | 'body';
interface Row {
  n: number;
  text: string;
  words: number;
  kind: Kind;
  kept: boolean;
  outcome: string;
}

interface Tally {
  caption: number;
  junk: number;
  body: number;
  captionPages: Set<string>;
  captionSites: Set<string>;
  bodyPages: Set<string>;
}
const tallies = new Map<string, Tally>();
const shown: string[] = [];

function count(key: string, row: Row, page: string, site: string): void {
  const t =
    tallies.get(key) ??
    tallies.set(key, { caption: 0, junk: 0, body: 0, captionPages: new Set(), captionSites: new Set(), bodyPages: new Set() }).get(key)!;
  t[row.kind]++;
  if (row.kind === 'caption') {
    t.captionPages.add(page);
    t.captionSites.add(site);
  } else if (row.kind === 'body') t.bodyPages.add(page);
  if (values.show && key === values.show) shown.push(`${row.kind.padEnd(7)} ${page}:${row.n}  ${row.text.slice(0, 140)}`);
}

const isParagraph = (r: Row) => r.kept && r.words >= PARAGRAPH_WORDS && endsSentenceAnyScript(r.text);

await loadLanguageDetector();
for (const { source, truth } of labelledPages(values.dir)) {
  if (truth.split !== 'dev') continue;
  const bytes = fs.readFileSync(path.join(values.dir, ...source.split('/')));
  const result = articleFromFile({ bytes, source });
  if (!result.ok) continue;
  const dropped = new Map(result.article.dropped.map((d) => [d.line, d.reason]));
  const junk = new Map(truth.junkLines.map((n) => [n, truth.junkKinds[String(n)] ?? '?']));
  const mask = maskOfLanguage(truth.language) ?? 0;
  const rows: Row[] = [];
  bytes
    .toString('utf8')
    .split('\n')
    .forEach((raw, i) => {
      const text = raw.trim().replace(/\s+/gu, ' ');
      if (text === '') return;
      const n = i + 1;
      const label = n === truth.titleLine ? 'body' : (junk.get(n) ?? 'body');
      const kind: Kind = label === 'caption' || label === 'credit' ? 'caption' : label === 'body' ? 'body' : 'junk';
      const outcome = dropped.get(n) ?? 'kept';
      rows.push({ n, text, words: text.split(' ').length, kind, kept: outcome === 'kept', outcome });
    });
  let site = 'unknown';
  try {
    site = truth.url ? new URL(truth.url).hostname.replace(/^www\./u, '') : source;
  } catch {
    site = source;
  }
  const headline = rows.findIndex((r) => r.outcome === 'headline');
  const firstPara = rows.findIndex((r, i) => i > headline && isParagraph(r));
  let lastPara = -1;
  for (let i = rows.length - 1; i >= 0; i--)
    if (isParagraph(rows[i]!)) {
      lastPara = i;
      break;
    }
  const afterFirst = firstPara < 0 ? -1 : rows.findIndex((r, i) => i > firstPara && r.kept);
  const headlineWords = new Set(headline >= 0 ? contentWords(rows[headline]!.text, mask) : []);
  const spacedPage = rows.filter((r, i) => i > 0 && r.n > rows[i - 1]!.n + 1).length >= 0.5 * (rows.length - 1);
  rows.forEach((r, i) => {
    if (!r.kept) return;
    const pos =
      headline < 0
        ? 'no-headline'
        : i < headline
          ? 'above-headline'
          : firstPara < 0 || i < firstPara
            ? 'slot'
            : i === afterFirst
              ? 'after-first-paragraph'
              : i <= lastPara
                ? 'inside'
                : 'after-story';
    const prev = rows[i - 1];
    const next = rows[i + 1];
    const words = contentWords(r.text, mask);
    const shareHeadline = words.some((w) => headlineWords.has(w));
    const packed = (prev?.kept && prev.n === r.n - 1) || (next?.kept && next.n === r.n + 1);
    const neighbourCaptionDrop = [prev, next].some((o) => o && !o.kept && (o.outcome === 'caption' || o.outcome === 'credit'));
    const restatedByNeighbour = [prev, next].some((o) => {
      if (!o?.kept || Math.abs(o.n - r.n) > 1 || words.length === 0) return false;
      const theirs = new Set(contentWords(o.text, mask));
      return words.filter((w) => theirs.has(w)).length * 2 >= words.length;
    });
    const features = [
      pos,
      `${pos} ${endsSentenceAnyScript(r.text) ? 'sentence' : 'unended'}`,
      `${pos} ${r.words <= 25 ? '<=25 words' : '>25 words'}`,
      `${pos} ${shareHeadline ? 'shares headline word' : 'no headline word'}`,
    ];
    if (PICTURE_WORD.test(r.text)) features.push('picture word', `${pos} picture word`);
    if (spacedPage && packed) features.push('packed in spaced page', `${pos} packed in spaced page`);
    if (neighbourCaptionDrop) features.push('next to a dropped caption/credit', `${pos} next to a dropped caption/credit`);
    if (restatedByNeighbour) features.push('adjacent kept line shares half its words', `${pos} adjacent restates`);
    for (const f of features) count(f, r, source, site);
  });
}

const cell = (t: Tally) =>
  `${String(t.caption).padStart(4)} (${t.captionPages.size}p/${t.captionSites.size}s) ${String(t.junk).padStart(4)} ${String(t.body).padStart(5)} (${t.bodyPages.size}p)`;
console.log(`${'kept lines by position / feature'.padEnd(56)} caption (pages/sites)  junk  body (pages)`);
for (const key of [...tallies.keys()].sort()) console.log(`${key.padEnd(56)} ${cell(tallies.get(key)!)}`);
if (shown.length > 0) console.log(`\n${shown.join('\n')}`);

/**
 * `npx tsx bench/ingest/furniture-structure.ts --dir DIR... [--kinds K,...] [--show --key PREFIX]`: where the kept
 * junk of the furniture kinds (related, other, share, ad, subscribe by default; `--kinds` for others) sits on the dev
 * pages, and every kept body line sharing that structure (the cost of a rule on it), counted by lines, pages and
 * sites (the truth address's host). Run on the cleaner's output (`cleanText`), after every rule (18rel8).
 * Structures (row prefixes): pos (title / last body line), S1 a headline-shaped line between paragraphs sharing no
 * word with them or the story, S2 runs of headline-shaped kept lines, S3 below the first drop under the story's end
 * (`beyond-story.ts`'s end: the last paragraph sharing a stem with the headline and first two paragraphs), S4/U/T the
 * tail below the story's end with and without a drop, H the slot between the headline and the first paragraph;
 * "why kept" names the condition of `beyond-story.ts` that left each furniture line. Figures only; `--show` prints the
 * lines of rows starting with `--key` and is refused for any set but the shared pages and d4–d7, d10, d11.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { normalizeSpaces } from '../../indexer/clean/shape.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { contentStems } from '../../indexer/clean/title-agreement.ts';
import { isParagraphAnyScript, isSentence } from '../../indexer/clean/topic-tail.ts';
import { isRunningText } from '../../indexer/clean/story-end.ts';
import { isAdSlot } from '../../indexer/clean/trade-phrases.ts';
import { labelledPages } from './pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true },
    show: { type: 'boolean', default: false },
    kinds: { type: 'string', default: 'related,other,share,ad,subscribe' },
    key: { type: 'string' },
  },
});
const KINDS = new Set(values.kinds!.split(','));
/** The sets whose lines may be printed: the shared pages and the write-from sets (check and fresh sets give figures only). */
const WRITE_FROM = new Set(['pages', 'd4', 'd5', 'd6', 'd7', 'd10', 'd11']);
if (values.show && (values.dir ?? []).some((d) => !WRITE_FROM.has(path.basename(d)))) {
  console.error('furniture-structure: --show prints lines of the write-from sets only (shared dev, d4–d7, d10, d11)');
  process.exit(2);
}
type L = ContentLine & { label: string; stems: Set<string> };

interface Tally {
  junk: number;
  body: number;
  junkPages: Set<string>;
  junkSites: Set<string>;
  bodyPages: Set<string>;
  kinds: Map<string, number>;
}
const tallies = new Map<string, Tally>();
function bump(key: string, l: L, page: string, site: string): void {
  let t = tallies.get(key);
  if (!t) {
    t = { junk: 0, body: 0, junkPages: new Set(), junkSites: new Set(), bodyPages: new Set(), kinds: new Map() };
    tallies.set(key, t);
  }
  if (l.label === 'body') {
    t.body++;
    t.bodyPages.add(page);
  } else {
    t.junk++;
    t.junkPages.add(page);
    t.junkSites.add(site);
    t.kinds.set(l.label, (t.kinds.get(l.label) ?? 0) + 1);
  }
}

/** No sentence end, 2–14 words: a headline's shape. */
function headlineShaped(l: ContentLine): boolean {
  return !isSentence(l) && l.words >= 2 && l.words <= 14;
}

for (const dir of values.dir ?? []) {
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const site = (() => {
      try {
        return new URL(truth.url ?? '').hostname.replace(/^www\./, '');
      } catch {
        return source;
      }
    })();
    const page = `${path.basename(dir)}/${source}`;
    const text = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8');
    const r = cleanText(text);
    const reasons = new Map(r.dropped.map((d) => [d.line, d.reason as string]));
    const junk = new Map(truth.junkLines.map((n) => [n, truth.junkKinds[String(n)] ?? '?']));
    const lines: L[] = [];
    text.split('\n').forEach((t, i) => {
      const n = i + 1;
      if (t.trim() === '') return;
      const spaced = normalizeSpaces(t.trim());
      lines.push({
        line: n,
        text: spaced,
        reason: (reasons.get(n) ?? null) as never,
        heading: false,
        words: countLineWords(spaced),
        label: n === truth.titleLine ? 'title' : (junk.get(n) ?? 'body'),
        stems: contentStems(spaced),
      });
    });
    let lastBody = -1;
    lines.forEach((l, i) => {
      if (l.label === 'body') lastBody = i;
    });
    const titleIdx = lines.findIndex((l) => l.label === 'title');
    // beyond-story's quantities
    let lastDrop = -1;
    for (let i = lines.length - 1; i >= 0; i--)
      if (lines[i]!.reason !== null && lines[i]!.reason !== 'headline') {
        lastDrop = i;
        break;
      }
    const para = lines.map((l) => l.reason === null && isParagraphAnyScript(l));
    const first = para.indexOf(true);
    const story = new Set<string>();
    if (r.headline) for (const s of contentStems(r.headline.text)) story.add(s);
    let np = 0;
    for (let i = Math.max(0, first); first >= 0 && i < lines.length && np < 2; i++)
      if (para[i]) {
        for (const s of lines[i]!.stems) story.add(s);
        np++;
      }
    const shares = (l: L) => [...l.stems].some((s) => story.has(s));
    let end = -1;
    for (let i = lines.length - 1; i >= Math.max(first, 0); i--)
      if (para[i] && shares(lines[i]!)) {
        end = i;
        break;
      }
    let from = -1;
    for (let i = end + 1; end >= 0 && i < lastDrop; i++)
      if (lines[i]!.reason !== null && !isAdSlot(lines[i]!.text)) {
        from = i;
        break;
      }
    let listed = 0;
    for (let i = end + 1; from >= 0 && i < from; i++) if (lines[i]!.reason === null && !para[i]) listed++;
    let dated = false;
    for (let i = from; from >= 0 && i <= lastDrop; i++) if (lines[i]!.reason === 'dateline') dated = true;

    const whyKept = (i: number): string => {
      const l = lines[i]!;
      if (lastDrop < 0) return 'no drop on page';
      if (first < 0) return 'no kept paragraph';
      if (story.size === 0) return 'no story words';
      if (end < 0) return 'no paragraph shares a word';
      if (i <= end) return 'above the story end';
      if (i > lastDrop) return 'below the last drop';
      if (from < 0 || i <= from) return 'no drop between end and line';
      if (listed >= 2) return 'list guard';
      if (dated) return 'dateline guard';
      if (shares(l)) return 'shares a story word';
      if (isRunningText(l)) return 'running text';
      return 'taken?';
    };
    const nearestKeptPara = (i: number, step: number): number => {
      for (let k = i + step; k >= 0 && k < lines.length; k += step) if (para[k]) return k;
      return -1;
    };
    const outcome = (k: number) => (k < 0 || k >= lines.length ? 'edge' : (lines[k]!.reason ?? 'kept'));

    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.reason !== null || l.label === 'title') continue;
      const isF = KINDS.has(l.label);
      if (!isF && l.label !== 'body') continue;
      const keys: string[] = [];
      const pos = titleIdx < 0 ? 'no title' : i < titleIdx ? 'above title' : i <= lastBody ? 'inside' : 'after';
      keys.push(`pos: ${pos}`);
      const hs = headlineShaped(l);
      const up = nearestKeptPara(i, -1);
      const down = nearestKeptPara(i, 1);
      const sharesUp = up >= 0 && [...l.stems].some((s) => lines[up]!.stems.has(s));
      const sharesDown = down >= 0 && [...l.stems].some((s) => lines[down]!.stems.has(s));
      const sh = shares(l);
      if (hs && up >= 0 && down >= 0 && !sharesUp && !sharesDown && !sh)
        keys.push('S1 teaser between paragraphs (headline-shaped, no shared word)');
      if (hs && up >= 0 && up === i - 1 && down === i + 1 && !sharesUp && !sharesDown) {
        const bridge = [...lines[up]!.stems].some((s) => lines[down]!.stems.has(s));
        keys.push(
          `S1d between two kept paragraphs, no word of either: ${sh ? 'shares story' : 'no story word'} ${l.words >= 4 ? '4+w' : '<4w'} ${bridge ? 'paragraphs share' : 'paragraphs apart'}`,
        );
      }
      if (hs && up >= 0 && down >= 0 && !sharesUp && !sharesDown && !sh && lines[i - 1]?.reason !== null)
        keys.push('S1b ... with a dropped line right above (label)');
      if (hs && up >= 0 && down >= 0 && !sharesUp && !sharesDown && !sh && lines[i - 1]?.reason === null && lines[i + 1]?.reason === null)
        keys.push('S1c ... kept lines right above and below');
      // runs of headline-shaped kept lines
      let run = 1;
      for (let k = i - 1; k >= 0 && lines[k]!.reason === null && headlineShaped(lines[k]!); k--) run++;
      for (let k = i + 1; k < lines.length && lines[k]!.reason === null && headlineShaped(lines[k]!); k++) run++;
      if (hs && run >= 2) keys.push(`S2 run of ${run >= 3 ? '3+' : '2'} headline-shaped kept lines`);
      if (hs && run >= 2 && end >= 0 && i > end) keys.push('S2b ... below the story end');
      if (hs && run >= 2 && end >= 0 && i > end && !sh) keys.push('S2c ... below the story end, no story word');
      // after the first drop below the story end
      if (end >= 0 && from >= 0 && i > from) {
        keys.push('S3 below the first drop under the story end');
        if (!sh) keys.push('S3a ... no story word');
        if (!sh && !isRunningText(l)) keys.push('S3b ... no story word, not running text');
        if (!sh && !isRunningText(l) && i > lastDrop) keys.push('S3c ... no story word, not running text, below the last drop');
      }
      if (end >= 0 && i > end && !sh && !isSentence(l)) keys.push('S4 below story end, no story word, non-sentence');
      if (end < 0) keys.push('S5 no story end found');
      if (end >= 0 && from >= 0 && i > lastDrop && !sh) {
        keys.push('V1 below the last drop, after a drop under the story end, no story word');
        if (!isRunningText(l)) keys.push('V1b ... not running text');
        if (!isSentence(l)) keys.push('V1a ... not a sentence');
        if (!isSentence(l) && listed < 2 && !dated) keys.push('V1c ... not a sentence, no list/date guard');
        if (!isRunningText(l) && listed < 2 && !dated) keys.push('V1d ... not running text, no list/date guard');
      }
      keys.push(`above: ${outcome(i - 1)}`);
      keys.push(`below: ${outcome(i + 1)}`);
      if (isF) keys.push(`why kept: ${whyKept(i)}`);
      if (r.headline && l.line > r.headline.line && first >= 0 && i < first) {
        keys.push(
          `H under the headline, above the first paragraph: ${sh ? 'shares' : 'no-share'} ${isSentence(l) ? 'sentence' : 'unended'}`,
        );
        if (!sh && !isSentence(l)) {
          const w = l.words <= 3 ? '<=3w' : l.words <= 6 ? '4-6w' : '7+w';
          const direct = lines[i - 1]?.reason === 'headline' ? 'right under' : 'lower';
          keys.push(`H1 ... no-share unended ${w}`);
          keys.push(`H2 ... no-share unended ${direct}`);
          keys.push(`H3 ... no-share unended ${w} ${direct}`);
        }
      }
      if (end >= 0 && i > end && i > lastDrop && lastDrop > end) {
        let sentenceBelow = false;
        for (let k = i + 1; k < lines.length; k++) if (lines[k]!.reason === null && isSentence(lines[k]!)) sentenceBelow = true;
        keys.push(
          `T tail below the last drop: ${sh ? 'shares' : 'no-share'} ${isSentence(l) ? 'sentence' : 'unended'} ${sentenceBelow ? 'sentence-below' : 'no-sentence-below'}`,
        );
      }
      if (end >= 0 && i > end && lastDrop <= end && !sh && !isSentence(l)) {
        let sentenceBelow = false;
        let keptBelow = 0;
        for (let k = i + 1; k < lines.length; k++)
          if (lines[k]!.reason === null) {
            keptBelow++;
            if (isSentence(lines[k]!)) sentenceBelow = true;
          }
        const paraAbove = lines[i - 1]?.reason === null && para[i - 1] === true;
        keys.push(
          `U no-drop tail, no-share unended: ${sentenceBelow ? 'sentence-below' : 'no-sentence-below'} ${keptBelow === 0 ? 'last-line' : keptBelow === 1 ? '1-below' : '2+-below'} ${l.words <= 3 ? '<=3w' : '4+w'}`,
        );
        if (!sentenceBelow && keptBelow === 0)
          keys.push(`U2 last kept line, unended, no-share, below the story end; paragraph right above: ${paraAbove}`);
      }
      if (end >= 0 && i > end && lastDrop <= end)
        keys.push(`T no drop below the story end: ${sh ? 'shares' : 'no-share'} ${isSentence(l) ? 'sentence' : 'unended'}`);
      for (const k of keys) bump(k, l, page, site);
      if (values.show && (isF || l.label === 'body') && keys.some((k) => k.startsWith(values.key ?? '\u0000')))
        console.log(
          `${page}:${l.line} [${l.label}] ${pos} ${whyKept(i)} | up:${outcome(i - 1)} down:${outcome(i + 1)} sh:${sh} hs:${hs} | ${l.text.slice(0, 110)}`,
        );
    }
  }
}
const rows = [...tallies].sort(([a], [b]) => a.localeCompare(b));
for (const [k, t] of rows) {
  const kinds = [...t.kinds].map(([n, c]) => `${n} ${c}`).join(', ');
  console.log(
    `${k.padEnd(66)} junk ${String(t.junk).padStart(4)} (${t.junkPages.size}p/${t.junkSites.size}s) body ${String(t.body).padStart(4)} (${t.bodyPages.size}p)  ${kinds}`,
  );
}

/**
 * `npx tsx bench/ingest/story-extent.ts [--dir DIR]... [--show]`: where the story ends on each labelled page
 * (its last truth body line) and how often each end signal, read without wording, fires above a body line.
 * Figures only (dev pages; no page text or name is printed, so a check set can be measured).
 *   B: after the last kept line sharing a content stem with the headline and the first two paragraphs;
 *   C: after the last kept paragraph; B2: after the last such paragraph sharing a stem;
 *   D: after the first line an earlier rule dropped with a reason, below the first kept paragraph
 *   (R: whether any body line lies below it); E: the same below the longest run of kept paragraphs.
 * Each row: pages where it fires, kept junk and kept body lines it would reach (body = the cost).
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
import { labelledPages, PAGES_DIR } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true } } });
const dirs = values.dir ?? [PAGES_DIR];
type T = Map<string, [number, number, number]>; // key -> pages, junk, body
const tally: T = new Map();
const bump = (k: string, p: number, j: number, b: number) => {
  const t = tally.get(k) ?? [0, 0, 0];
  t[0] += p;
  t[1] += j;
  t[2] += b;
  tally.set(k, t);
};
for (const dir of dirs) {
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const text = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8');
    const raw = text.split('\n');
    const junk = new Set(truth.junkLines);
    const r = cleanText(text);
    const reasons = new Map(r.dropped.map((d) => [d.line, d.reason as string]));
    const lines: (ContentLine & { junk: boolean })[] = [];
    raw.forEach((t, i) => {
      const n = i + 1;
      if (t.trim() === '' || n === truth.titleLine) return;
      const spaced = normalizeSpaces(t.trim());
      lines.push({
        line: n,
        text: spaced,
        reason: (reasons.get(n) ?? null) as never,
        heading: false,
        words: countLineWords(spaced),
        junk: junk.has(n),
      });
    });
    let last = -1;
    lines.forEach((l, i) => {
      if (!l.junk) last = i;
    });
    if (last < 0) continue;
    const keptAfter = lines.slice(last + 1).filter((l) => l.reason === null);
    bump('tail: kept junk after last body', keptAfter.length ? 1 : 0, keptAfter.length, 0);
    // first kept paragraph index
    const para = lines.map((l) => l.reason === null && isParagraphAnyScript(l));
    const first = para.indexOf(true);
    if (first < 0) continue;
    // story words: headline + first two paragraphs
    const story = new Set<string>();
    if (r.headline) for (const s of contentStems(r.headline.text)) story.add(s);
    let np = 0;
    for (let i = first; i < lines.length && np < 2; i++)
      if (para[i]) {
        for (const s of contentStems(lines[i]!.text)) story.add(s);
        np++;
      }
    const stems = lines.map((l) => contentStems(l.text));
    const shares = (i: number) => {
      for (const s of stems[i]!) if (story.has(s)) return true;
      return false;
    };
    // Signal B: last kept line sharing a word with headline+lead
    let lastShare = -1;
    lines.forEach((l, i) => {
      if (l.reason === null && i > first && shares(i)) lastShare = i;
    });
    // Signal C: last kept paragraph
    let lastPara = -1;
    para.forEach((p, i) => {
      if (p) lastPara = i;
    });
    // Signal B2: last kept sentence-shaped line that shares
    let lastSharePara = -1;
    para.forEach((p, i) => {
      if (p && shares(i)) lastSharePara = i;
    });
    const after = (e: number, name: string, pred: (i: number) => boolean = () => true) => {
      if (e < 0) return;
      let j = 0,
        b = 0;
      for (let i = e + 1; i < lines.length; i++) {
        const l = lines[i]!;
        if (l.reason !== null || !pred(i)) continue;
        if (l.junk) j++;
        else b++;
      }
      bump(name, j || b ? 1 : 0, j, b);
    };
    after(lastShare, 'B  after last kept line sharing headline+lead');
    after(lastShare, 'B  ... non-sentence', (i) => !isSentence(lines[i]!));
    after(lastShare, 'B  ... no shared word, non-sentence', (i) => !isSentence(lines[i]!) && !shares(i));
    after(lastPara, 'C  after last kept paragraph');
    after(lastPara, 'C  ... non-sentence', (i) => !isSentence(lines[i]!));
    // F: below the first line an earlier rule dropped under the last word-sharing paragraph
    {
      let f = -1;
      for (let i = lastSharePara + 1; lastSharePara >= 0 && i < lines.length; i++)
        if (lines[i]!.reason !== null) {
          f = i;
          break;
        }
      after(f, 'F  below the first drop under the last sharing paragraph');
      after(f, 'F  ... non-sentence', (i) => !isSentence(lines[i]!));
      after(f, 'F  ... non-sentence, no shared word', (i) => !isSentence(lines[i]!) && !shares(i));
      after(f, 'F  ... no shared word', (i) => !shares(i));
      const ws = (i: number) => lines[i]!.words;
      after(f, 'F  ... non-sentence, no shared word, 3+ words', (i) => !isSentence(lines[i]!) && !shares(i) && ws(i) >= 3);
      after(f, 'F  ... non-sentence, no shared word, <3 words', (i) => !isSentence(lines[i]!) && !shares(i) && ws(i) < 3);
      // G: as F, but only lines with a dropped line somewhere above and below them (sandwiched)
      after(f, 'G  ... no shared word, a drop below too', (i) => !shares(i) && lines.slice(i + 1).some((x) => x.reason !== null));
      after(
        f,
        'G  ... non-sentence, no shared word, a drop below too',
        (i) => !isSentence(lines[i]!) && !shares(i) && lines.slice(i + 1).some((x) => x.reason !== null),
      );
    }
    // L: one kept line alone below the last kept paragraph (the page's last kept line)
    {
      const below = lines.slice(lastPara + 1).filter((l) => l.reason === null);
      if (lastPara >= 0 && below.length === 1) {
        const l = below[0]!;
        const j = l.junk ? 1 : 0;
        bump('L  lone kept line below the last kept paragraph', 1, j, 1 - j);
        if (!isSentence(l)) bump('L  ... non-sentence', 1, j, 1 - j);
        if (!isSentence(l) && !shares(lines.indexOf(l))) bump('L  ... non-sentence, no word of headline+lead', 1, j, 1 - j);
      }
    }
    after(lastSharePara, 'B2 after last sharing paragraph');
    after(lastSharePara, 'B2 ... non-sentence', (i) => !isSentence(lines[i]!));
    after(lastSharePara, 'B2 ... no shared word', (i) => !shares(i));
    after(lastSharePara, 'B2 ... no shared word, non-sentence', (i) => !isSentence(lines[i]!) && !shares(i));
    // Signal D: first dropped line of reason R below the first paragraph, then kept lines after it
    // the core: longest run of kept paragraphs (by index over lines, skipping dropped lines)
    let coreEnd = -1;
    {
      let run = 0,
        best = 0;
      lines.forEach((l, i) => {
        if (l.reason !== null) return;
        if (para[i]) {
          run++;
          if (run >= best) {
            best = run;
            coreEnd = i;
          }
        } else run = 0;
      });
    }
    const seenC = new Set<string>();
    for (let i = coreEnd + 1; coreEnd >= 0 && i < lines.length; i++) {
      const l = lines[i]!;
      if (l.reason === null || seenC.has(l.reason)) continue;
      seenC.add(l.reason);
      const bodyBelow = lines.slice(i + 1).some((x) => !x.junk);
      after(i, `E  below core, after first dropped '${l.reason}'${bodyBelow ? ' (body below)' : ''}`);
    }
    const seen = new Set<string>();
    for (let i = first + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.reason === null || seen.has(l.reason)) continue;
      seen.add(l.reason);
      after(i, `D  after first dropped '${l.reason}'`);
      after(i, `D  after first dropped '${l.reason}', non-sentence`, (k) => !isSentence(lines[k]!));
      // precision of a reason as end: is a body line (even dropped) after it?
      const bodyBelow = lines.slice(i + 1).some((x) => !x.junk);
      bump(
        `R  '${l.reason}' first below first para: body below (pages=pages w/ body below; junk col=pages w/o)`,
        bodyBelow ? 1 : 0,
        bodyBelow ? 0 : 1,
        0,
      );
    }
  }
}
for (const [k, [p, j, b]] of [...tally].sort())
  console.log(`${k.padEnd(90)} pages ${String(p).padStart(4)} junk ${String(j).padStart(4)} body ${String(b).padStart(4)}`);

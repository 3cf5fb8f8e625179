/**
 * `npx tsx bench/ingest/tail-ends.ts [--dir DIR]... [--show]`: where the cleaner thinks a page's story ends, against
 * its truth (the last body line), and the shapes of the kept lines below that end, as counts (issue 18, 18tail9).
 * Figures only unless `--show` (write-from sets only: it prints every kept line below the end, JUNK or BODY, with its
 * shape), so a check set can be measured without reading it. `--below para` reads the lines below the last kept paragraph.
 *
 * Ends read from the real pipeline's output (`articleFromFile`, each page alone):
 *   share: the last kept paragraph sharing a content stem with the headline and the first two paragraphs (beyond-story.ts);
 *   para:  the last kept paragraph (a sentence end, ten words or the length of one in an unspaced script);
 *   sent:  the last kept line ending a sentence or running longer than a headline (topic-tail.ts's isSentence);
 *   run2:  the last line of the last run of two kept paragraphs in a row.
 * Each end against the true end: exact, early (kept body below it: a rule cutting there loses it), late (a kept junk
 * paragraph at or above it, below the true end: no rule below the end can take it), none (no such line).
 * Then every kept line below the `share` end (or the `para` end when no paragraph shares a stem), by shape, as
 * pages / sites / junk / body — the gain and the cost of a rule reading that shape below the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { pageLines } from '../../indexer/clean/page-lines.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { sharesStem, storyStems } from '../../indexer/clean/beyond-story.ts';
import { isParagraphAnyScript, isSentence } from '../../indexer/clean/topic-tail.ts';
import { guessLanguage, stopWordCount } from '../../indexer/clean/stopwords.ts';
import { lineKey } from '../../indexer/clean/shape.ts';
import { isStamp } from '../../indexer/clean/stamps.ts';
import { labelledPages, PAGES_DIR } from './pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true },
    show: { type: 'boolean', default: false },
    below: { type: 'string', default: 'share' },
  },
});
const dirs = values.dir ?? [PAGES_DIR];
const CHECK = /\/(d8|d9|c\d+|blind\d*|s\d+)$/;
if (values.show && dirs.some((d) => CHECK.test(d))) {
  console.error('tail-ends: --show only on the write-from sets');
  process.exit(2);
}
await loadLanguageDetector();

type Row = { pages: Set<string>; sites: Set<string>; junk: number; body: number };
const rows = new Map<string, Row>();
const bump = (key: string, page: string, site: string, junk: boolean) => {
  let r = rows.get(key);
  if (!r) rows.set(key, (r = { pages: new Set(), sites: new Set(), junk: 0, body: 0 }));
  r.pages.add(page);
  r.sites.add(site);
  if (junk) r.junk++;
  else r.body++;
};
const ends = new Map<string, number[]>(); // name -> [exact, early pages, early body, late pages, late junk, none]
const endRow = (name: string) => {
  let e = ends.get(name);
  if (!e) ends.set(name, (e = [0, 0, 0, 0, 0, 0]));
  return e;
};
const shown: string[] = [];
const LINKY = /https?:|www\.|@|\||»|›|→|•|·/;

for (const dir of dirs) {
  const pages = labelledPages(dir).filter((p) => p.truth.split === 'dev');
  // Line keys per folder: how many pages of the folder print the line.
  const folderKeys = new Map<string, Map<string, number>>();
  const texts = new Map<string, string>();
  for (const { source } of pages) {
    const text = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8');
    texts.set(source, text);
    const folder = path.posix.dirname(source);
    const m = folderKeys.get(folder) ?? new Map<string, number>();
    folderKeys.set(folder, m);
    for (const k of new Set(pageLines(text).map((l) => lineKey(l.text)))) m.set(k, (m.get(k) ?? 0) + 1);
  }
  for (const { source, truth } of pages) {
    const text = texts.get(source)!;
    const bytes = Buffer.from(text, 'utf8');
    const result = articleFromFile({ bytes, source });
    if (!result.ok) continue;
    const site = truth.url ? new URL(truth.url).hostname.replace(/^www\./, '') : source;
    const page = `${dir}:${source}`;
    const dropped = new Map(result.article.dropped.map((d) => [d.line, d.reason]));
    const junkSet = new Set(truth.junkLines);
    const lines: (ContentLine & { junk: boolean })[] = pageLines(text)
      .filter((l) => l.line !== truth.titleLine)
      .map((l) => ({
        line: l.line,
        text: l.text,
        words: l.words,
        heading: false,
        reason: (dropped.get(l.line) ?? null) as never,
        junk: junkSet.has(l.line),
      }));
    const headlineLine = result.article.dropped.find((d) => d.reason === 'headline');
    const headline = headlineLine ? { text: headlineLine.text } : truth.title ? { text: truth.title } : null;
    let truthEnd = -1;
    lines.forEach((l, i) => {
      if (!l.junk) truthEnd = i;
    });
    if (truthEnd < 0) continue;
    const kept = (i: number) => lines[i]!.reason === null;
    const para = (i: number) => kept(i) && isParagraphAnyScript(lines[i]!);
    let first = -1;
    for (let i = 0; i < lines.length && first < 0; i++) if (para(i)) first = i;
    const { story } = first < 0 ? { story: new Set<string>() } : storyStems(lines, headline, first);
    const shares = (i: number) => sharesStem(lines[i]!.text, story);
    const lastWhere = (p: (i: number) => boolean) => {
      for (let i = lines.length - 1; i >= 0; i--) if (p(i)) return i;
      return -1;
    };
    const endShare = lastWhere((i) => para(i) && i >= first && shares(i));
    const endPara = lastWhere(para);
    const endSent = lastWhere((i) => kept(i) && isSentence(lines[i]!));
    const endRun2 = lastWhere((i) => {
      if (!para(i)) return false;
      let j = i - 1;
      while (j >= 0 && !kept(j)) j--;
      return j >= 0 && para(j);
    });
    const candidates: Record<string, number> = { share: endShare, para: endPara, sent: endSent, run2: endRun2 };
    for (const [name, e] of Object.entries(candidates)) {
      const r = endRow(name);
      if (e < 0) {
        r[5]!++;
        continue;
      }
      let bodyBelow = 0;
      for (let i = e + 1; i < lines.length; i++) if (kept(i) && !lines[i]!.junk) bodyBelow++;
      let lateJunk = 0;
      for (let i = truthEnd + 1; i <= e; i++) if (kept(i) && lines[i]!.junk) lateJunk++;
      if (e === truthEnd) r[0]!++;
      else if (bodyBelow > 0) {
        r[1]!++;
        r[2]! += bodyBelow;
      } else if (lateJunk > 0) {
        r[3]!++;
        r[4]! += lateJunk;
      } else r[0]!++; // between: only dropped or junk-free lines separate it from the true end
    }
    // Kept lines below the chosen end, by shape.
    const end = values.below === 'para' ? endPara : endShare >= 0 ? endShare : endPara;
    if (end < 0) continue;
    const mask = guessLanguage(lines);
    let lastKept = -1;
    for (let i = lines.length - 1; i > end && lastKept < 0; i--) if (kept(i)) lastKept = i;
    let anyBodyBelowEnd = false;
    for (let i = end + 1; i < lines.length; i++) if (kept(i) && !lines[i]!.junk) anyBodyBelowEnd = true;
    const keys = folderKeys.get(path.posix.dirname(source))!;
    for (let i = end + 1; i < lines.length; i++) {
      if (!kept(i)) continue;
      const l = lines[i]!;
      const j = l.junk;
      const w = l.words;
      const wb = w <= 3 ? 'w1-3' : w <= 9 ? 'w4-9' : w <= 20 ? 'w10-20' : 'w21+';
      const sent = isSentence(l);
      const sw = stopWordCount(l.text, mask, 30);
      const swb = sw === 0 ? 'sw0' : sw / Math.max(1, Math.min(w, 30)) < 0.2 ? 'sw<.2' : 'sw>=.2';
      let dropAbove = false;
      for (let k = end + 1; k < i; k++) if (!kept(k)) dropAbove = true;
      let dropBelow = false;
      for (let k = i + 1; k < lines.length; k++) if (!kept(k)) dropBelow = true;
      let sentBelow = false;
      for (let k = i + 1; k < lines.length; k++) if (kept(k) && isSentence(lines[k]!)) sentBelow = true;
      const rep = (keys.get(lineKey(l.text)) ?? 0) >= 2;
      const feats = [
        'all',
        wb,
        sent ? 'sentence' : 'unended',
        swb,
        LINKY.test(l.text) ? 'linky' : 'not-linky',
        /\d/.test(l.text) ? 'digit' : 'no-digit',
        isStamp(l.text, l.words) ? 'stamp' : 'no-stamp',
        shares(i) ? 'shares' : 'no-share',
        rep ? 'folder-repeat' : 'folder-once',
        dropAbove ? 'drop-above' : 'no-drop-above',
        dropBelow ? 'drop-below' : 'no-drop-below',
        sentBelow ? 'sentence-below' : 'no-sentence-below',
        i === lastKept ? 'last-kept' : 'not-last',
      ];
      for (const f of feats) bump(`line ${f}`, page, site, j);
      // A few conjunctions a rule would read.
      if (!sent && !shares(i)) bump('and unended, no-share', page, site, j);
      if (!sent && !shares(i) && !sentBelow) bump('and unended, no-share, no sentence below', page, site, j);
      if (!sent && !shares(i) && !sentBelow && sw === 0) bump('and unended, no-share, no sentence below, sw0', page, site, j);
      if (!sent && !shares(i) && !sentBelow && w <= 9) bump('and unended, no-share, no sentence below, <=9w', page, site, j);
      if (!sent && !shares(i) && !sentBelow && dropAbove) bump('and unended, no-share, no sentence below, drop above', page, site, j);
      if (!sent && !shares(i) && !sentBelow && !dropAbove) bump('and unended, no-share, no sentence below, no drop above', page, site, j);
      if (!shares(i) && !sentBelow) bump('and no-share, no sentence below', page, site, j);
      if (!shares(i) && rep) bump('and no-share, folder-repeat', page, site, j);
      if (!sent && rep) bump('and unended, folder-repeat', page, site, j);
      if (sent && !shares(i)) bump('and sentence, no-share', page, site, j);
      if (sent && !shares(i) && sw === 0) bump('and sentence, no-share, sw0', page, site, j);
      if (!anyBodyBelowEnd) bump('page: no kept body below end (ideal cut)', page, site, j);
      if (values.show) shown.push(`${j ? 'JUNK' : 'BODY'}\t${page}\t${feats.join(',')}\t${l.text.slice(0, 120)}`);
    }
  }
}

console.log('end      exact  early(pages/body)  late(pages/junk)  none');
for (const [name, [ex, ep, eb, lp, lj, no]] of ends)
  console.log(
    `${name.padEnd(8)} ${String(ex).padStart(5)}  ${String(ep).padStart(5)}/${String(eb).padEnd(10)} ${String(lp).padStart(5)}/${String(lj).padEnd(10)} ${no}`,
  );
console.log(`\nkept lines below the ${values.below} end: feature  pages sites junk body`);
for (const [k, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(
    `${k.padEnd(62)} ${String(r.pages.size).padStart(4)} ${String(r.sites.size).padStart(4)} ${String(r.junk).padStart(5)} ${String(r.body).padStart(5)}`,
  );
if (values.show) for (const s of shown) console.log(s);

/**
 * What stands between the scan's stop and a headline below it: for each dev page whose labelled
 * headline line is no candidate because the headline scan stopped above it (title-trace's "below
 * the scan's stop"), the stop line, every content line between, and the headline, each with what
 * the four ways past a stop read (`title-candidates.ts`: a notice over chrome, a teaser over its
 * headline, a headline over its header or over text it agrees with, a headline printed twice):
 * the candidates above and whether any is of headline length, how many content words of the story
 * under the headline the stop line and the headline share (as leadStems counts them: the first
 * three long lines under the headline, captions and other labelled lines left out), whether the
 * headline itself reads as a sentence, and how often it is printed again. The question it answers
 * is the one asked of every such page: which single condition kept this headline out, and is it the
 * same one on the next page. Dev pages only; `--counts` prints the blockers as counts, as does a check
 * set (`pageAccess`); a lead's set is refused.
 *
 *   npx tsx bench/ingest/title-stop.ts DIR…            each page, line by line
 *   npx tsx bench/ingest/title-stop.ts --counts DIR…   the blockers as counts only
 */
import fs from 'node:fs';
import path from 'node:path';
import { pageLines } from '../../indexer/clean/page-lines.ts';
import { phraseReasonOfSpacedLine } from '../../indexer/clean/phrases.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { agreement } from '../../indexer/clean/title-agreement.ts';
import { leadStems, scoreHeadlineCandidates } from '../../indexer/clean/title-candidates.ts';
import { normalizeText } from '../../indexer/read/decode.ts';
import { pageAccess, scorePages } from './pages.ts';

/** Words of a candidate of headline length (title-candidates' TIE_MIN_WORDS), at least. */
const HEADLINE_WORDS = 4;
/** Content words of the story a line above may share and still be about nothing in it (TEASER_SHARED). */
const UNRELATED_SHARED = 1;
/** Content words of the story a headline over it shares, at least (TEASER_HEADLINE_SHARED). */
const HEADLINE_SHARED = 2;

const fold = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
const wordsOf = (t: string) => t.split(/\s+/u).filter(Boolean).length;

function linesOf(dir: string, page: string): ContentLine[] {
  const text = normalizeText(fs.readFileSync(path.join(dir, ...page.split('/')), 'utf8'));
  return pageLines(text).map(({ line, text: spaced, words }) => ({
    line,
    text: spaced,
    reason: phraseReasonOfSpacedLine(spaced, words),
    heading: false,
    words,
  }));
}

interface StopRead {
  stop: number;
  headline: number;
  between: number;
  longAbove: boolean;
  stopShared: number;
  headlineShared: number;
  sentence: boolean;
  copies: number;
  blockers: string[];
}

function readStop(lines: ContentLine[], titleLine: number): StopRead | null {
  const whys = new Map<number, string>();
  const scored = scoreHeadlineCandidates(
    lines,
    () => lines.map((l) => l.text).join('\n'),
    (i, why) => whys.set(i, why),
  );
  const h = lines.findIndex((l) => l.line === titleLine);
  const stopAt = [...whys].find(([, w]) => w.includes('scan stops'));
  if (h < 0 || !stopAt || stopAt[0] >= h) return null;
  const stop = stopAt[0];
  const above = (scored?.candidates ?? []).filter((c) => c.index < stop);
  const story = leadStems(lines, { index: h, text: lines[h]!.text });
  const stopShared = agreement(lines[stop]!.text, story).shared;
  const headlineShared = agreement(lines[h]!.text, story).shared;
  const text = lines[h]!.text.trim();
  const key = fold(text);
  const copies = lines.filter((l, j) => j !== h && fold(l.text) === key).length;
  const between = lines.slice(stop + 1, h).filter((l) => l.reason === null).length;
  const longAbove = above.some((c) => wordsOf(c.text) >= HEADLINE_WORDS);
  const sentence = /[.!?。！？]["'”’»)]?$/u.test(text);
  const blockers: string[] = [];
  if (longAbove && above.some((c) => agreement(c.text, story).shared > UNRELATED_SHARED))
    blockers.push('a candidate above of headline length, about the story');
  else if (longAbove) blockers.push('a candidate above of headline length, about nothing in the story');
  if (stopShared > UNRELATED_SHARED) blockers.push('the stop line shares words with the story');
  if (headlineShared < HEADLINE_SHARED) blockers.push('the headline shares under two words with its lead');
  if (between > 2) blockers.push('more than two unlabelled lines between');
  if (sentence) blockers.push('the headline ends like a sentence');
  if (blockers.length === 0) blockers.push('none of these');
  return { stop, headline: h, between, longAbove, stopShared, headlineShared, sentence, copies, blockers };
}

const argv = process.argv.slice(2);
const counts = argv[0] === '--counts';
const dirs = counts ? argv.slice(1) : argv;
const tally = new Map<string, number>();
let pages = 0;
for (const dir of dirs) {
  // A lead's set is refused; a check set gives counts only.
  const { show } = pageAccess(dir, !counts);
  for (const s of await scorePages(dir)) {
    if (s.split !== 'dev' || s.titleRight !== false || s.truth.titleLine === null) continue;
    const lines = linesOf(dir, s.page);
    const r = readStop(lines, s.truth.titleLine);
    if (r === null) continue;
    pages++;
    for (const b of r.blockers) tally.set(b, (tally.get(b) ?? 0) + 1);
    if (!show) continue;
    console.log(`### ${path.basename(dir)}/${s.page}  stop L${lines[r.stop]!.line}, headline L${lines[r.headline]!.line}`);
    console.log(
      `  stop shares ${r.stopShared}, headline shares ${r.headlineShared} of the story's words; ${r.between} unlabelled lines between; printed again ${r.copies}x`,
    );
    for (let j = r.stop; j <= r.headline; j++) {
      const l = lines[j]!;
      const mark = j === r.stop ? 'S' : j === r.headline ? 'H' : ' ';
      console.log(`  ${mark} L${l.line}\t${l.reason ?? '-'}\t${JSON.stringify(l.text.slice(0, 90))}`);
    }
    console.log(`  blocked by: ${r.blockers.join('; ')}`);
  }
}
console.log(`${pages} pages with the headline below the scan's stop`);
for (const [b, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${b}`);

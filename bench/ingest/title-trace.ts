/**
 * Why a title failure's winner won: for each dev page of a labelled set whose title comes out
 * wrong (or each page named), every headline candidate of the page's top with its score and the
 * evidence that made it (`title-candidates.ts`), the winner starred and the labelled headline's
 * candidate marked. Failures are grouped by which features outscored the headline, not by the
 * page's wording. Held-out pages are never printed; do not run it on a check set (d8, d9) or a
 * fresh one either: their pages are read for figures only.
 *
 *   npx tsx bench/ingest/title-trace.ts DIR [PAGE…]      PAGE as folder/file.txt
 *
 * The candidates are scored on the lines as the cleaner has them when it picks the headline (each
 * line's phrase label only), as `markHeadline` does; a page whose final title differs from the
 * pick (a site suffix cut, a lead taken when no candidate wins) shows the pick.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pageLines } from '../../indexer/clean/page-lines.ts';
import { phraseReasonOfSpacedLine } from '../../indexer/clean/phrases.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { scoreHeadlineCandidates } from '../../indexer/clean/title-candidates.ts';
import { normalizeText } from '../../indexer/read/decode.ts';
import { scorePages } from './pages.ts';
import { sameTitle } from './score.ts';

/** Whether the labelled headline's line is a candidate and, when not, what the scan made of it. */
function headlineVerdict(
  lines: ContentLine[],
  titleLine: number | null,
  candidates: readonly { index: number; text: string }[],
  whys: ReadonlyMap<number, string>,
): string {
  if (titleLine === null) return 'none labelled';
  const i = lines.findIndex((l) => l.line === titleLine);
  if (i < 0) return 'NOT A CONTENT LINE (blank or merged by pageLines)';
  const c = candidates.find((n) => n.index === i);
  if (c) return `candidate ${JSON.stringify(c.text)}`;
  const why = whys.get(i);
  if (why) return `NO CANDIDATE: ${why}`;
  const stop = [...whys].find(([, w]) => w.includes('scan stops'));
  if (stop && stop[0] < i)
    return `NO CANDIDATE: below the scan's stop at L${lines[stop[0]]!.line} (${stop[1]}), ${i - stop[0]} content lines down`;
  return 'NO CANDIDATE: past the scan window';
}

const [dir, ...named] = process.argv.slice(2);
if (!dir) {
  console.error('usage: title-trace.ts DIR [PAGE…]');
  process.exit(2);
}
const scores = await scorePages(dir);
for (const s of scores) {
  if (s.split !== 'dev') continue;
  if (named.length > 0 ? !named.includes(s.page) : s.titleRight !== false) continue;
  const text = normalizeText(fs.readFileSync(path.join(dir, ...s.page.split('/')), 'utf8'));
  const lines: ContentLine[] = pageLines(text).map(({ line, text: spaced, words }) => ({
    line,
    text: spaced,
    reason: phraseReasonOfSpacedLine(spaced, words),
    heading: false,
    words,
  }));
  const whys = new Map<number, string>();
  const scored = scoreHeadlineCandidates(
    lines,
    () => lines.map((l) => l.text).join('\n'),
    (i, why) => whys.set(i, why),
  );
  const want = s.truth.title;
  console.log(`### ${s.page}  got ${JSON.stringify(s.got.title)}  want ${JSON.stringify(want)} (line ${s.truth.titleLine ?? '-'})`);
  console.log(`  headline line: ${headlineVerdict(lines, s.truth.titleLine, scored?.candidates ?? [], whys)}`);
  if (scored === null) {
    console.log('  no candidate: the page opens with text (or every top line is chrome)');
    continue;
  }
  scored.candidates.forEach((c, k) => {
    const mark = k === scored.best ? '*' : want !== null && sameTitle(c.text, want) ? 'T' : ' ';
    const shown = c.text.length > 80 ? `${c.text.slice(0, 77)}…` : c.text;
    console.log(`${mark} L${lines[c.index]!.line}\t${c.score}\t${JSON.stringify(shown)}\t[${c.evidence.join('; ')}]`);
  });
}

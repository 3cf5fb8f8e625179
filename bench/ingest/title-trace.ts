/**
 * Why a title failure's winner won: for each dev page of a labelled set whose title comes out
 * wrong (or each page named), every headline candidate of the page's top with its score and the
 * evidence that made it (`title-candidates.ts`), the winner starred and the labelled headline's
 * candidate marked. Failures are grouped by which features outscored the headline, not by the
 * page's wording. Held-out pages are never printed; do not run it on a check set (d8, d9) or a
 * fresh one either, except with `--kinds`: their pages are read for figures only.
 *
 *   npx tsx bench/ingest/title-trace.ts DIR [PAGE…]      PAGE as folder/file.txt
 *   npx tsx bench/ingest/title-trace.ts --kinds DIR…       the failures' structural sort, as counts only
 *   npx tsx bench/ingest/title-trace.ts --why DIR…         the same, finer: what outscored the headline, as counts only
 *
 * `--kinds` sorts every failure of each set's dev split by what went wrong structurally (the headline
 * is no candidate, and why; a candidate lost, and to what kind of line; the right line with its
 * decoration wrong) and prints the counts only, never a page or a line: it is the form to run on the
 * check sets (d8, d9). `--why` prints the same counts split finer, still without a page or a line:
 * for a lost headline, where the winner sits, the candidates between, both lines' agreement with the
 * text (shared/content words, read as leadStems reads them, near enough) and word-count buckets,
 * and both candidates' evidence with line numbers and quoted names blanked; for decoration, the
 * mark's code point, the name's case shape, its word count, how many lines name it and whether the
 * story's opening repeats it.
 *
 * The candidates are scored on the lines as the cleaner has them when it picks the headline (each
 * line's phrase label only), as `markHeadline` does; a page whose final title differs from the
 * pick (a site suffix cut, a lead taken when no candidate wins) shows the pick.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pageLines } from '../../indexer/clean/page-lines.ts';
import { phraseReasonOfSpacedLine } from '../../indexer/clean/phrases.ts';
import { looksLikeBreadcrumb, looksLikeCapsMenu, looksLikeSeparatedMenu } from '../../indexer/clean/shape.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { agreement } from '../../indexer/clean/title-agreement.ts';
import { leadStems, scoreHeadlineCandidates } from '../../indexer/clean/title-candidates.ts';
import { normalizeText } from '../../indexer/read/decode.ts';
import { scorePages } from './pages.ts';
import { type PageScore, sameTitle } from './score.ts';

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

type Scored = ReturnType<typeof scoreHeadlineCandidates>;

/** A page's content lines as the cleaner has them when it picks the headline, and the scan's verdicts. */
function traced(dir: string, page: string): { lines: ContentLine[]; whys: Map<number, string>; scored: Scored } {
  const text = normalizeText(fs.readFileSync(path.join(dir, ...page.split('/')), 'utf8'));
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
  return { lines, whys, scored };
}

const fold = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
const wordsOf = (t: string) => t.split(/\s+/u).filter(Boolean).length;

/**
 * What went wrong with a failed title, structurally: no page wording, only where the headline's line
 * is, what the scan made of it and what kind of line beat it.
 */
function failureKind(s: PageScore, dir: string): string {
  const want = s.truth.title;
  const got = s.got.title;
  if (want === null) return 'a title where none is labelled';
  const { lines, whys, scored } = traced(dir, s.page);
  const i = s.truth.titleLine === null ? -1 : lines.findIndex((l) => l.line === s.truth.titleLine);
  if (i < 0) return 'no candidate: not a content line';
  const candidates = scored?.candidates ?? [];
  const k = candidates.findIndex((c) => c.index === i);
  if (k < 0) {
    const why = whys.get(i) ?? '';
    if (why.includes('scan stops')) return `no candidate: reads as text itself (${why.includes('sentence') ? 'sentence' : 'paragraph'})`;
    if (why.startsWith('phrase label')) return `no candidate: ${why}`;
    if (why === 'top chrome') {
      const t = lines[i]!.text;
      const sub = looksLikeCapsMenu(t)
        ? 'capitals read as a menu'
        : looksLikeSeparatedMenu(t)
          ? 'separated cells read as a menu'
          : looksLikeBreadcrumb(t)
            ? 'read as a breadcrumb'
            : wordsOf(t) <= 1
              ? 'one word'
              : 'among short menu-like lines';
      return `no candidate: top chrome (${sub})`;
    }
    if (why) return `no candidate: dropped by shape (${why})`;
    const stop = [...whys].find(([, w]) => w.includes('scan stops'));
    if (stop && stop[0] < i) return `no candidate: below the scan's stop (${i - stop[0] <= 3 ? '1-3' : '4+'} lines down)`;
    return 'no candidate: past the scan window';
  }
  const best = scored ? candidates[scored.best]! : null;
  if (best?.index === i || (got !== null && fold(got).includes(fold(want))) || (got !== null && fold(want).includes(fold(got)))) {
    if (got === null) return 'right line: no title kept';
    const g = fold(got);
    const w = fold(want);
    if (g.includes(w)) {
      const after = g.startsWith(w);
      const extra = (after ? g.slice(w.length) : g.slice(0, g.length - w.length)).trim();
      const joint = after ? extra.slice(0, 2) : extra.slice(-2);
      const sep = /[|]/u.test(joint)
        ? 'pipe'
        : /[-–—]/u.test(joint)
          ? 'dash'
          : /:/u.test(joint)
            ? 'colon'
            : /[\p{P}\p{S}]/u.test(joint)
              ? 'other mark'
              : (after ? g[w.length] : g[g.length - w.length - 1]) === ' '
                ? 'space'
                : 'glued';
      const name = extra.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
      const n = wordsOf(name);
      const elsewhere = name.length >= 3 && lines.some((l, j) => j !== i && fold(l.text).includes(name));
      if (WHY) {
        const raw = extra.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
        const origName = got.match(new RegExp(raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu'))?.[0] ?? raw;
        const shape = /^[\p{Lu}\p{N}]+$/u.test(origName.replace(/\W/gu, ''))
          ? 'caps'
          : /^\p{Lu}/u.test(origName)
            ? 'Capitalised'
            : /^\p{Ll}/u.test(origName)
              ? 'lower'
              : /^\p{Lo}/u.test(origName)
                ? 'uncased'
                : 'other';
        const hits = lines.map((l, j) => (j !== i && fold(l.text).includes(name) ? j : -1)).filter((j) => j >= 0);
        const alone = hits.some(
          (j) =>
            fold(lines[j]!.text)
              .replace(/[\p{P}\p{S}\s]+/gu, ' ')
              .trim() === name,
        );
        const short = hits.some((j) => wordsOf(lines[j]!.text) <= 8);
        const lead = leadStems(lines, { index: i, text: want });
        const inLead = agreement(origName, lead).shared > 0;
        const lastFifth = hits.some((j) => j >= lines.length * 0.8);
        const sepChar = (after ? g.slice(w.length) : g.slice(0, g.length - w.length)).trim();
        // The mark's code point only; a letter (a prefix or suffix joined by a space or glued) is not printed.
        const ch = after ? sepChar.slice(0, 1) : sepChar.slice(-1);
        const mark = /[\p{P}\p{S}]/u.test(ch) ? `U+${ch.codePointAt(0)!.toString(16)}` : sep;
        return `decoration ${after ? 'after' : 'before'} (mark ${mark}, ${shape}, ${wordsOf(name)} words, lines naming it ${hits.length}${alone ? ' (alone on one)' : ''}${short ? ' (a short one)' : ''}${lastFifth ? ' (in the last fifth)' : ''}, ${inLead ? 'in the lead' : 'not in the lead'})`;
      }
      return `right line: decoration left ${after ? 'after' : 'before'} (${sep}, ${n <= 1 ? '1 word' : n <= 4 ? '2-4 words' : '5+ words'}, ${elsewhere ? 'printed elsewhere' : 'nowhere else'})`;
    }
    if (w.includes(g)) return 'right line: cut too far';
    return 'right line: reworded';
  }
  if (!best) return 'candidate lost: to no candidate (lead or name)';
  const above = best.index < i;
  if (WHY) {
    const ev = (c: { evidence: string[] }) =>
      c.evidence.map((e) => e.replace(/line \d+/g, 'line N').replace(/'[^']*'/g, "'…'")).join('; ') || '-';
    const head = candidates[k]!;
    const w = wordsOf(best.text);
    const hw = wordsOf(head.text);
    const between = candidates.filter((c) => (c.index - i) * (c.index - best.index) < 0).length;
    const agr = (c: { index: number; text: string }) => {
      const a = agreement(c.text, leadStems(lines, c));
      return `${a.shared}/${a.words}`;
    };
    return `lost ${above ? 'above' : 'below'} (${between} candidates between; agreement headline ${agr(head)} winner ${agr(best)}; gap ${Math.abs(best.index - i)} lines; headline ${hw <= 3 ? '1-3' : hw <= 8 ? '4-8' : '9+'} words, winner ${w <= 3 ? '1-3' : w <= 8 ? '4-8' : w <= 15 ? '9-15' : '16+'}): headline ${head.score} [${ev(head)}] vs winner ${best.score} [${ev(best)}]`;
  }
  const where = above ? 'above' : 'below';
  const ev = best.evidence.join('; ');
  if (ev.includes("a byline or a control's name")) return `candidate lost: to a byline or control name ${where}`;
  if (ev.includes('date')) return `candidate lost: to a date stamp ${where}`;
  if (ev.includes('printed again')) return `candidate lost: to a line printed again ${where}`;
  if (ev.includes('shares no word') || !ev.includes('shares words'))
    return `candidate lost: to a line sharing no word with the text ${where}`;
  const n = wordsOf(best.text);
  if (n <= 4) return `candidate lost: to a short line (<=4 words) ${where}`;
  if (!above && n >= wordsOf(want)) return 'candidate lost: to a longer line below (standfirst, lead)';
  return `candidate lost: to a headline-length line ${where}`;
}

const argv = process.argv.slice(2);
const WHY = argv[0] === '--why';
if (argv[0] === '--kinds' || WHY) {
  for (const dir of argv.slice(1)) {
    const tally = new Map<string, number>();
    let failed = 0;
    for (const s of await scorePages(dir)) {
      if (s.split !== 'dev' || s.titleRight !== false) continue;
      failed++;
      const kind = failureKind(s, dir);
      tally.set(kind, (tally.get(kind) ?? 0) + 1);
    }
    console.log(`${path.basename(dir)}: ${failed} title failures (dev split)`);
    for (const [kind, n] of [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${n}\t${kind}`);
  }
  process.exit(0);
}
const [dir, ...named] = argv;
if (!dir) {
  console.error('usage: title-trace.ts DIR [PAGE…] | --kinds DIR…');
  process.exit(2);
}
const scores = await scorePages(dir);
for (const s of scores) {
  if (s.split !== 'dev') continue;
  if (named.length > 0 ? !named.includes(s.page) : s.titleRight !== false) continue;
  const { lines, whys, scored } = traced(dir, s.page);
  const want = s.truth.title;
  console.log(`### ${s.page}  got ${JSON.stringify(s.got.title)}  want ${JSON.stringify(want)} (line ${s.truth.titleLine ?? '-'})`);
  console.log(`  headline line: ${headlineVerdict(lines, s.truth.titleLine, scored?.candidates ?? [], whys)}`);
  if (s.titleRight === false) console.log(`  kind: ${failureKind(s, dir)}`);
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

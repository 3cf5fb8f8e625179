/**
 * Whether a title's decoration is told by a copy of the headline elsewhere on the page: for each dev
 * page's settled title, every shorter form of it — a few leading words off (a section, a kicker, a
 * name before a separator), a few trailing words off (a site, a standfirst run on), a glued prefix
 * off ("SectionHeadline") — that the page prints again on another line without the words cut off
 * right next to it. Counts, per set, how often such a copy names the labelled headline (the cut
 * would fix the title), how often the title was right as it was (the cut would break it), and
 * neither. Dev pages only; the check sets (d8, d9) print counts only (`--counts`).
 *
 *   npx tsx bench/ingest/title-copies.ts [--show] [--counts] [--whole] DIR…
 *
 * --whole: only a line that is the shorter form and nothing else is a copy.
 */
import path from 'node:path';
import { scorePages } from './pages.ts';
import { sameTitle } from './score.ts';

const args = process.argv.slice(2);
const show = args.includes('--show');
const countsOnly = args.includes('--counts');
/** Only a line that is the shorter form and nothing else counts as its copy. */
const wholeLine = args.includes('--whole');
const dirs = args.filter((a) => !a.startsWith('--'));

/** Shorter forms of a title: leading or trailing words off, or a glued prefix off; three words or more left. */
function shorterForms(title: string): Array<{ form: string; cut: string; side: 'before' | 'after' }> {
  const out: Array<{ form: string; cut: string; side: 'before' | 'after' }> = [];
  const words = title.split(/\s+/u);
  for (let k = 1; k <= 4 && words.length - k >= 3; k++) {
    const cut = words.slice(0, k).join(' ');
    const form = words
      .slice(k)
      .join(' ')
      .replace(/^[-–—|:·•»/]+\s*/u, '');
    out.push({ form, cut, side: 'before' });
    const tail = words.slice(words.length - k).join(' ');
    const head = words
      .slice(0, words.length - k)
      .join(' ')
      .replace(/\s*[-–—|:·•«/]+$/u, '');
    out.push({ form: head, cut: tail, side: 'after' });
  }
  const glued = /^(\p{Lu}?\p{Ll}+)(\p{Lu}.*)$/u.exec(title);
  if (glued && glued[2]!.split(/\s+/u).length >= 3) out.push({ form: glued[2]!, cut: glued[1]!, side: 'before' });
  return out.filter((f) => f.form.split(/\s+/u).length >= 3 && f.form.length >= 12);
}

for (const dir of dirs) {
  const tally = { fix: 0, breaks: 0, neither: 0, pagesFired: 0, pages: 0 };
  for (const s of await scorePages(dir)) {
    if (s.split !== 'dev' || s.got.title === null || s.truth.title === null) continue;
    tally.pages++;
    const got = s.got.title;
    const gotLine = s.lines.findIndex((l) => l.includes(got));
    const fired: string[] = [];
    let verdict: 'fix' | 'breaks' | 'neither' | null = null;
    for (const f of shorterForms(got)) {
      const copy = s.lines.findIndex((l, n) => {
        if (n === gotLine) return false;
        const at = l.indexOf(f.form);
        if (at < 0) return false;
        if (wholeLine && !sameTitle(l.trim(), f.form)) return false;
        // The copy is not the decorated title again: the cut words are not right beside it.
        return f.side === 'before'
          ? !l.slice(0, at).trimEnd().endsWith(f.cut)
          : !l
              .slice(at + f.form.length)
              .trimStart()
              .startsWith(f.cut);
      });
      if (copy < 0) continue;
      fired.push(`${f.side} cut ${JSON.stringify(f.cut)} -> copy on L${copy + 1}`);
      if (countsOnly && verdict === null)
        console.log(
          `  shape: ${f.side} cut, ${f.cut.includes(' ') ? 'several words' : /\s/u.test(got.slice(0, f.cut.length + 1)) ? 'one word' : 'glued'}, copy ${copy > gotLine ? 'below' : 'above'} ${Math.abs(copy - gotLine)} lines`,
        );
      if (verdict === null) {
        verdict = sameTitle(f.form, s.truth.title) ? 'fix' : s.titleRight ? 'breaks' : 'neither';
        tally[verdict]++;
        tally.pagesFired++;
      }
    }
    if (show && fired.length > 0 && !countsOnly)
      console.log(`${verdict}\t${s.page}\tgot ${JSON.stringify(got)} want ${JSON.stringify(s.truth.title)}\n\t${fired.join('\n\t')}`);
  }
  console.log(
    `${path.basename(dir)}: ${tally.pages} dev pages with a title; a copy of a shorter form on ${tally.pagesFired}: fixes ${tally.fix}, breaks ${tally.breaks}, neither ${tally.neither}`,
  );
}

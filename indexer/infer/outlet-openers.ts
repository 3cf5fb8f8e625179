/**
 * A name opening several paragraphs before a dash ("Example — The council met…", "(Example) - Voters…"):
 * a newsroom signs each story or update of a page that way, the way a wire signs its dateline.
 * Once, the same shape is as often a town or a team ("Dresden – …", a headline's "Team A – Team B"),
 * so only a name that opens two paragraphs or more, with different words after it, counts (issue 18:
 * the structural signal of repetition, which holds in any language that writes names with capitals).
 *
 * Score: in brackets, the newsroom's own dateline shape, 2.5 as creditNames' dateline; bare, 2 (enough
 * alone), since a town opening two updates of a live page is written in capitals as a dateline
 * ("KYIV —"), and names in capitals alone are not taken here.
 */
import { isWeekdayName, monthsOf } from './date-names.ts';
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { cleanName, DOMAIN_BODY, NAME } from './outlet-names.ts';
import { isPlatform, isWire } from './outlet-words.ts';
import { quote } from './quote.ts';

type Add = (c: OutletCandidate | null) => void;

/** "Example — ", "(Example) - ", "Example.com – " at the start of a line, then the paragraph. */
const OPENER = new RegExp(`^\\s*(\\()?(${NAME}|${DOMAIN_BODY})(\\)\\s*|\\s+)[-–—]{1,2}\\s+(\\S+(?:\\s+\\S+){0,2})`, 'u');
/** A paragraph after the name: an opener on a short line is a list item or a heading. */
const MIN_WORDS = 12;

export function repeatedOpeners(lines: readonly PageLine[], add: Add): void {
  const seen = new Map<string, { line: PageLine; bracketed: boolean; after: Set<string> }>();
  for (const l of lines) {
    if (l.words < MIN_WORDS || l.reason === 'headline' || l.reason === 'title-decoration') continue;
    const m = OPENER.exec(l.text);
    // A hyphen glued to a word is a compound cut short ("North- and West…"), not a dash.
    if (!m || Boolean(m[1]) !== m[3]!.startsWith(')')) continue;
    const name = m[2]!;
    const entry = seen.get(name) ?? { line: l, bracketed: Boolean(m[1]), after: new Set<string>() };
    entry.after.add(m[4]!.toLowerCase());
    seen.set(name, entry);
  }
  for (const [raw, { line, bracketed, after }] of seen) {
    // The same words after the name on every line: one headline repeated, not paragraphs signed.
    if (after.size < 2) continue;
    const name = cleanName(raw);
    if (!name || isWire(name) || isPlatform(name) || /\d/.test(name)) continue;
    // A town's dateline in capitals, or a day or month opening updates ("Monday – …"), is not a newsroom.
    if (!bracketed && !/\p{Ll}/u.test(name)) continue;
    if (name.split(/\s+/).some((w) => monthsOf(w).length > 0 || isWeekdayName(w))) continue;
    add({
      value: name,
      score: bracketed ? 2.5 : 2,
      kind: 'opener',
      evidence: `'${name}' opening ${after.size} paragraphs, first on line ${line.line} '${quote(line.text)}'`,
      line: line.line,
    });
  }
}

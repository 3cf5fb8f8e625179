/**
 * `npx tsx bench/ingest/caption-signals.ts [--dir DIR …]`: whether a caption signal that needs no
 * cue phrase separates the captions the cleaner still keeps from the body lines it keeps. For each
 * signal and split, the kept lines it fires on, as captions / other junk / body (counts only: no
 * page text is printed, so held-out halves can be read as figures). A signal worth a rule fires on
 * captions of several sets and on no body line; one that fires on body lines as often as on
 * captions cannot be a rule, whatever it gains on the set it was found on.
 */
import { parseArgs } from 'node:util';
import { lineKey } from '../../indexer/clean/shape.ts';
import { PAGES_DIR, scorePages } from './pages.ts';
import type { PageScore } from './score.ts';

/** A non-blank line as the scorer sees it: kept or not, and what its truth label is. */
interface Line {
  n: number;
  text: string;
  kept: boolean;
  label: 'caption' | 'junk' | 'body' | 'title';
  words: number;
}

type Signal = (lines: readonly Line[], i: number) => boolean;

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
const isParagraph = (l: Line | undefined) =>
  l?.kept === true && l.label !== 'title' && ((l.words >= 8 && SENTENCE_END.test(l.text)) || l.words > 20);
/** Words of four letters or more without digits, cut to five letters: a rough stem in any spaced script. */
const contentWords = (text: string) =>
  new Set(
    lineKey(text)
      .split(' ')
      .filter((w) => w.length >= 4 && !/\d/.test(w))
      .map((w) => w.slice(0, 5)),
  );
const shares = (a: Set<string>, text: string) => [...contentWords(text)].some((w) => a.has(w));
const runs = (text: string, n = 6) => {
  const w = lineKey(text).split(' ');
  return new Set(w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' ')));
};
const CREDIT_TAIL = /(?:\(([^()]{2,60})\)|\s[/|]\s?([^/|]{2,60}))\.?$/u;

const SIGNALS: Record<string, Signal> = {
  // A short line between two paragraphs, no sentence end, no content word shared with either.
  'interrupts the paragraphs': (lines, i) => {
    const [l, prev, next] = [lines[i]!, lines[i - 1], lines[i + 1]];
    if (!isParagraph(prev) || !isParagraph(next) || SENTENCE_END.test(l.text) || l.words < 2 || l.words > 25) return false;
    const own = contentWords(l.text);
    return own.size > 0 && !shares(own, prev!.text) && !shares(own, next!.text);
  },
  // The start of a longer line next to it (alt text above its caption, a caption over a paragraph).
  'start of a longer neighbour': (lines, i) => {
    const key = lineKey(lines[i]!.text);
    if (key.split(' ').length < 4) return false;
    return [lines[i - 1], lines[i + 1]].some((o) => o !== undefined && lineKey(o.text).startsWith(`${key} `));
  },
  // A short credit closing the line, in brackets or after a slash or a bar, in any script.
  'short credit tail': (lines, i) => {
    const m = CREDIT_TAIL.exec(lines[i]!.text);
    return m !== null && lines[i]!.words >= 3 && (m[1] ?? m[2]!).trim().split(/\s+/).length <= 5;
  },
  // A clause shared with a line dropped three or more lines away (a gallery's captions share their place and date).
  'clause of a dropped line': (lines, i) => {
    const own = runs(lines[i]!.text);
    return own.size > 0 && lines.some((o) => !o.kept && Math.abs(o.n - lines[i]!.n) > 2 && [...runs(o.text)].some((r) => own.has(r)));
  },
  // A short sentence where the standfirst stands: right under the title line.
  'short sentence under the title': (lines, i) =>
    lines[i - 1]?.label === 'title' && lines[i]!.words <= 8 && SENTENCE_END.test(lines[i]!.text),
  // An unended line of six words or more between two paragraphs, naming two people or places of theirs.
  'unended, names its neighbours': (lines, i) => {
    const [l, prev, next] = [lines[i]!, lines[i - 1], lines[i + 1]];
    if (!isParagraph(prev) || !isParagraph(next) || SENTENCE_END.test(l.text) || l.words < 6 || l.words > 30) return false;
    const around = new Set([...capitalised(prev!.text), ...capitalised(next!.text)]);
    return [...capitalised(l.text)].filter((w) => around.has(w)).length >= 2;
  },
  // The first line under the title, short beside the paragraph right below it (a lead picture's caption).
  'short line over the first paragraph': (lines, i) => {
    const t = lines.findIndex((o) => o.label === 'title');
    if (t < 0 || i <= t) return false;
    const first = lines.slice(t + 1).findIndex((o) => o.kept);
    if (t + 1 + first !== i) return false;
    const next = lines.slice(i + 1).find((o) => o.kept);
    return lines[i]!.words <= 12 && isParagraph(next) && next!.words >= 2.5 * lines[i]!.words;
  },
  // A line that is a number and nothing else: a counter of comments, views or pictures.
  'bare number': (lines, i) => /^\d{1,6}$/u.test(lines[i]!.text),
  // An embedded post's signature: a dash, a name, a handle in brackets, a date.
  'post signature': (lines, i) => /^[—–-]\s.{1,80}\(@\w{1,30}\)\s.{0,40}\d{4}$/u.test(lines[i]!.text),
  // A line cut short by an ellipsis whose first six words open another line of the page.
  'cut copy of a line': (lines, i) => {
    const l = lines[i]!;
    if (!/(?:\.\.\.|…)$/u.test(l.text) || l.words < 6) return false;
    const head = lineKey(l.text).split(' ').slice(0, 6).join(' ');
    return lines.some((o, k) => k !== i && lineKey(o.text).includes(head));
  },
};

/** Capitalised words past a line's first word, cut to five letters: the names it holds, roughly. */
const capitalised = (text: string) =>
  new Set(
    text
      .split(/\s+/u)
      .slice(1)
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
      .map((w) => w.slice(0, 5)),
  );

function pageLines(p: PageScore): Line[] {
  const junk = new Map(p.junkKept.map((j) => [j.line, j.kind]));
  const kept = new Set([...p.keptBodyLines, ...junk.keys()]);
  const out: Line[] = [];
  p.lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    const n = i + 1;
    const kind = p.truth.junkKinds[String(n)];
    const label = n === p.truth.titleLine ? 'title' : kind === 'caption' ? 'caption' : p.truth.junkLines.includes(n) ? 'junk' : 'body';
    out.push({ n, text, kept: kept.has(n), label, words: text.split(/\s+/).length });
  });
  return out;
}

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] } } });
for (const dir of values.dir) {
  const scores = await scorePages(dir);
  console.log(
    `\n${dir}\n${'kept lines a signal fires on'.padEnd(34)}${'dev cap/junk/body'.padStart(20)}${'heldout cap/junk/body'.padStart(24)}`,
  );
  const tallies = (['dev', 'heldout'] as const).map((split) => {
    const pages = scores.filter((p) => p.split === split).map(pageLines);
    const captionsKept = pages.flat().filter((l) => l.kept && l.label === 'caption').length;
    const fired = Object.values(SIGNALS).map((signal) => {
      const t = { caption: 0, junk: 0, body: 0, title: 0 };
      for (const lines of pages) lines.forEach((l, i) => l.kept && signal(lines, i) && t[l.label]++);
      return `${t.caption}/${t.junk}/${t.body}`;
    });
    return { captionsKept, fired };
  });
  Object.keys(SIGNALS).forEach((name, k) => {
    console.log(`${name.padEnd(34)}${tallies[0]!.fired[k]!.padStart(20)}${tallies[1]!.fired[k]!.padStart(24)}`);
  });
  console.log(
    `${'captions kept'.padEnd(34)}${String(tallies[0]!.captionsKept).padStart(20)}${String(tallies[1]!.captionsKept).padStart(24)}`,
  );
}

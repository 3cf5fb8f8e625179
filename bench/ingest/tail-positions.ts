/**
 * `npx tsx bench/ingest/tail-positions.ts [--dir DIR …]`: where the junk the cleaner keeps below a
 * story sits, as the tail rules (`tail-islands.ts`, `topic-tail.ts`) read a page, and whether the
 * body lines it keeps sit in the same places. For each position and split: kept lines labelled
 * "other" / all other kept junk / kept body (counts only: no page text is printed, so held-out
 * halves can be read as figures). A position is worth a rule when it holds junk of several sets
 * and no body; the tail rules' guards (topic, the story's shapes) are reported beside it.
 */
import { parseArgs } from 'node:util';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { guessLanguage, maskOfLanguage, type LanguageMask } from '../../indexer/clean/stopwords.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { islandCoreEnd, MAX_ISLAND } from '../../indexer/clean/tail-islands.ts';
import { isStoryShape, offTopicTest } from '../../indexer/clean/topic-tail.ts';
import { PAGES_DIR, scorePages } from './pages.ts';
import type { PageScore } from './score.ts';

type Tally = Map<string, [other: number, junk: number, body: number]>;

/** The page's non-blank lines as the cleaner left them: kept (reason null) or dropped (a stand-in reason). */
function contentLines(s: PageScore): ContentLine[] {
  const kept = new Set([...s.keptBodyLines, ...s.junkKept.map((j) => j.line)]);
  const out: ContentLine[] = [];
  s.lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    out.push({ line: i + 1, text, reason: kept.has(i + 1) ? null : 'navigation', heading: false, words: countLineWords(text) });
  });
  return out;
}

/** Each kept line's position below the islands' core: its run of kept lines, what bounds it, and the tail guards' verdict. */
function positions(lines: readonly ContentLine[], mask: LanguageMask): Map<number, string> {
  const out = new Map<number, string>();
  const coreEnd = islandCoreEnd(lines);
  if (coreEnd < 0) {
    for (const l of lines) if (l.reason === null) out.set(l.line, 'page without a core');
    return out;
  }
  const kept = lines.filter((l) => l.reason === null);
  const keptAt = new Map(kept.map((l, i) => [l, i]));
  const offTopic = offTopicTest(kept, mask, keptAt.get(lines[coreEnd]!)! + 1);
  for (let a = coreEnd + 1; a < lines.length; a++) {
    if (lines[a]!.reason !== null) continue;
    let b = a;
    while (b + 1 < lines.length && lines[b + 1]!.reason === null) b++;
    const where =
      a === coreEnd + 1
        ? 'run from the core'
        : b === lines.length - 1
          ? 'run ending the page'
          : b - a >= MAX_ISLAND
            ? 'run over 3 lines'
            : 'island';
    for (const l of lines.slice(a, b + 1)) {
      const k = keptAt.get(l)!;
      out.set(l.line, `${where}, ${!offTopic(k) ? 'shares words' : isStoryShape(kept, k) ? 'story shape' : 'free'}`);
    }
    a = b;
  }
  return out;
}

function tallyPage(s: PageScore, tally: Tally): void {
  const lines = contentLines(s);
  const mask = maskOfLanguage(s.got.language ?? '') ?? guessLanguage(lines);
  const junk = new Map(s.junkKept.map((j) => [j.line, j.kind]));
  for (const [n, where] of positions(lines, mask)) {
    const key = `${s.split}  ${where}`;
    const t = tally.get(key) ?? [0, 0, 0];
    const kind = junk.get(n);
    t[kind === undefined ? 2 : kind === 'other' ? 0 : 1]++;
    tally.set(key, t);
  }
}

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true } } });
for (const dir of values.dir ?? [PAGES_DIR]) {
  const tally: Tally = new Map();
  for (const s of await scorePages(dir)) tallyPage(s, tally);
  console.log(`\n${dir}: kept lines below the story's core by position (other / other junk / body)`);
  for (const [key, [o, j, b]] of [...tally].sort()) console.log(`  ${key.padEnd(52)} ${o} / ${j} / ${b}`);
}

/**
 * `npx tsx bench/ingest/story-relation.ts [--dir DIR]...`: the kept lines of a labelled set by their
 * relation to the story (issue 18, 18story), as figures only, so a check set can be measured
 * without its pages being read. For every page as the cleaner leaves it (`cleanText`, each page
 * alone): the story's core is its longest run of kept paragraphs, the story's words are the
 * headline's and those of the kept paragraphs from the core down (content words, stems of five
 * letters, `contentStems`), and the story starts at its first kept paragraph sharing one of them.
 * Each kept line (dev pages) is counted, junk or body by the truth file, under
 *   zone:   the headline and above, headline..story start, story start..core, core, below the core
 *   words:  shares a word with the story, shares none, has no content word
 *   shape:  a sentence (`isSentence`) or not
 * A line inside the core is compared with the rest of the story, not with itself.
 *
 *   npx tsx bench/ingest/story-relation.ts --dir /work/extra-pages/d5 --dir /work/extra-pages/d6
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

const ZONE = 18;
const COLUMN = 15;
const ZONES = ['headline, above', 'headline..start', 'start..core', 'core', 'below core'] as const;
type Zone = (typeof ZONES)[number];
type Relation = 'shares' | 'none' | 'no words';

/** A kept line's zone and relation to the story, for one page as `cleanText` left it. */
interface KeptRelation {
  line: number;
  zone: Zone;
  relation: Relation;
  sentence: boolean;
}

/** Every kept line of a cleaned page with its zone and its relation to the story; none when the page has no paragraph. */
function keptRelations(text: string): KeptRelation[] {
  const result = cleanText(text);
  const headline = result.headline;
  const kept: ContentLine[] = result.kept.map((k) => {
    const spaced = normalizeSpaces(k.text);
    return { line: k.line, text: spaced, reason: null, heading: k.kind === 'heading', words: countLineWords(spaced) };
  });
  const para = kept.map(isParagraphAnyScript);
  let core = { start: 0, end: 0 };
  let from = -1;
  para.forEach((p, i) => {
    if (!p) from = -1;
    else {
      if (from < 0) from = i;
      if (i + 1 - from > core.end - core.start) core = { start: from, end: i + 1 };
    }
  });
  if (core.end === core.start) return [];
  const stems = kept.map((l) => contentStems(l.text));
  const titleStems = headline ? contentStems(headline.text) : new Set<string>();
  // Each stem's count in the story, so a core paragraph is compared with the story without itself.
  const story = new Map<string, number>();
  for (const s of titleStems) story.set(s, (story.get(s) ?? 0) + 1);
  for (let i = core.start; i < kept.length; i++) if (para[i]) for (const s of stems[i]!) story.set(s, (story.get(s) ?? 0) + 1);
  const shares = (i: number): boolean => {
    const own = i >= core.start && para[i];
    for (const s of stems[i]!) if ((story.get(s) ?? 0) > (own ? 1 : 0)) return true;
    return false;
  };
  let start = kept.findIndex((l) => headline === null || l.line > headline.line);
  if (start < 0) start = kept.length;
  while (start < core.start && !(para[start] && shares(start))) start++;
  return kept.map((l, i) => {
    const zone: Zone =
      headline !== null && l.line <= headline.line
        ? 'headline, above'
        : i < start
          ? 'headline..start'
          : i < core.start
            ? 'start..core'
            : i < core.end
              ? 'core'
              : 'below core';
    const relation: Relation = stems[i]!.size === 0 ? 'no words' : shares(i) ? 'shares' : 'none';
    return { line: l.line, zone, relation, sentence: isSentence(l) };
  });
}

for (const dir of dirs) {
  const tally = new Map<string, { junk: number; body: number }>();
  const bump = (key: string, junk: boolean) => {
    const t = tally.get(key) ?? { junk: 0, body: 0 };
    if (junk) t.junk++;
    else t.body++;
    tally.set(key, t);
  };
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const text = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8');
    const junk = new Set(truth.junkLines);
    for (const r of keptRelations(text)) {
      if (r.line === truth.titleLine) continue;
      bump(`${r.zone}|${r.relation}|${r.sentence ? 'sentence' : 'other'}`, junk.has(r.line));
    }
  }
  const cell = (key: string) => {
    const t = tally.get(key);
    return (t ? `${t.junk}/${t.body}` : '').padStart(COLUMN);
  };
  const columns = (['shares', 'none', 'no words'] as const).flatMap((rel) => [`${rel}|sentence`, `${rel}|other`]);
  console.log(`\n${dir} (dev pages; kept junk/body; the story's words: shares / none / no content word; sentence or other)`);
  console.log(
    `${'zone'.padEnd(ZONE)}${columns.map((c) => c.replace('|sentence', ' sent.').replace('|other', ' other').padStart(COLUMN)).join('')}`,
  );
  for (const zone of ZONES) console.log(`${zone.padEnd(ZONE)}${columns.map((c) => cell(`${zone}|${c}`)).join('')}`);
}

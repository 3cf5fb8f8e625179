/**
 * Where the date reader takes a date from a line the cleaner labelled list or caption because the line says what
 * the date is (a publication cue, its age beside it): every such candidate, with whether the page's year is right.
 *
 *   npx tsx bench/ingest/labelled-stamp-reach.ts --dir DIR [--dir DIR…]
 *
 * Sets one may read (shared dev pages, d4–d7, d10, d11): each page with its line. Check sets (d8, d9): counts only.
 * Refuses blind*, c* and s* sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { collectDateCandidates } from '../../indexer/infer/date-candidates.ts';
import { weighDates } from '../../indexer/infer/date.ts';
import { decodeBytes } from '../../indexer/read/decode.ts';
import { labelledPages, PAGES_DIR } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] } } });
const NAMED = /^(?:cued|aged) date on a (?:list|caption) line/;

for (const dirArg of values.dir) {
  const dir = path.resolve(dirArg);
  const set = path.basename(dir);
  if (/^(blind.*|c\d+.*|s\d+.*)$/.test(set)) {
    console.error(`labelled-stamp-reach: ${set} is for the lead only`);
    continue;
  }
  const check = /^(d8|d9)$/.test(set);
  let lines = 0;
  const pages = new Map<string, number>();
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const decoded = decodeBytes(fs.readFileSync(path.join(dir, ...source.split('/'))));
    if (!decoded.ok) continue;
    const evidence = collectDateCandidates(cleanText(decoded.text));
    const named = evidence.dated.filter((c) => NAMED.test(c.evidence));
    if (named.length === 0) continue;
    lines += named.length;
    const got = weighDates(evidence).date?.value.slice(0, 4) ?? null;
    const truthYear = truth.date?.slice(0, 4) ?? null;
    const outcome = got === null ? 'no year' : got === truthYear ? 'right' : 'WRONG';
    const won = named.some((c) => c.iso.startsWith(got ?? '-'));
    pages.set(`${outcome}${won ? ' (its year)' : ''}`, (pages.get(`${outcome}${won ? ' (its year)' : ''}`) ?? 0) + 1);
    if (!check) for (const c of named) console.log(`${set} ${source} ${outcome} L${c.line} ${c.iso} ${c.kind} ${c.evidence}`);
  }
  console.log(`${set}: ${lines} line(s); pages by outcome: ${[...pages].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
}

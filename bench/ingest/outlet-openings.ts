/**
 * `npx tsx bench/ingest/outlet-openings.ts --dir DIR… [--show]`: what the story's opening slot holds
 * (task 18out19). A newsroom often signs the first paragraph before its first dash: "CITY (Name) –",
 * "CITY, Name —", "CITY – NAME (Section) –", "Name.com, Town -". The rules read the bracketed form
 * (outlet-mentions.ts `creditNames`, outlet-caseless.ts); this tool counts every form on a set, so a
 * rule for one of them can be weighed before it is written. For each page, the first two
 * paragraphs among the first DATELINE_LINES lines; in each, the text before the first dash that
 * follows a word, when it is short (up to ten words). Its parts (split at commas, dashes and
 * brackets) are sorted: the page's labelled outlet, a wire, a date or other (a place, a person).
 * Per set: pages with a slot; slots naming the outlet, bracketed or bare, and whether a rule
 * candidate of the slot's line names it; bare parts shaped like a publication (`outletShaped`, a
 * domain) that name the outlet and that name someone else, which is what a reader of bare parts
 * would assert. `--show` prints each slot (a write-from set's dev pages only; a check set gives
 * counts, a lead's set is refused).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { isDomain } from '../../indexer/infer/outlet-names.ts';
import { DATELINE_LINES, PROSE_WORDS } from '../../indexer/infer/outlet-reach.ts';
import { isWire, outletShaped } from '../../indexer/infer/outlet-words.ts';
import { pageOutletEvidence } from './outlet-data.ts';
import { labelledPages, pageAccess } from './pages.ts';
import { sameOutlet } from './score.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', multiple: true, default: [] }, show: { type: 'boolean', default: false } },
});

/** A scraper's "date YYYY-MM-DD" before the page's text. */
const STAMP = /^\s*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?/u;
/** The opening slot: up to ten words, then a dash after a word or a stop. */
const SLOT = /^((?:\S+\s+){0,9}?\S*?[\p{L}\p{N}.)])\s*(?:[-–—]{1,2}|\.[-–—])\s+\S/u;
/** A slot of two dashes, "CITY – NAME (Section) –": a short piece between them, the story after the second. */
const TWO_DASH = /^((?:\S+\s+){0,3}?\S*?[\p{L}\p{N}.]\s*[–—-]\s*(?:\S+\s+){0,3}?\S*?[\p{L}\p{N}.)])\s*[-–—]{1,2}\s+\S/u;
/** A part that is a date or a time ("May 17", "27 mar", "2023"). */
const DATE_PART = /\d/u;

export type PartKind = 'outlet' | 'wire' | 'date' | 'other';

/** The slot's parts, each with whether it was in brackets. */
export function slotParts(slot: string): { text: string; bracketed: boolean }[] {
  const parts: { text: string; bracketed: boolean }[] = [];
  const bracket = /\(([^()]{1,60})\)/gu;
  for (const m of slot.matchAll(bracket)) parts.push({ text: m[1]!.trim(), bracketed: true });
  for (const p of slot.replace(bracket, ',').split(/\s*[,–—]\s*|\s+-\s+/u))
    if (p.trim() !== '') parts.push({ text: p.trim(), bracketed: false });
  return parts;
}

function kindOf(text: string, outlet: string | null): PartKind {
  if (outlet !== null && sameOutlet(text, outlet)) return 'outlet';
  if (isWire(text)) return 'wire';
  if (DATE_PART.test(text)) return 'date';
  return 'other';
}

for (const dir of values.dir) {
  const { show } = pageAccess(dir, values.show);
  const tally = new Map<string, number>();
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  let pages = 0;
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    pages++;
    const clean = cleanText(fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8'));
    const ev = pageOutletEvidence(clean);
    const outlet = truth.outlet && truth.outlet !== '?' ? truth.outlet : null;
    let paragraphs = 0;
    let seen = false;
    for (const l of ev.lines.slice(0, DATELINE_LINES)) {
      if (l.words <= PROSE_WORDS || paragraphs >= 2) continue;
      paragraphs++;
      const text = l.text.replace(STAMP, '');
      const m = TWO_DASH.exec(text) ?? SLOT.exec(text);
      if (!m) continue;
      if (!seen) bump('pages with an opening slot');
      seen = true;
      const parts = slotParts(m[1]!).map((p) => ({ ...p, kind: kindOf(p.text, outlet) }));
      const read = ev.candidates.some((c) => c.line === l.line && outlet !== null && sameOutlet(c.value, outlet));
      for (const p of parts) {
        if (p.kind === 'outlet') bump(`slot names the outlet, ${p.bracketed ? 'bracketed' : 'bare'}, ${read ? 'read' : 'not read'}`);
        if (p.kind === 'wire') bump(`slot names a wire, ${p.bracketed ? 'bracketed' : 'bare'}`);
        // What a reader of bare parts shaped like a publication would assert.
        if (!p.bracketed && (outletShaped(p.text) || isDomain(p.text)) && !isWire(p.text))
          bump(
            `bare part shaped like a publication: ${p.kind === 'outlet' ? 'the outlet' : outlet === null ? 'outlet unknown' : 'someone else'}`,
          );
      }
      if (show)
        console.log(
          `${path.basename(dir)}/${source} L${l.line} [${parts.map((p) => `${p.bracketed ? '(' : ''}${p.kind}${p.bracketed ? ')' : ''}`).join(' ')}]${read ? ' read' : ''} '${m[1]}' want '${outlet}'`,
        );
    }
  }
  console.log(
    `${dir}: dev pages ${pages}; ${[...tally]
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join('; ')}`,
  );
}

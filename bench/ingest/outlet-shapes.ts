/**
 * `npx tsx bench/ingest/outlet-shapes.ts --dir DIR… [--show]`: the bar's count for a shape, before a
 * rule is written for it (task 18out30). Each shape below is a way a line may name a publication,
 * read off the raw page with a plain pattern (no rule of the indexer's): a "Source:" label, an
 * author label or a "Posted by" credit, the dateline slot of the story's first paragraphs in any
 * separator ("TOWN, Name —", "Town, Country | NAME |", "Town (Name):"), a short line alone at the
 * head or after the story, a newsroom's own voice to its audience ("Stay with X", "Our X
 * reporter"). For every shape, on how many pages (sites, sets) the name it reads is the page's
 * labelled outlet, split by whether the indexer already names the outlet there, and on how many it
 * names someone else (a wire, a source, a section, a place): which is what a reader of that shape
 * would assert. A shape clears the team's bar only where the first count reaches three pages of
 * three sites in two sets AND the second stays near zero. Per set and over every --dir; `--show`
 * prints each reading of a write-from set's dev pages (a check set gives counts, a lead's set is refused).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { DATELINE_LINES, PROSE_WORDS } from '../../indexer/infer/outlet-reach.ts';
import { listedOutletOf } from '../../indexer/infer/outlet-listed-index.ts';
import { isDomain } from '../../indexer/infer/outlet-names.ts';
import { isWire, outletShaped } from '../../indexer/infer/outlet-words.ts';
import { pageOutletEvidence } from './outlet-data.ts';
import { labelledPages, pageAccess } from './pages.ts';
import { sameOutlet } from './score.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', multiple: true, default: [] }, show: { type: 'boolean', default: false } },
});

/** A line as the shapes read it: its number, text, words, and where it stands against the story. */
export interface ShapeLine {
  line: number;
  text: string;
  words: number;
  /** Index among the page's lines (blank ones left out). */
  index: number;
  /** After the story's last kept body line. */
  afterStory: boolean;
  /** The line the cleaner took for the headline. */
  headline: boolean;
}

type Shape = (l: ShapeLine, paragraph: number) => string[];

/** "Source: X", in the languages of the labelled sets; what follows up to a bar, a dash or the line's end. */
const SOURCE =
  /(?:^|[\s|•·(])(?:source|sources|źródło|zdroj|kaynak|quelle|fuente|fonte|bron|kilde|källa|lähde|forrás|sursa|πηγή|источник|джерело|izvor|vir|sumber|nguồn|المصدر|منبع|מקור)\s*:\s*([^|;•·]{2,60}?)\s*(?=$|[|;•·,)]|\s[-–—]\s)/giu;
/** "Autor: X", "Posted by X on <date>", "ΓΡΑΦΕΙ: X": an author's label with an organisation's name, or a person's. */
const AUTHOR =
  /^\s*(?:autor|author|auteur|autore|autora|written by|posted by|publicado por|publié par|pubblicato da|geplaatst door|gepostet von|opublikowane przez|γράφει|автор|yazar|penulis|tác giả)\s*:?\s+(.+?)(?:\s+(?:on|am|le|el|il|op|em)\s+.*\d.*)?\s*$/iu;
/** A scraper's "date YYYY-MM-DD" before the page's text. */
const STAMP = /^\s*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?/u;
/** The town of a dateline: up to four capitalised words, perhaps ", Region". */
const TOWN = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}(?:,\s*(?:\p{Lu}[\p{L}.'’-]*\s?){1,3})?`;
/** A name in a slot: up to five words opening with a capital or a digit. */
const SLOT_NAME = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s?){1,5}`;
/** "TOWN, Name —", "TOWN – NAME (Section) –", "Town, Country | NAME |". */
const BARE_SLOT = new RegExp(String.raw`^(${TOWN})\s*(?:,|[-–—|])\s*(${SLOT_NAME})(?:\s*\([^()]{1,24}\))?\s*(?:[-–—]{1,2}|\|)\s`, 'u');
/** "Town (Name):", "TOWN (Name) –": the bracketed slot in any case. */
const BRACKET_SLOT = new RegExp(String.raw`^(${TOWN})\s*\(([^()]{2,40})\)\s*(?:[-–—]{1,2}|:)\s`, 'u');
/** The newsroom speaking to its audience: "Stay with X", "Our X photographer", "Keep it on X". */
const VOICE =
  /(?:^|[\s“"])(?:[Ss]tay with|[Ss]tay tuned to|[Kk]eep it (?:on|with)|[Oo]ur)\s+((?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s?){1,4})/gu;

const SHAPES: Record<string, Shape> = {
  'source label': (l) => [...l.text.matchAll(SOURCE)].map((m) => m[1]!),
  'author label': (l) => {
    const m = l.words <= 12 ? AUTHOR.exec(l.text) : null;
    return m ? [m[1]!] : [];
  },
  'dateline slot, bare': (l, paragraph) => {
    if (paragraph === 0 || paragraph > 2 || l.index >= DATELINE_LINES) return [];
    const m = BARE_SLOT.exec(l.text.replace(STAMP, ''));
    return m ? [m[2]!.trim()] : [];
  },
  'dateline slot, bracketed': (l, paragraph) => {
    if (paragraph === 0 || paragraph > 2 || l.index >= DATELINE_LINES) return [];
    const m = BRACKET_SLOT.exec(l.text.replace(STAMP, ''));
    return m ? [m[2]!.trim()] : [];
  },
  'alone at the head': (l) =>
    l.index < 6 && !l.headline && l.words <= 5 && /\p{L}/u.test(l.text)
      ? [l.text.trim(), l.text.replace(/\s*\([^()]*\)\s*$/u, '').trim()]
      : [],
  'alone after the story': (l) => (l.afterStory && l.words <= 5 && /\p{L}/u.test(l.text) ? [l.text.trim()] : []),
  'newsroom voice': (l) => [...l.text.matchAll(VOICE)].map((m) => m[1]!.trim()),
};

interface Count {
  /** Pages where a reading is the outlet, the indexer right there already. */
  right: Set<string>;
  /** Pages where a reading is the outlet and the indexer is not right. */
  missed: Set<string>;
  /** Pages where every reading names someone else (the outlet known). */
  other: Set<string>;
  /** Of those, readings that are a wire. */
  wire: Set<string>;
  /** Of those, readings shaped like a publication (a trade noun, a domain, a listed outlet): what a reader with the indexer's guards would still assert. */
  shaped: Set<string>;
  sets: Set<string>;
}
const blank = (): Count => ({ right: new Set(), missed: new Set(), other: new Set(), wire: new Set(), shaped: new Set(), sets: new Set() });
const total = new Map<string, Count>();

for (const dir of values.dir) {
  const { show } = pageAccess(dir, values.show);
  const set = path.basename(path.resolve(dir));
  const here = new Map<string, Count>();
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const outlet = truth.outlet && truth.outlet !== '?' ? truth.outlet : null;
    if (outlet === null) continue;
    const clean = cleanText(fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8'));
    const ev = pageOutletEvidence(clean);
    const indexerRight = ev.rule !== undefined && sameOutlet(ev.rule.value, outlet);
    const lastBody = clean.kept.filter((k) => k.kind === 'body').at(-1)?.line ?? Number.POSITIVE_INFINITY;
    const page = `${set}/${source}`;
    const found = new Map<string, { outlet: boolean; wire: boolean; shaped: boolean; texts: string[] }>();
    let paragraph = 0;
    ev.lines.forEach((pl, index) => {
      if (pl.words > PROSE_WORDS) paragraph++;
      const l: ShapeLine = {
        line: pl.line,
        text: pl.text,
        words: pl.words,
        index,
        afterStory: pl.line > lastBody,
        headline: pl.line === clean.headline?.line,
      };
      for (const [shape, read] of Object.entries(SHAPES)) {
        const names = read(l, pl.words > PROSE_WORDS ? paragraph : 0).filter((n) => /\p{L}/u.test(n));
        if (names.length === 0) continue;
        const f = found.get(shape) ?? { outlet: false, wire: false, shaped: false, texts: [] };
        const hit = names.some((n) => sameOutlet(n, outlet));
        f.outlet ||= hit;
        f.wire ||= !hit && names.some((n) => isWire(n));
        f.shaped ||= !hit && names.some((n) => !isWire(n) && publicationShaped(n));
        f.texts.push(`L${pl.line}${hit ? '+' : '-'} '${names[0]!.slice(0, 50)}'`);
        found.set(shape, f);
      }
    });
    for (const [shape, f] of found) {
      for (const counts of [here, total]) {
        const c = counts.get(shape) ?? blank();
        if (f.outlet) {
          (indexerRight ? c.right : c.missed).add(page);
          c.sets.add(set);
        } else {
          c.other.add(page);
          if (f.wire) c.wire.add(page);
          if (f.shaped) c.shaped.add(page);
        }
        counts.set(shape, c);
      }
      if (show)
        console.log(
          `${page} [${shape}] ${f.outlet ? (indexerRight ? 'outlet, indexer right' : 'OUTLET, missed') : 'someone else'} want '${outlet}': ${f.texts.slice(0, 4).join(' ')}`,
        );
    }
  }
  console.log(`${dir}: ${summary(here)}`);
}
if (values.dir.length > 1) {
  console.log(
    '\nover every set: shape — pages naming the outlet (indexer right + missed; sets) / naming someone else (a wire; shaped like a publication)',
  );
  for (const [shape, c] of [...total].sort()) console.log(`  ${shape.padEnd(26)} ${line(c)}`);
}

/** A name a reader guarded as the indexer's are would take: a trade noun with a word of its own, a domain, a listed outlet. */
function publicationShaped(name: string): boolean {
  return outletShaped(name) || isDomain(name) || listedOutletOf(name) !== undefined;
}

function line(c: Count): string {
  return `${c.right.size + c.missed.size} (${c.right.size} + ${c.missed.size}; ${c.sets.size} sets) / ${c.other.size} (${c.wire.size} wire; ${c.shaped.size} shaped)`;
}

function summary(counts: Map<string, Count>): string {
  return [...counts]
    .sort()
    .map(([shape, c]) => `${shape} ${line(c)}`)
    .join('; ');
}

/**
 * Training cases for the learned outlet scorer: every labelled page of a set read as the indexer
 * reads it, the rules' verdict, and every candidate outlet (the rules' and the wide net's) with
 * its feature row and whether it names the page's true outlet. Pages are third-party text, read
 * in place; nothing of them is written anywhere but the figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cleanText } from '../../indexer/clean/index.ts';
import { inferAgency, readCopyright } from '../../indexer/infer/infer.ts';
import { outletCases } from './outlet-features.ts';
import { outletEvidence } from '../../indexer/infer/outlet.ts';
import { sameOutlet, type PageTruth } from './score.ts';
import { WIDE_KINDS } from './outlet-wide.ts';

const WIDE = new Set<string>(WIDE_KINDS);

/** One labelled set: a folder of labelled folders (or one holding truth.jsonl itself), and the splits that may be read. */
export interface OutletSet {
  name: string;
  dir: string;
  splits: readonly PageTruth['split'][];
}

export interface OutletPage {
  set: string;
  page: string;
  /** The page's outlet, or null when the truth does not know it ("?"). */
  outlet: string | null;
  stated: boolean;
  /** What the hand-set rules assert, or null. */
  rule: string | null;
  /** `wide`: named by the wide net's shapes only (outlet-wide.ts), no rule candidate. */
  cases: { name: string; row: Float64Array; right: boolean; wide: boolean }[];
}

/** The truth files of a set: its own truth.jsonl, or one per sub-folder. */
function truthFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  if (fs.existsSync(path.join(dir, 'truth.jsonl'))) return [path.join(dir, 'truth.jsonl')];
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f, 'truth.jsonl'))
    .filter((f) => fs.existsSync(f));
}

export function loadOutletSet(set: OutletSet): OutletPage[] {
  const pages: OutletPage[] = [];
  for (const file of truthFiles(set.dir)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const truth = JSON.parse(line) as PageTruth;
      if (!set.splits.includes(truth.split)) continue;
      const text = fs.readFileSync(path.join(path.dirname(file), truth.file), 'utf8');
      pages.push(readPage(set.name, `${path.basename(path.dirname(file))}/${truth.file}`, text, truth));
    }
  }
  return pages;
}

/** The outlet's evidence for a cleaned page, read as the indexer reads it (copyright notices, agency, candidates). */
export function pageOutletEvidence(clean: ReturnType<typeof cleanText>): ReturnType<typeof outletEvidence> {
  const copyrights = clean.dropped
    .filter((d) => d.reason === 'copyright')
    .map(readCopyright)
    .filter((c) => c !== null);
  const firstBody = clean.kept.find((l) => l.kind === 'body')?.text;
  return outletEvidence({
    clean,
    dropped: clean.dropped,
    copyright: copyrights.find((c) => c.holder !== null) ?? copyrights[0],
    copyrights,
    agency: inferAgency(clean.dropped, firstBody),
  });
}

function readPage(set: string, page: string, text: string, truth: PageTruth): OutletPage {
  const clean = cleanText(text);
  const evidence = pageOutletEvidence(clean);
  const known = truth.outlet && truth.outlet !== '?' ? truth.outlet : null;
  const cases = outletCases(clean, evidence.lines, evidence.candidates, evidence.ruleKey).map((c) => ({
    name: c.name,
    row: c.row,
    right: known !== null && c.group.candidates.some((x) => sameOutlet(x.value, known)),
    wide: c.group.candidates.every((x) => WIDE.has(x.kind)),
  }));
  return { set, page, outlet: known, stated: truth.outletStated, rule: evidence.rule?.value ?? null, cases };
}

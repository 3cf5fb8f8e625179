/**
 * Training rows for the junk classifier: every labelled page of the training sets read as the
 * indexer reads it, labelled by the rules (`labelLines`), and each line the model would judge
 * turned into a feature vector with its truth (junk or body). Pages are third-party text, read in
 * place; nothing of them is written anywhere but the figures.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { labelLines } from '../../indexer/clean/index.ts';
import { FEATURE_COUNT, isJudged, lineFeatures } from '../../indexer/clean/line-features.ts';
import { listRunLines } from '../../indexer/clean/list-runs.ts';
import { furnitureLines } from '../../indexer/clean/page-gate.ts';
import { documentTexts } from '../../indexer/pipeline.ts';
import { setAccess } from './pages.ts';
import type { PageTruth } from './score.ts';
import { prng } from '../scale/seeded.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';

/** One training set: a folder of labelled folders, and the splits of it that may be trained on. */
export interface TrainingSet {
  name: string;
  dir: string;
  /** A set labelled for training only (its pages all `dev`, or a former blind set now read) lists both. */
  splits: readonly PageTruth['split'][];
}

/** One page's judged lines and what the rules did elsewhere on it, for the pipeline's figures. */
export interface PageRows {
  page: string;
  /** Leave-one-group-out unit: the set (a clean corpus: its section). */
  group: string;
  /** FEATURE_COUNT values per judged line. */
  x: Float64Array;
  /** The judged lines' numbers in the page, for reports. */
  lineNumbers: Int32Array;
  /** The judged lines' places among the page's non-blank lines, and per non-blank line whether a rule dropped it. */
  index: Int32Array;
  ruleJunk: Uint8Array;
  /** 1 junk, 0 body, per judged line. */
  y: Uint8Array;
  /** Whether the rules left the line (the model acts only on those). */
  unlabelled: Uint8Array;
  /** Junk lines and body lines of the page (non-blank, title line aside). */
  junk: number;
  body: number;
  /** Body lines the rules dropped; junk lines the rules kept. */
  bodyLostByRules: number;
  junkKeptByRules: number;
  /** A copy with some of the rules' labels forgotten (`forgetRules`), not the page as the rules read it. */
  augmented: boolean;
  /** Lines the rules dropped as furniture before the model (`page-gate.ts`, counted up to 100): the page gate reads it. */
  furniture: number;
}

/**
 * On the training pages the rules catch nine junk lines in ten (they were shaped on them); on a
 * new site they catch fewer, and whole kinds go unnamed (that site's captions, its ads). A copy of
 * the page with some rule labels forgotten is what the model will meet there: for each reason on
 * the page, all its lines are forgotten with probability `KIND_FORGET`, and any other line with
 * `LINE_FORGET`. Seeded by the page's name: the same pages give the same copies.
 */
const KIND_FORGET = 0.35;
const LINE_FORGET = 0.1;

function forgetRules(lines: ContentLine[], seed: number): void {
  const random = prng(seed);
  const kinds = new Map<string, boolean>();
  for (const l of lines) {
    if (l.reason === null || l.reason === 'headline') continue;
    let kind = kinds.get(l.reason);
    if (kind === undefined) kinds.set(l.reason, (kind = random() < KIND_FORGET));
    if (kind || random() < LINE_FORGET) l.reason = null;
  }
}

/** A page's seed: its name's first 32 bits of SHA-1. */
function hashOf(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32LE(0);
}

/**
 * The labelled sets the trainer reads, each left out whole in turn: the `dev` half of the shared pages
 * (`pagesDir`) and, by default, every write-from folder of `extraDir` (`setAccess` gives it as 'read': not a
 * check set, not the lead's; read by name, so a set labelled later joins without an edit, and a check or lead
 * set never does). `names` picks the sets instead, any write-from folder of `extraDir` by its name (n1,
 * w-18junk10, ...; `shared` for the shared dev half): only those are read. A name with no folder, or naming a
 * check or lead set, is an error. `check` sets (scored, never trained on) are left out of the default.
 * Held-out halves are never read.
 */
export function trainingSets(
  extraDir: string,
  pagesDir: string,
  names: readonly string[] | null,
  check: readonly string[] = [],
): TrainingSet[] {
  const folders = fs.existsSync(extraDir)
    ? fs
        .readdirSync(extraDir)
        .filter((d) => fs.statSync(path.join(extraDir, d)).isDirectory())
        .sort()
    : [];
  const closed = (names ?? []).filter((n) => folders.includes(n) && setAccess(path.join(extraDir, n)) !== 'read');
  if (closed.length > 0) throw new Error(`${closed.join(', ')}: a check or lead set, never trained on (setAccess in pages.ts)`);
  const sets: TrainingSet[] = [
    ...(names === null || names.includes('shared') ? [{ name: 'shared', dir: pagesDir, splits: ['dev'] } as TrainingSet] : []),
    ...folders
      .filter((d) => !check.includes(d) && (names === null ? setAccess(path.join(extraDir, d)) === 'read' : names.includes(d)))
      .map((d): TrainingSet => ({ name: d, dir: path.join(extraDir, d), splits: ['dev'] })),
  ];
  const missing = (names ?? []).filter((n) => n !== 'shared' && !sets.some((s) => s.name === n));
  if (missing.length > 0) throw new Error(`no labelled set ${missing.join(', ')} in ${extraDir} (or it is also a check set)`);
  return sets;
}

function truths(folder: string): PageTruth[] {
  const file = path.join(folder, 'truth.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PageTruth);
}

/**
 * Rows of every page of `set` in its split (lines: all but the headline), and of `copies`
 * copies of each with rule labels forgotten.
 */
export function pageRows(set: TrainingSet, copies = 0): PageRows[] {
  if (!fs.existsSync(set.dir)) return [];
  const out: PageRows[] = [];
  for (const folder of fs.readdirSync(set.dir).sort()) {
    const pages = truths(path.join(set.dir, folder)).filter((t) => set.splits.includes(t.split));
    for (const truth of pages) {
      const source = `${folder}/${truth.file}`;
      const bytes = fs.readFileSync(path.join(set.dir, folder, truth.file));
      const text = documentTexts({ bytes, source })[0];
      if (text === undefined) continue;
      const page = `${set.name}/${source}`;
      // Grouped by set: a set is left out whole, as the next unseen sites will be (transfer, not fit).
      for (let copy = 0; copy <= copies; copy++) out.push(rowsOf(page, set.name, text, truth, copy));
    }
  }
  return out;
}

function rowsOf(page: string, group: string, text: string, truth: PageTruth, copy: number): PageRows {
  const { lines, language } = labelLines(text);
  if (copy > 0) forgetRules(lines, hashOf(page) + copy);
  const junkSet = new Set(truth.junkLines);
  const judged: number[] = [];
  let junk = 0;
  let body = 0;
  let bodyLostByRules = 0;
  let junkKeptByRules = 0;
  lines.forEach((l, i) => {
    if (l.line === truth.titleLine) return;
    const isJunk = junkSet.has(l.line);
    if (isJunk) junk++;
    else body++;
    if (isJunk && l.reason === null) junkKeptByRules++;
    if (!isJunk && l.reason !== null) bodyLostByRules++;
    if (l.reason !== 'headline' && isJudged(l.text, language)) judged.push(i);
  });
  const x = lineFeatures(lines, language, judged);
  const y = Uint8Array.from(judged, (i) => +junkSet.has(lines[i]!.line));
  // The model acts as it does in the indexer: on lines no rule labelled, outside the article's own lists.
  const listed = listRunLines(lines);
  const unlabelled = Uint8Array.from(judged, (i) => +(lines[i]!.reason === null && listed[i] === 0));
  if (x.length !== judged.length * FEATURE_COUNT) throw new Error('feature vector length');
  const lineNumbers = Int32Array.from(judged, (i) => lines[i]!.line);
  const index = Int32Array.from(judged);
  const ruleJunk = Uint8Array.from(lines, (l) => +(l.reason !== null && l.reason !== 'headline'));
  const furniture = furnitureLines(lines, 100);
  return {
    page,
    group,
    x,
    y,
    lineNumbers,
    index,
    ruleJunk,
    unlabelled,
    junk,
    body,
    bodyLostByRules,
    junkKeptByRules,
    augmented: copy > 0,
    furniture,
  };
}

/** Every `every`-th article of a corpus of clean articles: all its lines are body (the first is the headline). */
const CLEAN_EVERY = 4;

/**
 * Rows of a corpus of clean articles (the BBC News corpus: headline, then paragraphs, no page
 * furniture): all body, so the model learns what short article lines look like on a site that
 * prints venues, scores and sub-headings under its headlines. `part`: the every-`CLEAN_EVERY`-th
 * articles the trainer learns from (`trained`), or all the others (`rest`: never trained on, what
 * the weights must keep whole too, as `bench/indexer-bbc.ts` reads the whole corpus).
 */
export function cleanCorpusRows(name: string, dir: string, part: 'trained' | 'rest' = 'trained'): PageRows[] {
  if (!fs.existsSync(dir)) return [];
  const out: PageRows[] = [];
  let n = 0;
  for (const section of fs.readdirSync(dir).sort())
    for (const file of fs.readdirSync(path.join(dir, section)).sort()) {
      if (!file.endsWith('.txt') || (n++ % CLEAN_EVERY === 0) !== (part === 'trained')) continue;
      const source = `${section}/${file}`;
      const text = documentTexts({ bytes: fs.readFileSync(path.join(dir, source)), source })[0];
      if (text === undefined) continue;
      const truth = { titleLine: 1, junkLines: [] } as unknown as PageTruth;
      out.push(rowsOf(`${name}/${source}`, `${name}/${section}`, text, truth, 0));
    }
  return out;
}

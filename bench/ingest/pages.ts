/**
 * The labelled page set (../shared/pages): every page run through the real indexer pipeline, as a
 * corpus without a manifest would be, and scored against its truth record. The pages are
 * third-party text and are read in place, never copied into the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { learnCorpus, learnFurniture } from '../../indexer/corpus-plan.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { MAX_FILE_BYTES } from '../../indexer/read/decode.ts';
import { scorePage, type PageScore, type PageTruth } from './score.ts';

export const PAGES_DIR = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared', 'pages');
/** The further labelled sets, kept beside the checkout as ../shared is, in the same layout. */
const EXTRA_DIR = '/work/extra-pages';

/** Every labelled set the per-set tools read (byline-prompts.ts, comment-lines.ts), by name: the shared set, then the extra ones. */
export const LABELLED_SETS: ReadonlyArray<readonly [name: string, dir: string]> = [
  ['shared', PAGES_DIR],
  ...['q', 'r', 't', 'blind', 'u', 'f'].map((s) => [s, path.join(EXTRA_DIR, s)] as const),
];

/** Whether a tool's `--show` may print a page's lines: a dev page's, and every page of t, blind, u and f. */
export function mayShowLines(set: string, split: 'dev' | 'heldout'): boolean {
  return split === 'dev' || ['t', 'blind', 'u', 'f'].includes(set);
}

/**
 * What a tool may show of a labelled set, by its folder's name. The lead's sets (n25 this round; n2, n4, n5, n18,
 * blind*, c*, s* of old) are never read. A round's check sets (n30 and n31 this round, n32 and n33 labelled for
 * the next; n16, n17, n19, n20, d8 and d9 of old; more through the CHECK_SETS environment variable,
 * comma-separated) give figures only: counts by outcome and shape, never a page's name, line or text. Every other set is a write-from set: its dev pages may be printed. The
 * sets live outside the repository (/work/extra-pages), so a new machine starts with none and a round labels afresh;
 * old names stay listed so a set copied back keeps its standing.
 */
export type SetAccess = 'lead' | 'figures' | 'read';
const LEAD_SETS = /^(?:n2|n4|n5|n18|n25|blind.*|c\d+.*|s\d+.*)$/;
const CHECK_SETS = ['n30', 'n31', 'n32', 'n33', 'n16', 'n17', 'n19', 'n20', 'd8', 'd9'];
export function setAccess(dir: string): SetAccess {
  const set = path.basename(path.resolve(dir));
  if (LEAD_SETS.test(set)) return 'lead';
  const more = (process.env.CHECK_SETS ?? '').split(',').map((s) => s.trim());
  return CHECK_SETS.includes(set) || more.includes(set) ? 'figures' : 'read';
}

/**
 * What a per-page tool may print of `dir`, asked once per set: a lead set is refused outright (no
 * tool reads it, counts included), a check set gives counts only (a note says so when `--show` was
 * asked), a write-from set's pages may be printed (the tool still keeps to its dev split). The
 * outlet tools once each kept their own list of check sets, written before this round's names.
 */
export function pageAccess(dir: string, wantShow: boolean): { show: boolean } {
  const access = setAccess(dir);
  if (access === 'lead') throw new Error(`${path.basename(path.resolve(dir))} is a lead's set: no tool reads it`);
  if (wantShow && access === 'figures') console.log(`${dir}: a check set, counts only`);
  return { show: wantShow && access === 'read' };
}

export function pagesAvailable(dir = PAGES_DIR): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => fs.existsSync(path.join(dir, f, 'truth.jsonl')));
}

/** One labelled page: its corpus path (`<folder>/<file>`) and its truth record. */
export interface LabelledPage {
  source: string;
  truth: PageTruth;
}

export interface ScoreOptions {
  /**
   * Index the set as the indexer indexes one corpus folder (learning its furniture, the default): the real
   * pre-pass (`learnFurniture`) over every labelled page of the set, both splits, then every page
   * cleaned with that furniture and given its folder's outlet where its pages agree on one. Off by default: each page alone, as the floor was recorded.
   */
  corpus?: boolean;
  /** Give each page the URL of its truth record as its stated url, as a urls.tsv beside the pages would (indexer/read/urls.ts). */
  urls?: boolean;
}

/** Every labelled page of `dir`, scored; in folder and file order. */
export async function scorePages(dir = PAGES_DIR, options: ScoreOptions = {}): Promise<PageScore[]> {
  await loadLanguageDetector();
  const pages = labelledPages(dir);
  const learned = options.corpus ? await learnCorpus(setSources(dir)) : undefined;
  const scores = pages.map(({ source, truth }) => {
    const bytes = fs.readFileSync(path.join(dir, ...source.split('/')));
    const folderOutlet = learned?.folderOutlets.get(path.posix.dirname(source));
    return scorePage(
      source,
      bytes.toString('utf8'),
      truth,
      articleFromFile({
        bytes,
        source,
        furniture: learned?.furniture,
        folderOutlet,
        manifestEntry: options.urls && truth.url ? { url: truth.url } : undefined,
      }),
    );
  });
  return scores.sort((a, b) => a.page.localeCompare(b.page));
}

/** The furniture the indexer's pre-pass learns from a set's labelled pages, as one corpus folder. */
export function learnSetFurniture(dir = PAGES_DIR): Promise<Set<string>> {
  return learnFurniture(setSources(dir));
}

/** A set's labelled pages as the pre-pass reads a corpus: each folder of the set a folder of the corpus. */
function setSources(dir: string) {
  return { corpusDir: dir, maxBytes: MAX_FILE_BYTES, discovered: { articles: labelledPages(dir).map((p) => p.source) } };
}

/** The pages a set's `truth.jsonl` files list, folder by folder (the truth files are labels, not pages). */
export function labelledPages(dir: string): LabelledPage[] {
  const pages: LabelledPage[] = [];
  for (const folder of fs.readdirSync(dir).sort()) {
    const truthFile = path.join(dir, folder, 'truth.jsonl');
    if (!fs.existsSync(truthFile)) continue;
    for (const line of fs.readFileSync(truthFile, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const truth = JSON.parse(line) as PageTruth;
      pages.push({ source: `${folder}/${truth.file}`, truth });
    }
  }
  return pages;
}

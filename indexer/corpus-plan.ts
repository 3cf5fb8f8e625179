/**
 * What an indexing run works from, settled before any article is built: the corpus's files, its
 * manifest, article ids and synonym list, the index's articles as found (to compare against), and
 * the furniture learned from the whole corpus when asked. Also the one way a file becomes a
 * `FileJob`, so the full build and the incremental update read files alike.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { IndexCorruptError } from '../engine/contract/errors.ts';
import type { ArticleSummary, SearchEngine, SynonymRules } from '../engine/contract/types.ts';
import { assignArticleIds } from './article-id.ts';
import { type Discovered, discoverArticles } from './read/discover.ts';
import { FurnitureLearner } from './clean/furniture.ts';
import type { FolderOutlet } from './infer/outlet-folder.ts';
import { folderEntryFor, loadManifest, type Manifest } from './read/manifest.ts';
import { documentTexts } from './pipeline.ts';
import { type FileJob, readBytesSync } from './read/read-file.ts';
import { loadSynonyms } from './read/synonyms.ts';
import { loadUrlLists, withUrls } from './read/urls.ts';
import { loadCorpusOutlets } from './infer/outlet-list.ts';
import { useCorpusOutlets } from './infer/outlet-listed-index.ts';

export interface CorpusPlan {
  corpusDir: string;
  discovered: Discovered;
  manifest: Manifest;
  /** Article id per corpus path (unique ignoring case: article-id.ts). */
  ids: Map<string, string>;
  synonyms: SynonymRules;
  synonymsHash: string;
  /** The index's articles before this run, by id (empty when it could not be read). */
  existing: Map<string, ArticleSummary>;
  /** Why the index could not be read (it is then rebuilt whole), or null. */
  unreadable: string | null;
  maxBytes: number;
}

/** The furniture pre-pass lets the event loop run after about this many bytes read (a few ms of work). */
const YIELD_EVERY_BYTES = 1 << 20;

export async function planCorpus(corpusDir: string, engine: SearchEngine, maxBytes: number): Promise<CorpusPlan> {
  const discovered = await discoverArticles(corpusDir);
  const stated = await loadManifest(corpusDir);
  // The pages' URLs from urls.tsv files are read as the manifest's url (urls.ts).
  // A line naming no page of the corpus is passed over, not reported as the manifest's.
  const urls = await loadUrlLists(corpusDir, discovered.urlLists);
  const present = new Set(discovered.articles);
  const manifest = { ...stated, entries: withUrls(stated.entries, new Map([...urls].filter(([page]) => present.has(page)))) };
  const ids = assignArticleIds(discovered.articles);
  const synonyms: SynonymRules = (await loadSynonyms(corpusDir)) ?? { groups: [], oneWay: [] };
  // The corpus's own outlets extend the shipped list for every article of this run (build-pool.ts sends them to workers).
  useCorpusOutlets(await loadCorpusOutlets(corpusDir));
  const synonymsHash = createHash('sha256').update(JSON.stringify(synonyms)).digest('hex');
  // An index this version cannot read (another schema version, a damaged file) is rebuilt whole,
  // as start-up does (server/prepare-index.ts): its articles cannot be compared, only replaced.
  const found = await engine.listArticles().then(
    (list) => ({ list, problem: null as string | null }),
    (error: unknown) => {
      if (!(error instanceof IndexCorruptError)) throw error;
      return { list: [] as ArticleSummary[], problem: error.message };
    },
  );
  const existing = new Map<string, ArticleSummary>(found.list.map((a) => [a.id, a]));
  return { corpusDir, discovered, manifest, ids, synonyms, synonymsHash, existing, unreadable: found.problem, maxBytes };
}

/** What the furniture pre-pass reads: the corpus folder, its articles, the size limit. */
export type FurnitureSources = Pick<CorpusPlan, 'corpusDir' | 'maxBytes'> & { discovered: Pick<Discovered, 'articles'> };

/** Where a corpus path is on disk. */
function fileOf(plan: Pick<CorpusPlan, 'corpusDir'>, source: string): string {
  return path.join(plan.corpusDir, ...source.split('/'));
}

/** How to read one corpus file. */
export function jobFor(plan: CorpusPlan, source: string): FileJob {
  return {
    source,
    file: fileOf(plan, source),
    manifestEntry: plan.manifest.entries.get(source),
    folderEntry: folderEntryFor(plan.manifest.folders, source),
    id: plan.ids.get(source)!,
    maxBytes: plan.maxBytes,
  };
}

/** Files the manifest names that are not in the corpus folder, as warnings. */
export function manifestWarnings(plan: CorpusPlan): string[] {
  const present = new Set([...plan.discovered.articles, ...plan.discovered.skipped.map((s) => s.source)]);
  return [...plan.manifest.entries.keys()]
    .filter((source) => !present.has(source))
    .map((source) => `manifest names "${source}", which is not in the corpus folder`);
}

/**
 * The pre-pass: every document's text into the learner, one file at a time. Files that cannot
 * be read or decoded are passed over silently here; the build reports them. Read synchronously
 * (read-file.ts says why); the event loop is let go every few files, so a server that indexes in
 * its own process still answers meanwhile. Takes only what it reads, so the ingestion eval
 * (`eval-ingest --corpus`) learns a labelled set's furniture through this same code.
 */
export async function learnFurniture(plan: FurnitureSources): Promise<Set<string>> {
  return (await learnCorpus(plan)).furniture;
}

/** What the pre-pass learns: the furniture, and the outlet each folder's pages agree on (infer/outlet-folder.ts). */
export interface CorpusLearned {
  furniture: Set<string>;
  folderOutlets: Map<string, FolderOutlet>;
}

/** The pre-pass (see `learnFurniture`), with the folders' outlets its samples teach too. */
export async function learnCorpus(plan: FurnitureSources): Promise<CorpusLearned> {
  const learner = new FurnitureLearner();
  let sinceYield = 0;
  for (const source of plan.discovered.articles) {
    const read = readBytesSync(fileOf(plan, source), plan.maxBytes);
    if (!read.ok) continue;
    const folder = path.posix.dirname(source);
    for (const text of documentTexts({ bytes: read.bytes, source, maxBytes: plan.maxBytes })) learner.add(text, folder);
    sinceYield += read.bytes.length;
    if (sinceYield >= YIELD_EVERY_BYTES) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { furniture: learner.furniture(), folderOutlets: learner.folderOutlets() };
}

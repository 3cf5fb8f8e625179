/**
 * `npm run index`: bring the search index up to date with the corpus folder.
 *
 *   npm run index -- [--corpus <dir>] [--data <dir>] [--full] [--watch] [--report] [--json] [--workers <n>] [--help]
 *
 * Environment: CORPUS_DIR (default "corpus"), DATA_DIR (default "data"), and the engine's own
 * variables (MEILI_URL… see engine/contract/open-engine.ts). Flags override the environment.
 *
 * Exit status:
 *   0  indexed (even if some files or records were skipped; they are named in the summary)
 *   1  fatal: corpus folder missing, malformed manifest or synonym list, or the engine failed
 *   2  bad usage (unknown flag, missing value)
 * With --watch the process runs until interrupted (exit 0); a failed run is reported and watching
 * goes on.
 *
 * By default only new, changed and removed articles are touched (content hashes against the
 * index); the first run and `--full` rebuild atomically, so a failed rebuild leaves the previous
 * index in place.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type EngineConfig, engineConfigFromEnv, openEngine } from '../engine/contract/open-engine.ts';
import type { SearchEngine } from '../engine/contract/types.ts';
import { sqliteDir } from '../engine/sqlite/generation-files.ts';
import { prepareLive } from '../engine/sqlite/prepare.ts';
import { readCliArgs } from './cli-args.ts';
import { preparedLine } from './prepare.ts';
import { progressReporter } from './progress.ts';
import { CorpusNotFoundError, ManifestError, OutletListError, SynonymsError, indexCorpus, type IndexReport } from './run.ts';
import { watchCorpus } from './watch.ts';

const USAGE = `Usage: npm run index -- [options]

Brings the search index up to date with the articles in the corpus folder: only new, changed
and removed articles are touched, unless the index is empty or --full is given.

Options:
  --corpus <dir>  corpus folder (default: $CORPUS_DIR or "corpus")
  --data <dir>    data folder for the embedded index (default: $DATA_DIR or "data")
  --full          rebuild the whole index (atomically) instead of updating it
  --watch         keep running and re-index whenever the corpus changes
  --report        print a table of every article and write <data>/index-report.json
  --json          print the full report as JSON on stdout instead of the summary
  --workers <n>   clean files in n worker threads during a full build (default auto: 1 on a
                  machine with a second core for a corpus of 32 MB or more, else 0; 0 keeps all
                  in one thread; up to ~200 MB more memory per worker)
  --no-prepare    after a full rebuild, do not prepare the answers of common words and short
                  prefixes (embedded index; see npm run prepare-answers)
  --no-learn-furniture
                  do not learn the site furniture of the whole corpus; by default short lines
                  found in 5 or more different articles (or in half of a folder's and at least
                  3) are left out as 'boilerplate' (a full rebuild learns them as it reads and
                  rebuilds the articles holding them; an update learns them first, one more
                  read of every file), and a name most of a folder's pages write where a site
                  writes its own is the outlet of its pages naming none. --learn-furniture, the
                  default, is still accepted
  -h, --help      show this help

Exit status: 0 indexed (skipped files are listed), 1 fatal error, 2 bad usage.`;

const OPTIONS = {
  corpus: { type: 'string' },
  data: { type: 'string' },
  report: { type: 'boolean', default: false },
  full: { type: 'boolean', default: false },
  watch: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  workers: { type: 'string', default: 'auto' },
  'learn-furniture': { type: 'boolean', default: false },
  'no-learn-furniture': { type: 'boolean', default: false },
  'no-prepare': { type: 'boolean', default: false },
} as const;

type Args = Exclude<ReturnType<typeof readCliArgs<typeof OPTIONS>>, number>;

/** What one run of the command works with, settled from the flags and the environment. */
interface Run {
  args: Args;
  /** Cleaning worker threads; undefined for the indexer's own choice. */
  workers: number | undefined;
  corpusDir: string;
  config: EngineConfig;
}

async function main(argv: string[]): Promise<number> {
  const run = settle(argv);
  if (typeof run === 'number') return run;
  let engine: SearchEngine | undefined;
  try {
    engine = await openEngine(run.config);
    const opened = engine;
    await indexOnce(run, opened, run.args.full ? 'full' : 'auto');
    if (run.args.watch) await watchUntilStopped(run.corpusDir, () => indexOnce(run, opened, 'auto'));
    return 0;
  } catch (error) {
    if (
      error instanceof CorpusNotFoundError ||
      error instanceof ManifestError ||
      error instanceof SynonymsError ||
      error instanceof OutletListError
    )
      console.error(`Error: ${error.message}`);
    else console.error('Indexing failed:', error);
    return 1;
  } finally {
    await engine?.close().catch(() => undefined);
  }
}

/** The run the flags ask for, or the exit status of bad usage (or of --help). */
function settle(argv: string[]): Run | number {
  const args = readCliArgs(argv, OPTIONS, USAGE);
  if (typeof args === 'number') return args;
  // undefined: the indexer decides (auto-workers.ts).
  const workers = args.workers === 'auto' ? undefined : Number(args.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 16)) {
    console.error(`--workers must be "auto" or a whole number from 0 to 16, not "${args.workers}"\n\n${USAGE}`);
    return 2;
  }
  const corpusDir = args.corpus ?? (process.env.CORPUS_DIR?.trim() || 'corpus');
  const config = engineConfigFromEnv(process.env, 'indexer');
  if (args.data !== undefined) config.dataDir = args.data;
  return { args, workers, corpusDir, config };
}

async function indexOnce({ args, workers, corpusDir, config }: Run, engine: SearchEngine, mode: 'auto' | 'full'): Promise<void> {
  // On stderr, so stdout holds only the summary (or the JSON): a bar on a terminal, else a line every few seconds.
  const progress = !args.json && !args.watch ? progressReporter(process.stderr) : null;
  const report = await indexCorpus({
    corpusDir,
    engine,
    mode,
    stateFile: path.join(config.dataDir, 'indexer-state.json'),
    // The summary needs only totals; per-article rows cost memory on a big corpus.
    perArticle: args.json || args.report,
    workers,
    learnFurniture: !args['no-learn-furniture'],
    onProgress: progress?.onProgress,
  }).finally(() => progress?.stop());
  await output(report, args, config.dataDir);
  // The embedded engine's prepared answers are worked out for one generation: a full rebuild
  // makes a new one (an incremental update leaves the old answers unused, never wrong).
  if (report.mode === 'full' && config.meiliUrl === undefined && !args['no-prepare']) {
    const prepared = prepareLive(sqliteDir(config.dataDir));
    if (prepared !== null && !args.json) console.log(preparedLine(prepared));
  }
}

/** The summary (or the JSON) on stdout, and with --report the article table and the report file. */
async function output(report: IndexReport, args: Args, dataDir: string): Promise<void> {
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else console.log(summary(report));
  if (!args.report) return;
  if (!args.json) console.log(`\n${articleTable(report)}`);
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, 'index-report.json');
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  if (!args.json) console.log(`\nFull report: ${file}`);
}

/** Re-indexes on every change until SIGINT or SIGTERM; a failed run is reported and watching goes on. */
async function watchUntilStopped(corpusDir: string, run: () => Promise<void>): Promise<void> {
  console.error(`Watching ${corpusDir} for changes (Ctrl-C to stop) …`);
  const watcher = watchCorpus({
    corpusDir,
    run,
    onError: (error) => console.error(`Re-indexing failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await watcher.close();
}

export function summary(report: IndexReport): string {
  const { added, changed, removed, unchanged } = report.changes;
  const lines = [
    // Subheadings are counted only in articles built by this run, so they are shown only when that is all of them.
    `Indexed ${report.articles} article(s), ${report.paragraphs} paragraph(s)${unchanged === 0 ? ` (${report.headings} subheading(s))` : ''} from ${report.corpusDir} in ${(report.tookMs / 1000).toFixed(1)} s.`,
    `${report.mode === 'full' ? 'Full rebuild' : 'Incremental update'}: ${added.length} added, ${changed.length} changed, ${removed.length} removed, ${unchanged} unchanged.`,
    `Manifest: ${report.manifest ?? 'none'}`,
    `Synonyms: ${report.synonyms.groups} group(s), ${report.synonyms.oneWay} one-way rule(s) (${report.synonyms.action})`,
  ];
  const list = (label: string, ids: string[]) => {
    if (ids.length > 0 && ids.length <= 20) lines.push(`${label}: ${ids.join(', ')}`);
  };
  list('Added', added);
  list('Changed', changed);
  list('Removed', removed);
  const dropped = Object.entries(report.droppedLines).sort((a, b) => b[1] - a[1]);
  const totalDropped = dropped.reduce((n, [, count]) => n + count, 0);
  const covered = (n: number) => `${n}/${report.articles} (${report.articles ? Math.round((100 * n) / report.articles) : 0} %)`;
  const { outlet, year, language, address } = report.facetCoverage;
  if (report.furniture.lines > 0)
    lines.push(`Furniture learned: ${report.furniture.lines} line(s) in ${(report.furniture.tookMs / 1000).toFixed(1)} s`);
  if (report.furniture.visitDates.length > 0)
    lines.push(`Dates of the visit (in the head of several sites' pages; no page's date): ${report.furniture.visitDates.join(', ')}`);
  const folders = Object.entries(report.furniture.folderOutlets);
  // A few folders by name, then a count: a corpus of hundreds of site folders would fill the screen.
  if (folders.length > 0)
    lines.push(
      `Outlets learned from folders: ${folders
        .slice(0, 5)
        .map(([folder, outlet]) => `${folder}/ → ${outlet}`)
        .join(', ')}${folders.length > 5 ? ` and ${folders.length - 5} more` : ''} (for their pages naming none)`,
    );
  lines.push(`Facets known: outlet ${covered(outlet)}, year ${covered(year)}, language ${covered(language)}`);
  // Titles and outlets are read from a page's address too (measured: held-out outlets 4/20 → 17/20 with them), so say when they are missing.
  lines.push(
    `Page addresses known: ${covered(address)}${report.articles > 0 && address === 0 ? ' (a urls.tsv beside the pages, file name tab URL, lets titles and outlets be read from them)' : ''}`,
  );
  lines.push(
    `Lines not indexed: ${totalDropped}${dropped.length ? ` (${dropped.map(([reason, n]) => `${reason} ${n}`).join(', ')})` : ''}`,
  );
  lines.push(...copyLines(report.copies));
  if (report.skipped.length > 0) {
    lines.push(`Skipped ${report.skipped.length} file(s):`);
    for (const s of report.skipped) lines.push(`  ${s.source}${s.record ? ` ${s.record}` : ''}: ${s.reason}`);
  }
  if (report.warnings.length > 0) {
    lines.push(`Warnings (${report.warnings.length}):`);
    for (const w of report.warnings) lines.push(`  ${w}`);
  }
  return lines.join('\n');
}

export function articleTable(report: IndexReport): string {
  const header = ['source', 'id', 'status', 'year', 'outlet', 'lang', 'paras', 'title', 'year from', 'outlet from'];
  const rows = report.perArticle.map((a) => [
    a.source,
    a.id,
    a.status,
    a.year === null ? '?' : String(a.year),
    a.outlet,
    a.language,
    String(a.paragraphs),
    a.title.length > 50 ? `${a.title.slice(0, 49)}…` : a.title,
    a.provenance.year ?? '',
    a.provenance.outlet ?? '',
  ]);
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  return [fmt(header), ...rows.map(fmt)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('indexer/cli.ts')) {
  process.exitCode = await main(process.argv.slice(2));
}

/** The copies part of the summary: groups, the largest, and the articles that are near-complete copies. */
function copyLines(copies: IndexReport['copies']): string[] {
  if (copies.groups === 0) return ['Copies: none (no paragraph appears twice, up to small edits)'];
  const lines = [
    `Copies: ${copies.groups} copy group(s) of 2+ paragraphs (${copies.paragraphs} paragraphs); largest: ${copies.largest!.group} in ${copies.largest!.paragraphs} places`,
  ];
  if (copies.copiedArticles === null) return lines;
  lines.push(`Articles that mostly copy an earlier one: ${copies.copiedArticles}; near-complete copies (${copies.nearComplete.length}):`);
  const shown = copies.nearComplete.slice(0, 50);
  for (const a of shown) lines.push(`  ${a.id} copies ${a.copyOf} (${a.shared} of ${a.paragraphs} paragraphs)`);
  if (copies.nearComplete.length > shown.length) lines.push(`  … and ${copies.nearComplete.length - shown.length} more (--json lists all)`);
  return lines;
}

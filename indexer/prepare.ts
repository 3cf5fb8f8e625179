/**
 * `npm run prepare-answers -- [--data <dir>]`: work out the prepared answers of the live SQLite
 * generation (engine/sqlite/prepare.ts), as `npm run index` does after a full rebuild. For a
 * generation built with `--no-prepare`, or written to since (its answers are then not used).
 * Exit status: 0 done (or nothing to prepare), 1 failed, 2 bad usage.
 */
import path from 'node:path';
import { readCliArgs } from './cli-args.ts';
import { sqliteDir } from '../engine/sqlite/generation-files.ts';
import { prepareLive, type PrepareReport } from '../engine/sqlite/prepare.ts';

const USAGE = `Usage: npm run prepare-answers -- [--data <dir>]

  --data <dir>   data folder of the embedded index (default: $DATA_DIR or "data")
  -h, --help     show this help`;

/** The line the indexer and this command print (bench.ts reads it). */
export function preparedLine(report: PrepareReport): string {
  return `Prepared ${report.answers} answer(s) of ${report.candidates} common word(s) and prefix(es) in ${report.seconds.toFixed(1)} s (${(report.bytes / 2 ** 20).toFixed(1)} MB).`;
}

function main(argv: string[]): number {
  const args = readCliArgs(argv, { data: { type: 'string' } }, USAGE);
  if (typeof args === 'number') return args;
  const dataDir = args.data ?? (process.env.DATA_DIR?.trim() || 'data');
  try {
    const report = prepareLive(sqliteDir(path.resolve(dataDir)));
    console.log(report === null ? 'No index to prepare answers for.' : preparedLine(report));
    return 0;
  } catch (error) {
    console.error(`Preparing answers failed: ${(error as Error).message}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('indexer/prepare.ts'))
  process.exitCode = main(process.argv.slice(2));

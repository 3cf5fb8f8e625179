/**
 * Collapsed answers compared between two data directories holding the same index, e.g. one with
 * collapsed prepared answers and one without (issue 24): every query of the bench mix
 * (bench/scale/queries.ts), collapsed, pages 1 and 2, each asked twice (the second answer comes
 * from what the first remembered), must give the same result apart from its timing.
 *
 *   npx tsx bench/copies-check.ts <data dir A> <data dir B>
 */
import { isDeepStrictEqual } from 'node:util';
import { openSqliteEngine } from '../engine/sqlite/index.ts';
import type { SearchRequest, SearchResult } from '../engine/contract/types.ts';
import { QUERY_KINDS } from './scale/queries.ts';

const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: copies-check.ts <data dir A> <data dir B>');
const [a, b] = [await openSqliteEngine({ dataDir: dirA }), await openSqliteEngine({ dataDir: dirB })];
const comparable = ({ tookMs: _took, ...rest }: SearchResult) => rest;
let compared = 0;
const differing: string[] = [];
for (const kind of QUERY_KINDS) {
  for (const query of kind.queries) {
    for (const page of [query.page ?? 1, (query.page ?? 1) + 1]) {
      const request: SearchRequest = {
        q: query.q,
        page,
        groupByArticle: query.group === true,
        dedupe: true,
        filters: {
          ...(query.year === undefined ? {} : { year: [query.year] }),
          ...(query.outlet === undefined ? {} : { outlet: [query.outlet] }),
        },
      };
      for (let round = 0; round < 2; round++) {
        compared++;
        const [x, y] = [comparable(await a.search(request)), comparable(await b.search(request))];
        if (!isDeepStrictEqual(x, y)) differing.push(`${kind.kind} ${JSON.stringify(query.q)} page ${page} round ${round}`);
      }
    }
  }
}
console.log(`${compared} collapsed answers compared, ${differing.length} differ`);
for (const d of differing) console.log(`  ${d}`);
await Promise.all([a.close(), b.close()]);
process.exitCode = differing.length === 0 ? 0 : 1;

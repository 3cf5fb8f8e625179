/**
 * The fixed query mix. Each kind is a pool of different queries of that shape, cycled in order,
 * so a run measures the kind rather than one lucky query (and so a result cache, if one ever sits
 * in front of the engine, cannot turn the run into cache hits: the pools are walked in a fixed
 * order and every kind's pool is measured the same way). Words come from the BBC News corpus.
 */
import { FIRST_YEAR, LAST_YEAR, OUTLETS } from './corpus.ts';

export interface BenchQuery {
  q: string;
  year?: number;
  outlet?: string;
  page?: number;
  group?: boolean;
}

export interface QueryKind {
  kind: string;
  /** What the kind exercises, for the table's legend. */
  about: string;
  queries: BenchQuery[];
}

const COMMON = [
  'said',
  'government',
  'people',
  'year',
  'new',
  'time',
  'market',
  'minister',
  'film',
  'game',
  'company',
  'world',
  'club',
  'music',
  'party',
  'election',
  'sales',
  'players',
  'first',
  'last',
];
const RARE = [
  'boynton',
  'eurovision',
  'barclays',
  'tsunami',
  'ipod',
  'oscar',
  'yukos',
  'ebbers',
  'kilroy',
  'glazer',
  'wenger',
  'sainsbury',
  'hollinger',
  'mugabe',
  'aviator',
];
const PAIRS = [
  'prime minister',
  'interest rates',
  'world cup',
  'chief executive',
  'general election',
  'mobile phone',
  'oil prices',
  'video games',
  'tony blair',
  'stock market',
  'record label',
  'human rights',
];
const PREFIXES = ['gov', 'elec', 'minis', 'tech', 'econ', 'compan', 'foot', 'tele', 'inve', 'parl', 'mu', 'st'];
const TYPOS = [
  'goverment',
  'electoin',
  'minster',
  'compnay',
  'footbal',
  'econmy',
  'parliment',
  'invesment',
  'televison',
  'chanceller',
  'befor',
  'arsenall',
];
const SYNONYMS = ['Peking', 'Burma', 'Qaida', 'Kiev', 'truce', 'Bombay', 'Gadhafi', 'Mohammed', 'Beijing', 'Myanmar'];
const BROAD = ['the', 'to', 'of', 'and', 'in', 'a'];

const yearOf = (i: number) => FIRST_YEAR + ((i * 7) % (LAST_YEAR - FIRST_YEAR + 1));

export const QUERY_KINDS: QueryKind[] = [
  { kind: 'common word', about: 'one frequent word', queries: COMMON.map((q) => ({ q })) },
  { kind: 'rare word', about: 'one infrequent word', queries: RARE.map((q) => ({ q })) },
  { kind: 'two words', about: 'two words, both required first', queries: PAIRS.map((q) => ({ q })) },
  { kind: 'phrase', about: 'quoted phrase', queries: PAIRS.map((q) => ({ q: `"${q}"` })) },
  { kind: 'prefix', about: 'a word being typed', queries: PREFIXES.map((q) => ({ q })) },
  { kind: 'typo', about: 'misspelt word', queries: TYPOS.map((q) => ({ q })) },
  { kind: 'synonym', about: 'word with synonyms', queries: SYNONYMS.map((q) => ({ q })) },
  {
    kind: 'year+outlet',
    about: 'common word, one year, one outlet',
    queries: COMMON.map((q, i) => ({ q, year: yearOf(i), outlet: OUTLETS[(i * 3) % OUTLETS.length]! })),
  },
  { kind: 'broad', about: 'very common word, all facets', queries: BROAD.map((q) => ({ q })) },
  { kind: 'page 5', about: 'common word, hits 81-100', queries: COMMON.map((q) => ({ q, page: 5 })) },
  { kind: 'by article', about: 'common word, one hit per article', queries: COMMON.map((q) => ({ q, group: true })) },
];

/** The JSON API URL of a query (the page's twin: same engine call, same data). */
export function apiPath(query: BenchQuery): string {
  const params = new URLSearchParams({ q: query.q });
  if (query.year !== undefined) params.append('year', String(query.year));
  if (query.outlet !== undefined) params.append('outlet', query.outlet);
  if (query.page !== undefined) params.append('page', String(query.page));
  if (query.group) params.append('group', 'article');
  return `/api/search?${params}`;
}

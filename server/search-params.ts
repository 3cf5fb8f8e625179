/**
 * The search state as it travels in URLs: parsing and validating the query string at the edge, and
 * building canonical URLs back from it. Every page state is a URL, so this is the one place that
 * knows the parameter names, their limits and their defaults.
 */
import { z } from 'zod';
import { UNKNOWN_YEAR, type SearchRequest, type SortOrder } from '../engine/contract/types.ts';

/** Documented limits (docs/http-api.md, "Query parameters"). */
export const LIMITS = {
  queryLength: 1000,
  maxPage: 500,
  maxPerPage: 100,
  defaultPerPage: 20,
  facetValues: 50,
  facetValueLength: 200,
} as const;

export const SORTS = ['relevance', 'newest', 'oldest'] as const satisfies readonly SortOrder[];

export type YearValue = number | typeof UNKNOWN_YEAR;

export interface SearchParams {
  q: string;
  year: YearValue[];
  outlet: string[];
  /** Language tags ("en", "fr", "und"). */
  language: string[];
  /** 1-based. */
  page: number;
  perPage: number;
  sort: SortOrder;
  /** `group=article`: one hit per article. */
  groupByArticle: boolean;
  /** Collapse copies, one hit per copy group (engine `SearchRequest.dedupe`): `dedupe=1|0`, else `dedupeDefault`. */
  dedupe: boolean;
  /**
   * What `dedupe` is when the URL does not say: on once the corpus has copies (copies-default.ts).
   * URLs carry `dedupe` only when it differs, so they stay short and show what was chosen.
   */
  dedupeDefault: boolean;
}

export const DEFAULT_PARAMS: SearchParams = {
  q: '',
  year: [],
  outlet: [],
  language: [],
  page: 1,
  perPage: LIMITS.defaultPerPage,
  sort: 'relevance',
  groupByArticle: false,
  dedupe: false,
  dedupeDefault: false,
};

const single = (name: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, ctx) => {
      if (Array.isArray(value)) {
        // Repeated scalars are a broken link more often than an intent; say so rather than guess.
        if (new Set(value).size > 1) {
          ctx.addIssue({ code: 'custom', message: `"${name}" was given ${value.length} different values; give it once.` });
          return z.NEVER;
        }
        return value[0];
      }
      return value;
    });

const many = (name: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(
      z
        .array(z.string().max(LIMITS.facetValueLength, `a "${name}" value is longer than ${LIMITS.facetValueLength} characters`))
        .max(LIMITS.facetValues, `at most ${LIMITS.facetValues} "${name}" values can be selected at once`),
    )
    // Empty values come from empty form fields; they select nothing.
    .transform((values) => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))]);

const intParam = (name: string, min: number, max: number, fallback: number) =>
  single(name).pipe(
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value.trim() === '') return fallback;
        if (!/^\s*\d{1,6}\s*$/.test(value)) {
          ctx.addIssue({ code: 'custom', message: `"${name}" must be a whole number from ${min} to ${max}, not "${clip(value)}".` });
          return z.NEVER;
        }
        const n = Number(value);
        if (n < min || n > max) {
          ctx.addIssue({ code: 'custom', message: `"${name}" must be from ${min} to ${max}, not ${n}.` });
          return z.NEVER;
        }
        return n;
      }),
  );

const schema = z.object({
  q: single('q').pipe(
    z
      .string()
      .max(LIMITS.queryLength, `The query is longer than ${LIMITS.queryLength} characters; shorten it.`)
      .optional()
      .transform((q) => (q ?? '').trim()),
  ),
  year: many('year').transform((values, ctx) =>
    values.map((value) => {
      if (value.toLowerCase() === UNKNOWN_YEAR) return UNKNOWN_YEAR;
      if (!/^\d{4}$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: `"year" must be a four-digit year or "${UNKNOWN_YEAR}", not "${clip(value)}".` });
        return z.NEVER;
      }
      return Number(value);
    }),
  ),
  outlet: many('outlet'),
  language: many('language').transform((values, ctx) =>
    values.map((value) => {
      // BCP 47-shaped: a primary tag and optional subtags ("en", "pt-BR", "und").
      if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: `"language" must be a language tag such as "en" or "fr", not "${clip(value)}".` });
        return z.NEVER;
      }
      return value;
    }),
  ),
  page: intParam('page', 1, LIMITS.maxPage, 1),
  perPage: intParam('perPage', 1, LIMITS.maxPerPage, LIMITS.defaultPerPage),
  sort: single('sort').pipe(
    z
      .string()
      .optional()
      .transform((value, ctx): SortOrder => {
        if (value === undefined || value === '') return 'relevance';
        if ((SORTS as readonly string[]).includes(value)) return value as SortOrder;
        ctx.addIssue({ code: 'custom', message: `"sort" must be one of ${SORTS.join(', ')}, not "${clip(value)}".` });
        return z.NEVER;
      }),
  ),
  // The page's form sends a hidden `dedupe=0` and, when ticked, the checkbox's `dedupe=1` after
  // it (an unticked box sends nothing, which would mean "the default"): the last value wins.
  dedupe: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value.at(-1) : value))
    .pipe(
      z
        .string()
        .optional()
        .transform((value, ctx): boolean | undefined => {
          if (value === undefined || value === '') return undefined;
          if (value === '0') return false;
          if (value === '1' || value === 'on') return true;
          ctx.addIssue({ code: 'custom', message: `"dedupe" must be 1 (collapse copies) or 0, not "${clip(value)}".` });
          return z.NEVER;
        }),
    ),
  group: single('group').pipe(
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value === '' || value === 'paragraph') return false;
        if (value === 'article') return true;
        ctx.addIssue({ code: 'custom', message: `"group" must be "article" or absent, not "${clip(value)}".` });
        return z.NEVER;
      }),
  ),
});

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export type ParseOutcome =
  | { ok: true; params: SearchParams }
  /** `params` keeps what was valid, so the error page can show the form as the user left it. */
  | { ok: false; errors: string[]; params: SearchParams };

/**
 * Our parameters written as an array or an object (`q[]=truce`, `q[x]=truce`). Express's query
 * parser keeps such keys as they are (`"q[]"`), so without this check the parameter would simply be
 * missing and `q[]=truce` would search for everything.
 */
function bracketedParameters(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(input)) {
    const name = /^([^[\]]+)\[[^\]]*\]/.exec(key)?.[1];
    if (name !== undefined && Object.hasOwn(schema.shape, name)) {
      errors.push(`"${name}" was given as "${clip(key)}=…", an array or object; give it as plain text: ${name}=…`);
    }
  }
  return errors;
}

/** What the server decides rather than the URL: whether copies collapse when `dedupe` is absent. */
export interface ParamDefaults {
  dedupe: boolean;
}

/** Validate a parsed query string (Express `req.query`). Never throws. */
export function parseSearchParams(query: unknown, defaults: ParamDefaults = { dedupe: false }): ParseOutcome {
  const input = typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};
  const result = schema.safeParse(input);
  const shapeErrors = bracketedParameters(input);
  const base = { dedupeDefault: defaults.dedupe };
  if (result.success && shapeErrors.length === 0) {
    const { group, dedupe, ...rest } = result.data;
    return { ok: true, params: { ...rest, groupByArticle: group, dedupe: dedupe ?? defaults.dedupe, ...base } };
  }
  const errors = [...new Set([...shapeErrors, ...(result.success ? [] : result.error.issues.map((issue) => issueMessage(issue)))])];
  // Keep every field that parses on its own, so the re-rendered form loses nothing.
  const params = { ...DEFAULT_PARAMS, dedupe: defaults.dedupe, ...base };
  for (const key of Object.keys(schema.shape) as Array<keyof typeof schema.shape>) {
    const field = schema.shape[key].safeParse(input[key]);
    if (!field.success || field.data === undefined) continue;
    if (key === 'group') params.groupByArticle = field.data as boolean;
    else (params as Record<string, unknown>)[key] = field.data;
  }
  if (typeof input.q === 'string') params.q = input.q.slice(0, LIMITS.queryLength);
  return { ok: false, errors, params };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    const name = String(issue.path[0] ?? 'parameter');
    return `"${name}" has a value of the wrong shape; give it as plain text.`;
  }
  return issue.message;
}

export function toSearchRequest(params: SearchParams): SearchRequest {
  return {
    q: params.q,
    filters: { year: params.year, outlet: params.outlet, language: params.language },
    page: params.page,
    perPage: params.perPage,
    sort: params.sort,
    groupByArticle: params.groupByArticle,
    // Meilisearch has one distinct attribute per query, so it cannot collapse copies and group by
    // article at once: both engines group by article alone (the API then says `collapsed: false`).
    dedupe: params.dedupe && !params.groupByArticle,
  };
}

/** Query-string pairs for a state, omitting defaults so shared URLs stay short and canonical. */
export function searchQueryPairs(params: SearchParams): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (params.q) pairs.push(['q', params.q]);
  for (const y of params.year) pairs.push(['year', String(y)]);
  for (const o of params.outlet) pairs.push(['outlet', o]);
  for (const l of params.language) pairs.push(['language', l]);
  if (params.sort !== DEFAULT_PARAMS.sort) pairs.push(['sort', params.sort]);
  if (params.groupByArticle) pairs.push(['group', 'article']);
  if (params.dedupe !== params.dedupeDefault) pairs.push(['dedupe', params.dedupe ? '1' : '0']);
  if (params.perPage !== DEFAULT_PARAMS.perPage) pairs.push(['perPage', String(params.perPage)]);
  if (params.page !== 1) pairs.push(['page', String(params.page)]);
  return pairs;
}

/** The search state as a query string (`q=truce&year=2024`), '' for the defaults. */
export function searchQueryString(params: SearchParams): string {
  return new URLSearchParams(searchQueryPairs(params)).toString();
}

export function searchUrl(params: SearchParams, path = '/'): string {
  const qs = searchQueryString(params);
  return qs ? `${path}?${qs}` : path;
}

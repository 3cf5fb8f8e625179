import { UNKNOWN_YEAR, type SearchFilters } from '../contract/types.ts';

/**
 * Meilisearch filter expressions built from user values. A value is always a double-quoted string
 * literal with `\` and `"` escaped, so no user text can end the literal and add operators.
 * https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference
 */

/** Field that holds the year as a string ("2012" or "unknown") so a missing year can be filtered. */
export const YEAR_FACET = 'yearFacet';
export const OUTLET_FACET = 'outlet';
export const LANGUAGE_FACET = 'language';

export type FacetField = typeof YEAR_FACET | typeof OUTLET_FACET | typeof LANGUAGE_FACET;
export const FACET_FIELDS = [YEAR_FACET, OUTLET_FACET, LANGUAGE_FACET] as const;

/** `\` first, then `"`: escaping the quote first would double the backslashes it adds. */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function equals(field: string, value: string): string {
  return `${field} = ${quoteFilterValue(value)}`;
}

export function oneOf(field: string, values: readonly string[]): string {
  return `${field} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** Years as facet strings; anything that is not a whole year or `UNKNOWN_YEAR` is dropped. */
export function yearFacetValues(years: SearchFilters['year']): string[] {
  const out = new Set<string>();
  for (const year of years ?? []) {
    if (year === UNKNOWN_YEAR) out.add(UNKNOWN_YEAR);
    else if (typeof year === 'number' && Number.isInteger(year) && year >= 0 && year <= 9999) out.add(String(year));
  }
  return [...out];
}

/** Distinct non-empty strings: outlet names and language tags are matched exactly. */
export function stringValues(values: readonly unknown[] | undefined): string[] {
  return [...new Set((values ?? []).filter((o): o is string => typeof o === 'string' && o.length > 0))];
}

export const outletValues = (outlets: SearchFilters['outlet']): string[] => stringValues(outlets);

/**
 * The filter for a search, optionally ignoring one facet's own selection (disjunctive facets: the
 * year counts ignore the year filter but respect the outlet filter, and vice versa).
 * Returns undefined when nothing filters.
 */
export function buildFilter(
  filters: SearchFilters | undefined,
  options: { ignore?: FacetField; extra?: string[] } = {},
): string | undefined {
  const clauses: string[] = [];
  const years = yearFacetValues(filters?.year);
  const outlets = outletValues(filters?.outlet);
  const languages = stringValues(filters?.language);
  if (years.length > 0 && options.ignore !== YEAR_FACET) clauses.push(oneOf(YEAR_FACET, years));
  if (outlets.length > 0 && options.ignore !== OUTLET_FACET) clauses.push(oneOf(OUTLET_FACET, outlets));
  if (languages.length > 0 && options.ignore !== LANGUAGE_FACET) clauses.push(oneOf(LANGUAGE_FACET, languages));
  // One copy group's paragraphs (SearchFilters.copyGroup): not a facet, so never ignored.
  if (typeof filters?.copyGroup === 'string' && filters.copyGroup !== '') clauses.push(equals('copyGroup', filters.copyGroup));
  clauses.push(...(options.extra ?? []));
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => `(${c})`).join(' AND ');
}

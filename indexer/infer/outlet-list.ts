/**
 * The list of news outlets the outlet inference reads as data (issue 18: "outlet names may appear
 * only as data a user could extend"): the shipped `lists/news-outlets.tsv`, extended by the
 * corpus's own `outlets.tsv`, whose lines add outlets or replace a shipped line of the same name.
 * Parsing and validation live here; outlet-listed.ts finds the names on a page. A broken user
 * file stops indexing with the file, the line and the problem, as a broken synonym list does: a
 * silently skipped line would change every page naming that outlet.
 */
import { readFileSync } from 'node:fs';
import { CorpusFileError, readCorpusFile } from '../read/yaml-file.ts';

export const OUTLET_FILE_NAMES = ['outlets.tsv'] as const;

export const OUTLET_KINDS = ['newspaper', 'broadcaster', 'agency', 'magazine', 'site'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export interface ListedOutlet {
  /** As the list writes it, "(…)" included: the key a user's line replaces. */
  name: string;
  /** As a reader cites it: the name without a trailing "(…)" that only tells two lines apart. */
  display: string;
  aliases: string[];
  /** Hosts without "www.", lower case. */
  domains: string[];
  country: string;
  language: string;
  kind: OutletKind;
}

export class OutletListError extends CorpusFileError {
  override readonly name = 'OutletListError';
}

const SHIPPED = new URL('./lists/news-outlets.tsv', import.meta.url);
const HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,24}$/u;

/** The lines of a list, or every problem found, each with its line number. */
export function parseOutletList(source: string): { outlets: ListedOutlet[]; problems: { line: number; problem: string }[] } {
  const outlets: ListedOutlet[] = [];
  const problems: { line: number; problem: string }[] = [];
  source
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((text, i) => {
      if (text.trim() === '' || text.startsWith('#')) return;
      const parsed = parseLine(text);
      if (typeof parsed === 'string') problems.push({ line: i + 1, problem: parsed });
      else outlets.push(parsed);
    });
  return { outlets, problems };
}

/** One outlet, or what is wrong with the line. */
function parseLine(text: string): ListedOutlet | string {
  const fields = text.split('\t').map((f) => f.trim());
  if (fields.length !== 6) return `${fields.length} tab-separated fields, expected 6 (name, aliases, domains, country, language, kind)`;
  const [name, aliases, domains, country, language, kind] = fields as [string, string, string, string, string, string];
  if (!/[\p{L}\p{N}]/u.test(name)) return 'the name must contain a letter or a digit';
  if (!OUTLET_KINDS.includes(kind as OutletKind)) return `kind "${kind}" is not one of ${OUTLET_KINDS.join(', ')}`;
  if (country !== '' && !/^[A-Z]{2}$/.test(country)) return `country "${country}" is not a two-letter code (GB, FR)`;
  if (language !== '' && !/^[a-z]{2,3}$/.test(language)) return `language "${language}" is not a two-letter code (en, fr)`;
  const hosts = list(domains).map((d) => d.toLowerCase().replace(/^www\d?\./, ''));
  const badHost = hosts.find((h) => !HOST.test(h));
  if (badHost !== undefined) return `domain "${badHost}" is not a host name (example.com, no scheme or path)`;
  const display = name.replace(/\s*\([^)]*\)$/, '') || name;
  return { name, display, aliases: list(aliases), domains: hosts, country, language, kind: kind as OutletKind };
}

function list(field: string): string[] {
  return field
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** `base` with `extra`'s lines added, an extra line replacing the base line of the same name. */
export function extendOutletList(base: readonly ListedOutlet[], extra: readonly ListedOutlet[]): ListedOutlet[] {
  const replaced = new Set(extra.map((o) => o.name.toLowerCase()));
  return [...base.filter((o) => !replaced.has(o.name.toLowerCase())), ...extra];
}

let shipped: ListedOutlet[] | null = null;

/** The shipped list, read once per process. */
export function shippedOutlets(): ListedOutlet[] {
  if (shipped === null) {
    const { outlets, problems } = parseOutletList(readFileSync(SHIPPED, 'utf8'));
    // The shipped file is tested to parse cleanly (tests/unit/indexer-outlet-list.test.ts).
    if (problems.length > 0) throw new OutletListError(SHIPPED.pathname, problems[0]!.problem, problems[0]!.line);
    shipped = outlets;
  }
  return shipped;
}

/** The corpus's own outlets (`outlets.tsv` at its root), [] when it has none. Rejects with `OutletListError`. */
export async function loadCorpusOutlets(corpusDir: string): Promise<ListedOutlet[]> {
  const found = await readCorpusFile(corpusDir, OUTLET_FILE_NAMES, (file, problem) => new OutletListError(file, problem));
  if (found === null) return [];
  const { outlets, problems } = parseOutletList(found.source);
  if (problems.length > 0) {
    const [first, ...rest] = problems;
    const more = rest.length > 0 ? ` (and ${rest.length} more: lines ${rest.map((p) => p.line).join(', ')})` : '';
    throw new OutletListError(found.file, `${first!.problem}${more}`, first!.line);
  }
  return outlets;
}

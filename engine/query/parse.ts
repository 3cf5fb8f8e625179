/**
 * The user's query, parsed once and backend-neutral, then translated into a safe FTS5 MATCH
 * expression. Semantics follow Meilisearch's: every word must match, the last word also as a prefix,
 * `"quoted phrases"` match exactly, `-word` / `-"phrase"` exclude. Parsing never throws: anything
 * that is not one of those constructs degrades to plain words or to nothing.
 */

/**
 * At most this many terms (positive and excluded together) are kept, and at most this many tokens
 * per term: beyond that the query is truncated. A bound keeps a pasted 5,000-character query from
 * turning into a MATCH expression SQLite spends seconds on; 32 words is far more than anyone types.
 */
export const MAX_QUERY_TERMS = 32;
export const MAX_TERM_TOKENS = 32;

/** One thing the user asked for: a word, or a run of tokens that must appear together in order. */
export interface QueryTerm {
  /** Case-folded, diacritic-free tokens, as the index stores them. Never empty. */
  tokens: string[];
  /** True when the user wrote it in double quotes (an exact phrase, never a prefix). */
  quoted: boolean;
  /** The last token may be the beginning of a longer word (only for the query's last word). */
  prefix: boolean;
  /**
   * Spellings the user declared equivalent with `|` (`Mursi|Morsi`), each a token list, `tokens`
   * first; any one of them satisfies the term and counts as asked. Absent for a single spelling.
   */
  alternatives?: string[][];
}

export interface ParsedQuery {
  /** Terms that must all match. */
  terms: QueryTerm[];
  /** Terms that must not match. */
  excluded: QueryTerm[];
  /** True when terms or tokens beyond the caps were dropped. */
  truncated: boolean;
}

/*
 * Token characters, chosen so that every token we produce is also a token for SQLite's
 * `unicode61 remove_diacritics 2` tokenizer: letters, digits and private-use characters, minus the
 * few code points Unicode reclassified after SQLite's tables were generated (New Tai Lue vowel
 * signs, two Vedic signs, the non-characters U+FFFE/U+FFFF). A token the tokenizer saw as nothing
 * would become an empty phrase, and an empty phrase ANDed in makes a query match nothing. Characters
 * SQLite indexes but we do not (emoji, symbols unassigned in its old tables) are simply not
 * searchable, which is also what Meilisearch does with them. The combining marks listed are the
 * ones SQLite folds away inside a token rather than splitting on: after NFC they only occur
 * where no precomposed letter exists. `tests/unit/query-tokenize.test.ts` checks all of this
 * against a real FTS5 table, code point by code point.
 */
const TOKEN_BASE = String.raw`(?![\u{19B0}-\u{19C0}\u{19C8}\u{19C9}\u{1CF2}\u{1CF3}\u{FFFE}\u{FFFF}])[\p{L}\p{N}\p{Co}]`;
const FOLDED_MARKS = String.raw`[\u0300-\u0304\u0306-\u030C\u030F\u0311\u031B\u0323-\u0328\u032D\u032E\u0330\u0331]`;
const TOKEN = new RegExp(`${TOKEN_BASE}(?:${TOKEN_BASE}|${FOLDED_MARKS})*`, 'gu');
const LATIN_DIACRITICS = /(\p{Script=Latin})[\u0300-\u036F]+/gu;

/** Split text into index tokens: case-folded, Latin diacritics removed, as FTS5 does. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFC').matchAll(TOKEN)) tokens.push(foldToken(match[0]));
  return tokens;
}

function foldToken(token: string): string {
  const lower = token.toLowerCase();
  if (/^[a-z0-9]*$/.test(lower)) return lower;
  // Lower-casing can itself add marks ("İ" → "i̇"); stripping Latin diacritics after NFD then
  // mirrors remove_diacritics 2, which leaves other scripts' accents (Greek tonos) in place.
  return lower.normalize('NFD').replace(LATIN_DIACRITICS, '$1').normalize('NFC');
}

const WHITESPACE = /\s/u;

/** Parse a user's query. Never throws; an empty or meaningless query yields no terms. */
export function parseQuery(q: string): ParsedQuery {
  const input = typeof q === 'string' ? q.normalize('NFC') : '';
  const raw: Array<{ tokens: string[]; quoted: boolean; negative: boolean; alternatives?: string[][] }> = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const ch = input[i]!;
    if (WHITESPACE.test(ch)) {
      i++;
      continue;
    }
    let negative = false;
    if (ch === '-') {
      // A run of dashes before a term negates it; a dash with nothing after it is nothing.
      while (i < n && input[i] === '-') i++;
      if (i >= n || WHITESPACE.test(input[i]!)) continue;
      negative = true;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      if (close === -1) {
        // Unbalanced quote: ignore it and read what follows as plain words.
        i++;
        if (negative) {
          const end = scanBare(input, i);
          raw.push({ tokens: tokenize(input.slice(i, end)), quoted: false, negative });
          i = end;
        }
        continue;
      }
      raw.push({ tokens: tokenize(input.slice(i + 1, close)), quoted: true, negative });
      i = close + 1;
      continue;
    }
    const end = scanBare(input, i);
    raw.push(bareTerm(input.slice(i, end), negative));
    i = end;
  }

  const meaningful = raw.filter((t) => t.tokens.length > 0);
  // The prefix belongs to the last positive term, and only if the user did not quote it.
  const lastPositive = meaningful.findLast((t) => !t.negative);
  // Spellings joined with `|` are whole words the user chose: none of them is a prefix.
  const prefixTerm = lastPositive && !lastPositive.quoted && lastPositive.alternatives === undefined ? lastPositive : undefined;

  let truncated = meaningful.length > MAX_QUERY_TERMS;
  const terms: QueryTerm[] = [];
  const excluded: QueryTerm[] = [];
  for (const t of meaningful.slice(0, MAX_QUERY_TERMS)) {
    if (t.tokens.length > MAX_TERM_TOKENS) truncated = true;
    const term: QueryTerm = {
      tokens: t.tokens.slice(0, MAX_TERM_TOKENS),
      quoted: t.quoted,
      prefix: t === prefixTerm && t.tokens.length <= MAX_TERM_TOKENS,
    };
    if (t.alternatives !== undefined) term.alternatives = t.alternatives.map((a) => a.slice(0, MAX_TERM_TOKENS));
    (t.negative ? excluded : terms).push(term);
  }
  if (capCombinations(terms)) truncated = true;
  return { terms, excluded, truncated };
}

/** At most this many `|` spellings per term: more would only multiply the expression. */
export const MAX_ALTERNATIVES = 8;

/**
 * At most this many ways of choosing one spelling per word (`a|b c|d` is 4). Meilisearch has no
 * OR, so it runs one query per choice (engine/meilisearch/query.ts); the cap holds for both engines
 * so they answer the same query. Past it, the word with the most spellings loses its last one,
 * again until the choices fit: the spellings dropped are those the page then shows unticked.
 */
export const MAX_COMBINATIONS = 16;

/** Applies MAX_COMBINATIONS to the positive terms in place; true when a spelling was dropped. */
function capCombinations(terms: QueryTerm[]): boolean {
  const count = () => terms.reduce((n, t) => n * (t.alternatives?.length ?? 1), 1);
  let capped = false;
  while (count() > MAX_COMBINATIONS) {
    const widest = terms.reduce((a, b) => ((b.alternatives?.length ?? 1) >= (a.alternatives?.length ?? 1) ? b : a));
    widest.alternatives!.pop();
    if (widest.alternatives!.length === 1) delete widest.alternatives;
    capped = true;
  }
  return capped;
}

/**
 * A bare chunk: its tokens, or with `|` (`Mursi|Morsi`) one alternative per spelling that has
 * tokens; a chunk left with one spelling is a plain term.
 */
function bareTerm(chunk: string, negative: boolean): { tokens: string[]; quoted: false; negative: boolean; alternatives?: string[][] } {
  if (!chunk.includes('|')) return { tokens: tokenize(chunk), quoted: false, negative };
  const spellings: string[][] = [];
  for (const part of chunk.split('|')) {
    const tokens = tokenize(part);
    if (tokens.length > 0 && !spellings.some((s) => s.join(' ') === tokens.join(' '))) spellings.push(tokens);
  }
  if (spellings.length <= 1) return { tokens: spellings[0] ?? [], quoted: false, negative };
  const alternatives = spellings.slice(0, MAX_ALTERNATIVES);
  return { tokens: alternatives[0]!, quoted: false, negative, alternatives };
}

/** End of a bare (unquoted) chunk: the next whitespace or double quote. */
function scanBare(input: string, start: number): number {
  let i = start;
  while (i < input.length && input[i] !== '"' && !WHITESPACE.test(input[i]!)) i++;
  return i;
}

/** True when the query asks for nothing in particular: every paragraph matches. */
export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return parsed.terms.length === 0 && parsed.excluded.length === 0;
}

/**
 * What to ask FTS5 for. FTS5's NOT is binary (`a NOT b`), so a query of exclusions alone cannot be
 * one MATCH expression: it is "all paragraphs except those matching `exclude`".
 */
export type Fts5Query = { kind: 'all' } | { kind: 'all-except'; exclude: string } | { kind: 'match'; match: string };

/**
 * The seam for typo tolerance and synonyms: each positive term may be replaced by alternatives,
 * any one of which satisfies it (an OR-group). The identity expander keeps the term as it is.
 */
export type TermExpander = (term: QueryTerm) => QueryTerm[];

const identity: TermExpander = (term) => [term];

/**
 * Build a safe FTS5 MATCH expression: every token is inside a double-quoted string (so no user
 * text is ever read as FTS5 syntax), terms are ANDed, exclusions go after NOT.
 */
export function toFts5(parsed: ParsedQuery, expand: TermExpander = identity): Fts5Query {
  const positive = parsed.terms.map((term) => {
    const alternatives = expand(term).filter((t) => t.tokens.length > 0);
    const strings = (alternatives.length > 0 ? alternatives : [term]).map(fts5String);
    return strings.length === 1 ? strings[0]! : `(${strings.join(' OR ')})`;
  });
  const negative = parsed.excluded.map(fts5String);
  const exclude = negative.length > 0 ? negative.join(' OR ') : null;

  if (positive.length === 0) return exclude === null ? { kind: 'all' } : { kind: 'all-except', exclude };
  const must = positive.join(' AND ');
  return { kind: 'match', match: exclude === null ? must : `(${must}) NOT (${exclude})` };
}

/** One term as an FTS5 string: `"a b"`, with `*` after it when its last token is a prefix; `|` spellings ORed. */
function fts5String(term: QueryTerm): string {
  if (term.alternatives !== undefined) return `(${term.alternatives.map((a) => fts5Phrase(a)).join(' OR ')})`;
  return fts5Phrase(term.tokens, term.prefix && !term.quoted);
}

/**
 * Tokens as one FTS5 phrase string, quoted so that nothing in them is read as FTS5 syntax
 * (`"` doubled), with `*` when the last token is a prefix.
 */
export function fts5Phrase(tokens: readonly string[], prefix = false): string {
  return `"${tokens.join(' ').replaceAll('"', '""')}"${prefix ? '*' : ''}`;
}

/**
 * Scraper exports: `.json` (one record, an array of records, or `{ "articles": [...] }`) and
 * `.jsonl` / `.ndjson` (one record per line). Each record becomes its own article. A record
 * that cannot be read (malformed line, no text) is named and skipped; its neighbours are indexed.
 *
 * Fields (first one present wins): title | headline; text | body | content; date | published |
 * publishedAt | published_at | datePublished; outlet | publisher | site | source; url | link;
 * language | lang; author | byline; agency; carriedBy; id. Unknown fields are ignored.
 */
import { dateFieldValue } from '../../infer/dates.ts';
import { normalizeText } from '../decode.ts';
import { statedField } from '../../infer/stated-meta.ts';
import type { StatedMeta } from '../../types.ts';
import type { FilePart, ReadResult, RecordOutput, RecordProblem } from './index.ts';

const FIELDS = {
  title: ['title', 'headline'],
  text: ['text', 'body', 'content'],
  date: ['date', 'published', 'publishedAt', 'published_at', 'datePublished'],
  outlet: ['outlet', 'publisher', 'site', 'source'],
  url: ['url', 'link'],
  language: ['language', 'lang'],
  byline: ['author', 'byline'],
  agency: ['agency'],
  carriedBy: ['carriedBy'],
} as const;

/** After a backslash: a `\u` escape that decodes to what `normalizeText` rewrites (\u0000-\u001f, \u007f, \ufeff). */
const CONTROL_U_ESCAPE = /u(?:00[01]|007f|feff)/iy;

/**
 * Whether a JSON line holds an escape that may decode to what `normalizeText` rewrites (\r, \b,
 * \f, \u0000-\u001f, \u007f, \ufeff), for every record: one walk from backslash to backslash, each
 * escape read once (an escaped backslash is skipped whole). Four searches for two-character
 * escapes stopped at every backslash of every `\n` and `\"`: 2.4 against 1.3 ms per bench file.
 * Erring towards true only costs a `normalizeText` that finds nothing.
 */
function hasControlEscape(raw: string): boolean {
  for (let i = raw.indexOf('\\'); i !== -1; i = raw.indexOf('\\', i + 2)) {
    const c = raw.charCodeAt(i + 1) | 0x20; // lower case, for the letters
    if (c === 0x62 || c === 0x66 || c === 0x72) return true; // b f r
    if (c === 0x75) {
      CONTROL_U_ESCAPE.lastIndex = i + 1;
      if (CONTROL_U_ESCAPE.test(raw)) return true;
    }
  }
  return false;
}

/** Containers a `.json` export may wrap its records in. */
const WRAPPERS = ['articles', 'records', 'items', 'data', 'documents'];

export function readJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { kind: 'records', records: [], problems: [{ where: 'whole file', reason: `malformed JSON: ${(error as Error).message}` }] };
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const wrapper = WRAPPERS.find((k) => Array.isArray((data as Record<string, unknown>)[k]));
    if (wrapper) data = (data as Record<string, unknown>)[wrapper];
  }
  const items = Array.isArray(data) ? data : [data];
  // `raw` is re-serialized here, not the file's own text: JSON.stringify writes \u007f and \ufeff unescaped.
  return collect(
    items.map((value, i) => ({
      value,
      raw: JSON.stringify(value) ?? '',
      where: items.length === 1 ? 'record 1' : `record ${i + 1}`,
      index: i + 1,
    })),
    { rawIsSource: false },
  );
}

/**
 * @param part only the lines of that run of the file's lines (`FilePart`): a big record file is
 *   built in parts (build-pool.ts), and each part reads its own records only. The records before
 *   its lines are parsed for their keys alone (an id met again is renamed, `collect`), and none
 *   after them is read; the result holds its own lines' records and problems, numbered as in the
 *   whole file (`firstIndex`: the records before them).
 */
export function readJsonLines(text: string, part?: FilePart): ReadResult {
  const lines = text.split('\n');
  const whole = part === undefined || part.of <= 1;
  const from = whole ? 0 : partStart(lines.length, part.index, part.of);
  const to = whole ? lines.length : partStart(lines.length, part.index + 1, part.of);
  const usedKeys = new Set<string>();
  let n = 0;
  let firstIndex = 0;
  // The lines before the part: their records' keys, nothing else.
  for (let i = 0; i < from; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    n++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const key = recordKey(value, n);
    if (key === null) continue;
    firstIndex++;
    usedKeys.add((usedKeys.has(key.toLowerCase()) ? `${key}_${n}` : key).toLowerCase());
  }
  // One line at a time, each parsed only when collected: a parsed record is dropped as soon as it
  // is read (see `RecordOutput.readText`), so a big file's records are never all alive at once.
  function* items(): Generator<{ value: unknown; raw: string; where: string; index: number } | RecordProblem> {
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      if (line.trim() === '') continue;
      n++;
      const where = `record ${n} (line ${i + 1})`;
      try {
        yield { value: JSON.parse(line), raw: line, where, index: n };
      } catch (error) {
        yield { where, reason: `malformed JSON: ${(error as Error).message}` };
      }
    }
  }
  const read = collect(items(), { rawIsSource: true }, usedKeys);
  return whole ? read : { ...read, part: true, firstIndex };
}

/** @param options.rawIsSource whether each item's `raw` is its text as it stands in the (normalized) file */
function collect(
  items: Iterable<{ value: unknown; raw: string; where: string; index: number } | RecordProblem>,
  options: { rawIsSource: boolean },
  usedKeys = new Set<string>(),
): Extract<ReadResult, { kind: 'records' }> {
  const records: RecordOutput[] = [];
  const problems: RecordProblem[] = [];
  for (const item of items) {
    if ('reason' in item) {
      problems.push(item);
      continue;
    }
    const record = toRecord(item.value, item.raw, item.where, item.index, options.rawIsSource);
    if ('reason' in record) {
      problems.push(record);
      continue;
    }
    // Two records with the same id would overwrite each other in the index; ids that differ only
    // in case count as the same (Meilisearch's filters ignore case, see indexer/article-id.ts).
    if (usedKeys.has(record.key.toLowerCase())) record.key = `${record.key}_${item.index}`;
    usedKeys.add(record.key.toLowerCase());
    records.push(record);
  }
  return { kind: 'records', records, problems };
}

/** The first of the fields that holds a value (a non-empty string, a number, or an object's `name`). */
function pick(obj: Record<string, unknown>, names: readonly string[]): { name: string; value: string | number } | undefined {
  for (const name of names) {
    const v = obj[name];
    if (typeof v === 'string' ? v.trim() !== '' : typeof v === 'number') return { name, value: v as string | number };
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string') {
      return { name: `${name}.name`, value: (v as { name: string }).name };
    }
  }
  return undefined;
}

/**
 * The record's text, read again from its source line: holding every record's text from the first
 * parse until it is built kept a whole 8 MB file alive through young-generation collections, and
 * parsing a line twice costs less than copying it there (200k bench paragraphs, reading and
 * cleaning alone: scavenges 610 → 485 ms, ~3% faster in all, peak RSS 210 → 185 MB). Built
 * outside `toRecord`, so the closure holds only these few values and not the parsed object.
 */
function textReader(raw: string, title: string | null, normalize: (s: string) => string): () => string {
  return () => {
    const body = pick(JSON.parse(raw) as Record<string, unknown>, FIELDS.text)!.value as string;
    return `${title ? `${title}\n\n` : ''}${normalize(body)}`;
  };
}

/** A record's own id, made safe for an article id ('' when it has none). */
function idOf(rawId: unknown): string {
  return typeof rawId === 'string' || typeof rawId === 'number'
    ? String(rawId)
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
    : '';
}

/** The key `toRecord` gives a parsed record (before `collect` renames a repeat), or null when it is no record. */
function recordKey(value: unknown, index: number): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const obj = value as Record<string, unknown>;
  const body = pick(obj, FIELDS.text);
  if (!body || typeof body.value !== 'string') return null;
  return idOf(obj.id ?? obj._id ?? obj.guid) || String(index);
}

/** Where part `index` of `of` starts among `n` items (lines, records). */
export function partStart(n: number, index: number, of: number): number {
  return Math.floor((n * index) / of);
}

function toRecord(value: unknown, raw: string, where: string, index: number, rawIsSource: boolean): RecordOutput | RecordProblem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { where, reason: 'not a JSON object' };
  const obj = value as Record<string, unknown>;

  const body = pick(obj, FIELDS.text);
  if (!body || typeof body.value !== 'string')
    return { where, reason: `no text: none of the fields ${FIELDS.text.map((f) => `"${f}"`).join(', ')} holds a string` };

  const rawId = obj.id ?? obj._id ?? obj.guid;
  const id = idOf(rawId);
  const key = id || String(index);

  // The file's text is normalized before it is parsed, so only a JSON escape can bring back a
  // carriage return or a control character; most records hold none, and are not scanned again.
  // Stated fields too: a title keeping \u0001 would collide with the engine's highlight marks.
  const normalize = !rawIsSource || hasControlEscape(raw) ? normalizeText : (s: string) => s;

  const meta: StatedMeta = {};
  const metaFrom: NonNullable<RecordOutput['metaFrom']> = {};
  const warnings: string[] = [];
  for (const field of ['title', 'date', 'outlet', 'url', 'language', 'agency', 'carriedBy'] as const) {
    const found = pick(obj, FIELDS[field]);
    if (!found) continue;
    const candidate = field === 'date' ? (dateFieldValue(found.value) ?? found.value) : normalize(String(found.value)).trim();
    const parsed = statedField(field, candidate);
    if (parsed.ok) {
      (meta as Record<string, unknown>)[field] = parsed.value;
      metaFrom[field] = `record field "${found.name}"`;
    } else {
      warnings.push(`${where}: field "${found.name}" "${String(found.value)}": ${parsed.problem}; ignored`);
    }
  }

  const title = typeof meta.title === 'string' ? meta.title.replace(/\s+/g, ' ') : null;
  const out: RecordOutput = {
    key,
    where: id ? `${where}, id "${String(rawId)}"` : where,
    raw,
    readText: textReader(raw, title, normalize),
    meta,
    metaFrom,
    warnings,
  };
  if (title) out.titleLine = 1;
  const byline = pick(obj, FIELDS.byline);
  if (byline) out.byline = { value: normalize(String(byline.value)).trim(), from: `record field "${byline.name}"` };
  return out;
}

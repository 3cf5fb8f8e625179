/**
 * The metadata fields a person may state about an article, in the manifest or in front matter.
 * One schema for both, so the two can never drift apart.
 */
import { z } from 'zod';
import type { StatedMeta } from '../types.ts';

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Turns what YAML gives for a date (2012, "2012-11", "2012-11-21", "2012-11-21T07:35Z") into a partial ISO date. */
export function normalizeStatedDate(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return value as null | undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const text = String(value).trim();
  const datePart = /^\d{4}-\d{2}-\d{2}[T ]/.test(text) ? text.slice(0, 10) : text;
  return isValidPartialDate(datePart) ? datePart : undefined;
}

export function isValidPartialDate(text: string): boolean {
  const m = ISO_PARTIAL.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000 || year > 2999) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The Gregorian calendar's days in a month (1-12). Counted, not read from a Date: every date
 * candidate of every line is checked here, and making a Date costs ~10× the rest of the check.
 */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

const text = z.string().trim().min(1, 'must not be empty');

const dateField = z
  .union([z.string(), z.number(), z.date()])
  .nullable()
  .transform((value, ctx) => {
    const normalized = normalizeStatedDate(value);
    if (normalized === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not an ISO date (2012, 2012-11 or 2012-11-21)` });
      return z.NEVER;
    }
    return normalized;
  });

export const statedMetaSchema = z.strictObject({
  title: text.optional(),
  outlet: text.optional(),
  agency: text.nullable().optional(),
  carriedBy: text.nullable().optional(),
  date: dateField.optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .nullable()
    .optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "pt-BR"')
    .optional(),
});

/** Drops keys whose value is `undefined` so `{...a, ...b}` merges never erase a stated value. */
export function compactMeta(meta: z.output<typeof statedMetaSchema>): StatedMeta {
  const out: StatedMeta = {};
  for (const [key, value] of Object.entries(meta)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** The fields whose schema is `text` (maybe optional, maybe nullable): a string, trimmed, not empty; read off the schema. */
const TEXT_FIELDS: ReadonlySet<string> = new Set(
  Object.entries(statedMetaSchema.shape)
    .filter(([, schema]) => innermost(schema) === text)
    .map(([field]) => field),
);

function innermost(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner;
}

export type FieldResult<F extends keyof StatedMeta> =
  | { ok: true; value: Exclude<StatedMeta[F], undefined> }
  | { ok: false; problem: string };

/**
 * One stated field checked against the schema, for formats that state fields one by one (HTML
 * meta tags, records): a bad value is reported and dropped without losing the others.
 */
export function statedField<F extends keyof StatedMeta>(field: F, value: unknown): FieldResult<F> {
  // A date already in its settled form is what the schema would give back: checked by hand, as
  // the schema's union and transform cost ~2.5 µs a record (60% of all stated fields' checks).
  if (field === 'date' && typeof value === 'string' && isValidPartialDate(value))
    return { ok: true, value: value as Exclude<StatedMeta[F], undefined> };
  // So is a text field's string with a character past its spaces: the schema's `text` trims it and
  // asks for one character (zod's `trim` is String.prototype.trim); records state a title
  // and an outlet each, and the schema's parse made ~1 % of a build's allocations (18perf13).
  if (typeof value === 'string' && TEXT_FIELDS.has(field)) {
    const trimmed = value.trim();
    if (trimmed !== '') return { ok: true, value: trimmed as Exclude<StatedMeta[F], undefined> };
  }
  // The field's own schema, not the object's: the same checks, at a fifth of the cost per record.
  const parsed = statedMetaSchema.shape[field].safeParse(value);
  if (parsed.success) {
    if (parsed.data !== undefined) return { ok: true, value: parsed.data as Exclude<StatedMeta[F], undefined> };
  }
  return { ok: false, problem: parsed.success ? 'empty' : (parsed.error.issues[0]?.message ?? 'invalid') };
}

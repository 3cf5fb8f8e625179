/**
 * YAML front matter: a `---` block at the very top of a text or Markdown file, holding the same
 * fields as a manifest entry. A `---` block that is not a YAML mapping is left alone (it may be
 * a rule drawn in the text); a mapping with bad fields is used for its good fields and warned about.
 */
import { parse } from 'yaml';
import type { DroppedLine } from '../../engine/contract/types.ts';
import { compactMeta, statedMetaSchema } from '../infer/stated-meta.ts';
import type { StatedMeta } from '../types.ts';

export interface FrontMatter {
  meta: StatedMeta;
  /** The text with the front-matter lines blanked, so line numbers still match the file. */
  text: string;
  dropped: DroppedLine[];
  warnings: string[];
}

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
/** Front matter is a short header; a missing closing fence must not swallow the article. */
const MAX_FRONT_MATTER_LINES = 60;

export function extractFrontMatter(text: string): FrontMatter | null {
  const lines = text.split('\n');
  if (!OPENING.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
  if (end < 0 || end > MAX_FRONT_MATTER_LINES) return null;

  let data: unknown;
  try {
    data = parse(lines.slice(1, end).join('\n'));
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;

  const warnings: string[] = [];
  const meta: StatedMeta = {};
  // Field by field, so one bad value does not throw away the rest of the header.
  for (const [key, value] of Object.entries(data)) {
    const field = statedMetaSchema.safeParse({ [key]: value });
    if (field.success) Object.assign(meta, compactMeta(field.data));
    else warnings.push(`front matter field "${key}": ${field.error.issues[0]?.message ?? 'invalid'}; ignored`);
  }

  const dropped: DroppedLine[] = lines.slice(0, end + 1).map((line, i) => ({ line: i + 1, reason: 'front-matter' as const, text: line }));
  const blanked = [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
  return { meta, text: blanked, dropped, warnings };
}

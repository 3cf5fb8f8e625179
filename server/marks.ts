/**
 * The one place match ranges become markup: the paragraph text HTML-escaped, with `<mark>` around
 * each range the engine reported (engine/contract/types.ts `MatchRange`). Everything is escaped, the text
 * between and inside the marks alike, so corpus text can never inject markup; ranges out of order,
 * overlapping or out of bounds are clipped rather than trusted.
 */
import type { MatchRange } from '../engine/contract/types.ts';

const HTML_SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (ch) => ENTITIES[ch]!);
}

/** `text` as safe HTML with `<mark>` around each of `ranges`. */
export function markHtml(text: string, ranges: readonly MatchRange[]): string {
  let html = '';
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(at, Math.min(start, text.length));
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    html += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  return html + escapeHtml(text.slice(at));
}

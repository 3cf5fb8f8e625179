/**
 * The page's lines as the cleaner left them, kept and dropped, back in page order: the evidence the
 * date and outlet candidates are read from. Front matter is left out (it is metadata already).
 */
import type { DroppedLine } from '../../engine/contract/types.ts';
import type { CleanResult, KeptLine } from '../types.ts';

/** Each line made into the caller's own record by `fromKept` / `fromDropped`, in page order. */
export function inPageOrder<T extends { line: number }>(
  clean: CleanResult,
  fromKept: (l: KeptLine) => T,
  fromDropped: (l: DroppedLine) => T,
): T[] {
  // Kept and dropped lines each come in page order: merged, not sorted.
  const { kept, dropped } = clean;
  const out: T[] = [];
  let k = 0;
  let d = 0;
  while (k < kept.length || d < dropped.length) {
    const nextKept = kept[k];
    const nextDropped = dropped[d];
    if (nextDropped && (!nextKept || nextDropped.line < nextKept.line)) {
      d++;
      if (nextDropped.reason !== 'front-matter') out.push(fromDropped(nextDropped));
    } else if (nextKept) {
      k++;
      out.push(fromKept(nextKept));
    }
  }
  // Should a stage ever hand lines out of order, the page order is restored.
  for (let i = 1; i < out.length; i++) if (out[i]!.line < out[i - 1]!.line) return out.sort((a, b) => a.line - b.line);
  return out;
}

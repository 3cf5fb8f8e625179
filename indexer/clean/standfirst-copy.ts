/**
 * A standfirst the template prints twice (its own slot and the photo's caption): the repeat rules
 * drop the later copy and leave the first as text, but the line classifier reads "printed twice"
 * as furniture and drops the first too, and the story loses its first line. The standfirst's first
 * copy stays when its later copy was dropped as a repeat.
 */
import { isStandfirst, type ContentLine } from './structure.ts';

export function keepStandfirstCopy(lines: ContentLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== 'classifier' || !isStandfirst(lines, i)) continue;
    if (lines.some((o, j) => j > i && o.reason === 'repeated-line' && o.text === l.text)) l.reason = null;
  }
}

/**
 * Markdown → plain lines. Line for line, so dropped-line numbers point into the real file; the
 * markup is removed rather than rendered because only the words are indexed. Headings lose their
 * `#` and are then recognised by the cleaner like any other subheading.
 */
import { readPlainText } from './text.ts';
import type { ReaderOutput } from './index.ts';

export function readMarkdown(source: string): ReaderOutput {
  const out = readPlainText(source);
  let inFence = false;
  const headingLines: number[] = [];
  const lines = out.text.split('\n').map((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return '';
    }
    if (inFence) return line;
    if (/^\s{0,3}#{1,6}\s+\S/.test(line)) headingLines.push(i + 1);
    return stripInline(stripBlock(line));
  });
  return { ...out, text: lines.join('\n'), headingLines };
}

function stripBlock(line: string): string {
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return ''; // thematic break
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}(>\s?)+/, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/, '');
}

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?=[^\w*]|$)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1');
}

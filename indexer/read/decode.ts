/**
 * Bytes → text. Scraped corpora arrive in whatever encoding the scraper wrote, so this tries the
 * encodings that announce themselves (BOMs), then strict UTF-8, then Windows-1252, which decodes
 * any byte sequence and is what legacy Western pages almost always are.
 */
import { isUtf8 } from 'node:buffer';
import type { Skip } from '../types.ts';
import { utf8MayHoldControls } from './control-bytes.ts';

/** Files larger than this are skipped: no news article is 10 MB of text; such a file is a dump. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; skip: Skip };

export interface DecodeOptions {
  maxBytes?: number;
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.length > maxBytes) {
    return skip('too-large', `file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit`);
  }

  const detected = detectEncoding(bytes);
  if (!detected) return skip('binary', 'binary file (NUL bytes or control characters), not text');

  const text = detected.controlsChecked ? normalizeLineBreaks(detected.text) : normalizeText(detected.text);
  if (text.trim() === '') return skip('empty', bytes.length === 0 ? 'empty file' : 'file holds only whitespace');
  return { ok: true, text, encoding: detected.encoding };
}

/** `controlsChecked`: the bytes hold nothing `normalizeText` removes but line breaks (control-bytes.ts). */
function detectEncoding(bytes: Uint8Array): { text: string; encoding: Encoding; controlsChecked?: true } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  // UTF-16 legitimately contains NUL bytes, so it must be recognised before the binary check.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) return null;
  // Validating first and then decoding leniently gives what a fatal decoder gives, faster (Node 20's
  // fatal decoder takes a slower path: ~15% on a bench corpus file).
  if (isUtf8(bytes)) {
    const text = UTF8.decode(bytes);
    return utf8MayHoldControls(bytes) ? { text, encoding: 'utf-8' } : { text, encoding: 'utf-8', controlsChecked: true };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

const UTF8 = new TextDecoder('utf-8');

/** Windows-1252's 0x80–0x9F: curly quotes, dashes, € … (undefined bytes map to themselves). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node's TextDecoder('windows-1252') decodes as ISO-8859-1, turning curly quotes into C1
 * controls, so the one range where the two differ is mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Text never contains NUL; images, archives and office files almost always do in their first
 * few kilobytes. Besides NUL, a high share of other C0 controls marks binary data.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

/**
 * One line-break convention, and no C0 control characters except \n and \t: the engine uses
 * \u0001/\u0002 as highlight sentinels, so they must never reach it from a corpus file.
 * A stray BOM (from concatenated files) is dropped too.
 */
export function normalizeText(text: string): string {
  const lf = normalizeLineBreaks(text);
  // A test allocates nothing (runs on every file and again on every record of a record file).
  return UNWANTED_CONTROL.test(lf) ? lf.replace(UNWANTED_CONTROLS, '') : lf;
}

/** `normalizeText` for text known to hold no other control: line breaks only. */
function normalizeLineBreaks(text: string): string {
  // Most text has none: `includes` is far cheaper than a global replace that finds nothing.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const UNWANTED_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\ufeff]/;
const UNWANTED_CONTROLS = new RegExp(UNWANTED_CONTROL.source, 'g');

function skip(kind: Skip['kind'], reason: string): Decoded {
  return { ok: false, skip: { kind, reason } };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

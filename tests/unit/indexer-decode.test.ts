import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBytes, MAX_FILE_BYTES } from '../../indexer/read/decode.ts';

const text = (bytes: Uint8Array) => {
  const decoded = decodeBytes(bytes);
  assert.ok(decoded.ok, `expected text, got ${decoded.ok ? '' : decoded.skip.reason}`);
  return decoded;
};
const skipKind = (bytes: Uint8Array, options = {}) => {
  const decoded = decodeBytes(bytes, options);
  assert.ok(!decoded.ok, 'expected a skip');
  return decoded.skip;
};

describe('decode', () => {
  it('reads UTF-8 and strips its byte-order mark', () => {
    const decoded = text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café opens\n', 'utf8')]));
    assert.equal(decoded.text, 'Café opens\n');
    assert.equal(decoded.encoding, 'utf-8');
  });

  it('reads UTF-16 little-endian with a BOM', () => {
    const decoded = text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë wins\n', 'utf16le')]));
    assert.equal(decoded.text, 'Zoë wins\n');
    assert.equal(decoded.encoding, 'utf-16le');
  });

  it('reads UTF-16 big-endian with a BOM', () => {
    const le = Buffer.from('Łódź votes', 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    assert.equal(text(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text, 'Łódź votes');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // 0x93/0x94 are curly quotes and 0xe9 is é in Windows-1252; alone they are invalid UTF-8.
    const decoded = text(Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]));
    assert.equal(decoded.text, '“Café”');
    assert.equal(decoded.encoding, 'windows-1252');
  });

  it('normalises CRLF and CR line breaks to LF', () => {
    assert.equal(text(Buffer.from('one\r\ntwo\rthree')).text, 'one\ntwo\nthree');
  });

  it("removes control characters, including the engine's highlight sentinels, but keeps tabs", () => {
    const body = 'A stray control character should never reach the index. ';
    assert.equal(text(Buffer.from(`a\u0001b\u0002c\td\u001be\u007f ${body}`)).text, `abc\tde ${body}`);
  });

  it('skips binary files with NUL bytes', () => {
    assert.equal(skipKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])).kind, 'binary');
  });

  it('skips files that are mostly control characters', () => {
    assert.equal(skipKind(Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))).kind, 'binary');
  });

  it('skips empty and whitespace-only files with a reason a person can read', () => {
    assert.deepEqual(skipKind(Buffer.alloc(0)), { kind: 'empty', reason: 'empty file' });
    assert.equal(skipKind(Buffer.from(' \n\t\r\n')).kind, 'empty');
  });

  it('skips files over the size limit, which defaults to 10 MB', () => {
    assert.equal(MAX_FILE_BYTES, 10 * 1024 * 1024);
    const skip = skipKind(Buffer.from('x'.repeat(2048)), { maxBytes: 1024 });
    assert.equal(skip.kind, 'too-large');
    assert.match(skip.reason, /2\.0 KB, over the 1\.0 KB limit/);
  });
});

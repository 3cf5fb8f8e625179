/**
 * promptNames' cheap first tests (indexer/infer/outlet-prompts.ts) answer as the tests they
 * replaced (18perf18): the app word read with the i flag as the lower-cased line read for "app" or
 * "apl", and the breadcrumb's marks found by four string searches as by the pattern's class.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APP_WORD, crumbHint } from '../../indexer/infer/outlet-prompts.ts';

/** The test APP_WORD replaced. */
const lowerApp = (text: string) => {
  const lower = text.toLowerCase();
  return lower.includes('app') || lower.includes('apl');
};
const CRUMB_CLASS = /[»›>→]/u;

describe("promptNames' first tests", () => {
  it('finds the app word as the lower-cased line does, with every code point in place of each letter', () => {
    let found = 0;
    for (const word of ['app', 'apl'])
      for (let i = 0; i < word.length; i++)
        for (let cp = 0; cp <= 0x10ffff; cp++) {
          if (cp >= 0xd800 && cp <= 0xdfff) continue;
          const text = `x ${word.slice(0, i)}${String.fromCodePoint(cp)}${word.slice(i + 1)} y`;
          const want = lowerApp(text);
          assert.equal(APP_WORD.test(text), want, `U+${cp.toString(16)} in ${word}`);
          if (want) found++;
        }
    // a and p in either case in their places, and p or l last ("app", "apl"): nothing else reads as one of them.
    assert.equal(found, 16);
    for (const text of ['APPLE', 'Aplikasi', 'happen', 'İapp', 'ap pl', 'ΑΡΡ', '']) assert.equal(APP_WORD.test(text), lowerApp(text), text);
  });

  it("finds a breadcrumb's mark as the pattern's class does", () => {
    const marks = ['»', '›', '>', '→', '«', '‹', '<', '-', '/', '\u{1f600}', 'a', ' '];
    for (const a of marks)
      for (const b of marks)
        for (const text of [`${a}`, `x ${a} y ${b}`, `${a}${b}`]) assert.equal(crumbHint(text), CRUMB_CLASS.test(text), text);
    assert.equal(crumbHint(''), false);
  });
});

/**
 * The first-character look before a `^`-anchored phrase pattern (issue 18, indexing CPU): for every
 * pattern it reads, a line opening with any UTF-16 code unit is answered as the pattern answers it,
 * on lines built to match after that opening; patterns it cannot read get no look at all.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchoredTest, openingChars } from '../../indexer/clean/opening-chars.ts';

/** Every opening code unit before `tail`, guarded and unguarded: the answers must agree. */
function assertSameEverywhere(pattern: RegExp, tail: string): number {
  const guarded = anchoredTest(pattern);
  let matched = 0;
  for (let c = 0; c <= 0xffff; c++) {
    const line = String.fromCharCode(c) + tail;
    const expected = pattern.test(line);
    assert.equal(guarded(line), expected, `${pattern} on U+${c.toString(16)}${tail}`);
    if (expected) matched++;
  }
  return matched;
}

describe('the opening characters of an anchored pattern', () => {
  it('answers as the pattern for every opening code unit, case-blind and not', () => {
    // Each tail completes a match after the right first letter, so a missing case or letter fails.
    assert.equal(assertSameEverywhere(/^(?:source|via|read the original)\s*:\s*\S+$/i, 'ource: x'), 2);
    assert.equal(assertSameEverywhere(/^(?:source|via|read the original)\s*:\s*\S+$/i, 'ia: x'), 2);
    assert.equal(assertSameEverywhere(/^kelvin scale$/i, 'elvin scale'), 2);
    assert.equal(assertSameEverywhere(/^Posted by\b/, 'osted by'), 1);
    assert.equal(assertSameEverywhere(/^\d+\s+comments$/i, '2 comments'), 10);
    assert.equal(assertSameEverywhere(/^\(?(?:reporting|editing) by\b/i, 'reporting by'), 1);
    assert.equal(assertSameEverywhere(/^(?:\(c\)|copyright) 2024/i, 'c) 2024'), 1);
  });

  it('answers as the pattern where punctuation or spaces that may be absent come first', () => {
    // "(Reuters)", " AP", "\u00a0AP": the line may open with the bracket, any space \s matches, or the name.
    const wire = /^\(?\s*(?:Reuters|AP)(?:\s*(?:\/|,|and)\s*(?:Reuters|AP))*\s*\)?$/i;
    assert.equal(assertSameEverywhere(wire, 'P'), 2);
    assert.equal(assertSameEverywhere(wire, 'AP'), 1 + 25);
    assert.equal(assertSameEverywhere(wire, ' AP'), 1 + 25);
    assert.equal(assertSameEverywhere(/^\s?-\s*read more/i, '- read more'), 25);
    assert.deepEqual(
      [...openingChars(/^\(?\s*(?:ab|Cd)/i)!].filter((c) => c < 128).sort(),
      [...'(\t\n\v\f\r ACac'].map((c) => c.charCodeAt(0)).sort(),
    );
    for (const p of [/^\(?a?b/i, /^\s*(?:ab)?c/, /^\s+a/, /^\(*\s*[ab]/, /^\({0,2}a/, /^\s*?a/])
      assert.equal(openingChars(p), null, String(p));
  });

  it('lists both cases of a letter under the i flag and one without it', () => {
    assert.deepEqual([...openingChars(/^(?:ab|Cd|7x|\(y)/i)!].sort(), [...'(7ACac'].map((c) => c.charCodeAt(0)).sort());
    assert.deepEqual([...openingChars(/^(?:ab|Cd)/)!].sort(), [...'Ca'].map((c) => c.charCodeAt(0)).sort());
  });

  it('reads no opening that may be empty, classed, unanchored or folded beyond ASCII', () => {
    for (const p of [
      /^(?:ab)?c/i,
      /^a?b/i,
      /^a*b/,
      /^a{0,2}b/,
      /^(?:ab|c?d)/i,
      /^[ab]c/,
      /^(?:a|[bc])d/,
      /^a|b/,
      /^(?:a)|b/,
      /^(?:a|b)(?:c)|d/,
      /a/,
      /^\w+/,
      /^\bab/,
      /^(?:|a)/,
      /^(?:(?:a))b/,
      /^kelvin/iu,
      /^a/m,
      /^a/g,
      /^a/y,
      /^©/,
    ]) {
      assert.equal(openingChars(p), null, String(p));
    }
  });

  it('keeps a bar inside a class or after an escape from splitting the pattern', () => {
    assert.deepEqual([...openingChars(/^a[|]b/)!], ['a'.charCodeAt(0)]);
    assert.deepEqual([...openingChars(/^a\|b/)!], ['a'.charCodeAt(0)]);
    assert.deepEqual([...openingChars(/^(?:a[)|]|b)c/)!].sort(), ['a'.charCodeAt(0), 'b'.charCodeAt(0)].sort());
  });
});

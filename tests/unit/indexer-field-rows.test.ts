/**
 * A fact box printed as "LABEL: value" rows: a short row read as a menu item by its shape stays
 * with its kept neighbours (issue 18: body lines lost as 'navigation' on pages nobody tuned on).
 * Invented text; the verdicts of the rules before are given, as the lines reach this rule after them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepFieldRows } from '../../indexer/clean/field-rows.ts';
import { contentLine as line } from '../helpers/content-line.ts';

describe('rows of a fact box', () => {
  it('keeps a short row between two kept rows of the same box', () => {
    const lines = [
      line(1, 'WHO: Harbour Department of Public Works', null),
      line(2, 'WHAT: Road Closures', 'navigation'),
      line(3, 'WHEN: Monday through Thursday, 9 a.m. to 4 p.m.', null),
    ];
    keepFieldRows(lines);
    assert.equal(lines[1]!.reason, null);
  });

  it('leaves a row whose neighbours were dropped, or are no rows, or label in another case', () => {
    const cases = [
      [line(1, 'Editor: Jane Doe', 'byline'), line(2, 'Photos: John Roe', 'navigation'), line(3, 'Video: Ann Poe', 'byline')],
      [
        line(1, 'The road will close on Monday, the council said.', null),
        line(2, 'WHAT: Road Closures', 'navigation'),
        line(3, 'WHEN: Monday', null),
      ],
      [line(1, 'WHO: Harbour Department', null), line(2, 'Share: Facebook', 'navigation'), line(3, 'WHEN: Monday', null)],
    ];
    for (const lines of cases) {
      keepFieldRows(lines);
      assert.notEqual(lines[1]!.reason, null, lines[1]!.text);
    }
  });
});

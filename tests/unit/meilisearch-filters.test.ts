import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFilter, equals, oneOf, quoteFilterValue, yearFacetValues } from '../../engine/meilisearch/filters.ts';

describe('Meilisearch filter values are quoted and escaped', () => {
  it('escapes the backslash before the quote, so Al "Quds" \\ News comes out exactly right', () => {
    assert.equal(quoteFilterValue('Al "Quds" \\ News'), String.raw`"Al \"Quds\" \\ News"`);
    assert.equal(buildFilter({ outlet: ['Al "Quds" \\ News'] }), String.raw`outlet IN ["Al \"Quds\" \\ News"]`);
  });

  it('keeps spaces and unicode verbatim inside the quotes', () => {
    assert.equal(quoteFilterValue('Le Monde diplomatique'), '"Le Monde diplomatique"');
    assert.equal(quoteFilterValue('الجزيرة'), '"الجزيرة"');
    assert.equal(quoteFilterValue('Süddeutsche Zeitung 中文 🗞'), '"Süddeutsche Zeitung 中文 🗞"');
  });

  it('cannot be closed early by a value that tries to add its own clause', () => {
    const hostile = String.raw`x" OR outlet != "y\\`;
    const filter = oneOf('outlet', [hostile]);
    assert.equal(filter, String.raw`outlet IN ["x\" OR outlet != \"y\\\\"]`);
    // Unescaping the literal gives the value back whole: it never became syntax.
    const literal = filter.slice('outlet IN ['.length, -1);
    assert.equal(JSON.parse(literal), hostile);
  });

  it('builds equality filters the same way', () => {
    assert.equal(equals('articleId', 'bbc_business-001'), 'articleId = "bbc_business-001"');
  });
});

describe('buildFilter', () => {
  it('returns undefined when nothing filters', () => {
    assert.equal(buildFilter(undefined), undefined);
    assert.equal(buildFilter({ year: [], outlet: [] }), undefined);
  });

  it('ORs values within a facet and ANDs the facets', () => {
    assert.equal(
      buildFilter({ year: [2012, 'unknown'], outlet: ['AFP', 'Reuters'] }),
      '(yearFacet IN ["2012", "unknown"]) AND (outlet IN ["AFP", "Reuters"])',
    );
  });

  it('leaves out the facet being counted (disjunctive facets)', () => {
    const filters = { year: [2012], outlet: ['AFP'] };
    assert.equal(buildFilter(filters, { ignore: 'yearFacet' }), 'outlet IN ["AFP"]');
    assert.equal(buildFilter(filters, { ignore: 'outlet' }), 'yearFacet IN ["2012"]');
  });

  it('keeps one copy group under every facet count, escaped like any value (issue 24)', () => {
    const filters = { outlet: ['AFP'], copyGroup: 'wire-"x"-3' };
    assert.equal(buildFilter({ copyGroup: 'wire-3' }), 'copyGroup = "wire-3"');
    assert.equal(buildFilter(filters, { ignore: 'outlet' }), String.raw`copyGroup = "wire-\"x\"-3"`);
    assert.equal(buildFilter(filters), String.raw`(outlet IN ["AFP"]) AND (copyGroup = "wire-\"x\"-3")`);
    assert.equal(buildFilter({ copyGroup: '' }), undefined);
  });

  it('appends extra clauses', () => {
    assert.equal(buildFilter({ outlet: ['AFP'] }, { extra: ['articleId IN ["a"]'] }), '(outlet IN ["AFP"]) AND (articleId IN ["a"])');
  });

  it('accepts only whole years or "unknown", and drops duplicates', () => {
    const years = [2012, 2012, 'unknown', 2012.5, -3, Number.NaN, '2013' as never, 'unknown'] as never;
    assert.deepEqual(yearFacetValues(years), ['2012', 'unknown']);
  });
});

/**
 * A collapsed hit's copies line (issue 24): its numbers say what they count — other articles, and
 * copies only when there are more copies than articles (a paragraph repeated inside one article).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copiesWording } from '../../server/search-view.ts';

describe('copies wording', () => {
  it('counts other articles, and outlets with their names', () => {
    assert.equal(
      copiesWording({ count: 3, articles: 3, outlets: ['AFP', 'Reuters'] }),
      'also in 3 other articles (2 outlets: AFP, Reuters)',
    );
    assert.equal(copiesWording({ count: 1, articles: 1, outlets: ['AFP'] }), 'also in 1 other article (1 outlet: AFP)');
  });

  it('says how many copies when some article holds more than one', () => {
    assert.equal(
      copiesWording({ count: 3, articles: 1, outlets: ['City Live'] }),
      'also in 1 other article (3 copies; 1 outlet: City Live)',
    );
    assert.equal(copiesWording({ count: 1200, articles: 900, outlets: [] }), 'also in 900 other articles (1,200 copies)');
  });

  it("names a repeat inside the hit's own article as such, not as another article", () => {
    assert.equal(copiesWording({ count: 1, articles: 0, outlets: ['City Live'] }), '1 more copy in this article');
    assert.equal(copiesWording({ count: 2, articles: 0, outlets: ['City Live'] }), '2 more copies in this article');
  });
});

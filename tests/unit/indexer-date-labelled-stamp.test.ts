/**
 * A page's stamp on a line the cleaner took for a list item or a caption (issue 18, twentieth session): read only
 * when the line itself says what its date is — a publication or date cue before it, or the date's age right
 * before it — and only above the story. A bare date there stays a teaser's or a picture's. Every line below is
 * invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { endsWithRelativeTime } from '../../indexer/clean/comment-words.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

/** The cleaner's reason for line `n` of the page, to keep each case honest about what it tests. */
const reasonOf = (lines: string[], n: number) => cleanText(lines.join('\n\n')).dropped.find((d) => d.line === n)?.reason;

describe('a cued date on a category line the cleaner took for a list', () => {
  const pages: Array<[string, string]> = [
    ['Category : Local News, Harbour News - Date : 02 November 2018', '2018-11-02'],
    ['Kategori : YEREL HABERLER, LİMAN - Tarih : 02 Kasım 2018', '2018-11-02'],
    ['Categoría: Noticias locales, Puerto - Fecha: 02 noviembre 2018', '2018-11-02'],
    ['Categorie : Lokaal nieuws, Haven - Datum : 02 november 2018', '2018-11-02'],
    ['Rubrik: Lokales, Hafen - Datum: 02. November 2018', '2018-11-02'],
  ];
  for (const [line, iso] of pages)
    it(`dates the page: ${line}`, () => {
      const page = [line, P1, P2, P3];
      assert.equal(reasonOf(page, 1), 'related-headlines');
      assert.equal(dateOf(page), iso);
    });

  it('not by an update cue, nor by a bare date on such a line', () => {
    assert.equal(dateOf(['Category : Local News, Harbour News - Updated : 02 November 2018', P1, P2, P3]), undefined);
    assert.equal(dateOf(['Category : Local News, Harbour News - 02 November 2018', P1, P2, P3]), undefined);
  });

  it('not when a second such line holds a date: they are a list of stories with their stamps', () => {
    const page = ['Category : Local News - Date : 02 November 2018', 'Category : Sport - Date : 05 November 2018', P1, P2, P3];
    assert.equal(reasonOf(page, 3), 'related-headlines');
    assert.equal(dateOf(page), undefined);
  });

  it('not below the story, where a list of other stories prints its items’ dates', () => {
    const page = [HEADLINE, P1, P2, P3, 'Category : Local News, Harbour News - Date : 02 November 2018'];
    assert.equal(reasonOf(page, 9), 'related-headlines');
    assert.equal(dateOf(page), undefined);
  });
});

describe('a date with its age under the headline, on a line the cleaner took for a list', () => {
  it('dates the page: "7 months ago Thu 22nd Oct 2020"', () => {
    const page = [HEADLINE, '7 months ago Thu 22nd Oct 2020', P1, P2, P3];
    assert.equal(reasonOf(page, 3), 'related-headlines');
    assert.equal(dateOf(page), '2020-10-22');
  });

  it('not when two such lines follow each other: a list of stories with their ages', () => {
    const page = [HEADLINE, '7 months ago Thu 22nd Oct 2020', '3 months ago Mon 11th Jan 2021', P1, P2, P3];
    assert.equal(reasonOf(page, 5), 'related-headlines');
    assert.equal(dateOf(page), undefined);
  });

  it('knows an age closing the text before a date in several languages, and only an age', () => {
    assert.equal(endsWithRelativeTime('7 months ago Thu '), true);
    assert.equal(endsWithRelativeTime('vor 3 Tagen · '), true);
    assert.equal(endsWithRelativeTime('il y a 2 jours, '), true);
    assert.equal(endsWithRelativeTime('3 gün önce | '), true);
    assert.equal(endsWithRelativeTime('7 months ago the council met on '), false);
    assert.equal(endsWithRelativeTime('Harbour '), false);
  });

  it("leaves a caption's date with a photo credit unread", () => {
    const page = [HEADLINE, 'Harbour 03.11.2024 15:27 Photo: Jane Roe', P1, P2, P3];
    assert.equal(reasonOf(page, 3), 'caption');
    assert.equal(dateOf(page), undefined);
  });
});

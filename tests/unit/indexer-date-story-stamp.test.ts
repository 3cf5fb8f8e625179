/**
 * Where a page's date is and is not (issue 18, seventeenth session): a date inside a sentence of
 * the story's running text is about the story, even with a publication verb before it ("the
 * documents were published on …"); a date line beside a lone clock time or the reading time,
 * under the headline with only a standfirst or a caption above it, is the page's stamp however
 * few paragraphs follow. Every page below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

describe('a date inside a sentence of the story', () => {
  it('does not date the page by a publication verb in the running text (en, pl, de)', () => {
    const sentences = [
      'The tender documents for the repair were published on 4 September 2024 on the port authority website.',
      'Oficjalna dokumentacja przetargowa została opublikowana 4 września 2024 r. na stronie zarządu portu.',
      'Die Unterlagen der Ausschreibung wurden am 4. September 2024 auf der Seite der Hafenbehörde veröffentlicht.',
    ];
    for (const sentence of sentences) assert.equal(dateOf([HEADLINE, P1, P2, sentence, P3]), undefined, sentence);
  });

  it("keeps the page's stamp under the headline when the story names an older date", () => {
    const sentence = 'The tender documents for the repair were published on 4 September 2024 on the port authority website.';
    assert.equal(dateOf([HEADLINE, '05.09.2025', P1, P2, sentence, P3]), '2025-09-05');
  });

  it('still reads a dateline opening a paragraph', () => {
    assert.equal(dateOf([HEADLINE, `PORTSMOUTH, May 17, 2019 (UPI) -- ${P1}`, P2, P3]), '2019-05-17');
  });
});

describe('a date line among the stamp lines under the headline', () => {
  it('dates a page of headline, standfirst, date and time', () => {
    assert.equal(dateOf([HEADLINE, P1, '25.2.2016.', '19:10']), '2016-02-25');
  });

  it('dates a page whose date sits beside the reading time, under a standfirst and a caption', () => {
    const caption = 'The old swing bridge has reached the end of its working life, according to the engineers.';
    assert.equal(dateOf([HEADLINE, P1, caption, 'Jane Roe', '20/08/2019', '1 min', P2, P3], '\n'), '2019-08-20');
  });

  it("leaves a date and time below the story's paragraphs alone (a comment, another item)", () => {
    assert.equal(dateOf([HEADLINE, P1, P2, P3, 'Jane Roe', '12.3.2019', '10:15']), undefined);
  });
});

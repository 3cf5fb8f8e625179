import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: a kicker of four or five words, naming a detail the headline does not, printed on
// the line above a headline at least twice as long, then the story. (A pun headline over a
// standfirst that shares none of its words is guarded in indexer-title.test.ts: "Green light for
// roads".)

const HEADLINE = 'Harbour police arrest masked man moments before fire at the ferry terminal';
const BODY =
  'Officers on patrol at the ferry terminal arrested a masked man on Sunday night, moments before he could set fire to the ticket office, the police said.';
const BODY2 =
  'The man, 24, carried a can of petrol in his rucksack and had been seen near the terminal twice that week, according to the harbour police.';

describe('title: a kicker of four or five words', () => {
  it('takes the headline under a five-word kicker that shares none of its words', () => {
    assert.equal(headlineOf(['With petrol in his rucksack', '', HEADLINE, '', BODY, '', BODY2]), HEADLINE);
  });

  it('takes the headline under a four-word kicker in a script without capitals', () => {
    const headline = 'اعتقال رجل ملثم قبل لحظات من إشعال النار في محطة العبارات';
    const body = 'اعتقلت دورية الشرطة في محطة العبارات رجلا ملثما مساء الأحد قبل لحظات من إشعال النار في مكتب التذاكر بحسب بيان الشرطة.';
    const body2 = 'وقال رئيس شرطة الميناء الجديد إن الرجل كان يحمل علبة بنزين في حقيبته وإنه شوهد قرب المحطة مرتين خلال الأسبوع.';
    assert.equal(headlineOf(['رئيس شرطة الميناء الجديد', headline, '', body, '', body2]), headline);
  });

  it('keeps a short headline over a longer line that repeats its words', () => {
    const headline = 'Ferry terminal arson attempt foiled';
    const standfirst = 'Police foiled the arson attempt at the ferry terminal on Sunday night after a patrol saw a masked man';
    assert.equal(headlineOf([headline, standfirst, '', BODY, '', BODY2]), headline);
  });
});

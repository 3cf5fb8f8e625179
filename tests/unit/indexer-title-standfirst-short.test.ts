import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: a story about a ferry ramp, and a short headline over a standfirst of twenty words.
const BODY = 'The Porthaven ferry left an hour late on Monday after the crew found a crack in the loading ramp, the operator said.';
const BODY2 =
  'Engineers checked the ferry ramp through the morning while passengers waited on the quay, and the evening crossing was cancelled.';
const STANDFIRST =
  'Harbour engineer Jane Doe explains what the operator must repair before the morning crossings can run on time again this week';

const headlineOf = (top: string[]) => cleanText([...top, BODY, BODY2].join('\n\n')).headline?.text;

describe('title: a short headline over its standfirst', () => {
  it('takes the short line whose every word the story repeats, not the standfirst under it', () => {
    assert.equal(headlineOf(['Ferry Ramp', STANDFIRST]), 'Ferry Ramp');
  });

  it('still reads a section name over the headline as a label', () => {
    // "Local News" shares no word with the story: a section over a long headline.
    assert.equal(headlineOf(['Local News', STANDFIRST]), STANDFIRST);
  });

  it('still reads a name sharing only some of its words with the story as a label', () => {
    // "Porthaven" is in the story, "Weekly" is not: a masthead naming the town.
    assert.equal(headlineOf(['Porthaven Weekly', STANDFIRST]), STANDFIRST);
  });
});

/**
 * A headline in capitals set right over the story's opening paragraph is the story's heading, not
 * a menu of section names (issue 18: three-word headlines in capitals, and one whose lead repeats
 * two of its six words, were read as a menu and the page lost its title). The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const clean = (blocks: string[]) => cleanText(blocks.join('\n\n'));

const LEAD =
  'PORTHAVEN — Firefighters are investigating a storm that damaged a harbour shed on Friday evening, the chief of the coast brigade said on Saturday.';
const MORE = [
  'Crews found heavy smoke coming from the roof of the shed when they arrived, and the fire was under control within the hour.',
  'No one was hurt. The cause of the fire is still being investigated, the brigade said.',
];

describe('title: a headline in capitals over the text', () => {
  it('takes a three-word headline in capitals over a source line and the lead', () => {
    const result = clean(['Sunday, January 12, 2014', 'STORM DAMAGES SHED', 'Coast News reports:', LEAD, ...MORE]);
    assert.equal(result.headline?.text, 'STORM DAMAGES SHED');
  });

  it('takes a headline in capitals right over the lead when the lead repeats two of its words', () => {
    const result = clean(['BRIGADE CHIEF PRAISES VOLUNTEERS HARBOUR SHED BLAZE', LEAD, ...MORE]);
    assert.equal(result.headline?.text, 'BRIGADE CHIEF PRAISES VOLUNTEERS HARBOUR SHED BLAZE');
  });

  it('leaves a menu in capitals over the text a menu', () => {
    const result = clean(['NEWS SPORT WEATHER LETTERS', LEAD, ...MORE]);
    assert.notEqual(result.headline?.text, 'NEWS SPORT WEATHER LETTERS');
  });
});

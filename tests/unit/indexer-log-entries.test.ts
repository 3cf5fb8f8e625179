/**
 * A story told in short entries (a live blog, a minute-by-minute report) goes on below its last
 * full paragraph in the same short lines (issue 18: ten entries of a live blog lost as
 * 'related-headlines' on the u set). A news story with a list of other headlines below it still
 * loses the list. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const kept = (lines: string[], separator = '\n') => cleanText(lines.join(separator)).kept.map((l) => l.text);

describe('entries of a story told in short lines', () => {
  it('keeps the entries of an unstamped match report below its last long line', () => {
    const entries = [
      'Rovers 1-0 Albion',
      'Rovers were the better side for most of a cold evening at the old ground.',
      'Corner to Rovers',
      'Free kick to Albion on halfway',
      'Header goes wide',
      'Albion manager out of his seat and shouting at the fourth official for the whole of the last five minutes here',
      'Substitution for Rovers with the winger going off',
      'Second yellow card for the Albion captain for a late tackle',
      'Albion keeper up for the last corner of the night',
      'Ball cleared and that is the final whistle',
      'Fans of both sides stayed behind to clap the players',
    ];
    const texts = kept(['Rovers v Albion LIVE', ...entries]);
    for (const entry of entries.slice(6)) assert.ok(texts.includes(entry), entry);
  });

  it('keeps the unpunctuated entries under time stamps below the last punctuated one', () => {
    const blocks = [
      'Storm live: rivers rise across the valley',
      'The river authority has opened the flood barriers at three points along the valley, and residents of the lower streets have been told to move their cars.',
      '14:05\nWater is now over the towpath at the old mill, our reporter says.',
      '13:52\nThe council has opened the sports hall as a rest centre for anyone who needs it.',
      '13:40\nTrains between the two towns suspended until further notice',
      '13:25\nPolice close the bridge on the main road to all traffic',
      '13:10\nSandbags handed out at the fire station on the high street',
    ];
    const texts = kept(blocks, '\n\n');
    assert.ok(texts.includes('Trains between the two towns suspended until further notice'));
    assert.ok(texts.includes('Police close the bridge on the main road to all traffic'));
    assert.ok(texts.includes('Sandbags handed out at the fire station on the high street'));
    assert.ok(!texts.includes('13:40'), 'the stamps stay out of the text');
  });

  it('still drops a list of other headlines below a story told in paragraphs', () => {
    const story = [
      'Council approves new cycle lanes for the town centre',
      'The council approved plans on Tuesday for three new cycle lanes through the town centre, to be built over the next two years.',
      'Work on the first lane, along the river road, is due to start in the spring and will close one side of the road for six weeks.',
      'Shop owners on the high street said they were worried about deliveries, but the council promised loading bays at both ends.',
      'The plans will be shown at the library on Saturday, when residents can ask the engineers questions.',
    ];
    const related = [
      'School roof repairs finished ahead of the new term',
      'Bus company adds late services on Fridays',
      'New owners for the old mill by the river',
    ];
    const texts = kept([...story, ...related]);
    for (const headline of related) assert.ok(!texts.includes(headline), headline);
  });
});

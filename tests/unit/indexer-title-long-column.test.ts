import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: a column of job ads (a title and a contract line each, twenty headline-shaped
// lines in all) above the story's headline, byline and paragraphs.
const TOWNS = ['Porthaven', 'Kelmouth', 'Ashby', 'Dunmore', 'Rilford', 'Eastwick', 'Marlow Bay', 'Tarnside', 'Holloway', 'Brackwater'];
const HEADLINE = 'Bypass works start on the eastern road';
const STORY = [
  'Work on the eastern bypass of Porthaven starts on Monday, the council said, and the road will be closed to lorries for the first two months.',
  'The bypass has been planned for twenty years and should take traffic away from the old town centre by the end of next year.',
  'Residents of the eastern road said they welcomed the works but feared the noise of the lorries during the night shifts.',
];

describe('title: the headline under a long column of headline-shaped lines', () => {
  it('is found past the twentieth candidate', () => {
    const ads = TOWNS.flatMap((t) => [`Shop Assistant - ${t} High Street`, `Permanent · ${t.toUpperCase()}`, '']);
    const page = ['Retail Jobs', '', ...ads, HEADLINE, '', 'By Jane Doe', '', ...STORY.flatMap((p) => [p, ''])];
    assert.equal(cleanText(page.join('\n')).headline?.text, HEADLINE);
  });
});

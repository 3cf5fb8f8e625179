/**
 * A short line over a paragraph the page cut off at its end is the story going on — a subheading —
 * not its byline (issue 18, the twenty-first session; 18body9's measured narrowing, taken by the lead
 * after it kept story lines on three sites and kept no junk on any labelled set). Text invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const CUT =
  'The new boat that joins the route in June carries two hundred more passengers and thirty more cars on each crossing than the one it replaces and its';

function kept(text: string): string[] {
  return cleanText(text).kept.map((l) => l.text);
}

describe('a short line under the story', () => {
  it('stays when a paragraph the page cut off follows it', () => {
    const page = `Harbour News\n\n${HEADLINE}\n\n${BODY}\n\nMary Quayle\n\n${CUT}`;
    assert.ok(kept(page).includes('Mary Quayle'));
    assert.ok(kept(page).includes(CUT));
  });

  it('still goes as the byline when a finished line follows it', () => {
    const page = `Harbour News\n\n${HEADLINE}\n\n${BODY}\n\nMary Quayle\n\nShare this article`;
    assert.ok(!kept(page).includes('Mary Quayle'));
  });
});

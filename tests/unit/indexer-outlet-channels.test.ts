/**
 * Task 18out6: the site's channel on a messaging platform ("Siga las noticias de Example en
 * WhatsApp", "Join the WhatsApp channel of Example", "Najnovije vijesti Example i na Viberu"), the
 * site's newsletter ("sign up to our weekly email for Example"), an address dateline with its dash
 * run into the first word ("EXAMPLE.CO.ID, TOWN—Police…"), and an e-mail address's label, which
 * names a contact's workplace (a city hall), not the page. Every page and every outlet here is
 * invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe("the site's channel on a platform", () => {
  it('reads the news words, the site and "on" the platform', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nSiga las noticias de Radio Bahía en WhatsApp`), 'Radio Bahía');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nNajnovije vijesti Lukainfo i na Viberu`), 'Lukainfo');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nFollow the latest news of Harbour Herald on Telegram.`), 'The Harbour Herald');
  });

  it('reads the channel, then its owner', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nUnirse al canal de WhatsApp de Noticias BTV`), 'Noticias BTV');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nJoin the WhatsApp channel of Harbour Daily`), 'Harbour Daily');
  });

  it('takes no platform, and no line without one, for a channel', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nSiga las noticias de Radio Bahía en directo`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nJoin the channel of WhatsApp`), 'Unknown');
  });
});

describe("an invitation to the site's newsletter", () => {
  it('reads the name after the newsletter word when the line asks the reader to sign up', () => {
    const en = `${BODY}\n\nIf you enjoyed this story you can sign up to our weekly email for Harbour Energy News – and you can also follow the ferry board's own updates, which arrive every month.`;
    assert.equal(outletOf(`${HEADLINE}\n\n${en}`), 'Harbour Energy News');
    const nl = `${BODY}\n\nJa, ik wil graag wekelijks de nieuwsbrief van Hart van Havenstad ontvangen met het laatste nieuws.`;
    assert.equal(outletOf(`${HEADLINE}\n\n${nl}`), 'Hart van Havenstad');
  });

  it('takes no newsletter a story cites', () => {
    const cited = `${BODY}\n\nAnalysts wrote in a newsletter from Harbour Bank that they expect the fares to rise next year.`;
    assert.equal(outletOf(`${HEADLINE}\n\n${cited}`), 'Unknown');
  });
});

describe('an address dateline run into its first word', () => {
  it('reads "EXAMPLE.CO.ID, TOWN—Text" as "EXAMPLE.CO.ID, TOWN -- Text"', () => {
    const spaced = outletOf(`${HEADLINE}\n\nHarbournews.com, TANJUNG -- ${BODY}`);
    assert.equal(outletOf(`${HEADLINE}\n\nHarbournews.com, TANJUNG—${BODY}`), spaced);
    assert.notEqual(spaced, 'Unknown');
  });
});

describe("an e-mail address's label", () => {
  it('is not the page named by a town in the story', () => {
    const page = `${HEADLINE}\n\nInfo line:\ninfo@harbourton.lv\nHarbourton, Latvia.\n\n${BODY}`;
    assert.equal(outletOf(page), 'Unknown');
  });
});

describe('an address in a line dropped as a promotion', () => {
  it('is the site sending its readers to itself', () => {
    const page = `${HEADLINE}\n\n${BODY}\n\nWięcej informacji z regionu i ze świata zapraszamy na HarbourPost.pl`;
    assert.equal(outletOf(page), 'HarbourPost.pl');
  });

  it('is a site the story is about in a sentence of the story', () => {
    const page = `${HEADLINE}\n\n${BODY}\n\nThe board said the new timetable had first been reported by a reader of harbourpost.pl last week.`;
    assert.equal(outletOf(page), 'Unknown');
  });
});

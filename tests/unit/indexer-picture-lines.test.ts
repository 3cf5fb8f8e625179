/**
 * A photo's furniture told by shapes no phrase rule reads (indexer/clean/picture-lines.ts): each
 * rule has body lines of nearly the same shape that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { HEADLINE, P1, P2, P3, kept, reasonOf, assertCaptions, assertKept } from '../helpers/caption-fixture.ts';

const clean = (lines: string[]) => cleanText(lines.join('\n'));

describe("a gallery's counter and an image's file name", () => {
  it('drops them alone on their line, in any language', () => {
    assertCaptions(['Image 1 of 2', 'Slide 3 of 8', 'Снимка 2 от 5', '061524_harbour_bridge']);
  });
  it("drops a phone's or an app's own file name as a caption; a stamp with a time stays a stamp", () => {
    assertCaptions(['WhatsApp Image 2024-08-09 at 12.15.19 PM', 'WhatsApp Image 2023-01-05 at 09.41.07 (1).jpeg']);
    for (const stamp of ['Published 2024-08-09 at 12:15', 'Updated 2024-08-09 at 12.15'])
      assert.notEqual(reasonOf([HEADLINE, '', stamp, '', P1, '', P2], stamp), 'caption', stamp);
  });
  it('drops a short line holding a media file name among its words (18junk13)', () => {
    assertCaptions([
      'Image from iOS (10).jpg',
      'Harbour Bridge Cables.jfif Riverside Port Authority',
      '[audio:mayor-interview2.mp3]The Mayor On The Bridge Works[/audio]',
    ]);
  });
  it('keeps a sentence that names a picture format, and a web address', () => {
    assertKept(['The council posted the plans as JPEG files and a video on its website.', 'Read the plans at harbour.gov/bridge.']);
  });
  it('keeps numbers and words that are text', () => {
    assertKept([
      'Two of the 12 lanes reopen first.',
      'The score was 4/12 at half time, and the visitors never recovered.',
      'harbour-bridge',
      'river_walker',
    ]);
  });
});

describe('a caption closed by a source label with no full stop before it', () => {
  it('drops it, the label in any of several languages, brackets too', () => {
    assertCaptions([
      'Cranes lift the last cable into place Source: Harbour Press',
      'Robotnicy na moście o świcie Źródło: Port Miejski',
      'Работници на моста КАДЪР: X/@harbourcam',
      'Мостът на разсъмване (Снимка: Иван Петров)',
      'הגשר בשעת הזריחה (צילום: יוסי כהן)',
      'Cây cầu mới lúc bình minh ngày 3/3 (ảnh: Cảng Thành phố).',
    ]);
  });
  it('keeps a paragraph that ends its sentence before citing a source, and a short label line', () => {
    assertKept([
      'Traffic fell by a third during the works, according to the council. Source: council figures',
      'The works cost more than planned (source: the council’s own report, published in May).',
    ]);
  });
});

describe("a caption right above its photographer's agency credit", () => {
  const CAPTION = 'Workers clear the deck of the bridge on Friday, March 3, in Riverside, after the last cable was lifted into place.';
  const CREDIT = 'Jane Doe - staff, ASSOCIATED PRESS';
  it('drops the caption and the credit', () => {
    const result = clean([HEADLINE, '', P1, '', CAPTION, CREDIT, '', P2, '', P3]);
    assert.deepEqual(
      result.kept.map((l) => l.text),
      [P1, P2, P3],
    );
    assert.equal(result.dropped.find((d) => d.text === CAPTION)?.reason, 'caption');
  });
  it('keeps a paragraph with a blank line before a credit, and a paragraph over a line of names that is no credit', () => {
    assert.ok(kept([HEADLINE, '', P1, '', CAPTION, '', CREDIT, '', P2]).includes(CAPTION));
    assert.ok(kept([HEADLINE, '', P1, '', CAPTION, 'Jane Doe and John Smith', '', P2]).includes(CAPTION));
  });
});

describe('a caption glued to its own copy', () => {
  const CAPTION = 'The old steel cables lie on the quay before they are taken away for scrap.';
  it('drops the doubled line and the same caption printed alone next to it, quotes typed otherwise', () => {
    const doubled = `${CAPTION} - ${CAPTION.slice(0, 50)}`;
    const alone = CAPTION.replace('quay', 'quay’s edge');
    const doubledAlone = `${alone} - ${alone.slice(0, 50)}`.replace('’', "'");
    assertCaptions([doubled]);
    assert.deepEqual(kept([HEADLINE, '', doubledAlone, '', alone, '', P1, '', P2]), [P1, P2]);
  });
  it('keeps a paragraph whose dash does not repeat it', () => {
    assertKept([`${CAPTION} - a sight the town had waited six months to see, said the mayor.`]);
  });
});

describe('a note that the picture is an illustration, and a labelled slash credit', () => {
  it('drops them', () => {
    assertCaptions([
      'Our photo is an illustration of a bridge elsewhere.',
      'A kép illusztráció a kikötőről',
      'Symbolbild, Hafen am Morgen',
    ]);
    const credit = 'Titelbild: Harbour Press/Jane Doe';
    assert.equal(phraseReason(credit), null);
    assert.equal(reasonOf([HEADLINE, '', P1, '', credit, '', P2, '', P3], credit), 'credit');
  });
  it('keeps a short line on an illustration with no picture word, and a label over a pair of places', () => {
    assertKept(['The mayor illustrated her point with a map.', 'Route: Riverside/Northfield and back']);
  });
});

/**
 * Lists that are the story itself, not furniture below it (issue 18, 18list): each keep case has a
 * drop case of the same shape whose lines are other stories'. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE, keptText, P1, P2, page } from '../helpers/bridge-story.ts';

describe('a numbered list whose entries each stand over their own paragraph', () => {
  const entry = (n: number, name: string, from: string, to: string, text: string) => [`${n}. ${name}`, `From: ${from}`, `To: ${to}`, text];
  const entries = [
    ...entry(
      1,
      'Anna Berg',
      'Harbour FC',
      'Riverside',
      'Riverside signed the defender on a three-year contract after a long season at the harbour club.',
    ),
    ...entry(
      2,
      'Tom Lind',
      'Northgate',
      'Harbour FC',
      'The winger returns to the club where he played as a boy, for a fee the two clubs did not disclose.',
    ),
    ...entry(
      3,
      'Eva Holm',
      'Westport',
      'Northgate',
      'Northgate beat two other clubs to the striker, who scored eleven goals for Westport last year.',
    ),
  ];

  it('keeps every entry: its number, its fields and its text', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, ...entries)), [P1, P2, ...entries]);
  });

  it('still drops a numbered list of other stories printed one under another below the story', () => {
    const list = [
      '1. Mountain goats return to the ski village',
      '2. Jazz trio wins national prize',
      '3. Ferry timetable changes in spring',
    ];
    const kept = keptText(`${page(HEADLINE, P1, P2, 'Most read')}\n\n${list.join('\n')}`);
    assert.deepEqual(kept, [P1, P2]);
  });
});

describe('the line above an embedded post’s signature on a page that lost the posts’ texts', () => {
  const sig = (name: string, handle: string) => `— ${name} (@${handle}) March 3, 2025`;
  const said = 'Traffic was back on the harbour bridge on Monday morning, the port authority said in a post.';

  it('keeps the story’s sentence when one signature sits right under another', () => {
    const text = page(HEADLINE, P1, said, sig('Port Authority', 'harbourport'), sig('Anna Berg', 'annaberg'), P2);
    assert.deepEqual(keptText(text), [P1, said, P2]);
  });

  it('still drops a line with a handle or a link there, which is the post', () => {
    const post = 'Traffic is back on the bridge, thanks @harbourcity for your patience!';
    const text = page(HEADLINE, P1, post, sig('Port Authority', 'harbourport'), sig('Anna Berg', 'annaberg'), P2);
    assert.deepEqual(keptText(text), [P1, P2]);
  });
});

describe('a lead taken for the headline, ending in another script’s full stop', () => {
  it('stays in the text, as a lead ending in "." does', () => {
    // Bengali: "A truck driver was killed in a road accident on the highway. He lived in the district town."
    const lead = 'মহাসড়কের গুল্লা এলাকায় সড়ক দুর্ঘটনায় ট্রাকচালক হোসেন আলী নিহত হয়েছে। সে জেলার সদর উপজেলার বাসিন্দা।';
    const next = 'ভোরে সংঘটিত এ দুর্ঘটনায় আহত অপর তিনজনকে জেনারেল হাসপাতালে ভর্তি করা হয়েছে। পুলিশ ঘটনাস্থল থেকে ট্রাকটি জব্দ করেছে এবং তদন্ত চলছে।';
    assert.ok(keptText(page(lead, next)).includes(lead));
  });
});

describe('a label ending in a colon over the story’s bulleted points, between the headline and the first paragraph', () => {
  const points = [
    '• The bridge reopens to traffic on Friday after six months of repairs on its cables.',
    '• Shops near the bridge lost customers during the works and ask the council for help.',
  ];

  it('keeps the label with its points', () => {
    const text = `${page(HEADLINE, 'Updated 15:53', 'Key points:', points.join('\n'), P1, P2)}`;
    assert.deepEqual(keptText(text), ['Key points:', ...points, P1, P2]);
  });

  it('still drops such a label over a paragraph: a control of the page', () => {
    assert.deepEqual(keptText(page(HEADLINE, 'Updated 15:53', 'Read offline:', P1, P2)), [P1, P2]);
  });
});

describe('a standfirst printed twice under the headline, its stamps and byline', () => {
  const standfirst =
    'The harbour bridge reopens on Friday after six months of repairs. Shops nearby lost customers. The council will decide on help.';

  it('keeps the first copy as the story’s first line', () => {
    const text = page(HEADLINE, '2025-08-27 17:33', 'By Anna Berg', '2025-08-27 17:33', '2025-08-27 17:33', standfirst, standfirst, P1, P2);
    assert.deepEqual(keptText(text), [standfirst, P1, P2]);
  });
});

describe('a page cut off by the scraper a few words into its next paragraph', () => {
  it('keeps the cut paragraph of five words or more below an ad label', () => {
    const cut = 'On Monday evening, the mayor sa';
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, 'Advertisement', cut)), [P1, P2, cut]);
  });
});

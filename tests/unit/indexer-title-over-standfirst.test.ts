import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { isBodyParagraph, isTopChrome } from '../../indexer/clean/title-candidates.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { splitTitleLine, suffixIsSiteName } from '../../indexer/clean/title.ts';
import { isMediaLabel } from '../../indexer/infer/outlet-words.ts';

// Invented text: a story about a ferry, and the lines a page's top stacks over it.
const BODY = 'The Porthaven ferry left an hour late on Monday after the crew found a crack in the loading ramp, the operator said.';
const BODY2 =
  'Engineers checked the ferry ramp through the morning while passengers waited on the quay, and the evening crossing was cancelled.';

const headlineOf = (top: string[]) => cleanText([...top, '', BODY, '', BODY2].join('\n\n')).headline?.text;

describe('title: a headline in title case over its standfirst', () => {
  const headline = 'Porthaven Ferry Ramp Cracks Again';
  const standfirst = 'Passengers waited for hours on the quay while engineers looked for a way to get the crossing going';

  it('takes the headline, not the longer line under it', () => {
    assert.equal(headlineOf([headline, standfirst]), headline);
  });

  it('still reads a name sharing nothing with the story as a label over the headline', () => {
    assert.equal(headlineOf(['Harbour Gazette Evening Edition', standfirst]), standfirst);
  });

  it('still reads a section over a headline not twice its length as a label', () => {
    const short = 'Crack found in the Porthaven ferry ramp';
    assert.equal(headlineOf(['Porthaven Ferry Ramp News', short]), short);
  });
});

describe('title: a short line printed twice under the headline', () => {
  const headline = 'Porthaven ferry stays in port after crew find a crack in its ramp';

  it('does not let a caption printed twice outscore the headline above it', () => {
    assert.equal(headlineOf([headline, 'Ferry ramp', 'Ferry ramp']), headline);
  });

  it('keeps the weight of a short headline printed twice under no headline-length line about the story', () => {
    assert.equal(headlineOf(['Wire 11.07.2020 22:58', 'Ferry ramp cracks', 'Ferry ramp cracks']), 'Ferry ramp cracks');
  });
});

describe('title: a pipe glued to the headline', () => {
  it('splits "Headline| Site" as "Headline | Site"', () => {
    assert.deepEqual(splitTitleLine('Ferry crew stop a film team on the quay| Coast Courier').suffix, {
      headline: 'Ferry crew stop a film team on the quay',
      site: 'Coast Courier',
      separator: '|',
    });
  });

  it('does not read a doubled pipe as a glued one', () => {
    assert.equal(splitTitleLine('Ferry crew stop a film team on the quay || Coast Courier').suffix?.separator, '||');
  });

  it('knows a media kind in scripts without case as no site', () => {
    assert.ok(isMediaLabel('إنفوجراف'));
    assert.ok(isMediaLabel('视频'));
  });
});

describe('title: names glued before the headline, the headline printed again below', () => {
  const headline = 'Porthaven ferry stays in port after crew find a crack';

  it('takes the copy below as the headline', () => {
    assert.equal(headlineOf([`Home News Coast ${headline}`, headline]), headline);
  });

  it('does not cut words in lower case, which are the headline’s own', () => {
    const line = `Why the ${headline}`;
    assert.notEqual(headlineOf([line, headline]), headline);
  });
});

describe('title: a headline wholly in quotes', () => {
  it('is no sentence for ending in a closing quote', () => {
    const quoted = '« Porthaven needs its ferry ramp mended before the summer crossings »';
    assert.equal(headlineOf(['Sign up for our evening letter', quoted]), quoted);
  });

  it('reads skip links in more languages as chrome', () => {
    for (const link of ['Accéder au contenu principal', 'Saltar al contenido', 'Přejít na obsah', 'İçeriğe geç', 'Перейти к содержанию'])
      assert.notEqual(phraseReason(link), null, link);
  });
});

describe('title: marks and tags around the headline', () => {
  it('takes a Markdown heading mark off the headline', () => {
    assert.equal(
      headlineOf(['# Porthaven ferry stays in port after crew find a crack']),
      'Porthaven ferry stays in port after crew find a crack',
    );
  });

  it('keeps a medium kicker in Portuguese on the headline, as it keeps "VIDEO:"', () => {
    const headline = 'VÍDEO: Ferry de Porthaven fica no porto depois de a tripulação encontrar uma fenda';
    assert.equal(headlineOf([headline]), headline);
  });

  it('reads a part number after a dash as the headline’s own, not a domain', () => {
    assert.equal(splitTitleLine('Porthaven ferry stays in port after crew find a crack – 4.DIO').suffix?.site, '4.DIO');
    assert.equal(suffixIsSiteName(splitTitleLine('Porthaven ferry stays in port after crew find a crack – 4.DIO')), false);
    assert.equal(suffixIsSiteName(splitTitleLine('Porthaven ferry stays in port after crew find a crack – coastcourier.com')), true);
  });
});

describe('title: a headline in a script without case with an acronym in capitals', () => {
  it('is no menu in capitals', () => {
    // Invented text: "JA rice shipments: advance contracts advance, more years to come, a ministry survey".
    const headline = 'JA出荷米 事前契約進む 複数年など課題 農水省調査';
    const top = [{ line: 1, text: headline, reason: null, heading: false, words: 4 }];
    assert.equal(isTopChrome(top, 0), false);
    assert.equal(isTopChrome([{ ...top[0]!, text: 'NEWS SPORT WEATHER TRAVEL' }], 0), true);
  });
});

describe('title: a paragraph ending in a danda', () => {
  it('starts the text: the short headline above it stays the title', () => {
    // Invented text: "Truck driver dies in road accident", a channel's name, then the lead ending in "।".
    const headline = 'সড়ক দুর্ঘটনায় ট্রাকচালক নিহত';
    const lead =
      'ঢাকা-টাঙ্গাইল মহাসড়কের একটি এলাকায় সড়ক দুর্ঘটনায় এক ট্রাকচালক নিহত হয়েছেন এবং আরও তিনজন আহত হয়েছেন বলে পুলিশ জানিয়েছে আজ সকালে ভোরে সংঘটিত এ দুর্ঘটনায় আহতদের হাসপাতালে ভর্তি করা হয়েছে।';
    assert.equal(isBodyParagraph(lead), true);
    assert.equal(isBodyParagraph(headline), false);
  });
});

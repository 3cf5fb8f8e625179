/**
 * A standfirst in a script without capitals (issue 18): the chrome read below the headline takes
 * a line with no lower case as a menu in capitals, and a Hindi line has no lower case at all. A
 * line ending in its script's sentence mark (the danda) is a sentence, not a menu. The text is
 * invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const HEADLINE = 'नगर निगम की बैठक में बजट पर बहस';
const STANDFIRST = 'नगर निगम की बैठक में आज नए बजट पर लंबी बहस हुई।';
const P1 = 'महापौर ने कहा कि नए बजट में सड़कों और पानी की आपूर्ति के लिए पहले से अधिक पैसा रखा गया है और काम अगले महीने शुरू होगा।';
const P2 = 'विपक्ष के पार्षदों ने कहा कि बजट में पुराने बाजार की मरम्मत के लिए कुछ नहीं है और वे इसके खिलाफ मतदान करेंगे।';

const keptText = (text: string) => cleanText(text).kept.map((l) => l.text);

describe('a standfirst in a caseless script', () => {
  it('keeps the sentence under the headline that ends in its danda', () => {
    assert.deepEqual(keptText([HEADLINE, STANDFIRST, P1, P2].join('\n\n')), [STANDFIRST, P1, P2]);
  });

  it('still drops a menu in capitals below the headline', () => {
    const kept = keptText([HEADLINE, 'NEWS SPORT WEATHER CULTURE', STANDFIRST, P1, P2].join('\n\n'));
    assert.deepEqual(kept, [STANDFIRST, P1, P2]);
  });
});

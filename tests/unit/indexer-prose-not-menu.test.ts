/**
 * A long line with clause commas and no menu separators is prose (issue 18: a standfirst that
 * lost its full stop was dropped as 'navigation'). A long menu of bars is still dropped. The
 * text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const HEADLINE = 'Gözaltına alınan yakınlarını kurtarmak için jandarmaya saldırdılar';
const LEAD =
  "Ayşe DEMİR/MERSİN, (Ajans) MERSİN'de lokantada yapılan kimlik denetiminde aranan şüpheli, jandarma ekiplerince yakalanıp karakola götürüldü";
const P1 =
  'Relatives of the man then gathered outside the police station and tried to free him, and three officers were hurt in the scuffle.';
const P2 =
  'Olayın ardından on bir kişi gözaltına alındı ve kentin başsavcılığı tarafından olayla ilgili geniş çaplı bir soruşturma başlatıldı.';
const MENU =
  '| Home | World | Politics | Business | Sport | Culture | Science | Health | Travel | Weather | Video | Opinion | Podcasts | Live |';

const kept = (...blocks: string[]) => cleanText(blocks.join('\n\n')).kept.map((l) => l.text);

describe('long prose lines are not navigation', () => {
  it('keeps a standfirst with clause commas and no full stop', () => {
    assert.ok(kept('Gündem', HEADLINE, LEAD, '02 Mart 2019 03:02', P1, P2).includes(LEAD));
  });

  it('still drops a long menu of bars', () => {
    assert.ok(!kept(MENU, HEADLINE, LEAD, P1, P2).includes(MENU));
  });
});

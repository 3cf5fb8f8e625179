/**
 * The outlet from what the page's furniture writes (issue 18, task 18o6), and the furniture that
 * looks like a name but is not the site: a media kind or a byline after the headline, a currency
 * beside its rates. Every page here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe('what follows the headline in a site name’s place and is not the site', () => {
  it('leaves a media kind tagged on the title line Unknown', () => {
    assert.equal(outletOf(`${HEADLINE} | AUDIO\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE} | Foto + Video\n\n${BODY}`), 'Unknown');
    // A name in the same place still counts.
    assert.equal(outletOf(`${HEADLINE} | Harbourlight News\n\n${BODY}`), 'Harbourlight News');
  });

  it('leaves a label with its value or a byline after the headline Unknown', () => {
    assert.equal(outletOf(`${HEADLINE} | Report by Ref: Jane\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE} | Photos by Jane Doe\n\n${BODY}`), 'Unknown');
  });
});

describe('a newsroom word after a word of a phrase', () => {
  it('leaves the newsroom’s team or its pick Unknown, and still reads a name before the newsroom', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nTim Redaksi`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nVýběr redakce`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nHarbourlight Redaksi`), 'Harbourlight');
  });

  it('reads the newsroom words of more languages (Icelandic, Estonian, Hungarian, Lithuanian)', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nRitstjórn HLT\n\n${BODY}`), 'HLT');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nHarbourlight szerkesztőség`), 'Harbourlight');
  });
});

describe('furniture that names the site in other orders and on other platforms', () => {
  it('reads the site’s address opening the story as its dateline', () => {
    // Written as the site writes itself there.
    assert.equal(outletOf(`${HEADLINE}\n\nHarbourlight.com - ${BODY}`), 'Harbourlight.com');
    assert.equal(outletOf(`${HEADLINE}\n\nPORTSEA, HARBOURLIGHT.com — ${BODY}`), 'HARBOURLIGHT.com');
    // A country's second-level suffix ("co.id", "com.br") is still one address.
    assert.equal(outletOf(`${HEADLINE}\n\nHARBOURLIGHT.co.id – ${BODY}`), 'HARBOURLIGHT.co.id');
    // A word before the dash is a town or a kicker, not an address.
    assert.equal(outletOf(`${HEADLINE}\n\nHarbourlight - ${BODY}`), 'Unknown');
  });

  it('reads an app prompt with the app word first, and a follow prompt naming a platform further on', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nMuat turun aplikasi Harbourlight Harian. Klik di sini!`), 'Harbourlight Harian');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nIkuti Harbourlight untuk berita terkini di WhatsApp Channel`), 'Harbourlight');
    // Without a platform, "follow" is as often a story's verb.
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nFollow Harbourlight closely this spring`), 'Unknown');
    // Nor is a person followed on a platform the site.
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nIkuti Jane Doe untuk berita terkini di WhatsApp Channel`), 'Unknown');
  });

  it('does not read a channel on a platform as a name ("… di Channel Telegram X": "di" is "on", not "by")', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nIkuti Kabar Terbaru di Channel Telegram Harbourlightnews`), 'Unknown');
  });

  it('reads the writer then the site on a line above the story, when the site is shaped like one', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nJane Doe - harbourLight\n\n${BODY}\n\nharbourLight`), 'harbourLight');
    assert.equal(outletOf(`${HEADLINE}\n\nJane Doe | Harbourlight Daily\n\n${BODY}\n\nHarbourlight Daily`), 'Harbourlight Daily');
    // The writer and the site on one line are the page's own credit stamp, enough alone (task 18out9; 18out3 asked for a second place).
    assert.equal(outletOf(`${HEADLINE}\n\nJane Doe | Harbourlight Daily\n\n${BODY}`), 'Harbourlight Daily');
    // Two people, or a place, after the writer are not the site.
    assert.equal(outletOf(`${HEADLINE}\n\nJane Doe - John Roe\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nJane Doe - Portsea\n\n${BODY}`), 'Unknown');
  });

  it('reads readers sent to the site’s own newsroom, not a newsroom word in a sentence', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nConnect with the Harbourlight Newsroom:`), 'Harbourlight');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nContact the Portsea Council press office editors today about it`), 'Unknown');
  });

  it('reads a blog platform’s footer naming the site, lower case included', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nDiscover more from harbourlight`), 'harbourlight');
  });

  it('reads a Chinese report mark opening the story, not "this paper" nor a wire’s', () => {
    const story = '港口委员会昨日宣布,从四月起首班渡轮提前半小时开出,季票乘客票价不变,最后一班晚间渡轮时间不变。';
    assert.equal(outletOf(`渡轮时刻表春季起调整\n\n【海港日报2021年3月9日讯】${story}\n\n${story}`), '海港日报');
    assert.equal(outletOf(`渡轮时刻表春季起调整\n\n【本报讯】${story}\n\n${story}`), 'Unknown');
  });
});

describe('a copyright holder written with its legal form', () => {
  it('needs another place to agree, since the company is often the group owning the site', () => {
    const notice = 'Copyright 2024 Harbourlight Broadcasting, Inc. All rights reserved.';
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n${notice}`), 'Unknown');
    assert.equal(
      outletOf(`${HEADLINE}\n\n${BODY}\n\nCopyright 2024 Harbourlight Broadcasting. All rights reserved.`),
      'Harbourlight Broadcasting',
    );
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nwww.harbourlight-broadcasting.example\n\n${notice}`), 'Harbourlight Broadcasting');
  });
});

describe('the site’s own full notice below the story', () => {
  it('names the site alone when it reserves all rights, in a script without case too', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n© 2024 Harbourlight. All rights reserved.`), 'Harbourlight');
    const story = [
      '항구 위원회는 4월부터 첫 아침 여객선을 30분 앞당긴다고 밝혔다. 통근자 설문 조사에서 많은 사람들이 이른 출발을 원했기 때문이다.',
      '정기권 요금은 그대로이며 마지막 저녁 배 시간도 바뀌지 않는다고 위원회는 말했다. 새 시간표는 변경 첫 주 동안 두 부두에서 나누어 준다.',
    ].join('\n\n');
    assert.equal(outletOf(`여객선 시간표 봄부터 바뀐다\n\n${story}\n\nCopyright ⓒ 항구신문 All rights reserved.`), '항구신문');
  });

  it('does not take a notice above the story, or one with a licensee’s terms, alone', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n© 2024 Harbourlight. All rights reserved.\n\n${BODY}`), 'Unknown');
    const terms = '© 2024 Harbourlight. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.';
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n${terms}`), 'Unknown');
  });
});

describe('a section name written as one compound word', () => {
  it('leaves a label compounded with a trade noun on the top line Unknown, and still reads a masthead there', () => {
    assert.equal(outletOf(`Lokalnachrichten\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`Paikallisuutiset\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`Hafenblattnachrichten\n\n${HEADLINE}\n\n${BODY}`), 'Hafenblattnachrichten');
  });
});

/**
 * Where the page names its outlet, and shapes that name none (issue 18, task 18outlet): an app
 * prompt with the app word after the name in Nordic and other languages ("Lataa Example-sovellus"),
 * the site's address before a mixed-case town or after a scraper's date ("Example.com, Town - …"), a
 * name alone at the top written joined as the page's tag ("#ExampleBeast"), a breadcrumb trail rooted at
 * the site's address ("Example.com » Sports » …"), the newsroom as the subject of "spoke to", the Arabic dateline "CITY - NAME" above the story, a picture credit in the
 * title's site place ("… - Example Daily/ Jane Doe"); and what is no site: a template key shaped like an
 * address ("news.modal.header"), a section word beside the date ("Nieuws - 15 maart 2022"), a
 * listed name inside a longer copyright holder. Every page and outlet here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe('where the page names its outlet', () => {
  it('reads an app prompt with the app word after the name', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nLataa Harbourlehti-sovellus: IOS / Android`), 'Harbourlehti');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nLast ned Havneposten-appen`), 'Havneposten');
  });

  it('reads the address opening the story before a town in mixed case', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nHarbourdaily.com, Tanjung - ${BODY}`), 'Harbourdaily.com');
  });

  it("reads the address dateline after a scraper's ISO date", () => {
    assert.equal(outletOf(`${HEADLINE}\n\ndate 2025-05 HARBOURNEWS.CO, Tanjung - ${BODY}`), 'HARBOURNEWS.CO');
  });

  it('reads a name alone at the top that the page writes joined as its tag', () => {
    assert.equal(outletOf(`HBX Beast\n\n${HEADLINE}\n\n${BODY}\n\n#HBXBeast #Ferries`), 'HBX Beast');
    assert.equal(outletOf(`HBX Beast\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
  });

  it('reads a breadcrumb trail rooted at an address, and needs another place for a trail rooted at a name', () => {
    assert.equal(outletOf(`Harbourdaily.com » Travel » Ferries\n\n${HEADLINE}\n\n${BODY}`), 'Harbourdaily.com');
    assert.equal(outletOf(`Harbour Daily Post » Travel » Ferries\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
  });

  it('reads the Arabic dateline "CITY - NAME" alone right above the story', () => {
    const story =
      'أعلنت البلدية اليوم عن تغيير مواعيد العبارات ابتداء من فصل الربيع المقبل بعد دراسة طويلة لحركة الركاب في الميناء خلال العام الماضي كله.';
    const more =
      'وقال مسؤول في الميناء إن الجدول الجديد سيوزع على الركاب عند الأرصفة وفي مكاتب التذاكر خلال الأسابيع القادمة قبل بدء العمل به رسميا.';
    assert.equal(outletOf(`مسقط - المرفأ\n\n${story}\n\n${more}`), 'المرفأ');
    assert.equal(outletOf(`مسقط - المرفأ\n\nأخبار الميناء\n\n${story}\n\n${more}`), 'Unknown');
  });

  it('reads the newsroom as the subject of its own reporting, not a person', () => {
    const [a, b, c] = BODY.split('\n\n');
    assert.equal(
      outletOf(`${HEADLINE}\n\n${a}\n\nHarbour News spoke to passengers at the pier about the change.\n\n${b}\n\n${c}`),
      'Harbour News',
    );
    assert.equal(outletOf(`${HEADLINE}\n\n${a}\n\nJane Doe spoke to passengers at the pier about the change.\n\n${b}\n\n${c}`), 'Unknown');
  });

  it('reads the newsroom as the subject of its own reporting in other languages', () => {
    const de = [
      'Die Fährgesellschaft ändert ab dem Frühjahr ihren Fahrplan für alle Linien im Hafen, wie sie am Montag mitteilte.',
      'Die Hafenzeitung sprach mit Fahrgästen am Anleger über die neuen Zeiten und die Preise für die Saisonkarten.',
      'Die neuen Fahrpläne liegen ab der kommenden Woche an allen Anlegern und in den Verkaufsstellen im Hafen aus.',
    ].join('\n\n');
    assert.equal(outletOf(`Neuer Fahrplan für die Fähren ab Frühjahr\n\n${de}`), 'Die Hafenzeitung');
  });

  it("reads the site before a photographer's name in the title's site place", () => {
    assert.equal(outletOf(`${HEADLINE} - Harbour Daily/ Jane Doe\n\n${BODY}\n\nharbourdaily.com`), 'Harbour Daily');
  });
});

describe('shapes that name no outlet', () => {
  it('takes no template key for an address', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nnews.modal.header`), 'Unknown');
  });

  it('takes no section word beside the date for the site', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nNieuws - 15 maart 2022 - Webredactie\n\n${BODY}`), 'Unknown');
  });

  it('takes no listed name inside a longer copyright holder', () => {
    assert.equal(
      outletOf(`${HEADLINE}\n\n${BODY}\n\nCopyright © Northshire British Broadcasting Corporation. All rights reserved.`),
      'Unknown',
    );
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nCopyright © British Broadcasting Corporation. All rights reserved.`), 'BBC');
  });
});

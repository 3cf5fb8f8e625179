/**
 * The site named through the people and notices that work for it (issue 18): a byline with the
 * paper after the writer, a contributor's "Special to", a writer's bio with a masthead in
 * capitals, the site's own browser notice, an invitation to follow it; and the same words about
 * another outlet in a story's prose, which must not name the site. Every page here is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { HEADLINE, PARAS as FERRY } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const PARAS: [string, string] = [FERRY[0], FERRY[1]];
const ES: [string, string] = [
  'El consejo del puerto adelantará media hora el primer barco de la mañana a partir de abril, tras una encuesta entre los usuarios.',
  'Las tarifas no cambian para los abonados, según el consejo, y el último barco de la tarde mantiene su horario.',
];

function outletOf(lines: string[]): string {
  const r = articleFromFile({ bytes: Buffer.from(lines.join('\n')), source: 'page.txt' });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return r.article.outlet;
}

describe('roles that name the site', () => {
  it('reads the paper after the writer in a byline, and a contributor writing for it', () => {
    assert.equal(outletOf([HEADLINE, '', 'By Jane Roe / Quayside Press', '', ...PARAS]), 'Quayside Press');
    assert.equal(outletOf(['Jane Roe', 'Special to The Quayside Courier', HEADLINE, '', ...PARAS]), 'The Quayside Courier');
  });

  it("reads a writer's bio when the site's masthead in capitals agrees, not the bio alone", () => {
    const bio = 'Redactora de EL FARO ESTE especializada en puertos. Trabajó antes en Radio Costa y Onda Norte.';
    const notice = 'Tu suscripción se está usando en otro dispositivo y solo puedes leer EL FARO ESTE en uno a la vez.';
    assert.equal(
      outletOf(['Cambia el horario de los ferris', '', ...ES, '', notice, '', 'Sobre la firma', 'Ana Ruiz', bio]),
      'EL FARO ESTE',
    );
    assert.equal(outletOf(['Cambia el horario de los ferris', '', ...ES, '', 'Sobre la firma', 'Ana Ruiz', bio]), 'Unknown');
  });

  it("reads the site's own browser notice and an invitation to follow a brand written in lower case", () => {
    const notice = 'Pour une navigation optimale, le site de RADIOMAREE est compatible avec les navigateurs suivants : Firefox 10 et +.';
    assert.equal(outletOf([notice, HEADLINE, '', ...PARAS]), 'RADIOMAREE');
    assert.equal(
      outletOf(['Cambia el horario de los ferris', '', `Sigue en mareaLibre el minuto a minuto del puerto. ${ES[0]}`, '', ES[1]]),
      'mareaLibre',
    );
  });

  it('does not take a related-links label alone: a partner labels its links with its own brand', () => {
    assert.equal(outletOf([HEADLINE, '', ...PARAS, '', 'More Quayside Courier Stories']), 'Unknown');
  });

  it('does not take another outlet quoted in the story, a person after "By", or a platform to follow', () => {
    assert.equal(outletOf([HEADLINE, '', `${PARAS[0]} A reporter for the Harbour Times asked about the fares.`, '', PARAS[1]]), 'Unknown');
    assert.equal(outletOf([HEADLINE, '', 'By Jane Roe / John Doe', '', ...PARAS]), 'Unknown');
    assert.equal(outletOf(['Cambia el horario de los ferris', '', 'Síguenos en Facebook', '', ...ES]), 'Unknown');
  });
});

/**
 * Judged queries over ../shared/corpora/bbc-news, written by reading the articles: each query
 * with the article files a reader means by it (paths under `news/`). Plain, typo, prefix,
 * compound and synonym queries (the synonym ones rely on corpus/synonyms.yaml).
 */
export interface BbcJudgement {
  q: string;
  kind: 'plain' | 'typo' | 'prefix' | 'compound' | 'synonym';
  /** Articles that must be found (corpus-relative paths below `news/`). */
  articles: string[];
}

export const bbcJudgements: BbcJudgement[] = [
  { q: 'Shell payoff', kind: 'plain', articles: ['business/1m-payoff-for-former-shell-boss.txt'] },
  { q: 'Absa Barclays', kind: 'plain', articles: ['business/absa-and-barclays-talks-continue.txt'] },
  { q: 'WPP profits', kind: 'plain', articles: ['business/ad-firm-wpp-s-profits-surge-15.txt'] },
  { q: 'Time Warner advertising profit', kind: 'plain', articles: ['business/ad-sales-boost-time-warner-profit.txt'] },
  { q: 'Davos aids climate', kind: 'plain', articles: ['business/aids-and-climate-top-davos-agenda.txt'] },
  { q: 'EuroDisney turnaround', kind: 'plain', articles: ['business/ailing-eurodisney-vows-turnaround.txt'] },
  { q: 'Air China London listing', kind: 'plain', articles: ['business/air-china-in-1bn-london-listing.txt'] },
  { q: 'Air Jamaica', kind: 'plain', articles: ['business/air-jamaica-back-in-state-control.txt'] },
  { q: 'Viacom indecency fine', kind: 'plain', articles: ['entertainment/1-8m-indecency-fine-for-viacom.txt'] },
  { q: 'Gervais sitcom', kind: 'plain', articles: ['entertainment/a-listers-flock-to-gervais-sitcom.txt'] },
  { q: 'Aaliyah court', kind: 'plain', articles: ['entertainment/aaliyah-claim-dismissed-by-court.txt'] },
  { q: 'Abba musical premiere', kind: 'plain', articles: ['entertainment/abba-reunite-for-musical-premiere.txt'] },
  { q: 'Foxx Globe nominations', kind: 'plain', articles: ['entertainment/actor-foxx-sees-globe-nominations.txt'] },
  { q: 'Julia Roberts spider', kind: 'plain', articles: ['entertainment/actress-roberts-takes-spider-role.txt'] },
  { q: 'Metal Slug', kind: 'plain', articles: ['tech/2d-metal-slug-offers-retro-fun.txt'] },
  { q: 'tremor mouse', kind: 'plain', articles: ['tech/anti-tremor-mouse-stops-pc-shakes.txt'] },
  { q: 'Agassi Melbourne', kind: 'plain', articles: ['sport/agassi-fear-for-melbourne.txt'] },
  { q: 'Adriano Chelsea', kind: 'plain', articles: ['sport/adriano-s-chelsea-link-rejected.txt'] },
  { q: 'Ajax Jol', kind: 'plain', articles: ['sport/ajax-refuse-to-rule-out-jol-move.txt'] },
  { q: 'Gervias sitcom', kind: 'typo', articles: ['entertainment/a-listers-flock-to-gervais-sitcom.txt'] },
  { q: 'Agasi Melbourne', kind: 'typo', articles: ['sport/agassi-fear-for-melbourne.txt'] },
  { q: 'EuroDisnye turnaround', kind: 'typo', articles: ['business/ailing-eurodisney-vows-turnaround.txt'] },
  { q: 'Absa Barclys', kind: 'typo', articles: ['business/absa-and-barclays-talks-continue.txt'] },
  { q: 'Viacomm indecency', kind: 'typo', articles: ['entertainment/1-8m-indecency-fine-for-viacom.txt'] },
  { q: 'screensavr spam', kind: 'typo', articles: ['tech/anti-spam-screensaver-scrapped.txt'] },
  { q: 'Eurovis', kind: 'prefix', articles: ['entertainment/eurovision-greats-to-do-battle.txt'] },
  { q: 'Netanyah', kind: 'prefix', articles: ['business/israel-looks-to-us-for-bank-chief.txt'] },
  { q: 'anti spam screensaver', kind: 'compound', articles: ['tech/anti-spam-screensaver-scrapped.txt'] },
  { q: 'antispam screensaver', kind: 'compound', articles: ['tech/anti-spam-screensaver-scrapped.txt'] },
  { q: 'Myanmar', kind: 'synonym', articles: ['politics/terror-powers-expose-tyranny.txt', 'politics/straw-attacked-on-china-arms.txt'] },
  {
    q: 'Qaida',
    kind: 'synonym',
    articles: ['politics/terror-powers-expose-tyranny.txt', 'politics/amnesty-chief-laments-war-failure.txt'],
  },
  { q: 'Peking Google news', kind: 'synonym', articles: ['tech/china-blocks-google-news-site.txt'] },
  { q: 'Mahmud Abbas attacks', kind: 'synonym', articles: ['politics/abbas-will-not-tolerate-attacks.txt'] },
  { q: 'Kyiv sell-offs', kind: 'synonym', articles: ['business/ukraine-revisits-state-sell-offs.txt'] },
  { q: 'truce Kashmir', kind: 'synonym', articles: ['politics/straw-praises-kashmir-moves.txt'] },
];

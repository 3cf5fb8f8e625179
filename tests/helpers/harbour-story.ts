/** An invented story (headline and three paragraphs) for title tests that put other lines above it. */
export const HEADLINE = 'Harbour police ask residents to report empty homes before the holidays';
export const BODY =
  'Police in Porthaven have asked residents who leave town over the holidays to tell the harbour station, so that patrols can look in on empty homes.';
export const BODY2 =
  'The harbour station said officers would note each address and pass by at night, as they did last winter after a run of break-ins at the quay.';
export const BODY3 = 'Residents can also leave a spare key with a neighbour, the station said.';

import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI found missing (or falsely flagged) in all-capital nursing notes (synthetic-dev7.jsonl and later dev
 * corpora), where capitalisation says nothing. Each note marks its PHI «text|CATEGORY»; written for these tests, not
 * taken from any corpus.
 */
const cases: MarkedCase[] = [
  {
    name: 'a town and region code ended by a period or by the line end',
    note: 'PT LIVES ALONE IN «SHAMROCK|LOCATION», «TX|LOCATION». DENIES ETOH\nWIFE CALLED FROM «BUTTE|LOCATION», «MT|LOCATION»\nPLAN: DC HOME.\nPt lives alone in «Shamrock|LOCATION», «TX|LOCATION». Denies EtOH.',
  },
  {
    name: 'a town and region code after the people the patient lives with',
    note: 'PT LIVES W/ GF «RUBY WHITE|NAME» IN «FRIONA|LOCATION», «TX|LOCATION»\nLIVES W/ STEPDAUGHTER, «SUMMER YTURRI|NAME» IN «TEN SLEEP|LOCATION», «WY|LOCATION»',
  },
  { name: 'a care setting before a region code that is a diagnosis is no town', note: 'PT LIVES WITH WIFE IN ICU, MI RULED OUT. PT LIVES IN SNF, PE RULED OUT.' },
];

describeMarkedCases('detectPhi generalisation cases (all-capital nursing classes)', cases);

import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI found missing (or falsely flagged) in synthetic-dev13.jsonl and synthetic-dev14.jsonl, written by new
 * hands (transcribed hospital records in the style of i2b2 2006; hurried ICU nursing notes in the style of the PhysioNet
 * deid corpus). Each note marks its PHI «text|CATEGORY»; written for these tests, not taken from any corpus.
 */
const cases: MarkedCase[] = [
  {
    name: 'a nurse signing in lower case, the name and credential alone on a line',
    note: 'plan: wean fio2, ambulate.\n«t. okafor|NAME» rn\n\nneuro: intact.\n«b.kowalski|NAME» RN\n\nresp: cpap overnight.\n«rosalie|NAME» rn\n\ngi: tf at goal.\n«dw|NAME» rn\n\nskin: intact.\n- «j. o’hara|NAME», rn',
  },
  {
    name: 'words of a role or of prose before a credential are no signer',
    note: 'plan: cont.\ncharge rn\nper rn\nfloat rn\niv rn\nnight rn\nreport to oncoming rn',
  },
  {
    name: "initials or a first name and an initial alone on a note's last line",
    note: 'Neuro: a+ox3. CV: nsr 70s. Resp: ls clear. Plan: transfer to floor in am.\n«tm|NAME»',
  },
  { name: 'a last line in lower case that is a word stays a word', note: 'Neuro: a+ox3. Resp: ls clear. Plan: transfer to floor in am.\nok' },
  {
    name: 'a name found once is the name again in lower case',
    note: 'pt lives w/ partner «Darnell|NAME» in a two-family home. «darnell|NAME» tearful at bedside, wants to be called overnight.',
  },
  {
    name: 'a first name that is also a word, as the subject of what a person does',
    note: 'wife «Charity|NAME» here all day. «charity|NAME» asking about the plan, «charity|NAME» called back at 2200. the charity care form given.\nLIVES W/ DTR «JOY|NAME». «JOY|NAME» CALLED AT 0500, «JOY|NAME» HERE BY 0800. PT WITHOUT JOY TODAY.',
  },
  {
    name: 'the same word after a determiner or joined to a thing stays prose',
    note: 'wife «Hope|NAME» in. told her our hope is extubation tomorrow. hope to wean.\nDR «CROSS|NAME» AWARE. TYPE AND CROSS WAS SENT.',
  },
  {
    name: 'a name that is a modal after a kin word, before a verb no modal takes',
    note: 'SON «WILL|NAME» IS HCP. NEPHEW «WILL|NAME» HERE OVERNIGHT. SON WILL CALL AM. DTR MAY VISIT.',
  },
  {
    name: 'in lower case a word after a name is a verb',
    note: 'NP «Wanda Obi-Kessler|NAME» will see pt in am. Will be back at 1400.',
  },
  {
    name: "a firm's or school's town after 'in'",
    note: 'PT OWNS «KOWALCZYK TILE & STONE|LOCATION» IN «HOLBROOK|LOCATION», WORRIED ABOUT WORK.\nshe teaches at «Maple Ridge School|LOCATION» in «Ashby|LOCATION».\nseen at «Mercy Hospital|LOCATION» in «January|DATE». Back to «Mercy Hospital|LOCATION» in ICU.',
  },
  {
    name: 'after a comma a facility is followed by no town when the word is an abbreviation',
    note: 'Anesthesia in 2001 at «Sisters of Charity Hospital|LOCATION», PONV. Seen at «Riverbend Clinic|LOCATION», fingerstick POC.',
  },
];

describeMarkedCases('detectPhi generalisation cases (dev13 and dev14 classes)', cases);

import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI found missing (or falsely flagged) in synthetic-dev11.jsonl and synthetic-dev12.jsonl, written by new
 * hands (timed nursing and allied-health notes; portal messages, chats and notes from other English-speaking
 * countries). Each note marks its PHI «text|CATEGORY»; written for these tests, not taken from any corpus.
 */
const cases: MarkedCase[] = [
  {
    name: 'units named by a word of their own before a room, with the kind of care between',
    note: 'Larkspur 4 step-down, bed «12|LOCATION»\nLocation: «Lokelani 3|LOCATION», room «306|LOCATION»\nREHAB: «BLUEBONNET HALL|LOCATION» RM «22B|LOCATION»\nRT NOTE 0400 «CEDAR 4|LOCATION» ICU BED «7|LOCATION»\nUNIT «CORAL WING|LOCATION» RM «114|LOCATION»-A'.replace('Larkspur 4', '«Larkspur 4|LOCATION»'),
  },
  {
    name: 'infusion chairs, dialysis stations and delivery rooms, and the unit before them',
    note: 'BEACON INSTITUTE  «TOWER B INFUSION|LOCATION»  CHAIR «22|LOCATION»\nTreatment date: Wed   Station «9|LOCATION»   Schedule MWF\nIOL NSG NOTE  LDR «4|LOCATION»',
  },
  {
    name: 'where the patient sits, measures before a room and generic units are no unit names',
    note: 'UP TO CHAIR X2. OOB TO CHAIR 30 MIN. TO NURSES STATION 2X. DAY 3 ROOM «4|LOCATION». MEDICAL UNIT RM «5|LOCATION». SHIFT 1 CHAIR «12|LOCATION».\n«SANTOS|NAME», 26-YEAR-OLD M, ROOM «1099B|LOCATION»',
  },
];

describeMarkedCases('detectPhi generalisation cases (dev11 and dev12 classes)', cases);

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertFound, describeMarkedCases, findingsOf } from './marked';

/** A header row says what its columns hold: people under PATIENT, SURGEON or RN, rooms under RM, BED or LOC. */
describe('columns read by their headers', () => {
  it('a waiting-room board: rooms, a patient whose names are words, nurses by first name', () => {
    const found = findingsOf([
      'LOC     PT                        AGE   CC                 RN',
      'WR-1    QUISPE, ANATOLY           54    CHEST PAIN         GRACE',
      'B-7     MARSH, WILL               71    SOB                JOY',
      'WR-3    DZIEDZIC, ROSALIND        23    LAC R HAND         PEDS',
    ]);
    assertFound(found, ['LOCATION:WR-1', 'LOCATION:B-7', 'LOCATION:WR-3', 'NAME:MARSH, WILL', 'NAME:GRACE', 'NAME:JOY']);
    assert.ok(!found.some((f) => f.endsWith(':PEDS')), found.join(' | '));
  });

  it('an OR board: bare room numbers, patients, surgeons and anaesthetists by surname', () => {
    const found = findingsOf([
      'RM  START  PATIENT (LAST, FIRST)      SURGEON        ANES         STATUS',
      '1   0730   KOWALCZYK, TEODOR          OYELARAN       STONE        DONE',
      '2   0800   HOPE, CHRISTIAN            FITZGERALD     BELL         PACU',
      '3   0900   WROBLEWSKI, HALINA         PATEL, R       FITZGERALD   DONE',
      '4   --     CLOSED (STAFFING)',
    ]);
    assertFound(found, ['LOCATION:1', 'LOCATION:2', 'LOCATION:3', 'NAME:HOPE, CHRISTIAN', 'NAME:OYELARAN', 'NAME:STONE', 'NAME:BELL']);
    assert.ok(!found.some((f) => /CLOSED|DONE/.test(f)), found.join(' | '));
  });

  it('a pathology log: the OR column after the patient', () => {
    const found = findingsOf([
      'TIME  ACC#         PATIENT                 OR   SPECIMEN',
      '0912  FS26-1101    WROBLEWSKI, HALINA      4    L THYROID LOBE',
      '1010  FS26-1102    PAGE, TAMSIN            12   SENTINEL NODE',
    ]);
    assertFound(found, ['NAME:PAGE, TAMSIN', 'LOCATION:4', 'LOCATION:12']);
  });

  it('a cell keeps a title and a remark out of the name', () => {
    const found = findingsOf([
      'TIME  PATIENT               BY',
      '0912  ZBIGNIEWSKA, ALINA    DR FELDSPAR (PHONE)',
      '0958  OYELOWO, REMI         DR NAKASHIMA (READBACK)',
    ]);
    assertFound(found, ['NAME:ZBIGNIEWSKA, ALINA', 'NAME:FELDSPAR', 'NAME:NAKASHIMA']);
    assert.ok(!found.some((f) => f.includes('(')), found.join(' | '));
  });
});

describeMarkedCases('tables that hold nobody', [
  {
    name: 'a table of drugs under a NAME header claims nothing',
    note: 'NAME          DOSE      ROUTE     RM\nHEPARIN       5000      SC        12\nCEFAZOLIN     2 G       IV        14\nSTATUS        DONE      HOLD      4',
  },
  {
    name: 'a table whose people column holds no person the rules found claims nothing',
    note: 'RM   PATIENT        STATUS\n4    OPEN           CLEAN\n5    BLOCKED        DIRTY\n6    PENDING        READY',
  },
]);

/** A census opens each line with the room; a unit's room is written with letters and a dash, a list with bullets. */
describeMarkedCases('census lines with lettered rooms and bullets', [
  {
    name: 'bulleted discharges with lettered and dashed rooms',
    note:
      'DISCHARGES EXPECTED:\n - «418-B|LOCATION» «NGUYEN, THAO|NAME» - WAITING ON RIDE\n - «422|LOCATION»   «PAGE, LOUISA|NAME» - TO SNF AFTER 1100\n - «ICU-07|LOCATION» «OKONKWO, EMEKA|NAME» - TRANSFER OUT\n - «5W-312|LOCATION»  «KING, ANNABEL|NAME» - TEACHING DONE',
  },
  { name: 'a bulleted list of dated entries is no census', note: ' - 2024-1 REVIEW DONE\n - 2024-2 REVIEW DONE\n - 2024-3 REVIEW DONE' },
]);

describeMarkedCases('a pedigree is no census', [
  {
    name: "a generation's numeral opens the line, not a room",
    note: 'PEDIGREE:\n II-2  MGM «BERNICE HOLLIDAY|NAME» - 74, DM\n IV-3  SISTER «ROCHELLE CALLOWAY|NAME» - 19\n III-1 MOTHER «LORNA CALLOWAY|NAME» - 52\n IV-1  BROTHER «DESMOND CALLOWAY|NAME» - 24',
  },
]);

describe('what a table does not vouch for', () => {
  it('LOC beside a GCS is a level of consciousness, not a room', () => {
    const found = findingsOf(['TIME  LOC   GCS  PUPILS  RN', '0800  AOX4  15   PERRL   WINIFRED ASHCOMBE', '0900  AOX3  14   PERRL   WINIFRED ASHCOMBE']);
    assert.ok(!found.some((f) => f.startsWith('LOCATION:')), found.join(' | '));
  });

  it("a room's label stays out of the room; an empty bed's room is a room; a word is no nurse unless the column has one", () => {
    const found = findingsOf(['PATIENT            LOC     RN', 'DRAKE, SIMON       RM 4    CHARGE', 'BANKS, GROVER      BED 12  RESOURCE', 'VACANT             403     LUNCH']);
    assertFound(found, ['LOCATION:4', 'LOCATION:12', 'LOCATION:403']);
    assert.ok(!found.some((f) => /RM 4|BED 12|CHARGE|RESOURCE|LUNCH|VACANT/.test(f)), found.join(' | '));
  });

  it('tab-separated columns line up at tab stops', () => {
    const found = findingsOf(['RM\tPATIENT\t\t\tRN', '4\tKOWALCZYK, TEODOR\tHOPE', '5\tBANKS, GROVER\t\tGRACE', '6\tDRAKE, SIMON\t\tDEVIN']);
    assertFound(found, ['LOCATION:4', 'LOCATION:5', 'NAME:HOPE', 'NAME:GRACE']);
  });

  it('under INIT any letters are initials; under BY letters that abbreviate something are what was done', () => {
    const init = findingsOf(['TIME  | BEHAVIOR | CIRC | INIT', '1400  | YELLING  | OK   | BP', '1415  | CALM     | OK   | HB']);
    assertFound(init, ['NAME:BP', 'NAME:HB']);
    const by = findingsOf(['TEST      RESULT    FLAG     BY', 'GLUCOSE   212       H        POC', 'PH        7.31      L        ABG', 'K         5.9       H        POC']);
    assert.ok(!by.some((f) => f.startsWith('NAME:')), by.join(' | '));
  });
});

describeMarkedCases('lists that are no census', [
  { name: "a list of appointments with doctors opens with times", note: 'PLAN:\n - 830 DR «KESSLER|NAME» - CARDIOLOGY\n - 945 DR «NAIDOO|NAME» - RENAL\n - 915 DR «FARNSWORTH|NAME» - GI' },
  { name: 'a year and month open no room', note: ' - 2023-4 DR «KESSLER|NAME» STARTED METFORMIN\n - 2023-5 DR «KESSLER|NAME» STOPPED IT\n - 2023-6 DR «KESSLER|NAME» RESTARTED IT' },
  { name: 'an extension, a post-operative day and a virus open no room', note: ' - EXT-4410 «MARLOWE, ANA|NAME» - CARDS\n - POD-3 «OSEI, KWAME|NAME» - AMBULATING\n - HIV-1 «FARRELL, DONNA|NAME» - VL PENDING' },
]);

/** A firm's or a facility's name found once names it wherever the note writes it again, its kind's word left off or not. */
describeMarkedCases("a place's name written again", [
  { name: "a firm's name without Inc.", note: 'PT WORKS AT «QUILLMARK PLASTICS INC.|LOCATION» AS A «FORKLIFT DRIVER|PROFESSION». «QUILLMARK PLASTICS|LOCATION» HR CALLED RE: FMLA.' },
  { name: "a hospital's name without Hospital", note: 'Transferred from «Quillfeather Memorial Hospital|LOCATION». Records from «Quillfeather Memorial|LOCATION» are pending.' },
  { name: 'the words of a kind of practice name nothing', note: 'REFERRED TO FAMILY PRACTICE ASSOCIATES. FAMILY PRACTICE TO FOLLOW UP IN 2 WEEKS.' },
  { name: "a department's name is no place's", note: 'Seen in «Vascular Neurology Clinic|LOCATION» on Monday. Vascular Neurology will call with results.' },
]);

/** Right after a kin word, a first name that is also a word or shorthand is the relative's where what follows is about a person. */
describeMarkedCases('first names that are words, right after a kin word', [
  { name: 'a modal name asleep, at a place, by phone', note: 'HUSBAND «WILL|NAME» ASLEEP ON COUCH. SPOKE WITH DTR «MAY|NAME» BY PHONE AT 2130.' },
  { name: 'shorthand names', note: 'WIFE «MAE|NAME» IN RECLINER OVERNIGHT. WIFE «PEG|NAME» SAYS HE SLEPT WELL. SON «TOBI|NAME» (3) W/ NEIGHBOR.' },
  { name: 'a surname after the first name, then an age', note: 'FH: FATHER «WILL BELL|NAME» 66, HTN.' },
  { name: 'modals before a verb stay words', note: 'HUSBAND WILL CALL TONIGHT. DAUGHTER MAY VISIT TOMORROW. MOTHER MAY HAVE DEMENTIA. SON WILL CALL IN AM.' },
  { name: 'shorthand in an exam stays shorthand', note: 'NEURO: A&O X3, MAE X4, PERRL. PEG TO GRAVITY.' },
]);

describe("a label heading a table's column", () => {
  it("reads no identifier from the next line's first cell", () => {
    const found = findingsOf(['TIME  PATIENT              ACC#', '0958  ARCHULETA, BENITO    FS25-0882', '1044  WROBLEWSKI, HALINA   FS25-0883']);
    assert.ok(!found.some((f) => /^ID:(?:0958|1044)$/.test(f)), found.join(' | '));
    assertFound(found, ['ID:FS25-0882', 'ID:FS25-0883']);
  });

  it('still reads a number under a label alone on its line', () => {
    assertFound(findingsOf(['MRN', '12345678']), ['ID:12345678']);
  });
});

import { describe, it } from 'node:test';
import { assertFound, assertNotFound, findingsOf } from './marked';

/** Handoffs and callback logs write the room right beside the patient's name, with no RM or BED before it. */
describe('rooms beside a patient name', () => {
  it('a numbered handoff list: the room after each name, though four digits a clock could read', () => {
    const found = findingsOf([
      'Night coverage, 5 patients, rest stable.',
      '1) Marguerite Olembe 1108 -- 70F, HFpEF, diuresing.',
      '2) Tobias Renfrew 1112 -- 61M, pancreatitis, NPO.',
      '3) Okonkwo 1119 - 44M cellulitis, improving.',
    ]);
    assertFound(found, ['LOCATION:1108', 'LOCATION:1112', 'LOCATION:1119']);
  });

  it('the room in brackets, after a dash or after a slash', () => {
    const found = findingsOf([
      '- Halvard Lindgren (7041): fever 38.7, cultures sent.',
      '* Quist, Temperance -- 4113 -- 79 -- WATCHER',
      '2217   KAREN     PELLETIER, ROMEO / 308     TROP 1.2',
    ]);
    assertFound(found, ['LOCATION:7041', 'LOCATION:4113', 'LOCATION:308']);
    assertNotFound(found, ['LOCATION:79', 'LOCATION:1.2']);
  });

  it('the room before the name in a cross-cover log', () => {
    const found = findingsOf([
      '2305  page re 316 Wachowski: asking for a sleeper, melatonin ok.',
      '0140  -- 324 Mrs. Feldhaus-Oyo pulled her IV again.',
      '0255  328 Dunmore -- K 3.2, replaced.',
    ]);
    assertFound(found, ['LOCATION:316', 'LOCATION:324', 'LOCATION:328']);
  });

  it('a time, a year, a model number or a badge beside a name is none of them a room', () => {
    const found = findingsOf([
      'SEEN AT 0830 BY FALKENRATH. 1400 BRUNSWICK AT BEDSIDE.',
      'Biometry on the IOLMaster 700 today.',
      'Drives a Ford F-150 to work.',
      'C/O WILL HARMON (B-612) CHECKED THE CELL.',
      'Hazel Greenberg (1957) is the patient.',
    ]);
    assertNotFound(found, ['LOCATION:0830', 'LOCATION:1400', 'LOCATION:700', 'LOCATION:F-150', 'LOCATION:B-612', 'LOCATION:1957']);
  });

  it('a case number ending in digits is no room before the name on its row', () => {
    const found = findingsOf([
      'CASE         PATIENT                   AREA        OWNER',
      'GR-25-0061  ESPINOZA-REYES, L        5 EAST      TEODORO',
      'GR-25-0082  YAZZIE, DARLENE          CLINIC      S. KAUR',
      '',
      'DISCUSSION:',
      ' 0082 - ACCESS AUDIT RUN.',
    ]);
    assertNotFound(found, ['LOCATION:0082', 'LOCATION:0061']);
  });
});

describe('rooms numbered by floor and wing', () => {
  it('7N-14, 3E-07A and W6-01 are rooms wherever they stand', () => {
    const found = findingsOf(['7 NORTH OPEN: 7N-02, 7N-14 (NEG PRESSURE).', 'MOVE PRICE FROM 3E-07A TO 3E-14 WHEN CLEAN.', 'ADMIT TO W6-01 TONIGHT.']);
    assertFound(found, ['LOCATION:7N-02', 'LOCATION:7N-14', 'LOCATION:3E-07A', 'LOCATION:3E-14', 'LOCATION:W6-01']);
  });

  it('a range of heart rates and a camera are not rooms', () => {
    const found = findingsOf(['CV: NSR 80S-90S, NO ECTOPY. HR 70S-110S.', 'CCTV STILLS ATTACHED (CAM N4-02).']);
    assertNotFound(found, ['LOCATION:80S-90S', 'LOCATION:70S-110S', 'LOCATION:N4-02']);
  });
});

describe('tables with rooms under their own kind of header', () => {
  it('a tick-box to-do list is a census: the room opens each line', () => {
    const found = findingsOf([
      'NIGHT FLOAT TO-DO',
      '[ ] 204 HALLORAN - 2200 INR, HOLD IF >3.5',
      '[X] 206 ABERNATHY-COLE - CALL SON BACK -- DONE',
      '[ ] 211 WISNIEWSKI, TEODORA - SIGN CONSENT FOR PICC',
    ]);
    assertFound(found, ['LOCATION:204', 'LOCATION:206', 'LOCATION:211']);
  });

  it('a combined PT / RM column, a # column and a header with a question mark', () => {
    const found = findingsOf([
      'TIME   TECH      PT / RM                     RESULT',
      '2217   KAREN     HOPE, LAWRENCE / 309        HGB 6.1',
      '0115   KAREN     ISHIDA, NORIKO / 320        NA 118',
      '',
      '#  RM      PT                       AGE  DBN?',
      '1  612     KING, SOLOMON            49   Y',
      '2  614     MOHAMMED, HAWA           35   N',
    ]);
    assertFound(found, ['LOCATION:309', 'LOCATION:320', 'NAME:HOPE, LAWRENCE', 'LOCATION:612', 'LOCATION:614']);
    assertNotFound(found, ['LOCATION:6.1', 'LOCATION:118']);
  });

  it('an assigned-bed column with the unit before the bed', () => {
    const found = findingsOf([
      'ED BED  PATIENT                   AGE/SEX  ASSIGNED BED     STATUS',
      'T4      AGUIRRE, FABIAN           56M      5N-02            CALLED',
      'H12     STORMONT, BRAM            31M      OBS O-3          WAITING',
      'H14     KINGSLEY, PRUDENCE        77F      TELE T-218       READY',
    ]);
    assertFound(found, ['LOCATION:T4', 'LOCATION:H12', 'LOCATION:5N-02', 'LOCATION:O-3', 'LOCATION:T-218']);
    assertNotFound(found, ['LOCATION:56M']);
  });

  it('a word beside a found name in a cell of staff stays a word', () => {
    const found = findingsOf([
      'RM  PATIENT                 SURGEON        ANES             STATUS',
      '5   KIMURA, SATOSHI         O\'ROURKE       MAC/HUANG        HOLDING',
      '6   PELLEGRINO, ADA         KIM, S         BLOCK/NAKAMURA   PACU',
    ]);
    assertNotFound(found, ['NAME:MAC', 'NAME:BLOCK']);
  });
});

/** Shapes of a person's name that the cues around it need not vouch for. */
describe('names by their shape', () => {
  it('an initial and a surname no dictionary has, at the end of a row or a line', () => {
    const found = findingsOf(['0400  A-LINE 7.36  46  VC 420/28/14 PRONE T. NDLOVUZA', '04-APR-25   0005  A-LINE 7.38  44']);
    assertFound(found, ['NAME:T. NDLOVUZA']);
  });

  it('an initial and a surname that is a word, after the one who reviewed, approved or investigated', () => {
    const found = findingsOf(['SUPERVISOR REVIEW: LT. M. CASH  05/18/24', 'POSTAGE APPROVED R. BROWN 07/01/25.', 'ME CASE DECLINED PER INV. S. PARKINSON. RELEASED.']);
    assertFound(found, ['NAME:M. CASH', 'NAME:R. BROWN', 'NAME:S. PARKINSON']);
  });

  it('a species, a unit or a side before a word is no initial and surname', () => {
    const found = findingsOf(['CULTURE: S. MALTOPHILIA, C. KRUSEI.', 'HOME O2 2 L. CONCENTRATOR LEFT.', 'PT 1 - ESTEBAN VARGAS, 38 M. COHB 28%.', 'WOUND VAC (V.A.C. ULTA) ON.']);
    assertNotFound(found, ['NAME:S. MALTOPHILIA', 'NAME:C. KRUSEI', 'NAME:L. CONCENTRATOR', 'NAME:M. COHB', 'NAME:C. ULTA']);
  });

  it('a patient field aligned with blanks, and an alias whatever its words', () => {
    const found = findingsOf(['PATIENT:    BELL, MAY   81F   DOB 01/19/1944', 'TRAUMA ALIAS: TANGO, ZULU', 'ALIAS: TRAUMA, ZEBRA   TEMP MRN T-0019', 'TEAM: TRAUMA DR REEVES']);
    assertFound(found, ['NAME:BELL, MAY', 'NAME:TANGO, ZULU']);
    assertNotFound(found, ['NAME:TRAUMA']);
  });

  it('a surname, a comma and a first name in running text, but not an eponym after a list', () => {
    const found = findingsOf([
      'SECURITY RESPONDED. PT KING, ANTHONY RECEIVED HALDOL 5 MG IM.',
      'OSTEOMYELITIS OF THE METATARSAL HEAD, WAGNER GRADE 3.',
      'LANUGO ON BACK, RUSSELL SIGN R KNUCKLES.',
      'MOVED TO RICHMOND, VIRGINIA LAST YEAR.',
    ]);
    assertFound(found, ['NAME:KING, ANTHONY']);
    assertNotFound(found, ['NAME:HEAD, WAGNER', 'NAME:BACK, RUSSELL', 'NAME:RICHMOND, VIRGINIA']);
  });
});

describe('staff by first name before their role in brackets', () => {
  it('after a time, a column gap, a hand-off or "by", with more after the role', () => {
    const found = findingsOf(['0125  Frank (CN) -- pulled her PIV again.', 'HANDOFF TO GRACE (RT NIGHTS), PAGER 2-7741.', 'brought to the room by Hope (vol).', 'Staff: Carmen Ruiz, MSN (manager); Dale (educator)']);
    assertFound(found, ['NAME:Frank', 'NAME:GRACE', 'NAME:Hope', 'NAME:Dale']);
  });

  it('a word that is no first name before a role stays a word', () => {
    const found = findingsOf(['0900  BLANKETS (RN) GIVEN.', 'HANDOFF TO NIGHTS (RN) AT 1900.']);
    assertNotFound(found, ['NAME:BLANKETS', 'NAME:NIGHTS']);
  });
});

/** What the review of this session's rules found they took for PHI, and the one-line notes that made two of them slow. */
describe('readings, doses, organisms, models and times beside the new shapes', () => {
  it('a unit after a glucose, a lot, a vital-sign range, a lab test and an organism are no PHI', () => {
    const found = findingsOf([
      'GLUCOSE 412 MG/DL IN ED 1400. BG 300 MG/DL IN PACU 1530.',
      'STRUCK BY VEHICLE IN LOT 4B.',
      'HR 60S-100, RR 20S-30, SATS 80S-90.',
      'TRENDING DOWN T. BILI 3.4 TODAY.   ALB 3.1  T. BILI 1.2  D. BILI 0.4',
      'ISOLATION  K. OXYTOCA  DAY 3. CONTACT PRECAUTIONS - C. GLABRATA',
    ]);
    assertNotFound(found, ['LOCATION:IN', 'ID:ED 1400', 'ID:PACU 1530', 'ID:LOT 4B', 'LOCATION:60S-100', 'LOCATION:20S-30', 'NAME:T. BILI', 'NAME:D. BILI', 'NAME:K. OXYTOCA', 'NAME:C. GLABRATA']);
  });

  it('a bracketed remark after a role, "so" after a town and PD before a clinic are no staff or police', () => {
    const found = findingsOf(['SITE  MARK (RT KNEE) CONFIRMED.', 'URINE  AMBER (CNA EMPTIED).', 'DAUGHTER LIVES IN DENVER SO CANNOT VISIT.', 'FOLLOWED AT AUSTIN PD CLINIC.']);
    assertNotFound(found, ['NAME:MARK', 'NAME:AMBER', 'LOCATION:DENVER SO', 'LOCATION:AUSTIN PD']);
  });

  it("a schedule's times after names are no rooms; a floor's rooms a clock could read still are", () => {
    const schedule = findingsOf(['SMITH, JOHN 0830 -- ECHO', 'JONES, MARY 0940 -- CT HEAD']);
    assertNotFound(schedule, ['LOCATION:0830', 'LOCATION:0940']);
    const handoff = findingsOf(['1) Marguerite Olembe 1108 -- 70F', '2) Tobias Renfrew 1112 -- 61M']);
    assertFound(handoff, ['LOCATION:1108', 'LOCATION:1112']);
  });

  it("a county's sheriff is named from the county, and P.D. is police too", () => {
    const found = findingsOf(['PER MARION COUNTY SO, NO CHARGES.', 'BROKEN ARROW P.D. ON SCENE.']);
    assertFound(found, ['LOCATION:MARION COUNTY SO', 'LOCATION:BROKEN ARROW P.D.']);
  });

  it('device models and trial numbers are no identifiers', () => {
    const found = findingsOf(['ZOLL M-2100 PADS ON. PUMP SIGMA SP-3100 RUNNING.', 'ENROLLED IN STUDY ECOG-1912.']);
    assertNotFound(found, ['ID:M-2100', 'ID:SP-3100', 'ID:ECOG-1912']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPhi } from '../../../server/src/core/phi/detect';
import { describeMarkedCases } from './marked';

/** Findings as CATEGORY:text, for tables whose alignment in-line marks would spoil. */
function findingsOf(lines: string[]): string[] {
  return detectPhi(lines.join('\n')).map((f) => `${f.category}:${f.text}`);
}

function assertFound(found: string[], expected: string[]): void {
  for (const e of expected) assert.ok(found.includes(e), `expected ${e}; found ${found.join(' | ')}`);
}

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
      '2   0800   HOPE, CHRISTIAN            OYELARAN       BELL         PACU',
      '3   --     CLOSED (STAFFING)',
    ]);
    assertFound(found, ['LOCATION:1', 'LOCATION:2', 'NAME:HOPE, CHRISTIAN', 'NAME:STONE', 'NAME:BELL']);
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

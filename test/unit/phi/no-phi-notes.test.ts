import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPhi } from '../../../server/src/core/phi/detect';

/**
 * Sixty realistic notes with no PHI in them at all (test/fixtures/phi/no-phi-notes.txt, written for Clinote by another
 * hand): everything flagged there is a false alarm. Generic units (MICU, PACU, L&D) are flagged on purpose — some
 * annotation conventions count them as departments — so they are counted apart. The bound holds today's count, so a
 * change that adds false alarms on ordinary clinical prose fails here; lower it when fixes land.
 */
const NOTES = readFileSync(join(__dirname, '..', '..', 'fixtures', 'phi', 'no-phi-notes.txt'), 'utf8').split(/\n=====\n/);
const MAX_FALSE_ALARMS_OUTSIDE_GENERIC_UNITS = 3;

describe('notes without PHI', () => {
  it('are the sixty notes of the fixture', () => {
    assert.equal(NOTES.length, 60);
  });

  it(`raise at most ${MAX_FALSE_ALARMS_OUTSIDE_GENERIC_UNITS} false alarms outside generic unit names`, () => {
    const alarms: string[] = [];
    NOTES.forEach((note, k) => {
      for (const finding of detectPhi(note)) {
        if (finding.reason === 'hospital unit') continue;
        alarms.push(`note ${k + 1}: ${finding.category} "${finding.text}" (${finding.reason})`);
      }
    });
    assert.ok(alarms.length <= MAX_FALSE_ALARMS_OUTSIDE_GENERIC_UNITS, `${alarms.length} false alarms:\n${alarms.join('\n')}`);
  });
});

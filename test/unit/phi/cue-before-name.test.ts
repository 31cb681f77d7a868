import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPhi } from '../../../server/src/core/phi';

/** The role a cue right before a name gives it: the spacing, separators and case the cue reading allows. */
describe('cue words right before a name', () => {
  const roleOf = (note: string, name: string) => {
    const found = detectPhi(note).find((finding) => finding.text === name);
    assert.ok(found, `${name} is found`);
    return [found.subtype, found.reason];
  };

  it('reads a cue of two words with up to three spaces between them, then a colon and spaces', () => {
    assert.deepEqual(roleOf('Emergency   contact:  Quilla Farrow, cell on file.', 'Quilla Farrow'), ['RELATIVE', 'relation word before the name']);
  });

  it('reads a relation in capitals and with hyphens', () => {
    assert.deepEqual(roleOf('Spoke with SISTER-IN-LAW Quilla today.', 'Quilla'), ['RELATIVE', 'relation word before the name']);
  });

  it('reads a colon right after the cue and no space before the name', () => {
    assert.deepEqual(roleOf('Husband:Quilla came by.', 'Quilla'), ['RELATIVE', 'relation word before the name']);
  });

  it('reads a dash between spaces after a clinician cue', () => {
    assert.deepEqual(roleOf('Seen by charge nurse  -  Quilla.', 'Quilla'), ['DOCTOR', 'clinician phrase before the name']);
  });

  it('reads "named" after a patient cue', () => {
    assert.deepEqual(roleOf('Patient named Quilla Farrow came in.', 'Quilla Farrow'), ['PATIENT', 'patient phrase before the name']);
  });

  it('allows no more than three spaces between the separator and the name', () => {
    assert.equal(detectPhi('Husband:    Quilla came by.').some((finding) => finding.reason === 'relation word before the name'), false);
  });

  it('takes no cue after a letter outside the basic plane', () => {
    assert.equal(detectPhi('\u{1D400}husband: Quilla came by.').some((finding) => finding.reason === 'relation word before the name'), false);
  });

  it('takes no cue from the end of a longer word', () => {
    assert.equal(detectPhi('Spoke with grandmotherQuilla Farrow today.').some((finding) => finding.subtype === 'RELATIVE'), false);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPhi } from '../../../server/src/core/phi';
import { describeMarkedCases } from './marked';

/** A seven-digit number after a word for calling: paging, a warm line, a drugstore's name. */
describeMarkedCases('seven-digit numbers after a phone word', [
  { name: 'after a service and after "paged"', note: 'MAY CALL WARMLINE «555-0197|CONTACT». DR «OKAFOR|NAME» PAGED «555-0148|CONTACT» -> HOLD AM LISPRO.' },
  { name: 'after a hotline and after a drugstore', note: 'Crisis hotline «321-0441|CONTACT». Pharmacy: «Fenwick Drug|LOCATION», phone «555-0133|CONTACT».' },
  { name: 'ranges of frequencies, hours of sleep and a value after a test stay out', note: 'TARGETS MET 250-4000 HZ. SLEPT 930-0530. HGB 555-0147 RECHECK.' },
]);

describe('seven digits inside a longer number', () => {
  it('an allowed number with its area code leaves nothing of it flagged', () => {
    const note = 'Call back at (617) 555-0134 tomorrow.';
    assert.deepEqual(detectPhi(note, { allowList: ['(617) 555-0134'] }).map((finding) => finding.text), []);
  });
});

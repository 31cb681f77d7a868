import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPhi } from '../../../server/src/core/phi';
import { describeMarkedCases } from './marked';

/** A dashed seven-digit number whose first digit is 2 to 9 is a number to call, wherever it stands. */
describeMarkedCases('seven-digit numbers without a phone word', [
  { name: 'after a service and after "paged"', note: 'MAY CALL WARMLINE «555-0197|CONTACT». DR «OKAFOR|NAME» PAGED «555-0148|CONTACT» -> HOLD AM LISPRO.' },
  { name: 'after a confirmation and after a drugstore', note: 'Number confirmed: «321-0441|CONTACT». Pharmacy: «Fenwick Drug|LOCATION» «555-0133|CONTACT».' },
  { name: 'ranges of amounts and of frequencies, and a value after a test, stay out', note: 'TARGETS MET 250-4000 HZ. OUTPUT BETWEEN 350-1200 TODAY. FLUIDS 10 X 250-1000. HGB 555-0147 RECHECK.' },
]);

describe('seven digits inside a longer number', () => {
  it('an allowed number with its area code leaves nothing of it flagged', () => {
    const note = 'Call back at (617) 555-0134 tomorrow.';
    assert.deepEqual(detectPhi(note, { allowList: ['(617) 555-0134'] }).map((finding) => finding.text), []);
  });
});

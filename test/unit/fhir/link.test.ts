import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { resolvePatientLink } from '../../../server/src/core/fhir';

function valueAt(text: string, link: ReturnType<typeof resolvePatientLink>): string | undefined {
  return link ? text.slice(link.range.start, link.range.end) : undefined;
}

describe('resolvePatientLink', () => {
  it('reads a Patient header line as a FHIR id, with the offsets of the value', () => {
    const note = 'PROGRESS NOTE\nPatient: b218cee9-019d-47a4-b161-e97c0fd6f736\nDate: 2024-01-02\n\nS: cough';
    const link = resolvePatientLink(note);
    assert.equal(link?.kind, 'id');
    assert.equal(link?.value, 'b218cee9-019d-47a4-b161-e97c0fd6f736');
    assert.equal(valueAt(note, link), link?.value);
  });

  it('reads an MRN header line, with CRLF line ends', () => {
    const note = 'Clinic visit\r\nMRN: 00123456\r\nSeen today.';
    const link = resolvePatientLink(note);
    assert.deepEqual({ kind: link?.kind, value: link?.value }, { kind: 'mrn', value: '00123456' });
    assert.equal(valueAt(note, link), '00123456');
  });

  it('prefers the FHIR id when a header has both', () => {
    const note = 'MRN: 555\nPatient: pat-42\n';
    assert.deepEqual(resolvePatientLink(note)?.value, 'pat-42');
  });

  it('reads YAML front matter patient: and mrn:, quoted or not, before any header line', () => {
    const note = '---\ntitle: visit\nmrn: "A-778"\n---\nPatient: pat-9\n';
    const link = resolvePatientLink(note);
    assert.deepEqual({ kind: link?.kind, value: link?.value }, { kind: 'mrn', value: 'A-778' });
    assert.equal(valueAt(note, link), 'A-778');
    const withId = "---\nPatient: 'xyz-1'\nmrn: 9\n---\nbody";
    assert.equal(resolvePatientLink(withId)?.value, 'xyz-1');
    assert.equal(valueAt(withId, resolvePatientLink(withId)), 'xyz-1');
  });

  it('does not take a name for an id, and ignores links far below the header', () => {
    assert.equal(resolvePatientLink('Patient: Smith\nSeen for cough.'), undefined);
    assert.equal(resolvePatientLink('Patient: John Smith\n'), undefined);
    const late = 'x\n'.repeat(40) + 'Patient: pat-1\n';
    assert.equal(resolvePatientLink(late), undefined);
    assert.equal(resolvePatientLink(''), undefined);
  });
});

describe('resolvePatientLink header window', () => {
  it('reads the fifteenth line of a long note and not the sixteenth, with offsets into the whole note', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n');
    const body = '\n' + 'Assessment: stable.\n'.repeat(50_000);
    const onLine15 = `${filler(14)}\nMRN: 00424242${body}`;
    const link = resolvePatientLink(onLine15);
    assert.equal(link?.value, '00424242');
    assert.equal(valueAt(onLine15, link), '00424242');
    assert.equal(resolvePatientLink(`${filler(15)}\nMRN: 00424242${body}`), undefined);
    assert.equal(resolvePatientLink(`${filler(3)}\nMRN: 00424242`)?.value, '00424242');
  });
});

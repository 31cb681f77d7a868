import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import {
  contextToKnownIdentifiers,
  createFhirClient,
  fetchDocumentText,
  fetchPatientContext,
  FhirClient,
  findPatient,
  PatientContextCache,
  resolvePatientLink,
  searchPatients,
} from '../../../server/src/core/fhir';
import type { FhirServer } from '../../../server/src/fhir-server/server';
import { AN, KERMIT, MORRIS, startEmbedded } from './helpers';

describe('patient context from the embedded server', () => {
  let server: FhirServer;
  let client: FhirClient;
  before(async () => {
    // A small page size makes every multi-page list go through next links.
    server = await startEmbedded(4);
    client = createFhirClient({ baseUrl: server.baseUrl, timeoutMs: 5000, pageCap: 50 });
  });
  after(() => server.close());

  it('links a note by FHIR id and by MRN to the same patient', async () => {
    const byId = await findPatient(client, resolvePatientLink(`Patient: ${MORRIS.id}\n`)!);
    const byMrn = await findPatient(client, resolvePatientLink(`---\nmrn: ${MORRIS.mrn}\n---\nNote`)!);
    assert.equal(byId.id, MORRIS.id);
    assert.equal(byMrn.id, MORRIS.id);
    await assert.rejects(findPatient(client, { kind: 'mrn', value: 'no-such-mrn', range: { start: 0, end: 0 } }), {
      name: 'FhirError',
      kind: 'not-found',
    });
  });

  it('searches patients by name, birth date and MRN', async () => {
    assert.deepEqual((await searchPatients(client, 'morris lockman')).map((p) => p.id), [MORRIS.id]);
    assert.deepEqual((await searchPatients(client, 'lockman kermit')).map((p) => p.id), []);
    assert.deepEqual((await searchPatients(client, '1978-05-12')).map((p) => p.id), [AN.id]);
    assert.deepEqual((await searchPatients(client, '5/12/1978')).map((p) => p.id), [AN.id]);
    assert.deepEqual((await searchPatients(client, MORRIS.mrn)).map((p) => p.id), [MORRIS.id]);
  });

  it('assembles active conditions with codes and active medications, following pages', async () => {
    const context = await fetchPatientContext(client, MORRIS.id);
    assert.equal(context.patient.name, 'Morris Lockman');
    assert.equal(context.patient.mrn, MORRIS.mrn);
    const all = await client.search('Condition', { patient: MORRIS.id, _count: 4 });
    const active = all.resources.filter((c) => (c as { clinicalStatus?: { coding?: { code?: string }[] } }).clinicalStatus?.coding?.[0]?.code === 'active');
    assert.ok(all.pages > 1, 'conditions span several pages');
    assert.equal(context.conditions.length, active.length);
    const diabetes = context.conditions.find((c) => c.codes.some((code) => code.code === '44054006'));
    assert.equal(diabetes?.codes[0].system, 'http://snomed.info/sct');
    assert.ok(context.medications.length > 0);
    assert.ok(context.medications.every((m) => m.status === 'active'));
    assert.ok(context.medications.some((m) => /Metformin/i.test(m.display)));
    assert.deepEqual(context.warnings, []);
  });

  it('keeps the newest vital sign and lab per code, values ready to show', async () => {
    const context = await fetchPatientContext(client, MORRIS.id);
    const vitals = context.observations.filter((o) => o.category === 'vital-signs');
    const labs = context.observations.filter((o) => o.category === 'laboratory');
    assert.ok(vitals.length > 0 && labs.length > 0);
    const codes = context.observations.map((o) => `${o.codes[0].system}|${o.codes[0].code}`);
    assert.equal(new Set(codes).size, codes.length, 'one result per code');
    const bloodPressure = vitals.find((o) => o.display === 'Blood Pressure');
    assert.match(bloodPressure?.value ?? '', /^\d+(\.\d+)?\/\d+(\.\d+)? mm\[Hg\]$/);
    const [systolic, diastolic] = bloodPressure!.value!.split(' ')[0].split('/').map(Number);
    assert.ok(systolic > diastolic, 'systolic first');
    const a1c = labs.find((o) => o.codes.some((c) => c.code === '4548-4'));
    const allA1c = await client.search<import('fhir/r4').Observation>('Observation', { patient: MORRIS.id, code: 'http://loinc.org|4548-4', _count: 100 });
    const newest = allA1c.resources.map((o) => o.effectiveDateTime!).sort().at(-1);
    assert.equal(a1c?.effective, newest);
  });

  it('lists allergies, recent encounters newest first, and documents without their content', async () => {
    const kermit = await fetchPatientContext(client, KERMIT.id);
    assert.deepEqual(
      kermit.allergies.map((a) => a.substance).sort(),
      ['Allergy to bee venom', 'Allergy to peanuts', 'Shellfish allergy'],
    );
    const an = await fetchPatientContext(client, AN.id);
    assert.equal(an.encounters.length, 10);
    const starts = an.encounters.map((e) => e.start!);
    assert.deepEqual(starts, [...starts].sort().reverse());
    assert.equal(an.documents.length, 20);
    assert.ok(an.documents.every((d) => d.type && d.date && d.contentTypes.length > 0));
    assert.ok(!JSON.stringify(an.documents).includes('"data"'), 'no note content in the list');
    assert.deepEqual(an.observations, []);
    const text = await fetchDocumentText(client, an.documents[0].id);
    assert.match(text ?? '', /^\s*\d{4}-\d{2}-\d{2}\n/);
    assert.match(text ?? '', /# Chief Complaint/);
  });

  it('derives known identifiers: Synthea names with and without digits, address, phone, clinicians', async () => {
    const known = contextToKnownIdentifiers(await fetchPatientContext(client, AN.id));
    for (const name of ['An125', 'An', 'Suanne858', 'Suanne', 'Champlin946', 'Champlin', 'Gaylord', 'An125 Suanne858 Champlin946']) {
      assert.ok(known.names?.includes(name), name);
    }
    assert.ok(known.addresses?.includes('930 Russel Ville'));
    assert.ok(known.addresses?.includes('Mission'));
    assert.ok(known.addresses?.includes('66202'));
    assert.ok(known.phones?.includes('555-452-1894'));
    assert.ok(known.identifiers?.includes('999-59-5908'));
    assert.ok(known.birthDates?.includes('1978-05-12') && known.birthDates.includes('05/12/1978'));
    assert.ok((known.practitionerNames ?? []).some((name) => /^[A-Z][a-z]+$/.test(name)), 'bare practitioner surnames');
    assert.ok(!known.names?.includes('Mrs.'));
  });

  it('caches per patient for the TTL, and refresh fetches again', async () => {
    let now = 0;
    let reads = 0;
    const counting: FhirClient = {
      baseUrl: client.baseUrl,
      capabilities: (token) => client.capabilities(token),
      read: (type, id, token) => {
        reads++;
        return client.read(type, id, token);
      },
      search: (type, params, token, options) => client.search(type, params, token, options),
    };
    const cache = new PatientContextCache({ ttlMs: 1000, now: () => now });
    const first = await cache.get(counting, MORRIS.id);
    assert.equal(await cache.get(counting, MORRIS.id), first);
    assert.equal(reads, 1);
    now = 999;
    assert.equal(await cache.get(counting, MORRIS.id), first);
    now = 1000;
    const second = await cache.get(counting, MORRIS.id);
    assert.notEqual(second, first);
    assert.equal(reads, 2);
    const refreshed = await cache.refresh(counting, MORRIS.id);
    assert.notEqual(refreshed, second);
    assert.equal(reads, 3);
    assert.equal(cache.peek(counting, MORRIS.id), refreshed);
    cache.invalidate(counting, MORRIS.id);
    assert.equal(cache.peek(counting, MORRIS.id), undefined);
  });
});

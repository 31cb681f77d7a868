// Measures how much FHIR-informed PHI detection helps: for every Synthea clinical note (DocumentReference text) of
// every patient, the recall of each occurrence of the patient's names and address with and without the `known`
// identifiers that contextToKnownIdentifiers derives from the patient's record.
// Prints counts and rates only, never note text.
//
//   node --import tsx scripts/fhir/phi-recall.ts [--data PATH]... [--caps] [--bare-names] [--json]
// Default data: data/fhir (2 patients with notes). The shared sample-bulk-10 set gives 13 patients.
// --caps upper-cases every note first (offsets unchanged), as ALL-CAPS nursing notes are written.
// --bare-names drops Synthea's digit suffixes from the patient's and clinicians' names in the notes ("Suanne858" →
// "Suanne"), so names look like real ones and the detector cannot lean on the digits.
import type { DocumentReference, Patient } from 'fhir/r4';
import {
  contextToKnownIdentifiers,
  createFhirClient,
  documentNoteTexts,
  fetchPatientContext,
  FhirError,
  findPatient,
  resolvePatientLink,
} from '../../server/src/core/fhir';
import { detectPhi } from '../../server/src/core/phi';
import type { PhiFinding } from '../../server/src/core/phi';
import { DataLoadError } from '../../server/src/fhir-server/load';
import { startFhirServer } from '../../server/src/fhir-server/server';
import { defaultFhirDataDir } from '../../server/src/cli/serve-fhir';

type Kind = 'name' | 'address';

interface Tally {
  occurrences: number;
  foundWithout: number;
  foundWith: number;
}

const NUMERIC_SUFFIX = /^(.*?\p{L})\d+$/u;

/** The strings a note may use for the patient: record spellings and, for Synthea names, the bare forms too. */
function goldTerms(patient: Patient): { value: string; kind: Kind }[] {
  const terms: { value: string; kind: Kind }[] = [];
  const words = (patient.name ?? []).flatMap((name) => [...(name.given ?? []), name.family ?? '']).filter((word) => word.length >= 2);
  for (const word of new Set(words)) {
    terms.push({ value: word, kind: 'name' });
    const bare = NUMERIC_SUFFIX.exec(word)?.[1];
    if (bare && bare.length >= 2) terms.push({ value: bare, kind: 'name' });
  }
  for (const address of patient.address ?? []) {
    for (const value of [...(address.line ?? []), address.city ?? '', address.postalCode ?? '']) {
      if (value.length >= 2) terms.push({ value, kind: 'address' });
    }
  }
  return terms;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Occurrences as whole words; a bare form inside its suffixed form ("Suanne" in "Suanne858") is not counted twice. */
function occurrences(text: string, terms: { value: string; kind: Kind }[], ignoreCase: boolean): { start: number; end: number; kind: Kind }[] {
  const found: { start: number; end: number; kind: Kind }[] = [];
  for (const term of [...terms].sort((a, b) => b.value.length - a.value.length)) {
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(term.value)}(?![\p{L}\p{N}])`, ignoreCase ? 'giu' : 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!found.some((other) => other.start < end && start < other.end)) found.push({ start, end, kind: term.kind });
    }
  }
  return found;
}

function covered(span: { start: number; end: number }, findings: PhiFinding[]): boolean {
  return findings.some((finding) => finding.start <= span.start && finding.end >= span.end);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataPaths = argv.flatMap((arg, index) => (argv[index - 1] === '--data' ? [arg] : []));
  const json = argv.includes('--json');
  const caps = argv.includes('--caps');
  const bareNames = argv.includes('--bare-names');
  const defaultDir = defaultFhirDataDir();
  if (dataPaths.length === 0 && defaultDir) dataPaths.push(defaultDir);

  const server = await startFhirServer({ dataPaths, pageSize: 100 });
  const client = createFhirClient({ baseUrl: server.baseUrl, timeoutMs: 30_000, pageCap: 1000 });
  const tallies: Record<Kind, Tally> = {
    name: { occurrences: 0, foundWithout: 0, foundWith: 0 },
    address: { occurrences: 0, foundWithout: 0, foundWith: 0 },
  };
  let patientsWithNotes = 0;
  let notes = 0;
  let detectMs = 0;
  let spuriousKnownFindings = 0;
  try {
    const { resources: patients } = await client.search<Patient>('Patient', { _count: 100 });
    for (const patient of patients) {
      const { resources: documents } = await client.search<DocumentReference>('DocumentReference', { patient: patient.id as string, _count: 100 });
      const rawTexts = documents.flatMap(documentNoteTexts);
      if (rawTexts.length === 0) continue;
      patientsWithNotes++;
      // The way the editor gets there: a note header links the patient, whose context gives the known identifiers.
      const link = resolvePatientLink(`Patient: ${patient.id}\n`);
      if (!link) throw new Error('patient id not linkable');
      const linked = await findPatient(client, link);
      const known = contextToKnownIdentifiers(await fetchPatientContext(client, linked.id as string));
      const terms = goldTerms(patient).filter((term) => !bareNames || !/\d$/.test(term.value));
      const suffixedNames = [
        ...(patient.name ?? []).flatMap((name) => [...(name.given ?? []), name.family ?? '']),
        ...(known.practitionerNames ?? []),
      ].filter((word) => /^\p{L}+\d+$/u.test(word));
      const texts = rawTexts.map((raw) => {
        const text = bareNames ? suffixedNames.reduce((note, word) => note.replaceAll(word, word.replace(/\d+$/, '')), raw) : raw;
        return caps ? text.toUpperCase() : text;
      });
      for (const text of texts) {
        notes++;
        const started = performance.now();
        const without = detectPhi(text);
        const withKnown = detectPhi(text, { known });
        detectMs += performance.now() - started;
        const gold = occurrences(text, terms, caps);
        for (const occurrence of gold) {
          const tally = tallies[occurrence.kind];
          tally.occurrences++;
          if (covered(occurrence, without)) tally.foundWithout++;
          if (covered(occurrence, withKnown)) tally.foundWith++;
        }
        // Precision check: spans flagged only because of `known`, as the patient's name or address, where the
        // note has none of them. Clinician names are not in the gold, so DOCTOR findings are left out.
        for (const finding of withKnown) {
          if (finding.subtype === 'DOCTOR' || !/^(NAME|LOCATION)$/.test(finding.category)) continue;
          const overlaps = (span: { start: number; end: number }) => span.start < finding.end && finding.start < span.end;
          if (!without.some(overlaps) && !gold.some(overlaps)) spuriousKnownFindings++;
        }
      }
    }
  } finally {
    await server.close();
  }

  const rate = (found: number, total: number) => (total ? found / total : 0);
  const report = {
    caps,
    bareNames,
    patientsWithNotes,
    notes,
    msPerNotePair: notes ? Math.round((detectMs / notes) * 10) / 10 : 0,
    spuriousKnownFindings,
    ...Object.fromEntries(
      Object.entries(tallies).map(([kind, tally]) => [
        kind,
        { ...tally, recallWithout: rate(tally.foundWithout, tally.occurrences), recallWith: rate(tally.foundWith, tally.occurrences) },
      ]),
    ),
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`${notes} ${caps ? 'ALL-CAPS ' : ''}${bareNames ? 'bare-name ' : ''}notes of ${patientsWithNotes} patients (detectPhi twice per note: ${report.msPerNotePair} ms)`);
  for (const [kind, tally] of Object.entries(tallies)) {
    const pct = (found: number) => `${(100 * rate(found, tally.occurrences)).toFixed(1)}%`;
    console.log(`${kind.padEnd(8)} ${String(tally.occurrences).padStart(5)} occurrences  recall without known ${pct(tally.foundWithout)}  with known ${pct(tally.foundWith)}`);
  }
  console.log(`patient name/address findings added by known that match no occurrence: ${spuriousKnownFindings}`);
}

main().catch((error: unknown) => {
  // FHIR errors are written to be shown; any other message could quote note text, so only its kind is printed.
  console.error(`phi-recall: failed (${error instanceof FhirError || error instanceof DataLoadError ? error.message : error instanceof Error ? error.name : 'unknown'})`);
  process.exit(1);
});

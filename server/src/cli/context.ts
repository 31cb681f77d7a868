import { createFhirClient, FhirError, fetchPatientContext, findPatient, PatientContext } from '../core/fhir';
import { CliCommand, EXIT_OK, intFlag, parseArgs, stringFlag, UsageError } from './io';

const HELP = `usage: clinote context (--patient ID | --mrn MRN) --fhir URL [--json] [--timeout MS]

Prints the patient's FHIR context: active conditions, medications, allergies, newest vitals and labs,
recent encounters and documents.
  --patient ID    FHIR Patient id
  --mrn MRN       medical record number, looked up as a Patient identifier
  --fhir URL      FHIR R4 base URL, e.g. the line printed by \`clinote serve-fhir\`
  --json          one JSON object (keys patient, conditions, medications, allergies, observations,
                  encounters, documents, warnings)
  --timeout MS    per-request timeout, default 10000
A bearer token, if the server needs one, is read from the CLINOTE_FHIR_TOKEN environment variable.`;

function textReport(context: PatientContext): string {
  const { patient } = context;
  const lines = [
    `${patient.name}  (id ${patient.id}${patient.mrn ? `, MRN ${patient.mrn}` : ''})`,
    [patient.gender, patient.birthDate ? `born ${patient.birthDate}` : undefined, patient.deceased ? `deceased ${patient.deceased}` : undefined]
      .filter(Boolean)
      .join(', '),
  ];
  const section = (title: string, items: string[]) => {
    lines.push('', `${title} (${items.length})`);
    lines.push(...(items.length ? items.map((item) => `  - ${item}`) : ['  none']));
  };
  const code = (codes: { code?: string }[]) => (codes[0]?.code ? ` [${codes[0].code}]` : '');
  const day = (date?: string) => (date ? date.slice(0, 10) : '');
  section('Conditions', context.conditions.map((c) => `${c.display}${code(c.codes)}${c.onset ? `, since ${day(c.onset)}` : ''}`));
  section('Medications', context.medications.map((m) => `${m.display}${m.dosage ? ` — ${m.dosage}` : ''}`));
  section('Allergies', context.allergies.map((a) => `${a.substance}${a.criticality ? ` (${a.criticality} criticality)` : ''}${a.reactions.length ? `: ${a.reactions.join(', ')}` : ''}`));
  section('Observations', context.observations.map((o) => `${o.display}: ${o.value ?? 'no value'}${o.effective ? ` (${day(o.effective)})` : ''}`));
  section('Encounters', context.encounters.map((e) => `${day(e.start)} ${e.type}${e.reasons.length ? ` — ${e.reasons.join(', ')}` : ''}`));
  section('Documents', context.documents.map((d) => `${day(d.date)} ${d.type}${d.authors.length ? ` — ${d.authors.join(', ')}` : ''}`));
  if (context.warnings.length) section('Warnings', context.warnings);
  return lines.join('\n');
}

export const contextCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['--patient', '--mrn', '--fhir', '--timeout'], ['--json', '--help', '-h']);
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.stdout.write(HELP + '\n');
    return EXIT_OK;
  }
  if (args.positionals.length) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
  const patientId = stringFlag(args, '--patient');
  const mrn = stringFlag(args, '--mrn');
  const baseUrl = stringFlag(args, '--fhir');
  if (!patientId === !mrn) throw new UsageError('give exactly one of --patient ID or --mrn MRN');
  if (!baseUrl) throw new UsageError('--fhir URL is required');
  const timeoutMs = intFlag(args, '--timeout', 1, 600_000) ?? 10_000;
  const token = io.env.CLINOTE_FHIR_TOKEN;
  try {
    const client = createFhirClient({ baseUrl, timeoutMs, auth: token ? { kind: 'bearer', token } : { kind: 'none' } });
    const id = patientId ?? (await findPatient(client, { kind: 'mrn', value: mrn as string, range: { start: 0, end: 0 } })).id;
    const context = await fetchPatientContext(client, id as string);
    io.stdout.write((args.flags.has('--json') ? JSON.stringify(context, null, 2) : textReport(context)) + '\n');
    return EXIT_OK;
  } catch (error) {
    if (error instanceof FhirError) throw new UsageError(error.message);
    throw error;
  }
};

// Converts Presidio's synthetic PII sentences (MIT, microsoft/presidio-research) to Clinote gold JSONL.
// Run: node --import tsx scripts/phi/presidio-gold.ts [source.json] [out.jsonl]
import { chmodSync, copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isAllCaps, writeGoldFile, type GoldNote, type GoldSpan } from './gold';

const DEFAULT_SOURCE = '/work/shared/data/deid/presidio_synth_dataset_v2.json';
const DEFAULT_OUT = 'test/fixtures/phi/presidio-dev.jsonl';

interface PresidioSpan {
  entity_type: string;
  entity_value: string;
  start_position: number;
  end_position: number;
}
interface PresidioRecord {
  full_text: string;
  spans: PresidioSpan[];
}

const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|prof|sir|madam|rev)\.?$/i;
const LONE_YEAR = /^(1[89]|20)\d\d$/;
const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const LONE_TIME = /^\d{1,2}:\d\d(:\d\d)?( ?[ap]\.?m\.?)?$/i;

type Mapped = Omit<GoldSpan, 'start' | 'end'>;

/**
 * Decisions (documented in test/fixtures/phi/README.md): honorifics, nationalities/religions (NRP),
 * weekdays and clock times alone are not PHI for Clinote, so OTHER (never scored); lone years and
 * ages up to 89 count only under the extended profile; credit cards and IBANs are account numbers
 * (HIPAA Safe Harbor identifier 10), so ID/ACCOUNT.
 */
export function mapPresidioSpan(type: string, value: string): Mapped {
  const trimmed = value.trim();
  switch (type) {
    case 'PERSON':
      return { category: 'NAME', subtype: 'NAME' };
    case 'STREET_ADDRESS':
      return { category: 'LOCATION', subtype: 'STREET' };
    case 'GPE':
      return { category: 'LOCATION', subtype: 'LOCATION' };
    case 'ZIP_CODE':
      return { category: 'LOCATION', subtype: 'ZIP' };
    case 'ORGANIZATION':
      return { category: 'LOCATION', subtype: 'ORGANIZATION' };
    case 'DATE_TIME':
      if (LONE_YEAR.test(trimmed)) return { category: 'DATE', subtype: 'YEAR', extendedOnly: true };
      if (WEEKDAY.test(trimmed)) return { category: 'OTHER', subtype: 'WEEKDAY' };
      if (LONE_TIME.test(trimmed)) return { category: 'OTHER', subtype: 'TIME' };
      return { category: 'DATE', subtype: 'DATE' };
    case 'PHONE_NUMBER':
      return { category: 'CONTACT', subtype: 'PHONE' };
    case 'EMAIL_ADDRESS':
      return { category: 'CONTACT', subtype: 'EMAIL' };
    case 'DOMAIN_NAME':
      return { category: 'CONTACT', subtype: 'URL' };
    case 'IP_ADDRESS':
      return { category: 'CONTACT', subtype: 'IP_ADDRESS' };
    case 'US_SSN':
      return { category: 'ID', subtype: 'SSN' };
    case 'US_DRIVER_LICENSE':
      return { category: 'ID', subtype: 'LICENSE' };
    case 'CREDIT_CARD':
    case 'IBAN_CODE':
      return { category: 'ID', subtype: 'ACCOUNT' };
    case 'AGE':
      return Number(trimmed) > 89 ? { category: 'AGE', subtype: 'AGE_OVER_89' } : { category: 'AGE', subtype: 'AGE', extendedOnly: true };
    case 'TITLE':
      return HONORIFIC.test(trimmed) ? { category: 'OTHER', subtype: 'HONORIFIC' } : { category: 'PROFESSION', subtype: 'PROFESSION' };
    default:
      return { category: 'OTHER', subtype: type };
  }
}

export function convertPresidio(records: readonly PresidioRecord[]): GoldNote[] {
  return records.map((record, index) => {
    const text = record.full_text;
    const spans = record.spans.map((span): GoldSpan => {
      if (text.slice(span.start_position, span.end_position) !== span.entity_value) {
        throw new Error(`presidio record ${index}: span offsets do not match its value`);
      }
      return { start: span.start_position, end: span.end_position, ...mapPresidioSpan(span.entity_type, span.entity_value) };
    });
    return { id: `presidio-${String(index).padStart(4, '0')}`, style: 'general-pii', caps: isAllCaps(text), text, spans };
  });
}

function main(): void {
  const [source = DEFAULT_SOURCE, out = DEFAULT_OUT] = process.argv.slice(2);
  const records = JSON.parse(readFileSync(source, 'utf8')) as PresidioRecord[];
  const notes = convertPresidio(records);
  writeGoldFile(out, notes);
  const licence = join(dirname(out), 'presidio-research.LICENSE');
  copyFileSync(join(dirname(source), 'presidio-research.LICENSE'), licence);
  chmodSync(licence, 0o644);
  const spans = notes.flatMap((note) => note.spans);
  const byCategory = new Map<string, number>();
  for (const span of spans) byCategory.set(span.category, (byCategory.get(span.category) ?? 0) + 1);
  console.log(`${out}: ${notes.length} notes, ${spans.length} spans`, Object.fromEntries(byCategory));
}

main();

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SectionKind, parseSections, sectionAt } from '../../../server/src/core/note/sections';

const SAMPLES_DIR = join(__dirname, '..', '..', '..', 'samples');
const MARKER = 'SYNTHETIC NOTE — fictitious patient, no real PHI';

// The sections each sample is written to exercise; the ICD and summary engines rely on them.
const EXPECTED_KINDS: Record<string, SectionKind[]> = {
  'progress-note.note': ['chief_complaint', 'hpi', 'pmh', 'psh', 'medications', 'allergies', 'social_history',
    'family_history', 'ros', 'vitals', 'physical_exam', 'labs', 'assessment_plan', 'follow_up'],
  'discharge-summary.note': ['diagnoses', 'discharge_diagnoses', 'hpi', 'hospital_course', 'procedures', 'medications',
    'allergies', 'other', 'other', 'follow_up'],
  'nursing-note.note': ['vitals', 'assessment', 'medications', 'allergies', 'other', 'plan'],
  'radiology-report.note': ['physical_exam', 'chief_complaint', 'other', 'other', 'findings', 'impression'],
  'referral-letter.cnote': ['chief_complaint', 'hpi', 'pmh', 'medications', 'allergies', 'social_history',
    'physical_exam', 'assessment', 'plan'],
};

describe('samples', () => {
  for (const [file, expected] of Object.entries(EXPECTED_KINDS)) {
    it(`${file} starts with the synthetic marker and parses into its sections`, () => {
      const text = readFileSync(join(SAMPLES_DIR, file), 'utf8');
      assert.equal(text.split('\n')[0], MARKER);
      const sections = parseSections(text);
      assert.deepEqual(sections.map((section) => section.kind), expected);
      // The header block (marker, Patient:, MRN: ...) is no section.
      assert.equal(sectionAt(sections, text.indexOf('MRN')), undefined);
    });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeNote } from '../../../server/src/core/summary';
import { CancellationSource, CancelledError } from '../../../server/src/core/cancellation';
import { isGrounded } from '../../../server/src/core/summary/grounding';
import { parseSections } from '../../../server/src/core/summary/sections';
import { splitUnits } from '../../../server/src/core/summary/text';
import { CLINIC_NOTE } from './notes';

test('sections: headings with and without inline text get kinds, value labels are not headings', () => {
  const sections = parseSections(CLINIC_NOTE);
  const kinds = sections.map((s) => s.kind);
  assert.deepEqual(kinds, ['reason', 'hpi', 'medications', 'allergies', 'vitals', 'labs', 'imaging', 'assessment', 'plan']);
  const plan = sections[sections.length - 1];
  assert.ok(CLINIC_NOTE.slice(plan.bodyStart, plan.end).startsWith('\nIncrease furosemide'));
});

test('units: list markers and abbreviations do not split, wrapped lines stay together', () => {
  const text = '1. Acute appendicitis.\n2. Seen by Dr. Smith at 3 p.m. today. No fever.\nPain began\nyesterday evening.';
  assert.deepEqual(splitUnits(text).map((u) => u.text), ['Acute appendicitis.', 'Seen by Dr. Smith at 3 p.m. today.', 'No fever.', 'Pain began\nyesterday evening.']);
});

test('every item and the one-liner are grounded in their source ranges', () => {
  const summary = summarizeNote(CLINIC_NOTE);
  assert.equal(summary.engine, 'embedded');
  for (const part of [summary.oneLiner, ...summary.items]) {
    assert.ok(part.sources.length > 0, part.text);
    assert.ok(isGrounded(CLINIC_NOTE, part.text, part.sources), part.text);
  }
});

test('one-liner is the history opening statement with age and sex', () => {
  const { oneLiner } = summarizeNote(CLINIC_NOTE);
  assert.match(oneLiner.text, /^68-year-old female with heart failure/);
  assert.ok(oneLiner.text.includes('presents with two weeks of worsening dyspnea'));
});

test('procedure note one-liner: age/sex, procedure, then postoperative diagnosis', () => {
  const note = 'PREOPERATIVE DIAGNOSIS: Acute appendicitis.\nPOSTOPERATIVE DIAGNOSIS: Perforated appendicitis.\nPROCEDURE: Laparoscopic appendectomy.\nINDICATIONS: This 24-year-old man had two days of right lower quadrant pain.';
  assert.equal(summarizeNote(note).oneLiner.text, '24-year-old man, laparoscopic appendectomy for perforated appendicitis');
});

test('sections: problems, medications with status, allergies, findings, plan, follow-up', () => {
  const summary = summarizeNote(CLINIC_NOTE);
  const of = (section: string) => summary.items.filter((i) => i.section === section);
  assert.deepEqual(of('problems').map((i) => i.text), ['Acute on chronic systolic heart failure.', 'Type 2 diabetes mellitus.']);
  const meds = of('medications');
  assert.deepEqual(meds.filter((m) => m.status === 'new').map((m) => m.text), ['Start empagliflozin 10 mg daily.']);
  assert.deepEqual(meds.filter((m) => m.status === 'changed').map((m) => m.text), ['Increase furosemide to 40 mg twice daily.']);
  assert.deepEqual(meds.filter((m) => m.status === 'stopped').map((m) => m.text), ['Stop metformin while creatinine is rising.']);
  assert.ok(meds.some((m) => m.status === 'continued' && m.text === 'Lisinopril 10 mg daily'));
  assert.ok(meds.some((m) => m.text === 'metformin 1000 mg twice daily'));
  assert.deepEqual(of('allergies').map((i) => i.text), ['Penicillin (hives).']);
  const findings = of('findings').map((i) => i.text);
  for (const expected of ['BP 158/94', 'HR 104', 'SpO2 91%', 'BNP 1250 pg/mL, elevated.', 'Chest x-ray shows bilateral pleural effusions.']) {
    assert.ok(findings.includes(expected), `${expected} in ${JSON.stringify(findings)}`);
  }
  assert.ok(!findings.some((f) => f.startsWith('RR') || f.startsWith('Temp')), 'normal vitals are not key findings');
  assert.deepEqual(of('followup').map((i) => i.text), ['Follow up in clinic in 1 week.']);
  assert.ok(of('plan').some((i) => i.text === 'Repeat BMP in 3 days.'));
  assert.ok(of('plan').some((i) => i.text === 'Start empagliflozin 10 mg daily.'));
  assert.match(summary.text, /^68-year-old female/);
  assert.match(summary.text, /Medications:\n- Start empagliflozin 10 mg daily\. \(new\)/);
});

test('sources are UTF-16 offsets that slice back to the item text', () => {
  const note = 'ASSESSMENT: Café-au-lait macules 😀 noted.\nPLAN: Dermatology referral.';
  const summary = summarizeNote(note);
  for (const item of summary.items) {
    const [range] = item.sources;
    assert.equal(note.slice(range.start, range.end).replace(/\s+/g, ' ').replace(/[\s,;:]+$/, ''), item.text);
  }
  assert.ok(summary.items.some((i) => i.section === 'problems' && i.text === 'Café-au-lait macules 😀 noted.'));
});

test('sections option limits the output; empty and heading-only notes give empty summaries', () => {
  const onlyAllergies = summarizeNote(CLINIC_NOTE, { sections: ['allergies'] });
  assert.deepEqual([...new Set(onlyAllergies.items.map((i) => i.section))], ['allergies']);
  assert.deepEqual(summarizeNote('').items, []);
  assert.equal(summarizeNote('').oneLiner.text, '');
  assert.equal(summarizeNote('PLAN:\n').items.length, 0);
  assert.equal(summarizeNote('', { context: { age: 70, sex: 'male' } }).oneLiner.text, '70-year-old male');
});

test('a cancelled token stops the summariser', () => {
  const source = new CancellationSource();
  source.cancel();
  assert.throws(() => summarizeNote(CLINIC_NOTE, {}, source), CancelledError);
});

test('assessment and plan: numbered problems are problems, what follows them is plan', () => {
  const note = 'ASSESSMENT AND PLAN:\n1. Community-acquired pneumonia. Start azithromycin 500 mg today.\nRepeat chest x-ray in 6 weeks.\n2. Asthma, well controlled. Continue albuterol as needed.\nFOLLOW-UP: Return to clinic in 2 weeks.';
  const summary = summarizeNote(note);
  const of = (section: string) => summary.items.filter((i) => i.section === section).map((i) => i.text);
  assert.deepEqual(of('problems'), ['Community-acquired pneumonia.', 'Asthma, well controlled.']);
  assert.deepEqual(of('plan'), ['Start azithromycin 500 mg today.', 'Repeat chest x-ray in 6 weeks.', 'Continue albuterol as needed.']);
  assert.deepEqual(of('medications'), ['Start azithromycin 500 mg today.']);
  assert.deepEqual(of('followup'), ['Return to clinic in 2 weeks.']);
});

test('markdown headings and lower-case colon headings are sections too', () => {
  const note = '## Assessment\n- Migraine without aura\n\n## Plan\n- Start sumatriptan 50 mg as needed\n\nAllergies: none known';
  assert.deepEqual(parseSections(note).map((s) => [s.title, s.kind]), [['Assessment', 'assessment'], ['Plan', 'plan'], ['Allergies', 'allergies']]);
  const summary = summarizeNote(note);
  assert.deepEqual(summary.items.map((i) => [i.section, i.text]), [
    ['problems', 'Migraine without aura'],
    ['medications', 'Start sumatriptan 50 mg as needed'],
    ['allergies', 'none known'],
    ['plan', 'Start sumatriptan 50 mg as needed'],
  ]);
});

test('ages of relatives do not become the patient demographics', () => {
  const note = 'FAMILY HISTORY: Her 45-year-old brother has diabetes.\nHPI: Patient is a 12-year-old girl with asthma who presents with wheezing.';
  assert.equal(summarizeNote(note).oneLiner.text, '12-year-old girl with asthma who presents with wheezing');
});

test('prose ending in a colon is neither a heading nor an item; signatures are not plan', () => {
  const note = '# Plan\nThe following procedures were conducted:\n- renal dialysis\nElectronically signed by A. Clinician, MD';
  assert.deepEqual(parseSections(note).map((s) => s.kind), ['plan']);
  assert.deepEqual(summarizeNote(note).items.map((i) => [i.section, i.text]), [['plan', 'renal dialysis']]);
});

test('A&P with problem lines and labelled bullets: reasoning is left out, labels are dropped from orders', () => {
  const note = [
    'ASSESSMENT AND PLAN',
    '',
    'Heart failure.',
    '• Medical Reasoning: He reports increased fatigue on exertion.',
    '• Medical Treatment: Increase furosemide to 80 mg daily.',
    '',
    'Hypertension.',
    '• Medical Reasoning: Well controlled based on home monitoring.',
    '• Medical Treatment: Continue lisinopril 20 mg daily.',
    'Patient Agreements: The patient understands and agrees with the plan.',
    '',
    'He presents for follow-up of chronic problems. Follow up in 2 weeks.',
  ].join('\n');
  const summary = summarizeNote(note);
  const of = (section: string) => summary.items.filter((i) => i.section === section).map((i) => i.text);
  assert.deepEqual(of('problems'), ['Heart failure.', 'Hypertension.']);
  assert.deepEqual(of('plan'), ['Increase furosemide to 80 mg daily.', 'Continue lisinopril 20 mg daily.']);
  assert.deepEqual(of('followup'), ['Follow up in 2 weeks.']);
});

test('a study report is summarised as study for reason; an exam section with findings is not a study', () => {
  const report = 'EXAM:\nCT head without contrast.\n\nREASON FOR EXAM:\nFall with headache.\n\nIMPRESSION:\nNo acute intracranial hemorrhage.';
  assert.equal(summarizeNote(report).oneLiner.text, 'CT head without contrast for fall with headache');
  const clinic = 'HPI: Cough for a week.\nEXAM:\nLungs clear.\nBP 150/95.';
  assert.ok(!summarizeNote(clinic).oneLiner.text.includes('Lungs clear'));
  assert.ok(summarizeNote(clinic).items.some((i) => i.section === 'findings' && i.text === 'BP 150/95'));
});

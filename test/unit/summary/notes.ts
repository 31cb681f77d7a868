/** Synthetic notes written for these tests; every name, date and number in them is invented. */
export const CLINIC_NOTE = [
  'Patient: Margaret Okonkwo    MRN: 4471902    DOB: 03/14/1958',
  'Seen by Dr. Harlan Whitfield at Riverside Family Clinic on 11/02/2026. Phone 555-201-7788.',
  '',
  'CHIEF COMPLAINT: Shortness of breath and ankle swelling.',
  '',
  'HISTORY OF PRESENT ILLNESS:',
  'Ms. Okonkwo is a 68-year-old female with heart failure with reduced ejection fraction and type 2 diabetes who presents with two weeks of worsening dyspnea on exertion.',
  'She denies chest pain. She reports 3-pillow orthopnea.',
  '',
  'MEDICATIONS: Lisinopril 10 mg daily, metoprolol succinate 50 mg daily, metformin 1000 mg twice daily, furosemide 20 mg daily.',
  '',
  'ALLERGIES: Penicillin (hives).',
  '',
  'VITAL SIGNS: BP 158/94, HR 104, RR 18, Temp 98.6 F, SpO2 91% on room air.',
  '',
  'LABS: BNP 1250 pg/mL, elevated. Creatinine 1.4 mg/dL. Potassium 4.1.',
  '',
  'IMAGING: Chest x-ray shows bilateral pleural effusions.',
  '',
  'ASSESSMENT:',
  '1. Acute on chronic systolic heart failure.',
  '2. Type 2 diabetes mellitus.',
  '',
  'PLAN:',
  'Increase furosemide to 40 mg twice daily.',
  'Stop metformin while creatinine is rising.',
  'Start empagliflozin 10 mg daily.',
  'Repeat BMP in 3 days.',
  'Follow up in clinic in 1 week.',
].join('\n');

/** Gold PHI of CLINIC_NOTE: none of these may reach a remote model in the default mode. */
export const CLINIC_NOTE_PHI = [
  'Margaret Okonkwo', 'Okonkwo', '4471902', '03/14/1958', 'Harlan Whitfield', 'Riverside Family Clinic', '11/02/2026', '555-201-7788',
];

/** A short synthetic note for the walkthrough: a fictitious patient, no real PHI. */
export const WALKTHROUGH_NOTE = `SYNTHETIC NOTE — fictitious patient, no real PHI
Patient: 1f456f0a-acb1-4728-82af-01ca57083c7b
Date of service: 03/14/2025

CHIEF COMPLAINT:
Follow-up of hypertension and type 2 diabetes.

HPI:
Mr. Kermit Trantow is a 78 year old retired electrician seen with his daughter Julia.
He was discharged from Riverside General Hospital on February 27, 2025 after a COPD exacerbation.
Denies chest pain. Call back number (617) 555-0143.

MEDICATIONS:
Metformin 500 mg PO BID; lisinopril 10 mg daily (started today).

ALLERGIES:
Peanuts (anaphylaxis).

ASSESSMENT AND PLAN:
1. Type 2 diabetes mellitus without complications - continue metformin.
2. Essential hypertension - start lisinopril 10 mg daily, BP 152/94 today.
3. COPD - stable on current inhaler.
Follow up in 3 months with Dr. Amelia Hargreaves.
`;

// Templates of the dev corpus (synthetic-dev.jsonl). The detector may be tuned on notes made from these.
// Each style is a list of sections; each section lists alternatives, one of which is drawn per note.
export interface StyleTemplates {
  style: string;
  /** Share of notes of this style written entirely in upper case. */
  capsShare: number;
  weight: number;
  separators: readonly string[];
  sections: readonly (readonly string[])[];
}

export const DEV_STYLES: readonly StyleTemplates[] = [
  {
    style: 'nursing',
    capsShare: 1,
    weight: 5,
    separators: ['\n', '; ', '\n', '. '],
    sections: [
      [
        'NSG NOTE {date_time}; PT {pt_caps_header} MRN {mrn}; {unit} {room}',
        'RN NOTE {unit} {date}\nPT: {pt}  MR# {mrn}',
        '{date} {time} NURSING: {pt_caps_header}, {age} {sex}, {room}',
        'SHIFT NOTE 0700-1900 {date}; {pt} ({mrn}); {room}',
        'NURSING PROGRESS NOTE - {unit} - {weekday_date}',
      ],
      [
        'PT A&OX3, RESTING IN BED; C/O {?PAIN 6/10 LLQ|SOB ON EXERTION|NAUSEA X1|MILD HA}; {vitals}',
        'PT {?ALERT|DROWSY BUT AROUSABLE|CONFUSED TO TIME}; {vitals}; {eponym}',
        'VS STABLE: {vitals}; TELE NSR; {?LUNGS CLEAR|CRACKLES BIBASILAR|DIMINISHED L BASE}',
        'ASSESSMENT UNCHANGED; {vitals}; NEURO CHECKS Q4H, {eponym}',
        '{age90} {sex} ADMITTED FROM {other_hospital} W/ {?UROSEPSIS|FALL|CHF EXACERBATION}; {vitals}',
        '{age} {sex} POD #{n} S/P {?TKA|LAP CHOLE|CABG X3|HIP ORIF}; {vitals}',
      ],
      [
        'MEDS GIVEN PER MAR INCL {drug}; {plain}',
        '{drug} GIVEN AT {time} PER {dr}; {plain}',
        'PRN {drug} GIVEN X1 W/ RELIEF; PT {plain}',
        '{drug} HELD, SBP < 100, {dr_last} AWARE',
        '{eponym}; {drug} STARTED; {plain}',
      ],
      [
        '{relation} {rel_first} AT BEDSIDE, UPDATED ON POC; CALL BACK # {phone}',
        '{rel} CALLED {time}, UPDATED; PREFERS CALLS TO CELL {phone}',
        'SPOKE WITH {rel} ({phone}) RE: DISCHARGE PLAN',
        'FAMILY: {relation} ({rel_full}) AT BEDSIDE, HCP PAPERWORK ON CHART',
        'NO FAMILY AT BEDSIDE; {plain}',
        'D/W {dr} RE {?K 3.1|LOW UOP|NEW AFIB}; ORDERS RECEIVED; {relation} {rel_first} UPDATED BY PHONE',
      ],
      [
        'FOLEY D/C\'D {month_day}; VOIDING QS; {plain}',
        'SKIN: STAGE 2 SACRUM, WOUND RN {rn_first} CONSULTED; TURN Q2H',
        'FALL RISK: HIGH; BED ALARM ON; {plain}',
        'IV 20G L AC SITE C/D/I; {labs}',
        'TRANSFERRED TO {unit} {room} AT {time}; REPORT GIVEN TO {rn2}',
        'PT\'S {relation} REQUESTS CHAPLAIN; FAITH IMPORTANT; {plain}',
      ],
      [
        '{rn}',
        '-- {rn} {date_time}',
        'SIGNED: {rn}',
        '{rn} / PAGER {pager}',
        'E-SIGNED {rn} ({username}) {date_time}',
      ],
    ],
  },
  {
    style: 'discharge',
    capsShare: 0.1,
    weight: 3,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'DISCHARGE SUMMARY\nPatient: {pt}    MRN: {mrn}    DOB: {dob}\nAdmission date: {date_prev}    Discharge date: {date}\nAttending: {dr}',
        '{hospital}\n{street}, {city}, {st} {zip}\nDischarge Summary\nName: {pt}  Acct {acct}  MR# {mrn}\nAdmitted {date_prev}, discharged {date}',
        'Discharge Summary - {hospital}, {unit}\n{pt} | DOB {dob} | MRN: {mrn} | Service: Medicine ({dr})',
        'DISCHARGE SUMMARY\n\nPATIENT NAME: {pt}\nMEDICAL RECORD #: {mrn}\nDATE OF ADMISSION: {date_prev}\nDATE OF DISCHARGE: {date}\nPCP: {dr2}',
      ],
      [
        'HOSPITAL COURSE: {pt_title} is a {age} {sex} with {eponym} who presented to {hospital} on {date_prev} with {?3 days of fever|acute dyspnea|a mechanical fall at home}. {labs}. {he} was admitted to {unit}.',
        'Brief history: {age90} {sex} from {?home in|an assisted living facility in|a nursing home in} {city}, {state}, admitted with {?pneumonia|hip fracture|delirium}. {eponym}. {plain}.',
        'HPI: {pt_first} is a {age} {sex}, retired {profession}, who was transferred from {other_hospital} on {month_day} for {?NSTEMI|GI bleed|DKA}. Seen by {dr2} in consultation.',
        'History of present illness: This {age} {sex} {?works as|is employed as|is} {a_profession} at {employer}. Presented {weekday_date} with chest pain; {labs}.',
      ],
      [
        'Course by problem:\n# {?Sepsis|CHF|COPD exacerbation}: treated with {drug}; {plain}.\n# {eponym}.\n# Pain: {drug}.',
        'Hospital course was notable for {?AKI|hyponatremia|atrial fibrillation with RVR}; {labs}. Cardiology ({dr3}) recommended {drug}. {plain}.',
        '{pt_poss} course was complicated by {?delirium|C. diff colitis|a fall} on {the_day}. {drug} started. {eponym}.',
        'Procedures: {?EGD|TEE|PICC placement|thoracentesis} on {date_any} by {dr3}. Pacemaker interrogated, device serial {device}. {plain}.',
      ],
      [
        'DISCHARGE MEDICATIONS:\n1. {drug}\n2. {drug}\n3. {drug}',
        'Medications on discharge: {drug}; {drug}; {drug}. STOP {drug}.',
        'Meds: continue {drug}, new {drug}.',
      ],
      [
        'Disposition: home with {relation} {rel_full}, who is health care proxy (cell {phone}). Follow up with {dr2} at {clinic} on {date_next}, phone {phone_ext}.',
        'Discharged to {other_hospital} (rehab), {address}. Report called to {rn2}. Fax {fax}.',
        'Discharged home to {address}. Follow-up: {clinic}, {date_next} at {time}; call {phone} with questions. {plain}.',
        'Dispo: SNF. Contact: {rel} at {phone}. Insurance: {?BCBS|Medicare|MassHealth|Aetna} member ID {member}.',
      ],
      [
        'Electronically signed by {dr} on {date_time}',
        'Dictated by: {dr}\nDictated: {date} Transcribed: {date_next}  Job #{acct}',
        '{dr_full}, MD\nAttending Physician, {hospital}\ncc: {dr2}, {clinic}, fax {fax}',
        'Signed: {dr}    {date}\nPager {pager}',
      ],
    ],
  },
  {
    style: 'progress',
    capsShare: 0.1,
    weight: 3,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'Progress Note - Hospital Day #{n}\n{date}',
        'MEDICINE PROGRESS NOTE  {date_time}\n{pt}, {age} {sex}, {unit} {room}',
        'S/O/A/P {date}  {pt} (MRN {mrn})',
        'Daily progress note for {pt_title}, {weekday_date}',
      ],
      [
        'S: {pt_first} reports {?feeling better|poor sleep|ongoing nausea}; {?no hope of going home soon, per pt|ambulated in hall with PT|tolerating diet}. {relation} {rel_first} at bedside.',
        'Subjective: No acute events overnight. {pt_title} {plain}. Wife {rel_first} asks about discharge.',
        'Interval: seen and examined with {dr2}. {pt_poss} pain is controlled on {drug}.',
        'S: "I want to go home." Pt states {his} {relation} {rel_full} can stay with {him}.',
      ],
      [
        'O: {vitals}\nExam: {eponym}. {?Lungs CTAB.|Crackles at bases.|Abd soft, NT.}\nLabs: {labs}',
        'Objective: {vitals}. {labs}. {eponym}.',
        'Vitals: {vitals}\n{labs}\nImaging: CXR {month_day} with {?small effusion|no acute process}.',
      ],
      [
        'A/P: {age} {sex} with {eponym}.\n- {drug}\n- {plain}\n- Dispo: likely {date_next}',
        'Assessment and plan:\n1. {?HFrEF|CAP|cellulitis}: {drug}. {plain}.\n2. {eponym}.\n3. FEN/PPX: {drug}.',
        'Plan: continue {drug}; {plain}. D/w {dr2} ({?cardiology|renal|ID}). Pt\'s {relation} updated at {phone}.',
      ],
      [
        '{dr}, PGY-{n}\nSeen with attending {dr2}',
        '{pa}\nPager {pager}',
        'Attending attestation: I saw and examined the patient with the resident and agree with the plan. {dr2}',
        '{np} {date_time}',
      ],
    ],
  },
  {
    style: 'radiology',
    capsShare: 0.2,
    weight: 2,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'EXAM: CT chest with contrast\nDATE: {date_time}\nPATIENT: {pt}  MRN {mrn}  ACC# {acct}',
        'RADIOLOGY REPORT - {hospital}\nExam: MRI brain w/wo contrast    Date of service: {date}\nName: {pt}  DOB: {dob}',
        'CXR PA/LAT {date}  {pt} ({age} {sex})  Ordering: {dr2}',
        'US RUQ\nAccession {acct}\nPerformed {weekday_date} at {hospital_short}',
      ],
      [
        'CLINICAL HISTORY: {age} {sex} with {?cough and fever|RUQ pain|headache}. {eponym}.',
        'INDICATION: r/o {?PE|cholecystitis|stroke}; {?Murphy sign positive clinically|sudden onset}.',
        'HISTORY: {age90} {sex}, fall.',
      ],
      [
        'COMPARISON: {date_any} from {other_hospital}.',
        'COMPARISON: Prior study dated {month_year}.',
        'COMPARISON: None.',
        'COMPARISON: {date_prev}.',
      ],
      [
        'FINDINGS: {?No consolidation. Heart size normal. Foley catheter tip in bladder.|Gallbladder wall 4 mm, no pericholecystic fluid. Sonographic Murphy sign negative.|White matter changes, nonspecific. No hemorrhage.|Long segment of thickened bowel, likely Crohn\'s.} {plain}.',
        'FINDINGS: Lines and tubes: Swan-Ganz catheter tip in the right pulmonary artery. {?Small left effusion.|Lungs clear.} Pacemaker leads intact (device {device}).',
        'FINDINGS: {?1.2 cm nodule RUL, series 3 image 44.|Multiple hypodensities in liver, largest 2.3 x 1.9 cm.|Brown tumor of the left iliac bone.} {plain}.',
      ],
      [
        'IMPRESSION:\n1. {?No acute cardiopulmonary process.|Findings consistent with acute cholecystitis.|Stable disease.}\n2. Recommend follow-up in {n} months.',
        'IMPRESSION: {?Acute PE, right lower lobe.|Normal study.|Small bowel obstruction.} Critical result called to {dr2} at {time} on {date} by {dr}; read back confirmed.',
      ],
      [
        'Dictated by {dr}\nSigned {date_time}',
        'Electronically signed by: {dr} {date}\nWorkstation: {ip}',
        'Read by {dr} (attending) and {dr3} (resident).',
      ],
    ],
  },
  {
    style: 'referral',
    capsShare: 0,
    weight: 2,
    separators: ['\n\n'],
    sections: [
      [
        '{clinic}\n{address}\nTel {phone}  Fax {fax}\n\n{date}',
        '{hospital} - Department of {?Cardiology|Neurology|Gastroenterology}\n{street}\n{city}, {state} {zip}\nPhone {phone_ext}\n\n{date}',
        '{date}\n\n{dr2}\n{clinic}\n{address}',
      ],
      [
        'Dear {dr2},\n\nRe: {pt}, DOB {dob}, MRN {mrn}\n{address}',
        'Dear Dr. {dr2_last},\n\nRE: {pt} (DOB: {dob})\nHealth plan: {member}',
        'Dear colleague,\n\nThank you for seeing {pt_title}, date of birth {dob}, SSN {ssn}, who lives at {address}.',
      ],
      [
        'I am referring this pleasant {age} {sex}, {a_profession} from {city}, for evaluation of {?palpitations|chronic diarrhea|tremor}. {eponym}. Current medications include {drug} and {drug}.',
        '{pt_first} is a {age} {sex} originally from {country} who {?moved to|has lived in} {city} in {year}. {He} has {eponym}. {plain}.',
        'Thank you for seeing {pt_title} regarding {?possible Parkinson\'s disease|Graves disease|Crohn\'s flare}. {pt_poss} symptoms began in {month_year}. {labs}.',
      ],
      [
        'Please contact {his} {relation} {rel_full} at {phone} or by email at {email} to schedule; {he} prefers afternoon appointments.',
        'The patient can be reached at {phone} or {email}. Records are available on the portal: {url}.',
        'I would be grateful for your opinion. {plain}. Please send your note to my fax, {fax}.',
      ],
      [
        'Yours sincerely,\n\n{dr}\n{clinic}\nLic. # {license}',
        'With kind regards,\n{dr_full}, MD\ncc: {pt}',
        'Sincerely,\n{np}\nDirect line {phone_ext}',
      ],
    ],
  },
  {
    style: 'ed',
    capsShare: 0.3,
    weight: 3,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'ED NOTE  {hospital}  {date_time}\nPt: {pt}  MRN: {mrn}  Acct {acct}',
        'EMERGENCY DEPARTMENT PROVIDER NOTE\nArrival: {date_time} via EMS\n{pt}, {age} {sex}',
        'ED Triage {date} {time} - {pt_caps_header} - {age}',
        'ED course note {weekday_date}\nName: {pt}   DOB: {dob}',
        'ED NOTE {date_time}\nPt {pt} #{mrn}  Acct {acct}',
      ],
      [
        'CC: {?chest pain|SOB|fall|abd pain|AMS}\nHPI: {age} {sex} BIBA from {address} after {?a fall at home|syncope at church|MVC}. Driver of vehicle, {vehicle}. {eponym}.',
        'HPI: {pt_first} is a {age} {sex} who presents with {?sharp chest pain|brown emesis|frank hematuria} since {month_day}. {plain}. Lives with {relation} {rel_first}.',
        'HPI: {age90} {sex} from {other_hospital} ({?NH|SNF|ALF}) w/ {?AMS|fever|hypoxia}. Per {relation} ({rel_full}, {phone}), baseline is {?A&Ox3|demented, nonverbal}.',
        'Pt is a {age} {profession}, injured at work at {employer} on {the_day}; {?lac to L hand|back strain|fall from ladder}. Workers comp claim # {acct}.',
      ],
      [
        'ROS neg except as above. Exam: {vitals}. {eponym}. {?Homans sign neg.|Babinski neg.|GCS 15.}',
        'Exam: {vitals}; {eponym}; {plain}.',
        'PE: {vitals}\nGen: {?NAD|uncomfortable|diaphoretic}\n{eponym}',
      ],
      [
        'ED course: {labs}. Given {drug}. D/w {dr2} ({?cards|surgery|neuro}), will admit to {unit}.',
        'MDM: {labs}. {drug} given. Spoke with {pt_poss} PCP {dr2} at {phone}. {plain}.',
        'Course: {drug} x1, improved. Discussed with patient and {relation}. {plain}.',
      ],
      [
        'Dispo: {?admit|home|obs}. {dr}\n{date_time}',
        'Seen by {dr} and {pa}. Dispo home, f/u {clinic} {date_next}.',
        'Attending: {dr}  Resident: {dr3}  RN: {rn}',
      ],
    ],
  },
  {
    style: 'phone',
    capsShare: 0.25,
    weight: 2,
    separators: ['\n', ' '],
    sections: [
      [
        'TELEPHONE ENCOUNTER {date_time}',
        'Phone note - {clinic} - {date}',
        'Call from {rel} re: {pt_first} on {weekday_date}',
        'Telephone call {date} {time}  Pt: {pt} (DOB {dob})',
      ],
      [
        'Caller: {relation} {rel_full}, callback {phone}. {?Pt|Patient} {plain}.',
        'Pt called from {phone} requesting refill of {drug}. Pharmacy: {?CVS|Walgreens|Rite Aid} on {street}, {city}, ph {phone}.',
        '{pt_title} called with {?fever 101.2|worsening cough|leg swelling}. Advised ED. {plain}.',
        'Returned call to {pt_first} at {phone_ext}; LVM. Will try again {date_next}.',
        'Pt emailed from {email}: asks about MRN {mrn} records; portal user {username}.',
      ],
      [
        'Discussed with {dr}, ok to refill {drug} x{n}.',
        'Per {dr}: {plain}. Appt made {date_next} at {clinic}.',
        'Advised to call 911 if worse. {plain}.',
        'Fax sent to {fax} ({?Dr. office|pharmacy|home care agency}).',
      ],
      [
        '{rn}',
        '-- {rn} {date_time}',
        '{np}',
        'Call taken by {rn} ({username})',
      ],
    ],
  },
];

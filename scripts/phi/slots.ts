// The values templates can ask for. PHI slots return annotated pieces; filler slots return plain text
// that must NOT be flagged (drugs, eponyms, vitals, English uses of name-words).
import { phi, type Fragment, type SlotTable } from './note-builder';
import type { Random } from './prng';
import * as s from './surrogates';

export interface NoteContext {
  rng: Random;
  patient: s.Person;
  doctors: s.Person[];
  nurses: s.Person[];
  relative: { relation: string; person: s.Person };
  hospital: string;
  otherHospital: string;
  clinic: string;
  unit: string;
  city: string;
  state: readonly [string, string];
  visit: s.DateParts;
  dob: s.DateParts;
  /** Date formats stay fixed within a note, as they do in one EHR, but vary between notes. */
  dateFormat: string;
  mrn: string;
  /** The patient's street address, the same wherever the note repeats it. */
  home: string;
}

export function makeContext(rng: Random): NoteContext {
  const patient = s.makePerson(rng);
  const relativeFemale = rng.chance(0.6);
  const visit = { year: rng.int(2018, 2025), month: rng.int(1, 12), day: rng.int(1, 28) };
  const hospitals = [rng.pick(s.HOSPITALS), rng.pick(s.HOSPITALS)];
  return {
    rng,
    patient,
    doctors: [s.makePerson(rng), s.makePerson(rng), s.makePerson(rng)],
    nurses: [s.makePerson(rng, rng.chance(0.8)), s.makePerson(rng, rng.chance(0.8))],
    relative: { relation: rng.pick(relativeFemale ? s.RELATIONS_FEMALE : s.RELATIONS_MALE), person: s.makePerson(rng, relativeFemale) },
    hospital: hospitals[0],
    otherHospital: hospitals[1] === hospitals[0] ? rng.pick(s.CLINICS) : hospitals[1],
    clinic: rng.pick(s.CLINICS),
    unit: rng.pick(s.UNITS),
    city: rng.pick(s.CITIES),
    state: rng.pick(s.STATES),
    visit,
    dob: { year: rng.int(1925, 2006), month: rng.int(1, 12), day: rng.int(1, 28) },
    dateFormat: rng.pick(Object.keys(s.DATE_FORMATS).filter((f) => !f.startsWith('weekday') && f !== 'monthNameOrdinal')),
    mrn: s.medicalRecordNumber(rng),
    home: s.streetAddress(rng),
  };
}

const name = (text: string, subtype: 'PATIENT' | 'DOCTOR' | 'RELATIVE' | 'NAME' = 'PATIENT') => phi(text, 'NAME', subtype);
const date = (text: string) => phi(text, 'DATE', 'DATE');

function fullName(rng: Random, person: s.Person): string {
  return rng.pick([
    `${person.first} ${person.last}`,
    `${person.first} ${person.last}`,
    `${person.first} ${person.middleInitial}. ${person.last}`,
    `${person.last}, ${person.first}`,
  ]);
}

function doctor(rng: Random, person: s.Person): Fragment {
  switch (rng.int(0, 6)) {
    case 0: return ['Dr. ', name(`${person.first} ${person.last}`, 'DOCTOR')];
    case 1: return ['Dr. ', name(person.last, 'DOCTOR')];
    case 2: return [name(`${person.first} ${person.last}`, 'DOCTOR'), ', MD'];
    case 3: return [name(`${person.first} ${person.middleInitial}. ${person.last}`, 'DOCTOR'), ', M.D.'];
    case 4: return ['Dr ', name(person.last, 'DOCTOR')];
    case 5: return [name(`${person.first[0]}. ${person.last}`, 'DOCTOR'), ' MD'];
    default: return ['Dr. ', name(`${person.first[0]}. ${person.last}`, 'DOCTOR')];
  }
}

function withCredential(rng: Random, person: s.Person, credential: string): Fragment {
  return rng.pick<Fragment>([
    [name(`${person.first} ${person.last}`, 'DOCTOR'), `, ${credential}`],
    [name(`${person.first} ${person.last[0]}.`, 'DOCTOR'), `, ${credential}`],
    [name(`${person.first} ${person.last}`, 'DOCTOR'), ` ${credential}`],
    [`${credential} `, name(person.first, 'DOCTOR')],
  ]);
}

function formatDate(context: NoteContext, parts: s.DateParts, anyFormat = false): string {
  const format = anyFormat ? context.rng.pick(Object.keys(s.DATE_FORMATS)) : context.dateFormat;
  return s.DATE_FORMATS[format](parts);
}

function ordinaryAge(context: NoteContext): number {
  const years = context.visit.year - context.dob.year;
  return years >= 1 && years <= 89 ? years : context.rng.int(19, 88);
}

function age(rng: Random, value: string, extendedOnly: boolean, words = false): Fragment {
  const piece = phi(value, 'AGE', extendedOnly ? 'AGE' : 'AGE_OVER_89', extendedOnly);
  if (words) return [piece, rng.pick([' year old', '-year-old', ' years old'])];
  return [piece, rng.pick([' y/o', 'yo', ' yo', ' year old', '-year-old', ' y.o.', ' YO', ' years old', ' yr old'])];
}

const DRUGS = ['metoprolol tartrate 25 mg PO BID', 'lisinopril 10 mg daily', 'apixaban 5 mg BID', 'furosemide 40 mg IV x1',
  'atorvastatin 80 mg qHS', 'insulin glargine 22 units SC qHS', 'metformin 1000 mg BID', 'levothyroxine 75 mcg daily',
  'ceftriaxone 1 g IV q24h', 'vancomycin 1.25 g IV q12h', 'pantoprazole 40 mg daily', 'oxycodone 5 mg q4h PRN pain',
  'acetaminophen 650 mg q6h PRN', 'heparin 5000 units SC TID', 'albuterol 2.5 mg neb q4h PRN', 'prednisone 40 mg x5 days',
  'sertraline 50 mg daily', 'gabapentin 300 mg TID', 'Lasix 20 mg', 'Eliquis 2.5 mg BID', 'Keppra 500 mg BID',
  'warfarin 5 mg, INR goal 2-3', 'KCl 20 mEq PO x2', 'Zosyn 3.375 g IV q8h', 'Lovenox 40 mg SC daily', 'Coumadin 2 mg'];
const EPONYMS = ["Murphy's sign negative", 'Babinski downgoing bilaterally', "Homan's sign negative", 'Foley catheter in place',
  'Swan-Ganz catheter removed', 'Glasgow coma scale 15', "history of Parkinson's disease", "Bell's palsy on the left, improving",
  "r/o Cushing's syndrome", "Addison's disease on hydrocortisone", "Crohn's disease, in remission", 'Graves disease s/p RAI',
  "Hashimoto's thyroiditis", 'Apgar scores 8 and 9', "Kernig's and Brudzinski's signs negative", 'Romberg negative',
  "McMurray's test positive on the right", 'Lachman negative', 'Hodgkin lymphoma in remission', "Alzheimer's dementia, moderate",
  'Wells score 1', 'Mallampati class II', 'CHA2DS2-VASc score of 3', "Guillain-Barre syndrome ruled out", 'Tinel sign positive'];
const PLAIN_WORDS = ['Will follow up in clinic.', 'may need repeat imaging', 'no hope of recovery was voiced, family understands prognosis',
  'brown stool, guaiac negative', 'frank blood per rectum', 'sharp chest pain, worse with inspiration', 'long-term anticoagulation',
  'white count trending down', 'young adult with no PMH', 'will page the resident on call', 'mark the site before procedure',
  'rose to 38.9 overnight', 'bill of rights reviewed with patient', 'faith is important to her, chaplain offered',
  'joy in activities is reduced', 'grace period for insurance discussed', 'patience with therapy encouraged',
  'gay and lesbian health resources provided', 'hunter green sputum', 'may resume diet as tolerated', 'will continue current plan',
  'long QT on ECG, avoid QT-prolonging drugs', 'white matter changes on MRI', 'sharp debridement of wound', 'PAGE 2 OF 3'];
const VITALS = () => [
  (r: Random) => `BP ${r.int(90, 180)}/${r.int(50, 100)}, HR ${r.int(50, 130)}, RR ${r.int(12, 28)}, T ${(36 + r.next() * 3).toFixed(1)}, SpO2 ${r.int(88, 100)}% on ${r.pick(['RA', '2L NC', '4L NC', 'room air'])}`,
  (r: Random) => `T ${(97 + r.next() * 5).toFixed(1)} P ${r.int(50, 130)} R ${r.int(12, 28)} BP ${r.int(90, 180)}/${r.int(50, 100)} O2 ${r.int(88, 100)}%`,
  (r: Random) => `VS: ${r.int(90, 180)}/${r.int(50, 100)} ${r.int(50, 130)} ${r.int(12, 28)} ${(97 + r.next() * 5).toFixed(1)} ${r.int(88, 100)}% RA`,
];
const LABS = () => [
  (r: Random) => `Na ${r.int(128, 146)}, K ${(3 + r.next() * 2).toFixed(1)}, Cl ${r.int(95, 110)}, HCO3 ${r.int(18, 30)}, BUN ${r.int(8, 60)}, Cr ${(0.6 + r.next() * 3).toFixed(2)}, glucose ${r.int(70, 350)}`,
  (r: Random) => `WBC ${(3 + r.next() * 15).toFixed(1)}, Hgb ${(7 + r.next() * 8).toFixed(1)}, Plt ${r.int(40, 450)}`,
  (r: Random) => `troponin ${(r.next() * 0.5).toFixed(2)} -> ${(r.next() * 0.5).toFixed(2)}, BNP ${r.int(20, 3000)}, lactate ${(0.5 + r.next() * 4).toFixed(1)}`,
  (r: Random) => `INR ${(0.9 + r.next() * 3).toFixed(1)}, PTT ${r.int(25, 90)}, A1c ${(5 + r.next() * 6).toFixed(1)}%, TSH ${(0.1 + r.next() * 8).toFixed(2)}`,
];

export const SHARED_SLOTS: SlotTable<NoteContext> = {
  // Patient
  pt: (c) => name(fullName(c.rng, c.patient)),
  pt_first: (c) => name(c.patient.first),
  pt_last: (c) => name(c.patient.last),
  pt_title: (c) => [c.patient.female ? c.rng.pick(['Ms. ', 'Mrs. ', 'Ms ']) : c.rng.pick(['Mr. ', 'Mr ']), name(c.patient.last)],
  pt_poss: (c) => [c.patient.female ? 'Ms. ' : 'Mr. ', name(c.patient.last), "'s"],
  pt_caps_header: (c) => name(`${c.patient.last}, ${c.patient.first}`),
  he: (c) => (c.patient.female ? 'she' : 'he'),
  He: (c) => (c.patient.female ? 'She' : 'He'),
  him: (c) => (c.patient.female ? 'her' : 'him'),
  his: (c) => (c.patient.female ? 'her' : 'his'),
  sex: (c) => (c.patient.female ? c.rng.pick(['F', 'female', 'woman']) : c.rng.pick(['M', 'male', 'man'])),
  // Clinicians
  dr: (c) => doctor(c.rng, c.doctors[0]),
  dr2: (c) => doctor(c.rng, c.doctors[1]),
  dr3: (c) => doctor(c.rng, c.doctors[2]),
  dr_last: (c) => name(c.doctors[0].last, 'DOCTOR'),
  dr2_last: (c) => name(c.doctors[1].last, 'DOCTOR'),
  dr_full: (c) => name(`${c.doctors[0].first} ${c.doctors[0].last}`, 'DOCTOR'),
  dr2_full: (c) => name(`${c.doctors[1].first} ${c.doctors[1].last}`, 'DOCTOR'),
  rn: (c) => withCredential(c.rng, c.nurses[0], 'RN'),
  rn2: (c) => withCredential(c.rng, c.nurses[1], c.rng.pick(['RN', 'LPN', 'BSN, RN'])),
  rn_first: (c) => name(c.nurses[0].first, 'DOCTOR'),
  np: (c) => withCredential(c.rng, c.doctors[2], c.rng.pick(['NP', 'FNP-C', 'ANP'])),
  pa: (c) => withCredential(c.rng, c.doctors[1], 'PA-C'),
  // Family
  relation: (c) => c.relative.relation,
  rel_first: (c) => name(c.relative.person.first, 'RELATIVE'),
  rel_full: (c) => name(`${c.relative.person.first} ${c.relative.person.last}`, 'RELATIVE'),
  rel: (c) => [c.relative.relation, ' ', name(c.relative.person.first, 'RELATIVE')],
  username: (c) => phi(s.usernameFor(c.rng, c.rng.pick([c.nurses[0], c.doctors[0], c.patient])), 'NAME', 'USERNAME'),
  // Work
  profession: (c) => phi(c.rng.pick(s.PROFESSIONS), 'PROFESSION', 'PROFESSION'),
  a_profession: (c) => {
    const profession = c.rng.pick(s.PROFESSIONS);
    return [/^[aeiou]/.test(profession) ? 'an ' : 'a ', phi(profession, 'PROFESSION', 'PROFESSION')];
  },
  employer: (c) => phi(c.rng.pick(s.EMPLOYERS), 'LOCATION', 'ORGANIZATION'),
  // Places
  hospital: (c) => phi(c.hospital, 'LOCATION', 'HOSPITAL'),
  other_hospital: (c) => phi(c.otherHospital, 'LOCATION', 'HOSPITAL'),
  hospital_short: (c) => phi(c.rng.pick(s.HOSPITAL_SHORT), 'LOCATION', 'HOSPITAL'),
  clinic: (c) => phi(c.clinic, 'LOCATION', 'HOSPITAL'),
  unit: (c) => phi(c.unit, 'LOCATION', 'DEPARTMENT'),
  room: (c) => [c.rng.pick(['Room ', 'Rm ', 'room ', 'RM ', 'Bed ']), phi(`${c.rng.int(2, 12)}${c.rng.digits(2)}${c.rng.pick(['', '', 'A', 'B'])}`, 'LOCATION', 'ROOM')],
  street: (c) => phi(c.home, 'LOCATION', 'STREET'),
  city: (c) => phi(c.city, 'LOCATION', 'CITY'),
  other_city: (c) => phi(c.rng.pick(s.CITIES), 'LOCATION', 'CITY'),
  state: (c) => phi(c.state[0], 'LOCATION', 'STATE'),
  st: (c) => phi(c.state[1], 'LOCATION', 'STATE'),
  zip: (c) => phi(c.rng.chance(0.75) ? c.rng.digits(5) : `${c.rng.digits(5)}-${c.rng.digits(4)}`, 'LOCATION', 'ZIP'),
  country: (c) => phi(c.rng.pick(s.COUNTRIES).replace(/^the /, ''), 'LOCATION', 'COUNTRY'),
  address: (c) => [
    phi(c.home, 'LOCATION', 'STREET'), c.rng.pick([', ', '\n', ' ']),
    phi(c.city, 'LOCATION', 'CITY'), ', ', phi(c.rng.chance(0.8) ? c.state[1] : c.state[0], 'LOCATION', 'STATE'), c.rng.pick([' ', '  ']),
    phi(c.rng.chance(0.7) ? c.rng.digits(5) : `${c.rng.digits(5)}-${c.rng.digits(4)}`, 'LOCATION', 'ZIP'),
  ],
  // Ages
  age: (c) => age(c.rng, String(ordinaryAge(c)), true),
  age_n: (c) => phi(String(ordinaryAge(c)), 'AGE', 'AGE', true),
  age90: (c) => {
    const over = s.ageOver89(c.rng);
    return age(c.rng, over.value, false, over.words);
  },
  age90_n: (c) => phi(String(c.rng.int(90, 104)), 'AGE', 'AGE_OVER_89'),
  // Dates
  date: (c) => date(formatDate(c, c.visit)),
  date_any: (c) => date(formatDate(c, s.addDays(c.visit, -c.rng.int(0, 400)), true)),
  date_prev: (c) => date(formatDate(c, s.addDays(c.visit, -c.rng.int(1, 30)))),
  date_next: (c) => date(formatDate(c, s.addDays(c.visit, c.rng.int(3, 90)))),
  date_time: (c) => [date(formatDate(c, c.visit)), c.rng.pick([' ', ' @ ', ' at ', '  ']), s.randomTime(c.rng)],
  dob: (c) => date(c.rng.pick([s.DATE_FORMATS.usLong, s.DATE_FORMATS.usLoose, s.DATE_FORMATS.iso, s.DATE_FORMATS.monAbbrDayYear])(c.dob)),
  month_year: (c) => {
    const d = s.addDays(c.visit, -c.rng.int(30, 900));
    return date(c.rng.pick([`${s.MONTHS[d.month - 1]} ${d.year}`, `${s.MONTHS[d.month - 1].slice(0, 3)} ${d.year}`, `${d.month}/${d.year}`]));
  },
  the_day: (c) => ['the ', date(s.ordinal(s.addDays(c.visit, -c.rng.int(1, 9)).day))],
  weekday_date: (c) => date(c.rng.pick([s.DATE_FORMATS.weekdayMonthDay, s.DATE_FORMATS.weekdayUs])(s.addDays(c.visit, c.rng.int(-5, 20)))),
  month_day: (c) => date(c.rng.pick([s.DATE_FORMATS.monthDay, s.DATE_FORMATS.monAbbrDay, s.DATE_FORMATS.monthNameOrdinal])(s.addDays(c.visit, -c.rng.int(1, 60)))),
  year: (c) => phi(String(c.visit.year - c.rng.int(1, 15)), 'DATE', 'YEAR', true),
  // Contact
  phone: (c) => phi(s.phoneNumber(c.rng), 'CONTACT', 'PHONE'),
  phone_ext: (c) => phi(s.phoneNumber(c.rng) + s.extension(c.rng), 'CONTACT', 'PHONE'),
  fax: (c) => phi(s.phoneNumber(c.rng), 'CONTACT', 'FAX'),
  pager: (c) => phi(c.rng.pick([`${c.rng.digits(5)}`, `${c.rng.int(1, 9)}-${c.rng.digits(4)}`]), 'CONTACT', 'PHONE'),
  email: (c) => phi(s.emailFor(c.rng, c.rng.chance(0.7) ? c.patient : c.relative.person), 'CONTACT', 'EMAIL'),
  url: (c) => phi(c.rng.pick([
    `www.caringbridge.org/visit/${c.patient.first.toLowerCase().replace(/[^a-z]/g, '')}${c.patient.last.toLowerCase().replace(/[^a-z]/g, '')}`,
    `https://portal.${c.hospital.toLowerCase().replace(/[^a-z]/g, '').slice(0, 14)}.org/pt/${c.rng.digits(6)}`,
    `http://www.gofundme.com/f/help-${c.patient.first.toLowerCase().replace(/[^a-z]/g, '')}-recover`,
    `https://mychart.${c.clinic.toLowerCase().replace(/[^a-z]/g, '').slice(0, 10)}.com/${c.rng.digits(5)}`,
  ]), 'CONTACT', 'URL'),
  ip: (c) => phi(s.ipAddress(c.rng), 'CONTACT', 'IP_ADDRESS'),
  // Identifiers
  mrn: (c) => phi(c.mrn, 'ID', 'MRN'),
  other_mrn: (c) => phi(s.medicalRecordNumber(c.rng), 'ID', 'MRN'),
  acct: (c) => phi(s.accountNumber(c.rng), 'ID', 'ACCOUNT'),
  ssn: (c) => phi(s.ssn(c.rng), 'ID', 'SSN'),
  member: (c) => phi(s.healthPlanId(c.rng), 'ID', 'HEALTH_PLAN'),
  license: (c) => phi(s.licenceNumber(c.rng), 'ID', 'LICENSE'),
  device: (c) => phi(s.deviceSerial(c.rng), 'ID', 'DEVICE'),
  vehicle: (c) => {
    const id = s.vehicleId(c.rng);
    return [id.length === 17 ? c.rng.pick(['VIN ', 'VIN# ']) : c.rng.pick(['plate ', 'lic plate ', 'tag ']), phi(id, 'ID', 'VEHICLE')];
  },
  // Filler that must stay unflagged
  drug: (c) => c.rng.pick(DRUGS),
  eponym: (c) => c.rng.pick(EPONYMS),
  plain: (c) => c.rng.pick(PLAIN_WORDS),
  vitals: (c) => c.rng.pick(VITALS())(c.rng),
  labs: (c) => c.rng.pick(LABS())(c.rng),
  n: (c) => String(c.rng.int(1, 12)),
  dose: (c) => `${c.rng.pick([2, 5, 10, 20, 25, 40, 50, 100, 250, 500])} ${c.rng.pick(['mg', 'mcg', 'units', 'mL'])}`,
  time: (c) => s.randomTime(c.rng),
};

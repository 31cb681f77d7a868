// Templates of the second dev corpus (synthetic-dev2.jsonl): written independently of templates-dev.ts, with
// its own cast, places and PHI formats, so a detector tuned on the first dev set is measured on shapes it
// was not written against. Styles: i2b2-like discharge summaries, MIMIC-like ALL-CAPS nursing, respiratory
// and social-work notes, operative notes, consult letters, ED triage, pathology and lab reports,
// telephone encounters, home-health visits and psychiatric notes.
import { phi, type Fragment, type SlotTable } from './note-builder';
import type { Random } from './prng';
import type { NoteContext } from './slots';
import { addDays, MONTHS, ordinal, WEEKDAYS, type DateParts } from './surrogates';
import type { StyleTemplates } from './templates-dev';

const FEMALE_FIRST = [
  'May', 'Hope', 'Grace', 'Summer', 'Autumn', 'April', 'June', 'Ruby', 'Pearl', 'Holly', 'Sue', 'Pat', 'Allegra',
  'Lyrica', 'Chantal', 'Marguerite', 'Beatriz', 'Nkechi', 'Adaeze', 'Thuy', 'Hyun-joo', 'Sakura', 'Anjali', 'Deepika',
  'Roya', 'Zainab', 'Bronwyn', 'Agnieszka', 'Lyudmila', 'Tamika', 'Gretchen', 'Wilhelmina', 'Maribel', 'Yolanda',
  'Constance', 'Temperance', 'Precious', 'Destiny', 'Harmony', 'Candy',
];
const MALE_FIRST = [
  'Will', 'Bill', 'Art', 'Rich', 'Dean', 'Gene', 'Ray', 'Wade', 'Lane', 'Chip', 'Buck', 'Sterling', 'Rocky', 'Colt',
  'Augustin', 'Bartholomew', 'Fernando', 'Ignacio', 'Thiago', 'Obinna', 'Emeka', 'Kofi', 'Babajide', 'Quang', 'Bao',
  'Hyun-woo', 'Takeshi', 'Vikram', 'Rohan', 'Farid', 'Karim', 'Mustafa', 'Dragan', 'Miroslav', 'Grzegorz', 'Eamon',
  'Ciaran', 'Tavon', 'Jermaine', 'Cletus', 'Wendell', 'Hector', 'Sonny', 'Royal',
];
const LAST_NAMES = [
  'Brown', 'Wilson', 'Parkinson', 'Addison', 'Graves', 'Hodgkin', 'Paget', 'Bell', 'Banks', 'Woods', 'Street', 'Lane',
  'Pierce', 'Case', 'Stone', 'Moss', 'Rice', 'Frost', 'Winter', 'Summers', 'Day', 'Bishop', 'Carpenter', 'Baker',
  'Cook', 'Mason', 'Fisher', 'Nash', 'Amoah', 'Eze', 'Nwosu', 'Abubakar', 'Tshabalala', 'Vu', 'Dang', 'Hoang', 'Lim',
  'Ong', 'Yamamoto', 'Nakagawa', 'Choudhury', 'Banerjee', 'Venkataraman', 'Haddadin', 'Mansour', 'Farouk',
  'Szymanski', 'Zielinski', 'Popescu', 'Petrenko', 'Kuznetsov', 'MacAulay', 'Fitzpatrick', 'De la Cruz', 'Villarreal',
  'Quintero', 'Espinoza', 'Bautista', 'Navarro-Ruiz', 'Abernathy', 'Whitlock', 'Pettigrew', 'Dunbar', 'Gentry',
  'Major', 'Noble', 'Sweet', 'Wise', 'Hale', 'Power', 'Lyme', 'Keller',
];
const HOSPITALS = [
  'St. Agnes Medical Center', 'Brookhaven General Hospital', 'Valley Presbyterian Hospital', 'Marymount Hospital',
  'Wentworth-Douglass Hospital', 'Lakeshore Behavioral Health', 'Our Lady of Lourdes Hospital',
  'Northridge VA Medical Center', "Children's Hospital of Eastbrook", 'Eastbrook Memorial', 'Sacred Heart Medical Center',
  'Windham County Hospital', 'Tri-Valley Regional Medical Center', 'Summit Oaks Hospital',
];
const HOSPITAL_ABBREVIATIONS = ['BGH', 'SAMC', 'VPH', 'EBM', 'SHMC', 'TVRMC', 'NVAMC'];
const AGENCIES = [
  'Caring Hands Home Health', 'Horizon Hospice', 'Westside Behavioral Clinic', 'Harborview Pathology Associates',
  'Greater Chicopee VNA', 'Clearwater Dialysis Unit', 'Maplewood Nursing and Rehabilitation', 'Sunnybrook Adult Day Program',
  'Riverside Counseling Services', 'Crescent Pharmacy',
];
const UNITS = ['3 South', '9N', 'Tower 6', 'MICU B', 'Step-Down 5C', 'Pod C', 'Medsurg 4', 'Neuro ICU', 'Burn Unit', 'Tele 7', 'CT Surgery ICU', 'Psych 2 West'];
const CITIES = ['Marblehead', 'Chicopee', 'Pawtucket', 'Cranston', 'Nashua', 'Burlington', 'Kalamazoo', 'Sandusky', 'Waukegan',
  'Bakersfield', 'Modesto', 'Macon', 'Augusta', 'Florence', 'Jackson', 'Warren', 'Troy', 'Canton', 'Salem', 'Athens',
  'Eugene', 'Homer', 'Hershey', 'Surprise', 'Tupelo', 'Lodi'];
const STATES: readonly (readonly [string, string])[] = [
  ['Rhode Island', 'RI'], ['New Hampshire', 'NH'], ['Vermont', 'VT'], ['Connecticut', 'CT'], ['Georgia', 'GA'],
  ['Mississippi', 'MS'], ['Wisconsin', 'WI'], ['Kentucky', 'KY'], ['Oregon', 'OR'], ['Nevada', 'NV'], ['Iowa', 'IA'],
  ['Delaware', 'DE'], ['Oklahoma', 'OK'], ['Washington', 'WA'], ['Colorado', 'CO'],
];
const STREETS = ['Quincy Shore', 'Old Colony', 'Chestnut Hill', 'Dorset', 'Wampum', 'Sycamore', 'Larkspur', 'Tremont',
  'Pleasant Valley', 'Fox Run', 'Governor Winthrop', 'Cobblestone', 'Indian Hill', 'Prospect', 'Blue Heron'];
const STREET_TYPES = ['St.', 'Ave.', 'Road', 'Drive', 'Circle', 'Court', 'Place', 'Hwy', 'Trail', 'Boulevard', 'Pike', 'Row'];
const RELATIONS_FEMALE = ['wife', 'daughter', 'mother', 'sister', 'stepdaughter', 'daughter-in-law', 'girlfriend', 'grandmother', 'guardian', 'niece'];
const RELATIONS_MALE = ['husband', 'son', 'father', 'brother', 'stepson', 'son-in-law', 'boyfriend', 'grandfather', 'nephew', 'cousin'];
const JOBS = ['retired mail carrier', 'crossing guard', 'forklift operator', 'night custodian', 'hospice chaplain', 'tattoo artist',
  'long-haul trucker', 'daycare teacher', 'dental assistant', 'commercial fisherman', 'HVAC technician', 'bank teller',
  'librarian', 'Uber driver', 'sous chef', 'pharmacy technician', 'carpenter', 'stonemason', 'nail technician'];
const EMPLOYERS = ['Hasbro', 'Ocean State Job Lot', 'Pratt Aerospace', 'Stop & Shop', 'Dunkin on Route 1', 'Kessling Foundry', 'Eastbrook Public Schools'];
const MAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'verizon.net', 'ymail.com', 'me.com', 'cox.net', 'att.net'];
const AGE_WORDS = ['ninety', 'ninety-one', 'ninety-two', 'ninety-three', 'ninety-four', 'ninety-five', 'ninety-six',
  'ninety-seven', 'ninety-eight', 'ninety-nine', 'one hundred', 'one hundred one', 'one hundred and two', 'one hundred three'];

interface Person {
  first: string;
  last: string;
  initial: string;
  female: boolean;
}

/** The people, places and formats of one dev2 note, drawn once per note so repeated mentions agree. */
interface Cast {
  patient: Person;
  relative: Person;
  relation: string;
  doctors: Person[];
  nurses: Person[];
  therapist: Person;
  hospital: string;
  otherHospital: string;
  agency: string;
  unit: string;
  city: string;
  state: readonly [string, string];
  street: string;
  zip: string;
  mrn: string;
  dateFormat: DateFormat;
  over89: number;
}

const casts = new WeakMap<NoteContext, Cast>();

function person(rng: Random, female = rng.chance(0.5)): Person {
  return { first: rng.pick(female ? FEMALE_FIRST : MALE_FIRST), last: rng.pick(LAST_NAMES), initial: rng.letters(1), female };
}

function castOf(c: NoteContext): Cast {
  const known = casts.get(c);
  if (known) return known;
  const { rng } = c;
  const relativeFemale = rng.chance(0.55);
  const hospitals = [rng.pick(HOSPITALS), rng.pick(HOSPITALS)];
  const cast: Cast = {
    patient: person(rng, c.patient.female),
    relative: person(rng, relativeFemale),
    relation: rng.pick(relativeFemale ? RELATIONS_FEMALE : RELATIONS_MALE),
    doctors: [person(rng), person(rng), person(rng)],
    nurses: [person(rng, rng.chance(0.75)), person(rng, rng.chance(0.75))],
    therapist: person(rng),
    hospital: hospitals[0],
    otherHospital: hospitals[1] === hospitals[0] ? rng.pick(AGENCIES) : hospitals[1],
    agency: rng.pick(AGENCIES),
    unit: rng.pick(UNITS),
    city: rng.pick(CITIES),
    state: rng.pick(STATES),
    street: streetAddress(rng),
    zip: rng.chance(0.8) ? `0${rng.digits(4)}` : `${rng.digits(5)}-${rng.digits(4)}`,
    mrn: recordNumber(rng),
    dateFormat: rng.pick(NOTE_DATE_FORMATS),
    over89: rng.int(90, 103),
  };
  casts.set(c, cast);
  return cast;
}

// ---------- formats ----------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const mon = (d: DateParts) => MONTHS[d.month - 1].slice(0, 3);
const month = (d: DateParts) => MONTHS[d.month - 1];
const yy = (d: DateParts) => pad(d.year % 100);

type DateFormat = (d: DateParts) => string;

/** Whole dates (day, month, year or day and month), as EHRs, dictation and hand-typed notes write them. */
const FULL_DATE_FORMATS: readonly DateFormat[] = [
  (d) => `${d.month}/${d.day}`,
  (d) => `${pad(d.month)}-${pad(d.day)}-${yy(d)}`,
  (d) => `${d.day} ${mon(d)} ${yy(d)}`,
  (d) => `${month(d)} ${ordinal(d.day)}`,
  (d) => `${ordinal(d.day)} of ${month(d)}`,
  (d) => `${d.year}/${pad(d.month)}/${pad(d.day)}`,
  (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`,
  (d) => `${pad(d.month)}/${pad(d.day)}/${yy(d)}`,
  (d) => `${mon(d)}${d.month === 5 ? '' : '.'} ${d.day}`,
  (d) => `${pad(d.day)}-${mon(d).toUpperCase()}-${yy(d)}`,
  (d) => `${d.year}${pad(d.month)}${pad(d.day)}`,
  (d) => `${month(d)} ${d.day} ${d.year}`,
  (d) => `${ordinal(d.day)} ${mon(d)} ${d.year}`,
  (d) => `${mon(d)} ${ordinal(d.day)}, ${d.year}`,
  (d) => `${d.month}-${d.day}-${d.year}`,
  (d) => `${d.day}${mon(d)}${d.year}`,
  (d) => `${d.month}.${d.day}.${yy(d)}`,
  (d) => `${mon(d)}-${pad(d.day)}-${d.year}`,
  (d) => `${month(d)} ${d.day}, '${yy(d)}`,
  (d) => `${WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]} ${d.month}/${d.day}`,
];
/** One EHR writes one format; these are the ones a whole note may use consistently. */
const NOTE_DATE_FORMATS: readonly DateFormat[] = [
  (d) => `${pad(d.month)}/${pad(d.day)}/${d.year}`,
  (d) => `${d.month}/${d.day}/${yy(d)}`,
  (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`,
  (d) => `${pad(d.day)}-${mon(d)}-${d.year}`,
  (d) => `${month(d)} ${d.day}, ${d.year}`,
  (d) => `${pad(d.month)}-${pad(d.day)}-${yy(d)}`,
  (d) => `${d.year}/${pad(d.month)}/${pad(d.day)}`,
  (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`,
  (d) => `${d.day} ${mon(d)} ${d.year}`,
];
const MONTH_YEAR_FORMATS: readonly DateFormat[] = [
  (d) => `${mon(d)}-${d.year}`,
  (d) => `${month(d)} of ${d.year}`,
  (d) => `${pad(d.month)}/${d.year}`,
  (d) => `${mon(d)} '${yy(d)}`,
  (d) => `${month(d)}, ${d.year}`,
  (d) => `${d.year}-${pad(d.month)}`,
];

function clockTime(rng: Random): string {
  const hour = rng.int(0, 23);
  const minute = rng.pick([0, 5, 12, 15, 20, 30, 41, 45, 50, 58]);
  return rng.pick([
    `${pad(hour)}${pad(minute)}`,
    `${pad(hour)}:${pad(minute)}`,
    `${pad(hour)}${pad(minute)}h`,
    `${((hour + 11) % 12) + 1}:${pad(minute)}${hour < 12 ? 'a' : 'p'}`,
    `${((hour + 11) % 12) + 1}:${pad(minute)} ${hour < 12 ? 'a.m.' : 'p.m.'}`,
    `${pad(hour)}${pad(minute)} hrs`,
  ]);
}

function streetAddress(rng: Random): string {
  const number = rng.int(2, 18999);
  const name = `${rng.pick(STREETS)} ${rng.pick(STREET_TYPES)}`;
  return rng.pick([
    `${number} ${name}`,
    `${number} ${rng.pick(['N.', 'S.', 'E.', 'W.'])} ${name}`,
    `${number} ${name}, Apt. ${rng.int(1, 30)}${rng.pick(['', 'B', 'R'])}`,
    `${rng.int(10, 99)}-${rng.int(10, 99)} ${name}`,
    `Rural Route ${rng.int(1, 9)}, Box ${rng.int(10, 400)}`,
    `${number} ${name} #${rng.int(2, 40)}`,
    `${rng.int(1, 99)} ${rng.pick(['1st', '2nd', '3rd', '14th', '22nd'])} ${rng.pick(['Street', 'Ave'])}`,
    `N${rng.digits(4)} County Road ${rng.letters(1)}`,
    `P.O. Box ${rng.int(100, 99999)}`,
  ]);
}

function recordNumber(rng: Random): string {
  return rng.pick([
    rng.digits(7),
    rng.digits(9),
    `${rng.int(1, 9)}${rng.digits(9)}`,
    `E${rng.digits(7)}`,
    `MR${rng.digits(8)}`,
    `A00${rng.digits(6)}`,
    `${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}`,
    `${rng.digits(2)}-${rng.digits(2)}-${rng.digits(2)}`,
  ]);
}

function phoneNumber(rng: Random): string {
  const area = `${rng.int(2, 9)}${rng.digits(2)}`;
  const exchange = `${rng.int(2, 9)}${rng.digits(2)}`;
  const line = rng.digits(4);
  return rng.pick([
    `${area}-${exchange}-${line} x${rng.digits(4)}`,
    `+1 (${area}) ${exchange}-${line}`,
    `${area}.${exchange}.${line}`,
    `(${area}) ${exchange}-${line} ext ${rng.digits(3)}`,
    `+1-${area}-${exchange}-${line}`,
    `${exchange}-${line}`,
    `${area}/${exchange}-${line}`,
    `(${area})-${exchange}-${line}`,
    `${area} ${exchange}-${line}`,
    `1 (${area}) ${exchange} ${line}`,
  ]);
}

function email(rng: Random, p: Person): string {
  const first = p.first.toLowerCase().replace(/[^a-z]/g, '');
  const last = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return `${rng.pick([`${first}${last[0]}${rng.int(10, 99)}`, `${last}.${first}`, `${first[0]}_${last}`, `${first}${rng.int(1940, 2001)}`])}@${rng.pick(MAIL_DOMAINS)}`;
}

// ---------- fragment helpers ----------

const nameOf = (text: string, subtype: 'PATIENT' | 'DOCTOR' | 'RELATIVE') => phi(text, 'NAME', subtype);
const dateOf = (text: string) => phi(text, 'DATE', 'DATE');
const idOf = (text: string, subtype: 'MRN' | 'ACCOUNT' | 'HEALTH_PLAN' | 'LICENSE' | 'DEVICE' | 'ID') => phi(text, 'ID', subtype);

function patientName(rng: Random, p: Person): string {
  return rng.pick([
    `${p.first} ${p.last}`,
    `${p.first} ${p.initial}. ${p.last}`,
    `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`,
    `${p.last}, ${p.first} ${p.initial}`,
    `${p.first} ${p.last}`,
  ]);
}

function clinician(rng: Random, p: Person, credentials: readonly string[]): Fragment {
  const credential = rng.pick(credentials);
  return rng.pick<Fragment>([
    [nameOf(`${p.first[0]}. ${p.last}`, 'DOCTOR'), ` ${credential}`],
    [nameOf(`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, 'DOCTOR'), ` ${credential}`],
    [nameOf(`${p.first} ${p.last}`, 'DOCTOR'), `, ${credential}`],
    [nameOf(p.last, 'DOCTOR'), ` ${credential}`],
    [nameOf(`${p.first} ${p.initial}. ${p.last}`, 'DOCTOR'), ` ${credential}`],
    [nameOf(`${p.first[0]}${p.initial}${p.last[0]}`, 'DOCTOR'), ` ${credential}`],
  ]);
}

function physician(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    ['Dr. ', nameOf(p.last, 'DOCTOR')],
    ['Dr ', nameOf(`${p.first} ${p.last}`, 'DOCTOR')],
    ['DR. ', nameOf(`${p.first[0]}. ${p.last}`, 'DOCTOR')],
    [nameOf(`${p.first} ${p.last}`, 'DOCTOR'), ', M.D.'],
    [nameOf(`${p.last}, ${p.first}`, 'DOCTOR'), ' MD'],
    [nameOf(`${p.first} ${p.initial}. ${p.last}`, 'DOCTOR'), ', MD, PhD'],
    ['Dr. ', nameOf(`${p.first[0]}.${p.initial}. ${p.last}`, 'DOCTOR')],
  ]);
}

function over89(rng: Random, value: number): Fragment {
  if (rng.chance(0.3)) {
    const words = AGE_WORDS[Math.min(value - 90, AGE_WORDS.length - 1)];
    return [phi(words, 'AGE', 'AGE_OVER_89'), rng.pick(['-year-old', ' year old', ' years of age', ' yo'])];
  }
  return [phi(String(value), 'AGE', 'AGE_OVER_89'), rng.pick(['yo', ' y/o', '-yr-old', ' YO', 'y.o.', ' yrs old', '-y/o', ' year-old', 'M', 'F', ' yo F', ' y/o M'])];
}

function ordinaryAge(c: NoteContext): Fragment {
  const years = c.rng.int(19, 88);
  return [phi(String(years), 'AGE', 'AGE', true), c.rng.pick(['yo', ' y/o', '-year-old', ' YO', ' yr old', 'M', 'F'])];
}

const ICD = ['I10', 'E11.9', 'J44.1', 'N18.3', 'I48.91', 'F32.1', 'Z79.01', 'K21.9', 'M54.5', 'R07.9', 'I50.22', 'F10.20', 'G30.1'];
const CLINICAL_NUMBERS = [
  'pain 4/10', 'strength 5/5 BUE, 4/5 LLE', 'EF 55-60%', 'grade 2/6 SEM at RUSB', 'PEEP 5, FiO2 40%', 'I/O 1200/850',
  'ABG 7.32/48/65/24', 'UOP 30-40 cc/hr', 'O2 sat 92-94% on 3L', 'Dilaudid 0.5-1 mg IV q3h PRN', 'q4-6h', 'K 3.4, Mg 1.8',
  'INR 2.3', 'HR 110-120s', 'wt 81.2 kg', 'GCS 3/5/6', 'Apgars 8/9', 'sliding scale 151-200: 2 units', 'Vt 450 x 16',
  'size 7.5 ETT at 23 cm at the lip', 'CPT 99214', 'PHQ-9 score 14', 'BMI 31.4', 'BP 142/88', 'glucose 212', 'A1c 8.1%',
  'Hgb 9.4 (from 11.2)', 'TSH 3.12', 'Plt 155-160K', '1-2 tabs q6h', 'visual acuity 20/40 OU', 'LVEF 35%', 'ratio 1:1',
];
const PLAIN = [
  'will reassess in AM', 'may shower tomorrow', 'hope is to wean to RA', 'brown liquid stool x2', 'grace period on copay explained',
  'bill reviewed by financial counselor', 'art therapy group attended', 'rich in potassium foods reviewed', 'dean of students aware per pt',
  'ray of light through blinds bothers pt, migraine', 'march to PT gym tolerated', 'pt may be discharged when cleared',
  'summer camp physical form completed', 'stone seen on prior CT', 'frost bite to toes, old', 'case discussed at tumor board',
  'will need day surgery later', 'bishop score 6', 'baker cyst on US', 'graves disease hx', 'wilson disease excluded',
  'paget disease of bone', 'hodgkin lymphoma hx', 'lyme titer pending', 'parkinson tremor worse', 'addison crisis precautions',
];

// ---------- slots ----------

export const DEV2_SLOTS: SlotTable<NoteContext> = {
  // people
  p: (c) => nameOf(patientName(c.rng, castOf(c).patient), 'PATIENT'),
  p_first: (c) => nameOf(castOf(c).patient.first, 'PATIENT'),
  p_last: (c) => nameOf(castOf(c).patient.last, 'PATIENT'),
  p_title: (c) => {
    const p = castOf(c).patient;
    return [p.female ? c.rng.pick(['Ms. ', 'Mrs. ', 'Miss ', 'MRS ']) : c.rng.pick(['Mr. ', 'MR ', 'Mr ']), nameOf(p.last, 'PATIENT')];
  },
  p_header: (c) => {
    const p = castOf(c).patient;
    return nameOf(c.rng.pick([`${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.initial}`, `${p.last}, ${p.first}`, `${p.last.toUpperCase()},${p.first.toUpperCase()}`]), 'PATIENT');
  },
  p_lower: (c) => {
    const p = castOf(c).patient;
    return nameOf(`${p.first} ${p.last}`.toLowerCase(), 'PATIENT');
  },
  p_poss: (c) => {
    const p = castOf(c).patient;
    return [nameOf(c.rng.chance(0.5) ? p.first : p.last, 'PATIENT'), "'s"];
  },
  pron: (c) => (castOf(c).patient.female ? 'she' : 'he'),
  Pron: (c) => (castOf(c).patient.female ? 'She' : 'He'),
  poss: (c) => (castOf(c).patient.female ? 'her' : 'his'),
  gender: (c) => (castOf(c).patient.female ? c.rng.pick(['female', 'woman', 'F', 'lady']) : c.rng.pick(['male', 'man', 'M', 'gentleman'])),
  rel_word: (c) => castOf(c).relation,
  kin: (c) => [castOf(c).relation, c.rng.pick([' ', ', ', ': ']), nameOf(castOf(c).relative.first, 'RELATIVE')],
  kin_first: (c) => nameOf(castOf(c).relative.first, 'RELATIVE'),
  kin_full: (c) => nameOf(`${castOf(c).relative.first} ${castOf(c).relative.last}`, 'RELATIVE'),
  kin_caps: (c) => [castOf(c).relation.toUpperCase(), ' ', nameOf(castOf(c).relative.first.toUpperCase(), 'RELATIVE')],
  md: (c) => physician(c.rng, castOf(c).doctors[0]),
  md2: (c) => physician(c.rng, castOf(c).doctors[1]),
  md3: (c) => physician(c.rng, castOf(c).doctors[2]),
  md_last: (c) => nameOf(castOf(c).doctors[0].last, 'DOCTOR'),
  md2_last: (c) => nameOf(castOf(c).doctors[1].last, 'DOCTOR'),
  md_lower: (c) => ['dr. ', nameOf(castOf(c).doctors[1].last.toLowerCase(), 'DOCTOR')],
  nurse: (c) => clinician(c.rng, castOf(c).nurses[0], ['RN', 'RN, BSN', 'LPN', 'CNA']),
  nurse2: (c) => clinician(c.rng, castOf(c).nurses[1], ['RN', 'RN', 'CCRN']),
  nurse_first: (c) => nameOf(castOf(c).nurses[1].first, 'DOCTOR'),
  rt: (c) => clinician(c.rng, castOf(c).therapist, ['RRT', 'RT', 'CRT']),
  sw: (c) => clinician(c.rng, castOf(c).therapist, ['LICSW', 'MSW', 'LCSW']),
  pt_ot: (c) => clinician(c.rng, castOf(c).therapist, ['PT, DPT', 'OTR/L', 'PTA']),
  crna: (c) => clinician(c.rng, castOf(c).nurses[1], ['CRNA']),
  np: (c) => clinician(c.rng, castOf(c).doctors[2], ['NP', 'APRN', 'PA-C', 'PMHNP-BC']),
  // places
  hosp: (c) => phi(castOf(c).hospital, 'LOCATION', 'HOSPITAL'),
  hosp2: (c) => phi(castOf(c).otherHospital, 'LOCATION', 'HOSPITAL'),
  hosp_abbr: (c) => phi(c.rng.pick(HOSPITAL_ABBREVIATIONS), 'LOCATION', 'HOSPITAL'),
  agency: (c) => phi(castOf(c).agency, 'LOCATION', 'HOSPITAL'),
  // Generic unit names count as departments, as in the first dev set.
  icu: (c) => phi(c.rng.pick(['MICU', 'SICU', 'CCU', 'CVICU']), 'LOCATION', 'DEPARTMENT'),
  pacu: (c) => phi(c.rng.pick(['PACU', 'PACU', 'Phase II recovery']), 'LOCATION', 'DEPARTMENT'),
  ward: (c) => phi(castOf(c).unit, 'LOCATION', 'DEPARTMENT'),
  bed: (c) => [c.rng.pick(['Bed ', 'bed ', 'Rm ', 'RM ', 'Room ', 'rm. ', 'Bay ']), phi(c.rng.pick([`${c.rng.int(1, 30)}`, `${c.rng.int(2, 9)}${c.rng.digits(2)}-${c.rng.pick(['A', 'B', '1', '2'])}`, `${c.rng.int(10, 19)}${c.rng.digits(2)}${c.rng.pick(['W', 'E', ''])}`]), 'LOCATION', 'ROOM')],
  town: (c) => phi(castOf(c).city, 'LOCATION', 'CITY'),
  town2: (c) => phi(c.rng.pick(CITIES), 'LOCATION', 'CITY'),
  st_code: (c) => phi(castOf(c).state[1], 'LOCATION', 'STATE'),
  st_name: (c) => phi(castOf(c).state[0], 'LOCATION', 'STATE'),
  home_street: (c) => phi(castOf(c).street, 'LOCATION', 'STREET'),
  postcode: (c) => phi(castOf(c).zip, 'LOCATION', 'ZIP'),
  home_address: (c) => {
    const cast = castOf(c);
    const state = c.rng.chance(0.75) ? cast.state[1] : cast.state[0];
    return [
      phi(cast.street, 'LOCATION', 'STREET'), c.rng.pick([', ', '\n', '; ', ' ']),
      phi(cast.city, 'LOCATION', 'CITY'), c.rng.pick([', ', ' ']), phi(state, 'LOCATION', 'STATE'), ' ',
      phi(cast.zip, 'LOCATION', 'ZIP'),
    ];
  },
  job: (c) => phi(c.rng.pick(JOBS), 'PROFESSION', 'PROFESSION'),
  workplace: (c) => phi(c.rng.pick(EMPLOYERS), 'LOCATION', 'ORGANIZATION'),
  // ages
  old: (c) => over89(c.rng, castOf(c).over89),
  old_age_label: (c) => [c.rng.pick(['Age: ', 'AGE ', 'age ', 'aged ']), phi(String(castOf(c).over89), 'AGE', 'AGE_OVER_89')],
  years_old: (c) => ordinaryAge(c),
  // dates
  dt: (c) => dateOf(castOf(c).dateFormat(c.visit)),
  dt_before: (c) => dateOf(castOf(c).dateFormat(addDays(c.visit, -c.rng.int(1, 20)))),
  dt_after: (c) => dateOf(castOf(c).dateFormat(addDays(c.visit, c.rng.int(2, 60)))),
  dt_free: (c) => dateOf(c.rng.pick(FULL_DATE_FORMATS)(addDays(c.visit, -c.rng.int(0, 500)))),
  dt_free2: (c) => dateOf(c.rng.pick(FULL_DATE_FORMATS)(addDays(c.visit, c.rng.int(1, 120)))),
  dt_birth: (c) => dateOf(c.rng.pick([...NOTE_DATE_FORMATS, ...FULL_DATE_FORMATS.slice(5, 8)])(c.dob)),
  dt_time: (c) => [dateOf(castOf(c).dateFormat(c.visit)), c.rng.pick([' ', ' @ ', ' at ', ', ', ' ']), clockTime(c.rng)],
  dt_free_time: (c) => [dateOf(c.rng.pick(FULL_DATE_FORMATS)(c.visit)), c.rng.pick([' @', ' ', ' at ']), clockTime(c.rng)],
  dt_month_year: (c) => dateOf(c.rng.pick(MONTH_YEAR_FORMATS)(addDays(c.visit, -c.rng.int(40, 1500)))),
  dt_range: (c) => {
    const from = addDays(c.visit, -c.rng.int(3, 30));
    const to = addDays(from, c.rng.int(1, 6));
    return c.rng.pick<Fragment>([
      dateOf(`${from.month}/${from.day}-${to.month}/${to.day}`),
      dateOf(`${from.month}/${from.day} - ${to.month}/${to.day}`),
      dateOf(`${mon(from)} ${from.day}-${to.day}`),
      [dateOf(`${from.month}/${from.day}`), ' to ', dateOf(`${to.month}/${to.day}`)],
      [dateOf(`${from.month}/${from.day}/${yy(from)}`), ' through ', dateOf(`${to.month}/${to.day}/${yy(to)}`)],
      ['from ', dateOf(`${ordinal(from.day)}`), ' to the ', dateOf(`${ordinal(to.day)}`)],
    ]);
  },
  dt_ordinal: (c) => {
    const d = addDays(c.visit, -c.rng.int(1, 12));
    return c.rng.pick<Fragment>([
      ['on the ', dateOf(ordinal(d.day))],
      ['since the ', dateOf(ordinal(d.day))],
      ['last ', dateOf(`${WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]} the ${ordinal(d.day)}`)],
      ['on ', dateOf(`${WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]} the ${ordinal(d.day)}`)],
      ['on the ', dateOf(ordinal(d.day)), ' of this month'],
      ['early on the ', dateOf(ordinal(d.day))],
    ]);
  },
  dt_year_short: (c) => phi(`'${yy(addDays(c.visit, -c.rng.int(400, 5000)))}`, 'DATE', 'YEAR', true),
  dt_year: (c) => phi(String(c.visit.year - c.rng.int(1, 20)), 'DATE', 'YEAR', true),
  dt_holiday: (c) => dateOf(c.rng.pick(['Thanksgiving', 'Christmas Eve', 'New Year\'s Day', 'Easter Sunday', 'Labor Day weekend', 'the Fourth of July'].map((h) => h.replace(/^the /, '')))),
  clock: (c) => clockTime(c.rng),
  // contacts
  tel: (c) => phi(phoneNumber(c.rng), 'CONTACT', 'PHONE'),
  fax_no: (c) => phi(phoneNumber(c.rng).replace(/ (x|ext) ?\d+$/, ''), 'CONTACT', 'FAX'),
  pager_no: (c) => c.rng.pick<Fragment>([
    ['p ', phi(`${c.rng.int(2, 9)}-${c.rng.digits(4)}`, 'CONTACT', 'PHONE')],
    ['beeper ', phi(c.rng.digits(4), 'CONTACT', 'PHONE')],
    ['pgr #', phi(c.rng.digits(5), 'CONTACT', 'PHONE')],
    ['pager: ', phi(`${c.rng.digits(3)}-${c.rng.digits(4)}`, 'CONTACT', 'PHONE')],
    ['x', phi(c.rng.digits(5), 'CONTACT', 'PHONE')],
    ['vocera ext ', phi(c.rng.digits(4), 'CONTACT', 'PHONE')],
  ]),
  mail: (c) => phi(email(c.rng, c.rng.chance(0.6) ? castOf(c).patient : castOf(c).relative), 'CONTACT', 'EMAIL'),
  web: (c) => {
    const p = castOf(c).patient;
    const slug = `${p.first}${p.last}`.toLowerCase().replace(/[^a-z]/g, '');
    return phi(c.rng.pick([`https://www.facebook.com/${slug}`, `mealtrain.com/trains/${c.rng.digits(6)}`, `http://${slug}.blogspot.com`, `www.${slug}-recovery.net`]), 'CONTACT', 'URL');
  },
  ip_addr: (c) => phi(c.rng.pick([`10.${c.rng.int(0, 255)}.${c.rng.int(0, 255)}.${c.rng.int(1, 254)}`, `172.16.${c.rng.int(0, 255)}.${c.rng.int(1, 254)}`, `192.168.${c.rng.int(0, 255)}.${c.rng.int(1, 254)}`]), 'CONTACT', 'IP_ADDRESS'),
  // identifiers, each with its label written in the template
  mr: (c) => idOf(castOf(c).mrn, 'MRN'),
  accession: (c) => idOf(c.rng.pick([`S${yy(c.visit)}-${c.rng.digits(5)}`, `SP-${yy(c.visit)}-${c.rng.digits(6)}`, `CH${yy(c.visit)}-${c.rng.digits(5)}`, `M${yy(c.visit)}-${c.rng.digits(4)}`, `${c.rng.letters(2)}${yy(c.visit)}-${c.rng.digits(4)}`]), 'ID'),
  account: (c) => idOf(c.rng.pick([`${c.rng.digits(4)}-${c.rng.digits(4)}-${c.rng.digits(2)}`, `${c.rng.digits(9)}-${c.rng.digits(1)}`, `V${c.rng.digits(9)}`, `${c.rng.digits(3)}-${c.rng.digits(6)}`]), 'ACCOUNT'),
  medicaid: (c) => idOf(c.rng.pick([`${c.rng.letters(2)}${c.rng.digits(5)}${c.rng.letters(1)}`, c.rng.digits(12), `${c.rng.digits(9)}${c.rng.letters(2)}`]), 'HEALTH_PLAN'),
  medicare: (c) => idOf(c.rng.pick([`${c.rng.int(1, 9)}${c.rng.letters(2)}${c.rng.int(1, 9)}-${c.rng.letters(2)}${c.rng.int(1, 9)}-${c.rng.letters(2)}${c.rng.digits(2)}`, `${c.rng.digits(9)}A`, `${c.rng.int(1, 9)}${c.rng.letters(1)}${c.rng.letters(1)}${c.rng.int(1, 9)}${c.rng.letters(1)}${c.rng.letters(1)}${c.rng.int(1, 9)}${c.rng.letters(2)}${c.rng.digits(2)}`]), 'HEALTH_PLAN'),
  dea: (c) => idOf(`${c.rng.letters(2)}${c.rng.digits(7)}`, 'LICENSE'),
  npi: (c) => idOf(`1${c.rng.digits(9)}`, 'LICENSE'),
  licence: (c) => idOf(c.rng.pick([`MD${c.rng.digits(6)}`, `RN-${c.rng.digits(7)}`, `${c.rng.digits(5)}`, `LIC-${c.rng.digits(6)}`]), 'LICENSE'),
  serial: (c) => idOf(c.rng.pick([`${c.rng.letters(3)}${c.rng.digits(6)}${c.rng.letters(1)}`, `${c.rng.letters(2)}${c.rng.digits(2)}${c.rng.letters(1)}${c.rng.digits(5)}`, `${c.rng.digits(4)}-${c.rng.digits(4)}-${c.rng.digits(3)}`]), 'DEVICE'),
  encounter: (c) => idOf(c.rng.pick([c.rng.digits(9), `${c.rng.digits(2)}${c.rng.letters(1)}${c.rng.digits(7)}`, `ENC-${c.rng.digits(8)}`]), 'ACCOUNT'),
  order_no: (c) => idOf(c.rng.digits(8), 'ID'),
  // filler that must stay unflagged
  icd: (c) => c.rng.pick(ICD),
  numbers: (c) => c.rng.pick(CLINICAL_NUMBERS),
  words: (c) => c.rng.pick(PLAIN),
  k: (c) => String(c.rng.int(2, 9)),
  // An operating room's number is a room, as a bed's is.
  or_room: (c) => [phi(String(c.rng.int(2, 9)), 'LOCATION', 'ROOM')],
};

// ---------- styles ----------

export const DEV2_STYLES: readonly StyleTemplates[] = [
  {
    style: 'i2b2-discharge',
    capsShare: 0.15,
    weight: 3,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'Record date: {dt}\n\n{hosp}\nDISCHARGE SUMMARY\nNAME: {p_header}  UNIT NO: {mr}\nADMISSION DATE: {dt_before}  DISCHARGE DATE: {dt}',
        '{p_header}\nMRN #{mr}  Enc # {encounter}\nAdm: {dt_before}   D/C: {dt}\nService: General Medicine, {ward}',
        'DISCHARGE SUMMARY\nPatient: {p}, DOB {dt_birth} ({years_old})\nMed Rec #: {mr}\nAttending physician: {md}\nDates of stay: {dt_range}',
      ],
      [
        'HISTORY OF PRESENT ILLNESS: {p_title} is a {old} {gender} with {icd} who was brought in from {hosp2} on {dt_free} after being found down by {poss} {kin}. {numbers}.',
        'HPI: The patient is a {years_old} {gender} {job} from {town}, {st_code}, with a history of {words}, who presented {dt_ordinal} with chest tightness. {numbers}; {numbers}.',
        'REASON FOR ADMISSION: {old} {gender}, lives alone in {town}; {poss} {rel_word} ({kin_full}) noticed confusion {dt_ordinal}. {words}.',
      ],
      [
        'HOSPITAL COURSE: Treated with ceftriaxone {dt_range}. Cardiology ({md2}) saw {p_first} on {dt_free}; {numbers}. {words}.',
        'Course complicated by AKI (Cr peak {k}.1 on {dt_free}). Echo {dt_free}: {numbers}. {p_poss} {rel_word} updated daily.',
        'Brief course: admitted to {ward} {bed}; transferred to {hosp2} on {dt_free_time} for cath. Returned {dt_free2}. {words}.',
      ],
      [
        'FOLLOW UP: {md2} at {agency} on {dt_after} at {clock}; tel {tel}. PCP {md3} in {dt_after}. Labs (BMP) on {dt_free2}.',
        'DISPOSITION: Home with services ({agency}, phone {tel}, fax {fax_no}). Address: {home_address}.',
        'Discharged to {hosp2}. Contact: {kin} ({tel}), {mail}. Medicaid # {medicaid}.',
      ],
      [
        '{md}\nDictated {dt} {clock}  Transcribed {dt_after}\nJob # {order_no}   D: {dt}  T: {dt_after}\ncc: {md3}',
        'Electronically signed: {md}, {dt_time}\nTranscriptionist: {nurse_first} / job {order_no}',
        '_________________________\n{md}\nNPI {npi}   DEA {dea}\n{dt}',
      ],
    ],
  },
  {
    style: 'mimic-nursing',
    capsShare: 1,
    weight: 4,
    separators: ['\n', '; ', '\n'],
    sections: [
      [
        'NPN 7P-7A {dt}',
        'NURSING PROGRESS NOTE {ward} {bed}; {dt_time}',
        'NSG ADMIT NOTE: PT {p_header} ({mr}) ARRIVED FROM {hosp_abbr} ED {clock}',
        '{icu} NSG {dt_free} 1900-0700; {old} {gender}',
        'NPN: {p_title} {bed}',
      ],
      [
        'NEURO: A+OX2, FOLLOWS COMMANDS; MAE; {numbers}; PERRL 3MM BRISK',
        'CV: NSR 80S-90S, NO ECTOPY; {numbers}; +PP; K REPLETED W/ 40MEQ KCL',
        'RESP: LS COARSE, SX FOR THICK TAN SPUTUM; {numbers}; ABG {numbers}',
        'GI/GU: ABD SOFT, +BS; {words}; FOLEY PATENT, {numbers}',
        'ID: TMAX 101.2; PAN CX SENT {dt_free}; ON VANCO/ZOSYN SINCE {dt_free}',
      ],
      [
        'SOCIAL: {kin_caps} CALLED {clock}, UPDATED BY RN; {words}',
        'FAMILY: {rel_word} {kin_first} AND {kin_full} VISITED; CELL {tel}',
        'DAUGHTER MAY VISIT IN AM; {kin} ASKS FOR CALLBACK AT {tel}',
        'HCP IS {rel_word} {kin_full} - {tel}; FULL CODE',
        'NO CONTACT FROM FAMILY; SW AWARE; {words}',
      ],
      [
        'PLAN: CONT TO MONITOR; {words}; F/U AM LABS; CXR {dt_free}',
        'A: STABLE NIGHT. P: ? EXTUBATE {dt_free2}; {md_last} AWARE; {words}',
        'PT TO {ward} {bed} ON {dt_free}, REPORT TO {nurse2}',
        'DR {md2_last} IN TO SEE PT AT {clock}; NEW ORDERS; {numbers}',
      ],
      [
        '{nurse}',
        '{nurse} {dt_time}',
        '- {nurse} / {pager_no}',
        'RN: {nurse}',
      ],
    ],
  },
  {
    style: 'mimic-respiratory',
    capsShare: 1,
    weight: 2,
    separators: ['\n', '; '],
    sections: [
      [
        'RESPIRATORY CARE NOTE {dt_time}',
        'RT NOTE: {p_header}; {ward} {bed}',
        'RESP CARE {dt}; PT {p_first} {p_last}',
      ],
      [
        'PT REMAINS ON PSV 10/5; {numbers}; BS DIMINISHED BASES; SX X2 SM AMT THICK WHITE',
        'TRACH 8.0 PORTEX CUFFED, {numbers}; ABG {numbers}; RSBI 85 ON {dt_free}',
        'VENT: A/C {numbers}; NEB ALBUTEROL/ATROVENT Q4H; PLAN SBT {dt_free2}',
        'BIPAP 12/6 40% AT HS; HOME MACHINE SERIAL {serial} BROUGHT BY {kin_caps}',
      ],
      [
        'WILL CONT TO FOLLOW; {words}',
        'MD {md_last} AWARE OF ABG; {words}',
        'PLAN PER TEAM; HOPE TO WEAN; {words}',
      ],
      ['{rt}', '{rt} {pager_no}', '{rt} {dt_time}'],
    ],
  },
  {
    style: 'mimic-social-work',
    capsShare: 0.8,
    weight: 2,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'SOCIAL WORK NOTE {dt}',
        'SOCIAL WORK ASSESSMENT: {p} {mr}',
        'CM/SW NOTE; {ward}; {dt_time}',
      ],
      [
        'MET WITH PT AND {kin} ({tel}); PT LIVES WITH {poss} {rel_word} AT {home_address}; {words}',
        'PT IS {old} WIDOW(ER), LIVES ALONE IN {town}, {st_name}; FORMERLY WORKED AS {job} AT {workplace}; SON WILL VISIT',
        'PT HAS MEDICARE {medicare} AND MEDICAID {medicaid}; {words}; ACCT {account}',
        'HCP: {kin_full}, {rel_word}, PHONE {tel}, EMAIL {mail}',
      ],
      [
        'D/C PLAN: SNF SCREENS SENT TO {hosp2} AND {agency}; REFERRAL FAXED TO {fax_no}; PT ACCEPTED {dt_free2}',
        'PLAN: HOME WITH VNA ({agency}); FIRST VISIT {dt_after}; {words}',
        'FAMILY MEETING SET FOR {dt_ordinal} AT {clock} WITH {md}; {words}',
      ],
      ['{sw}', '{sw} {pager_no}', '{sw}, {dt_time}'],
    ],
  },
  {
    style: 'operative',
    capsShare: 0.2,
    weight: 2,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'OPERATIVE REPORT\nPATIENT: {p}  MRN: {mr}  DOS: {dt}\nSURGEON: {md}\nASSISTANT: {md2}\nANESTHESIA: general, {crna}',
        'OP NOTE {dt_free}\n{p_header} ({old})\nSurgeon: {md}; Anesthesiologist: {md3}',
        'Date of surgery: {dt}\nPreoperative diagnosis: {icd}\nPatient: {p}; Account {account}',
      ],
      [
        'INDICATIONS: {p_title} is a {years_old} {gender} with symptomatic cholelithiasis first noted {dt_month_year}. {words}.',
        'INDICATIONS: {old} {gender} with displaced femoral neck fracture after a fall {dt_ordinal}; risks explained to {poss} {kin}.',
        'INDICATIONS: {years_old} {gender}, {icd}; {words}. Consent signed {dt_before}.',
      ],
      [
        'PROCEDURE: The patient was brought to {hosp} OR {or_room} at {clock}. Time-out performed. {numbers}. Implant: Stryker stem, serial {serial}.',
        'PROCEDURE: Laparoscopic cholecystectomy. EBL 20 mL. Specimen to pathology (accession {accession}). {words}.',
        'FINDINGS: {numbers}. Pacemaker (SN {serial}) reprogrammed to DOO by Medtronic rep. {words}.',
      ],
      [
        'DISPOSITION: {pacu} in stable condition. Follow up with {md} in clinic {dt_free2}, office {tel}.',
        'Post-op: {words}. Spoke with {kin_full} in the family lounge at {clock}.',
      ],
      ['{md}\n{dt_time}', 'Dictated by {md}; {dt}', '{md} / {np}'],
    ],
  },
  {
    style: 'consult-letter',
    capsShare: 0,
    weight: 2,
    separators: ['\n\n'],
    sections: [
      [
        '{agency}\n{home_address}\nTel. {tel} | Fax {fax_no}\n\n{dt_free}',
        '{hosp}, Division of Rheumatology\n{dt_free}\n\n{md3}\n{agency}',
        '{dt_free}\n\nRe: {p}   DOB: {dt_birth}   MRN {mr}',
      ],
      [
        'Dear Dr. {md2_last},\n\nThank you for asking me to see {p_title}, a pleasant {years_old} {job} whom I saw on {dt_free}.',
        'Dear {md3},\n\nI had the pleasure of seeing your patient, {p}, today in consultation regarding {icd}.',
        'Dear colleague,\n\nI saw {p_first} again on {dt_free} with {poss} {kin}.',
      ],
      [
        '{Pron} first noticed symptoms around {dt_month_year}, after moving from {town2}. {numbers}. {words}. Prior workup at {hosp2} in {dt_year}.',
        'History: {words}; {numbers}. {Pron} was hospitalized {dt_range} at {hosp2}. Last colonoscopy {dt_month_year}.',
        'Since our last visit on {dt_free}, {pron} has been taking methotrexate 15 mg weekly. {numbers}. {words}.',
      ],
      [
        'I will see {p_title} again on {dt_free2}. {Pron} can reach my office at {tel} or by e-mail at {mail}.',
        'Please do not hesitate to call me at {tel} (pager {pager_no}). Results are on the portal, {web}.',
        'I have asked {poss} {rel_word} to call {tel} to schedule; records may be faxed to {fax_no}.',
      ],
      [
        'Sincerely,\n\n{md}\nLicense {licence}',
        'Kind regards,\n{md}\ncc: {md3}; {p}',
        'Yours,\n{np}\n{agency}',
      ],
    ],
  },
  {
    style: 'ed-triage',
    capsShare: 0.5,
    weight: 2,
    separators: ['\n', ' | '],
    sections: [
      [
        'TRIAGE {dt_time}  ESI 3  ARRIVAL: WALK-IN',
        'ED TRIAGE NOTE  {hosp_abbr}  {dt_free_time}',
        'Triage: {p} ({old}) CSN {encounter}',
        'ED Triage {dt} {clock}; Pt ID {mr}',
      ],
      [
        'CC: fall at {workplace}; {years_old} {gender}; {numbers}',
        'CC: SOB x3d; {old} {gender} from {hosp2} NH; {numbers}',
        'CC: "my sugar is high"; {numbers}; {words}',
        'CC: lac R hand; works as {job}; {numbers}',
      ],
      [
        'Allergies: PCN (hives). Home meds per list. Accompanied by {kin} - {tel}.',
        'PMH: {icd}, {icd}. Last tetanus {dt_month_year}. LMP {dt_free}.',
        'EMS run # {order_no}; {numbers}; BGL 212.',
      ],
      ['Triage RN: {nurse}', '{nurse} {clock}', 'RN {nurse} / {pager_no}'],
    ],
  },
  {
    style: 'path-lab',
    capsShare: 0.3,
    weight: 2,
    separators: ['\n'],
    sections: [
      [
        'SURGICAL PATHOLOGY REPORT\nAccession #: {accession}\nPatient: {p_header}   MRN {mr}   DOB {dt_birth}\nCollected: {dt_free_time}   Received: {dt_free}',
        '{agency} - Clinical Laboratory\nSpecimen {accession}; {p}; {old_age_label}\nOrdering: {md}',
        'CYTOLOGY {accession}\nName: {p}  Acct# {account}  Loc: {ward}',
      ],
      [
        'CLINICAL HISTORY: {icd}; {words}.',
        'SPECIMEN: gallbladder; {words}.',
        'RESULTS: {numbers}; {numbers}; HbA1c 6.9%; creatinine 1.42 mg/dL (ref 0.6-1.3).',
      ],
      [
        'DIAGNOSIS: chronic cholecystitis with cholelithiasis. Compared with {accession} ({dt_month_year}).',
        'CRITICAL VALUE: potassium 6.8 called to {nurse} at {clock} on {dt_free}, read back.',
        'Comment: specimen hemolyzed; redraw requested {dt_free2}. {numbers}.',
      ],
      [
        'Electronically signed out by {md}, {dt_time}\nLab director: {md2}  Order # {order_no}',
        'Pathologist: {md} {dt}\nResults interface {ip_addr}',
      ],
    ],
  },
  {
    style: 'telephone',
    capsShare: 0.25,
    weight: 2,
    separators: ['\n', ' '],
    sections: [
      [
        'Telephone Encounter - {dt_time}',
        'TC {dt} {clock} re: {p} (MRN {mr})',
        'Phone msg from {kin} on {dt_free}',
      ],
      [
        'Caller {kin_full} ({rel_word}) at {tel} reports {p_first} fell {dt_ordinal}; {words}.',
        'Pt called from {tel} asking for refill of lisinopril; pharmacy {agency}, fax {fax_no}. {numbers}.',
        'LM on VM at {tel} to call back re labs from {dt_free}. {numbers}.',
        'Pt reports new e-mail {mail}; wants results sent there. Insurance changed, new member ID {medicaid}.',
      ],
      [
        'Per {md}: ok to increase dose; appt {dt_free2} {clock}.',
        'Routed to {np}. {words}.',
        'Advised ED if worse. {words}.',
      ],
      ['-- {nurse}', '{nurse} {dt_time}', 'Taken by {nurse}'],
    ],
  },
  {
    style: 'home-health',
    capsShare: 0.3,
    weight: 2,
    separators: ['\n', '\n\n'],
    sections: [
      [
        '{agency} SKILLED NURSING VISIT\nVisit date: {dt}  Time in {clock}  Time out {clock}\nPatient: {p}  ID {mr}',
        'HOME VISIT NOTE {dt_free}; {p_title}; {home_address}',
        'HH RN visit - {p} - {dt_time} - Episode {dt_range}',
      ],
      [
        'Pt is {old}, lives with {kin} at {home_street}, {town}. {numbers}.',
        'Homebound status: {words}; last fall {dt_holiday}. Lives in {town}, {st_name}; {rel_word} {kin_first} is caregiver (cell {tel}).',
        'Pt seen at {home_address}; {numbers}; med rec done, {words}.',
      ],
      [
        'Wound to L heel measured 2.1 x 1.4 cm; {numbers}. Next visit {dt_free2}. {md} notified via fax {fax_no}.',
        'Teaching on insulin; {numbers}. Glucometer serial {serial}. Next visit {dt_after}.',
        'Lifeline button tested; monitoring company called {tel}. {words}.',
      ],
      ['{nurse}\n{agency}', '{nurse} {dt_time}', 'Visit by {pt_ot}; cosign {nurse}'],
    ],
  },
  {
    style: 'psychiatric',
    capsShare: 0.2,
    weight: 2,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'PSYCHIATRY CONSULT NOTE\nDate: {dt}\nPatient: {p}  MRN {mr}  Location: {ward} {bed}',
        'Inpatient Psychiatry Progress Note - {hosp} {ward} - {dt_time}',
        'Outpatient psychiatric evaluation, {agency}, {dt_free}\nName: {p}; DOB {dt_birth}',
      ],
      [
        'ID: {p_first} is a {years_old} {gender}, divorced, employed as {job}, on a Section 12 since {dt_free}. {words}.',
        'HPI: {years_old} {gender} BIBP from {home_address} after {poss} {rel_word} {kin_first} called 911 {dt_ordinal}. PHQ-9 22.',
        'Collateral from {kin} ({tel}): pt stopped lithium around {dt_month_year}; {words}.',
        'Per {poss} therapist, {md3}, last seen {dt_free}. Prior admissions: {hosp2} {dt_month_year}, {hosp2} {dt_year_short}.',
      ],
      [
        'MSE: {words}; speech pressured; {numbers}. Denies SI/HI. Insight poor.',
        'Social: grew up in {town2}; {words}. Legal: court date {dt_free2} at {town} District Court, docket {order_no}.',
        'Substance: EtOH since adolescence, last drink {dt_free}. {numbers}.',
      ],
      [
        'Plan: {words}; restart lithium 300 mg BID; level {dt_after}. Discussed with attending {md}.',
        'Plan: {words}. Safety plan given; crisis line {tel}.',
      ],
      ['{md}\n{dt_time}', '{np}\nSupervising: {md}', '{md}, psychiatry; {pager_no}'],
    ],
  },
];

// Templates of the third dev corpus (synthetic-dev3.jsonl), written by a different hand from the first two:
// its own cast, places, identifier shapes and note types, so each dev set measures shapes the detector was
// not tuned on. Styles: MIMIC-like ALL-CAPS ICU nursing, case management, PT/OT, nutrition, labour and
// delivery, paediatrics with guardians, dental and eye letters, hospice family meetings, interpreter visits,
// prior-authorisation letters, EMS/transfer run sheets, radiology addenda, lab call-backs, medication
// reconciliation and behavioural-health safety plans.
import type { CorpusSpec } from './corpus';
import { phi, type Fragment, type SlotTable } from './note-builder';
import type { Random } from './prng';
import { SHARED_SLOTS, type NoteContext } from './slots';
import { addDays, MONTHS, ordinal, WEEKDAYS, type DateParts } from './surrogates';
import type { StyleTemplates } from './templates-dev';

// ---------- cast lists (hand-written for this corpus) ----------

const WOMEN = [
  'Hope', 'Grace', 'Faith', 'May', 'Charity', 'Bliss', 'Precious', 'Trinity', 'Miracle', 'Sunny', 'Justice', 'Star',
  'Tempest', 'Coral', 'Olive', 'Clementine', 'Marigold', 'Fern', 'Jewel', 'Velvet', 'Dorothea', 'Eulalia', 'Ottilie',
  'Beulah', 'Bernadette', 'Philomena', 'Nneka', 'Folasade', 'Efua', 'Wanjiru', 'Saoirse', 'Gráinne', 'Ludmila', 'Jadwiga',
  'Bich Ngoc', 'Phuong', 'Mai', 'Soo-ah', 'Eun-ji', 'Akiko', 'Chiyo', 'Parvati', 'Sunita', 'Meenakshi', 'Rukhsana',
  'Samira', 'Leila', 'Hadiza', 'Xochitl', 'Itzel', 'Nayeli', 'Rocío', 'Altagracia', 'Lourdes', 'Shaquana', 'Latrice',
  'Dymond', "Ja'Nae", 'Bobbie Jo', 'Mary Beth', 'Tammy Lynn', 'Kaylee', 'Brandi',
];
const MEN = [
  'Will', 'Jack', 'Mo', 'Guy', 'Lance', 'Clay', 'Drew', 'Ward', 'Heath', 'Price', 'Rod', 'Cash', 'Dusty', 'Buddy',
  'Junior', 'Skip', 'Stormy', 'Ace', 'Bo', 'Wiley', 'Lazarus', 'Ezekiel', 'Thaddeus', 'Cornelius', 'Ambrose',
  'Fulgencio', 'Anastacio', 'Eusebio', 'Nicanor', 'Chukwuemeka', 'Ifeanyi', 'Kwabena', 'Yaw', 'Mamadou', 'Abdirahman',
  'Hamza', 'Bilal', 'Naveen', 'Sundar', 'Prakash', 'Trung', 'Khoa', 'Sung-min', 'Daisuke', 'Kazuo', 'Ruairí', 'Fergal',
  'Wojciech', 'Zbigniew', 'Stanislav', 'Arkadiy', 'Bubba', 'Jim Bob', 'Billy Ray', "D'Andre", 'Tre', 'Keshawn',
];
const SURNAMES = [
  'Brown', 'Banks', 'Cash', 'Heart', 'Bone', 'Kidd', 'Wells', 'Ward', 'Fields', 'Chambers', 'Gross', 'Best', 'Price',
  'Small', 'Swift', 'Gamble', 'Child', 'Guest', 'Friend', 'Person', 'Marsh', 'Wolfe', 'Sterling', 'Mann', 'Salmon',
  'Pepper', 'Hurt', 'Sickles', 'Coffin', 'Pain', 'Blessing', 'Bliss', 'Joyner', 'Tuck',
  'de la Rosa', 'Van Buren', 'van den Heuvel', 'von Stade', 'da Silva', 'dos Santos', 'Le Blanc', 'LeBlanc', 'St. Pierre',
  'Ste. Marie', 'MacIntyre', "O'Shaughnessy", "N'Diaye", 'Ben-David', 'Al-Rashid', 'El Amrani', 'Abu-Jaber',
  'Nguyen-Tran', 'Delacroix-Hart', 'Ruiz de Velasco', 'Ochoa-Beltrán', 'Ó Briain', 'Mc Guinness', 'De Jesus',
  'Oyelaran', 'Achterberg', 'Przybylski', 'Szczepański', 'Dmitrenko', 'Kuroda', 'Hashimoto', 'Thangavelu',
  'Raghunathan', 'Bhattacharya', 'Tshimanga', 'Mwangi', 'Ochieng', 'Hakimi', 'Quiñones', 'Xiong', 'Vang', 'Yang',
  'Lor', 'Her', 'Do', 'Ly', 'Ng', 'Ko', 'Ho',
];
const NICKNAMES = ['Bud', 'Sissy', 'Peaches', 'Tiny', 'Red', 'Cookie', 'Boo', 'Dee Dee', 'Chuy', 'Lupita', 'Pops', 'Nana',
  'Sonny', 'Tootie', 'Big Mike', 'Smitty', 'Doc', 'Lefty', 'Pee Wee', 'Sugar'];
const RELATIVES: readonly { word: string; short: string; female: boolean }[] = [
  { word: 'wife', short: 'wife', female: true }, { word: 'husband', short: 'husb', female: false },
  { word: 'daughter', short: 'dtr', female: true }, { word: 'son', short: 'son', female: false },
  { word: 'sister', short: 'sis', female: true }, { word: 'brother', short: 'bro', female: false },
  { word: 'granddaughter', short: 'GD', female: true }, { word: 'grandson', short: 'GS', female: false },
  { word: 'niece', short: 'niece', female: true }, { word: 'nephew', short: 'nephew', female: false },
  { word: 'mother', short: 'mom', female: true }, { word: 'father', short: 'dad', female: false },
  { word: 'partner', short: 'partner', female: true }, { word: 'fiancé', short: 'fiancé', female: false },
  { word: 'health care proxy', short: 'HCP', female: true }, { word: 'legal guardian', short: 'guardian', female: false },
  { word: 'daughter-in-law', short: 'DIL', female: true }, { word: 'stepson', short: 'stepson', female: false },
];
const HOSPITALS = [
  'Greylock Regional Medical Center', 'St. Vincent de Paul Hospital', 'Penobscot Valley Hospital', 'Mercy Heart Institute',
  'Holy Family Hospital of Methuen', 'Oak Bluffs Community Hospital', 'Cobble Hill General', 'UMass Memorial - Marlborough',
  'Saint Luke\'s Hospital of New Bedford', 'Kindred Hospital Northeast', 'Shriners Children\'s New England',
  'Baystate Franklin Medical Center', 'Wing Memorial', 'Grace Cottage Hospital', 'Faith Regional Health Services',
  'Hope Valley Surgical Center', 'Brigham and Women\'s Faulkner',
];
const HOSPITAL_ABBR = ['GRMC', 'SVDP', 'PVH', 'HFH', 'OBCH', 'BFMC', 'SLH', 'KHNE', 'CHG'];
const FACILITIES = [
  'Maple Terrace Assisted Living', 'Sunrise of Longmeadow', 'Heritage Hall Nursing Home', 'Willow Crest Rehab',
  'Pine Manor Skilled Nursing', 'Rosewood Memory Care', 'Bright Path Group Home', 'Loomis House', 'The Arbors at Chicopee',
  'Seacoast Hospice House', 'Beacon House Shelter', 'Spaulding Rehabilitation Hospital Cape Cod', 'Fairview Adult Foster Care',
];
const UNITS = ['MICU 2', 'SICU-B', 'CVICU', '8 North', '12 Lachman', 'Neuro Step-Down', 'L&D', 'Mother-Baby Unit', 'NICU Pod 3',
  'Peds 5', 'Gero-Psych', 'Ortho 4', 'Oncology 9', 'Tele 3 East', 'Observation Unit', 'ED Pod B'];
const TOWNS = ['Holyoke', 'Woonsocket', 'Lewiston', 'Biddeford', 'Altoona', 'Dubuque', 'Muncie', 'Joplin', 'Lufkin', 'Yakima',
  'Pueblo', 'Bismarck', 'Kokomo', 'Gallup', 'Bend', 'Beaufort', 'Opelika', 'Natchez', 'Derby', 'Plainfield', 'Marion',
  'Clinton', 'Liberty', 'Friendship', 'Comfort', 'Bliss', 'Ware', 'Athol', 'Orange', 'Chester', 'Sharon', 'Florence',
  'Palmer', 'Winchendon', 'Presque Isle', 'Millinocket', 'St. Johnsbury', 'Fort Kent', 'Eagle Pass', 'Las Cruces'];
const STATES: readonly (readonly [string, string])[] = [
  ['Maine', 'ME'], ['Oregon', 'OR'], ['Indiana', 'IN'], ['Oklahoma', 'OK'], ['Hawaii', 'HI'], ['Massachusetts', 'MA'],
  ['Vermont', 'VT'], ['North Dakota', 'ND'], ['New Mexico', 'NM'], ['South Carolina', 'SC'], ['Tennessee', 'TN'],
  ['West Virginia', 'WV'], ['Utah', 'UT'], ['Nebraska', 'NE'], ['Alaska', 'AK'], ['Kansas', 'KS'],
];
const ROADS = ['Shaker', 'Old County', 'Tinkham', 'Bridge', 'Mill Pond', 'Cider Mill', 'Pomeroy', 'Depot', 'Summer', 'Winter',
  'Church', 'School', 'Grove', 'North Main', 'Mechanic', 'Prospect Hill', 'Hope', 'Faith', 'Liberty', 'Union'];
const ROAD_TYPES = ['St', 'ST', 'Ave', 'Rd', 'RD', 'Lane', 'Dr.', 'Ext', 'Hwy', 'Cir', 'Pl', 'Terr', 'Way'];
const COUNTRIES = ['Honduras', 'Cabo Verde', 'Burma', 'Eritrea', 'Nepal', 'Bhutan', 'Afghanistan', 'Sudan', 'Peru',
  'Puerto Rico', 'Liberia', 'Cambodia', 'Laos', 'Moldova', 'Albania', 'Syria', 'Jamaica', 'Trinidad'];
const LANGUAGES = ['Spanish', 'Portuguese', 'Cape Verdean Creole', 'Haitian Creole', 'Nepali', 'Arabic', 'Somali',
  'Vietnamese', 'Khmer', 'Hmong', 'Mandarin', 'Russian', 'Dari', 'Tigrinya', 'ASL'];
const JOBS = ['retired lobsterman', 'school bus monitor', 'CNA', 'home health aide', 'paper mill worker', 'tow truck driver',
  'dairy farmer', 'hospice volunteer', 'youth pastor', 'Amtrak conductor', 'substitute teacher', 'phlebotomist',
  'warehouse picker', 'correctional officer', 'EMT', 'auto mechanic', 'court stenographer', 'veterinary technician',
  'seamstress', 'retired machinist', 'sheet metal worker', 'lineman for the power company', 'hairstylist', 'dog groomer'];
const EMPLOYERS = ['Friendly\'s on Boston Rd', 'Big Y', 'Hannaford', 'Bath Iron Works', 'Smith & Wesson', 'Milton Bradley plant',
  'Mass Mutual', 'Sappi paper mill', 'Country Bank', 'Holyoke Public Schools', 'Cumberland Farms', 'Tyson plant in Lufkin'];
const SCHOOLS = ['Kelly Elementary', 'Sullivan Middle School', 'Our Lady of Hope School', 'Head Start on Pine St',
  'Bright Futures Daycare', 'Kiddie Academy', 'Lincoln-Sudbury High', 'Montessori Children\'s House'];
const PRACTICES = ['Pioneer Valley Eye Associates', 'Hilltop Family Dentistry', 'Bright Smiles Pediatric Dental',
  'Northeast Retina Specialists', 'Kennebec Eye Care', 'Gentle Touch Dental Group'];
const AGENCIES = ['Caring Hearts VNA', 'Seacoast Hospice', 'Hospice of the Fields', 'Riverside Counseling',
  'Beacon House Shelter', 'Samaritan Inn', 'Heart to Heart Home Care'];
const PHARMACIES = ['Kowalczyk Family Pharmacy', 'Main Street Apothecary', 'Rocky\'s Hometown Pharmacy', 'Hilltown Drug',
  'Beacon Specialty Pharmacy', 'Green Mountain Compounding'];
const CHURCHES = ['St. Stanislaus parish', 'Mt. Calvary Baptist', 'Temple Beth El', 'the Islamic Society of Western Mass',
  'Iglesia Pentecostal Roca de Salvación', 'Grace Lutheran'];
const INSURERS = ['Aetna', 'Humana Gold Plus', 'Tufts Health Plan', 'MassHealth', 'Medicare Part B', 'BCBS PPO', 'Harvard Pilgrim',
  'UnitedHealthcare Community Plan', 'Tricare East', 'WellSense', 'Cigna', 'Anthem Blue Cross'];
const MAIL_HOSTS = ['gmail.com', 'yahoo.com', 'charter.net', 'fairpoint.net', 'live.com', 'msn.com', 'sbcglobal.net', 'myfairpoint.net'];
const AGE_WORDS = ['NINETY', 'ninety-one', 'ninety two', 'ninety-three', 'ninety-four', 'ninety five', 'ninety-six',
  'ninety-seven', 'ninety-eight', 'ninety-nine', 'one hundred', 'one hundred and one', 'a hundred and two'];

interface Person {
  first: string;
  last: string;
  middle: string;
  nick: string;
  female: boolean;
}

interface Relative {
  person: Person;
  word: string;
  short: string;
}

/** Everyone and everywhere of one note, drawn once so that repeated mentions agree. */
interface Cast {
  patient: Person;
  family: Relative[];
  doctors: Person[];
  nurses: Person[];
  therapist: Person;
  caseManager: Person;
  interpreter: Person;
  hospital: string;
  otherHospital: string;
  facility: string;
  unit: string;
  town: string;
  otherTown: string;
  state: readonly [string, string];
  street: string;
  zip: string;
  mrn: string;
  noteDate: (d: DateParts) => string;
  oldAge: number;
  insurer: string;
}

const casts = new WeakMap<NoteContext, Cast>();

function makePerson(rng: Random, female = rng.chance(0.5)): Person {
  return { first: rng.pick(female ? WOMEN : MEN), last: rng.pick(SURNAMES), middle: rng.letters(1), nick: rng.pick(NICKNAMES), female };
}

function makeRelative(rng: Random, taken: readonly string[]): Relative {
  const choices = RELATIVES.filter((r) => !taken.includes(r.word));
  const kind = rng.pick(choices);
  return { person: makePerson(rng, kind.female), word: kind.word, short: kind.short };
}

function castOf(c: NoteContext): Cast {
  const known = casts.get(c);
  if (known) return known;
  const { rng } = c;
  const family: Relative[] = [];
  for (let i = 0; i < 3; i++) family.push(makeRelative(rng, family.map((r) => r.word)));
  const hospital = rng.pick(HOSPITALS);
  const other = rng.pick(HOSPITALS);
  const cast: Cast = {
    patient: makePerson(rng, c.patient.female),
    family,
    doctors: [makePerson(rng), makePerson(rng), makePerson(rng)],
    nurses: [makePerson(rng, rng.chance(0.8)), makePerson(rng, rng.chance(0.7))],
    therapist: makePerson(rng),
    caseManager: makePerson(rng, rng.chance(0.85)),
    interpreter: makePerson(rng),
    hospital,
    otherHospital: other === hospital ? rng.pick(FACILITIES) : other,
    facility: rng.pick(FACILITIES),
    unit: rng.pick(UNITS),
    town: rng.pick(TOWNS),
    otherTown: rng.pick(TOWNS),
    state: rng.pick(STATES),
    street: homeStreet(rng),
    zip: rng.chance(0.7) ? `0${rng.int(1, 4)}${rng.digits(3)}` : `${rng.int(3, 9)}${rng.digits(4)}-${rng.digits(4)}`,
    mrn: recordNumber(rng),
    noteDate: rng.pick(NOTE_FORMATS),
    oldAge: rng.int(90, 104),
    insurer: rng.pick(INSURERS),
  };
  casts.set(c, cast);
  return cast;
}

// ---------- value shapes ----------

const two = (n: number) => String(n).padStart(2, '0');
const monthName = (d: DateParts) => MONTHS[d.month - 1];
const mon3 = (d: DateParts) => MONTHS[d.month - 1].slice(0, 3);
const dayName = (d: DateParts) => WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];

const SHORT_DAYS: Record<string, string> = { Sunday: 'Sun', Monday: 'Mon', Tuesday: 'Tues', Wednesday: 'Wed', Thursday: 'Thurs', Friday: 'Fri', Saturday: 'Sat' };

/** The format a note's own header and running dates use. */
const NOTE_FORMATS: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}/${two(d.year % 100)}`,
  (d) => `${two(d.month)}/${two(d.day)}/${d.year}`,
  (d) => `${d.month}/${d.day}/${d.year}`,
  (d) => `${two(d.day)}${mon3(d).toUpperCase()}${d.year}`,
  (d) => `${mon3(d)} ${d.day} ${d.year}`,
  (d) => `${d.year}${two(d.month)}${two(d.day)}`,
  (d) => `${two(d.month)}.${two(d.day)}.${two(d.year % 100)}`,
  (d) => `${d.day}-${mon3(d)}-${two(d.year % 100)}`,
];
/** Dates as people type them in passing. */
const LOOSE_FORMATS: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}`,
  (d) => `${SHORT_DAYS[dayName(d)]} ${d.month}/${d.day}`,
  (d) => `${ordinal(d.day)} of ${monthName(d)}`,
  (d) => `${monthName(d)} ${ordinal(d.day)}`,
  (d) => `${mon3(d)}. ${d.day}`,
  (d) => `${d.day} ${mon3(d)}`,
  (d) => `${d.month}-${d.day}`,
  (d) => `${dayName(d)} the ${ordinal(d.day)}`,
  (d) => `${d.month}/${d.day}/${two(d.year % 100)}`,
  (d) => `${monthName(d)} ${d.day}`,
  (d) => `${d.day}/${mon3(d)}/${d.year}`,
  (d) => `${dayName(d).slice(0, 3)}, ${mon3(d)} ${d.day}`,
  (d) => `${two(d.month)}${two(d.day)}${two(d.year % 100)}`,
  (d) => `${mon3(d)} ${ordinal(d.day)} '${two(d.year % 100)}`,
];

function clock(rng: Random): string {
  const h = rng.int(0, 23);
  const m = rng.pick([0, 3, 10, 15, 22, 30, 37, 45, 52]);
  return rng.pick([`${two(h)}${two(m)}`, `${two(h)}:${two(m)}`, `${((h + 11) % 12) + 1}${two(m)}${h < 12 ? 'a' : 'p'}`,
    `${((h + 11) % 12) + 1}:${two(m)} ${h < 12 ? 'AM' : 'PM'}`, `${two(h)}${two(m)}H`]);
}

function homeStreet(rng: Random): string {
  const road = `${rng.pick(ROADS)} ${rng.pick(ROAD_TYPES)}`;
  const n = rng.int(3, 2999);
  return rng.pick([
    `${n} ${road}`,
    `${n} ${road}, Apt ${rng.int(1, 6)}${rng.pick(['L', 'R', 'F', ''])}`,
    `${n} ${road} Apt. #${rng.int(101, 412)}`,
    `${n}${rng.pick(['A', 'B', '½'])} ${road}`,
    `${n} ${road}, 2nd fl`,
    `PO Box ${rng.int(2, 899)}`,
    `RR ${rng.int(1, 5)} Box ${rng.int(10, 300)}`,
    `HC ${rng.int(30, 80)} Box ${rng.int(100, 999)}`,
    `${rng.int(100, 9999)} County Rd ${rng.int(2, 40)}`,
    `Lot ${rng.int(1, 80)}, Whispering Pines MHP`,
    `${n} ${road}, Unit ${rng.letters(1)}`,
  ]);
}

function recordNumber(rng: Random): string {
  return rng.pick([
    `${rng.digits(2)}-${rng.digits(3)}-${rng.digits(4)}`,
    `${rng.digits(4)} ${rng.digits(4)}`,
    `KH-${rng.digits(6)}`,
    `Z${rng.digits(7)}`,
    `${rng.digits(3)}${rng.letters(1)}${rng.digits(4)}`,
    `0${rng.digits(8)}`,
    `M${rng.digits(3)}-${rng.digits(3)}-${rng.digits(2)}`,
  ]);
}

function phone(rng: Random): string {
  const area = `${rng.int(2, 9)}${rng.digits(2)}`;
  const mid = `${rng.int(2, 9)}${rng.digits(2)}`;
  const end = rng.digits(4);
  return rng.pick([
    `${area}-${mid}-${end}`,
    `(${area})${mid}${end}`,
    `${area} ${mid} ${end}`,
    `${area}.${mid}.${end}`,
    `${area}${mid}${end}`,
    `${mid}-${end}`,
    `(${area}) ${mid}-${end}`,
    `${area}-${mid}-${end} ext. ${rng.digits(2)}`,
    `1.${area}.${mid}.${end}`,
    `${area}-${mid}${end}`,
  ]);
}

function mailFor(rng: Random, p: Person): string {
  const f = p.first.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  const l = p.last.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  return `${rng.pick([`${f}${l}${rng.int(1, 88)}`, `${f[0]}.${l}`, `${l}_${f}`, `${f}.${l}.${rng.int(60, 99)}`, `${f}loves${rng.pick(['jesus', 'bingo', 'cats'])}`])}@${rng.pick(MAIL_HOSTS)}`;
}

// ---------- fragment helpers ----------

type NameKind = 'PATIENT' | 'DOCTOR' | 'RELATIVE' | 'NAME';
const nm = (text: string, kind: NameKind) => phi(text, 'NAME', kind);
const dt = (text: string) => phi(text, 'DATE', 'DATE');
const place = (text: string, kind: 'HOSPITAL' | 'ORGANIZATION' | 'DEPARTMENT' | 'ROOM' | 'STREET' | 'CITY' | 'STATE' | 'COUNTRY' | 'ZIP' | 'LOCATION') => phi(text, 'LOCATION', kind);
const ident = (text: string, kind: 'MRN' | 'ACCOUNT' | 'HEALTH_PLAN' | 'LICENSE' | 'DEVICE' | 'ID' | 'SSN') => phi(text, 'ID', kind);

function patientForms(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    nm(`${p.first} ${p.last}`, 'PATIENT'),
    nm(`${p.last}, ${p.first} ${p.middle}`, 'PATIENT'),
    nm(`${p.first} ${p.middle}. ${p.last}`, 'PATIENT'),
    nm(`${p.last.toUpperCase()}, ${p.first}`, 'PATIENT'),
    [nm(p.first, 'PATIENT'), ' "', nm(p.nick, 'PATIENT'), '" ', nm(p.last, 'PATIENT')],
    nm(`${p.first} ${p.last}`, 'PATIENT'),
  ]);
}

/** How physicians appear in running text. */
function physicianForms(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    ['Dr. ', nm(p.last, 'DOCTOR')],
    ['DR ', nm(p.last, 'DOCTOR')],
    ['Dr ', nm(`${p.first[0]}${p.last[0]}`, 'DOCTOR')],
    ['Dr. ', nm(`${p.first} ${p.last}`, 'DOCTOR')],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ' MD'],
    [nm(`${p.last}, ${p.first} ${p.middle}`, 'DOCTOR'), ', MD'],
    [nm(`${p.first[0]}. ${p.last}`, 'DOCTOR'), ', DO'],
    ['Dr. ', nm(`${p.first} ${p.middle}. ${p.last}`, 'DOCTOR'), ' (attending)'],
    [nm(p.last, 'DOCTOR'), ' (hospitalist)'],
  ]);
}

/** Signatures of nurses and allied staff, with and without credentials. */
function signatureForms(rng: Random, p: Person, credentials: readonly string[], kind: NameKind = 'DOCTOR'): Fragment {
  const credential = rng.pick(credentials);
  return rng.pick<Fragment>([
    [nm(`${p.first} ${p.last}`, kind), `, ${credential}`],
    [nm(`${p.first} ${p.last}`, kind), ` ${credential}`],
    [nm(`${p.first[0]}. ${p.last}`, kind), ` ${credential}`],
    [nm(`${p.first} ${p.last[0]}.`, kind), `, ${credential}`],
    [nm(`${p.last}, ${p.first}`, kind), ` (${credential})`],
    nm(`${p.first} ${p.last}`, kind),
    [nm(`${p.first[0]}${p.middle}${p.last[0]}`, kind), ` ${credential}`],
    ['/s/ ', nm(`${p.first} ${p.middle} ${p.last}`, kind), `, ${credential}`],
    phi(`${p.first[0].toLowerCase()}${p.last.replace(/[^A-Za-z]/g, '').toLowerCase()}`, 'NAME', 'USERNAME'),
  ]);
}

function relativeMention(rng: Random, r: Relative): Fragment {
  return rng.pick<Fragment>([
    [r.word, ' ', nm(r.person.first, 'RELATIVE')],
    [nm(r.person.first, 'RELATIVE'), ` (${r.short})`],
    [`pt's ${r.word} `, nm(r.person.first, 'RELATIVE')],
    [r.short.toUpperCase(), ' ', nm(`${r.person.first} ${r.person.last}`, 'RELATIVE')],
    [nm(`${r.person.first} ${r.person.last}`, 'RELATIVE'), ` (${r.word})`],
    [r.word, ', ', nm(r.person.first, 'RELATIVE'), ','],
    [r.word, ' "', nm(r.person.nick, 'RELATIVE'), '"'],
  ]);
}

function oldAge(rng: Random, value: number): Fragment {
  if (rng.chance(0.25)) return [phi(AGE_WORDS[Math.min(value - 90, AGE_WORDS.length - 1)], 'AGE', 'AGE_OVER_89'), rng.pick([' yo', '-year-old', ' years old'])];
  return rng.pick<Fragment>([
    [phi(String(value), 'AGE', 'AGE_OVER_89'), rng.pick([' YO', 'YO', ' y/o', 'y', ' yr', '-yo', ' y.o.', ' YR OLD'])],
    ['age ', phi(String(value), 'AGE', 'AGE_OVER_89')],
    ['aged ', phi(String(value), 'AGE', 'AGE_OVER_89')],
  ]);
}

function ordinaryAge(rng: Random): Fragment {
  return [phi(String(rng.int(21, 88)), 'AGE', 'AGE', true), rng.pick([' YO', 'yo', ' y/o', ' yr old', ' yrs', '-year-old', '-yr-old'])];
}

const shift = (c: NoteContext, from: number, to: number) => addDays(c.visit, c.rng.int(from, to));

// ---------- filler that must stay unflagged ----------

const TRAPS = [
  'HOPE TO WEAN TO 40% TODAY', 'will cont to monitor', 'may need PICC', 'pt in good spirits, says her faith keeps her going',
  'cash pay option discussed for DME', 'blood bank notified of type and screen', 'bone scan negative for mets',
  'heart sounds regular, no murmur', 'visual fields full to confrontation', 'gross hematuria resolved',
  'Wells criteria low risk', 'ward clerk notified', 'cardiac chambers normal in size', 'best practice alert acknowledged',
  'small bowel follow-through ordered', 'swift improvement after diuresis', 'person, place and time oriented',
  'child life specialist to see', 'guest tray ordered for family', 'friend at bedside overnight', 'marsh of granulation tissue',
  'sterling silver ring removed and given to family', 'brown emesis x1, guaiac +', 'kidney bean diet questions answered',
  'pain 3/10, dull', 'price of Eliquis a barrier, copay card given', 'grace period for Medicaid redetermination',
  'Wolff-Parkinson-White on old EKG', 'Kidd (Jk) antigen typing sent', 'Kell negative', 'Duffy antigen pending',
  'Bishop score 7', 'Leopold maneuvers: vertex', 'Braden 14', 'Morse fall score 55', 'Berg balance 38/56', 'Tinetti 19/28',
  'Rancho level VI', 'Snellen 20/30 OD', 'Amsler grid normal', 'Ishihara 14/14', 'Allen test normal', 'Trendelenburg gait',
  'Jackson-Pratt drain with 30 mL serosang', 'Hickman line flushed', 'Mepilex to sacrum', 'Roux-en-Y in 2nd decade',
  'Down syndrome', 'Tanner stage 2', 'Apgars 8 & 9', 'Nissen fundoplication hx', 'Whipple hx', 'Hartmann pouch',
  'patience and reassurance provided', 'joy in grandkids reported', 'mark on L forearm = old IV site',
];
const MEDS = ['Jardiance 10 mg daily', 'Entresto 24/26 BID', 'Ozempic 0.5 mg weekly', 'Humira 40 mg q2wk', 'Xarelto 20 mg w/ supper',
  'Dupixent 300 mg q2wk', 'Keppra 750 BID', 'Seroquel 25 qHS PRN', 'Lasix 40 PO BID', 'KCL 20 MEQ', 'Norco 5/325 q6h PRN',
  'Protonix 40', 'Synthroid 88 mcg', 'Tylenol 1 g q8h', 'Senna-S 2 tabs qHS', 'MiraLAX 17 g', 'Zofran 4 mg ODT', 'Narcan nasal',
  'Coreg 6.25 BID', 'Plavix 75', 'Lantus 18 u qHS', 'Humalog SS', 'prednisone taper', 'Flomax 0.4', 'Aricept 10', 'Namenda XR 28'];
const NUMBERS = () => [
  (r: Random) => `BP ${r.int(88, 188)}/${r.int(44, 104)} HR ${r.int(48, 132)} RR ${r.int(10, 30)} SPO2 ${r.int(86, 100)}%`,
  (r: Random) => `T MAX ${(98 + r.next() * 4).toFixed(1)}; I/O ${r.int(600, 2400)}/${r.int(300, 2600)}`,
  (r: Random) => `NA ${r.int(126, 148)} K ${(2.9 + r.next() * 2.4).toFixed(1)} CR ${(0.5 + r.next() * 4).toFixed(1)} HCT ${r.int(19, 44)}`,
  (r: Random) => `FIO2 ${r.pick([30, 35, 40, 50, 60])}% PEEP ${r.pick([5, 8, 10, 12])} TV ${r.pick([380, 420, 450, 500])} RR ${r.int(12, 26)}`,
  (r: Random) => `GCS ${r.int(3, 15)}, RASS ${r.int(-4, 2)}, CAM-ICU ${r.pick(['neg', 'pos'])}`,
  (r: Random) => `wt ${(45 + r.next() * 90).toFixed(1)} kg, BMI ${(16 + r.next() * 30).toFixed(1)}`,
  (r: Random) => `FSBS ${r.int(60, 380)} -> ${r.int(60, 380)}, covered w/ ${r.int(2, 10)} u`,
];

// ---------- slots ----------

export const DEV3_SLOTS: SlotTable<NoteContext> = {
  // the patient
  x_pt: (c) => patientForms(c.rng, castOf(c).patient),
  x_pt_hdr: (c) => {
    const p = castOf(c).patient;
    return nm(c.rng.pick([`${p.last}, ${p.first} ${p.middle}`, `${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.middle}.`, `${p.last},${p.first}`, `${p.last.toUpperCase()} ${p.first.toUpperCase()}`]), 'PATIENT');
  },
  x_ptf: (c) => nm(castOf(c).patient.first, 'PATIENT'),
  x_ptl: (c) => nm(castOf(c).patient.last, 'PATIENT'),
  x_ptt: (c) => {
    const p = castOf(c).patient;
    return [p.female ? c.rng.pick(['Mrs. ', 'Ms. ', 'MS ', 'Miss ']) : c.rng.pick(['Mr. ', 'MR ', 'Mr ']), nm(p.last, 'PATIENT')];
  },
  x_ptnick: (c) => ['"', nm(castOf(c).patient.nick, 'PATIENT'), '"'],
  x_pt_init: (c) => {
    const p = castOf(c).patient;
    return nm(`${p.first[0]}.${p.last[0]}.`, 'PATIENT');
  },
  x_poss: (c) => [nm(castOf(c).patient.first, 'PATIENT'), "'s"],
  x_sex: (c) => (castOf(c).patient.female ? c.rng.pick(['F', 'female', 'woman', 'lady']) : c.rng.pick(['M', 'male', 'man', 'gentleman'])),
  // family
  x_fam1: (c) => relativeMention(c.rng, castOf(c).family[0]),
  x_fam2: (c) => relativeMention(c.rng, castOf(c).family[1]),
  x_fam3: (c) => relativeMention(c.rng, castOf(c).family[2]),
  x_fam1_first: (c) => nm(castOf(c).family[0].person.first, 'RELATIVE'),
  x_fam2_first: (c) => nm(castOf(c).family[1].person.first, 'RELATIVE'),
  x_fam1_full: (c) => nm(`${castOf(c).family[0].person.first} ${castOf(c).family[0].person.last}`, 'RELATIVE'),
  x_fam1_word: (c) => castOf(c).family[0].word,
  x_fam2_word: (c) => castOf(c).family[1].word,
  x_fam_list: (c) => {
    const [a, b, d] = castOf(c).family;
    return c.rng.pick<Fragment>([
      [a.word, ' ', nm(a.person.first, 'RELATIVE'), ', ', b.word, ' ', nm(b.person.first, 'RELATIVE'), ' & ', d.short, ' ', nm(d.person.first, 'RELATIVE')],
      [nm(a.person.first, 'RELATIVE'), ` (${a.short}), `, nm(b.person.first, 'RELATIVE'), ` (${b.short}) and `, nm(`${d.person.first} ${d.person.last}`, 'RELATIVE'), ` (${d.short})`],
      [`${a.short.toUpperCase()} `, nm(a.person.first, 'RELATIVE'), `; ${b.short.toUpperCase()} `, nm(b.person.first, 'RELATIVE'), `; ${d.short.toUpperCase()} `, nm(d.person.first, 'RELATIVE')],
      ['\n- ', nm(`${a.person.first} ${a.person.last}`, 'RELATIVE'), `, ${a.word}\n- `, nm(`${b.person.first} ${b.person.last}`, 'RELATIVE'), `, ${b.word}\n- `, nm(d.person.first, 'RELATIVE'), `, ${d.word}`],
    ]);
  },
  // staff
  x_md: (c) => physicianForms(c.rng, castOf(c).doctors[0]),
  x_md2: (c) => physicianForms(c.rng, castOf(c).doctors[1]),
  x_md3: (c) => physicianForms(c.rng, castOf(c).doctors[2]),
  x_md_last: (c) => nm(castOf(c).doctors[0].last, 'DOCTOR'),
  x_md_init: (c) => nm(`${castOf(c).doctors[1].first[0]}${castOf(c).doctors[1].last[0]}`, 'DOCTOR'),
  x_md_sig: (c) => signatureForms(c.rng, castOf(c).doctors[0], ['MD', 'DO', 'MD, FACOG', 'DDS', 'DMD', 'OD', 'MD PhD']),
  x_rn: (c) => signatureForms(c.rng, castOf(c).nurses[0], ['RN', 'RN BSN', 'BSN, RN, CCRN', 'LPN', 'RNC-OB']),
  x_rn2: (c) => signatureForms(c.rng, castOf(c).nurses[1], ['RN', 'RN', 'CNM', 'RN-BC']),
  x_rn_first: (c) => nm(castOf(c).nurses[1].first, 'DOCTOR'),
  x_np: (c) => signatureForms(c.rng, castOf(c).doctors[2], ['NP', 'FNP-BC', 'PA-C', 'AGACNP', 'PMHNP']),
  x_ther: (c) => signatureForms(c.rng, castOf(c).therapist, ['PT, DPT', 'OTR/L', 'PTA', 'COTA', 'SLP', 'RD, LDN', 'MS, RDN', 'LICSW', 'LMHC']),
  x_ther_first: (c) => nm(castOf(c).therapist.first, 'DOCTOR'),
  x_cm: (c) => signatureForms(c.rng, castOf(c).caseManager, ['RN CM', 'RN, CCM', 'LCSW', 'MSW', 'Case Manager']),
  x_cm_first: (c) => nm(castOf(c).caseManager.first, 'DOCTOR'),
  x_interp: (c) => {
    const p = castOf(c).interpreter;
    return c.rng.pick<Fragment>([
      nm(`${p.first} ${p.last}`, 'NAME'),
      nm(p.first, 'NAME'),
      [nm(`${p.first} ${p.last[0]}.`, 'NAME'), ' (in person)'],
    ]);
  },
  x_interp_id: (c) => ident(c.rng.pick([c.rng.digits(5), `${c.rng.digits(3)}${c.rng.letters(1)}`, `LL-${c.rng.digits(6)}`, `#${c.rng.digits(4)}`].map((v) => v.replace(/^#/, ''))), 'ID'),
  x_chaplain: (c) => [c.rng.pick(['Chaplain ', 'Rev. ', 'Fr. ', 'Sister ', 'Imam ', 'Pastor ']), nm(castOf(c).therapist.last, 'NAME')],
  x_user: (c) => phi(`${castOf(c).nurses[0].last.replace(/[^A-Za-z]/g, '').toLowerCase().slice(0, 7)}${castOf(c).nurses[0].first[0].toLowerCase()}${c.rng.int(1, 9)}`, 'NAME', 'USERNAME'),
  // places
  x_hosp: (c) => place(castOf(c).hospital, 'HOSPITAL'),
  x_hosp2: (c) => place(castOf(c).otherHospital, 'HOSPITAL'),
  x_hosp_abbr: (c) => place(c.rng.pick(HOSPITAL_ABBR), 'HOSPITAL'),
  x_fac: (c) => place(castOf(c).facility, 'HOSPITAL'),
  x_unit: (c) => place(castOf(c).unit, 'DEPARTMENT'),
  // A unit named by the template itself ('{x_ward:NICU}'), annotated like any other unit.
  ...Object.fromEntries(['MICU', 'L&D', 'Peds 5', 'NICU', 'Gero-Psych'].map((unit) => [`x_ward:${unit}`, () => place(unit, 'DEPARTMENT')])),
  x_room: (c) => [c.rng.pick(['RM ', 'Rm ', 'room ', 'BED ', 'bed ', 'Bay ', 'Rm. ']), place(c.rng.pick([`${c.rng.int(2, 14)}${c.rng.digits(2)}`, `${c.rng.int(2, 14)}${c.rng.digits(2)}-${c.rng.pick(['A', 'B', 'W', 'D'])}`, `${c.rng.int(1, 24)}`, `${c.rng.pick(['E', 'W', 'N', 'S'])}${c.rng.int(301, 624)}`]), 'ROOM')],
  x_street: (c) => place(castOf(c).street, 'STREET'),
  x_town: (c) => place(castOf(c).town, 'CITY'),
  x_town2: (c) => place(castOf(c).otherTown, 'CITY'),
  x_st: (c) => place(castOf(c).state[1], 'STATE'),
  x_state: (c) => place(castOf(c).state[0], 'STATE'),
  x_zip: (c) => place(castOf(c).zip, 'ZIP'),
  x_addr: (c) => {
    const cast = castOf(c);
    return [place(cast.street, 'STREET'), c.rng.pick([', ', '\n', ' ', ' - ']), place(cast.town, 'CITY'), c.rng.pick([', ', ' ', ',']),
      place(c.rng.chance(0.8) ? cast.state[1] : cast.state[0], 'STATE'), c.rng.pick([' ', '  ', ' ']), place(cast.zip, 'ZIP')];
  },
  x_crossing: (c) => place(`${c.rng.pick(ROADS)} ${c.rng.pick(ROAD_TYPES)} ${c.rng.pick(['and', '&', '@', '/'])} ${c.rng.pick(ROADS)} ${c.rng.pick(ROAD_TYPES)}`, 'STREET'),
  x_highway: (c) => place(c.rng.pick([`I-${c.rng.pick([91, 90, 95, 84, 495])} ${c.rng.pick(['NB', 'SB', 'EB', 'WB'])} mile marker ${c.rng.int(2, 120)}`, `Rte ${c.rng.int(2, 202)} near the ${c.rng.pick(ROADS)} Rd exit`, `exit ${c.rng.int(3, 60)} off I-${c.rng.pick([91, 93, 89])}`]), 'LOCATION'),
  x_country: (c) => place(c.rng.pick(COUNTRIES), 'COUNTRY'),
  x_practice: (c) => place(c.rng.pick(PRACTICES), 'HOSPITAL'),
  x_ems: (c) => place(c.rng.pick(['Tri-Town Ambulance', 'Action Ambulance Service', 'Baystate Ambulance', 'Ware Fire Rescue', 'LifeStar of Maine']), 'ORGANIZATION'),
  x_funeral: (c) => place(c.rng.pick(['Dufresne & Sons Funeral Home', 'Ryder Funeral Home', 'Bell-Kidd Funeral Chapel', 'Wolfe & Heart Memorial Chapel']), 'ORGANIZATION'),
  x_agency: (c) => place(c.rng.pick(AGENCIES), 'ORGANIZATION'),
  x_per_fam: (c) => ['per ', nm(castOf(c).family[0].person.first, 'RELATIVE'), ` (${castOf(c).family[0].short})`],
  x_ext: (c) => phi(c.rng.pick([c.rng.digits(4), c.rng.digits(5), `${c.rng.int(2, 8)}-${c.rng.digits(4)}`]), 'CONTACT', 'PHONE'),
  x_lot: (c) => c.rng.pick(['EH9899', 'FF2587', '3CA21C1', 'U7045AA', 'AC52B074BA', 'TDAP-2231']),
  x_x_lang: (c) => castLanguage(c),
  x_him_her: (c) => (castOf(c).patient.female ? 'her' : 'him'),
  x_vehicle: (c) => {
    const plate = c.rng.pick([`${c.rng.digits(3)} ${c.rng.letters(3)}`, `${c.rng.letters(2)}-${c.rng.digits(4)}`, `${c.rng.digits(1)}${c.rng.letters(2)}${c.rng.digits(3)}`]);
    return [c.rng.pick(['PLATE ', 'MA REG ', 'TAG# ']), phi(plate, 'ID', 'VEHICLE')];
  },
  x_addr_clinic: (c) => [place(`${c.rng.int(10, 990)} ${c.rng.pick(ROADS)} ${c.rng.pick(ROAD_TYPES)}, Suite ${c.rng.int(100, 450)}`, 'STREET'), ', ', place(castOf(c).otherTown, 'CITY'), ', ', place(castOf(c).state[1], 'STATE')],
  x_school: (c) => place(c.rng.pick(SCHOOLS), 'ORGANIZATION'),
  x_employer: (c) => place(c.rng.pick(EMPLOYERS), 'ORGANIZATION'),
  x_pharmacy: (c) => place(c.rng.pick(PHARMACIES), 'ORGANIZATION'),
  x_church: (c) => place(c.rng.pick(CHURCHES), 'ORGANIZATION'),
  x_job: (c) => phi(c.rng.pick(JOBS), 'PROFESSION', 'PROFESSION'),
  x_lang: (c) => c.rng.pick(LANGUAGES),
  x_insurer: (c) => castOf(c).insurer,
  // ages
  x_old: (c) => oldAge(c.rng, castOf(c).oldAge),
  x_old_sex: (c) => {
    const female = castOf(c).patient.female;
    return [phi(String(castOf(c).oldAge), 'AGE', 'AGE_OVER_89'), c.rng.pick(female ? ['F', ' F', 'yoF', ' YO F', ' y/o female'] : ['M', ' M', 'yoM', ' YO M', ' y/o male'])];
  },
  x_old_n: (c) => phi(String(castOf(c).oldAge), 'AGE', 'AGE_OVER_89'),
  x_age: (c) => ordinaryAge(c.rng),
  x_kid_age: (c) => c.rng.pick<Fragment>([
    [phi(String(c.rng.int(2, 17)), 'AGE', 'AGE', true), c.rng.pick([' yo', ' y/o', '-year-old', ' yr'])],
    [phi(String(c.rng.int(2, 23)), 'AGE', 'AGE', true), c.rng.pick([' mo', '-month-old', ' months old', 'mo'])],
    [phi(String(c.rng.int(2, 20)), 'AGE', 'AGE', true), c.rng.pick([' days old', ' day old', ' wk old', ' weeks'])],
  ]),
  x_sib_age: (c) => ['(', phi(String(c.rng.int(2, 16)), 'AGE', 'AGE', true), c.rng.pick([')', 'yo)', ' y)'])],
  // dates
  x_d: (c) => dt(castOf(c).noteDate(c.visit)),
  x_d_prev: (c) => dt(castOf(c).noteDate(shift(c, -40, -1))),
  x_d_next: (c) => dt(castOf(c).noteDate(shift(c, 2, 60))),
  x_dl: (c) => dt(c.rng.pick(LOOSE_FORMATS)(shift(c, -30, 30))),
  x_dl_prev: (c) => dt(c.rng.pick(LOOSE_FORMATS)(shift(c, -20, -1))),
  x_dl_next: (c) => dt(c.rng.pick(LOOSE_FORMATS)(shift(c, 1, 45))),
  x_d_wk: (c) => {
    const d = shift(c, -6, 10);
    return dt(c.rng.pick([`${dayName(d).slice(0, 3)} ${d.month}/${d.day}`, `${dayName(d).toUpperCase().slice(0, 3)} ${two(d.month)}/${two(d.day)}`, `${dayName(d)}, ${d.month}/${d.day}`, `${dayName(d)} ${monthName(d)} ${ordinal(d.day)}`]));
  },
  x_d_range: (c) => {
    const from = shift(c, -20, 0);
    const to = addDays(from, c.rng.int(1, 9));
    return c.rng.pick<Fragment>([
      [dt(`${from.month}/${from.day}`), '-', dt(`${to.month}/${to.day}`)],
      [dt(`${from.month}/${from.day}/${two(from.year % 100)}`), ' - ', dt(`${to.month}/${to.day}/${two(to.year % 100)}`)],
      ['from ', dt(`${monthName(from)} ${ordinal(from.day)}`), ' to ', dt(`${monthName(to)} ${ordinal(to.day)}`)],
      [dt(`${mon3(from)} ${from.day}`), ' thru ', dt(`${mon3(to)} ${to.day}`)],
      [dt(`${from.month}/${from.day}`), ' to ', dt(`${to.month}/${to.day}`)],
    ]);
  },
  x_d_time: (c) => {
    const d = castOf(c).noteDate(c.visit);
    return c.rng.pick<Fragment>([[dt(d), ' ', clock(c.rng)], [dt(d), ' @ ', clock(c.rng)], [dt(d), ' AT ', clock(c.rng)], [clock(c.rng), ' ', dt(d)], [dt(d), '/', clock(c.rng)]]);
  },
  x_dob: (c) => {
    const d = { year: c.visit.year - c.rng.int(19, 88), month: c.rng.int(1, 12), day: c.rng.int(1, 28) };
    return dt(c.rng.pick([`${two(d.month)}/${two(d.day)}/${d.year}`, `${d.month}/${d.day}/${two(d.year % 100)}`, `${d.year}-${two(d.month)}-${two(d.day)}`, `${two(d.day)}-${mon3(d).toUpperCase()}-${d.year}`, `${monthName(d)} ${d.day}, ${d.year}`]));
  },
  x_kid_dob: (c) => {
    const d = addDays(c.visit, -c.rng.int(20, 5000));
    return dt(c.rng.pick([`${two(d.month)}/${two(d.day)}/${d.year}`, `${d.month}/${d.day}/${two(d.year % 100)}`, `${mon3(d)} ${d.day}, ${d.year}`]));
  },
  x_old_dob: (c) => {
    const d = { year: c.visit.year - castOf(c).oldAge, month: c.rng.int(1, 12), day: c.rng.int(1, 28) };
    return dt(c.rng.pick([`${two(d.month)}/${two(d.day)}/${d.year}`, `${d.month}/${d.day}/${d.year}`]));
  },
  x_edd: (c) => dt(castOf(c).noteDate(shift(c, -5, 120))),
  x_mo_yr: (c) => {
    const d = shift(c, -1500, -40);
    return dt(c.rng.pick([`${mon3(d)} ${d.year}`, `${d.month}/${two(d.year % 100)}`, `${monthName(d)} '${two(d.year % 100)}`, `${two(d.month)}/${d.year}`, `spring of ${d.year}`]));
  },
  x_yr: (c) => phi(String(c.visit.year - c.rng.int(2, 30)), 'DATE', 'YEAR', true),
  x_holiday: (c) => dt(c.rng.pick([`Christmas Eve ${c.visit.year - 1}`, 'Thanksgiving', 'New Year\'s Day', 'the 4th of July', 'Easter Sunday', 'Memorial Day weekend'])),
  x_clock: (c) => clock(c.rng),
  // contact
  x_ph: (c) => phi(phone(c.rng), 'CONTACT', 'PHONE'),
  x_cell: (c) => [c.rng.pick(['cell ', 'C: ', '(c) ', 'mobile ', 'CELL# ', 'H: ', 'home ', 'ph ', 'tel. ']), phi(phone(c.rng), 'CONTACT', 'PHONE')],
  x_fax: (c) => phi(phone(c.rng), 'CONTACT', 'FAX'),
  x_pgr: (c) => [c.rng.pick(['pgr ', 'PAGER ', 'beeper ', 'pg ', 'p']), phi(c.rng.pick([c.rng.digits(5), `${c.rng.int(1, 9)}-${c.rng.digits(4)}`, `${c.rng.digits(2)}-${c.rng.digits(3)}`, `#${c.rng.digits(4)}`].map((v) => v.replace(/^#/, ''))), 'CONTACT', 'PHONE')],
  x_mail: (c) => phi(mailFor(c.rng, c.rng.chance(0.5) ? castOf(c).patient : castOf(c).family[0].person), 'CONTACT', 'EMAIL'),
  x_staff_mail: (c) => {
    const p = castOf(c).caseManager;
    const host = castOf(c).hospital.toLowerCase().replace(/[^a-z]/g, '').slice(0, 12);
    return phi(`${p.first.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}.${p.last.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}@${host}.org`, 'CONTACT', 'EMAIL');
  },
  x_url: (c) => {
    const p = castOf(c).patient;
    const slug = `${p.first}${p.last}`.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
    return phi(c.rng.pick([
      `https://www.mealtrain.com/trains/${c.rng.letters(6, 'abcdefghjkmnpqrstuvwxyz0123456789')}`,
      `doxy.me/dr${castOf(c).doctors[0].last.replace(/[^A-Za-z]/g, '').toLowerCase()}`,
      `https://www.caringbridge.org/visit/${slug}`,
      `facebook.com/${slug}.${c.rng.int(10, 99)}`,
      `https://gofund.me/${c.rng.letters(8, 'abcdef0123456789')}`,
    ]), 'CONTACT', 'URL');
  },
  // identifiers
  x_mrn: (c) => ident(castOf(c).mrn, 'MRN'),
  x_fin: (c) => ident(c.rng.pick([`${c.rng.digits(2)}-${c.rng.digits(7)}`, c.rng.digits(10), `E${c.rng.digits(9)}`, `${c.rng.digits(9)}`]), 'ACCOUNT'),
  x_member: (c) => ident(c.rng.pick([`X${c.rng.letters(2)}${c.rng.digits(9)}`, `${c.rng.digits(5)}-${c.rng.digits(4)}-${c.rng.digits(2)}`, `H${c.rng.digits(4)}-${c.rng.digits(4)}`, `${c.rng.letters(3)}${c.rng.digits(3)}${c.rng.letters(1)}${c.rng.digits(5)}`]), 'HEALTH_PLAN'),
  x_mbi: (c) => ident(`${c.rng.int(1, 9)}${c.rng.letters(2)}${c.rng.int(0, 9)}-${c.rng.letters(1)}${c.rng.letters(1)}${c.rng.int(0, 9)}-${c.rng.letters(2)}${c.rng.digits(2)}`, 'HEALTH_PLAN'),
  x_medicaid: (c) => ident(`${c.rng.digits(9)}${c.rng.letters(1)}`, 'HEALTH_PLAN'),
  x_claim: (c) => ident(c.rng.pick([`${c.visit.year}-${c.rng.digits(3)}-${c.rng.digits(5)}`, `CLM${c.rng.digits(11)}`, `${c.rng.digits(4)}${c.rng.letters(2)}${c.rng.digits(6)}`]), 'ID'),
  x_auth: (c) => ident(c.rng.pick([`PA-${c.rng.digits(7)}`, `A${two(c.visit.year % 100)}${c.rng.digits(2)}-${c.rng.digits(5)}`, `${c.rng.digits(3)}-${c.rng.digits(3)}-${c.rng.digits(3)}`, `REF${c.rng.digits(8)}`]), 'ID'),
  x_npi: (c) => ident(`1${c.rng.digits(9)}`, 'ID'),
  x_dea: (c) => ident(`${c.rng.pick(['A', 'B', 'F', 'M'])}${castOf(c).doctors[0].last.replace(/[^A-Za-z]/g, '')[0].toUpperCase()}${c.rng.digits(7)}`, 'LICENSE'),
  x_license: (c) => ident(c.rng.pick([`S${c.rng.digits(8)}`, `${c.rng.digits(3)}-${c.rng.digits(2)}-${c.rng.digits(4)}`, `${c.rng.letters(1)}${c.rng.digits(3)}-${c.rng.digits(3)}-${c.rng.digits(3)}`]), 'LICENSE'),
  x_acc: (c) => ident(c.rng.pick([`RAD-${two(c.visit.year % 100)}-${c.rng.digits(7)}`, `CT${two(c.visit.year % 100)}${c.rng.digits(8)}`, `${c.rng.digits(8)}MR`, `US-${c.rng.digits(6)}`]), 'ID'),
  x_spec: (c) => ident(c.rng.pick([`${two(c.visit.year % 100)}-${c.rng.digits(3)}-${c.rng.digits(5)}`, `H${two(c.visit.year % 100)}-${c.rng.digits(6)}`, `BB${c.rng.digits(7)}`, `W${c.rng.digits(4)}${two(c.visit.year % 100)}${c.rng.digits(6)}`]), 'ID'),
  x_run: (c) => ident(c.rng.pick([`${two(c.visit.year % 100)}-${c.rng.digits(6)}`, `${c.rng.digits(3)}-${c.rng.digits(4)}`, `PCR${c.rng.digits(8)}`]), 'ID'),
  x_serial: (c) => ident(c.rng.pick([`PJN${c.rng.digits(6)}S`, `${c.rng.letters(2)}${c.rng.digits(8)}`, `SN: ${c.rng.digits(3)}-${c.rng.digits(3)}-${c.rng.digits(3)}`].map((v) => v.replace(/^SN: /, ''))), 'DEVICE'),
  x_rx: (c) => ident(c.rng.pick([`Rx#${c.rng.digits(7)}`, `${c.rng.digits(7)}-${c.rng.digits(5)}`].map((v) => v.replace(/^Rx#/, ''))), 'ID'),
  // filler
  x_trap: (c) => c.rng.pick(TRAPS),
  x_trap2: (c) => c.rng.pick(TRAPS),
  x_med: (c) => c.rng.pick(MEDS),
  x_med2: (c) => c.rng.pick(MEDS),
  x_num: (c) => c.rng.pick(NUMBERS())(c.rng),
  x_num2: (c) => c.rng.pick(NUMBERS())(c.rng),
  x_n: (c) => String(c.rng.int(1, 9)),
  x_he: (c) => (castOf(c).patient.female ? 'she' : 'he'),
  x_He: (c) => (castOf(c).patient.female ? 'She' : 'He'),
  x_his: (c) => (castOf(c).patient.female ? 'her' : 'his'),
};

// ---------- styles ----------

export const DEV3_STYLES: readonly StyleTemplates[] = [
  {
    style: 'icu-nursing-caps',
    capsShare: 1,
    weight: 4,
    separators: ['\n', '\n', '; ', ' '],
    sections: [
      [
        'NPN {x_clock}-{x_clock}',
        'NURSING PROGRESS NOTE 7P-7A {x_d}',
        '{x_ward:MICU} NSG {x_d_time}: {x_pt_hdr} ({x_mrn})',
        '{x_unit} {x_room}; {x_old_sex} ADMITTED {x_d_prev} W/ UROSEPSIS',
        'NEURO/ CV/ RESP/ GI/ GU/ SOCIAL -- {x_d}',
      ],
      [
        'NEURO: A+OX{x_n}, MAE, FOLLOWS CMDS. {x_num}. CV: {x_num2}, NSR W/ OCC PVC. {x_trap}.',
        'RESP: REMAINS ON VENT, {x_num}; SX Q2-3H FOR THICK TAN SPUTUM. {x_trap}. ABG SENT, D/W DR {x_md_init}.',
        'PT IS {x_old}, DNR/DNI {x_per_fam}. {x_num}. {x_trap}.',
        'GI: TF @ GOAL, +BS, NO BM SINCE {x_dl_prev}. {x_med} GIVEN. GU: FOLEY DRAINING CLEAR YELLOW. {x_num}.',
        'CV: {x_num}. ON LEVO, TITRATED PER MAP >65; D/W {x_md} WHO AGREES W/ PLAN. {x_trap}.',
      ],
      [
        'SOCIAL: {x_fam1} IN TO VISIT, UPDATED BY {x_md}. CALLED {x_fam2} AT {x_ph}, LEFT MSG.',
        'SOCIAL: FAMILY IN TO VISIT: {x_fam_list}. QUESTIONS ANSWERED. HCP IS {x_fam1_full}, {x_cell}.',
        'SOCIAL: PT\'S {x_fam1_word} {x_fam1_first} @ BEDSIDE, VERY ANXIOUS. ASKING FOR DR {x_md_last} TO CALL, # {x_ph}.',
        'SOCIAL: CALLED {x_fam1} @ {x_clock} RE: FAMILY MTG {x_d_wk}; AGREES. {x_fam2} FLYING IN FROM {x_town2}.',
        'SOCIAL: NO FAMILY CONTACT TODAY. PT LIVES ALONE AT {x_addr}; {x_fam1} IS EMERGENCY CONTACT ({x_ph}).',
        'SOCIAL: PT RESIDES AT {x_fac}. {x_fam1} AWARE OF TRANSFER, WILL BRING CLOTHES. CHAPLAIN ({x_chaplain}) IN.',
      ],
      [
        'PLAN: {x_trap2}; CONT CURRENT TX; F/U AM LABS; {x_med2}. ',
        'A/P: ? EXTUBATE IN AM IF PASSES SBT; D/W {x_md2}. REPEAT CXR {x_dl_next}.',
        'PLAN: TRANSFER TO {x_hosp2} FOR IR WHEN BED AVAIL; ACCEPTING {x_md3}. {x_trap2}.',
        'PLAN: CONT TO MONITOR, PAIN CONTROL, FAMILY SUPPORT. {x_trap2}.',
        'PLAN: VANC/ZOSYN {x_d_range}, THEN PO; {x_trap2}. UPDATE {x_per_fam}.',
      ],
      ['{x_rn}', '{x_rn} / {x_d_time}', '-- {x_rn}, {x_pgr}', 'SEE FLOWSHEET. {x_rn}', '{x_user}'],
    ],
  },
  {
    style: 'case-management',
    capsShare: 0.3,
    weight: 2,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'CASE MANAGEMENT / DISCHARGE PLANNING\nPt: {x_pt}   MRN: {x_mrn}   Acct: {x_fin}\nAdmit: {x_d_prev}   Payor: {x_insurer}',
        'CM Progress Note {x_d_time} - {x_hosp} {x_unit}',
        'Discharge planning note, {x_d}. {x_ptt}, {x_old}, from {x_town}, {x_st}.',
      ],
      [
        'Met with pt and {x_fam1} at bedside. Pt lives in a 2nd floor apartment at {x_street} in {x_town} with {x_fam2}; 14 stairs w/ one rail. Prior to admission independent w/ cane, still driving.',
        'Spoke with {x_fam1_full} ({x_fam1_word}, HCP) by phone {x_cell}. Family prefers short-term rehab close to home; choices given: {x_fac}, {x_hosp2}.',
        'Pt was living at {x_fac} ({x_addr}) prior to admission; facility liaison {x_ther} ({x_ph}) confirms they can take pt back {x_dl_next} if no IV abx.',
        'Pt is homeless, staying at {x_agency} and with a friend in {x_town}; mail goes to {x_street}. Cell {x_ph} (may be off). {x_trap}.',
      ],
      [
        'Insurance: {x_insurer}, member ID {x_member}; Medicare MBI {x_mbi}. Auth for SNF requested {x_dl}, ref # {x_auth}. {x_trap}.',
        'MassHealth # {x_medicaid} active through {x_d_next}. PCP {x_md2} at {x_hosp2}, fax {x_fax}.',
        'Pt works as a {x_job} at {x_employer}; FMLA paperwork faxed to HR ({x_fax}) {x_dl}. {x_trap}.',
        'VNA referral sent to {x_agency}, start of care {x_dl_next}; DME (rolling walker, shower chair) delivered to {x_addr}.',
      ],
      [
        'Barriers: {x_trap2}. Will follow. {x_cm}\n{x_staff_mail} | {x_ph}',
        'CM following. Please call {x_cm} with questions, ext {x_ext} or {x_staff_mail}.',
        '{x_cm}, {x_d_time}',
        'Anticipated DC {x_d_wk} to {x_fac}. {x_cm}',
      ],
    ],
  },
  {
    style: 'pt-ot',
    capsShare: 0.3,
    weight: 2,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'PHYSICAL THERAPY INITIAL EVALUATION\nDate of service: {x_d}  Time in/out {x_clock}/{x_clock}\nPatient: {x_pt_hdr}  MRN {x_mrn}  DOB {x_dob}',
        'OT Treatment Note - {x_d_wk} - {x_unit} {x_room}',
        'PT daily note {x_d}. Pt {x_ptf} seen in room, {x_fam1} present.',
      ],
      [
        'Subjective: Pt reports "I just want to get home to my dog." Lives with {x_fam1} in a ranch home in {x_town}, 3 STE, no rail. Retired {x_job}. {x_trap}.',
        'Subjective: {x_old} {x_sex} s/p L THA {x_dl_prev}. PLOF: independent, gardening, attends {x_church} weekly. {x_trap}.',
        'Subjective: pt agreeable; {x_per_fam}, pt fell at home {x_dl_prev} and again {x_holiday}. {x_trap}.',
      ],
      [
        'Objective: {x_trap}. Sit<>stand min A x1 with RW; ambulated 60 ft, CGA; {x_num}. {x_trap2}.',
        'Objective: bed mobility mod I; transfers SBA; gait 150\' with SPC; {x_trap}. Stairs deferred. {x_num}.',
        'ADLs: UB dressing set-up; LB dressing mod A w/ reacher; toileting CGA; {x_trap2}.',
      ],
      [
        'Assessment: progressing. Recommend home with {x_fam1} 24h supervision + HHPT. Pt and {x_fam2} agree.',
        'Assessment: below baseline; recommend SNF-level rehab ({x_fac} preferred by family). Discussed with CM {x_cm_first}.',
        'Assessment: goals met, discharge from PT. Outpatient PT at {x_hosp2} starting {x_dl_next}.',
      ],
      ['{x_ther}', '{x_ther}\n{x_d_time}', 'Treating therapist: {x_ther}; co-treat with {x_ther_first}', '{x_ther} (cosigned {x_md})'],
    ],
  },
  {
    style: 'nutrition',
    capsShare: 0.3,
    weight: 1.5,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'NUTRITION ASSESSMENT {x_d}\n{x_pt}  {x_mrn}  {x_unit}',
        'Clinical Nutrition Follow-Up - {x_hosp} - {x_d_time}',
        'RD NOTE: {x_pt_hdr}, {x_old}, {x_room}',
      ],
      [
        'Reason: consult for poor PO intake / wt loss. Per {x_fam1}, pt has lost ~20 lb since {x_mo_yr}. {x_num}. Pt eats 25-50% of trays.',
        'Pt is {x_age} w/ ESRD on HD M/W/F at {x_hosp2} dialysis unit; {x_num}. Family ({x_fam1}) brings food from home. {x_trap}.',
        'Diet hx from {x_fam2}: pt follows halal diet; dislikes Ensure, will try Boost Plus and Nepro. {x_trap}.',
      ],
      [
        'Estimated needs 1600-1800 kcal, 70-85 g protein. TF: Jevity 1.5 @ 50 mL/h via NGT; {x_trap}.',
        'Malnutrition: severe, chronic (wt loss >7.5%/3 mo, muscle wasting temporal). {x_trap2}. Glucerna BID.',
        'Recommend: MVI, Vit D, thiamine; {x_med}. Calorie counts x72h starting {x_dl}.',
      ],
      ['{x_ther}\n{x_pgr}', 'Will f/u {x_dl_next}. {x_ther}', '{x_ther}, {x_d_time}'],
    ],
  },
  {
    style: 'ob-ld',
    capsShare: 0.5,
    weight: 2,
    separators: ['\n', '\n', ' '],
    sections: [
      [
        '{x_ward:L&D} TRIAGE {x_d_time}\n{x_pt_hdr}  MRN {x_mrn}  G3P2002 @ 38w4d  EDD {x_edd}',
        'LABOR PROGRESS NOTE {x_d} {x_clock}: {x_ptt}',
        'OB ADMISSION H&P - {x_hosp} {x_unit} - {x_d}',
        'POSTPARTUM DAY 1 NOTE {x_d}: {x_pt}, {x_age}',
      ],
      [
        'Pt is a {x_age} G2P1 w/ IUP at 39w1d by LMP {x_dl_prev} c/w 8 wk US, here with SROM at {x_clock}. Prenatal care with {x_md2} at {x_hosp2}. {x_trap}.',
        'SVE 6/90/-1 at {x_clock}; {x_trap}. FHT cat I, baseline 135. Support person FOB {x_fam1_full} at bedside, cell {x_ph}.',
        'Pt received epidural at {x_clock} per {x_md3} (anesthesia). {x_trap}. GBS neg {x_dl_prev}. Rubella immune.',
        'SVD of viable female at {x_clock} on {x_d}, Apgars 8/9, wt 3410 g. Baby named {x_fam2_first}. Peds ({x_md2}) at delivery. EBL 350.',
      ],
      [
        'Plan: pitocin per protocol; {x_trap2}. D/W {x_md} who agrees. Doula {x_interp} present.',
        'Plan: routine PP care; breastfeeding, lactation ({x_ther_first}) to see; circ for baby boy scheduled {x_dl_next}. Pediatrician: {x_md3}, {x_hosp2}.',
        'Plan: d/c home {x_dl_next}; PP visit 6 wks with {x_md}; {x_trap2}. Social hx: FOB works as {x_job}; pt originally from {x_country}.',
      ],
      ['{x_rn2}', '{x_rn2} / {x_md_sig}', '{x_md_sig} {x_d_time}', 'Attested: {x_md_sig}'],
    ],
  },
  {
    style: 'pediatric',
    capsShare: 0.2,
    weight: 2,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'Pediatric Sick Visit - {x_d}\nPatient: {x_pt}   DOB: {x_kid_dob}   Age: {x_kid_age}\nAccompanied by: {x_fam1}',
        'WELL CHILD CHECK {x_d}  {x_pt_hdr}  MRN {x_mrn}',
        '{x_ward:Peds 5} admission note {x_d_time} - {x_ptf}, {x_kid_age}, brought in by {x_fam_list}',
      ],
      [
        'HPI: {x_ptf} is a {x_kid_age} brought in by {x_fam1} (legal guardian since {x_mo_yr}) for 3 days of fever and ear pulling. Siblings {x_fam2_first} {x_sib_age} and {x_fam1_first} {x_sib_age} also sick. {x_trap}.',
        'HPI: per {x_fam1}, child attends {x_school}; teacher ({x_interp}) called home {x_dl_prev} because of wheezing. {x_trap}.',
        'HPI: {x_kid_age} ex-34 weeker (born at {x_hosp2}, {x_ward:NICU} x 3 wks) with cough; mom {x_fam1_first} and grandma {x_fam2_first} share custody. {x_trap}.',
      ],
      [
        'Social: lives with {x_fam_list} at {x_addr}. DCF worker {x_cm} involved ({x_ph}). {x_trap2}.',
        'Social: parents separated; dad ({x_fam2}) has visits every other weekend in {x_town2}. Mom\'s cell {x_ph}, email {x_mail}.',
        'Imm: UTD per MIIS; flu vaccine given today, lot {x_lot}. {x_trap2}. Growth: {x_num}.',
      ],
      [
        'A/P: AOM R; amoxicillin 90 mg/kg/day x10d. Return precautions reviewed with {x_fam1_first}. F/u {x_dl_next}.',
        'A/P: well child; Denver milestones met; next visit {x_d_next}. {x_trap2}.',
        'A/P: admit for bronchiolitis, HFNC; {x_trap2}. Attending {x_md}.',
      ],
      ['{x_md_sig}', '{x_np}\nSupervising: {x_md}', '{x_md_sig}, {x_hosp}'],
    ],
  },
  {
    style: 'dental-eye-letter',
    capsShare: 0,
    weight: 1.5,
    separators: ['\n\n'],
    sections: [
      [
        '{x_practice}\n{x_addr}\n{?Tel|T:|Ph} {x_ph}  {?Fax|F:|fax #} {x_fax}\n\n{x_d}',
        '{x_practice}\n{x_street}, {x_town2}, {x_st} {x_zip}\n\n{x_dl}',
        'Re: {x_pt}   DOB {x_dob}   Chart #{x_mrn}\n\n{x_d}',
      ],
      [
        'Dear {x_md2},\n\nThank you for referring {x_ptt}, a {x_age} {x_sex}, whom I saw on {x_dl_prev} for blurred vision OS. {x_trap}. IOP 18/21. Dilated exam: moderate NPDR OU without CSME.',
        'Dear Dr. {x_md_last},\n\nI saw your patient {x_pt} today for evaluation of tooth #19 and #30; {x_trap}. Periapical radiolucency #19, recommend RCT. Pt on {x_med}; please advise re: holding before extraction.',
        'To whom it may concern:\n\n{x_pt} has been under my care since {x_yr} for glaucoma. {x_trap}. {x_He} should not drive at night.',
      ],
      [
        'I have asked {x_him_her} to return on {x_d_wk}. {x_fam1} will drive.',
        'Next appointment {x_dl_next} at our {x_town2} office. Pt\'s daughter {x_fam1_first} can be reached at {x_ph} if needed.',
        'Please contact our office at {x_ph} with any questions.',
      ],
      [
        'Sincerely,\n\n{x_md_sig}\nNPI {x_npi}',
        'Best regards,\n{x_md_sig}\ncc: {x_md3}',
        'Kind regards,\n{x_md_sig}\n{x_staff_mail}',
      ],
    ],
  },
  {
    style: 'hospice-family-meeting',
    capsShare: 0.3,
    weight: 1.5,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'PALLIATIVE CARE FAMILY MEETING {x_d_time}\nPatient: {x_pt} ({x_old})   Location: {x_hosp} {x_unit} {x_room}',
        'Hospice Admission / Family Conference - {x_d}\n{x_pt_hdr}, DOB {x_old_dob}',
        'Goals of care meeting note {x_d} - {x_unit}',
      ],
      [
        'Present: {x_fam_list}; {x_md}; {x_rn_first} (RN); {x_chaplain}; SW {x_cm}. By phone: {x_fam2} (in {x_country}).',
        'Attendees: pt (briefly), {x_fam1}, {x_fam2}, {x_fam3}, {x_md2}, {x_ther}. Interpreter {x_interp} ({x_lang}).',
        'In attendance: {x_fam1_full} (HCP), {x_fam2}, family friend {x_interp}, palliative NP {x_np}.',
      ],
      [
        'Discussion: reviewed that {x_ptf} is {x_old} with metastatic disease and declining despite treatment. {x_fam1} tearful, states "{x_He} always said no machines." Consensus to transition to comfort measures. {x_trap}.',
        'Discussion: family hopes pt can die at home at {x_addr}; hospice referral to {x_agency} as backup. {x_trap}. Code status changed to DNR/DNI, MOLST signed {x_d}.',
        'Discussion: {x_fam2} disagrees with plan; requests second opinion from {x_md3} at {x_hosp2}. Agreed to revisit {x_d_wk}. {x_trap}.',
      ],
      [
        'Plan: comfort care; morphine SL; {x_trap2}. Funeral home preference: {x_funeral}, {x_town}. Updates posted at {x_url}. Pastor from {x_church} to visit.',
        'Plan: hospice intake {x_dl_next} with {x_agency}; contact person {x_fam1_first} {x_cell}. {x_trap2}.',
        'Total time 75 min, >50% counseling. {x_trap2}.',
      ],
      ['{x_md_sig}', '{x_np}', '{x_md_sig}; {x_cm}'],
    ],
  },
  {
    style: 'interpreter-visit',
    capsShare: 0.2,
    weight: 1.5,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'Clinic visit {x_d}  {x_hosp} Internal Medicine\nPatient: {x_pt}  MRN {x_mrn}  Preferred language: {x_x_lang}',
        'Office Visit - {x_d_time}\n{x_pt_hdr}  DOB {x_dob}',
        'Video visit {x_d} (pt at home in {x_town}, {x_st}; provider at {x_hosp}). Link: {x_url}',
      ],
      [
        'Visit conducted with {x_x_lang} interpreter {x_interp}, ID #{x_interp_id}, via video. Pt\'s {x_fam1_word} also present but did not interpret.',
        'Interpreter: {x_interp} (ID {x_interp_id}) by phone, Language Line. {x_fam1} present and helpful.',
        'Pt declined interpreter; {x_fam1} (bilingual) assisted per pt preference. Risks of family interpreting discussed. {x_trap}.',
      ],
      [
        'HPI: {x_age} {x_sex} originally from {x_country}, in US since {x_yr}, works as {x_job}; c/o epigastric pain x 2 months. {x_trap}. {x_num}.',
        'HPI: {x_ptf} reports dizziness since {x_dl_prev}; seen at {x_hosp2} ED {x_dl_prev}. {x_trap}. {x_num}.',
        'HPI: f/u HTN and DM; {x_med}, {x_med2}. Lives with {x_fam_list}. {x_trap}.',
      ],
      [
        'Plan: H. pylori breath test; RTC {x_dl_next}. Teach-back done through interpreter. {x_trap2}.',
        'Plan: labs today; {x_trap2}. Pt prefers text reminders to {x_ph}.',
        'Plan: referral to {x_md3}, GI; {x_trap2}. Community health worker {x_cm_first} to help with MassHealth renewal.',
      ],
      ['{x_md_sig}', '{x_np}', '{x_md_sig}\nInterpreter: {x_interp}'],
    ],
  },
  {
    style: 'prior-auth',
    capsShare: 0.2,
    weight: 1.5,
    separators: ['\n\n', '\n'],
    sections: [
      [
        '{x_d}\n\n{x_insurer} Utilization Management\nAttn: Pharmacy Prior Authorization\nFax {x_fax}',
        'LETTER OF MEDICAL NECESSITY\nDate: {x_d}\nTo: {x_insurer}, Appeals Dept.',
        'Prior Authorization Request - {x_d}\nPayer: {x_insurer}  Claim #{x_claim}',
      ],
      [
        'RE: {x_pt}\nDOB: {x_dob}\nMember ID: {x_member}\nReference #: {x_auth}',
        'Patient: {x_pt_hdr}   DOB {x_dob}   ID {x_member}   Group: employer plan\nPrescriber NPI {x_npi}, DEA {x_dea}',
        'Re: {x_ptt}, Member # {x_member}, denial dated {x_dl_prev} (claim {x_claim})',
      ],
      [
        'I am writing on behalf of my patient, {x_pt}, a {x_age} {x_sex} with moderate-to-severe atopic dermatitis since {x_yr}, to request coverage of Dupixent 300 mg q2wk. {x_trap}. {x_He} failed topical steroids ({x_d_range}) and cyclosporine.',
        'My patient {x_ptf} has HFrEF (EF 25%) and requires Entresto; the step-therapy requirement was already met with lisinopril from {x_mo_yr} to {x_mo_yr}. {x_trap}.',
        'The requested CPAP replacement (serial {x_serial}) is medically necessary; sleep study at {x_hosp2} on {x_dl_prev} showed AHI 42. {x_trap}.',
      ],
      [
        'Please contact my office at {x_ph} or fax {x_fax} with the determination.\n\nSincerely,\n{x_md_sig}\n{x_hosp}, {x_addr_clinic}',
        'Peer-to-peer available: {x_md_sig}, {x_cell}. {x_trap2}.\n\n{x_md_sig}',
        'Supporting notes attached ({x_n} pages).\n{x_md_sig}\nNPI {x_npi}\n{x_staff_mail}',
      ],
    ],
  },
  {
    style: 'ems-transfer',
    capsShare: 0.9,
    weight: 2,
    separators: ['\n', '\n', ' / '],
    sections: [
      [
        'RUN SHEET  INC# {x_run}  {x_d}  MEDIC 14  DISP {x_clock} ENRT {x_clock} ON SCENE {x_clock}',
        'INTERFACILITY TRANSFER {x_d_time}: FROM {x_hosp2} ED TO {x_hosp} {x_unit}',
        'PCR {x_run} - {x_d} - {x_ems} - CREW: {x_ther} / {x_interp}',
      ],
      [
        'CALLED TO {x_addr} FOR {x_old_sex} FOUND DOWN BY {x_fam1}; LAST SEEN WELL {x_dl_prev} PM. {x_num}.',
        'CALLED TO MVC {x_highway}; PT {x_pt}, {x_age}, RESTRAINED DRIVER. {x_num}. {x_trap}.',
        'PT PICKED UP AT {x_fac}, {x_room}; REPORT FROM {x_rn2}. {x_num}. DNR BRACELET PRESENT, MOLST DATED {x_d_prev}.',
        'DISPATCHED TO {x_crossing} IN {x_town} FOR PEDESTRIAN STRUCK. PT ID BY {x_license} (DRIVER LIC). {x_num}.',
      ],
      [
        'PT: {x_pt_hdr}, DOB {x_dob}, MRN AT SENDING {x_mrn}. SENDING MD {x_md2}, ACCEPTING MD {x_md}. {x_trap}.',
        'TX: O2 NRB, 18G L AC, NS 500 ML; {x_med}. CONTACT: {x_fam1} {x_ph}. {x_trap}.',
        'PT\'S {x_fam1_word} {x_fam1_first} FOLLOWING IN PRIVATE VEHICLE; {x_vehicle}. {x_trap}.',
      ],
      [
        'TRANSPORT TO {x_hosp} ED, REPORT TO {x_rn}, ARRIVED {x_clock}. {x_ther}',
        'PT TURNED OVER TO {x_unit} STAFF ({x_rn_first}). CREW {x_ther} & {x_interp}.',
        'DEST {x_hosp_abbr}; ETA {x_clock}; {x_ther}',
      ],
    ],
  },
  {
    style: 'radiology-addendum',
    capsShare: 0.5,
    weight: 1.5,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'ADDENDUM to CT CHEST W/O CONTRAST  Accession {x_acc}  Exam date {x_d_time}',
        'EXAM: MRI BRAIN W/WO  ACC# {x_acc}\nPATIENT: {x_pt_hdr}  MRN {x_mrn}  DOB {x_dob}\nREFERRING: {x_md2}',
        'US ABDOMEN LIMITED ({x_acc}) - {x_hosp} - {x_d}',
      ],
      [
        'Comparison: {x_hosp2} CT dated {x_dl_prev}, obtained after the original report; outside images uploaded via PowerShare. {x_trap}.',
        'Addendum: the 6 mm RUL nodule (series 3 image 88) is unchanged from {x_mo_yr}, favoring benign. {x_trap}.',
        'Findings: {x_trap}. Incidental 2.1 cm L adrenal nodule. Prior from {x_yr} not available.',
      ],
      [
        'Critical result communicated to {x_md2} by phone at {x_clock} on {x_d}; read back confirmed.',
        'Discussed with {x_np} at {x_clock} {x_d}, who will notify the patient and {x_fam1}.',
        'Attempted to reach {x_md2} at {x_pgr}; message left with {x_rn} on {x_unit} at {x_clock}.',
      ],
      ['Electronically signed: {x_md_sig} {x_d_time}', 'Addendum by {x_md_sig}, {x_d}', '{x_md_sig} | {x_hosp_abbr} Radiology | {x_ph}'],
    ],
  },
  {
    style: 'lab-callback',
    capsShare: 0.7,
    weight: 1.5,
    separators: ['\n', '; ', '\n'],
    sections: [
      [
        'CRITICAL VALUE CALL {x_d_time}',
        'LAB CALLBACK NOTE - {x_d} {x_clock}',
        'Blood bank note {x_d}: specimen {x_spec}',
        'Micro call {x_d}: {x_pt_hdr} {x_mrn}',
      ],
      [
        'K 6.8 (hemolyzed? no) on {x_pt} {x_mrn}, spec {x_spec}, collected {x_d_time}.',
        'Blood cx 1/2 bottles GPC in clusters, spec {x_spec}, drawn {x_dl_prev}. {x_trap}.',
        'Antibody screen positive; anti-Jk(a) (Kidd) identified. {x_trap}. Pt {x_pt} needs antigen-negative units.',
        'Troponin 2.31 on {x_pt_hdr} DOB {x_dob}; prior {x_dl_prev} 0.04. {x_trap}.',
      ],
      [
        'Called to and read back by {x_rn} on {x_unit} at {x_clock}. {x_md} notified by RN.',
        'Called {x_rn2} ({x_unit}, ext {x_ext}); no answer x2, then paged {x_md2} at {x_clock}; he read back.',
        'Result phoned to {x_hosp2} (outpatient draw), spoke with {x_rn_first} at {x_ph}. {x_trap2}.',
        'Pt discharged {x_dl_prev}; called pt at home {x_ph}, spoke with {x_fam1}, advised to return to ED.',
      ],
      ['Tech: {x_user}', '{x_ther} MLS(ASCP)', 'Lab: {x_ther}, {x_hosp_abbr} core lab', 'BB tech {x_ther_first}'],
    ],
  },
  {
    style: 'med-rec',
    capsShare: 0.4,
    weight: 1.5,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'ADMISSION MEDICATION RECONCILIATION {x_d}\n{x_pt}  MRN {x_mrn}  Allergies: PCN (hives)',
        'Pharmacy Med History - {x_hosp} ED - {x_d_time}',
        'Med rec for {x_pt_hdr} on {x_d}, by pharmacy tech',
      ],
      [
        'Sources: pt, {x_fam1} (brought pill bottles), {x_pharmacy} ({x_ph}), Surescripts fill hx, PCP list from {x_md2}.',
        'Sources: {x_fac} MAR faxed from {x_fax}; {x_fam1}; outside pharmacy {x_pharmacy}.',
        'Spoke with {x_fam1_full} who manages pill box; last fill {x_dl_prev} at {x_pharmacy}, Rx #{x_rx}.',
      ],
      [
        '1. {x_med} - taking\n2. {x_med2} - taking\n3. metformin 500 BID - NOT taking since {x_dl_prev} (GI upset)\n4. {x_trap}',
        '- {x_med}, last dose {x_d_time}\n- {x_med2}, last dose unknown\n- warfarin 5 mg M/W/F, 2.5 other days; INR clinic at {x_hosp2}, last INR {x_dl_prev}',
        'Home meds: {x_med}; {x_med2}; OTC melatonin; herbal tea from {x_country}. {x_trap}.',
      ],
      [
        'Discrepancies sent to {x_md}. {x_ther}',
        'Verified by {x_ther}; reviewed with {x_np}. {x_trap2}.',
        '{x_ther} {x_d_time}',
      ],
    ],
  },
  {
    style: 'safety-plan',
    capsShare: 0.2,
    weight: 1.5,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'SAFETY PLAN (Stanley-Brown) - completed {x_d} with {x_pt}',
        'Behavioral Health Safety Plan\nName: {x_pt_hdr}  DOB {x_dob}  MRN {x_mrn}\nClinician: {x_ther}',
        'Crisis evaluation note {x_d_time} - {x_hosp} ED',
      ],
      [
        'Warning signs: not sleeping, isolating, {x_trap}. Internal coping: walking {x_his} dog, music, prayer at {x_church}.',
        'Pt is a {x_age} {x_sex}, works as a {x_job} at {x_employer}, brought in by police after texting {x_fam1} a goodbye message {x_dl_prev}. C-SSRS: ideation w/ plan. {x_trap}.',
        'Reasons for living: kids {x_fam2_first} {x_sib_age} and {x_fam1_first} {x_sib_age}, faith, "my cat Biscuit." {x_trap}.',
      ],
      [
        'People I can call: {x_fam1} {x_ph}; {x_fam2} {x_ph}; best friend {x_interp} {x_ph}.',
        'Professionals: therapist {x_ther} at {x_agency} {x_ph}; psychiatrist {x_md}; crisis line 988; Crisis Text Line text HOME to 741741.',
        'Social supports: {x_fam_list}. AA sponsor "{x_interp}" available any time, {x_cell}.',
      ],
      [
        'Means restriction: {x_fam1} removed firearms to {x_fam2_word}\'s house in {x_town2} on {x_dl}; meds locked, {x_fam1_first} holds the key. Follow-up appt {x_d_wk} at {x_clock}.',
        'Means: no guns in home per pt and {x_fam1}; {x_trap2}. Bridge appointment {x_dl_next} at {x_fac}.',
        'Disposition: voluntary admit to {x_hosp2} {x_ward:Gero-Psych}, {x_room}. {x_trap2}.',
      ],
      ['{x_ther}', '{x_ther}\nReviewed with {x_md}', '{x_np}, {x_d_time}'],
    ],
  },
];

const languages = new WeakMap<NoteContext, string>();
function castLanguage(c: NoteContext): string {
  const known = languages.get(c);
  if (known) return known;
  const language = c.rng.pick(LANGUAGES);
  languages.set(c, language);
  return language;
}

export const DEV3_CORPUS: CorpusSpec = {
  name: 'dev3',
  seed: 90317,
  count: 150,
  styles: DEV3_STYLES,
  slots: { ...SHARED_SLOTS, ...DEV3_SLOTS },
  file: 'synthetic-dev3.jsonl',
};

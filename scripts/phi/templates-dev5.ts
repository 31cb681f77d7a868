// Templates of the fifth dev corpus (synthetic-dev5.jsonl), by a fifth hand with its own cast, places,
// identifier shapes and note types (Upper Midwest, Southwest, Hawaii), written to find classes of PHI the
// detector misses. Styles: MIMIC-like ALL-CAPS nursing shift notes with timed entries and initials,
// operative/procedure notes with the whole OR team and implant serials, psychosocial assessments, resident
// sign-out lists with several patients and beds, pharmacy / anticoagulation notes, home-health visits,
// discharge instructions written to the patient, ED physician notes, psychiatric intakes, nursing-home
// transfer forms, telehealth visits, chaplaincy notes, obstetric triage and outside-records request letters.
import type { CorpusSpec } from './corpus';
import { phi, type Fragment, type PhiPiece, type SlotTable } from './note-builder';
import type { Random } from './prng';
import { SHARED_SLOTS, type NoteContext } from './slots';
import { addDays, ordinal, twoDigits as two, shortYear as yy, monthName as month, monthAbbreviation as mon, weekday as dayName, SHORT_WEEKDAY as SHORT_DAY, type DateParts } from './surrogates';
import type { StyleTemplates } from './templates-dev';

// ---------- cast (hand-written for this corpus) ----------

const WOMEN = [
  // English words, flowers, virtues
  'May', 'Hope', 'Grace', 'Faith', 'Joy', 'Rose', 'Lily', 'Sunny', 'Candy', 'Dusty', 'Ginger', 'Holly', 'Hazel',
  'Myrtle', 'Opal', 'Pansy', 'Poppy', 'Sage', 'Goldie', 'Angel', 'Violet', 'Cherry', 'Dolly', 'Liberty', 'Harmony',
  'Melody', 'Blessing', 'Lovely', 'Darlene', 'Bonnie', 'Lorraine', 'Tammy', 'Shelby',
  // West African, Somali, Haitian
  'Adwoa', 'Ama', 'Yaa', 'Chidinma', 'Folake', 'Aminata', 'Mariama', 'Ifeoma', 'Hodan', 'Fadumo', 'Ayan', 'Hawo',
  'Sahra', 'Ubah', 'Ikran', 'Marie-Claude', 'Nadège', 'Guerline', 'Rose-Merline', 'Mirlande', 'Fabienne', 'Islande',
  // Vietnamese, Korean, Punjabi, Arabic, Polish
  'Ngọc Anh', 'Thu Trang', 'Hương', 'Thảo', 'Kim Liên', 'Seo-yeon', 'Hye-jin', 'Mi-kyung', 'Young-ja', 'Harpreet',
  'Jaspreet', 'Manpreet', 'Simran', 'Kulwinder', 'Rania', 'Huda', 'Mariam', 'Widad', 'Amal', 'Grażyna', 'Małgorzata',
  'Krystyna', 'Jolanta',
  // Navajo, Samoan, Hmong, Brazilian
  'Nizhoni', 'Shandiin', 'Malia', 'Losa', 'Sina', 'Fetu', 'Lagi', 'Pa Nhia', 'Mai Yer', 'Kia', 'Bao', 'Nou', 'Luana',
  'Thaís', 'Raimunda', 'Conceição', 'Gislaine', 'Vitória',
];
const MEN = [
  'Will', 'Bill', 'Frank', 'Art', 'Rich', 'Gene', 'Cliff', 'Chip', 'Buck', 'Duke', 'Earl', 'Wade', 'Miles', 'Grant',
  'Dusty', 'Pat', 'Sandy', 'Bob', 'Randy', 'Marshall', 'Noble', 'Moses', 'Chance', 'Pete', 'Sunny',
  'Kwaku', 'Kojo', 'Obinna', 'Chukwudi', 'Femi', 'Babatunde', 'Sekou', 'Lamine', 'Abdiwali', 'Mohamud', 'Farhan',
  'Guled', 'Liban', 'Abdullahi', 'Wesner', 'Fritznel', 'Jocelyn', 'Dieudonné', 'Wilner', 'Rodney',
  'Quốc Bảo', 'Văn Hùng', 'Thanh', 'Tuấn', 'Long', 'Dong-hyun', 'Sung-ho', 'Jin', 'Young-soo', 'Harjit', 'Balwinder',
  'Sukhdeep', 'Jaswant', 'Manjit', 'Khalid', 'Hussein', 'Mustafa', 'Ahmad', 'Saif', 'Amir', 'Zdzisław', 'Krzysztof',
  'Grzegorz', 'Jerzy', 'Stanisław', 'Delbert', 'Harrison', 'Lorenzo', 'Sione', 'Tavita', 'Iosefa', 'Tama', 'Tou',
  'Xay', 'Pao', 'Neng', 'Chue', 'Tong', 'João Paulo', 'Thiago', 'Wellington', 'Cleber', 'Edivaldo', 'Raimundo',
];
const SURNAMES = [
  // English words, body and illness words
  'Brown', 'Green', 'Young', 'Long', 'Sharp', 'Wells', 'Hart', 'Rich', 'Strange', 'Fear', 'Kill', 'Pain', 'Cough',
  'Coffin', 'Graves', 'Bone', 'Blood', 'Swallow', 'Gass', 'Heal', 'Sage',
  // eponyms used as people's surnames
  'Parkinson', 'Addison', 'Bell', 'Crohn', 'Foley', 'Wilson', 'Cushing', 'Barrett', 'Baker', 'Whipple', 'Horner',
  'Paget', 'Bowen', 'Hodgkin',
  // drug-sounding
  'Norco', 'Cipro', 'Mylan', 'Lantos', 'Plavec', 'Tramel',
  // many cultures, particles, hyphens, apostrophes
  'Asante', 'Owusu', 'Nwosu', 'Eze', 'Adebayo', 'Sesay', 'Kamara', 'Bangura', 'Warsame', 'Hassan', 'Farah', 'Jama',
  'Abdi', 'Egal', 'Osman', 'Jean-Baptiste', 'Pierre', 'Desir', 'Dorcely', 'Saint-Fleur', 'Fils-Aimé', 'Toussaint',
  'Louis-Jeune', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Kang', 'Cho', 'Yoon', 'Lim', 'Seo',
  'Jang', 'Shin', 'Singh', 'Kaur', 'Sandhu', 'Gill', 'Dhillon', 'Grewal', 'Sidhu', 'Bains', 'Al-Jaberi', 'Mansour',
  'Saleh', 'Abdelrahman', 'El-Sayed', 'Bakr', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymańska',
  'Dąbrowski', 'Grabowski', 'Pawlak', 'Begay', 'Yazzie', 'Tsosie', 'Benally', 'Nez', 'Chee', 'Etsitty', 'Manygoats',
  'Bitsui', 'Tso', 'Largo', 'Tuiasosopo', "Fa'amausili", 'Leota', 'Faleolo', 'Sapolu', 'Tuilagi', 'Aumua', 'Lemalu',
  'Thao', 'Moua', 'Vue', 'Lo', 'Khang', 'Chang', 'Lee', 'Hang', 'Oliveira', 'Souza', 'Pereira', 'Nascimento',
  'Carvalho', 'Araújo', 'da Conceição', 'dos Anjos', "O'Donnell-Reyes", 'van der Linde', 'De la Cruz', "D'Souza",
  'St. Germain', 'Mac Giolla', 'LaPointe', 'Lindqvist', 'Halvorson', 'Thorsgaard',
];
const NICKNAMES = ['Cricket', 'Peanut', 'Tater', 'Dimples', 'Biscuit', 'Smokey', 'Sarge', 'Tink', 'Birdie', 'Butch', 'Boots',
  'Jellybean', 'Lucky', 'Muffin', 'Pip', 'Bunny', 'Moose', 'Gus', 'Bitsy', 'Tiger', 'Boo Boo', 'Bear Cub', 'Junior'];

interface KinKind { word: string; short: string; female: boolean; spouse?: boolean }
const KIN: readonly KinKind[] = [
  { word: 'daughter', short: 'dtr', female: true }, { word: 'son', short: 'son', female: false },
  { word: 'wife', short: 'wife', female: true, spouse: true }, { word: 'husband', short: 'husb', female: false, spouse: true },
  { word: 'sister', short: 'sis', female: true }, { word: 'brother', short: 'bro', female: false },
  { word: 'granddaughter', short: 'GD', female: true }, { word: 'grandson', short: 'GS', female: false },
  { word: 'niece', short: 'niece', female: true }, { word: 'nephew', short: 'nephew', female: false },
  { word: 'daughter-in-law', short: 'DIL', female: true }, { word: 'son-in-law', short: 'SIL', female: false },
  { word: 'girlfriend', short: 'GF', female: true, spouse: true }, { word: 'boyfriend', short: 'BF', female: false, spouse: true },
  { word: 'mother', short: 'mom', female: true }, { word: 'cousin', short: 'cousin', female: false },
  { word: 'stepdaughter', short: 'stepdtr', female: true }, { word: 'partner', short: 'partner', female: false, spouse: true },
];

/** Hospitals with the short name staff use for them. */
const HOSPITALS: readonly (readonly [string, string])[] = [
  ['Prairie Lakes Regional Medical Center', 'PLRMC'], ['St. Gianna Memorial Hospital', "St. Gianna's"],
  ['Wabash Valley General Hospital', 'Wabash General'], ['Ozark Highlands Medical Center', 'OHMC'],
  ['Four Corners Regional Health Center', 'Four Corners'], ['Leeward Shores Medical Center', 'Leeward'],
  ['Twin Ports Hospital', 'Twin Ports'], ['Red River Valley Medical Center', 'RRVMC'],
  ['Cascade Foothills Hospital', 'Cascade'], ['Big Sky Deaconess Hospital', 'Deaconess'],
  ['Hennepin Lakes Hospital', 'HLH'], ['Red Mesa Indian Health Center', 'Red Mesa IHS'],
  ['Mercy Grace Medical Center', 'Mercy Grace'], ['Bethesda Lutheran Hospital', 'Bethesda'],
  ['Good Hope Hospital', 'Good Hope'], ['Sandhills Community Hospital', 'Sandhills'],
];
const NURSING_HOMES = ['Golden Meadows Care Center', 'Good Shepherd Lutheran Home', 'Whispering Oaks Nursing & Rehab',
  'Evergreen Terrace Health Care', 'Valley View Manor', 'Heartland Care & Rehabilitation', "St. Anne's Villa",
  'Prairie Rose Senior Living', 'Kulana Malama Care Home', 'Sunny Acres Nursing Home', 'Bear Creek Assisted Living'];
const CLINICS = ['Cedar Family Medicine', 'Lakewood Internal Medicine', 'Northside Community Clinic', 'Sage Valley Family Health',
  'Riverstone Cardiology', 'Kalani Family Clinic', 'Chinle Mesa Clinic', 'Lake Street Health Partners', 'Unity Pediatrics',
  'Bluestem Primary Care', 'Sunrise Internal Medicine Associates'];
const OB_CLINICS = ["Hilltop Women's Health", 'Bloom Midwifery', 'Riverside OB/GYN Associates', "Cradle Women's Care", 'Lotus Birth Center'];
const BH_CLINICS = ['Northern Pines Behavioral Health', 'Harbor Light Counseling', 'New Dawn Recovery Center', 'Lakeside Mental Health Center', 'Kōkua Counseling Services'];
const AC_CLINICS = ['Prairie Lakes Anticoagulation Service', 'Riverstone Coumadin Clinic', 'Bluestem Pharmacist Anticoag Clinic', 'Twin Ports INR Clinic'];
const PHARMACIES = ['Lindquist Family Pharmacy', 'Corner Drug of Osage', 'Prairie Apothecary', "Nguyen's Pharmacy", 'Reliable Rx',
  'Good Neighbor Pharmacy on Main', 'Thrifty White Drug', 'Kalama Pharmacy', 'Medicine Shoppe on 3rd Ave'];
/** Congregations with the title their clergy go by. */
const CHURCHES: readonly (readonly [string, string])[] = [
  ['St. Hedwig Catholic Church', 'Fr. '], ['Bethel AME Church', 'Rev. '], ['Masjid Al-Noor', 'Imam '],
  ['First Samoan Congregational Church', 'Rev. '], ['Église Baptiste de la Grâce', 'Pastor '], ['Hmong Alliance Church', 'Pastor '],
  ['Our Lady of La Vang Parish', 'Father '], ['Korean Presbyterian Church of the Plains', 'Rev. '], ['Gurdwara Sahib Nanak Darbar', 'Bhai '],
  ['Shiloh Missionary Baptist Church', 'Pastor '], ['Faith Lutheran Church', 'Pastor '], ['Grace Fellowship Chapel', 'Deacon '],
];
const SCHOOLS = ['Roosevelt High School', 'Washburn Elementary', 'Crestview Middle School', 'Metro Community College',
  'Little Lambs Preschool', 'Hope Academy', 'Chinle Junior High', 'Waipahu Intermediate'];
const EMPLOYERS = ['Prairie Gold Ethanol', 'Lakeland Turkey Processing', 'Northstar Casino', 'Hy-Vee', 'Menards', 'Sunny Fresh Foods',
  "Casey's General Store", 'the Hormel plant', 'Fleet Farm', 'Red Mesa Trading Post', 'the Dole cannery', 'Halvorson Grain Co-op'];
const AGENCIES = ['Heartland Home Health', 'Accord Visiting Nurses', 'Lakes Area Home Care', 'Four Winds Home Health',
  'Aloha Home Health Care', 'Faithful Friends Home Care'];
const AMBULANCES = ['Prairie Star Ambulance', 'Medic West', 'Lakes Regional EMS', 'Sky Care Air Medical', 'Mesa Valley Ambulance'];
const FUNERAL_HOMES = ['Lindahl Funeral Home', 'Peaceful Rest Mortuary', 'Al-Rahma Funeral Services', 'Nguyen Family Funeral Chapel', 'Hart & Graves Funeral Home'];
const UNITS = ['Tower 5B', '6 Medical', 'Station 41', 'Heart & Vascular 3', '4 Ortho', 'Gold Pod', 'Ewing 3', 'Addison 6', 'Kellogg 7',
  'Birthplace', 'Lakeview Tower 9', '3 Surgical'];
const TOWNS = ['Worthington', 'Mankato', 'Fargo', 'Sioux Falls', 'Ames', 'Winona', 'Bemidji', 'Shiprock', 'Chinle', 'Kayenta',
  'Tuba City', 'Hilo', 'Waipahu', 'Pearl City', 'Saint Paul', 'Lincoln', 'Grand Island', 'Kearney', 'Faith', 'Joy', 'Friend',
  'Wells', 'Climax', 'Young America', 'Long Prairie', 'Cando', 'Storm Lake', 'Marshalltown', 'Yuba City', 'Garden City',
  'Dodge City', 'Liberal', 'Beloit', 'Gallup'];
const STATES: readonly (readonly [string, string])[] = [
  ['Minnesota', 'MN'], ['Iowa', 'IA'], ['Nebraska', 'NE'], ['South Dakota', 'SD'], ['North Dakota', 'ND'], ['Wisconsin', 'WI'],
  ['Arizona', 'AZ'], ['New Mexico', 'NM'], ['Hawaii', 'HI'], ['Washington', 'WA'], ['California', 'CA'], ['Kansas', 'KS'],
  ['Indiana', 'IN'], ['Oregon', 'OR'], ['Maine', 'ME'], ['Oklahoma', 'OK'],
];
const STREET_NAMES = ['Nicollet', 'Lake', 'Summit', 'Prairie Rose', 'Cottonwood', 'Juniper', 'Hiawatha', 'Farrington', 'Kamehameha',
  'Waipahu Depot', 'Bluebird', 'Hope', 'Grace', 'Long Lake', 'Sunny Slope', 'Rose', 'Frank', 'Chapel Hill', 'Sandstone', 'Old Mill'];
const STREET_KINDS = ['St', 'Ave', 'Street', 'Avenue', 'Rd', 'Dr', 'Blvd', 'Ln', 'Ct', 'Pl', 'Hwy', 'Way', 'Cir', 'Trl'];
/** Birthplace abroad: city, country and the language an interpreter would speak. */
const ABROAD: readonly (readonly [string, string, string])[] = [
  ['Mogadishu', 'Somalia', 'Somali'], ['Hargeisa', 'Somalia', 'Somali'], ['Jacmel', 'Haiti', 'Haitian Creole'],
  ['Les Cayes', 'Haiti', 'Haitian Creole'], ['Hai Phong', 'Vietnam', 'Vietnamese'], ['Da Nang', 'Vietnam', 'Vietnamese'],
  ['Busan', 'South Korea', 'Korean'], ['Daegu', 'South Korea', 'Korean'], ['Ludhiana', 'India', 'Punjabi'],
  ['Jalandhar', 'India', 'Punjabi'], ['Monrovia', 'Liberia', 'Kpelle'], ['Ibadan', 'Nigeria', 'Yoruba'],
  ['Belo Horizonte', 'Brazil', 'Portuguese'], ['Goiânia', 'Brazil', 'Portuguese'], ['Apia', 'Samoa', 'Samoan'],
  ['Vientiane', 'Laos', 'Hmong'], ['Kraków', 'Poland', 'Polish'], ['Gdańsk', 'Poland', 'Polish'], ['Mosul', 'Iraq', 'Arabic'],
  ['Kumasi', 'Ghana', 'Twi'],
];
const PROFESSIONS = ['meatpacker', 'CNA', 'corn and soybean farmer', 'Lutheran pastor', 'casino dealer', 'snowplow driver',
  'grain elevator operator', 'ironworker', 'silversmith', 'sheepherder', 'hotel housekeeper', 'school custodian',
  'nail salon owner', 'medical interpreter', 'over-the-road trucker', 'turkey barn worker', 'taro farmer', 'tour bus driver',
  'postmaster', 'cosmetologist', 'tribal police officer', 'pharmacist', 'hospice nurse', 'line cook', 'bank teller',
  'dental assistant', 'wind turbine technician', 'daycare teacher'];
const MAIL_HOSTS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'msn.com', 'frontiernet.net', 'midco.net', 'hawaiiantel.net', 'outlook.com'];
const AREA_CODES = ['612', '651', '507', '218', '515', '319', '402', '605', '701', '928', '505', '808', '206', '559', '316', '816', '920'];
const AGE_WORDS = ['ninety', 'ninety-one', 'ninety-two', 'ninety-three', 'ninety-four', 'ninety-five', 'ninety-six', 'ninety-seven',
  'ninety-eight', 'ninety-nine'];
const HOLIDAYS = ['Christmas', 'Thanksgiving', 'the Fourth of July', "New Year's Eve", 'Easter', 'Tet', 'Eid', 'Labor Day weekend', 'Diwali'];

interface Person { first: string; last: string; middle: string; nick: string; female: boolean }
interface Kin { person: Person; word: string; short: string }

/** Everyone and everywhere of one note, drawn once so repeated mentions agree. */
interface Cast {
  patient: Person;
  /** The obstetric patient and her partner (OB triage only). */
  woman: Person;
  partner: Person;
  elderly: boolean;
  ageValue: number;
  family: Kin[];
  kids: Person[];
  doctors: Person[];
  nurses: Person[];
  staff: Person[];
  /** Other patients on a sign-out list. */
  others: Person[];
  /** neighbour, landlord, officer, device rep, interpreter, clergy, therapist, doula */
  extras: Person[];
  hospital: readonly [string, string];
  otherHospital: string;
  snf: string;
  clinic: string;
  obClinic: string;
  bhClinic: string;
  acClinic: string;
  pharmacy: string;
  church: readonly [string, string];
  school: string;
  employer: string;
  agency: string;
  ambulance: string;
  funeral: string;
  unit: string;
  town: string;
  otherTown: string;
  state: readonly [string, string];
  otherState: readonly [string, string];
  street: string;
  zip: string;
  abroad: readonly [string, string, string];
  /** The language of the patient's birthplace abroad. */
  language: string;
  profession: string;
  mrn: string;
  visit: DateParts;
  noteDate: (d: DateParts) => string;
}

const casts = new WeakMap<NoteContext, Cast>();

function makePerson(rng: Random, female = rng.chance(0.5)): Person {
  return { first: rng.pick(female ? WOMEN : MEN), last: rng.pick(SURNAMES), middle: rng.letters(1), nick: rng.pick(NICKNAMES), female };
}

function makeFamily(rng: Random, patient: Person): Kin[] {
  const family: Kin[] = [];
  while (family.length < 3) {
    const spouseTaken = family.some((k) => KIN.find((kind) => kind.word === k.word)?.spouse);
    const kind = rng.pick(KIN.filter((k) => !family.some((f) => f.word === k.word) && !(spouseTaken && k.spouse)));
    const person = makePerson(rng, kind.female);
    if (rng.chance(0.55)) person.last = patient.last;
    family.push({ person, word: kind.word, short: kind.short });
  }
  return family;
}

function castOf(c: NoteContext): Cast {
  const known = casts.get(c);
  if (known) return known;
  const { rng } = c;
  const patient = makePerson(rng);
  const elderly = rng.chance(0.4);
  const woman = makePerson(rng, true);
  const partner = makePerson(rng, false);
  if (rng.chance(0.5)) partner.last = woman.last;
  const cast: Cast = {
    patient,
    woman,
    partner,
    elderly,
    ageValue: elderly ? rng.int(90, 104) : rng.int(19, 88),
    family: makeFamily(rng, patient),
    kids: [makePerson(rng), makePerson(rng)].map((kid) => ({ ...kid, last: patient.last })),
    doctors: [makePerson(rng), makePerson(rng), makePerson(rng)],
    nurses: [makePerson(rng, rng.chance(0.8)), makePerson(rng, rng.chance(0.75)), makePerson(rng, rng.chance(0.7))],
    staff: [makePerson(rng), makePerson(rng), makePerson(rng), makePerson(rng)],
    others: [makePerson(rng), makePerson(rng), makePerson(rng)],
    extras: [...Array.from({ length: 7 }, () => makePerson(rng)), makePerson(rng, true)],
    hospital: rng.pick(HOSPITALS),
    otherHospital: rng.pick(HOSPITALS)[0],
    snf: rng.pick(NURSING_HOMES),
    clinic: rng.pick(CLINICS),
    obClinic: rng.pick(OB_CLINICS),
    bhClinic: rng.pick(BH_CLINICS),
    acClinic: rng.pick(AC_CLINICS),
    pharmacy: rng.pick(PHARMACIES),
    church: rng.pick(CHURCHES),
    school: rng.pick(SCHOOLS),
    employer: rng.pick(EMPLOYERS),
    agency: rng.pick(AGENCIES),
    ambulance: rng.pick(AMBULANCES),
    funeral: rng.pick(FUNERAL_HOMES),
    unit: rng.pick(UNITS),
    town: rng.pick(TOWNS),
    otherTown: rng.pick(TOWNS),
    state: rng.pick(STATES),
    otherState: rng.pick(STATES),
    street: homeStreet(rng),
    zip: rng.chance(0.8) ? `${rng.int(5, 9)}${rng.digits(4)}` : `${rng.int(5, 9)}${rng.digits(4)}-${rng.digits(4)}`,
    abroad: rng.pick(ABROAD),
    language: '',
    profession: rng.pick(PROFESSIONS),
    mrn: recordNumber(rng),
    visit: { year: rng.int(2019, 2025), month: rng.int(1, 12), day: rng.int(1, 28) },
    noteDate: rng.pick(NOTE_DATES),
  };
  cast.language = cast.abroad[2];
  if (cast.otherHospital === cast.hospital[0]) cast.otherHospital = rng.pick(NURSING_HOMES);
  casts.set(c, cast);
  return cast;
}

// ---------- value shapes ----------


/** The shape a note's header and charted dates use. */
const NOTE_DATES: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}/${yy(d)}`,
  (d) => `${two(d.month)}-${two(d.day)}-${d.year}`,
  (d) => `${two(d.day)}${mon(d).toUpperCase()}${yy(d)}`,
  (d) => `${d.year}/${two(d.month)}/${two(d.day)}`,
  (d) => `${mon(d)}-${two(d.day)}-${d.year}`,
  (d) => `${d.day} ${month(d)}, ${d.year}`,
  (d) => `${two(d.month)}/${two(d.day)}/${d.year}`,
  (d) => `${month(d)} ${d.day} ${d.year}`,
  (d) => `${d.month}.${d.day}.${yy(d)}`,
  (d) => `${dayName(d).slice(0, 3)}. ${mon(d)} ${d.day}, ${d.year}`,
];
/** Dates as typed in passing. */
const LOOSE_DATES: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}`,
  (d) => `${two(d.day)}${mon(d).toUpperCase()}`,
  (d) => `${mon(d)} ${d.day}`,
  (d) => `${month(d)} ${ordinal(d.day)}`,
  (d) => `${d.day}-${mon(d)}`,
  (d) => `${SHORT_DAY[dayName(d)]} ${d.month}/${d.day}`,
  (d) => `${d.month}/${d.day}/${yy(d)}`,
  (d) => `${two(d.month)}-${two(d.day)}-${d.year}`,
  (d) => `${mon(d)}. ${ordinal(d.day)}`,
  (d) => `${dayName(d)}, ${month(d)} ${d.day}`,
  (d) => `${d.month}/${two(d.day)}`,
];

function clock(rng: Random): string {
  const h = rng.int(0, 23);
  const m = rng.pick([0, 5, 12, 15, 20, 30, 40, 45, 50]);
  return rng.pick([`${two(h)}${two(m)}`, `${two(h)}${two(m)}`, `${two(h)}:${two(m)}`, `${((h + 11) % 12) + 1}:${two(m)} ${h < 12 ? 'am' : 'pm'}`,
    `${((h + 11) % 12) + 1}${h < 12 ? 'a' : 'p'}`, `${two(h)}${two(m)}h`]);
}

function homeStreet(rng: Random): string {
  const n = rng.int(2, 9899);
  const named = `${rng.pick(STREET_NAMES)} ${rng.pick(STREET_KINDS)}`;
  const dir = rng.pick(['N', 'S', 'E', 'W', 'NE', 'SW']);
  return rng.pick([
    `${n} ${named}`,
    `${n} ${dir} ${named}`,
    `${n} ${ordinal(rng.int(2, 58))} St ${dir}`,
    `${n} ${named} #${rng.int(101, 418)}`,
    `${n} ${named}, Upper`,
    `${n}½ ${named}`,
    `${rng.int(91, 98)}-${rng.int(100, 1999)} ${named}`,
    `PO Box ${rng.int(11, 4999)}`,
    `Hwy ${rng.pick([191, 264, 491, 59, 12])} Mile Marker ${rng.int(3, 450)}`,
    `${rng.int(1000, 39999)} County Road ${rng.int(2, 60)}`,
    `${n} ${named}, Apt ${rng.int(1, 12)}${rng.pick(['A', 'B', 'C'])}`,
  ]);
}

function recordNumber(rng: Random): string {
  return rng.pick([
    `${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}`,
    `MR${rng.digits(7)}`,
    `${rng.digits(6)}-${rng.digits(1)}`,
    `${rng.letters(2)}-${rng.digits(6)}`,
    `${rng.int(1, 9)}${rng.digits(9)}`,
    `E${rng.digits(8)}`,
    `${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
  ]);
}

function phoneNumber(rng: Random): string {
  const area = rng.pick(AREA_CODES);
  const mid = `${rng.int(2, 9)}${rng.digits(2)}`;
  const end = rng.digits(4);
  return rng.pick([
    `(${area}) ${mid}-${end}`, `${area}-${mid}-${end}`, `${area}.${mid}.${end}`, `${mid}-${end}`, `${area}/${mid}-${end}`,
    `+1-${area}-${mid}-${end}`, `${area} ${mid}-${end}`, `1 (${area}) ${mid}-${end}`, `${area}${mid}${end}`,
  ]);
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z]/g, '').toLowerCase();
}

function mailFor(rng: Random, p: Person): string {
  const f = ascii(p.first);
  const l = ascii(p.last);
  return `${rng.pick([`${f}${l}${rng.int(1, 99)}`, `${f}.${l}`, `${f[0]}${l}`, `${l}.${f}${rng.int(50, 99)}`, `${f}_${rng.pick(['grandma', 'farms', 'lovesjesus', 'mn', 'aloha'])}`])}@${rng.pick(MAIL_HOSTS)}`;
}

// ---------- fragment helpers ----------

type NameKind = 'PATIENT' | 'DOCTOR' | 'RELATIVE' | 'NAME';
type PlaceKind = 'HOSPITAL' | 'ORGANIZATION' | 'DEPARTMENT' | 'ROOM' | 'STREET' | 'CITY' | 'STATE' | 'COUNTRY' | 'ZIP' | 'LOCATION';
const nm = (text: string, kind: NameKind) => phi(text, 'NAME', kind);
const dt = (text: string) => phi(text, 'DATE', 'DATE');
const pl = (text: string, kind: PlaceKind) => phi(text, 'LOCATION', kind);
const id = (text: string, kind: 'MRN' | 'ACCOUNT' | 'HEALTH_PLAN' | 'LICENSE' | 'DEVICE' | 'ID' | 'SSN' | 'VEHICLE') => phi(text, 'ID', kind);
const tel = (rng: Random) => phi(phoneNumber(rng), 'CONTACT', 'PHONE');

function patientForms(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    nm(`${p.first} ${p.last}`, 'PATIENT'),
    nm(`${p.first} ${p.last}`, 'PATIENT'),
    nm(`${p.first} ${p.middle}. ${p.last}`, 'PATIENT'),
    nm(`${p.last}, ${p.first}`, 'PATIENT'),
    [nm(p.first, 'PATIENT'), ' "', nm(p.nick, 'PATIENT'), '" ', nm(p.last, 'PATIENT')],
    [nm(`${p.first} ${p.last}`, 'PATIENT'), ' (goes by ', nm(p.nick, 'PATIENT'), ')'],
  ]);
}

function headerName(rng: Random, p: Person): Fragment {
  return nm(rng.pick([`${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.middle}`, `${p.last}, ${p.first}`, `${p.last.toUpperCase()},${p.first.toUpperCase()}`,
    `${p.last.toUpperCase()}, ${p.first} ${p.middle}.`, `${p.last}, ${p.first} ${p.middle}`]), 'PATIENT');
}

/** How a patient appears as a line of a sign-out list. */
function listName(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    nm(`${p.last.toUpperCase()}, ${p.first[0]}`, 'PATIENT'),
    nm(p.last.toUpperCase(), 'PATIENT'),
    [nm(p.last, 'PATIENT'), ' (', nm(p.first, 'PATIENT'), ')'],
    nm(`${p.first} ${p.last}`, 'PATIENT'),
    nm(`${p.last}, ${p.first}`, 'PATIENT'),
  ]);
}

function physician(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    ['Dr. ', nm(p.last, 'DOCTOR')],
    ['Dr ', nm(p.last, 'DOCTOR')],
    ['Dr. ', nm(`${p.first} ${p.last}`, 'DOCTOR')],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ', MD'],
    [nm(`${p.first[0]}. ${p.last}`, 'DOCTOR'), ', DO'],
    ['Dr.', nm(p.last, 'DOCTOR')],
    ['Dr. ', nm(`${p.first[0]} ${p.last}`, 'DOCTOR')],
    [nm(`${p.last}, ${p.first}`, 'DOCTOR'), ' MD'],
  ]);
}

function physicianSignature(rng: Random, p: Person, credential: string): Fragment {
  return rng.pick<Fragment>([
    [nm(`${p.first} ${p.middle}. ${p.last}`, 'DOCTOR'), `, ${credential}`],
    ['/s/ ', nm(`${p.first} ${p.last}`, 'DOCTOR'), `, ${credential}`],
    ['Electronically signed: ', nm(`${p.last}, ${p.first} ${p.middle}`, 'DOCTOR'), `, ${credential}`],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ` ${credential}`],
    ['-- ', nm(`${p.first[0]}. ${p.last}`, 'DOCTOR'), `, ${credential}`],
  ]);
}

/** A physician's name after 'Dictated by': the same draws as a signature, without the e-signature prefixes. */
function physicianDictating(rng: Random, p: Person, credential: string): Fragment {
  return rng.pick<Fragment>([
    [nm(`${p.first} ${p.middle}. ${p.last}`, 'DOCTOR'), `, ${credential}`],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), `, ${credential}`],
    [nm(`${p.last}, ${p.first} ${p.middle}`, 'DOCTOR'), `, ${credential}`],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ` ${credential}`],
    [nm(`${p.first[0]}. ${p.last}`, 'DOCTOR'), `, ${credential}`],
  ]);
}

function staffSignature(rng: Random, p: Person, credential: string): Fragment {
  return rng.pick<Fragment>([
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), `, ${credential}`],
    [nm(`${p.first} ${p.last[0].toUpperCase()}.`, 'DOCTOR'), ` ${credential}`],
    [`${/\bRN\b/.test(credential) ? 'RN' : credential.split(',')[0]} `, nm(p.first, 'DOCTOR')],
    [nm(`${p.first[0]}${p.last[0]}`, 'DOCTOR'), ` ${credential}`],
    [nm(`${p.last}, ${p.first}`, 'DOCTOR'), ` ${credential}`],
    [nm(p.first, 'DOCTOR'), `, ${credential}`],
    ['-', nm(`${p.first[0]}${p.middle}${p.last[0]}`, 'DOCTOR')],
  ]);
}

function kinMention(rng: Random, k: Kin): Fragment {
  const p = k.person;
  return rng.pick<Fragment>([
    [`${k.word} `, nm(p.first, 'RELATIVE')],
    [`${k.short} `, nm(p.first, 'RELATIVE')],
    [nm(p.first, 'RELATIVE'), ` (${k.short})`],
    [nm(`${p.first} ${p.last}`, 'RELATIVE'), ` (${k.word})`],
    [`${k.word}, `, nm(`${p.first} ${p.last}`, 'RELATIVE')],
    [`${k.word} `, nm(`${p.first} ${p.last}`, 'RELATIVE')],
  ]);
}

function familyList(rng: Random, family: readonly Kin[]): Fragment {
  const [a, b, d] = family;
  return rng.pick<Fragment>([
    [nm(a.person.first, 'RELATIVE'), ', ', nm(b.person.first, 'RELATIVE'), ` (${b.short})`],
    [`${a.short} `, nm(a.person.first, 'RELATIVE'), `, ${b.short} `, nm(b.person.first, 'RELATIVE'), ' & ', nm(d.person.first, 'RELATIVE')],
    [nm(`${a.person.first} ${a.person.last}`, 'RELATIVE'), ` (${a.word}), `, nm(b.person.first, 'RELATIVE'), ` (${b.word}) and `, nm(d.person.first, 'RELATIVE'), ` (${d.word})`],
    [nm(a.person.first, 'RELATIVE'), '/', nm(b.person.first, 'RELATIVE'), '/', nm(d.person.first, 'RELATIVE')],
    [nm(a.person.first, 'RELATIVE'), ` (${a.short}), `, nm(`${b.person.first} ${b.person.last}`, 'RELATIVE'), ` (${b.short})`],
  ]);
}

function ordinaryAge(rng: Random, n: number): Fragment {
  return [phi(String(n), 'AGE', 'AGE', true), rng.pick([' yo', ' y/o', '-year-old', ' YO', 'yo', ' y.o.', '-yo'])];
}

function oldAge(rng: Random, n: number): Fragment {
  if (n <= 99 && rng.chance(0.2)) return [phi(AGE_WORDS[n - 90], 'AGE', 'AGE_OVER_89'), '-year-old'];
  return [phi(String(n), 'AGE', 'AGE_OVER_89'), rng.pick([' yo', ' y/o', '-year-old', ' YO', 'yo', ' y.o.', '-yo'])];
}

/** A span the scorer ignores either way: a lone weekday is no date element (README, Presidio mapping). */
function other(text: string): PhiPiece {
  return { phi: text, category: 'OTHER' as PhiPiece['category'], subtype: undefined as unknown as PhiPiece['subtype'] };
}

function ageWithSex(rng: Random, n: number, female: boolean): Fragment {
  const piece = n > 89 ? phi(String(n), 'AGE', 'AGE_OVER_89') : phi(String(n), 'AGE', 'AGE', true);
  return [piece, rng.pick(female ? ['F', ' F', 'yoF', ' yo F', ' y/o female', ' YO W'] : ['M', ' M', 'yoM', ' yo M', ' y/o male', ' YO M'])];
}

const around = (c: NoteContext, from: number, to: number) => addDays(castOf(c).visit, c.rng.int(from, to));

// ---------- filler that must stay unflagged ----------

const TRAPS = [
  'will call pharmacy in AM re: prior auth', 'may need PICC if access poor', 'hope to wean O2 to RA today', 'brown urine, UA/UCx sent',
  'pain 7/10, sharp, L flank', 'long-term Foley, last changed per flowsheet', 'temp rose to 38.6 overnight', 'frank pus expressed from wound',
  'green sputum, sent for culture', 'bone marrow bx result pending', 'blood cx NGTD x 48h', 'cough improving with nebs',
  'fear of falling, PT aware', 'strange behavior per night staff, CAM positive', 'young-appearing for stated age',
  'diet rich in potassium reviewed', 'swallow eval passed, regular diet', 'wound edges healing well', 'Wells score 0',
  "Parkinson's disease on Sinemet", "remote Bell's palsy, R facial droop", "Crohn's disease in remission on Humira",
  "Barrett's esophagus on PPI", "Baker's cyst on venous duplex", 'Addisonian crisis excluded, cortisol 18', 'no Horner syndrome',
  'Whipple procedure in the past', 'Cushingoid habitus', 'Hodgkin lymphoma in remission', "Paget's disease of bone",
  "Graves' disease s/p thyroidectomy", "Wilson's disease ruled out", 'Cheyne-Stokes breathing noted while asleep',
  'no Kussmaul respirations', 'no Virchow node', 'Chvostek and Trousseau signs negative', 'Mallory-Weiss tear on EGD',
  'Tinel and Phalen positive R wrist', 'UA with coffin-lid crystals (struvite)', 'living will on file', 'art line d/c\'d, site CDI',
  'bill reviewed with financial counselor', 'sunny disposition per staff', 'candy given for BG 62', 'grace period for premium explained',
  'joy in gardening and grandkids', 'faith-based recovery group', 'sharps container at bedside',
  'Norco 5/325 1 tab q6h PRN', 'Cipro 500 mg BID x7d', 'Lantus 22 units qHS', 'Plavix 75 daily', 'tramadol 50 mg PRN',
  'apixaban 5 mg BID (Mylan generic)', 'Foley removed, DTV by 1400', 'denies thoughts to kill self', 'pain team following',
  'cough assist BID', 'blood sugar 140s-180s', 'bone density due', 'Braden 14, Morse 45', 'MoCA 22/30', 'CIWA 6',
];
const MEDS = ['Eliquis 5 mg BID', 'warfarin 5 mg M/W/F, 7.5 mg other days', 'Lasix 40 mg IV BID', 'metoprolol succinate 50 daily',
  'Sinemet 25/100 TID', 'Jardiance 10 mg', 'Ozempic 1 mg weekly', 'sertraline 100 mg', 'Seroquel 25 mg qHS', 'Humira 40 mg q2wk',
  'Keppra 500 mg BID', 'Lovenox 40 mg daily', 'Zosyn 4.5 g q6h', 'vancomycin per pharmacy', 'hydrocortisone 20/10', 'Xarelto 20 mg with supper',
  'insulin lispro sliding scale', 'Tylenol 650 q6h PRN', 'oxycodone 5 mg q4h PRN', 'Senna 2 tabs qHS', 'Flomax 0.4 mg', 'Aricept 10 mg'];
const VITALS = [
  (r: Random) => `BP ${r.int(86, 186)}/${r.int(44, 102)}, HR ${r.int(48, 134)}, RR ${r.int(12, 30)}, T ${(36 + r.next() * 3).toFixed(1)}C, SpO2 ${r.int(87, 100)}% ${r.pick(['RA', '2L', '3L NC', '40% FM'])}`,
  (r: Random) => `VS ${(97 + r.next() * 5).toFixed(1)} ${r.int(48, 134)} ${r.int(86, 186)}/${r.int(44, 102)} ${r.int(12, 30)} ${r.int(87, 100)}%`,
  (r: Random) => `T ${(97 + r.next() * 5).toFixed(1)} HR ${r.int(48, 134)} BP ${r.int(86, 186)}/${r.int(44, 102)} RR ${r.int(12, 30)} SAT ${r.int(87, 100)}% ${r.pick(['RA', '2L'])}`,
];
const LABS = [
  (r: Random) => `Na ${r.int(126, 147)} K ${(2.9 + r.next() * 2.5).toFixed(1)} Cl ${r.int(92, 110)} CO2 ${r.int(16, 32)} BUN ${r.int(6, 80)} Cr ${(0.5 + r.next() * 4).toFixed(1)} Glu ${r.int(62, 390)}`,
  (r: Random) => `WBC ${(2 + r.next() * 20).toFixed(1)} Hgb ${(6.5 + r.next() * 9).toFixed(1)} Plt ${r.int(35, 480)}`,
  (r: Random) => `INR ${(0.9 + r.next() * 4).toFixed(1)}, aPTT ${r.int(24, 96)}`,
  (r: Random) => `trop ${r.pick(['<0.01', '0.04', '0.12', '1.8'])}, BNP ${r.int(30, 4200)}, lactate ${(0.6 + r.next() * 5).toFixed(1)}`,
  (r: Random) => `Mg ${(1.2 + r.next()).toFixed(1)} Phos ${(1.8 + r.next() * 3).toFixed(1)} A1c ${(5.2 + r.next() * 7).toFixed(1)}%`,
];

// ---------- slots ----------

const pt = (c: NoteContext) => castOf(c).patient;
const kin = (c: NoteContext, i: number) => castOf(c).family[i];

export const DEV5_SLOTS: SlotTable<NoteContext> = {
  // patient
  v_pt: (c) => patientForms(c.rng, pt(c)),
  v_pt_hdr: (c) => headerName(c.rng, pt(c)),
  v_ptf: (c) => nm(pt(c).first, 'PATIENT'),
  v_ptl: (c) => nm(pt(c).last, 'PATIENT'),
  v_ptt: (c) => [pt(c).female ? c.rng.pick(['Ms. ', 'Mrs. ', 'Ms ', 'Miss ']) : c.rng.pick(['Mr. ', 'Mr ']), nm(pt(c).last, 'PATIENT')],
  v_pt_poss: (c) => [nm(pt(c).first, 'PATIENT'), "'s"],
  v_pt_nick: (c) => ['"', nm(pt(c).nick, 'PATIENT'), '"'],
  v_pt_init: (c) => nm(c.rng.pick([`${pt(c).first[0]}.${pt(c).last[0]}.`, `${pt(c).first[0]}${pt(c).last[0]}`]), 'PATIENT'),
  v_pt_list: (c) => listName(c.rng, pt(c)),
  v_pt_user: (c) => phi(`${ascii(pt(c).first)}${ascii(pt(c).last)}${c.rng.int(1, 99)}`, 'NAME', 'USERNAME'),
  v_pt_sign: (c) => nm(`${pt(c).first} ${pt(c).last}`, 'PATIENT'),
  v_o1: (c) => listName(c.rng, castOf(c).others[0]),
  v_o2: (c) => listName(c.rng, castOf(c).others[1]),
  v_o3: (c) => listName(c.rng, castOf(c).others[2]),
  v_he: (c) => (pt(c).female ? 'she' : 'he'),
  v_He: (c) => (pt(c).female ? 'She' : 'He'),
  v_his: (c) => (pt(c).female ? 'her' : 'his'),
  v_him: (c) => (pt(c).female ? 'her' : 'him'),
  v_His: (c) => (pt(c).female ? 'Her' : 'His'),
  v_sex: (c) => (pt(c).female ? c.rng.pick(['woman', 'female', 'F']) : c.rng.pick(['man', 'male', 'M'])),
  // obstetric patient and her people
  v_ob: (c) => patientForms(c.rng, castOf(c).woman),
  v_ob_hdr: (c) => headerName(c.rng, castOf(c).woman),
  v_obf: (c) => nm(castOf(c).woman.first, 'PATIENT'),
  v_ob_poss: (c) => [nm(castOf(c).woman.first, 'PATIENT'), "'s"],
  v_fob: (c) => c.rng.pick<Fragment>([
    ['FOB ', nm(`${castOf(c).partner.first} ${castOf(c).partner.last}`, 'RELATIVE')],
    ['FOB ', nm(castOf(c).partner.first, 'RELATIVE')],
    ['husband ', nm(castOf(c).partner.first, 'RELATIVE')],
    ['partner ', nm(`${castOf(c).partner.first} ${castOf(c).partner.last}`, 'RELATIVE')],
  ]),
  v_fob_first: (c) => nm(castOf(c).partner.first, 'RELATIVE'),
  // family
  v_rel1: (c) => kinMention(c.rng, kin(c, 0)),
  v_rel2: (c) => kinMention(c.rng, kin(c, 1)),
  v_rel3: (c) => kinMention(c.rng, kin(c, 2)),
  v_rel1_first: (c) => nm(kin(c, 0).person.first, 'RELATIVE'),
  v_rel2_first: (c) => nm(kin(c, 1).person.first, 'RELATIVE'),
  v_rel3_first: (c) => nm(kin(c, 2).person.first, 'RELATIVE'),
  v_rel1_full: (c) => nm(`${kin(c, 0).person.first} ${kin(c, 0).person.last}`, 'RELATIVE'),
  v_rel2_full: (c) => nm(`${kin(c, 1).person.first} ${kin(c, 1).person.last}`, 'RELATIVE'),
  v_rel1_word: (c) => kin(c, 0).word,
  v_rel2_word: (c) => kin(c, 1).word,
  v_rel1_short: (c) => kin(c, 0).short,
  v_rel2_short: (c) => kin(c, 1).short,
  v_rel1_sf: (c) => [`${kin(c, 0).short} `, nm(kin(c, 0).person.first, 'RELATIVE')],
  v_rel1_poss: (c) => [nm(kin(c, 0).person.first, 'RELATIVE'), "'s"],
  v_per_rel: (c) => c.rng.pick<Fragment>([
    ['per ', nm(kin(c, 0).person.first, 'RELATIVE')],
    [`per ${kin(c, 0).short} `, nm(kin(c, 0).person.first, 'RELATIVE')],
    ['per ', nm(kin(c, 0).person.first, 'RELATIVE'), ` (${kin(c, 0).word})`],
  ]),
  v_Per_rel: (c) => c.rng.pick<Fragment>([
    ['Per ', nm(kin(c, 0).person.first, 'RELATIVE')],
    [`Per ${kin(c, 0).short} `, nm(kin(c, 0).person.first, 'RELATIVE')],
    ['Per ', nm(kin(c, 0).person.first, 'RELATIVE'), ` (${kin(c, 0).word})`],
  ]),
  v_fam_list: (c) => familyList(c.rng, castOf(c).family),
  v_fam_lines: (c) => {
    const f = castOf(c).family;
    return f.map((k, i): Fragment => [i === 0 ? '' : '\n', '- ', nm(`${k.person.first} ${k.person.last}`, 'RELATIVE'), ` (${k.word}) `, tel(c.rng)]);
  },
  v_kid1: (c) => nm(castOf(c).kids[0].first, 'RELATIVE'),
  v_kid2: (c) => nm(castOf(c).kids[1].first, 'RELATIVE'),
  v_kid_age: (c) => {
    const n = String(c.rng.int(2, 17));
    return c.rng.pick<Fragment>([['(', phi(n, 'AGE', 'AGE', true), ')'], ['age ', phi(n, 'AGE', 'AGE', true)], [phi(n, 'AGE', 'AGE', true), ' yo'], [phi(n, 'AGE', 'AGE', true), '-year-old']]);
  },
  // people who are neither family nor staff
  v_neighbor: (c) => c.rng.pick<Fragment>([['neighbor ', nm(castOf(c).extras[0].first, 'NAME')], ['neighbor ', nm(`${castOf(c).extras[0].first} ${castOf(c).extras[0].last}`, 'NAME')], [nm(castOf(c).extras[0].first, 'NAME'), ' next door']]),
  v_landlord: (c) => nm(`${castOf(c).extras[1].first} ${castOf(c).extras[1].last}`, 'NAME'),
  v_officer: (c) => [c.rng.pick(['Officer ', 'Ofc. ', 'Deputy ', 'Trooper ']), nm(castOf(c).extras[2].last, 'NAME')],
  v_rep: (c) => nm(c.rng.pick([castOf(c).extras[3].first, `${castOf(c).extras[3].first} ${castOf(c).extras[3].last}`]), 'NAME'),
  v_interp: (c) => nm(c.rng.pick([`${castOf(c).extras[4].first} ${castOf(c).extras[4].last}`, castOf(c).extras[4].first, `${castOf(c).extras[4].first} ${castOf(c).extras[4].last[0]}.`]), 'NAME'),
  v_clergy: (c) => [castOf(c).church[1], nm(castOf(c).extras[5].last, 'NAME')],
  v_imam: (c) => ['Imam ', nm(castOf(c).extras[6].last, 'NAME')],
  v_clergy_full: (c) => nm(`${castOf(c).extras[5].first} ${castOf(c).extras[5].last}`, 'NAME'),
  v_therapist: (c) => c.rng.pick<Fragment>([[nm(`${castOf(c).extras[6].first} ${castOf(c).extras[6].last}`, 'DOCTOR'), ', LICSW'], [nm(castOf(c).extras[6].first, 'DOCTOR'), ' (therapist)'], ['therapist ', nm(`${castOf(c).extras[6].first} ${castOf(c).extras[6].last}`, 'DOCTOR')]]),
  v_doula: (c) => nm(c.rng.pick([castOf(c).extras[3].first, `${castOf(c).extras[3].first} ${castOf(c).extras[3].last}`]), 'NAME'),
  v_grandma: (c) => nm(c.rng.pick([castOf(c).extras[7].first, `${castOf(c).extras[7].first} ${castOf(c).extras[7].last}`]), 'RELATIVE'),
  // clinicians
  v_md: (c) => physician(c.rng, castOf(c).doctors[0]),
  v_md2: (c) => physician(c.rng, castOf(c).doctors[1]),
  v_md3: (c) => physician(c.rng, castOf(c).doctors[2]),
  v_md_last: (c) => nm(castOf(c).doctors[0].last, 'DOCTOR'),
  v_md2_last: (c) => nm(castOf(c).doctors[1].last, 'DOCTOR'),
  v_md3_last: (c) => nm(castOf(c).doctors[2].last, 'DOCTOR'),
  v_md_full: (c) => nm(`${castOf(c).doctors[0].first} ${castOf(c).doctors[0].last}`, 'DOCTOR'),
  v_md2_full: (c) => nm(`${castOf(c).doctors[1].first} ${castOf(c).doctors[1].last}`, 'DOCTOR'),
  v_md2_first: (c) => nm(castOf(c).doctors[1].first, 'DOCTOR'),
  v_md_ini: (c) => nm(`${castOf(c).doctors[0].first[0]}${castOf(c).doctors[0].last[0]}`, 'DOCTOR'),
  v_md2_ini: (c) => nm(`${castOf(c).doctors[1].first[0]}${castOf(c).doctors[1].middle}${castOf(c).doctors[1].last[0]}`, 'DOCTOR'),
  v_md_sig: (c) => physicianSignature(c.rng, castOf(c).doctors[0], c.rng.pick(['MD', 'DO', 'MD', 'MD, FACS'])),
  v_md_dict: (c) => physicianDictating(c.rng, castOf(c).doctors[0], c.rng.pick(['MD', 'DO', 'MD', 'MD, FACS'])),
  v_md3_sig: (c) => physicianSignature(c.rng, castOf(c).doctors[2], c.rng.pick(['MD', 'DO'])),
  v_md_psych_sig: (c) => physicianSignature(c.rng, castOf(c).doctors[0], c.rng.pick(['MD', 'DO', 'PMHNP-BC'])),
  v_cnm_sig: (c) => staffSignature(c.rng, castOf(c).doctors[1], c.rng.pick(['CNM', 'CNM, APRN'])),
  v_rn: (c) => staffSignature(c.rng, castOf(c).nurses[0], c.rng.pick(['RN', 'RN', 'BSN, RN', 'LPN'])),
  v_rn2: (c) => staffSignature(c.rng, castOf(c).nurses[1], 'RN'),
  v_rn_first: (c) => nm(castOf(c).nurses[0].first, 'DOCTOR'),
  v_rn2_first: (c) => nm(castOf(c).nurses[1].first, 'DOCTOR'),
  v_rn_ini: (c) => nm(`${castOf(c).nurses[0].first[0]}${castOf(c).nurses[0].last[0]}`, 'DOCTOR'),
  v_rn2_ini: (c) => nm(`${castOf(c).nurses[1].first[0]}${castOf(c).nurses[1].last[0]}`, 'DOCTOR'),
  v_rn3_full: (c) => nm(`${castOf(c).nurses[2].first} ${castOf(c).nurses[2].last}`, 'DOCTOR'),
  v_rn3_first: (c) => nm(castOf(c).nurses[2].first, 'DOCTOR'),
  v_staff1: (c) => nm(`${castOf(c).staff[0].first} ${castOf(c).staff[0].last}`, 'DOCTOR'),
  v_staff2: (c) => nm(c.rng.pick([castOf(c).staff[1].first, `${castOf(c).staff[1].first} ${castOf(c).staff[1].last}`, `${castOf(c).staff[1].first} ${castOf(c).staff[1].last[0]}.`]), 'DOCTOR'),
  v_staff2_first: (c) => nm(castOf(c).staff[1].first, 'DOCTOR'),
  v_staff3: (c) => staffSignature(c.rng, castOf(c).staff[2], 'RN'),
  v_staff3_first: (c) => nm(castOf(c).staff[2].first, 'DOCTOR'),
  v_staff4: (c) => nm(`${castOf(c).staff[3].first[0]}. ${castOf(c).staff[3].last}`, 'DOCTOR'),
  v_asst: (c) => c.rng.pick<Fragment>([[nm(`${castOf(c).doctors[1].first} ${castOf(c).doctors[1].last}`, 'DOCTOR'), ', PA-C'], ['Dr. ', nm(castOf(c).doctors[1].last, 'DOCTOR'), ' (PGY-4)'], [nm(`${castOf(c).doctors[1].first[0]}. ${castOf(c).doctors[1].last}`, 'DOCTOR'), ', RNFA']]),
  v_pharm_sig: (c) => c.rng.pick<Fragment>([[nm(`${castOf(c).staff[0].first} ${castOf(c).staff[0].last}`, 'DOCTOR'), ', PharmD, BCPS'], [nm(`${castOf(c).staff[0].first[0]}. ${castOf(c).staff[0].last}`, 'DOCTOR'), ', RPh'], [nm(castOf(c).staff[0].first, 'DOCTOR'), ' (clinical pharmacist)']]),
  v_pharm_first: (c) => nm(castOf(c).staff[0].first, 'DOCTOR'),
  v_sw_sig: (c) => c.rng.pick<Fragment>([[nm(`${castOf(c).staff[1].first} ${castOf(c).staff[1].last}`, 'DOCTOR'), ', LICSW'], [nm(`${castOf(c).staff[1].first} ${castOf(c).staff[1].last}`, 'DOCTOR'), ', MSW, LGSW'], [nm(`${castOf(c).staff[1].last}, ${castOf(c).staff[1].first}`, 'DOCTOR'), ' (Social Work)']]),
  v_chap_sig: (c) => c.rng.pick<Fragment>([['Chaplain ', nm(`${castOf(c).staff[3].first} ${castOf(c).staff[3].last}`, 'DOCTOR'), ', MDiv, BCC'], [nm(`${castOf(c).staff[3].first} ${castOf(c).staff[3].last}`, 'DOCTOR'), ', Staff Chaplain'], ['Ch. ', nm(castOf(c).staff[3].first, 'DOCTOR')]]),
  v_chap_first: (c) => nm(castOf(c).staff[3].first, 'DOCTOR'),
  v_scribe: (c) => nm(`${castOf(c).staff[2].first} ${castOf(c).staff[2].last}`, 'NAME'),
  v_user: (c) => {
    const p = castOf(c).nurses[c.rng.int(0, 1)];
    return phi(c.rng.pick([`${ascii(p.first)[0]}${ascii(p.last)}${c.rng.int(1, 9)}`, `${ascii(p.last).toUpperCase().slice(0, 7)}${ascii(p.first)[0].toUpperCase()}`, `${ascii(p.first)}.${ascii(p.last)}`]), 'NAME', 'USERNAME');
  },
  // places
  v_hosp: (c) => pl(c.rng.chance(0.7) ? castOf(c).hospital[0] : castOf(c).hospital[1], 'HOSPITAL'),
  v_hosp_full: (c) => pl(castOf(c).hospital[0], 'HOSPITAL'),
  v_hosp_short: (c) => pl(castOf(c).hospital[1], 'HOSPITAL'),
  v_hosp2: (c) => pl(castOf(c).otherHospital, 'HOSPITAL'),
  v_snf: (c) => pl(castOf(c).snf, 'HOSPITAL'),
  v_clinic: (c) => pl(castOf(c).clinic, 'HOSPITAL'),
  v_ob_clinic: (c) => pl(castOf(c).obClinic, 'HOSPITAL'),
  v_bh_clinic: (c) => pl(castOf(c).bhClinic, 'HOSPITAL'),
  v_ac_clinic: (c) => pl(castOf(c).acClinic, 'HOSPITAL'),
  v_pharmacy: (c) => pl(castOf(c).pharmacy, 'ORGANIZATION'),
  v_church: (c) => pl(castOf(c).church[0], 'ORGANIZATION'),
  v_school: (c) => pl(castOf(c).school, 'ORGANIZATION'),
  v_employer: (c) => pl(castOf(c).employer, 'ORGANIZATION'),
  v_agency: (c) => pl(castOf(c).agency, 'ORGANIZATION'),
  v_ambulance: (c) => pl(castOf(c).ambulance, 'ORGANIZATION'),
  v_funeral: (c) => pl(castOf(c).funeral, 'ORGANIZATION'),
  v_unit: (c) => pl(castOf(c).unit, 'DEPARTMENT'),
  v_room: (c) => [c.rng.pick(['Rm ', 'RM ', 'room ', 'Room ', 'bed ']), pl(`${c.rng.int(2, 9)}${c.rng.digits(2)}${c.rng.pick(['', '', '-1', '-2', 'A', 'B'])}`, 'ROOM')],
  v_bed: (c) => pl(c.rng.pick([`${c.rng.int(3, 9)}${c.rng.pick(['B', 'W', 'E', 'N'])}-${c.rng.digits(2)}`, `${c.rng.int(3, 9)}${c.rng.digits(2)}${c.rng.pick(['A', 'B'])}`, `${c.rng.int(4, 9)}${c.rng.digits(3)}-W`, `T${c.rng.int(4, 9)}-${c.rng.digits(2)}`]), 'ROOM'),
  v_or: (c) => [c.rng.pick(['OR ', 'OR #', 'Suite ']), pl(String(c.rng.int(1, 22)), 'ROOM')],
  v_street: (c) => pl(castOf(c).street, 'STREET'),
  v_town: (c) => pl(castOf(c).town, 'CITY'),
  v_town2: (c) => pl(castOf(c).otherTown, 'CITY'),
  v_state: (c) => pl(castOf(c).state[0], 'STATE'),
  v_st: (c) => pl(castOf(c).state[1], 'STATE'),
  v_st2: (c) => pl(castOf(c).otherState[1], 'STATE'),
  v_zip: (c) => pl(castOf(c).zip, 'ZIP'),
  v_addr: (c) => {
    const k = castOf(c);
    return [pl(k.street, 'STREET'), c.rng.pick([', ', '\n', ' ']), pl(k.town, 'CITY'), c.rng.pick([', ', ' ']),
      pl(c.rng.chance(0.8) ? k.state[1] : k.state[0], 'STATE'), c.rng.pick([' ', '  ']), pl(k.zip, 'ZIP')];
  },
  /** An institution's own address: street, the note's second town, its state, a ZIP. */
  v_inst_addr: (c) => {
    const k = castOf(c);
    return [pl(`${c.rng.int(100, 4999)} ${c.rng.pick(STREET_NAMES)} ${c.rng.pick(STREET_KINDS)}${c.rng.pick(['', ', Suite ' + c.rng.int(100, 420), ' Ste ' + c.rng.int(1, 30)])}`, 'STREET'), c.rng.pick([', ', '\n']),
      pl(k.otherTown, 'CITY'), ', ', pl(k.otherState[1], 'STATE'), ' ', pl(`${c.rng.int(5, 9)}${c.rng.digits(4)}`, 'ZIP')];
  },
  v_crossing: (c) => pl(`${c.rng.pick(STREET_NAMES)} ${c.rng.pick(['St', 'Ave', 'Rd'])} ${c.rng.pick(['and', '&', '@'])} ${c.rng.pick(STREET_NAMES)} ${c.rng.pick(['Blvd', 'Dr', 'St'])}`, 'STREET'),
  v_country: (c) => pl(castOf(c).abroad[1], 'COUNTRY'),
  v_abroad: (c) => [pl(castOf(c).abroad[0], 'CITY'), ', ', pl(castOf(c).abroad[1], 'COUNTRY')],
  v_lang: (c) => castOf(c).language,
  v_prof: (c) => phi(castOf(c).profession, 'PROFESSION', 'PROFESSION'),
  v_a_prof: (c) => {
    const job = castOf(c).profession;
    return [/^[aeiou]/i.test(job) ? 'an ' : 'a ', phi(job, 'PROFESSION', 'PROFESSION')];
  },
  // ages
  v_age: (c) => (castOf(c).elderly ? oldAge(c.rng, castOf(c).ageValue) : ordinaryAge(c.rng, castOf(c).ageValue)),
  v_age_n: (c) => (castOf(c).elderly ? phi(String(castOf(c).ageValue), 'AGE', 'AGE_OVER_89') : phi(String(castOf(c).ageValue), 'AGE', 'AGE', true)),
  v_age_sex: (c) => ageWithSex(c.rng, castOf(c).ageValue, pt(c).female),
  v_old: (c) => oldAge(c.rng, castOf(c).elderly ? castOf(c).ageValue : c.rng.int(90, 101)),
  v_old_n: (c) => phi(String(castOf(c).elderly ? castOf(c).ageValue : c.rng.int(90, 101)), 'AGE', 'AGE_OVER_89'),
  v_old_sex: (c) => ageWithSex(c.rng, castOf(c).elderly ? castOf(c).ageValue : c.rng.int(90, 101), pt(c).female),
  v_ob_age: (c) => ordinaryAge(c.rng, c.rng.int(16, 44)),
  ...Object.fromEntries([0, 1, 2].map((i) => [`v_o${i + 1}_age`, (c: NoteContext) => ageWithSex(c.rng, c.rng.chance(0.25) ? c.rng.int(90, 99) : c.rng.int(22, 89), castOf(c).others[i].female)])),
  // dates
  v_d: (c) => dt(castOf(c).noteDate(castOf(c).visit)),
  v_d_prev: (c) => dt(castOf(c).noteDate(around(c, -60, -1))),
  v_d_next: (c) => dt(castOf(c).noteDate(around(c, 2, 60))),
  v_dl: (c) => dt(c.rng.pick(LOOSE_DATES)(around(c, -10, 10))),
  v_dl_prev: (c) => dt(c.rng.pick(LOOSE_DATES)(around(c, -45, -1))),
  v_dl_next: (c) => dt(c.rng.pick(LOOSE_DATES)(around(c, 1, 45))),
  v_d_time: (c) => {
    const d = dt(castOf(c).noteDate(castOf(c).visit));
    const t = clock(c.rng);
    return c.rng.pick<Fragment>([[d, ' @ ', t], [d, ' ', t], [d, ' at ', t], [d, ', ', t], [t, ' ', d]]);
  },
  v_the_nth: (c) => ['the ', dt(ordinal(around(c, -12, 12).day))],
  v_wkday: (c) => other(c.rng.pick(['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sunday', 'Monday', 'Friday'])),
  v_month: (c) => dt(month(around(c, -150, -20))),
  v_mo_yr: (c) => {
    const d = around(c, -1200, -40);
    return dt(c.rng.pick([`${mon(d)} ${d.year}`, `${two(d.month)}/${d.year}`, `${month(d)} '${yy(d)}`, `${month(d)} ${d.year}`]));
  },
  v_yr: (c) => phi(String(castOf(c).visit.year - c.rng.int(1, 30)), 'DATE', 'YEAR', true),
  v_dob: (c) => {
    const d = { year: castOf(c).visit.year - castOf(c).ageValue, month: c.rng.int(1, 12), day: c.rng.int(1, 28) };
    return dt(c.rng.pick([`${two(d.month)}/${two(d.day)}/${d.year}`, `${d.month}/${d.day}/${d.year}`, `${d.year}-${two(d.month)}-${two(d.day)}`, `${two(d.day)}-${mon(d).toUpperCase()}-${d.year}`, `${month(d)} ${d.day}, ${d.year}`]));
  },
  v_ob_dob: (c) => {
    const d = { year: castOf(c).visit.year - c.rng.int(17, 43), month: c.rng.int(1, 12), day: c.rng.int(1, 28) };
    return dt(c.rng.pick([`${two(d.month)}/${two(d.day)}/${d.year}`, `${d.month}/${d.day}/${yy(d)}`]));
  },
  v_edd: (c) => dt(castOf(c).noteDate(around(c, 3, 150))),
  v_holiday: (c) => dt(c.rng.pick(HOLIDAYS)),
  v_clock: (c) => clock(c.rng),
  // contact
  v_ph: (c) => tel(c.rng),
  v_cell: (c) => [c.rng.pick(['cell ', 'C ', 'H ', 'home ', 'mobile ', 'ph ', 'tel ', '(c) ', 'W ']), tel(c.rng)],
  v_ph_ext: (c) => phi(`${phoneNumber(c.rng)} ${c.rng.pick(['x', 'ext ', 'ext. ', 'x '])}${c.rng.digits(c.rng.pick([3, 4]))}`, 'CONTACT', 'PHONE'),
  v_fax: (c) => phi(phoneNumber(c.rng), 'CONTACT', 'FAX'),
  v_pgr: (c) => [c.rng.pick(['p ', 'pgr ', 'pager #', 'beeper ', 'P', 'pg ']), phi(c.rng.pick([`${c.rng.int(1, 9)}-${c.rng.digits(4)}`, c.rng.digits(5), `${c.rng.digits(3)}-${c.rng.digits(4)}`]), 'CONTACT', 'PHONE')],
  v_ext: (c) => phi(c.rng.pick([c.rng.digits(4), `${c.rng.int(2, 8)}-${c.rng.digits(4)}`, c.rng.digits(5)]), 'CONTACT', 'PHONE'),
  v_mail: (c) => phi(mailFor(c.rng, c.rng.chance(0.5) ? pt(c) : kin(c, 0).person), 'CONTACT', 'EMAIL'),
  v_staff_mail: (c) => {
    const p = castOf(c).staff[1];
    const host = ascii(castOf(c).hospital[1]).slice(0, 10) || 'health';
    return phi(c.rng.pick([`${ascii(p.first)}.${ascii(p.last)}@${host}.org`, `${ascii(p.first)[0]}${ascii(p.last)}@${host}health.org`]), 'CONTACT', 'EMAIL');
  },
  v_direct: (c) => phi(`${ascii(castOf(c).clinic).slice(0, 12)}@direct.${ascii(castOf(c).hospital[1]).slice(0, 8) || 'hisp'}.org`, 'CONTACT', 'EMAIL'),
  v_tele_url: (c) => {
    const host = ascii(castOf(c).hospital[1]).slice(0, 10) || 'care';
    return phi(c.rng.pick([`https://${host}.zoom.us/j/${c.rng.int(8, 9)}${c.rng.digits(9)}`, `https://vv.${host}.org/room/${c.rng.letters(6, 'abcdefghjkmnpqrstuvwxyz23456789')}`,
      `doxy.me/dr${ascii(castOf(c).doctors[0].last)}`, `https://meet.${host}health.com/${ascii(pt(c).first)}-${c.rng.digits(4)}`]), 'CONTACT', 'URL');
  },
  v_portal: (c) => {
    const host = ascii(castOf(c).hospital[1]).slice(0, 10) || 'care';
    return phi(c.rng.pick([`mychart.${host}.org`, `https://www.${host}health.org/patients`, `https://portal.${host}.org/login`]), 'CONTACT', 'URL');
  },
  v_url: (c) => phi(c.rng.pick([`https://www.caringbridge.org/site/${ascii(pt(c).first)}${ascii(pt(c).last)}`,
    `www.facebook.com/${ascii(kin(c, 0).person.first)}.${ascii(kin(c, 0).person.last)}.${c.rng.int(1, 99)}`,
    `gofundme.com/f/help-${ascii(pt(c).first)}-${ascii(pt(c).last)}-come-home`]), 'CONTACT', 'URL'),
  v_ip: (c) => phi(`${c.rng.int(24, 223)}.${c.rng.int(0, 255)}.${c.rng.int(0, 255)}.${c.rng.int(1, 254)}`, 'CONTACT', 'IP_ADDRESS'),
  // identifiers
  v_mrn: (c) => id(castOf(c).mrn, 'MRN'),
  v_other_mrn: (c) => id(recordNumber(c.rng), 'MRN'),
  v_fin: (c) => id(c.rng.pick([c.rng.digits(9), `A${c.rng.digits(10)}`, `${c.rng.digits(4)}-${c.rng.digits(5)}`]), 'ACCOUNT'),
  v_csn: (c) => id(`${c.rng.int(1, 9)}${c.rng.digits(9)}`, 'ACCOUNT'),
  v_rx: (c) => id(c.rng.pick([`${c.rng.int(1, 7)}${c.rng.digits(6)}`, `${c.rng.digits(7)}-${c.rng.digits(2)}`, `RX${c.rng.digits(8)}`]), 'ID'),
  v_order: (c) => id(c.rng.pick([c.rng.digits(9), `ORD${c.rng.digits(8)}`, `${c.rng.digits(3)}-${c.rng.digits(6)}`]), 'ID'),
  v_claim: (c) => id(c.rng.pick([`${c.rng.letters(1)}${c.rng.digits(10)}`, `${yy(castOf(c).visit)}${c.rng.digits(3)}${c.rng.letters(1)}${c.rng.digits(6)}`]), 'ID'),
  v_medicaid: (c) => id(c.rng.pick([`${c.rng.letters(2)}${c.rng.digits(5)}${c.rng.letters(1)}`, c.rng.digits(8), `${c.rng.digits(10)}`]), 'HEALTH_PLAN'),
  v_mbi: (c) => {
    const a = 'ACDEFGHJKMNPQRTUVWXY';
    const raw = `${c.rng.int(1, 9)}${c.rng.letters(1, a)}${c.rng.letters(1, a + '0123456789')}${c.rng.int(0, 9)}${c.rng.letters(1, a)}${c.rng.letters(1, a + '0123456789')}${c.rng.int(0, 9)}${c.rng.letters(2, a)}${c.rng.digits(2)}`;
    return id(c.rng.chance(0.5) ? raw : `${raw.slice(0, 4)}-${raw.slice(4, 7)}-${raw.slice(7)}`, 'HEALTH_PLAN');
  },
  v_member: (c) => id(c.rng.pick([`${c.rng.letters(2)}${c.rng.digits(9)}-${c.rng.digits(2)}`, `${c.rng.digits(3)}${c.rng.letters(1)}${c.rng.digits(5)}`, `${c.rng.letters(3)}${c.rng.digits(6)}${c.rng.letters(1)}`]), 'HEALTH_PLAN'),
  v_ssn: (c) => id(`${c.rng.int(100, 665)}-${c.rng.digits(2)}-${c.rng.digits(4)}`, 'SSN'),
  v_npi: (c) => id(`1${c.rng.digits(9)}`, 'ID'),
  v_dea: (c) => id(`${c.rng.pick(['A', 'B', 'F', 'M'])}${ascii(castOf(c).doctors[0].last)[0].toUpperCase()}${c.rng.digits(7)}`, 'LICENSE'),
  v_serial: (c) => id(c.rng.pick([`${c.rng.letters(2)}${c.rng.digits(7)}`, `${c.rng.digits(3)}${c.rng.letters(2)}${c.rng.digits(5)}`, `${c.rng.letters(1)}${c.rng.digits(3)}-${c.rng.digits(5)}`, c.rng.digits(11)]), 'DEVICE'),
  v_dict: (c) => id(c.rng.pick([c.rng.digits(7), `${c.rng.digits(6)}-${c.rng.digits(2)}`]), 'ID'),
  v_case: (c) => id(c.rng.pick([`${castOf(c).visit.year}-${c.rng.digits(6)}`, `APS-${c.rng.digits(7)}`, c.rng.digits(8)]), 'ID'),
  v_badge: (c) => id(c.rng.digits(c.rng.pick([3, 4])), 'ID'),
  v_dl_no: (c) => id(c.rng.pick([`${c.rng.letters(1)}${c.rng.digits(12)}`, `${c.rng.letters(1)}${c.rng.digits(3)}-${c.rng.digits(3)}-${c.rng.digits(3)}-${c.rng.digits(3)}`, `${c.rng.digits(2)}-${c.rng.digits(3)}-${c.rng.digits(4)}`]), 'LICENSE'),
  v_tail: (c) => id(`N${c.rng.int(1, 9)}${c.rng.digits(2)}${c.rng.letters(2)}`, 'VEHICLE'),
  v_interp_id: (c) => id(c.rng.pick([c.rng.digits(5), `${c.rng.letters(2)}${c.rng.digits(4)}`, c.rng.digits(6)]), 'ID'),
  // filler (never PHI)
  v_lot: (c) => c.rng.pick([`${c.rng.letters(1)}${c.rng.digits(5)}`, `${c.rng.digits(7)}${c.rng.letters(1)}`, `${c.rng.digits(2)}${c.rng.letters(1)}${c.rng.digits(4)}`]),
  v_trap: (c) => c.rng.pick(TRAPS),
  v_trap2: (c) => c.rng.pick(TRAPS),
  v_med: (c) => c.rng.pick(MEDS),
  v_med2: (c) => c.rng.pick(MEDS),
  v_vitals: (c) => c.rng.pick(VITALS)(c.rng),
  v_labs: (c) => c.rng.pick(LABS)(c.rng),
  v_labs2: (c) => c.rng.pick(LABS)(c.rng),
  v_n: (c) => String(c.rng.int(2, 9)),
};

// ---------- styles ----------

export const DEV5_STYLES: readonly StyleTemplates[] = [
  {
    style: 'nursing-shift-caps',
    capsShare: 1,
    weight: 14,
    separators: ['\n', '\n', '; ', ' '],
    sections: [
      [
        'NSG NOTE 0700-1900 {v_d}',
        'NPN 7P-7A {v_d_time}: {v_pt_hdr} ({v_mrn})',
        'NURSING ADMIT NOTE {v_d}: {v_old_sex} ADMITTED FROM {v_snf} VIA {v_ambulance} W/ UROSEPSIS.',
        '{v_unit} {v_room} NSG 7A-7P {v_d}',
        'NSG NOTE {v_d} RE: PT {v_pt_init} ({v_mrn}), {v_unit}',
        'NURSING PROGRESS NOTE {v_d} -- PT IS A {v_age} {v_sex} POD #2 S/P L TKA.',
      ],
      [
        'NEURO: A+OX3, PLEASANT, MAE. PAIN 7/10 L HIP, DILAUDID 0.5MG IV X2 W/ FAIR EFFECT. CV: {v_vitals}. {v_trap}.',
        'NEURO: CONFUSED OVERNOC, PULLING AT LINES, MITTS ON PER ORDER; SITTER REQUESTED. {v_trap}. CV: {v_vitals}.',
        'CV: AFIB 80-110S, ASYMPTOMATIC. LOPRESSOR 5MG IV X1 @ {v_clock} PER {v_md}. K 3.3, REPLETED. {v_trap}.',
        'RESP: LS COARSE BILAT, STRONG NONPROD COUGH. 2L NC SAT 93-96%. IS 750. {v_trap}. {v_vitals}.',
      ],
      [
        'GI: TOL CLEAR LIQ, +BS, NO BM SINCE {v_dl_prev}. GU: {v_trap2}. LABS: {v_labs}.',
        'GI/GU: VOIDING IN COMMODE, INCONT X1. SKIN: STAGE 2 SACRUM, MEPILEX APPLIED. {v_trap2}.',
        'ID: TMAX 101.2 @ {v_clock}; BLOOD CX X2 SENT, TYLENOL GIVEN. ON {v_med}. {v_labs}.',
        'ENDO: FSBG 60S-240S, 4U LISPRO @ {v_clock}. {v_trap2}. PT STATES "I JUST HOPE I GET HOME BY {v_holiday}."',
      ],
      [
        '{v_clock} PT FOUND OOB TO BR, UNSTEADY, ASSISTED BACK. BED ALARM ON. {v_rn_ini}\n{v_clock} MEDICATED FOR PAIN 6/10. {v_rn2_ini}',
        '{v_clock} VOIDED 250CC DARK AMBER. {v_rn_ini} / {v_clock} REPOSITIONED, SKIN INTACT. {v_rn_ini}',
        '{v_clock} {v_rn_ini}: PT RESTING QUIETLY, NO DISTRESS. {v_clock} {v_rn2_ini}: AM LABS DRAWN FROM PICC, SENT.',
        '0200 C/O SOB, SAT 88% RA, O2 2L APPLIED, PAGED {v_md2_last} (COVERING), CXR ORDERED. 0230 SAT 95%. {v_rn_ini}',
        '',
      ],
      [
        'SOCIAL: {v_rel1} IN TO VISIT, UPDATED ON POC. {v_rel2_first} WILL CALL IN AM. {v_trap}.',
        'SOCIAL: FAMILY IN TO VISIT. VISITORS: {v_fam_list}. QUESTIONS ANSWERED RE: DISPO.',
        'SOCIAL: SPOKE WITH {v_rel1_sf} @ {v_clock} ({v_ph}); WILL CALL {v_rel1_first} BACK AFTER ROUNDS.',
        'SOCIAL: {v_pt_poss} {v_rel1_word} {v_rel1_first} CALLED, ASKING FOR MD TO CALL BACK AT {v_ph}. PAGED {v_md2_last}, AWAITING CALLBACK.',
        'SOCIAL: PT LIVES W/ {v_rel1} IN {v_town}. {v_rel2_word} {v_rel2_first} IS HCP. PT IS {v_a_prof}; {v_trap}.',
        'SOCIAL: NO VISITORS TODAY. {v_per_rel}, PT AT BASELINE UNTIL {v_dl_prev}. {v_rel1_first} TO BRING HEARING AIDS.',
        'SOCIAL: {v_rel1_sf} IN; {v_pt_poss} {v_rel2_word} {v_rel2_first} ALSO VISITED. PT TEARFUL, CHAPLAIN PAGED.',
      ],
      [
        'PLAN: CONT IVF, MONITOR UOP, F/U AM LABS. MAY NEED PICC. {v_rn}',
        'A/P: STABLE. PT/OT TO EVAL {v_dl_next}. REPORT GIVEN TO {v_rn2_first} RN @ {v_clock}. {v_rn}',
        'PLAN: CONT ABX, WEAN O2; D/W {v_md} ON ROUNDS. -{v_user}',
        'PLAN: DC PLANNED {v_wkday} IF PT CLEARS; CM AWARE. SEE FLOWSHEET. {v_rn_ini} {v_clock}',
        'PLAN: TRANSFER TO {v_hosp2} WHEN BED AVAILABLE, ACCEPTING {v_md3}. {v_rn}',
      ],
    ],
  },
  {
    style: 'operative',
    capsShare: 0.3,
    weight: 11,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'OPERATIVE REPORT\nPatient: {v_pt_hdr}   MRN: {v_mrn}   DOS: {v_d}\nLocation: {v_hosp_full} Main OR, {v_or}',
        'BRIEF OPERATIVE NOTE {v_d_time}\n{v_pt} ({v_age_sex})   MRN {v_mrn}   Acct {v_fin}',
        'PROCEDURE NOTE - {v_hosp} - {v_d}\nName: {v_pt_hdr}   DOB: {v_dob}',
      ],
      [
        'Surgeon: {v_md_sig}\nAssistant: {v_asst}\nAnesthesia: {v_md3} / CRNA {v_staff1}\nScrub: {v_staff2}   Circulator: {v_staff3}',
        'Attending surgeon {v_md}; first assist {v_asst}; anesthesiologist {v_md3}. Scrub tech {v_staff2}, circulating RN {v_staff3}.',
        'SURGEON: {v_md_full}   ASSIST: {v_asst}   ANESTHESIA: {v_md3} (GETA)   CIRCULATOR: {v_staff3_first}   SCRUB: {v_staff2}',
      ],
      [
        'Preop dx: L hip OA. Postop dx: same. Procedure: L total hip arthroplasty, posterior approach. Anesthesia: spinal + MAC. EBL 350 mL. Drains: none. Specimens: femoral head to pathology.\nImplants: Stryker Trident shell 54 mm, lot {v_lot}, SN {v_serial}; Accolade II stem #5, lot {v_lot}; 36 mm ceramic head, SN {v_serial}.',
        'Preop dx: symptomatic cholelithiasis. Procedure: laparoscopic cholecystectomy with IOC. Findings: distended gallbladder, stone impacted in Hartmann pouch, critical view of safety obtained. EBL minimal. Implants: none; Ligamax clips x4.',
        'Indication: symptomatic 2:1 AV block with syncope. Procedure: dual-chamber pacemaker implant via L cephalic vein. Fluoro time 4.2 min. R wave 11 mV, RV threshold 0.6 V @ 0.4 ms.\nDevice: Medtronic Azure XT DR MRI SureScan W1DR01, serial {v_serial}; RA lead 5076-52 cm SN {v_serial}; RV lead 5076-58 cm SN {v_serial}. Industry rep {v_rep} (Medtronic) present for interrogation only.',
        'Preop dx: incarcerated R inguinal hernia. Procedure: open R inguinal hernia repair with mesh (Lichtenstein). Findings: viable small bowel in sac. EBL 20 mL. Mesh: Bard polypropylene 6 x 14 cm, lot {v_lot}, REF 0112720.',
      ],
      [
        'Pt identified in holding by name and DOB with {v_staff3_first}; site marked, consent verified. Time-out at {v_clock} with entire team. Cefazolin 2 g IV at {v_clock}. {v_trap}. Counts correct x2. To PACU extubated, stable.',
        'Sponge, needle and instrument counts correct x2. No complications. Pt to PACU in stable condition. {v_trap}.',
        'Foley placed in OR and removed at end of case. Tourniquet not used. Post-op: WBAT, Lovenox 40 daily x 28 days, PT POD 0. {v_trap}.',
      ],
      [
        "Pt's {v_rel1_word}, {v_rel1_first}, updated in the surgical waiting area at {v_clock} and again by phone ({v_ph}).",
        'Findings discussed with {v_rel1} after the case. F/u at {v_clinic} with {v_md_last} in 2 weeks ({v_dl_next}).',
        'Dictated by {v_md_dict}, {v_d_time}. Job #{v_dict}. cc: PCP at {v_clinic}, fax {v_fax}.',
        'I was present and scrubbed for the entire procedure. {v_md_sig}',
      ],
    ],
  },
  {
    style: 'social-work',
    capsShare: 0.3,
    weight: 10,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'PSYCHOSOCIAL ASSESSMENT - {v_d}\nPatient: {v_pt}   MRN {v_mrn}   Unit: {v_unit} {v_room}\nReferral source: {v_md} re: discharge barriers',
        'Social Work Initial Assessment {v_d_time}. Pt {v_pt_hdr}, {v_age}, seen at bedside with {v_rel1} present.',
        'SOCIAL WORK NOTE {v_d}\nRE: {v_pt} ({v_mrn})\nReason: concern for self-neglect / unsafe discharge',
      ],
      [
        'Pt is a {v_age} {v_sex} born in {v_abroad}; came to {v_town}, {v_st} as a refugee in {v_yr}. Primary language {v_lang}; {v_lang} interpreter {v_interp} (ID {v_interp_id}) used for the whole visit.',
        'Pt lives with {v_rel1} and {v_rel2} in a 2-bedroom rental at {v_addr}. Landlord {v_landlord} has given 30-day notice for unpaid rent.',
        'Family / support:\n{v_fam_lines}\n{v_rel1_first} is the main support and drives pt to dialysis.',
        'Pt grew up in {v_town2}, raised by grandmother {v_grandma}. Married {?20|30|40|50|60} years; widowed since {v_mo_yr}.',
      ],
      [
        'Employment: worked as {v_a_prof} at {v_employer} until {v_mo_yr}; now on SSDI (~$1,140/mo). Bill for ED visit sent to collections; financial counselor referral placed.',
        'Insurance: Medicaid ID {v_medicaid}, pending redetermination. SSN {v_ssn} provided by pt for SNAP application. Medicare MBI {v_mbi}; claim #{v_claim} for the ambulance was denied, appeal filed.',
        'Pt works nights as {v_a_prof}; worried about losing the job. FMLA forms faxed to employer HR ({v_fax}) on {v_dl}.',
      ],
      [
        'Pt denies IPV and feels safe at home. Trauma hx: fled conflict in {v_country}; reports nightmares. PHQ-9 14. Faith important; attends {v_church}, where {v_clergy} visits weekly.',
        'APS report filed {v_dl} (intake #{v_case}) re: self-neglect; assigned worker {v_staff1}, {v_cell}. {v_trap}.',
        'Children: {v_kid1} {v_kid_age} and {v_kid2} {v_kid_age}, both at {v_school}. School social worker aware. {v_trap}.',
        'Coping: "I have faith things will work out." Strengths: close family, church community at {v_church}; friends set up a fundraiser ({v_url}). {v_trap}.',
      ],
      [
        'Plan: SW to f/u with {v_rel1_first} re: guardianship petition; will coordinate with {v_agency} for home visits. {v_sw_sig}\n{v_staff_mail} | ext {v_ext}',
        'Plan: rehab referrals sent to {v_snf} and {v_hosp2}. Will meet with family {v_dl_next}. -- {v_sw_sig}, {v_cell}',
        '{v_sw_sig}\nPlease page SW with questions: {v_pgr}',
      ],
    ],
  },
  {
    style: 'signout',
    capsShare: 0.7,
    weight: 10,
    separators: ['\n'],
    sections: [
      [
        'GOLD TEAM SIGN-OUT {v_d} -- NIGHT FLOAT: {v_md2_full} ({v_pgr})',
        'HANDOFF {v_d} 1900. Covering: {v_md2}. Day team: {v_md_full} / {v_md3_last}.',
        'I-PASS sign-out, {v_hosp_short} Medicine 3, {v_d_time}',
        'Med B sign-out {v_d}. Cross-cover: Dr. {v_md2_last}. Senior: {v_md_ini}.',
      ],
      [
        '1. {v_pt_list} {v_bed} {v_age_sex} w/ CHF exacerbation. Watcher. Lasix 40 IV BID, goal net -1L. TO DO: f/u AM BMP, if K <3.5 give KCl 40 PO. Code: FULL. HCP {v_rel1} {v_cell}.',
        '1. {v_pt_list} ({v_bed}) {v_age_sex} - GI bleed, s/p EGD {v_dl_prev}. Stable. Hgb q6h, transfuse <7. Family: {v_rel1_sf} will call tonight, ok to update. DNR/DNI.',
        '1. {v_pt_list} {v_bed} - {v_age_sex} DKA, gap closed. Insulin gtt -> SQ at 2100. If BG >300 call me. Pt is {v_a_prof}, anxious about work.',
        '1. {v_pt_list} {v_bed} {v_age_sex} COPD exac. Nebs q4, pred 40. Watch for agitation: {v_per_rel}, pt drinks 12 beers/day; CIWA q4.',
      ],
      [
        '2. {v_o1} {v_bed} {v_o1_age} cellulitis RLE, on cefazolin. Stable, nothing to do.',
        '2. {v_o1} {v_bed} {v_o1_age} syncope, tele neg x24h. Likely dc tomorrow if echo ok. Will need ride, wife will pick up.',
        '2. {v_o1} {v_bed} {v_o1_age} - AKI on CKD, Cr 3.1 (from 1.8). Renal US pending. Hold Norco. Strict I/Os.',
      ],
      [
        '3. {v_o2} {v_bed} {v_o2_age} Parkinson disease w/ falls. Sinemet timing critical! Sundowns; 1:1 sitter ok per {v_md_last}.',
        '3. {v_o2} {v_bed} {v_o2_age} comfort care, family at bedside. Morphine gtt. If passes: pronounce, call {v_funeral}, notify {v_md3}.',
        '3. {v_o2} {v_bed} {v_o2_age} PNA, improving. May go home {v_wkday}. ID following ({v_md3}).',
        '3. {v_o2} {v_bed} {v_o2_age} new AF on heparin gtt, PTT at 0200. Echo {v_dl_next}.',
      ],
      [
        '4. {v_o3} {v_bed} {v_o3_age} admitted from ED at 1800, H&P done. Bell palsy vs stroke, MRI tonight, neuro ({v_md3}) aware.',
        '4. {v_o3} {v_bed} {v_o3_age} wants to leave AMA; capacity intact. Long-term plan per day team.',
        '',
      ],
      [
        'Page me with questions: {v_pgr}. -{v_md_ini}',
        'Handed off from {v_md_full} to {v_md2_full} at {v_clock}, read-back done.',
        'Call {v_md2_first} on {v_ext} or via Vocera. Good luck!',
        'Any issues: senior {v_md3} {v_pgr}.',
      ],
    ],
  },
  {
    style: 'anticoag-clinic',
    capsShare: 0.4,
    weight: 6,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'ANTICOAGULATION CLINIC - {v_ac_clinic}\nPt: {v_pt_hdr}   DOB: {v_dob}   MRN: {v_mrn}\nVisit: {v_d} (telephone)',
        'INR check {v_d}: {v_ptt} seen at {v_ac_clinic}, fingerstick POC.',
        'Coumadin Clinic Note {v_d_time} - {v_pt}, {v_age}',
      ],
      [
        'Indication: AF, CHA2DS2-VASc 4, HAS-BLED 2. Goal INR 2-3. Today INR 3.6. No missed doses. Started Cipro 500 BID x7d {v_dl_prev} from urgent care (interaction).',
        'Indication: mechanical mitral valve (On-X), goal 2.5-3.5. INR 1.8. Pt admits 2 missed doses over {v_holiday}; ate more greens than usual.',
        'Indication: recurrent DVT/PE, indefinite. INR 2.4, therapeutic. TTR 68% over 6 mo. No bleeding or bruising; brown stool, no melena.',
      ],
      [
        'Current regimen: 5 mg daily except 7.5 mg Mon/Thu (40 mg/wk). Plan: hold tonight, then 37.5 mg/wk. Recheck {v_dl_next}.',
        'Weekly dose 42.5 mg -> increase to 45 mg (7.5 mg Sun/Wed, 5 mg other days). Bridge not needed.',
        'No change: warfarin 6 mg daily. Next INR {v_the_nth} at {v_ac_clinic}, or by home meter (CoaguChek XS, SN {v_serial}) called in.',
      ],
      [
        'Spoke with pt and {v_rel1} by phone at {v_ph}; {v_rel1_first} fills the pillbox weekly. Teach-back done.',
        'Pt hard of hearing; instructions given to {v_rel1_sf}, who will call back at {v_clock}. Left VM on {v_cell} as well.',
        'Rx #{v_rx} warfarin 5 mg tabs (peach) filled {v_dl_prev} at {v_pharmacy} ({v_ph}). Prescriber {v_md}, NPI {v_npi}, DEA {v_dea}.',
      ],
      [
        '{v_pharm_sig}\nAnticoagulation line {v_ph_ext}',
        'Discussed with {v_md}. -- {v_pharm_first}, clinical pharmacist, ext {v_ext}',
        '{v_pharm_sig} / supervising {v_md} | order #{v_order} placed for INR',
      ],
    ],
  },
  {
    style: 'pharmacy-consult',
    capsShare: 0.4,
    weight: 5,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'PHARMACY CONSULT: VANCOMYCIN DOSING\nRequested by {v_md} on {v_d_time}\nPt: {v_pt_hdr}   {v_unit} {v_room}   Wt 82.4 kg   SCr 1.1',
        'Pharmacy kinetics note {v_d}. {v_pt}, {v_age_sex}, MRN {v_mrn}.',
        'Clinical pharmacist note - renal dosing review - {v_d}',
      ],
      [
        'Indication: MRSA bacteremia (blood cx {v_dl_prev}). Load 2,000 mg IV x1 then 1,250 mg q12h. AUC goal 400-600. Levels before 4th dose ({v_dl_next} @ {v_clock}).',
        'CrCl ~38 mL/min (Cockcroft-Gault). Adjust Zosyn to 3.375 g q8h extended infusion. Hold metformin. {v_trap}.',
        'Allergy clarification: {v_per_rel}, the "rash" to PCN was in childhood; tolerated cefazolin {v_mo_yr} at {v_hosp2}. OK to give cephalosporins.',
      ],
      [
        'Home meds verified with {v_pharmacy} ({v_ph}) and pt bottles: {v_med}; {v_med2}. Rx #{v_rx} last filled {v_dl_prev}.',
        'Interactions: {v_med} + {v_med2}, monitor. Tramadol + sertraline: serotonin syndrome risk, d/w {v_md_last}.',
        'Pt uses Omnipod 5 (PDM SN {v_serial}); insulin pump policy reviewed with pt and {v_rel1_first}.',
      ],
      [
        'Pharmacy will continue to follow. {v_pharm_sig}, pager {v_ext}',
        '{v_pharm_sig}\nOrder #{v_order} verified at {v_clock}.',
      ],
    ],
  },
  {
    style: 'home-health',
    capsShare: 0.55,
    weight: 10,
    separators: ['\n'],
    sections: [
      [
        'SKILLED NURSING VISIT - {v_agency}\nPT: {v_pt_hdr}   SOC {v_d_prev}   VISIT {v_d}   TIME IN {v_clock} OUT {v_clock}',
        'HOME HEALTH RN VISIT {v_d}. {v_pt}, {v_age}, seen at home, {v_addr}.',
        'HH PT visit {v_n} of 8, {v_d}. Pt {v_ptt} seen in home with {v_rel1} present.',
        'OASIS RECERT {v_d} - {v_agency} - {v_pt_hdr} (MRN {v_mrn})',
      ],
      [
        'Homebound: requires walker and assist of 1 to leave home; SOB after 20 ft. Lives with {v_rel1} in single-level home, 3 steps to enter, no rail. Two cats. {v_trap}.',
        'Lives alone in 2nd floor apt; {v_neighbor} checks on pt daily and has a key. Lifeline pendant worn. Throw rugs removed as recommended.',
        'Pt lives with {v_rel1_sf} on a farm outside {v_town}; nearest pharmacy ({v_pharmacy}) 22 miles away. Well water. {v_trap}.',
      ],
      [
        'VS: {v_vitals}. Wt 188 lb (up 3 lb since {v_dl_prev}). 2+ BLE edema, crackles at bases. Called {v_md} office ({v_ph}), spoke w/ nurse {v_staff2}; Lasix increased to 40 BID x3 days.',
        'Wound: R shin skin tear 2 x 1 cm, edges approximated, no s/s infection. Xeroform + Kerlix applied. {v_trap}.',
        'Med rec: 14 meds, pillbox filled weekly by {v_rel1_first}. Found expired Norco in cabinet; disposed of with pt consent. {v_med} confirmed.',
        'INR by fingerstick 2.9; result called to {v_ac_clinic} at {v_ph}. {v_trap}.',
      ],
      [
        'Teaching: low-sodium diet, daily weights, when to call. Pt said "I just hope I can stay in my own home." {v_trap2}.',
        'Caregiver {v_rel1_first} stressed; respite options discussed, SW referral to {v_staff1}. Will call {v_rel1_first} back {v_wkday}.',
        'Fall {v_dl_prev} without injury, reported by {v_rel1}. PT/OT orders requested from {v_md}.',
      ],
      [
        '{v_rn}\n{v_agency} | {v_ph}\nNext visit {v_dl_next}',
        'Supervisory visit with {v_staff2} {v_dl_next}. {v_rn}',
        'Pt e-signature: {v_pt_sign}   Clinician: {v_rn}   {v_d}',
      ],
    ],
  },
  {
    style: 'patient-instructions',
    capsShare: 0.2,
    weight: 8,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'Dear {v_ptt},\nThank you for choosing {v_hosp_full}. These are your instructions for going home.',
        'YOUR DISCHARGE INSTRUCTIONS\nName: {v_pt}    Date: {v_d}    Your doctor: {v_md}',
        'After Your Surgery - instructions for {v_pt} from {v_md} at {v_hosp}',
      ],
      [
        'Why you were in the hospital: you had an infection of the skin of your leg (cellulitis). It is getting better. May shower; do not soak your leg in a bath or pool until it heals.',
        'You had your gallbladder removed on {v_dl_prev}. You may feel sore for a week. Hope you feel better soon!',
        'Your heart rhythm (atrial fibrillation) was controlled with medicine. Will you need help at home? Your {v_rel1_word}, {v_rel1_first}, said they can stay with you this week.',
      ],
      [
        'Medicines: START cephalexin 500 mg 4 times a day until {v_dl_next}. STOP ibuprofen. We sent your prescriptions to {v_pharmacy} (Rx {v_rx}).',
        'Medicines: Take Eliquis 5 mg twice a day. Do not miss doses. Your pharmacy, {v_pharmacy}, has your new prescription.',
        'Pain: take Tylenol 650 mg every 6 hours. May take oxycodone 5 mg if pain is 7/10 or more. Do not drive while taking oxycodone.',
      ],
      [
        'Follow-up: see {v_md2} at {v_clinic} on {v_dl_next} at {v_clock}. Address: {v_inst_addr}. To change the time call {v_ph}.',
        'Appointments:\n- {v_clinic}, {v_md2}, {v_dl_next}\n- Lab draw at {v_hosp_short}, {v_dl_next}\nIf you cannot come, call {v_ph_ext}.',
        'A nurse from {v_agency} will visit you at home. They will call you at {v_ph} first.',
      ],
      [
        'Call us if you have a fever over 101, more redness, or pain that gets worse. For an emergency, call 911. Your MyChart username is {v_pt_user}; see your results at {v_portal}.',
        'Questions after hours: nurse advice line {v_ph}. Please do not reply to this letter by email; send a portal message instead.',
        'Call or text 988 if you feel unsafe. Call {v_ph} for the clinic.',
      ],
      [
        'I have received and understand these instructions.\nPatient/caregiver: {v_pt_sign}   Date: {v_d}\nNurse: {v_rn}',
        'Instructions reviewed with you and your {v_rel1_word} by {v_rn}.',
        'Sincerely,\n{v_md_sig}',
      ],
    ],
  },
  {
    style: 'ed-physician',
    capsShare: 0.45,
    weight: 10,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'ED PROVIDER NOTE\n{v_hosp_full} Emergency Department   Arrival {v_d_time}\n{v_pt_hdr}   {v_age_sex}   MRN {v_mrn}   CSN {v_csn}',
        'EMERGENCY DEPARTMENT NOTE {v_d}. Attending: {v_md}. Resident: {v_md2}.',
        'ED note - {v_hosp} - {v_d_time}. Pt: {v_pt}, {v_age}.',
      ],
      [
        "HPI: {v_age_sex} w/ Crohn's disease presenting w/ 2 days RLQ pain 8/10, nonbloody diarrhea, subjective fevers. Brought in by {v_rel1}. Last seen by GI, {v_md3}, at {v_clinic} in {v_mo_yr}.",
        'HPI: pt BIBA from {v_crossing} after MVC, restrained driver, +airbag. {v_town} PD on scene, {v_officer} (badge {v_badge}); pt ID verified from DL {v_dl_no}.',
        'HPI: {v_age} from {v_snf} sent for AMS. Per facility nurse {v_rn3_full} ({v_ph}), baseline A&Ox2, ambulates with walker. {v_Per_rel}, more confused since {v_wkday}.',
        'CC: "I can\'t stop coughing." Cough x5 days, green sputum, sharp pleuritic pain. Sick contacts: grandson at {v_school}. Works as {v_a_prof} at {v_employer}.',
      ],
      [
        'Exam: {v_vitals}. Abd soft, TTP RLQ, no rebound, Rovsing neg. MDM: ddx appendicitis vs Crohn flare vs abscess. CT A/P ordered. {v_labs}.',
        'Exam: {v_vitals}. No seatbelt sign. FAST neg. C-spine cleared by NEXUS. {v_labs}. {v_trap}.',
        'Exam: {v_vitals}. Oriented to self only. No focal deficits. UA: brown, cloudy, LE+, nitrite+. {v_labs}. {v_trap}.',
        'Exam: {v_vitals}. Crackles R base. CXR RLL infiltrate. Wells 0, PERC neg. {v_labs}.',
      ],
      [
        'Dispo: admit to medicine; d/w hospitalist {v_md_last} at {v_clock}, who accepts. Pt and {v_rel1_first} agree.',
        'Discharged home with {v_rel1}; return precautions given. Will call pt at {v_ph} with culture results.',
        'Transfer to {v_hosp2} for IR drainage, accepted by {v_md3}; {v_ambulance} rotor-wing, tail # {v_tail}, ETA {v_clock}.',
        'Dispo: back to {v_snf} per {v_rel1}. Report called to {v_rn3_first} at the facility, fax {v_fax}.',
      ],
      [
        '{v_md_sig}\nI personally saw and examined the patient. Scribe {v_scribe} documented for {v_md}.',
        '{v_md_sig} {v_d_time}',
        'Resident: {v_md2}. Attending attestation: seen and examined, agree. {v_md_sig}',
      ],
    ],
  },
  {
    style: 'psych-intake',
    capsShare: 0.3,
    weight: 9,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'PSYCHIATRIC INTAKE EVALUATION\nPatient: {v_pt_hdr}   DOB: {v_dob}   MRN: {v_mrn}\nDate: {v_d}   Clinician: {v_md}   Legal status: voluntary',
        'Behavioral Health Intake - {v_bh_clinic} - {v_d}. Referred by {v_md2} after ED visit {v_dl_prev}.',
        'PSYCH CONSULT {v_d_time}, {v_hosp}, {v_unit} {v_room}. Reason: SI after overdose.',
      ],
      [
        '{v_ptf} is a {v_age} {v_sex}, {v_prof}, who presents with "I can\'t sleep and I don\'t see the point."',
        'ID: {v_age_sex}, married to {v_rel1_full}, unemployed since leaving {v_employer} in {v_mo_yr}. CC: "my family is scared of me."',
        'Pt ({v_pt_nick} to friends) is a {v_age} {v_sex} brought in by {v_rel1} for escalating paranoia.',
      ],
      [
        'HPI: low mood since {v_month}, after a layoff. Sleep 3-4 h, appetite poor, lost 15 lb. Passive SI ("sometimes I wish I would not wake up"), no plan or intent; denies thoughts to kill self or others. Strange noises at night attributed to neighbors; no AH/VH.',
        'HPI: took ~30 tabs of Seroquel 100 mg on {v_dl_prev} after an argument with {v_rel2_first}; found by {v_rel1_first}, who called 911. Medically cleared at {v_hosp2}. Now regrets the attempt, future-oriented.',
        'HPI: 3 weeks of little sleep, pressured speech, spent $4,000 in a week; {v_per_rel}, similar episode in {v_yr} needing admission to {v_hosp2}.',
      ],
      [
        'Past psych: hospitalized at {v_hosp2} in {v_yr}. Outpatient with {v_therapist} at {v_bh_clinic} until {v_mo_yr}. Trials: sertraline, bupropion, lithium. Fear of crowds since childhood.',
        "Social: born in {v_town}, {v_state}; raised by grandmother {v_grandma}. Two children, {v_kid1} {v_kid_age} and {v_kid2} {v_kid_age}. Attends {v_church}. Firearms: shotgun kept at brother's house in {v_town2}.",
        'Social: came from {v_abroad} in {v_yr}; {v_lang} interpreter {v_interp} used. Lives with {v_rel1} at {v_addr}. Works as {v_a_prof}.',
      ],
      [
        'Substance: EtOH 6-8 beers/night, AUDIT-C 9; cannabis daily; no IVDU. CIWA 4.\nMSE: disheveled, psychomotor slowing, mood "empty", affect constricted, TP linear, insight fair. PHQ-9 21, GAD-7 15, C-SSRS positive for passive ideation.',
        'MSE: casually dressed, good eye contact, speech normal rate. Mood "okay", affect euthymic. No SI/HI. Judgment fair. MoCA 27/30.',
      ],
      [
        'Plan: start mirtazapine 15 mg qHS; safety plan completed; crisis line 988. Pt consents to contact with {v_rel1} ({v_ph}). RTC {v_dl_next} with {v_therapist}. {v_md_psych_sig}',
        'Plan: admit voluntarily to inpatient psychiatry, {v_unit}. Notified {v_rel1_first} at {v_clock}. {v_md_psych_sig}',
        'Plan: hold not indicated. Follow-up at {v_bh_clinic}, intake coordinator {v_staff1} ({v_ph_ext}). {v_md_psych_sig}',
      ],
    ],
  },
  {
    style: 'snf-transfer',
    capsShare: 0.75,
    weight: 9,
    separators: ['\n'],
    sections: [
      [
        'INTERFACILITY TRANSFER FORM\nFROM: {v_snf}, {v_inst_addr}   TO: {v_hosp} ED\nRESIDENT: {v_pt_hdr}   DOB: {v_dob}   AGE: {v_age_n}\nDATE/TIME: {v_d_time}',
        'SNF TO HOSPITAL TRANSFER - {v_d}. Resident {v_pt}, {v_old_sex}, {v_room}, {v_snf}.',
        'Nursing home transfer sheet {v_d}. Name: {v_pt_hdr}   Medicare # {v_mbi}   Medicaid # {v_medicaid}',
      ],
      [
        'Responsible party: {v_rel1_full} ({v_rel1_word}) {v_cell}\nAlternate: {v_rel2_first} ({v_rel2_short}) {v_cell}\nPCP: {v_md}   Facility MD: {v_md2}',
        'Code status: DNR/DNI per POLST dated {v_d_prev}. HCP: {v_rel1}. Guardian: none.',
        'Contacts:\n{v_fam_lines}',
      ],
      [
        'Reason for transfer: found on floor at {v_clock}, unwitnessed, +head strike, on Eliquis. C/o L hip pain 8/10, L leg shortened and rotated.',
        'Reason: fever 101.8, RR 28, SpO2 86% RA, new cough. Rapid COVID/flu neg {v_dl}. {v_vitals}.',
        'Reason: acute change in mental status since {v_wkday}, poor PO intake, Na 124 on labs drawn {v_dl_prev}.',
      ],
      [
        "Baseline: Alzheimer's dementia, A&Ox1, walker + 1 assist, feeds self, HOH (hearing aids sent). Speaks {v_lang} only; {v_rel1_first} interprets.",
        'Baseline: vascular dementia, A&Ox2. Speaks Navajo only; {v_rel1_first} interprets, or call the {v_hosp_short} Navajo interpreter line.',
        "Baseline: Parkinson's disease, wheelchair, mechanical soft diet, thin liquids. Long-term resident since {v_mo_yr}. {v_trap}.",
        'Baseline: alert, oriented, independent with ADLs except bathing. Retired {v_prof}. Likes to be called {v_pt_nick}.',
      ],
      [
        'Meds: Sinemet 25/100 TID, Eliquis 2.5 BID (last dose {v_clock}), donepezil 10, Lasix 20, KCl 10, senna. Allergies: PCN (hives), sulfa.',
        'Sent with: MAR, face sheet, POLST, glasses, upper dentures, wedding band (yellow metal). Belongings list signed by {v_staff2}.',
        'Insurance: Medicare {v_mbi}; supplemental {v_member}. SSN {v_ssn}.',
      ],
      [
        'Report called to {v_rn3_full}, RN at {v_clock} by {v_rn}. Family ({v_rel1_first}) notified at {v_clock}, will meet pt in ED. Transport: {v_ambulance}.',
        'Called {v_rel1_sf} at {v_ph}, no answer, left VM. Will call {v_rel2_first} next. {v_rn}',
        '{v_rn}   {v_snf} nurses station {v_ph_ext}, fax {v_fax}',
      ],
    ],
  },
  {
    style: 'telehealth',
    capsShare: 0.3,
    weight: 9,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'TELEHEALTH VISIT (video) - {v_d}\nPatient: {v_pt}   MRN {v_mrn}\nProvider location: {v_clinic}, {v_town2}, {v_st2}. Patient location: home, {v_town}, {v_state}.',
        'Virtual visit via {v_tele_url} on {v_d_time}. Pt identity verified with name and DOB ({v_dob}).',
        'Video visit {v_d}, {v_clinic}. {v_ptt}, {v_age}.',
      ],
      [
        'Pt consented to video visit. On video: pt and {v_rel1}, who helped with the connection. Video froze x1; visit completed by phone at {v_ph}.',
        'Audio-only (pt has no smartphone). Called pt at {v_ph} at {v_clock}; {v_rel1_first} answered and handed the phone to pt.',
        'Session via Doximity; pt joined from IP {v_ip} (logged by the platform). {v_lang} interpreter {v_interp}, ID {v_interp_id}, joined by phone.',
      ],
      [
        'HPI: f/u T2DM and HTN. Dexcom G7 data reviewed in Clarity (receiver SN {v_serial}): avg 186, TIR 48%. More sweets since {v_holiday}. Home BP 150s/90s. {v_trap}.',
        'HPI: f/u depression and chronic back pain. Pain 6/10, sharp, no red flags. Mood better since starting sertraline {v_dl_prev}. Still working as {v_a_prof}.',
        "HPI: f/u Parkinson's disease. Tremor worse in AM. {v_Per_rel}, two near-falls since last visit on {v_dl_prev}. {v_trap}.",
      ],
      [
        'Exam (video): NAD, speaking full sentences, no JVD visible, mild ankle edema on self-press. A/P: increase Jardiance to 25 mg; Rx to {v_pharmacy}. Labs at {v_hosp_short} before next visit {v_dl_next}.',
        'Exam limited to observation. A/P: continue current meds, PT referral to {v_clinic}. Will call pt with results. F/u {v_dl_next}.',
        'A/P: refer to neurology ({v_md3}); order #{v_order} placed for home safety eval through {v_agency}. Total time 25 min.',
      ],
      [
        '{v_md_sig} (remote, from {v_town2}, {v_st2})',
        '{v_md_sig}\nPatient portal: {v_portal}',
        'Visit by {v_md} with {v_rn2_first} (MA) assisting. E-signed {v_d_time}.',
      ],
    ],
  },
  {
    style: 'chaplaincy',
    capsShare: 0.4,
    weight: 8,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'SPIRITUAL CARE NOTE - {v_d}\nPt: {v_pt}   Unit: {v_unit} {v_room}\nReferral: RN {v_rn_first}',
        'CHAPLAIN VISIT {v_d_time}. {v_ptt}, {v_old}, transitioned to comfort care.',
        'Spiritual Care - {v_hosp} - {v_d}. Visit with {v_pt_hdr} and family.',
      ],
      [
        'Chaplain visited pt and family ({v_fam_list}). Pt is a lifelong member of {v_church}; {v_clergy} contacted at {v_ph} and will come this evening.',
        'Pt tearful; shared fear of dying before {v_rel2_word} {v_rel2_first} arrives from {v_country}. Faith has been a source of strength. Hope expressed for a peaceful death.',
        'Family requested prayers in {v_lang}; chaplain sang with them. {v_rel1_first} asked that the body not be moved until {v_rel2_first} arrives from {v_town2}.',
        'Pt grieving the death of {v_his} spouse, {v_grandma}, on {v_dl_prev}; the funeral was at {v_church}.',
      ],
      [
        'Prayer and blessing at bedside with {v_clergy} of {v_church}. Prayer cloth left with pt at {v_rel1_poss} request.',
        'Family is Muslim: {v_imam} to assist with ghusl; {v_funeral} contacted for burial within 24 h.',
        'Pt not religious ("more spiritual"); finds meaning in family and fishing. Life review: worked {?20|30|40} years as {v_a_prof}. Joy in grandchildren.',
      ],
      [
        'Plan: chaplain will f/u {v_dl_next}; on-call chaplain via operator, {v_pgr}. {v_chap_sig}',
        '{v_chap_sig}\nFamily given bereavement packet and number for {v_funeral} ({v_ph}). They post updates for the church at {v_url}.',
        'Will continue to support. -- {v_chap_sig}, ext {v_ext}',
      ],
    ],
  },
  {
    style: 'ob-triage',
    capsShare: 0.55,
    weight: 9,
    separators: ['\n', '\n', ' '],
    sections: [
      [
        'OB TRIAGE NOTE {v_d_time}\n{v_ob_hdr}   {v_ob_age}   G3P2002 @ 37w2d   EDD {v_edd} by 8 wk US\nMRN {v_mrn}   PNC: {v_ob_clinic} ({v_md2})',
        'L&D TRIAGE {v_d}: {v_ob}, {v_ob_age}, G1P0 @ 32w5d, sent from {v_ob_clinic} for elevated BP.',
        'OB triage {v_d}, {v_hosp}. Pt {v_obf} ({v_ob_hdr}), DOB {v_ob_dob}, G2P1 @ 39w0d.',
      ],
      [
        'CC: ctx q5-7 min since {v_clock}, +LOF at {v_clock} (clear). +FM, no VB. Braxton Hicks x1 wk before.',
        'CC: decreased fetal movement x12 h. Denies ctx, LOF, VB. Ate candy and juice in the car without change.',
        'CC: headache 7/10 and BP 152/98 at clinic. No RUQ pain, no visual changes.',
      ],
      [
        'PNC at {v_ob_clinic} since 9 wks. Labs: O+, Ab screen neg, RI, HBsAg neg, HIV neg, GBS pos ({v_dl_prev}). 1 hr GTT 128. Prior NSVD x2 at {v_hosp2} ({v_yr}, {v_yr}).',
        'Hx: chronic HTN on labetalol 200 BID. Prior c/s in {v_yr} for breech. Works as {v_a_prof} at {v_employer}.',
        'Late PNC (first visit {v_dl_prev}); recently moved from {v_abroad}. {v_lang} interpreter {v_interp} (ID {v_interp_id}) used.',
      ],
      [
        'SVE 4/70/-1 per {v_rn_first} RN, confirmed by {v_md2_last}. Nitrazine +, ferning +, Graves speculum exam with pooling. FHT 135, mod var, +accels, no decels (Cat I). Toco q3-4 min. Leopold: vertex.',
        'FHT 140s, reactive NST. BPP 8/8. Toco: irritability. {v_vitals}. PIH labs: Plt 212, AST 22, Cr 0.6, UPC 0.18.',
        'Closed/thick/high. Bishop score 3. FHT 150, minimal variability initially, moderate after juice. {v_vitals}.',
      ],
      [
        '{v_fob} at bedside; doula {v_doula} en route. Mother {v_grandma} ({v_ph}) watching the older kids, {v_kid_age} and {v_kid_age}.',
        'Support person: {v_fob}, cell {v_ph}. {v_ob_poss} sister to bring the car seat.',
        'Pt alone; {v_fob_first} deployed, contacted via Red Cross. Emergency contact: mother {v_grandma} {v_cell}.',
      ],
      [
        'Plan: admit to L&D for labor. GBS ppx PCN G. Epidural per pt request; anesthesia ({v_md3}) aware. {v_cnm_sig}',
        'Plan: d/c home with kick counts and BP check at {v_ob_clinic} {v_dl_next}. Return precautions reviewed. {v_cnm_sig}',
        'Plan: admit for preeclampsia w/o severe features, induction. D/w {v_md_full} (OB hospitalist) at {v_clock}. {v_rn}',
      ],
    ],
  },
  {
    style: 'records-request',
    capsShare: 0.25,
    weight: 7,
    separators: ['\n\n'],
    sections: [
      [
        '{v_clinic}\n{v_inst_addr}\nTel {v_ph}   Fax {v_fax}\n\n{v_d}',
        '{v_clinic} | {v_inst_addr} | Phone {v_ph_ext}\n{v_d}',
      ],
      [
        'Medical Records / HIM Department\n{v_hosp2}\nVia fax',
        'To: Release of Information, {v_hosp2}\nFrom: {v_md}, {v_clinic}',
      ],
      [
        'RE: Request for outside records\nPatient: {v_pt}\nDOB: {v_dob}\nYour MRN (if known): {v_other_mrn}\nDates of service: {v_d_prev} through {v_d}',
        'Re: {v_pt_hdr}, DOB {v_dob}, SSN {v_ssn}. Our chart # {v_mrn}.',
      ],
      [
        'Dear Records Custodian,\nOur patient, {v_ptt}, has established care with {v_md} and has signed the enclosed authorization. Please send the discharge summary, operative report and pathology from the admission of {v_dl_prev}, imaging reports (CT abdomen {v_mo_yr}) and the most recent echo.',
        'To whom it may concern: {v_ptf} was seen in your ED on {v_dl_prev} and admitted for {v_n} days. {v_His} PCP, {v_md}, requests labs, imaging and cardiology notes. The patient may also be listed under the name {v_pt_nick}.',
        'We are requesting records for {v_pt}, who previously lived at {v_addr}. Prior PCP: {v_md3} at {v_hosp2}. Please include immunization records and the colonoscopy report ({v_yr}).',
      ],
      [
        'Please fax records to {v_fax}, Attn: {v_staff1} (medical records), or send via Direct to {v_direct}.',
        'Records may be mailed to the address above or uploaded to our portal. Questions: {v_staff2} at {v_ph_ext}.',
      ],
      [
        'Thank you,\n{v_md_sig}\nNPI {v_npi}',
        'Sincerely,\n{v_staff1}, Medical Records Coordinator, for {v_md}\ncc: patient',
        'Thank you for your prompt attention.\n{v_md_sig}\nEnclosure: signed authorization ({v_d})',
      ],
    ],
  },
];

export const DEV5_CORPUS: CorpusSpec = {
  name: 'dev5',
  seed: 52894,
  count: 150,
  styles: DEV5_STYLES,
  slots: { ...SHARED_SLOTS, ...DEV5_SLOTS },
  file: 'synthetic-dev5.jsonl',
};

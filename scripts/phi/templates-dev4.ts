// Templates of the fourth dev corpus (synthetic-dev4.jsonl), written by yet another hand with its own cast,
// places, identifier shapes and note types, so it measures shapes the detector was not tuned on. Styles:
// oncology infusion, dialysis run sheets, wound care, anaesthesia pre-op, NICU with both parents,
// infectious-disease consults with travel/exposure history, occupational health / workers' comp,
// correctional health, transplant coordination, discharge follow-up instructions, rapid-response events.
import type { CorpusSpec } from './corpus';
import { phi, type Fragment, type SlotTable } from './note-builder';
import type { Random } from './prng';
import { SHARED_SLOTS, type NoteContext } from './slots';
import { addDays, MONTHS, type DateParts } from './surrogates';
import type { StyleTemplates } from './templates-dev';

const FEMALE = ['Winter', 'Summer', 'Autumn', 'Destiny', 'Heaven', 'Amber', 'Ruby', 'Pearl', 'Ivy', 'Iris', 'Dawn',
  'Misty', 'Crystal', 'Honey', 'Royal', 'Essence', 'Temperance', 'Prudence', 'Constance', 'Verity', 'Imogen',
  'Thandiwe', 'Adaeze', 'Oluwaseun', 'Abena', 'Fatoumata', 'Aaliyah', 'Zainab', 'Yasmin', 'Noor', 'Shirin',
  'Anahit', 'Siranush', 'Oksana', 'Halyna', 'Bożena', 'Agnieszka', 'Mirela', 'Thuy', 'Lan', 'Hoa', 'Ji-woo',
  'Min-seo', 'Haruka', 'Yuki', 'Mei-Ling', 'Xiaoyan', 'Priyanka', 'Lakshmi', 'Deepa', 'Guadalupe', 'Maricela',
  'Yesenia', 'Consuelo', 'Dulce', 'Keisha', 'Tanisha', 'LaToya', "Shae'la", 'Rae Ann', 'Sue Ellen', 'Kimberlee'];
const MALE = ['Hunter', 'Chase', 'Major', 'King', 'Royal', 'Bishop', 'Deacon', 'Sterling', 'Forrest', 'Rocky',
  'Hardy', 'Early', 'Booker', 'Mason', 'Tucker', 'Colt', 'Ransom', 'Boone', 'Augustus', 'Leopold', 'Barnabas',
  'Ignatius', 'Obadiah', 'Emeka', 'Tunde', 'Kofi', 'Themba', 'Sipho', 'Oumar', 'Yusuf', 'Tariq', 'Omar',
  'Arash', 'Dariush', 'Tigran', 'Vartan', 'Bogdan', 'Taras', 'Mirosław', 'Radu', 'Minh', 'Quang', 'Huy',
  'Jae-hyun', 'Hiroshi', 'Kenji', 'Wei', 'Jun', 'Rajesh', 'Anil', 'Venkat', 'Jesús', 'Refugio', 'Heriberto',
  'Eleuterio', 'DeShawn', 'Jamal', "Ke'Andre", 'Bobby Lee', 'Joe Bob', 'Travis'];
const SURNAMES = ['Mercy', 'Godfrey', 'Lord', 'Bishop', 'Pope', 'Church', 'Temple', 'Christmas', 'Easter', 'Sunday',
  'Monday', 'Winter', 'Frost', 'Snow', 'Rain', 'Storm', 'Fox', 'Crane', 'Finch', 'Sparrow', 'Lamb', 'Bull', 'Hogg',
  'Bacon', 'Rice', 'Bean', 'Root', 'Stone', 'Rock', 'Hill', 'Dale', 'Moody', 'Savage', 'Strong', 'Able', 'Ready',
  'Sick', 'Dye', 'Burns', 'Cutter', 'Bleeding', 'Payne', 'Dolor', 'Nurse', 'Doctor', 'Goodbody',
  'Abernathy-Osei', 'Okonkwo', 'Adeyemi', 'Mensah', 'Diallo', 'Traoré', 'Haddad', 'Khoury', 'Nasser', 'Farahani',
  'Sarkissian', 'Petrosyan', 'Kovalenko', 'Shevchenko', 'Wiśniewski', 'Popescu', 'Tran', 'Pham', 'Huynh',
  'Park', 'Choi', 'Yamamoto', 'Takahashi', 'Chen', 'Liu', 'Zhou', 'Venkataraman', 'Iyer', 'Reddy',
  'Villarreal', 'Zamora-Cruz', 'Garza', 'de León', 'del Valle', 'Mac Lochlainn', "D'Amato", "O'Rourke-Bell",
  'St. Cyr', 'La Fontaine', 'Van Wyk', 'Ten Eyck', 'Baptiste', 'Jean-Louis', 'Pierre-Louis', 'Washington', 'Jefferson'];
const NICKNAMES = ['Skeeter', 'Bubba', 'Sweet Pea', 'Buster', 'T-Bone', 'Scooter', 'Mookie', 'Princess', 'Junebug',
  'Cuz', 'Chico', 'Flaco', 'Gordo', 'Mimi', 'Gigi', 'Bear', 'Hoss', 'Shorty', 'Pumpkin', 'Spud'];
const HOSPITALS = ['Tidewater Memorial Hospital', 'Saint Agatha Medical Center', 'Blue Ridge Regional', 'Cumberland Plateau Medical Center',
  'Our Lady of the Lake Regional', 'Piedmont Heart and Vascular', 'Three Rivers Health', 'Good Shepherd Medical Center',
  'Sisters of Charity Hospital', 'Chesapeake General', 'Bayou Oaks Hospital', 'Mesa Verde Medical Center',
  'Northern Plains Regional', 'Kaweah Health', 'Choctaw Nation Health Care Center', 'Sacred Heart Children\'s'];
const HOSPITAL_SHORT = ['TMH', 'SAMC', 'BRR', 'CPMC', 'OLOL', 'GSMC', 'SOCH', 'NPR'];
const CLINICS = ['Lakeshore Wound & Hyperbaric Center', 'Fresenius Kidney Care Eastgate', 'DaVita Riverbend Dialysis',
  'Cedar Bluff Cancer Institute', 'Harbor Point Infectious Disease Associates', 'Concentra Urgent Care - Airport Blvd',
  'WorkWell Occupational Medicine', 'Magnolia Family Practice', 'Sunbelt Transplant Institute', 'Palmetto Ortho & Spine',
  'Ridgeview Pulmonary Associates', 'Bright Horizons Pediatrics'];
const EMPLOYERS = ['Tyson Foods plant #4', 'Amazon fulfillment center DFW7', 'Walmart Distribution Center 6094',
  'Newport News Shipbuilding', 'Georgia-Pacific mill', 'Pilgrim\'s Pride', 'Sunrise Roofing LLC', 'Gulf Coast Marine Services',
  'Hobby Lobby on Hwy 69', 'FedEx Ground hub', 'Marathon refinery', 'Coastal Poultry Co', 'Bob\'s Tire & Lube',
  'Green Acres Landscaping', 'Lone Star Concrete'];
const TOWNS = ['Chesapeake', 'Suffolk', 'Danville', 'Lynchburg', 'Kingsport', 'Cookeville', 'Hattiesburg', 'Meridian',
  'Houma', 'Thibodaux', 'Lake Charles', 'Texarkana', 'Tyler', 'Odessa', 'Laredo', 'Harlingen', 'Pharr', 'Roswell',
  'Farmington', 'Flagstaff', 'Yuma', 'Visalia', 'Merced', 'Modesto', 'Minot', 'Aberdeen', 'Paris', 'Athens', 'Rome',
  'Lebanon', 'Cairo', 'Canton', 'Warsaw', 'Goshen', 'Bethlehem', 'Eden', 'Sandy', 'Rusk', 'Humble', 'Gay'];
const STATES: readonly (readonly [string, string])[] = [['Virginia', 'VA'], ['Tennessee', 'TN'], ['Mississippi', 'MS'],
  ['Louisiana', 'LA'], ['Texas', 'TX'], ['New Mexico', 'NM'], ['Arizona', 'AZ'], ['California', 'CA'], ['Georgia', 'GA'],
  ['Alabama', 'AL'], ['Arkansas', 'AR'], ['Kentucky', 'KY'], ['Missouri', 'MO'], ['Idaho', 'ID']];
const STREETS = ['Magnolia', 'Live Oak', 'Bayou Bend', 'Pecan', 'Dogwood', 'Cotton Gin', 'Old Spanish Trail',
  'Martin Luther King Jr', 'Chimney Rock', 'Tobacco Barn', 'Cane Creek', 'Shady Grove', 'Possum Trot', 'Hickory Flat'];
const STREET_KINDS = ['St', 'Street', 'Ave', 'Blvd', 'Pike', 'Trl', 'Loop', 'Hwy', 'Ln', 'Cv', 'Ct', 'Pkwy', 'Rd'];
const COUNTRIES = ['Guatemala', 'the Dominican Republic', 'Haiti', 'Ghana', 'Nigeria', 'the DRC', 'India', 'Pakistan',
  'the Philippines', 'Vietnam', 'Brazil', 'Mexico', 'Ukraine', 'Armenia', 'Iraq', 'Yemen', 'Kenya', 'Uganda'];
const FOREIGN_CITIES = ['Lagos', 'Kumasi', 'Port-au-Prince', 'Santo Domingo', 'Quetzaltenango', 'Manila', 'Cebu',
  'Ho Chi Minh City', 'Mumbai', 'Lahore', 'Kampala', 'Nairobi', 'Recife', 'Oaxaca', 'Kharkiv', 'Yerevan', 'Basra'];
const PROFESSIONS = ['poultry line worker', 'roofer', 'welder', 'crab boat deckhand', 'home daycare provider',
  'long-haul trucker', 'forklift operator', 'pipefitter', 'oil rig roughneck', 'pig farmer', 'veterinarian',
  'zookeeper', 'elementary school teacher', 'flight attendant', 'missionary', 'Army medic', 'cattle rancher',
  'spelunking guide', 'taxidermist', 'slaughterhouse inspector', 'sewage treatment operator', 'nail technician'];
const MAIL_HOSTS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'att.net', 'bellsouth.net', 'cox.net', 'icloud.com', 'verizon.net'];
const AGES_OVER_89 = ['90', '91', '92', '93', '94', '95', '96', '97', '98', '99', '100', '101', '102', '103'];
const HOLIDAYS = ['Christmas Eve', 'Thanksgiving', 'New Year\'s Day', 'the Fourth of July', 'Labor Day', 'Memorial Day', 'Easter Sunday'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Per-kind pools, so a dialysis run sheet names a dialysis unit and a jail note a jail. */
const CLINIC_POOLS = {
  onc: ['Cedar Bluff Cancer Institute', 'Tidewater Oncology & Hematology', 'Magnolia Infusion Center', 'Texas Oncology - Tyler'],
  dial: ['Fresenius Kidney Care Eastgate', 'DaVita Riverbend Dialysis', 'Satellite Healthcare Pecan Grove', 'ARA Dialysis of Houma'],
  wound: ['Lakeshore Wound & Hyperbaric Center', 'Bayside Wound Healing Institute', 'Healogics Wound Center - Danville'],
  occ: ['Concentra Urgent Care - Airport Blvd', 'WorkWell Occupational Medicine', 'Gulf South Occupational Health'],
  tx: ['Sunbelt Transplant Institute', 'Mid-South Transplant Clinic', 'Blue Ridge Kidney & Liver Transplant Center'],
  gen: ['Magnolia Family Practice', 'Ridgeview Pulmonary Associates', 'Piney Woods Community Health Center', 'Palmetto Ortho & Spine', 'Brazos Valley FQHC'],
};
const UNIT_POOLS = {
  inf: ['Infusion Bay 6', 'Chair 14', 'Infusion Pod C'],
  nicu: ['NICU Room 7', 'Level II Nursery', 'NICU Pod B'],
  ward: ['Station 3 West', 'Med-Surg 5 South', 'Renal 6', 'Transplant Step-Down', 'Burn Unit', 'Tele 4 North'],
  preop: ['Pre-Op Holding', 'PACU Bay 4', 'PAT Clinic'],
  jail: ['Medical Housing Unit B', 'Infirmary 2', 'Pod C'],
};
const JAILS = ['Buckingham Correctional Center', 'Harris County Jail - 1200 Baker', 'FCI Beaumont Low', 'Riverside Regional Jail'];
const RESIDENCES = ['Union Rescue Mission', 'Salvation Army Center of Hope', 'Haven of Rest Shelter', 'Magnolia Manor SNF',
  'Brookdale Oak Hollow', 'Cypress Cove Rehab'];
const HOME_HEALTH = ['Amedisys Home Health of Tyler', 'LHC Home Health - Houma', 'Bayou Home Care', 'Encompass Home Health Danville'];

interface Person { first: string; last: string; middle: string; nick: string; female: boolean }

interface Cast {
  patient: Person;
  mother: Person;
  father: Person;
  relative: Person;
  relation: string;
  doctors: Person[];
  nurses: Person[];
  staff: Person[];
  supervisor: Person;
  coordinator: Person;
  hospital: string;
  hospitalShort: string;
  clinic: string;
  employer: string;
  town: string;
  otherTown: string;
  state: readonly [string, string];
  street: string;
  zip: string;
  country: string;
  foreignCity: string;
  profession: string;
  mrn: string;
  /** One draw per note, so repeated mentions of a pooled place agree. */
  placeIndex: number;
  visit: DateParts;
  dateShape: (d: DateParts) => string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DATE_SHAPES: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}/${d.year}`,
  (d) => `${pad(d.month)}/${pad(d.day)}/${String(d.year).slice(2)}`,
  (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`,
  (d) => `${pad(d.day)}-${SHORT_MONTHS[d.month - 1]}-${d.year}`,
  (d) => `${SHORT_MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  (d) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  (d) => `${d.month}-${d.day}-${d.year}`,
  (d) => `${pad(d.month)}.${pad(d.day)}.${d.year}`,
  (d) => `${d.day} ${SHORT_MONTHS[d.month - 1]} ${d.year}`,
];
/** Shapes seen in running text rather than headers: partial, ordinal, relative to a weekday. */
const LOOSE_DATE_SHAPES: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}`,
  (d) => `${SHORT_MONTHS[d.month - 1]} ${d.day}`,
  (d) => `${MONTHS[d.month - 1]} ${d.day}${d.day === 1 || d.day === 21 ? 'st' : d.day === 2 || d.day === 22 ? 'nd' : d.day === 3 || d.day === 23 ? 'rd' : 'th'}`,
  (d) => `${pad(d.month)}${pad(d.day)}${String(d.year).slice(2)}`,
  (d) => `${d.day}${SHORT_MONTHS[d.month - 1].toUpperCase()}${String(d.year).slice(2)}`,
  (d) => `${SHORT_MONTHS[d.month - 1]} '${String(d.year).slice(2)}`,
  (d) => `${MONTHS[d.month - 1]} of ${d.year}`,
];

const casts = new WeakMap<NoteContext, Cast>();

function person(rng: Random, female = rng.chance(0.5)): Person {
  return { first: rng.pick(female ? FEMALE : MALE), last: rng.pick(SURNAMES), middle: rng.letters(1), nick: rng.pick(NICKNAMES), female };
}

function cast(c: NoteContext): Cast {
  const known = casts.get(c);
  if (known) return known;
  const { rng } = c;
  const patient = person(rng);
  const female = rng.chance(0.55);
  const fresh: Cast = {
    patient,
    mother: { ...person(rng, true), last: rng.chance(0.6) ? patient.last : rng.pick(SURNAMES) },
    father: { ...person(rng, false), last: rng.chance(0.7) ? patient.last : rng.pick(SURNAMES) },
    relative: person(rng, female),
    relation: rng.pick(female ? ['wife', 'daughter', 'sister', 'mother', 'niece', 'girlfriend', 'aunt', 'POA'] : ['husband', 'son', 'brother', 'father', 'nephew', 'boyfriend', 'uncle', 'POA']),
    doctors: [person(rng), person(rng), person(rng)],
    nurses: [person(rng, rng.chance(0.75)), person(rng, rng.chance(0.75)), person(rng)],
    staff: [person(rng), person(rng), person(rng), person(rng)],
    supervisor: person(rng),
    coordinator: person(rng, rng.chance(0.7)),
    hospital: rng.pick(HOSPITALS),
    hospitalShort: rng.pick(HOSPITAL_SHORT),
    clinic: rng.pick(CLINICS),
    employer: rng.pick(EMPLOYERS),
    town: rng.pick(TOWNS),
    otherTown: rng.pick(TOWNS),
    state: rng.pick(STATES),
    street: `${rng.int(2, 29999)} ${rng.pick(STREETS)} ${rng.pick(STREET_KINDS)}${rng.chance(0.25) ? ` ${rng.pick(['Apt', 'Unit', '#', 'Lot', 'Trlr'])} ${rng.int(1, 240)}${rng.pick(['', 'B'])}` : ''}`,
    zip: rng.chance(0.8) ? rng.digits(5) : `${rng.digits(5)}-${rng.digits(4)}`,
    country: rng.pick(COUNTRIES),
    foreignCity: rng.pick(FOREIGN_CITIES),
    profession: rng.pick(PROFESSIONS),
    mrn: rng.pick([() => rng.digits(8), () => `${rng.letters(1)}${rng.digits(7)}`, () => `${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`, () => `00${rng.digits(7)}`])(),
    placeIndex: rng.int(0, 9999),
    visit: { year: rng.int(2019, 2026), month: rng.int(1, 12), day: rng.int(1, 28) },
    dateShape: rng.pick(DATE_SHAPES),
  };
  casts.set(c, fresh);
  return fresh;
}

const nameOf = (text: string, subtype: 'PATIENT' | 'DOCTOR' | 'RELATIVE' | 'NAME') => phi(text, 'NAME', subtype);
const dateOf = (text: string) => phi(text, 'DATE', 'DATE');
const loc = (text: string, subtype: 'HOSPITAL' | 'ORGANIZATION' | 'DEPARTMENT' | 'ROOM' | 'STREET' | 'CITY' | 'STATE' | 'COUNTRY' | 'ZIP' | 'LOCATION') => phi(text, 'LOCATION', subtype);

function written(rng: Random, p: Person): string {
  return rng.pick([`${p.first} ${p.last}`, `${p.first} ${p.last}`, `${p.first} ${p.middle}. ${p.last}`, `${p.last}, ${p.first}`, `${p.first[0]}. ${p.last}`]);
}
function clinician(rng: Random, p: Person, subtype: 'DOCTOR' | 'NAME'): Fragment {
  return rng.pick<() => Fragment>([
    () => ['Dr. ', nameOf(p.last, subtype)],
    () => ['Dr ', nameOf(`${p.first} ${p.last}`, subtype)],
    () => [nameOf(`${p.first} ${p.last}`, subtype), ', MD'],
    () => [nameOf(`${p.first[0]}. ${p.last}`, subtype), ' DO'],
    () => [nameOf(`${p.first} ${p.middle}. ${p.last}`, subtype), ', MD, PhD'],
  ])();
}
function nurse(rng: Random, p: Person): Fragment {
  return rng.pick<() => Fragment>([
    () => [nameOf(`${p.first} ${p.last}`, 'NAME'), ', RN'],
    () => [nameOf(`${p.first} ${p.last[0]}.`, 'NAME'), ' RN'],
    () => ['RN ', nameOf(p.first, 'NAME')],
    () => [nameOf(`${p.first[0]}${p.last[0]}`, 'NAME'), ' RN'],
    () => [nameOf(`${p.last}, ${p.first}`, 'NAME'), ' BSN RN'],
  ])();
}
function phone(rng: Random): string {
  const area = rng.pick(['757', '804', '434', '423', '931', '601', '985', '337', '903', '956', '505', '928', '559', '701']);
  const mid = rng.digits(3);
  const end = rng.digits(4);
  return rng.pick([`(${area}) ${mid}-${end}`, `${area}-${mid}-${end}`, `${area}.${mid}.${end}`, `${area} ${mid} ${end}`, `1-${area}-${mid}-${end}`, `${area}/${mid}-${end}`, `${mid}-${end}`]);
}
function days(c: NoteContext, offset: number): DateParts {
  return addDays(cast(c).visit, offset);
}

export const DEV4_SLOTS: SlotTable<NoteContext> = {
  q_pt: (c) => nameOf(written(c.rng, cast(c).patient), 'PATIENT'),
  q_pt_hdr: (c) => { const p = cast(c).patient; return nameOf(c.rng.pick([`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, `${p.last}, ${p.first} ${p.middle}`, `${p.last},${p.first}`]), 'PATIENT'); },
  q_pt_first: (c) => nameOf(cast(c).patient.first, 'PATIENT'),
  q_pt_mr: (c) => { const p = cast(c).patient; return [p.female ? c.rng.pick(['Ms. ', 'Mrs. ', 'Miss ']) : c.rng.pick(['Mr. ', 'Mr ']), nameOf(p.last, 'PATIENT')]; },
  q_pt_nick: (c) => { const p = cast(c).patient; return [nameOf(p.first, 'PATIENT'), ' "', nameOf(p.nick, 'PATIENT'), '" ', nameOf(p.last, 'PATIENT')]; },
  q_pt_alias: (c) => nameOf(cast(c).patient.nick, 'PATIENT'),
  q_pt_init: (c) => { const p = cast(c).patient; return nameOf(c.rng.pick([`${p.first[0]}${p.last[0]}`, `${p.first[0]}.${p.last[0]}.`, `${p.first[0]}.${p.middle}.${p.last[0]}.`]), 'PATIENT'); },
  q_baby: (c) => { const p = cast(c); return nameOf(c.rng.pick([`Baby Boy ${p.mother.last}`, `Baby Girl ${p.mother.last}`, `${p.mother.last}, Girl A`, `${p.mother.last}, Twin B`, `BG ${p.mother.last}`]), 'PATIENT'); },
  q_mom: (c) => nameOf(written(c.rng, cast(c).mother), 'RELATIVE'),
  q_mom_first: (c) => nameOf(cast(c).mother.first, 'RELATIVE'),
  q_dad: (c) => nameOf(written(c.rng, cast(c).father), 'RELATIVE'),
  q_dad_first: (c) => nameOf(cast(c).father.first, 'RELATIVE'),
  q_rel: (c) => { const k = cast(c); return c.rng.pick<() => Fragment>([
    () => [k.relation, ' ', nameOf(`${k.relative.first} ${k.relative.last}`, 'RELATIVE')],
    () => [nameOf(k.relative.first, 'RELATIVE'), ' (', k.relation, ')'],
    () => [k.relation, ' ', nameOf(k.relative.first, 'RELATIVE')],
    () => [nameOf(`${k.relative.first} ${k.relative.last}`, 'RELATIVE'), ' - ', k.relation],
  ])(); },
  q_rel_first: (c) => nameOf(cast(c).relative.first, 'RELATIVE'),
  q_md: (c) => clinician(c.rng, cast(c).doctors[0], 'DOCTOR'),
  q_md2: (c) => clinician(c.rng, cast(c).doctors[1], 'DOCTOR'),
  q_md3: (c) => clinician(c.rng, cast(c).doctors[2], 'DOCTOR'),
  q_md_last: (c) => nameOf(cast(c).doctors[0].last, 'DOCTOR'),
  q_rn: (c) => nurse(c.rng, cast(c).nurses[0]),
  q_rn2: (c) => nurse(c.rng, cast(c).nurses[1]),
  q_rn_first: (c) => nameOf(cast(c).nurses[2].first, 'NAME'),
  q_staff1: (c) => nameOf(written(c.rng, cast(c).staff[0]), 'NAME'),
  q_staff2: (c) => nameOf(`${cast(c).staff[1].first} ${cast(c).staff[1].last}`, 'NAME'),
  q_staff3: (c) => nameOf(cast(c).staff[2].last, 'NAME'),
  q_staff4: (c) => nameOf(`${cast(c).staff[3].first[0]}. ${cast(c).staff[3].last}`, 'NAME'),
  q_user: (c) => { const p = cast(c).nurses[1]; return phi(c.rng.pick([`${p.first[0]}${p.last}`.toLowerCase().replace(/[^a-z]/g, ''), `${p.first}.${p.last}`.toLowerCase().replace(/[^a-z.]/g, ''), `${p.last.replace(/[^A-Za-z]/g, '').slice(0, 6)}${p.first[0]}${c.rng.digits(2)}`.toUpperCase()]), 'NAME', 'USERNAME'); },
  q_sup: (c) => nameOf(written(c.rng, cast(c).supervisor), 'NAME'),
  q_coord: (c) => nameOf(`${cast(c).coordinator.first} ${cast(c).coordinator.last}`, 'NAME'),
  q_coord_first: (c) => nameOf(cast(c).coordinator.first, 'NAME'),
  ...Object.fromEntries(Object.entries(CLINIC_POOLS).map(([kind, pool]) => [`q_clinic_${kind}`, (c: NoteContext) => loc(pool[cast(c).placeIndex % pool.length], 'HOSPITAL')])),
  ...Object.fromEntries(Object.entries(UNIT_POOLS).map(([kind, pool]) => [`q_unit_${kind}`, (c: NoteContext) => loc(pool[cast(c).placeIndex % pool.length], 'DEPARTMENT')])),
  q_jail: (c) => loc(JAILS[cast(c).placeIndex % JAILS.length], 'ORGANIZATION'),
  q_residence: (c) => loc(RESIDENCES[cast(c).placeIndex % RESIDENCES.length], 'ORGANIZATION'),
  q_homehealth: (c) => loc(HOME_HEALTH[cast(c).placeIndex % HOME_HEALTH.length], 'ORGANIZATION'),
  q_hosp: (c) => loc(c.rng.chance(0.75) ? cast(c).hospital : cast(c).hospitalShort, 'HOSPITAL'),
  q_hosp_full: (c) => loc(cast(c).hospital, 'HOSPITAL'),
  q_employer: (c) => loc(cast(c).employer, 'ORGANIZATION'),
  q_room: (c) => [c.rng.pick(['Rm ', 'RM ', 'bed ', 'Bay ']), loc(`${c.rng.int(1, 9)}${c.rng.digits(2)}${c.rng.pick(['', '', '-A', '-2'])}`, 'ROOM')],
  q_town: (c) => loc(cast(c).town, 'CITY'),
  q_town2: (c) => loc(cast(c).otherTown, 'CITY'),
  q_state: (c) => loc(c.rng.chance(0.5) ? cast(c).state[1] : cast(c).state[0], 'STATE'),
  q_country: (c) => loc(cast(c).country, 'COUNTRY'),
  q_abroad: (c) => [loc(cast(c).foreignCity, 'CITY'), ', ', loc(cast(c).country, 'COUNTRY')],
  q_addr: (c) => { const k = cast(c); return [loc(k.street, 'STREET'), c.rng.pick([', ', ' ', '\n']), loc(k.town, 'CITY'), ', ', loc(k.state[1], 'STATE'), ' ', loc(k.zip, 'ZIP')]; },
  q_prof: (c) => phi(cast(c).profession, 'PROFESSION', 'PROFESSION'),
  q_mrn: (c) => phi(cast(c).mrn, 'ID', 'MRN'),
  q_fin: (c) => phi(c.rng.pick([`${c.rng.digits(10)}`, `V${c.rng.digits(9)}`, `${c.rng.digits(4)}-${c.rng.digits(6)}`]), 'ID', 'ACCOUNT'),
  q_claim: (c) => phi(c.rng.pick([`WC-${c.rng.int(2019, 2026)}-${c.rng.digits(6)}`, `${c.rng.digits(3)}${c.rng.letters(2)}${c.rng.digits(5)}`, `CLM${c.rng.digits(8)}`]), 'ID', 'ID'),
  q_plan: (c) => phi(c.rng.pick([`${c.rng.letters(3)}${c.rng.digits(9)}`, `${c.rng.digits(1)}${c.rng.letters(2)}${c.rng.digits(1)}-${c.rng.letters(2)}${c.rng.digits(1)}-${c.rng.letters(2)}${c.rng.digits(2)}`, `W${c.rng.digits(9)}`]), 'ID', 'HEALTH_PLAN'),
  q_ssn: (c) => phi(c.rng.pick([`${c.rng.int(100, 699)}-${c.rng.digits(2)}-${c.rng.digits(4)}`, `${c.rng.int(100, 699)} ${c.rng.digits(2)} ${c.rng.digits(4)}`]), 'ID', 'SSN'),
  q_inmate: (c) => phi(c.rng.pick([`${c.rng.digits(7)}`, `${c.rng.digits(5)}-${c.rng.digits(3)}`, `SO-${c.rng.digits(6)}`]), 'ID', 'ID'),
  q_unos: (c) => phi(c.rng.pick([`${c.rng.letters(3)}${c.rng.digits(3)}`, `${c.rng.letters(4)}${c.rng.digits(4)}`]), 'ID', 'ID'),
  q_device: (c) => phi(c.rng.pick([`${c.rng.letters(2)}${c.rng.digits(6)}`, `${c.rng.digits(3)}${c.rng.letters(3)}${c.rng.digits(4)}`]), 'ID', 'DEVICE'),
  q_plate: (c) => phi(`${c.rng.letters(3)}-${c.rng.digits(4)}`, 'ID', 'VEHICLE'),
  q_dl: (c) => phi(`${c.rng.letters(1)}${c.rng.digits(8)}`, 'ID', 'LICENSE'),
  q_phone: (c) => phi(phone(c.rng), 'CONTACT', 'PHONE'),
  q_fax: (c) => phi(phone(c.rng), 'CONTACT', 'FAX'),
  q_email: (c) => { const p = c.rng.chance(0.5) ? cast(c).patient : cast(c).relative; return phi(`${p.first.toLowerCase().replace(/[^a-z]/g, '')}${c.rng.pick(['.', '_', ''])}${p.last.toLowerCase().replace(/[^a-z]/g, '')}${c.rng.pick(['', c.rng.digits(2), '1972'])}@${c.rng.pick(MAIL_HOSTS)}`, 'CONTACT', 'EMAIL'); },
  q_url: (c) => phi(c.rng.pick([`www.${cast(c).clinic.split(' ')[0].toLowerCase()}health.org/followup`, `https://mychart.${cast(c).hospitalShort.toLowerCase()}.org`, `portal.${cast(c).clinic.split(' ')[0].toLowerCase()}.com`]), 'CONTACT', 'URL'),
  q_date: (c) => dateOf(cast(c).dateShape(cast(c).visit)),
  q_date_prev: (c) => dateOf(cast(c).dateShape(days(c, -c.rng.int(2, 40)))),
  q_date_next: (c) => dateOf(cast(c).dateShape(days(c, c.rng.int(3, 30)))),
  q_loose_prev: (c) => dateOf(c.rng.pick(LOOSE_DATE_SHAPES)(days(c, -c.rng.int(1, 90)))),
  q_loose_next: (c) => dateOf(c.rng.pick(LOOSE_DATE_SHAPES.slice(0, 4))(days(c, c.rng.int(5, 60)))),
  q_dob: (c) => dateOf(cast(c).dateShape({ year: c.rng.int(1928, 2004), month: c.rng.int(1, 12), day: c.rng.int(1, 28) })),
  q_dob_baby: (c) => dateOf(cast(c).dateShape(days(c, -c.rng.int(1, 20)))),
  q_holiday: (c) => dateOf(c.rng.pick(HOLIDAYS)),
  q_year: (c) => phi(String(cast(c).visit.year - c.rng.int(1, 25)), 'DATE', 'YEAR', true),
  q_age: (c) => phi(String(c.rng.int(19, 88)), 'AGE', 'AGE', true),
  q_age_old: (c) => phi(c.rng.pick(AGES_OVER_89), 'AGE', 'AGE_OVER_89'),
  q_ga: () => 'GA 27w3d',
  q_time: (c) => c.rng.pick(['0715', '07:15', '1342', '2310', '3:40 PM', '0200', '11:05a', '1930']),
};

export const DEV4_STYLES: readonly StyleTemplates[] = [
  {
    style: 'oncology-infusion',
    capsShare: 0.4,
    weight: 4,
    separators: ['\n', '\n\n'],
    sections: [
      ['INFUSION NOTE - {q_unit_inf} - {q_date} {q_time}\nPt: {q_pt_hdr}   MRN {q_mrn}   DOB {q_dob}', 'C{?3|4|6}D1 FOLFOX. {q_pt} arrived ambulatory to {q_unit_inf} at {q_clinic_onc} on {q_date}.', 'Oncology nursing - {q_hosp} cancer center. Patient {q_pt}, {q_age} y/o, seen {q_date} for cycle 2 day 8 gemcitabine.'],
      ['Pre-treatment labs drawn {q_date_prev}: ANC 1.8, plt 142, Cr 0.9. Treatment parameters met per {q_md}.', 'Port accessed with 20g 3/4" Huber, + blood return. Port placed {q_loose_prev} at {q_hosp}; serial {q_device}.', 'Accompanied by {q_rel}, who drove from {q_town}, {q_state}. Hope is that this cycle is tolerated better than last.'],
      ['Premeds: ondansetron 16 mg IV, dexamethasone 12 mg IV. Oxaliplatin 85 mg/m2 over 2h, no reaction. Will continue to monitor for neuropathy.', 'Mild cold dysesthesia; counseled to avoid iced drinks. Pump disconnect scheduled {q_loose_next} with {q_rn2}.', 'Grade 1 fatigue. Still working part time as a {q_prof} at {q_employer}; FMLA paperwork faxed to {q_fax}.'],
      ['Next cycle {q_date_next}. Questions: triage line {q_phone}. {q_rn}', 'RTC {q_loose_next}. Pt verbalized understanding. {q_rn}\nCosigned {q_md2}', 'Plan reviewed with {q_md}. Portal msg via {q_url}. -- {q_rn}'],
    ],
  },
  {
    style: 'dialysis-run',
    capsShare: 0.8,
    weight: 4,
    separators: ['\n', ' | '],
    sections: [
      ['HD RUN SHEET {q_date}  CHAIR {?4|11|17}  {q_clinic_dial}\nPT {q_pt_hdr} MRN {q_mrn}', 'HEMODIALYSIS TX {q_date} {q_time} -- {q_pt_hdr} -- {q_hosp} RENAL', 'DIALYSIS FLOWSHEET PT {q_pt_init} {q_mrn} DT {q_date}'],
      ['ACCESS: L AVF, +THRILL/+BRUIT. CANNULATED 15G X2 BY {q_rn}. EDW 71.5 KG, PRE WT 74.2', 'ACCESS R IJ PERMCATH PLACED {q_loose_prev} BY {q_md}, DRESSING CDI. MACHINE {q_device}', 'ACCESS L UE AVG; FISTULOGRAM {q_loose_prev} AT {q_hosp}. PRE BP 168/92'],
      ['UF GOAL 2.7L, BFR 400, DFR 600, 2K/2.5CA BATH. HEPARIN 2000U BOLUS', 'CRAMPING AT 3H, 200CC NS GIVEN, UF PAUSED. PT STATES "{q_rel_first} WILL PICK ME UP"', 'PT AGE {q_age_old}, FAMILY ({q_rel}) WANTS TO DISCUSS STOPPING HD. SW {q_staff2} AWARE'],
      ['POST WT 71.9, TX COMPLETED 3H45M. NEXT TX {q_loose_next}. TRANSPORT: {?MEDICAID VAN|SON} PH {q_phone}', 'MISSED TX {q_loose_prev}; PT AT {q_residence}. CALLED {q_phone}, NO ANSWER. NEPHROLOGIST {q_md} NOTIFIED', 'RN {q_rn_first} / PCT {q_staff3}. ESIGNED {q_user} {q_date} {q_time}'],
    ],
  },
  {
    style: 'wound-care',
    capsShare: 0.35,
    weight: 4,
    separators: ['\n'],
    sections: [
      ['Wound Care Consult {q_date}\nPatient: {q_pt} ({q_pt_hdr})  Acct {q_fin}  {q_unit_ward} {q_room}', 'WOC nurse f/u for {q_pt_mr}, {q_age} yo, at {q_residence}, visit date {q_date}.', 'Outpatient wound visit at {q_clinic_wound}: {q_pt}, DOB {q_dob}.'],
      ['Stage 4 sacral pressure injury, 6.2 x 4.1 x 1.8 cm, undermining 2-5 o\'clock. Wound first noted {q_loose_prev} while at {q_residence}.', 'R heel unstageable, eschar stable. Pt lives with {q_rel} at {q_addr}; visiting nurse from {q_homehealth} changes dressing.', 'Venous stasis ulcer L medial malleolus. Pt was a {q_prof} for {?30|12|40} years, on feet all day. Brown drainage, moderate.'],
      ['Cleansed with Vashe, packed with Aquacel Ag, ABD and Kerlix. Wound vac 125 mmHg continuous ordered, KCI serial {q_device}.', 'Sharp debridement by {q_md} with curette; tolerated well. Photos uploaded.', 'Braden 13. Offload heels, Z-flex boots, q2h turns. Discussed with {q_md2}; HBOT referral to {q_clinic_wound}.'],
      ['Next visit {q_date_next}. Contact WOC office {q_phone} ext {?221|48}. {q_rn}', 'F/u {q_loose_next}. {q_rn}, CWOCN', '{q_rn} / wound team\nCC: {q_md}, fax {q_fax}'],
    ],
  },
  {
    style: 'anesthesia-preop',
    capsShare: 0.3,
    weight: 4,
    separators: ['\n', '\n\n'],
    sections: [
      ['ANESTHESIA PRE-OPERATIVE EVALUATION\nPatient: {q_pt_hdr}  MRN: {q_mrn}  DOS: {q_date_next}', 'Pre-anesthesia eval, {q_unit_preop}, {q_hosp_full}, {q_date}. {q_pt}, {q_age} y.o.', 'PAT clinic note {q_date}: {q_pt_mr} scheduled for lap chole with {q_md2} on {q_loose_next}.'],
      ['Prior anesthetics: GA for TKA in {q_year} at {q_hosp}, PONV. Mother ({q_mom}) had "trouble waking up" - ? pseudocholinesterase deficiency.', 'Airway: Mallampati III, TMD 3 FB, limited neck extension. Previous difficult intubation {q_loose_prev} at {q_hosp}, letter on file.', 'OSA on CPAP (device {q_device}). Functional capacity < 4 METs. Works as a {q_prof}.'],
      ['ASA 3. Plan GA/ETT, video laryngoscope available. Risks incl. dental damage, sore throat, awareness discussed; consent signed with {q_rel} present.', 'ASA {?2|3}E. Plan spinal + MAC. NPO after midnight; take metoprolol with sip. Hold Eliquis x 48h per {q_md3}.', 'Pt is {q_age_old} years old, ASA 4; goals of care discussed with POA {q_rel_first} ({q_phone}).'],
      ['{q_md}, Anesthesiology\nPager {q_phone}', 'Seen and examined. {q_md} / CRNA {q_staff1}', 'Electronically signed by {q_md} on {q_date} {q_time}'],
    ],
  },
  {
    style: 'nicu',
    capsShare: 0.45,
    weight: 4,
    separators: ['\n'],
    sections: [
      ['NICU PROGRESS NOTE DOL {?3|9|14|21}  {q_date}\n{q_baby}  MRN {q_mrn}  DOB {q_dob_baby}  {q_unit_nicu}', 'Neonatology daily note - {q_baby}, ex-{q_ga} infant, {q_unit_nicu}, {q_hosp_full}.', 'NICU admission {q_dob_baby} {q_time}: {q_baby}, born at {q_hosp} to a G2P1 mother, transferred from {q_town}.'],
      ['Mother {q_mom}, {q_age} yo, blood type O+, GBS neg, rubella immune. Father {q_dad} at bedside.', 'Parents {q_mom_first} and {q_dad_first} visited overnight; mom pumping, EBM 30 ml/feed. Mom cell {q_phone}.', 'MOB {q_mom} (acct {q_fin}) discharged {q_loose_prev}; FOB {q_dad}, works as a {q_prof}, lives in {q_town2}.'],
      ['RESP: CPAP +6, FiO2 25%. Caffeine citrate. CV: PDA closed on echo {q_loose_prev}. FEN: TF 150 ml/kg/d. ID: blood cx NTD.', 'Bili 11.2, phototherapy x 2 lamps. HUS {q_loose_prev} no IVH. ROP exam due {q_loose_next}.', 'Apnea/brady events x3, self-resolved. Hearing screen passed. Car seat test pending.'],
      ['Updated parents at bedside with {q_md}. Social work ({q_staff2}) following. {q_rn}', 'Attending {q_md}; fellow {q_md3}. Nurse {q_rn_first}.', 'Family meeting {q_loose_next} with {q_md2}. Contact: {q_email}'],
    ],
  },
  {
    style: 'id-consult',
    capsShare: 0.3,
    weight: 5,
    separators: ['\n', '\n\n'],
    sections: [
      ['INFECTIOUS DISEASE CONSULT {q_date}\nRequested by {q_md2} for fever of unknown origin.\nPt {q_pt} ({q_mrn}), {q_age} yo', 'ID consult - {q_hosp}. Reason: ?TB. Patient: {q_pt_hdr}, MRN {q_mrn}, {q_unit_ward} {q_room}.', 'ID f/u note {q_date}, {q_pt_mr}.'],
      ['Travel: returned {q_loose_prev} from {q_abroad} where he visited family for 3 weeks; no malaria prophylaxis. Ate street food, fresh water swimming.', 'Born in {q_country}, moved to {q_town}, {q_state} in {q_year}. Worked as a {q_prof} at {q_employer}; coworker with similar illness.', 'Exposures: goats and chickens at {q_rel_first}\'s farm outside {q_town2}. Cave exploration on {q_holiday}. No sick contacts except {q_rel_first}.'],
      ['Lives at {q_addr} with two dogs and a parakeet. Sexual hx: 1 male partner. Incarcerated at {q_jail} {q_loose_prev}-{q_loose_prev}.', 'QuantiFERON positive {q_loose_prev}. CXR RUL cavitation. Health dept notified: {q_staff1} at {q_phone}.', 'Blood cultures {q_date_prev} grew Brucella spp; lab ({q_staff3}) called {q_time}.'],
      ['Rec: airborne isolation, 3 sputa AFB, HIV/HCV. Will follow. {q_md}, ID', 'Recs discussed with primary team and {q_md3}. Pager {q_phone}. {q_md}', 'Thank you for this consult. {q_md}\nID clinic f/u {q_date_next}, fax {q_fax}'],
    ],
  },
  {
    style: 'occ-health',
    capsShare: 0.4,
    weight: 4,
    separators: ['\n'],
    sections: [
      ['WORKERS COMPENSATION INITIAL VISIT {q_date}\nEMPLOYEE: {q_pt_hdr}  SSN: {q_ssn}  CLAIM #{q_claim}', 'Occupational Health - {q_clinic_occ}\nDate of injury: {q_date_prev}   Employer: {q_employer}   Claim {q_claim}', 'Employee {q_pt}, DOB {q_dob}, referred by employer {q_employer} after injury on {q_loose_prev}.'],
      ['{q_pt_first} is a {q_prof} who lifted a 60 lb box at {q_time} and felt a pop in low back. Supervisor {q_sup} witnessed; incident report filed.', 'Employee reports laceration to L hand from box cutter. Supervisor: {q_sup}, {q_phone}. Job title: {q_prof}.', 'Needlestick from used 25g needle, source patient known to {q_hosp} employee health. Tetanus {q_year}.'],
      ['Restrictions: no lifting > 15 lb, no ladders, until {q_date_next}. Modified duty approved by {q_sup}.', 'Off work until {q_loose_next}. Adjuster {q_staff1}, {q_email}, fax {q_fax}.', 'Drug screen collected, chain of custody #{q_claim}. DL {q_dl}. Employer address {q_addr}.'],
      ['Recheck {q_date_next}. {q_md}, occupational medicine', '{q_md}\nCopy to employer HR, {q_employer}', 'Provider: {q_md3}. Case manager {q_coord}, {q_phone}'],
    ],
  },
  {
    style: 'correctional',
    capsShare: 0.7,
    weight: 3,
    separators: ['\n'],
    sections: [
      ['MEDICAL INTAKE SCREENING - {q_jail}\nINMATE: {q_pt_hdr}  DOC# {q_inmate}  BOOKED {q_date} {q_time}', 'SICK CALL {q_date} {q_jail} {q_unit_jail} CELL {?B-14|2C-07|D-31}\n{q_pt_hdr} #{q_inmate}', 'CHRONIC CARE CLINIC {q_date}: {q_pt_nick}, ID {q_inmate}, DOB {q_dob}'],
      ['STATES LAST DRINK {q_loose_prev}. CIWA 12. HX SEIZURE W/ WITHDRAWAL AT {q_hosp} IN {q_year}. AKA "{q_pt_alias}".', 'C/O CHEST PAIN X2D. ECG NSR. TRANSFERRED FROM {q_jail} ON {q_loose_prev}. OFFICER {q_staff3} PRESENT.', 'HEP C AB+, VL PENDING. PRIOR TX AT {q_clinic_gen}. EMERGENCY CONTACT {q_rel} {q_phone}.'],
      ['PLAN: LIBRIUM TAPER, MEDICAL OBS, Q4H VITALS. SENT OUT TO {q_hosp} ED BY {?SHERIFF|TRANSPORT} {q_staff2}, VEHICLE {q_plate}.', 'PLAN: KEEP ON LIST FOR {q_md}. RELEASE DATE {q_date_next}; REFERRAL TO {q_clinic_gen} AT RELEASE.', 'LAB DRAW {q_loose_next}. RX CONTINUED. RTC 90D.'],
      ['{q_rn}', 'NP {q_staff4} / {q_rn}', '{q_md} REVIEWED {q_date}'],
    ],
  },
  {
    style: 'transplant',
    capsShare: 0.25,
    weight: 3,
    separators: ['\n', '\n\n'],
    sections: [
      ['Transplant Coordinator Note - {q_clinic_tx}\nRecipient: {q_pt_hdr}  MRN {q_mrn}  UNOS ID {q_unos}', 'Kidney transplant evaluation {q_date}. {q_pt}, {q_age} y/o, on HD since {q_loose_prev} at {q_clinic_dial}.', 'Post-transplant day 30 call, {q_date}: spoke with {q_pt_mr} and {q_rel}.'],
      ['Living donor candidate: {q_rel}, blood type O, crossmatch {q_loose_prev} negative. Donor work-up at {q_hosp_full}.', 'Listed {q_loose_prev}; cPRA 84%. Insurance {q_plan}. Alternate contact {q_rel_first} {q_phone}.', 'Tacrolimus trough 9.1 on {q_date_prev}. Cr 1.3. Dose unchanged per {q_md}.'],
      ['Social: lives in {q_town}, {q_state}, 2.5 h from center; will stay in a hospitality house near the center post-op. Email {q_email}.', 'Dental clearance from {q_md3} received {q_loose_prev}. Psych eval by {q_staff1} pending.', 'Labs twice weekly at {q_clinic_gen}, results fax {q_fax}.'],
      ['Presented at selection committee {q_date_next}. {q_coord}, RN, CCTC', '{q_coord}, transplant coordinator, {q_phone}', 'Next clinic {q_loose_next}. -{q_coord_first}'],
    ],
  },
  {
    style: 'discharge-instructions',
    capsShare: 0.25,
    weight: 4,
    separators: ['\n', '\n\n'],
    sections: [
      ['DISCHARGE INSTRUCTIONS\n{q_pt}    Discharge date: {q_date}    Account: {q_fin}', 'Patient Discharge Instructions - {q_hosp_full}\nName: {q_pt_hdr}   DOB: {q_dob}', 'AFTER VISIT SUMMARY for {q_pt}, {q_date}, {q_unit_ward}'],
      ['You were in the hospital for pneumonia. Your nurse was {q_rn}. Your doctor was {q_md}.', 'You had a heart attack and had a stent placed by {q_md2}. Stent card serial {q_device}. Carry it with you.', 'You were treated for a fall at home ({q_addr}). Home health from {q_homehealth} will call you.'],
      ['Follow-up appointments:\n- {q_md3} at {q_clinic_gen}, {q_loose_next} at {q_time}. Phone {q_phone}\n- Lab at {q_hosp} on {q_date_next}', 'Please see your primary doctor, {q_md3}, within 7 days. Call {q_phone} to schedule. Cardiology rehab starts {q_loose_next}.', 'Appointments: Pulmonary, {q_clinic_gen}, {q_date_next}. Bring your inhalers. If you cannot make it, call {q_phone}.'],
      ['Questions? Call the nurse line at {q_phone} or visit {q_url}. Call 911 for chest pain.', 'View your results at {q_url}. Your caregiver, {q_rel}, received a copy.', 'Signed: {q_rn} / Patient or representative: {q_rel_first}'],
    ],
  },
  {
    style: 'rapid-response',
    capsShare: 0.55,
    weight: 4,
    separators: ['\n'],
    sections: [
      ['RAPID RESPONSE NOTE {q_date} {q_time} {q_unit_ward} {q_room}\nPT {q_pt_hdr} MRN {q_mrn}', 'CODE BLUE DOCUMENTATION - {q_hosp} - {q_date}\nPatient: {q_pt_hdr}  Age: {q_age_old}', 'RRT called {q_time} on {q_date} by primary RN {q_rn_first} for {q_pt} (SBP 72).'],
      ['TEAM: LEADER {q_md}; RECORDER {q_staff1}; COMPRESSIONS {q_staff2}, {q_staff3}; AIRWAY {q_staff4} (RT); PHARM {?ON SCENE|PAGED}.', 'Present: {q_md}, {q_md2}, {q_rn}, {q_rn2}, RT {q_staff3}, chaplain {q_staff2}.', 'Responders: ICU fellow {q_md2}, charge RN {q_rn2}, RT {q_staff4}.'],
      ['PEA ARREST, CPR STARTED 1412. EPI 1MG X3, ROSC AT 1426. INTUBATED BY {q_md2} 7.5 ETT. FAMILY ({q_rel}) UPDATED BY PHONE {q_phone}.', 'Pt found unresponsive, BG 38. D50 given, mentation improved. Will transfer to {q_unit_ward}. {q_rel} at bedside.', 'New AF RVR 160s. Diltiazem 10 mg IV. Pt is {q_age_old} y/o, DNR/DNI per MOLST dated {q_loose_prev}; spoke to HCP {q_rel_first}.'],
      ['DISPO: MICU. ATTENDING {q_md3} NOTIFIED {q_time}.', 'Debrief held. {q_md}', 'Note by {q_md}, {q_date}'],
    ],
  },
  {
    style: 'mimic-caps-progress',
    capsShare: 1,
    weight: 4,
    separators: ['\n', ' '],
    sections: [
      ['NPN 7A-7P {q_date}', 'NURSING PROGRESS NOTE 1900-0700 {q_date}', 'NEURO/CV/RESP/GI/GU/ID/SOCIAL {q_date}'],
      ['NEURO: A&OX2, MAE, PERRL. CV: SR 80S-90S, NO ECTOPY. RESP: LS CLEAR/DIM BASES, 2L NC SAT 95%. GI: ABD SOFT, +BS, BROWN STOOL X1. GU: FOLEY DRAINING CLEAR YELLOW.', 'NEURO: LETHARGIC BUT ARROUSABLE, FOLLOWS CMDS. CV: AFIB 100-120, LOPRESSOR 5MG IV X1 PER {q_md_last}. RESP: FIO2 40% PEEP 5.', 'PT {q_age_old} Y/O W/ SEPSIS, ON LEVO 0.08. MAP >65. UOP 30-40CC/HR.'],
      ['SOCIAL: {q_rel} CALLED X2, UPDATED. WIFE WILL VISIT IN AM. HCP FORM ON CHART FROM {q_hosp}.', 'SOCIAL: FAMILY IN FROM {q_town}, {q_state}. DTR {q_rel_first} IS CONTACT, CELL {q_phone}. PT WAS A {q_prof}.', 'SOCIAL: PT FROM {q_residence}; REHAB SCREENER {q_staff2} TO SEE {q_loose_next}.'],
      ['PLAN: CONT ABX, F/U CX FROM {q_loose_prev}, ?TRANSFER TO FLOOR. {q_rn}', 'A/P: MONITOR HR, WEAN O2 AS TOL. MAY NEED TEE {q_loose_next}. -{q_user}', 'PLAN PER {q_md}. PT WILL NEED PICC. SEE FLOWSHEET. {q_rn}'],
    ],
  },
];

export const DEV4_CORPUS: CorpusSpec = {
  name: 'dev4',
  seed: 61129,
  count: 120,
  styles: DEV4_STYLES,
  slots: { ...SHARED_SLOTS, ...DEV4_SLOTS },
  file: 'synthetic-dev4.jsonl',
};

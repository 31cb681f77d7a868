// Surrogate PHI for the synthetic notes. Lists written by hand for this project (no external name
// source), deliberately diverse and full of names that are also English, drug or disease words.
import type { Random } from './prng';

export const FEMALE_FIRST = [
  'Maria', 'Guadalupe', 'Ximena', 'Lucía', 'Esperanza', 'Consuelo', 'Dolores', 'Mei', 'Xiu Ying', 'Yuki', 'Haruka',
  'Priya', 'Lakshmi', 'Aaliyah', 'Fatima', 'Amina', 'Noor', 'Layla', 'Yasmin', 'Chiamaka', 'Ngozi', 'Abena', 'Imani',
  'Olga', 'Katarzyna', 'Zofia', 'Svetlana', 'Oksana', 'Siobhan', 'Aoife', 'Niamh', 'Linh', 'Thi Hoa', 'Anh', 'Ji-woo',
  'Keisha', 'Latoya', 'Ebony', 'Shanice', 'Brenda', 'Deborah', 'Heather', 'Ashley', 'Ingrid', 'Marisol', 'Rosa',
  'Hope', 'Grace', 'May', 'Rose', 'Faith', 'Joy', 'Patience', 'Page', 'Mercy', 'Allegra', 'Charity', 'Ivy', 'Dawn',
];
export const MALE_FIRST = [
  'José', 'Juan Carlos', 'Luis', 'Jesús', 'Alejandro', 'Wei', 'Jun', 'Hiroshi', 'Kenji', 'Raj', 'Arjun', 'Sanjay',
  'Mohammed', 'Omar', 'Tariq', 'Yusuf', 'Chinedu', 'Kwame', 'Oluwaseun', 'Tunde', 'Dmitri', 'Vladimir', 'Tomasz',
  'Piotr', 'Bogdan', 'Liam', 'Seamus', 'Pádraig', 'Cormac', 'Declan', 'Minh', 'Duc', 'Jae-won', 'Min-jun', 'Deshawn',
  'Tyrone', 'Jamal', 'Darnell', 'Gary', 'Kevin', 'Dale', 'Randy', 'Lars', 'Giovanni', 'Rafael',
  'Will', 'Bill', 'Frank', 'Mark', 'Hunter', 'Chase', 'Gay', 'Sonny', 'Major', 'King', 'Royal', 'Rusty', 'Bishop',
];
export const LAST_NAMES = [
  'García', 'Hernández', 'Martinez', 'Rodriguez', 'Gonzalez', 'Flores', 'Nguyen', 'Tran', 'Pham', 'Le', 'Kim',
  'Park', 'Choi', 'Wang', 'Li', 'Zhang', 'Chen', 'Tanaka', 'Suzuki', 'Watanabe', 'Patel', 'Shah', 'Gupta', 'Iyer',
  'Reddy', 'Okafor', 'Adeyemi', 'Mensah', 'Boateng', 'Abdullah', 'Haddad', 'Khoury', 'Al-Farsi', 'Nasser', 'Nowak',
  'Kowalski', 'Wiśniewski', 'Petrov', 'Ivanova', 'Horvat', 'Kovačević', "O'Neil", "O'Brien", 'McDonald', 'MacLeod',
  'Fitzgerald', 'DeLuca', 'van der Berg', 'Smith-Jones', 'García-López', "D'Angelo", 'St. Clair', 'Washington',
  'Jefferson', 'Okonkwo', 'Schmidt', 'Johansson', 'Yilmaz', 'Cohen', 'Goldberg', 'Santos',
  'Brown', 'Young', 'Long', 'Sharp', 'White', 'Hunter', 'Page', 'Rose', 'Bell', 'Graves', 'Murphy', 'Foley',
  'Addison', 'Black', 'Green', 'Hill', 'Stone', 'King', 'Little', 'Strong', 'Love', 'Moody', 'Payne', 'Hart', 'Frank',
];
/** Names that are also ordinary English words; plain uses of them appear unannotated elsewhere. */
export const WORD_NAMES = ['Hope', 'Will', 'May', 'Grace', 'Brown', 'Bill', 'Rose', 'Hunter', 'Young', 'Long', 'Sharp',
  'White', 'Frank', 'Gay', 'Faith', 'Joy', 'Page', 'Mark', 'Patience'];

export const HOSPITALS = [
  'Mercy General Hospital', "St. Brigid's Medical Center", 'Lakeview Regional Hospital', 'Riverside Community Hospital',
  'Good Samaritan Hospital', 'Cedar Ridge Medical Center', 'Northshore University Hospital', 'Hopewell Memorial Hospital',
  'Holy Cross Hospital', 'Mount Carmel West', 'Bayside Rehabilitation Center', 'Pioneer Valley Medical Center',
  'Saint Casimir Hospital', 'Baptist Health Eastside', 'Kessler-Whitman Cancer Institute', 'Sunrise Children\'s Hospital',
];
export const HOSPITAL_SHORT = ['MGH', 'Mercy', "St. Brigid's", 'Lakeview', 'Riverside', 'Good Sam', 'Cedar Ridge', 'Hopewell', 'Holy Cross'];
export const CLINICS = [
  'Elm Street Family Practice', 'Westgate Cardiology Associates', 'Pinecrest Dialysis Center', 'Harbor Oncology Clinic',
  "Northside Women's Health", 'Bright Horizons Pediatrics', 'Riverbend Urgent Care', 'Lakeside Orthopedics',
  'Greenfield Community Health Center', 'Eastgate Pulmonary Clinic', 'Fairhaven Wound Care', 'Oakmont Memory Clinic',
];
export const UNITS = ['4 West', '5 North', '6B', '7 East', 'MICU', 'SICU', 'CCU', 'CVICU', 'PACU', 'NICU', 'Labor and Delivery', 'Ellison 12', 'Blake 7'];
export const STREET_NAMES = ['Maple Grove', 'Kowalski', 'Cedar', 'Elm', 'Washington', 'Harbor View', 'Old Mill', 'Juniper',
  'Martin Luther King Jr', 'Orchard', 'Saint Anne', 'Quarry', 'Lincoln', 'Pleasant', 'Riverside', 'Hawthorne', 'Birch Hollow'];
export const STREET_SUFFIXES = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Ln', 'Lane', 'Dr', 'Ct', 'Way', 'Terrace', 'Pkwy'];
export const CITIES = ['Springfield', 'Worcester', 'Lowell', 'Dorchester', 'Brockton', 'Fall River', 'El Paso', 'Tucson', 'Fresno',
  'Duluth', 'Toledo', 'Yonkers', 'Hialeah', 'Paterson', 'Ypsilanti', 'Scranton', 'Bangor', 'Billings', 'Mobile', 'Hope',
  'Reading', 'Independence', 'Temple', 'Normal', 'Chula Vista', 'Lafayette', 'Boise', 'Cheyenne', 'Saint Cloud'];
export const STATES: readonly (readonly [string, string])[] = [
  ['Massachusetts', 'MA'], ['Texas', 'TX'], ['Arizona', 'AZ'], ['California', 'CA'], ['Minnesota', 'MN'], ['Ohio', 'OH'],
  ['New York', 'NY'], ['Florida', 'FL'], ['New Jersey', 'NJ'], ['Michigan', 'MI'], ['Pennsylvania', 'PA'], ['Maine', 'ME'],
  ['Montana', 'MT'], ['Alabama', 'AL'], ['Arkansas', 'AR'], ['Missouri', 'MO'], ['Illinois', 'IL'], ['Louisiana', 'LA'],
  ['Idaho', 'ID'], ['Wyoming', 'WY'], ['Indiana', 'IN'], ['Oregon', 'OR'],
];
export const COUNTRIES = ['Mexico', 'Guatemala', 'El Salvador', 'Vietnam', 'Nigeria', 'Ghana', 'Poland', 'Ukraine', 'Ireland',
  'India', 'the Philippines', 'Haiti', 'Somalia', 'Lebanon', 'Brazil', 'the Dominican Republic', 'Cape Verde', 'China', 'Korea'];
export const EMPLOYERS = ['Dunmore Textiles', 'Brightline Logistics', 'Kessler Auto Body', 'Pioneer Valley Schools', 'Amberwood Foods',
  'Northeast Rail Services', 'Tri-County Waste', 'Gallo Brothers Construction', 'Sunset Assisted Living', 'the Walmart on Route 9'];
export const PROFESSIONS = ['welder', 'teacher', 'truck driver', 'electrician', 'accountant', 'software engineer', 'farmer', 'cashier',
  'bus driver', 'firefighter', 'dental hygienist', 'roofer', 'pastor', 'barista', 'line cook', 'plumber', 'machinist', 'coal miner',
  'home health aide', 'nurse', 'landscaper', 'paralegal', 'security guard', 'hairdresser', 'longshoreman', 'postal worker', 'chef'];
export const RELATIONS_FEMALE = ['wife', 'daughter', 'mother', 'sister', 'granddaughter', 'niece', 'partner', 'aunt'];
export const RELATIONS_MALE = ['husband', 'son', 'father', 'brother', 'grandson', 'nephew', 'partner', 'uncle'];
export const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'comcast.net', 'icloud.com', 'protonmail.com', 'aol.com'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS = ['ninety', 'ninety-one', 'ninety-two', 'ninety-three', 'ninety-four', 'ninety-five', 'ninety-six', 'ninety-seven',
  'ninety-eight', 'ninety-nine', 'one hundred', 'one hundred and one', 'one hundred two'];

export interface Person {
  first: string;
  last: string;
  middleInitial: string;
  female: boolean;
}

export function makePerson(rng: Random, female = rng.chance(0.5)): Person {
  return { first: rng.pick(female ? FEMALE_FIRST : MALE_FIRST), last: rng.pick(LAST_NAMES), middleInitial: rng.letters(1), female };
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function addDays(date: DateParts, days: number): DateParts {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function weekday(date: DateParts): string {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
}

/** Date pieces the newer corpora write with. */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');
export const shortYear = (d: DateParts): string => twoDigits(d.year % 100);
export const monthName = (d: DateParts): string => MONTHS[d.month - 1];
export const monthAbbreviation = (d: DateParts): string => MONTHS[d.month - 1].slice(0, 3);
export const SHORT_WEEKDAY: Readonly<Record<string, string>> = { Sunday: 'Sun', Monday: 'Mon', Tuesday: 'Tues', Wednesday: 'Wed', Thursday: 'Thurs', Friday: 'Fri', Saturday: 'Sat' };

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Every format asked for in the brief; each returns the date text exactly as written in a note. */
export const DATE_FORMATS: Record<string, (d: DateParts) => string> = {
  monthDay: (d) => `${d.month}/${d.day}`,
  usLong: (d) => `${pad(d.month)}/${pad(d.day)}/${d.year}`,
  usShort: (d) => `${d.month}/${d.day}/${pad(d.year % 100)}`,
  usLoose: (d) => `${d.month}/${d.day}/${d.year}`,
  usDashed: (d) => `${pad(d.month)}-${pad(d.day)}-${d.year}`,
  monthNameOrdinal: (d) => `${MONTHS[d.month - 1]} ${ordinal(d.day)}`,
  dayMonAbbrYear: (d) => `${pad(d.day)}-${MONTHS[d.month - 1].slice(0, 3)}-${d.year}`,
  iso: (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`,
  monAbbrDayYear: (d) => `${MONTHS[d.month - 1].slice(0, 3)} ${d.day}, ${d.year}`,
  monthNameDayYear: (d) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  european: (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`,
  dayMonthYear: (d) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`,
  monAbbrDay: (d) => `${MONTHS[d.month - 1].slice(0, 3)} ${d.day}`,
  weekdayMonthDay: (d) => `${weekday(d)}, ${MONTHS[d.month - 1]} ${d.day}`,
  weekdayUs: (d) => `${weekday(d).slice(0, 3)} ${d.month}/${d.day}/${pad(d.year % 100)}`,
};

export function randomTime(rng: Random): string {
  const hour = rng.int(0, 23);
  const minute = rng.pick([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55]);
  const style = rng.int(0, 3);
  if (style === 0) return `${pad(hour)}${pad(minute)}`;
  if (style === 1) return `${pad(hour)}:${pad(minute)}`;
  if (style === 2) return `${((hour + 11) % 12) + 1}:${pad(minute)} ${hour < 12 ? 'AM' : 'PM'}`;
  return `${((hour + 11) % 12) + 1}:${pad(minute)}${hour < 12 ? 'am' : 'pm'}`;
}

export function ageOver89(rng: Random): { value: string; words: boolean } {
  const age = rng.int(90, 102);
  return rng.chance(0.25) ? { value: NUMBER_WORDS[age - 90], words: true } : { value: String(age), words: false };
}

export function areaCode(rng: Random): string {
  return `${rng.int(2, 9)}${rng.digits(2)}`;
}

export function phoneNumber(rng: Random): string {
  const area = areaCode(rng);
  const exchange = `${rng.int(2, 9)}${rng.digits(2)}`;
  const line = rng.digits(4);
  switch (rng.int(0, 8)) {
    case 0: return `(${area}) ${exchange}-${line}`;
    case 1: return `${area}-${exchange}-${line}`;
    case 2: return `${area}.${exchange}.${line}`;
    case 3: return `+1 ${area} ${exchange} ${line}`;
    case 4: return `${exchange}-${line}`;
    case 5: return `${area}${exchange}${line}`;
    case 6: return `1-${area}-${exchange}-${line}`;
    case 7: return `(${area})${exchange}-${line}`;
    default: return `${area} ${exchange} ${line}`;
  }
}

export function extension(rng: Random): string {
  return rng.pick([` x${rng.digits(4)}`, ` ext. ${rng.digits(3)}`, ` ext ${rng.digits(4)}`, ` x${rng.digits(3)}`]);
}

export function ssn(rng: Random): string {
  const parts = [pad(rng.int(1, 899), 3), pad(rng.int(1, 99)), pad(rng.int(1, 9999), 4)];
  return rng.pick([parts.join('-'), parts.join(' '), parts.join('')]);
}

/** Record-number shapes seen across EHR vendors; the label is written by the template, the value here. */
export function medicalRecordNumber(rng: Random): string {
  switch (rng.int(0, 6)) {
    case 0: return rng.digits(8);
    case 1: return `${rng.digits(4)}-${rng.digits(3)}`;
    case 2: return `${rng.letters(1)}${rng.digits(7)}`;
    case 3: return `00${rng.digits(6)}`;
    case 4: return `${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`;
    case 5: return rng.digits(7);
    default: return `${rng.letters(2)}${rng.digits(6)}`;
  }
}

export function accountNumber(rng: Random): string {
  return rng.pick([rng.digits(10), `${rng.digits(2)}-${rng.digits(4)}-${rng.digits(1)}`, `${rng.digits(9)}`, `${rng.letters(1)}${rng.digits(9)}`]);
}

export function healthPlanId(rng: Random): string {
  return rng.pick([
    `${rng.letters(3)}${rng.digits(9)}`,
    `${rng.digits(9)}${rng.letters(1)}`,
    `${rng.int(1, 9)}${rng.letters(2)}${rng.int(1, 9)}-${rng.letters(2)}${rng.int(1, 9)}-${rng.letters(2)}${rng.digits(2)}`,
    `W${rng.digits(9)}`,
  ]);
}

export function licenceNumber(rng: Random): string {
  return rng.pick([`${rng.letters(2)}${rng.digits(7)}`, `S${rng.digits(8)}`, rng.digits(6), `RN${rng.digits(6)}`, `1${rng.digits(9)}`]);
}

export function deviceSerial(rng: Random): string {
  return rng.pick([`${rng.letters(3)}${rng.digits(6)}${rng.letters(1)}`, `${rng.digits(2)}${rng.letters(2)}-${rng.digits(5)}`, `SN${rng.digits(10)}`]);
}

export function vehicleId(rng: Random): string {
  const vinAlphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  return rng.chance(0.5) ? rng.letters(17, vinAlphabet) : rng.pick([`${rng.digits(1)}${rng.letters(3)}-${rng.digits(3)}`, `${rng.letters(3)} ${rng.digits(4)}`, `${rng.digits(3)}-${rng.letters(3)}`]);
}

function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l');
}

export function emailFor(rng: Random, person: Person): string {
  const first = asciiFold(person.first).toLowerCase().replace(/[^a-z]/g, '');
  const last = asciiFold(person.last).toLowerCase().replace(/[^a-z]/g, '');
  const local = rng.pick([`${first}.${last}`, `${first[0]}${last}${rng.int(1, 99)}`, `${last}${first[0]}`, `${first}_${rng.int(1950, 2005)}`]);
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}

export function usernameFor(rng: Random, person: Person): string {
  const first = asciiFold(person.first).toLowerCase().replace(/[^a-z]/g, '');
  const last = asciiFold(person.last).toLowerCase().replace(/[^a-z]/g, '');
  return rng.pick([`${first[0]}${last}${rng.int(1, 9)}`, `${last.slice(0, 6)}${first[0]}`, `${first}.${last}`]);
}

export function ipAddress(rng: Random): string {
  return rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`, `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]);
}

export function streetAddress(rng: Random): string {
  const base = `${rng.int(1, 9899)} ${rng.pick(STREET_NAMES)} ${rng.pick(STREET_SUFFIXES)}`;
  return rng.pick([base, base, `${base}, Apt ${rng.int(1, 40)}${rng.letters(1)}`, `${base} Unit ${rng.int(1, 300)}`, `PO Box ${rng.int(10, 9999)}`]);
}

// Templates of the seventh dev corpus (synthetic-dev7.jsonl), by a seventh hand: terse ALL-CAPS nursing notes only,
// the detector's weakest ground. Set in the Great Lakes rust belt (Mahoning Valley, Flint/Saginaw, Dearborn, the
// Calumet), New England mill towns (Lewiston, Rumford/Mexico, Woonsocket, Holyoke, New Bedford), the Carolina
// Piedmont and Robeson County, the Texas Panhandle with eastern New Mexico and the Oklahoma strip, and the
// Mountain West (Pocatello and Fort Hall, Elko, Rock Springs, Butte, rural Utah). Each note draws one region; its
// patient mostly comes from that region's communities, its relatives and staff often carry names that are English
// or clinical words (MAY, HOPE, WILL, KING, LONG, BAKER, NURSE, STAPLES, SENNA), beside the same words used plainly.
// Styles: MIMIC-like ICU 'NPN 7A-7P' system notes, med-surg shift notes with timed entries and initials, ED triage,
// L&D and postpartum, psych unit observation, pediatric floor notes with parents, SNF / acute-rehab notes, hospice
// inpatient notes, dialysis treatment notes, PACU notes, telemetry notes, wound-care notes, float / agency handoffs
// listing several patients, and discharge nursing notes with the home address.
import type { CorpusSpec } from './corpus';
import { phi, type Fragment, type PhiPiece, type SlotTable } from './note-builder';
import type { Random } from './prng';
import type { NoteContext } from './slots';
import { addDays, ordinal, twoDigits as two, shortYear as yy, monthName as MONTH, monthAbbreviation as MON, weekday as dayName, SHORT_WEEKDAY as SHORT_DAY, type DateParts } from './surrogates';
import type { StyleTemplates } from './templates-dev';

// ---------- communities (every name hand-written for this corpus) ----------

type Group = 'word' | 'clin' | 'short' | 'slavic' | 'lakes' | 'arab' | 'franco' | 'azores' | 'khmer' | 'lumbee' | 'piedmont' | 'dega'
  | 'norteno' | 'maya' | 'karen' | 'ranch' | 'basque' | 'pioneer' | 'tongan' | 'shoshone';

interface Community {
  women: readonly string[];
  men: readonly string[];
  surnames: readonly string[];
  /** Language spoken at home, when an interpreter may be needed. */
  lang?: string;
}

const COMMUNITIES: Record<Group, Community> = {
  // English and clinical words as names
  word: {
    // WILL, MAY, HOPE and JUNE listed twice: the hardest of them, so drawn twice as often
    women: ['May', 'May', 'June', 'June', 'April', 'Hope', 'Hope', 'Faith', 'Grace', 'Joy', 'Rose', 'Ivy', 'Pearl', 'Ruby', 'Summer', 'Autumn', 'Winter',
      'Bliss', 'Amber', 'Crystal', 'Hazel', 'Olive', 'Holly', 'Fern', 'Opal', 'Destiny', 'Charity', 'Misty'],
    men: ['Will', 'Will', 'Will', 'Chase', 'Cash', 'Mason', 'Hunter', 'Parker', 'Dean', 'Major', 'Bishop', 'Christian', 'King', 'Ford', 'Drew', 'Rich',
      'Gage', 'Colt', 'Sterling', 'Lane', 'Reed', 'Heath', 'Cliff', 'Wade', 'Dusty', 'Pierce', 'Bud'],
    surnames: ['Brown', 'Green', 'White', 'Black', 'Young', 'Long', 'Short', 'Small', 'King', 'Law', 'Bell', 'Ford', 'Hall', 'Wood',
      'Stone', 'Fisher', 'Hunter', 'Baker', 'Cook', 'Carpenter', 'Parker', 'Mason', 'Chase', 'Cash', 'Price', 'Sharp', 'Bliss',
      'Sweet', 'Case', 'Bath', 'Cross', 'Frost', 'Love', 'Day', 'Night', 'Christian', 'Bishop', 'Dean', 'Major', 'Doctor', 'Nurse',
      'Ward', 'Staples', 'Pace', 'Noble', 'Goodnight', 'Waters', 'House', 'Chambers', 'Street'],
  },
  // surnames that read as drugs, symptoms or hospital things
  clin: {
    women: ['Darlene', 'Rhonda', 'Sherry', 'Vicki', 'Tonya', 'Lorna', 'Marla', 'Bonnie', 'Trudy'],
    men: ['Duane', 'Curtis', 'Lyle', 'Vernon', 'Clifford', 'Merle', 'Roger', 'Glen', 'Todd', 'Kirby'],
    surnames: ['Burns', 'Rash', 'Hurt', 'Cramp', 'Shingles', 'Fitts', 'Senna', 'Pill', 'Lance', 'Morphew', 'Akin', 'Gall', 'Boyle',
      'Codina', 'Haldane', 'Gurney', 'Coffee', 'Tremble'],
  },
  // staff who go by a short first name
  short: {
    women: ['Kim', 'Jo', 'Deb', 'Dot', 'Lu', 'Vi', 'Bea', 'Flo', 'Peg', 'Sue', 'Di'],
    men: ['Al', 'Ed', 'Ty', 'Bo', 'Sal', 'Cy', 'Gus', 'Hal', 'Mo', 'Abe', 'José', 'Kip'],
    surnames: ['Nakamura', 'Okeke', 'Dunbar', 'Pruett', 'Sandoval', 'Quist', 'Vang', 'Trujillo', 'Ostrowski', 'Hirsch', 'Laine',
      'Mattox', 'Renfro', 'Abernathy'],
  },
  slavic: {
    women: ['Stella', 'Jadwiga', 'Bernadette', 'Halina', 'Irene', 'Dorothy', 'Genevieve', 'Marta', 'Zuzana'],
    men: ['Stanley', 'Casimir', 'Thaddeus', 'Chester', 'Walter', 'Zbigniew', 'Milan', 'Stefan', 'Janos', 'Ladislav'],
    surnames: ['Wojcik', 'Sobczak', 'Grabowski', 'Dudek', 'Mazur', 'Hrabovsky', 'Kovach', 'Sopko', 'Yurko', 'Dombrowski', 'Toth',
      'Szabo', 'Balogh', 'Mrazek', 'Pasternak', 'Krol', 'Kuczynski', 'Bielski'],
  },
  lakes: {
    women: ['LaVonne', 'Ozella', 'Arletha', 'Gloria', 'Vernice', 'Shirley', 'Chiquita', 'Danita', 'Rochelle'],
    men: ['Cornelius', 'Lamont', 'Terrell', 'Ozell', 'Clarence', 'Marvell', 'Antwan', 'Dwayne', 'Leotis'],
    surnames: ['Crenshaw', 'Fluker', 'Tillman', 'Mosby', 'Boykins', 'Whitlow', 'Jernigan', 'Starks', 'Pettiford', 'Gholston', 'McCants'],
  },
  arab: {
    women: ['Zainab', 'Fatme', 'Hiba', 'Rania', 'Samira', 'Kawthar', 'Nisreen'],
    men: ['Hussein', 'Kassem', 'Bilal', 'Mahmoud', 'Abbas', 'Nabil', 'Fadi'],
    surnames: ['Bazzi', 'Beydoun', 'Saad', 'Jaber', 'Fawaz', 'Harb', 'Berry', 'Hamade', 'Alsaidi', 'Makled'],
    lang: 'ARABIC',
  },
  franco: {
    women: ['Thérèse', 'Jeannine', 'Ghislaine', 'Rita', 'Cécile', 'Lorraine', 'Yvette', 'Huguette', 'Madeleine'],
    men: ['Armand', 'Réal', 'Gaétan', 'Normand', 'Rosaire', 'Marcel', 'Roméo', 'Léo', 'Adélard'],
    surnames: ['Pelletier', 'Ouellette', 'Bouchard', 'Cyr', 'Michaud', 'Gagnon', 'Lévesque', 'Morin', 'Dubé', 'Paradis', 'Poulin',
      'Fortin', 'Beaulieu', 'Lachance', 'Bolduc', 'Labbé', 'Charette'],
    lang: 'FRENCH',
  },
  azores: {
    women: ['Conceição', 'Lurdes', 'Fátima', 'Natália', 'Idalina', 'Filomena', 'Graça'],
    men: ['Manuel', 'Agostinho', 'Gilberto', 'Fernando', 'Jacinto', 'Arlindo', 'Duarte'],
    surnames: ['Medeiros', 'Furtado', 'Pacheco', 'Rebelo', 'Amaral', 'Sousa', 'Raposo', 'Câmara', 'Moniz', 'Tavares', 'Botelho', 'Cabral'],
    lang: 'PORTUGUESE',
  },
  khmer: {
    women: ['Sokha', 'Chanthy', 'Bopha', 'Srey Mom', 'Channary', 'Sopheap', 'Kunthea'],
    men: ['Sophal', 'Vuthy', 'Sambath', 'Rithy', 'Vannak', 'Bunthoeun', 'Sarith'],
    surnames: ['Chhim', 'Sok', 'Prak', 'Keo', 'Heng', 'Chea', 'Meas', 'Ung', 'Touch', 'Pen', 'Long', 'Men', 'Yin', 'Oum'],
    lang: 'KHMER',
  },
  lumbee: {
    women: ['Delora', 'Earlie Mae', 'Glenda', 'Willa', 'Lenora', 'Mavis', 'Annie Ruth'],
    men: ['Foy', 'Purnell', 'Arnold', 'Brantley', 'Harbert', 'Eldon', 'Welton', 'Furnie'],
    surnames: ['Locklear', 'Oxendine', 'Chavis', 'Lowry', 'Brayboy', 'Jacobs', 'Hunt', 'Dial', 'Bullard', 'Maynor', 'Sampson', 'Revels'],
  },
  piedmont: {
    women: ['Faye', 'Lottie', 'Peggy Sue', 'Nell', 'Ida Belle', 'Dottie', 'Shelby', 'Kendra', 'Brittany'],
    men: ['Carroll', 'Rayford', 'Ronnie', 'Cody', 'Grady', 'Hoyt', 'Thurman', 'Lamar', 'Dwight'],
    surnames: ['Bumgarner', 'Honeycutt', 'Yount', 'Setzer', 'Hefner', 'Propst', 'Huffstetler', 'Rhyne', 'Lineberger', 'Cloninger',
      'Whisnant', 'Teague'],
  },
  dega: {
    women: ["H'Bloanh", "H'Nga", "H'Lin", "H'Yuen"],
    men: ['Y Thoi', 'Y Kur', 'Y Ngai', 'Y Bhim'],
    surnames: ['Ksor', 'Siu', 'Rahlan', 'Nie', 'Rcom', 'Kpa', 'Rmah'],
    lang: 'JARAI',
  },
  norteno: {
    women: ['Leticia', 'Graciela', 'Ofelia', 'Nohemí', 'Elvira', 'Dalia', 'Paloma'],
    men: ['Eusebio', 'Ramiro', 'Heriberto', 'Baltazar', 'Rogelio', 'Efraín', 'Chuy'],
    surnames: ['Rangel', 'Quintanilla', 'Arredondo', 'Carrasco', 'Barrientos', 'Ochoa', 'Aguirre', 'Sifuentes', 'Gallegos', 'Dominguez', 'Lujan'],
    lang: 'SPANISH',
  },
  maya: {
    women: ['Petrona', 'Micaela', 'Catarina', 'Magdalena', 'Candelaria'],
    men: ['Lucas', 'Mateo', 'Andrés', 'Gaspar', 'Diego'],
    surnames: ['Pascual', 'Domingo', 'Francisco', 'Tomás', 'Gaspar', 'Diego', 'Mateo', 'Andrés', 'Bernabé'],
    lang: "Q'ANJOB'AL",
  },
  karen: {
    women: ['Naw Eh Hser', 'Paw Wah', 'Mu Mu', 'Hser Paw', 'Ku Paw'],
    men: ['Saw Eh Doh', 'Ler Htoo', 'Kyaw Win', 'Hla Thein', 'Saw Ba'],
    surnames: ['Htoo', 'Moo', 'Paw', 'Soe', 'Thaw', 'Win', 'Wah', 'Say', 'Doh'],
    lang: 'KAREN',
  },
  ranch: {
    women: ['Jolene', 'Reba', 'Darla', 'Twyla', 'Wynona', 'Charla', 'Verla'],
    men: ['Dub', 'Loyd', 'Wylie', 'Buddy', 'Travis', 'Clint', 'Royce', 'Stoney', 'Tuff'],
    surnames: ['Bivins', 'Kimbrough', 'Burrus', 'Cockrell', 'Tidwell', 'Gholson', 'Pickens', 'Dockery', 'Herring', 'Cope', 'Tubb', 'Slate'],
  },
  basque: {
    women: ['Miren', 'Arantxa', 'Itziar', 'Begoña', 'Maite', 'Edurne'],
    men: ['Iñaki', 'Koldo', 'Gorka', 'Pello', 'Jon Ander', 'Xabier'],
    surnames: ['Etcheverry', 'Arrizabalaga', 'Goitiandia', 'Uriarte', 'Echeverria', 'Bengoechea', 'Zubizarreta', 'Yturri', 'Elorriaga', 'Ansotegui'],
  },
  pioneer: {
    women: ['LaRue', 'Eliza', 'Zina', 'LaPreal', 'Ardell', 'Melba', 'Kjersten', 'McKenna'],
    men: ['LaVar', 'Merrill', 'Orrin', 'Heber', 'Thayne', 'DeLoy', 'Alma', 'Moroni', 'Jed', 'Bryce'],
    surnames: ['Christensen', 'Larsen', 'Jeppson', 'Hatch', 'Bybee', 'Rigby', 'Allred', 'Tanner', 'Call', 'Bott', 'Higbee', 'Nielson', 'Dalton'],
  },
  tongan: {
    women: ['Mele', 'Losaline', 'Sela', 'Ana', "'Ofa", 'Salote', 'Kalolaine'],
    men: ['Sione', 'Siosaia', 'Viliami', 'Tevita', 'Sitani', 'Feleti', 'Tomasi'],
    surnames: ['Fifita', 'Taufa', 'Tonga', 'Vake', 'Havili', 'Kaufusi', 'Latu', 'Mahe', 'Moala', 'Pulu', 'Vea'],
    lang: 'TONGAN',
  },
  shoshone: {
    women: ['Ardith', 'Lorinda', 'Arlene', 'Winona', 'Rosalie', 'Darcy'],
    men: ['Delbert', 'Emerson', 'Lionel', 'Gilbert', 'Roland', 'Ferris'],
    surnames: ['Edmo', 'Tendoy', 'Broncho', 'Buckskin', 'Pahvitse', 'Appenay', 'Teton', 'Racehorse', 'Timbana'],
  },
};
const ALL_GROUPS = (Object.keys(COMMUNITIES) as Group[]).filter((g) => g !== 'short');

const NICKNAMES_F = ['Peaches', 'Tootie', 'Bitsy', 'Sissy', 'Boots', 'Dolly', 'Cookie', 'Peanut', 'Birdie'];
const NICKNAMES_M = ['Buddy', 'Doc', 'Sarge', 'Tiny', 'Red', 'Butch', 'Skeeter', 'Dutch', 'Moose', 'Hoss', 'Bubba'];

// ---------- regions ----------

type RegionKey = 'rust' | 'mill' | 'carolina' | 'panhandle' | 'mountain';
interface Town { town: string; st: string; zip: string }
interface Region {
  key: RegionKey;
  groups: readonly (readonly [Group, number])[];
  towns: readonly Town[];
  /** Full name and what staff call it. */
  hospitals: readonly (readonly [string, string])[];
  snf: readonly string[];
  hospice: readonly string[];
  dial: readonly string[];
  hh: readonly string[];
  pharm: readonly string[];
  funeral: readonly string[];
  ems: readonly string[];
  /** Congregation and the title its clergy go by. */
  churches: readonly (readonly [string, string])[];
  schools: readonly string[];
  wound: readonly string[];
  professions: readonly string[];
  street: (rng: Random) => string;
}

const STATE_NAMES: Record<string, string> = {
  OH: 'OHIO', MI: 'MICHIGAN', IN: 'INDIANA', PA: 'PENNSYLVANIA', NY: 'NEW YORK', ME: 'MAINE', NH: 'NEW HAMPSHIRE', RI: 'RHODE ISLAND',
  MA: 'MASSACHUSETTS', NC: 'NORTH CAROLINA', SC: 'SOUTH CAROLINA', TX: 'TEXAS', OK: 'OKLAHOMA', NM: 'NEW MEXICO', ID: 'IDAHO',
  WY: 'WYOMING', NV: 'NEVADA', CO: 'COLORADO', MT: 'MONTANA', UT: 'UTAH',
};
const AREA_CODES: Record<string, readonly string[]> = {
  OH: ['330', '440', '740', '234'], MI: ['810', '989', '313'], IN: ['219'], PA: ['814', '724'], NY: ['716'], ME: ['207'], NH: ['603'],
  RI: ['401'], MA: ['413', '508', '774'], NC: ['704', '980', '910', '336', '828', '252'], SC: ['803', '864'], TX: ['806'], OK: ['580'],
  NM: ['575'], ID: ['208', '986'], WY: ['307'], NV: ['775'], CO: ['970'], MT: ['406'], UT: ['801', '435', '385'],
};

const t = (town: string, st: string, zip: string): Town => ({ town, st, zip });
const num = (rng: Random, lo: number, hi: number) => String(rng.int(lo, hi));

const REGIONS: readonly Region[] = [
  {
    key: 'rust',
    groups: [['slavic', 3], ['lakes', 3], ['arab', 1.5], ['word', 3], ['clin', 1.5], ['norteno', 0.4]],
    towns: [t('Youngstown', 'OH', '44502'), t('Warren', 'OH', '44483'), t('Niles', 'OH', '44446'), t('Lorain', 'OH', '44052'),
      t('Steubenville', 'OH', '43952'), t('Canton', 'OH', '44703'), t('Flint', 'MI', '48503'), t('Saginaw', 'MI', '48601'),
      t('Dearborn', 'MI', '48126'), t('Hamtramck', 'MI', '48212'), t('Gary', 'IN', '46402'), t('Hammond', 'IN', '46320'),
      t('East Chicago', 'IN', '46312'), t('Erie', 'PA', '16503'), t('Aliquippa', 'PA', '15001'), t('Lackawanna', 'NY', '14218')],
    hospitals: [['Mahoning Valley General Hospital', 'MVGH'], ['St. Stanislaus Medical Center', "St. Stan's"],
      ['Saginaw Bay Regional Hospital', 'SBRH'], ['Calumet Methodist Hospital', 'Calumet Methodist'],
      ['Presque Isle Medical Center', 'PIMC'], ['Steel Valley Hospital', 'Steel Valley']],
    snf: ['Ironworks Manor Nursing & Rehab', 'Lakeshore Pines Care Center', "St. Hedwig's Home for the Aged", 'Mill Creek Rehabilitation Hospital'],
    hospice: ['Valley Lights Hospice House', 'Lakeside Hospice Inpatient Unit'],
    dial: ['Trumbull Kidney Center', 'Calumet Dialysis', 'Saginaw Renal Care'],
    hh: ['Steel City Home Health', 'Great Lakes Visiting Nurses'],
    pharm: ["Kovach's Pharmacy", 'Lakeside Drug', 'Warren Avenue Pharmacy'],
    funeral: ['Sopko-Kovach Funeral Home', 'Boykins & Sons Funeral Home', 'Dearborn Islamic Funeral Services'],
    ems: ['Mahoning Ambulance Service', 'Lake County Fire EMS', 'Tri-City Ambulance'],
    churches: [['St. Casimir Parish', 'FR '], ['Greater Mount Zion Baptist Church', 'REV '], ['Holy Trinity Byzantine Catholic Church', 'FR '], ['Islamic Center of the Calumet', 'IMAM ']],
    schools: ['Kosciuszko Elementary', 'Wick Avenue Middle School', 'Salina Elementary', 'East Chicago Central High School'],
    wound: ['Mahoning Wound & Hyperbaric Center', 'Lakeshore Wound Clinic'],
    professions: ['steelworker', 'auto assembly worker', 'crane operator', 'coke oven worker', 'tool and die maker', 'millwright',
      'city bus mechanic', 'carpenter', 'baker', 'school lunch cook', 'nurse'],
    street: (rng) => rng.pick([
      `${num(rng, 100, 3999)} ${rng.pick(['Belmont Ave', 'Mahoning Ave', 'Pulaski St', 'Furnace Rd', 'Lansdowne Ave', 'Kosciuszko St', 'Wick Ave', 'Carnegie Ave', 'Tod Ave NW', 'Schaefer Rd'])}`,
      `${num(rng, 100, 999)} W ${ordinal(rng.int(3, 42))} St, Apt ${rng.int(1, 12)}`,
      `${num(rng, 1000, 9999)} ${rng.pick(['Calumet Ave', 'Indianapolis Blvd', 'Chene St'])} #${rng.int(1, 30)}`,
    ]),
  },
  {
    key: 'mill',
    groups: [['franco', 4], ['azores', 2], ['khmer', 1.5], ['word', 3], ['clin', 1.5]],
    towns: [t('Lewiston', 'ME', '04240'), t('Biddeford', 'ME', '04005'), t('Rumford', 'ME', '04276'), t('Mexico', 'ME', '04257'),
      t('Norway', 'ME', '04268'), t('Lisbon', 'ME', '04250'), t('Sanford', 'ME', '04073'), t('Berlin', 'NH', '03570'),
      t('Manchester', 'NH', '03103'), t('Nashua', 'NH', '03060'), t('Woonsocket', 'RI', '02895'), t('Pawtucket', 'RI', '02860'),
      t('Central Falls', 'RI', '02863'), t('Holyoke', 'MA', '01040'), t('Ware', 'MA', '01082'), t('New Bedford', 'MA', '02740'),
      t('Fitchburg', 'MA', '01420')],
    hospitals: [['Androscoggin Valley Medical Center', 'AVMC'], ['Sainte-Marie General Hospital', 'Ste Marie'],
      ['Merrimack Mills Hospital', 'Merrimack Mills'], ['Blackstone Valley Hospital', 'BVH'], ['Saco River Medical Center', 'SRMC'],
      ['Whaling City Hospital', 'Whaling City']],
    snf: ['Maison Bellerive Nursing Home', 'Canal Street Rehab & Living', 'Mill Pond Health Care Center', 'Granite Hills Rehabilitation Hospital'],
    hospice: ['Riviere Hospice House', 'Seacoast Hospice Inpatient Center'],
    dial: ['Merrimack Kidney Center', 'Blackstone Dialysis', 'Androscoggin Renal Unit'],
    hh: ['Mill Town Visiting Nurses', 'Franco-American Home Care'],
    pharm: ['Lisbon Street Apothecary', 'Pharmacie Dubé', 'Acushnet Ave Pharmacy'],
    funeral: ['Fortin-Gagnon Funeral Home', 'Medeiros Funeral Home', 'Pelletier & Fils Funeral Home'],
    ems: ['United Ambulance of Lewiston', 'Woonsocket Rescue', 'Oxford Hills EMS'],
    churches: [['Ste. Famille Parish', 'FR '], ['Our Lady of the Angels Church', 'PADRE '], ['Wat Khmer of New England', 'VEN. '], ['St. Ann Church', 'FR ']],
    schools: ['Montello Elementary', 'Globe Park School', 'Rumford Elementary', 'Kempton Street School'],
    wound: ['Mill City Wound Center', 'Seacoast Wound & Ostomy Clinic'],
    professions: ['loom fixer', 'paper mill worker', 'shoe stitcher', 'scallop fisherman', 'lobsterman', 'logger', 'weaver',
      'carpenter', 'mason', 'line cook', 'nurse'],
    street: (rng) => rng.pick([
      `${num(rng, 10, 999)} ${rng.pick(['Lisbon St', 'Canal St', 'Bartlett St', 'Knox St', 'Ash St', 'Social St', 'Cumberland Hill Rd', 'Acushnet Ave', 'High St', 'Pine St'])}, ${rng.pick(['1st', '2nd', '3rd'])} Fl`,
      `${num(rng, 10, 999)} ${rng.pick(['Main St', 'Oxford St', 'Congress St', 'Front St', 'Maple St'])}`,
      `${num(rng, 10, 299)} ${rng.pick(['Rumford Ave', 'River Rd', 'Canal St'])} #${rng.int(1, 6)}`,
    ]),
  },
  {
    key: 'carolina',
    groups: [['lumbee', 2.5], ['piedmont', 3], ['dega', 1], ['word', 3], ['clin', 1.5], ['lakes', 1]],
    towns: [t('Gastonia', 'NC', '28052'), t('Kannapolis', 'NC', '28081'), t('Kings Mountain', 'NC', '28086'), t('Pembroke', 'NC', '28372'),
      t('Lumberton', 'NC', '28358'), t('Hickory', 'NC', '28601'), t('Burlington', 'NC', '27215'), t('Roanoke Rapids', 'NC', '27870'),
      t('Welcome', 'NC', '27374'), t('Rock Hill', 'SC', '29730'), t('Spartanburg', 'SC', '29301'), t('Greer', 'SC', '29651'),
      t('Ninety Six', 'SC', '29666'), t('Due West', 'SC', '29639'), t('Lancaster', 'SC', '29720')],
    hospitals: [['Catawba Piedmont Medical Center', 'CPMC'], ['Lumber River Regional Hospital', 'LRRH'],
      ['Carolina Foothills Medical Center', 'Foothills'], ['Broad River Regional Hospital', 'Broad River'],
      ['Spindle City Memorial Hospital', 'Spindle City'], ['Pacolet Valley Hospital', 'Pacolet']],
    snf: ['Cotton Mill Village Health & Rehab', 'Red Clay Nursing Center', 'Pee Dee Oaks Rehab', 'Piedmont Rehabilitation Institute'],
    hospice: ['Carolina Dogwood Hospice House', 'Lumber River Hospice House'],
    dial: ['Robeson Renal Center', 'Catawba Dialysis', 'Broad River Kidney Care'],
    hh: ['Piedmont Home Health', 'Robeson Home Care Services'],
    pharm: ['Setzer Drug Co.', 'Pembroke Family Pharmacy', 'Loray Discount Drug'],
    funeral: ['Locklear & Sons Funeral Home', 'Rhyne-Honeycutt Mortuary', 'Teague Memorial Chapel'],
    ems: ['Robeson County EMS', 'Gaston Rescue Squad', 'Piedmont Medic 7'],
    churches: [['Prospect United Methodist Church', 'PASTOR '], ['Burnt Swamp Baptist Church', 'REV '], ['Loray Church of God', 'BRO '], ['Dega Evangelical Church', 'PASTOR ']],
    schools: ['Pembroke Elementary', 'Sherwood Elementary', 'Kings Mountain Middle School', 'Ninety Six Primary'],
    wound: ['Foothills Wound Healing Center', 'Robeson Wound Clinic'],
    professions: ['textile worker', 'spinner', 'poultry plant worker', 'tobacco farmer', 'furniture upholsterer', 'loom fixer',
      'long-haul trucker', 'baker', 'carpenter', 'cook', 'nurse'],
    street: (rng) => rng.pick([
      `${num(rng, 100, 9999)} ${rng.pick(['Loray St', 'Mill Village Rd', 'Hosiery Mill Rd', 'Union Chapel Rd', 'Prospect Rd', 'Jacob Branch Rd', 'Spinner Dr', 'Textile Ave', 'Deep Branch Rd'])}`,
      `${num(rng, 1000, 9999)} ${rng.pick(['NC Hwy 711', 'NC Hwy 72', 'SC Hwy 248', 'US Hwy 74'])} ${rng.pick(['E', 'W'])}`,
      `${num(rng, 100, 999)} ${rng.pick(['Cotton Row', 'Spencer Mountain Rd', 'Mill St'])}, Lot ${rng.int(1, 60)}`,
    ]),
  },
  {
    key: 'panhandle',
    groups: [['norteno', 3], ['maya', 1.5], ['karen', 1.5], ['ranch', 3], ['word', 3], ['clin', 1]],
    towns: [t('Amarillo', 'TX', '79106'), t('Amarillo', 'TX', '79109'), t('Dumas', 'TX', '79029'), t('Pampa', 'TX', '79065'),
      t('Hereford', 'TX', '79045'), t('Dalhart', 'TX', '79022'), t('Borger', 'TX', '79007'), t('Canyon', 'TX', '79015'),
      t('Happy', 'TX', '79042'), t('Earth', 'TX', '79031'), t('Friona', 'TX', '79035'), t('Canadian', 'TX', '79014'),
      t('Shamrock', 'TX', '79079'), t('Memphis', 'TX', '79245'), t('Guymon', 'OK', '73942'), t('Clovis', 'NM', '88101'),
      t('Tucumcari', 'NM', '88401')],
    hospitals: [['Llano Estacado Medical Center', 'LEMC'], ['Palo Duro Regional Hospital', 'Palo Duro'], ['Caprock General Hospital', 'Caprock'],
      ['Canadian River Community Hospital', 'CRCH'], ['High Plains Baptist Hospital', 'High Plains']],
    snf: ['Windmill Ridge Nursing & Rehab', 'Caprock Care Center', 'Mesquite Hills Nursing Home', 'Panhandle Rehabilitation Hospital'],
    hospice: ['High Plains Hospice House', 'Cap Rock Hospice'],
    dial: ['Panhandle Kidney Center', 'Yellow House Dialysis', 'Tierra Blanca Dialysis'],
    hh: ['Plains Home Health', 'Llano Home Care'],
    pharm: ['Dumas Drug', 'Farmacia Guadalupe', 'Western Plaza Pharmacy'],
    funeral: ['Cockrell-Tidwell Funeral Home', 'Funeraria Rangel', 'Caprock Memorial Chapel'],
    ems: ['Amarillo Medical Services', 'Moore County EMS', 'Hereford EMS'],
    churches: [['San José Catholic Church', 'PADRE '], ['First Baptist Church of Dumas', 'BRO '], ['Karen Baptist Church of Amarillo', 'PASTOR '], ['Cowboy Church of the Plains', 'PASTOR ']],
    schools: ['Hereford Elementary', 'Bivins Elementary', 'Dumas Junior High', 'Sunray Elementary'],
    wound: ['Plains Wound Care & Hyperbaric', 'Caprock Wound Clinic'],
    professions: ['feedlot hand', 'meatpacker', 'cotton gin operator', 'cattle rancher', 'refinery operator', 'wheat farmer',
      'custom harvester', 'carpenter', 'cook', 'baker', 'nurse'],
    street: (rng) => rng.pick([
      `${num(rng, 100, 9999)} ${rng.pick(['S Georgia St', 'NE 24th Ave', 'Bell St', 'Soncy Rd', 'Cactus Dr', 'Sycamore Ln', 'Feedlot Rd', 'S Western St', 'Grand St'])}`,
      `${num(rng, 100, 9999)} ${rng.pick(['County Road 15', 'FM 1062', 'FM 2587', 'Hwy 287 N', 'CR 7'])}`,
      `${num(rng, 100, 999)} ${rng.pick(['Plains Ave', 'Cherry St'])}, Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B'])}`,
    ]),
  },
  {
    key: 'mountain',
    groups: [['basque', 2], ['pioneer', 3], ['tongan', 1.5], ['shoshone', 1.5], ['word', 3], ['clin', 1]],
    towns: [t('Pocatello', 'ID', '83201'), t('Fort Hall', 'ID', '83203'), t('Blackfoot', 'ID', '83221'), t('Rexburg', 'ID', '83440'),
      t('Rock Springs', 'WY', '82901'), t('Evanston', 'WY', '82930'), t('Ten Sleep', 'WY', '82442'), t('Elko', 'NV', '89801'),
      t('Winnemucca', 'NV', '89445'), t('Grand Junction', 'CO', '81501'), t('Butte', 'MT', '59701'), t('Wisdom', 'MT', '59761'),
      t('Eden', 'UT', '84310'), t('Hurricane', 'UT', '84737'), t('Price', 'UT', '84501'), t('Vernal', 'UT', '84078'),
      t('Magna', 'UT', '84044')],
    hospitals: [['Snake River Regional Medical Center', 'SRRMC'], ['Ruby Mountains Medical Center', 'Ruby Mountains'],
      ['Sweetwater Basin Hospital', 'Sweetwater'], ['Bannock Peak Hospital', 'Bannock Peak'], ['Grand Mesa Medical Center', 'Grand Mesa'],
      ['Wasatch Back Valley Hospital', 'Wasatch Back']],
    snf: ['Sagebrush Care & Rehab', 'Copper King Manor', 'Elko Highlands Care Home', 'Teton Rehabilitation Hospital'],
    hospice: ['Sego Lily Hospice House', 'Bitterroot Hospice Inpatient Unit'],
    dial: ['Snake River Dialysis', 'Red Desert Kidney Center', 'Uinta Basin Dialysis'],
    hh: ['Intermountain Plains Home Health', 'Sagebrush Home Care'],
    pharm: ['Fort Hall Tribal Pharmacy', 'Copper City Drug', 'Ruby Valley Pharmacy'],
    funeral: ['Larsen-Hatch Mortuary', 'Etcheverry Funeral Chapel', 'Bott Family Mortuary'],
    ems: ['Bannock County Ambulance', 'Elko County Ambulance', 'Sweetwater Medics'],
    churches: [['Pocatello 14th Ward', 'BISHOP '], ['Tongan Methodist Church of Magna', 'REV '], ['St. Anthony Basque Mission', 'FR '], ['Blackfoot Assembly of God', 'PASTOR ']],
    schools: ['Chief Tahgee Elementary', 'Jefferson Elementary', 'Flagg Ranch School', 'Copper Hills Elementary'],
    wound: ['Snake River Wound Center', 'Ruby Mountains Wound Clinic'],
    professions: ['trona miner', 'sheepherder', 'railroad conductor', 'potato farmer', 'copper miner', 'rodeo stock contractor',
      'carpenter', 'mason', 'baker', 'nurse'],
    street: (rng) => rng.pick([
      `${num(rng, 100, 9999)} ${rng.pick(['N Arthur Ave', 'Yellowstone Ave', 'Bannock Hwy', 'Idaho St', 'Copper St', 'Mission Rd', 'Pioneer Rd', 'Dewar Dr', 'Mountain View Dr'])}`,
      rng.chance(0.5) ? `${num(rng, 100, 9999)} ${rng.pick(['N', 'S'])} ${rng.int(1, 48) * 100} ${rng.pick(['E', 'W'])}` : `${num(rng, 100, 9999)} ${rng.pick(['E', 'W'])} ${rng.int(1, 48) * 100} ${rng.pick(['N', 'S'])}`,
      `HC ${rng.int(60, 89)} Box ${rng.int(10, 999)}`,
    ]),
  },
];

const UNITS = ['5 North', '3 Central', 'Birch 3', 'Aspen 6', 'Tower 7 West', 'Lakeside 2', 'Juniper 5', 'Pavilion 2 East', 'Skyline 8', 'Ironwood 4'];
const ICU_UNITS = ['Cedar ICU', 'ICU Pod 2', 'North ICU', 'Tower 4 ICU', 'Sagebrush ICU'];
const PSYCH_UNITS = ['Harbor House', '2 East Behavioral Health', 'Spruce Unit', 'Willow Unit', 'Juniper Adult Psych'];
const PEDS_UNITS = ['Starfish Peds', '4 South Peds', 'Peds Pavilion 3', 'Bluebird Unit'];
const TELE_UNITS = ['Heart 3 Tele', 'Cardiac Stepdown 5', 'Aspen Tele', '6 West Tele'];
const REHAB_UNITS = ['Acute Rehab 2 West', 'Summit Rehab Unit', 'Restore 4'];
const AGENCIES = ['Prairie Staffing Partners', 'TrueNorth Nurse Travelers', 'Liberty Shift Staffing', 'Granite State Agency Nurses', 'Apex Per Diem Nursing'];
/** Named transport companies (ORGANIZATION) and generic rides (plain text). */
const TRANSPORTS = ['Safe Ride Medical Transport', 'Senior Wheels Van Service', 'Pronto Wheelchair Vans'];
const RIDES = ['MEDICAID CAB', 'TRIBAL TRANSPORT VAN', 'COUNTY VAN', 'CHURCH VAN'];
const DOGS = ['Biscuit', 'Chief', 'Gracie', 'Bandit', 'Roscoe', 'Pepper', 'Daisy', 'Tank', 'Jasper'];
const HOLIDAYS = ['Thanksgiving', 'Christmas', 'Xmas Eve', "New Year's", 'Easter', '4th of July', 'Labor Day', 'Memorial Day', 'Halloween',
  "St. Patrick's Day", 'Pioneer Day', 'Khmer New Year', 'Eid', "Valentine's Day"];
const AGE_WORDS = ['ninety', 'ninety-one', 'ninety-two', 'ninety-three', 'ninety-four', 'ninety-five', 'ninety-six', 'ninety-seven', 'ninety-eight',
  'ninety-nine', 'one hundred', 'one hundred one', 'one hundred two', 'one hundred three', 'one hundred four'];

interface KinKind { word: string; short: string; female: boolean; spouse?: boolean; older?: boolean; younger?: boolean }
const KIN: readonly KinKind[] = [
  { word: 'daughter', short: 'dtr', female: true }, { word: 'son', short: 'son', female: false },
  { word: 'husband', short: 'husb', female: false, spouse: true }, { word: 'wife', short: 'wf', female: true, spouse: true },
  { word: 'girlfriend', short: 'GF', female: true, spouse: true }, { word: 'boyfriend', short: 'BF', female: false, spouse: true },
  { word: 'sister', short: 'sis', female: true }, { word: 'brother', short: 'bro', female: false },
  { word: 'niece', short: 'niece', female: true }, { word: 'nephew', short: 'neph', female: false },
  { word: 'granddaughter', short: 'GD', female: true, older: true }, { word: 'grandson', short: 'GS', female: false, older: true },
  { word: 'daughter-in-law', short: 'DIL', female: true, older: true }, { word: 'son-in-law', short: 'SIL', female: false, older: true },
  { word: 'mother-in-law', short: 'MIL', female: true, younger: true }, { word: 'stepdaughter', short: 'stepdtr', female: true },
  { word: 'mother', short: 'mom', female: true, younger: true }, { word: 'father', short: 'dad', female: false, younger: true },
];

// ---------- people and the cast of one note ----------

interface Person { first: string; last: string; middle: string; nick: string; female: boolean; group: Group }
interface Kin { person: Person; word: string; short: string }
interface Other { person: Person; age: number }

interface Cast {
  region: Region;
  patient: Person;
  ageValue: number;
  family: Kin[];
  /** Obstetric patient, her partner (FOB) and her mother; the baby's first name. */
  ob: Person;
  obAge: number;
  fob: Person;
  mgm: Person;
  babyFirst: string;
  /** Pediatric patient, parents, sibling, grandmother. */
  kid: Person;
  kidAge: number;
  kidMonths: boolean;
  mom: Person;
  dad: Person;
  sib: Person;
  gma: Person;
  /** Other patients of a handoff list. */
  others: Other[];
  doctors: Person[];
  /** primary RN, oncoming RN, charge RN */
  nurses: Person[];
  /** PCT, RT, PA, chaplain, SW, CM, therapist, tech, CRNA, lactation, child life, dietitian */
  staff: Person[];
  /** interpreter, ex-partner, lawyer, probation officer, pastor, caseworker, doula, neighbour */
  extras: Person[];
  hospital: readonly [string, string];
  otherHospital: string;
  town: Town;
  otherTown: Town;
  street: string;
  zip: string;
  room: string;
  bed: string;
  profession: string;
  mrn: string;
  visit: DateParts;
  noteDate: (d: DateParts) => string;
  picks: Record<string, string>;
}

const casts = new WeakMap<NoteContext, Cast>();

/** First names already given to someone in the note being cast, so two people of one note never share one. */
let namesInUse: Set<string> | undefined;

function makePerson(rng: Random, group: Group, female = rng.chance(0.5)): Person {
  const community = COMMUNITIES[group];
  let first = rng.pick(female ? community.women : community.men);
  for (let tries = 0; tries < 30 && namesInUse?.has(first); tries++) first = rng.pick(female ? community.women : community.men);
  namesInUse?.add(first);
  return { first, last: rng.pick(community.surnames), middle: rng.letters(1), nick: rng.pick(female ? NICKNAMES_F : NICKNAMES_M), female, group };
}

function localPerson(rng: Random, region: Region, female = rng.chance(0.5)): Person {
  return makePerson(rng, rng.chance(0.85) ? rng.weighted(region.groups) : rng.pick(ALL_GROUPS), female);
}

/** Staff: word names, short names or anyone. */
function staffPerson(rng: Random, region: Region, female = rng.chance(0.7)): Person {
  const roll = rng.next();
  const group: Group = roll < 0.35 ? 'word' : roll < 0.6 ? 'short' : roll < 0.85 ? rng.weighted(region.groups) : rng.pick(ALL_GROUPS);
  return makePerson(rng, group, female);
}

function relativeOf(rng: Random, of: Person, kind: KinKind): Kin {
  const person = makePerson(rng, rng.chance(0.5) ? 'word' : rng.chance(0.85) ? of.group : rng.pick(ALL_GROUPS), kind.female);
  if (!kind.spouse || rng.chance(0.5)) {
    if (rng.chance(0.6)) person.last = of.last;
  }
  return { person, word: kind.word, short: kind.short };
}

function castOf(c: NoteContext): Cast {
  const known = casts.get(c);
  if (known) return known;
  const { rng } = c;
  namesInUse = new Set<string>();
  const region = rng.pick(REGIONS);
  const patient = localPerson(rng, region);
  const ageValue = rng.chance(0.33) ? rng.int(90, 104) : rng.int(24, 89);
  const fitting = KIN.filter((k) => (ageValue >= 55 || !k.older) && (ageValue <= 60 || !k.younger));
  const family: Kin[] = [];
  while (family.length < 3) {
    const spouseTaken = family.some((k) => KIN.find((kind) => kind.word === k.word)?.spouse);
    const kind = rng.pick(fitting.filter((k) => !family.some((f) => f.word === k.word) && !(spouseTaken && k.spouse)));
    family.push(relativeOf(rng, patient, kind));
  }
  const ob = localPerson(rng, region, true);
  const fob = makePerson(rng, rng.chance(0.4) ? 'word' : rng.chance(0.7) ? ob.group : rng.weighted(region.groups), false);
  if (rng.chance(0.4)) fob.last = ob.last;
  const mgm = makePerson(rng, rng.chance(0.5) ? 'word' : ob.group, true);
  const kid = localPerson(rng, region);
  const mom = { ...makePerson(rng, rng.chance(0.45) ? 'word' : kid.group, true), last: kid.last };
  const dad = { ...makePerson(rng, rng.chance(0.45) ? 'word' : kid.group, false), last: kid.last };
  const sib = { ...makePerson(rng, rng.chance(0.4) ? 'word' : kid.group), last: kid.last };
  const gma = makePerson(rng, rng.chance(0.5) ? 'word' : kid.group, true);
  const others = [0, 1, 2].map(() => ({ person: localPerson(rng, region), age: rng.chance(0.3) ? rng.int(90, 101) : rng.int(22, 89) }));
  const town = rng.pick(region.towns);
  let otherTown = rng.pick(region.towns);
  if (otherTown.town === town.town) otherTown = rng.pick(region.towns);
  const hospital = rng.pick(region.hospitals);
  let otherHospital = rng.pick(region.hospitals)[0];
  if (otherHospital === hospital[0]) otherHospital = rng.pick(REGIONS.filter((r) => r.key !== region.key)).hospitals[0][0];
  const visit = { year: rng.int(2019, 2025), month: rng.int(1, 12), day: rng.int(1, 28) };
  const cast: Cast = {
    region,
    patient,
    ageValue,
    family,
    ob,
    obAge: rng.int(16, 43),
    fob,
    mgm,
    babyFirst: rng.pick(['Journey', 'Legend', 'Gunner', 'Paisley', 'Nova', 'Kash', 'Oaklee', 'Ryder', 'Stormy', 'Maverick', 'Harmony', 'Ransom', 'Tinsley', 'Sage']),
    kid,
    kidAge: rng.int(1, 16),
    kidMonths: rng.chance(0.25),
    mom,
    dad,
    sib,
    gma,
    others,
    doctors: [0, 1, 2].map(() => makePerson(rng, rng.chance(0.5) ? 'word' : rng.chance(0.5) ? rng.weighted(region.groups) : rng.pick(ALL_GROUPS))),
    nurses: [staffPerson(rng, region), staffPerson(rng, region), staffPerson(rng, region)],
    staff: Array.from({ length: 12 }, () => staffPerson(rng, region)),
    extras: Array.from({ length: 8 }, () => localPerson(rng, region)),
    hospital,
    otherHospital,
    town,
    otherTown,
    street: region.street(rng),
    zip: rng.chance(0.85) ? town.zip : `${town.zip}-${rng.digits(4)}`,
    room: `${rng.int(1, 9)}${rng.digits(2)}${rng.pick(['', '', '', 'A', 'B', '-1', '-2'])}`,
    bed: rng.pick([String(rng.int(1, 38)), `${rng.pick(['A', 'B', 'C', 'H'])}${rng.int(1, 24)}`, `${rng.int(1, 30)}${rng.pick(['A', 'B'])}`]),
    profession: rng.pick(region.professions),
    mrn: recordNumber(rng),
    visit,
    noteDate: rng.pick(NOTE_DATES),
    picks: {},
  };
  namesInUse = undefined;
  casts.set(c, cast);
  return cast;
}

/** One institution per list per note, so a note repeating it agrees with itself. */
function inst(c: NoteContext, key: string, list: readonly string[]): string {
  const k = castOf(c);
  if (!(key in k.picks)) k.picks[key] = c.rng.pick(list);
  return k.picks[key];
}

// ---------- value shapes ----------


/** The shape a note's header date takes. */
const NOTE_DATES: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}/${yy(d)}`,
  (d) => `${two(d.month)}/${two(d.day)}/${yy(d)}`,
  (d) => `${two(d.month)}/${two(d.day)}/${d.year}`,
  (d) => `${d.day}${MON(d)}${yy(d)}`,
  (d) => `${two(d.day)}${MON(d)}${d.year}`,
  (d) => `${MONTH(d)} ${ordinal(d.day)}`,
  (d) => `${MON(d)} ${d.day}, ${d.year}`,
  (d) => `${d.day}-${MON(d)}-${d.year}`,
  (d) => `${d.month}-${d.day}-${yy(d)}`,
  (d) => `${SHORT_DAY[dayName(d)]} ${d.month}/${d.day}`,
  (d) => `${d.month}/${d.day}`,
];
/** Dates as typed in passing. */
const LOOSE_DATES: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}`,
  (d) => `${d.month}/${d.day}`,
  (d) => `${d.day}${MON(d)}`,
  (d) => `${MONTH(d)} ${ordinal(d.day)}`,
  (d) => `${SHORT_DAY[dayName(d)]} ${d.month}/${d.day}`,
  (d) => `${MON(d)} ${d.day}`,
  (d) => `${two(d.month)}/${two(d.day)}/${yy(d)}`,
  (d) => `${two(d.month)}/${two(d.day)}`,
  (d) => `${d.day} ${MON(d)}`,
  (d) => `${dayName(d)} ${MON(d)} ${d.day}`,
];

function clock(rng: Random): string {
  const h = rng.int(0, 23);
  const m = rng.pick([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55]);
  return rng.pick([`${two(h)}${two(m)}`, `${two(h)}${two(m)}`, `${two(h)}${two(m)}`, `${two(h)}:${two(m)}`, `${((h + 11) % 12) + 1}${h < 12 ? 'A' : 'P'}`]);
}

function recordNumber(rng: Random): string {
  return rng.pick([
    rng.digits(8),
    `${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`,
    `M${rng.digits(7)}`,
    `00${rng.digits(7)}`,
    `${rng.digits(2)}-${rng.digits(2)}-${rng.digits(2)}-${rng.digits(2)}`,
    `${rng.int(1, 9)}${rng.digits(6)}`,
    `E${rng.digits(8)}`,
  ]);
}

function phoneIn(rng: Random, st: string): string {
  const area = rng.pick(AREA_CODES[st] ?? ['208']);
  const mid = `${rng.int(2, 9)}${rng.digits(2)}`;
  const end = rng.digits(4);
  return rng.pick([
    `(${area}) ${mid}-${end}`, `${area}-${mid}-${end}`, `${area} ${mid} ${end}`, `${mid}-${end}`, `${area}.${mid}.${end}`,
    `${area}/${mid}-${end}`, `(${area})${mid}-${end}`, `${area}${mid}${end}`, `1-${area}-${mid}-${end}`,
  ]);
}

// ---------- fragment helpers ----------

type NameKind = 'PATIENT' | 'DOCTOR' | 'RELATIVE' | 'NAME';
type PlaceKind = 'HOSPITAL' | 'ORGANIZATION' | 'DEPARTMENT' | 'ROOM' | 'STREET' | 'CITY' | 'STATE' | 'COUNTRY' | 'ZIP' | 'LOCATION';
const nm = (text: string, kind: NameKind) => phi(text, 'NAME', kind);
const dt = (text: string) => phi(text, 'DATE', 'DATE');
const pl = (text: string, kind: PlaceKind) => phi(text, 'LOCATION', kind);
const id = (text: string, kind: 'MRN' | 'ACCOUNT' | 'ID') => phi(text, 'ID', kind);

/** A span the scorer ignores either way: a lone weekday is no date element. */
function other(text: string): PhiPiece {
  return { phi: text, category: 'OTHER' as PhiPiece['category'], subtype: undefined as unknown as PhiPiece['subtype'] };
}

/** First letter of a name, skipping a leading apostrophe ('Ofa). */
const initial = (name: string) => name.replace(/^[^\p{L}]+/u, '')[0];
const ini = (p: Person) => `${initial(p.first)}${initial(p.last)}`;

function fullForms(rng: Random, p: Person, kind: NameKind): Fragment {
  return rng.pick<Fragment>([
    nm(`${p.first} ${p.last}`, kind),
    nm(`${p.first} ${p.last}`, kind),
    nm(`${p.last}, ${p.first}`, kind),
    nm(`${p.first} ${p.middle} ${p.last}`, kind),
    [nm(p.first, kind), ' "', nm(p.nick, kind), '" ', nm(p.last, kind)],
    [nm(`${p.first} ${p.last}`, kind), ' (GOES BY ', nm(p.nick, kind), ')'],
  ]);
}

function headerName(rng: Random, p: Person, kind: NameKind = 'PATIENT'): Fragment {
  return nm(rng.pick([`${p.last}, ${p.first}`, `${p.last}, ${p.first}`, `${p.last},${p.first}`, `${p.last}, ${p.first} ${p.middle}`, `${p.last} ${p.first}`]), kind);
}

function titled(rng: Random, p: Person): Fragment {
  return [p.female ? rng.pick(['MS ', 'MRS ', 'MS. ', 'MISS ']) : rng.pick(['MR ', 'MR. ']), nm(p.last, 'PATIENT')];
}

function physician(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    ['DR ', nm(p.last, 'DOCTOR')],
    ['DR ', nm(p.last, 'DOCTOR')],
    ['DR. ', nm(p.last, 'DOCTOR')],
    ['DR ', nm(`${initial(p.first)} ${p.last}`, 'DOCTOR')],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ' MD'],
    [nm(p.last, 'DOCTOR'), ' MD'],
    ['DR.', nm(p.last, 'DOCTOR')],
  ]);
}

/** A nurse signing a note. */
function rnSig(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ', RN'],
    [nm(`${p.first} ${initial(p.last)}.`, 'DOCTOR'), ' RN'],
    ['- ', nm(ini(p), 'DOCTOR')],
    [nm(`${p.last}, ${p.first}`, 'DOCTOR'), ' RN BSN'],
    ['RN ', nm(p.first, 'DOCTOR')],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ' LPN'],
    [nm(`${initial(p.first)}. ${p.last}`, 'DOCTOR'), ' RN'],
    ['/', nm(ini(p), 'DOCTOR'), ' RN'],
  ]);
}

function rnMention(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    ['RN ', nm(p.first, 'DOCTOR')],
    [nm(p.first, 'DOCTOR'), ' RN'],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ' RN'],
    [nm(`${p.first} ${initial(p.last)}`, 'DOCTOR'), ', RN'],
    ['RN ', nm(`${p.first} ${p.last}`, 'DOCTOR')],
  ]);
}

function kinMention(rng: Random, k: Kin): Fragment {
  const p = k.person;
  return rng.pick<Fragment>([
    [`${k.short} `, nm(p.first, 'RELATIVE')],
    [`${k.short} `, nm(p.first, 'RELATIVE')],
    [`${k.word} `, nm(p.first, 'RELATIVE')],
    [nm(p.first, 'RELATIVE'), ` (${k.short})`],
    [`${k.word}, `, nm(`${p.first} ${p.last}`, 'RELATIVE')],
    [`${k.short} `, nm(`${p.first} ${p.last}`, 'RELATIVE')],
    [nm(`${p.first} ${p.last}`, 'RELATIVE'), ` (${k.word})`],
  ]);
}

function age(rng: Random, n: number, words = true): Fragment {
  if (n > 89) {
    if (words && n <= 104 && rng.chance(0.2)) return [phi(AGE_WORDS[n - 90], 'AGE', 'AGE_OVER_89'), rng.pick([' YRS OLD', ' Y/O', '-YEAR-OLD'])];
    return [phi(String(n), 'AGE', 'AGE_OVER_89'), rng.pick([' Y/O', 'YO', ' YO', ' YR OLD', ' YRS', 'Y', ' Y.O.'])];
  }
  return [phi(String(n), 'AGE', 'AGE', true), rng.pick([' Y/O', 'YO', ' YO', ' YR OLD', ' YRS', 'Y', ' Y.O.'])];
}

function ageSex(rng: Random, n: number, female: boolean): Fragment {
  const piece = n > 89 ? phi(String(n), 'AGE', 'AGE_OVER_89') : phi(String(n), 'AGE', 'AGE', true);
  return [piece, rng.pick(female ? ['F', ' F', 'YOF', ' YOF', ' Y/O F', ' YO FEMALE', 'YF'] : ['M', ' M', 'YOM', ' YOM', ' Y/O M', ' YO MALE', 'YM'])];
}

const around = (c: NoteContext, from: number, to: number) => addDays(castOf(c).visit, c.rng.int(from, to));

// ---------- filler that must stay unflagged ----------

const TRAPS = [
  'WILL CONTINUE TO MONITOR', 'MAY NEED PRBCS IF HGB <7', 'HOPE TO WEAN O2 TODAY', 'BROWN DRAINAGE FROM NGT 150ML', 'LONG-TERM FOLEY, CHANGED',
  'KING-SIZED BED ORDERED', 'FROST BITE PRECAUTIONS TAUGHT', 'AMBER URINE, CRYSTALS IN BAG', 'POISON IVY RASH BLE, CALAMINE',
  'TYPE AND CROSS SENT TO BLOOD BANK', 'CALL BELL IN REACH', 'BED BATH GIVEN', 'SHARPS DISPOSED', 'SHORT OF BREATH W/ EXERTION',
  'SMALL FORMED BM', 'GREEN SPUTUM', 'WHITE PATCHES ON TONGUE, NYSTATIN SWISH', 'BLACK TARRY STOOL X1, GUAIAC POS',
  "BAKER'S CYST R KNEE ON US", "WOOD'S LAMP EXAM NEG", 'KIDNEY STONE STRAINED, SENT', 'STAPLES INTACT', 'WARD CLERK NOTIFIED',
  'PACER SPIKES ON MONITOR', 'CASE MGMT AWARE', 'DAY 3 OF 7 ABX', 'RESTLESS NIGHT', 'MAJOR BLEEDING RISK REVIEWED', 'DOCTOR NOTIFIED',
  'NURSE TO NURSE REPORT GIVEN', 'LAW ENFORCEMENT AT BEDSIDE', 'HALL AMBULATION X3', 'SWEET TEA FROM HOME, DIABETIC TEACHING',
  'PRICE OF INSULIN A CONCERN', 'PAYS CASH FOR MEDS', 'COFFEE GROUND EMESIS X1', 'FISHER-PAYKEL HUMIDIFIER ON', 'LEG CRAMPS QHS',
  'SHINGLES VACCINE DUE', 'SENNA 2 TABS QHS', 'PILL CRUSHED IN APPLESAUCE', 'LANCET DEVICE AT BEDSIDE', 'GALLBLADDER US NEG',
  'TO CT VIA GURNEY', 'WINTER COAT AND BOOTS IN CLOSET', 'GRACE SAID BEFORE MEALS', 'FAITH IMPORTANT TO PT', 'TEMP ROSE TO 38.6',
  'HOUSE SUPV AWARE', 'BERRY ANEURYSM HX, COILED', 'LIGHT TOUCH INTACT', 'INSULIN PEN NEEDLES', 'CALL LIGHT ANSWERED', 'STREET DRUGS DENIED',
  'BRADEN 13', 'MORSE 60', 'CIWA 6', 'RASS -1', 'GCS 15', 'PAIN 4/10', 'HOYER LIFT X2 STAFF', 'TED HOSE ON', 'SCDS ON',
  'LOVE TO GO HOME PER PT', 'YOUNG ADULT SON AT BEDSIDE', 'FORD PICKUP PARKED IN ER LOT', 'MASON JAR OF TEA AT BEDSIDE',
];
const VITALS = [
  (r: Random) => `VS ${r.int(88, 186)}/${r.int(44, 104)} HR ${r.int(48, 132)} RR ${r.int(12, 32)} T ${(97 + r.next() * 5).toFixed(1)} SAT ${r.int(86, 100)}% ${r.pick(['RA', '2L', '4L NC', 'BIPAP'])}`,
  (r: Random) => `BP ${r.int(88, 186)}/${r.int(44, 104)}, P ${r.int(48, 132)}, R ${r.int(12, 32)}, T ${(36.1 + r.next() * 3).toFixed(1)}C, O2 ${r.int(86, 100)}%`,
  (r: Random) => `V/S: ${r.int(88, 186)}/${r.int(44, 104)}-${r.int(48, 132)}-${r.int(12, 32)}-${(97 + r.next() * 5).toFixed(1)}, ${r.int(86, 100)}% RA`,
];
const LABS = [
  (r: Random) => `NA ${r.int(122, 148)} K ${(2.9 + r.next() * 3).toFixed(1)} CR ${(0.6 + r.next() * 5).toFixed(1)} GLU ${r.int(58, 460)}`,
  (r: Random) => `WBC ${(2.4 + r.next() * 20).toFixed(1)} HGB ${(6.5 + r.next() * 8).toFixed(1)} PLT ${r.int(38, 480)}`,
  (r: Random) => `LACTATE ${(0.7 + r.next() * 5).toFixed(1)}, TROP ${r.pick(['<0.01', '0.04', '0.31', '1.8'])}, INR ${(0.9 + r.next() * 3).toFixed(1)}`,
  (r: Random) => `MG ${(1.2 + r.next()).toFixed(1)} PHOS ${(2 + r.next() * 5).toFixed(1)} K ${(2.9 + r.next() * 3).toFixed(1)}`,
];

// ---------- slots ----------

const cast = castOf;
const pt = (c: NoteContext) => cast(c).patient;
const kin = (c: NoteContext, i: number) => cast(c).family[i];
const homeSt = (c: NoteContext) => cast(c).town.st;
const tel = (c: NoteContext, st = homeSt(c)) => phi(phoneIn(c.rng, st), 'CONTACT', 'PHONE');
const looseDate = (c: NoteContext, from: number, to: number) => dt(c.rng.pick(LOOSE_DATES)(around(c, from, to)));
const staff = (c: NoteContext, i: number) => cast(c).staff[i];
const sf = (i: number) => (c: NoteContext) => nm(staff(c, i).first, 'DOCTOR');
const oth = (c: NoteContext, i: number) => cast(c).others[i];

function churchOf(c: NoteContext): string {
  const k = cast(c);
  if (!('church' in k.picks)) {
    const [name, title] = c.rng.pick(k.region.churches);
    k.picks.church = name;
    k.picks.churchTitle = title;
  }
  return k.picks.church;
}

function langOf(p: Person): string {
  return COMMUNITIES[p.group].lang ?? 'ASL';
}

export const DEV7_SLOTS: SlotTable<NoteContext> = {
  // ----- patient
  p: (c) => fullForms(c.rng, pt(c), 'PATIENT'),
  p_hdr: (c) => headerName(c.rng, pt(c)),
  pf: (c) => nm(pt(c).first, 'PATIENT'),
  pl: (c) => nm(pt(c).last, 'PATIENT'),
  pt_t: (c) => titled(c.rng, pt(c)),
  p_nick: (c) => ['"', nm(pt(c).nick, 'PATIENT'), '"'],
  he: (c) => (pt(c).female ? 'SHE' : 'HE'),
  his: (c) => (pt(c).female ? 'HER' : 'HIS'),
  him: (c) => (pt(c).female ? 'HER' : 'HIM'),
  age: (c) => age(c.rng, cast(c).ageValue),
  age_n: (c) => (cast(c).ageValue > 89 ? phi(String(cast(c).ageValue), 'AGE', 'AGE_OVER_89') : phi(String(cast(c).ageValue), 'AGE', 'AGE', true)),
  age_sex: (c) => ageSex(c.rng, cast(c).ageValue, pt(c).female),
  old_sex: (c) => ageSex(c.rng, cast(c).ageValue > 89 ? cast(c).ageValue : c.rng.int(90, 99), pt(c).female),
  lang: (c) => langOf(pt(c)),
  prof: (c) => phi(cast(c).profession.toUpperCase(), 'PROFESSION', 'PROFESSION'),
  a_prof: (c) => {
    const job = cast(c).profession.toUpperCase();
    return [c.rng.pick(['A RETIRED ', /^[AEIOU]/.test(job) ? 'AN ' : 'A ']), phi(job, 'PROFESSION', 'PROFESSION')];
  },
  // ----- family
  k1: (c) => kinMention(c.rng, kin(c, 0)),
  k2: (c) => kinMention(c.rng, kin(c, 1)),
  k3: (c) => kinMention(c.rng, kin(c, 2)),
  k1f: (c) => nm(kin(c, 0).person.first, 'RELATIVE'),
  k2f: (c) => nm(kin(c, 1).person.first, 'RELATIVE'),
  k3f: (c) => nm(kin(c, 2).person.first, 'RELATIVE'),
  k1full: (c) => nm(`${kin(c, 0).person.first} ${kin(c, 0).person.last}`, 'RELATIVE'),
  k1w: (c) => kin(c, 0).word.toUpperCase(),
  k2w: (c) => kin(c, 1).word.toUpperCase(),
  k1sf: (c) => [`${kin(c, 0).short} `, nm(kin(c, 0).person.first, 'RELATIVE')],
  k2sf: (c) => [`${kin(c, 1).short} `, nm(kin(c, 1).person.first, 'RELATIVE')],
  k1poss: (c) => [nm(kin(c, 0).person.first, 'RELATIVE'), "'S"],
  fam: (c) => {
    const [a, b, d] = cast(c).family;
    return c.rng.pick<Fragment>([
      [`${a.short} `, nm(a.person.first, 'RELATIVE'), `, ${b.short} `, nm(b.person.first, 'RELATIVE'), ` & ${d.short} `, nm(d.person.first, 'RELATIVE')],
      [nm(a.person.first, 'RELATIVE'), ` (${a.short}), `, nm(b.person.first, 'RELATIVE'), ` (${b.short}), `, nm(d.person.first, 'RELATIVE'), ` (${d.short})`],
      [`${a.short.toUpperCase()}/${b.short.toUpperCase()} `, nm(a.person.first, 'RELATIVE'), '/', nm(b.person.first, 'RELATIVE'), ` + ${d.short} `, nm(`${d.person.first} ${d.person.last}`, 'RELATIVE')],
      [`${a.word} `, nm(a.person.first, 'RELATIVE'), ' AND ', nm(b.person.first, 'RELATIVE'), ` (${b.short})`],
    ]);
  },
  poa: (c) => c.rng.pick<Fragment>([['POA ', nm(kin(c, 0).person.first, 'RELATIVE')], [nm(`${kin(c, 0).person.first} ${kin(c, 0).person.last}`, 'RELATIVE'), ` (${kin(c, 0).short}/POA)`],
    ['HCP/POA IS ', kin(c, 0).short, ' ', nm(kin(c, 0).person.first, 'RELATIVE')]]),
  // ----- people who are neither family nor staff
  interp: (c) => {
    const p = cast(c).extras[0];
    const badge = id(c.rng.pick([c.rng.digits(6), c.rng.digits(5), `${c.rng.letters(1)}${c.rng.digits(4)}`]), 'ID');
    return c.rng.pick<Fragment>([
      [`${langOf(pt(c))} INTERPRETER `, nm(p.first, 'NAME'), ' #', badge],
      [`VIA IPAD ${langOf(pt(c))} INTERPRETER #`, badge],
      [nm(`${p.first} ${p.last}`, 'NAME'), ` (${langOf(pt(c))} INTERP, ID `, badge, ')'],
      [`PHONE INTERPRETER `, nm(p.first, 'NAME'), ' (', badge, ')'],
    ]);
  },
  exname: (c) => nm(cast(c).extras[1].first, 'NAME'),
  lawyer: (c) => nm(c.rng.pick([`${cast(c).extras[2].first} ${cast(c).extras[2].last}`, cast(c).extras[2].last]), 'NAME'),
  po: (c) => c.rng.pick<Fragment>([['PO ', nm(`${cast(c).extras[3].first} ${cast(c).extras[3].last}`, 'NAME')], ['PO ', nm(cast(c).extras[3].last, 'NAME')]]),
  pastor: (c) => {
    churchOf(c);
    return [cast(c).picks.churchTitle, nm(cast(c).extras[4].last, 'NAME')];
  },
  cw: (c) => nm(`${cast(c).extras[5].first} ${cast(c).extras[5].last}`, 'NAME'),
  doula: (c) => nm(cast(c).extras[6].first, 'NAME'),
  nbr: (c) => c.rng.pick<Fragment>([['NEIGHBOR ', nm(cast(c).extras[7].first, 'NAME')], [nm(`${cast(c).extras[7].first} ${cast(c).extras[7].last}`, 'NAME'), ' (NEIGHBOR)']]),
  dog: (c) => c.rng.pick(DOGS).toUpperCase(),
  // ----- obstetric patient
  ob: (c) => fullForms(c.rng, cast(c).ob, 'PATIENT'),
  ob_hdr: (c) => headerName(c.rng, cast(c).ob),
  obf: (c) => nm(cast(c).ob.first, 'PATIENT'),
  ob_age_sex: (c) => [phi(String(cast(c).obAge), 'AGE', 'AGE', true), c.rng.pick(['YOF', ' YO', ' Y/O', 'F', ' YO F'])],
  grav: (c) => {
    const g = c.rng.int(1, 6);
    return `G${g}P${c.rng.int(0, g - 1)}`;
  },
  ob_prof: (c) => {
    const job = cast(c).profession.toUpperCase();
    return [/^[AEIOU]/.test(job) ? 'AN ' : 'A ', phi(job, 'PROFESSION', 'PROFESSION')];
  },
  ga: (c) => `${c.rng.int(34, 41)}+${c.rng.int(0, 6)}`,
  fob: (c) => c.rng.pick<Fragment>([['FOB ', nm(cast(c).fob.first, 'RELATIVE')], ['FOB ', nm(`${cast(c).fob.first} ${cast(c).fob.last}`, 'RELATIVE')],
    ['PARTNER ', nm(cast(c).fob.first, 'RELATIVE')], ['HUSB ', nm(cast(c).fob.first, 'RELATIVE')]]),
  fobf: (c) => nm(cast(c).fob.first, 'RELATIVE'),
  fob_full: (c) => nm(`${cast(c).fob.first} ${cast(c).fob.last}`, 'RELATIVE'),
  mgmf: (c) => nm(cast(c).mgm.first, 'RELATIVE'),
  babyf: (c) => nm(cast(c).babyFirst, 'PATIENT'),
  baby_full: (c) => nm(c.rng.pick([`${cast(c).babyFirst} ${cast(c).ob.last}`, `${cast(c).babyFirst} ${cast(c).fob.last}`, `BABY ${cast(c).ob.last}`]), 'PATIENT'),
  // ----- pediatric patient
  kid_hdr: (c) => headerName(c.rng, cast(c).kid),
  kidf: (c) => nm(cast(c).kid.first, 'PATIENT'),
  kid_nick: (c) => nm(cast(c).kid.nick, 'PATIENT'),
  kid_age: (c) => {
    const k = cast(c);
    if (k.kidMonths) return [phi(String(c.rng.int(2, 23)), 'AGE', 'AGE', true), c.rng.pick([' MO', 'MO', ' MOS', '-MONTH-OLD'])];
    return [phi(String(k.kidAge), 'AGE', 'AGE', true), c.rng.pick([' Y/O', 'YO', ' YO', ' YR OLD', 'Y'])];
  },
  ksex: (c) => (cast(c).kid.female ? 'F' : 'M'),
  momf: (c) => nm(cast(c).mom.first, 'RELATIVE'),
  mom_full: (c) => nm(`${cast(c).mom.first} ${cast(c).mom.last}`, 'RELATIVE'),
  dadf: (c) => nm(cast(c).dad.first, 'RELATIVE'),
  sibf: (c) => nm(cast(c).sib.first, 'RELATIVE'),
  sib_age: (c) => [phi(String(c.rng.int(2, 15)), 'AGE', 'AGE', true), c.rng.pick(['YO', ' Y/O', ' YRS'])],
  gmaf: (c) => nm(cast(c).gma.first, 'RELATIVE'),
  // ----- other patients of a handoff
  ...Object.fromEntries([0, 1, 2].flatMap((i) => [
    [`o${i + 1}_hdr`, (c: NoteContext) => headerName(c.rng, oth(c, i).person)],
    [`o${i + 1}_age`, (c: NoteContext) => ageSex(c.rng, oth(c, i).age, oth(c, i).person.female)],
    [`o${i + 1}_t`, (c: NoteContext) => titled(c.rng, oth(c, i).person)],
  ])),
  o1_rel: (c) => {
    const p = cast(c).extras[7];
    return c.rng.pick<Fragment>([['DTR ', nm(p.first, 'RELATIVE')], ['WF ', nm(p.first, 'RELATIVE')], ['SON ', nm(p.first, 'RELATIVE')], [nm(p.first, 'RELATIVE'), ' (NIECE)']]);
  },
  // ----- clinicians
  md: (c) => physician(c.rng, cast(c).doctors[0]),
  md2: (c) => physician(c.rng, cast(c).doctors[1]),
  md3: (c) => physician(c.rng, cast(c).doctors[2]),
  mdl: (c) => nm(cast(c).doctors[0].last, 'DOCTOR'),
  md2l: (c) => nm(cast(c).doctors[1].last, 'DOCTOR'),
  md3l: (c) => nm(cast(c).doctors[2].last, 'DOCTOR'),
  md_full: (c) => nm(`${cast(c).doctors[0].first} ${cast(c).doctors[0].last}`, 'DOCTOR'),
  rn: (c) => rnMention(c.rng, cast(c).nurses[0]),
  rn2: (c) => rnMention(c.rng, cast(c).nurses[1]),
  rnf: (c) => nm(cast(c).nurses[0].first, 'DOCTOR'),
  rn2f: (c) => nm(cast(c).nurses[1].first, 'DOCTOR'),
  rn_full: (c) => nm(`${cast(c).nurses[0].first} ${cast(c).nurses[0].last}`, 'DOCTOR'),
  rn_sig: (c) => rnSig(c.rng, cast(c).nurses[0]),
  ini: (c) => nm(ini(cast(c).nurses[0]), 'DOCTOR'),
  ini2: (c) => nm(ini(cast(c).nurses[1]), 'DOCTOR'),
  charge: (c) => c.rng.pick<Fragment>([['CHARGE RN ', nm(cast(c).nurses[2].first, 'DOCTOR')], ['CHARGE ', nm(cast(c).nurses[2].first, 'DOCTOR')],
    [nm(cast(c).nurses[2].first, 'DOCTOR'), ' (CHARGE)']]),
  pct: (c) => c.rng.pick<Fragment>([['PCT ', nm(staff(c, 0).first, 'DOCTOR')], ['CNA ', nm(staff(c, 0).first, 'DOCTOR')], [nm(staff(c, 0).first, 'DOCTOR'), ' (PCT)'],
    ['TECH ', nm(`${staff(c, 0).first} ${initial(staff(c, 0).last)}`, 'DOCTOR')]]),
  pctf: sf(0),
  rt: (c) => c.rng.pick<Fragment>([['RT ', nm(staff(c, 1).first, 'DOCTOR')], ['RT ', nm(staff(c, 1).last, 'DOCTOR')], [nm(staff(c, 1).first, 'DOCTOR'), ' FROM RT']]),
  pa: (c) => c.rng.pick<Fragment>([['PA ', nm(staff(c, 2).last, 'DOCTOR')], [nm(`${staff(c, 2).first} ${staff(c, 2).last}`, 'DOCTOR'), ' PA-C'], ['PA-C ', nm(staff(c, 2).first, 'DOCTOR')],
    ['NP ', nm(staff(c, 2).first, 'DOCTOR')]]),
  chap: (c) => c.rng.pick<Fragment>([['CHAPLAIN ', nm(staff(c, 3).first, 'DOCTOR')], ['CHAPLAIN ', nm(`${staff(c, 3).first} ${staff(c, 3).last}`, 'DOCTOR')],
    ['CHAPLAIN ', nm(staff(c, 3).last, 'DOCTOR')]]),
  sw: (c) => c.rng.pick<Fragment>([['SW ', nm(staff(c, 4).first, 'DOCTOR')], ['SW ', nm(`${staff(c, 4).first} ${staff(c, 4).last}`, 'DOCTOR')], [nm(staff(c, 4).first, 'DOCTOR'), ' (SW)']]),
  swf: sf(4),
  cm: (c) => c.rng.pick<Fragment>([['CM ', nm(staff(c, 5).first, 'DOCTOR')], ['CASE MGR ', nm(`${staff(c, 5).first} ${staff(c, 5).last}`, 'DOCTOR')]]),
  ther: (c) => c.rng.pick<Fragment>([['PT ', nm(staff(c, 6).first, 'DOCTOR')], ['PTA ', nm(staff(c, 6).first, 'DOCTOR')], [nm(staff(c, 6).first, 'DOCTOR'), ' FROM PT']]),
  ther2: (c) => c.rng.pick<Fragment>([['OT ', nm(staff(c, 11).first, 'DOCTOR')], ['COTA ', nm(staff(c, 11).first, 'DOCTOR')], [nm(staff(c, 11).first, 'DOCTOR'), ' (OT)']]),
  tech: (c) => c.rng.pick<Fragment>([['TECH ', nm(staff(c, 7).first, 'DOCTOR')], ['MONITOR TECH ', nm(staff(c, 7).first, 'DOCTOR')], [nm(staff(c, 7).first, 'DOCTOR'), ' (TECH)']]),
  techf: sf(7),
  crna: (c) => c.rng.pick<Fragment>([['CRNA ', nm(`${staff(c, 8).first} ${staff(c, 8).last}`, 'DOCTOR')], ['CRNA ', nm(staff(c, 8).first, 'DOCTOR')], [nm(staff(c, 8).last, 'DOCTOR'), ' CRNA']]),
  cnm: (c) => c.rng.pick<Fragment>([['CNM ', nm(staff(c, 9).first, 'DOCTOR')], ['CNM ', nm(`${staff(c, 9).first} ${staff(c, 9).last}`, 'DOCTOR')], [nm(`${staff(c, 9).first} ${staff(c, 9).last}`, 'DOCTOR'), ' CNM']]),
  lc: (c) => c.rng.pick<Fragment>([['LC ', nm(staff(c, 10).first, 'DOCTOR')], ['LACTATION (', nm(staff(c, 10).first, 'DOCTOR'), ')']]),
  cl: (c) => c.rng.pick<Fragment>([['CHILD LIFE ', nm(staff(c, 10).first, 'DOCTOR')], ['CHILD LIFE SPECIALIST ', nm(`${staff(c, 10).first} ${staff(c, 10).last}`, 'DOCTOR')]]),
  diet: (c) => c.rng.pick<Fragment>([['RD ', nm(staff(c, 11).first, 'DOCTOR')], ['DIETITIAN ', nm(`${staff(c, 11).first} ${staff(c, 11).last}`, 'DOCTOR')]]),
  woc: (c) => c.rng.pick<Fragment>([['WOC RN ', nm(`${staff(c, 5).first} ${staff(c, 5).last}`, 'DOCTOR')], ['WOUND RN ', nm(staff(c, 5).first, 'DOCTOR')],
    [nm(`${staff(c, 5).first} ${staff(c, 5).last}`, 'DOCTOR'), ', RN, CWOCN']]),
  sup: (c) => c.rng.pick<Fragment>([['HOUSE SUPV ', nm(staff(c, 9).first, 'DOCTOR')], ['NURSING SUPV ', nm(staff(c, 9).last, 'DOCTOR')]]),
  mds: (c) => nm(staff(c, 8).first, 'DOCTOR'),
  mht: (c) => c.rng.pick<Fragment>([['MHT ', nm(staff(c, 0).first, 'DOCTOR')], ['MHW ', nm(staff(c, 0).first, 'DOCTOR')], ['SITTER ', nm(staff(c, 0).first, 'DOCTOR')]]),
  // ----- places
  hosp: (c) => pl(c.rng.chance(0.6) ? cast(c).hospital[0] : cast(c).hospital[1], 'HOSPITAL'),
  hosp_s: (c) => pl(cast(c).hospital[1], 'HOSPITAL'),
  osh: (c) => pl(cast(c).otherHospital, 'HOSPITAL'),
  snf: (c) => pl(inst(c, 'snf', cast(c).region.snf), 'HOSPITAL'),
  hospice: (c) => pl(inst(c, 'hospice', cast(c).region.hospice), 'HOSPITAL'),
  dial: (c) => pl(inst(c, 'dial', cast(c).region.dial), 'HOSPITAL'),
  hh: (c) => pl(inst(c, 'hh', cast(c).region.hh), 'ORGANIZATION'),
  pharm: (c) => pl(inst(c, 'pharm', cast(c).region.pharm), 'ORGANIZATION'),
  funeral: (c) => pl(inst(c, 'funeral', cast(c).region.funeral), 'ORGANIZATION'),
  ems: (c) => pl(inst(c, 'ems', cast(c).region.ems), 'ORGANIZATION'),
  church: (c) => pl(churchOf(c), 'ORGANIZATION'),
  school: (c) => pl(inst(c, 'school', cast(c).region.schools), 'ORGANIZATION'),
  woundclinic: (c) => pl(inst(c, 'wound', cast(c).region.wound), 'HOSPITAL'),
  agency: (c) => pl(inst(c, 'agency', AGENCIES), 'ORGANIZATION'),
  transport: (c) => (c.rng.chance(0.6) ? pl(inst(c, 'transport', TRANSPORTS), 'ORGANIZATION') : c.rng.pick(RIDES)),
  unit: (c) => pl(inst(c, 'unit', UNITS), 'DEPARTMENT'),
  unit2: (c) => pl(inst(c, 'unit2', UNITS.filter((u) => u !== inst(c, 'unit', UNITS))), 'DEPARTMENT'),
  unit_icu: (c) => pl(inst(c, 'icu', ICU_UNITS), 'DEPARTMENT'),
  unit_psych: (c) => pl(inst(c, 'psych', PSYCH_UNITS), 'DEPARTMENT'),
  unit_peds: (c) => pl(inst(c, 'peds', PEDS_UNITS), 'DEPARTMENT'),
  unit_tele: (c) => pl(inst(c, 'tele', TELE_UNITS), 'DEPARTMENT'),
  unit_rehab: (c) => pl(inst(c, 'rehab', REHAB_UNITS), 'DEPARTMENT'),
  room: (c) => pl(cast(c).room, 'ROOM'),
  room2: (c) => pl(`${c.rng.int(1, 9)}${c.rng.digits(2)}${c.rng.pick(['', '', 'A', 'B'])}`, 'ROOM'),
  bedn: (c) => pl(cast(c).bed, 'ROOM'),
  town: (c) => pl(cast(c).town.town, 'CITY'),
  town2: (c) => pl(cast(c).otherTown.town, 'CITY'),
  st: (c) => pl(cast(c).town.st, 'STATE'),
  st2: (c) => pl(cast(c).otherTown.st, 'STATE'),
  state: (c) => pl(STATE_NAMES[cast(c).town.st], 'STATE'),
  street: (c) => pl(cast(c).street, 'STREET'),
  zip: (c) => pl(cast(c).zip, 'ZIP'),
  addr: (c) => {
    const k = cast(c);
    return [pl(k.street, 'STREET'), c.rng.pick([', ', ' ', '\n']), pl(k.town.town, 'CITY'), c.rng.pick([', ', ' ']),
      pl(c.rng.chance(0.85) ? k.town.st : STATE_NAMES[k.town.st], 'STATE'), ' ', pl(k.zip, 'ZIP')];
  },
  // ----- dates
  d: (c) => dt(cast(c).noteDate(cast(c).visit)),
  dshort: (c) => dt(c.rng.pick([`${cast(c).visit.month}/${cast(c).visit.day}`, `${two(cast(c).visit.month)}/${two(cast(c).visit.day)}`, `${cast(c).visit.day}${MON(cast(c).visit)}`])),
  dl: (c) => looseDate(c, -2, 2),
  dl_prev: (c) => looseDate(c, -30, -1),
  dl_next: (c) => looseDate(c, 1, 30),
  fu: (c) => looseDate(c, 3, 9),
  fu2: (c) => looseDate(c, 10, 30),
  nth: (c) => ['THE ', dt(ordinal(around(c, 1, 20).day))],
  wk: (c) => other(c.rng.pick(['MON', 'TUES', 'WED', 'THURS', 'FRI', 'SAT', 'SUN', 'MONDAY', 'TUESDAY', 'THURSDAY', 'FRIDAY'])),
  month: (c) => dt(MONTH(around(c, -200, -25))),
  holiday: (c) => dt(c.rng.pick(HOLIDAYS)),
  yr: (c) => phi(String(cast(c).visit.year - c.rng.int(1, 20)), 'DATE', 'YEAR', true),
  dob: (c) => {
    const k = cast(c);
    const d = { year: k.visit.year - k.ageValue, month: c.rng.int(1, 12), day: c.rng.int(1, 28) };
    return dt(c.rng.pick([`${two(d.month)}/${two(d.day)}/${d.year}`, `${d.month}/${d.day}/${d.year}`, `${d.day}${MON(d)}${d.year}`, `${MON(d)} ${d.day} ${d.year}`]));
  },
  kid_dob: (c) => {
    const k = cast(c);
    const d = addDays(k.visit, -(k.kidMonths ? c.rng.int(60, 700) : k.kidAge * 365 + c.rng.int(1, 300)));
    return dt(c.rng.pick([`${two(d.month)}/${two(d.day)}/${d.year}`, `${d.month}/${d.day}/${yy(d)}`]));
  },
  clock: (c) => clock(c.rng),
  // ----- contact
  ph: (c) => tel(c),
  ph2: (c) => tel(c, cast(c).otherTown.st),
  ext: (c) => phi(c.rng.pick([c.rng.digits(4), c.rng.digits(5), `${c.rng.int(2, 7)}-${c.rng.digits(4)}`]), 'CONTACT', 'PHONE'),
  pgr: (c) => [c.rng.pick(['PGR ', 'PAGER ', 'P', 'BEEPER #', 'VOCERA ']), phi(c.rng.pick([c.rng.digits(4), `${c.rng.int(2, 8)}-${c.rng.digits(4)}`, c.rng.digits(5)]), 'CONTACT', 'PHONE')],
  fax: (c) => phi(phoneIn(c.rng, cast(c).otherTown.st), 'CONTACT', 'FAX'),
  // ----- identifiers
  mrn: (c) => id(cast(c).mrn, 'MRN'),
  acct: (c) => id(c.rng.pick([`V${c.rng.digits(9)}`, c.rng.digits(10), `${c.rng.digits(4)}-${c.rng.digits(6)}`]), 'ACCOUNT'),
  ref: (c) => id(c.rng.pick([`${c.rng.letters(2)}${c.rng.digits(6)}`, `${yy(cast(c).visit)}-${c.rng.digits(5)}`, `R${c.rng.digits(7)}`]), 'ID'),
  case: (c) => id(c.rng.pick([`${cast(c).visit.year}-${c.rng.digits(6)}`, `CPS${c.rng.digits(7)}`, `${c.rng.digits(3)}-${c.rng.digits(4)}`]), 'ID'),
  // ----- filler
  trap: (c) => c.rng.pick(TRAPS),
  trap2: (c) => c.rng.pick(TRAPS),
  vitals: (c) => c.rng.pick(VITALS)(c.rng),
  labs: (c) => c.rng.pick(LABS)(c.rng),
  n: (c) => String(c.rng.int(1, 9)),
};

// ---------- styles: every note is upper case ----------

export const DEV7_STYLES: readonly StyleTemplates[] = [
  {
    style: 'icu-npn',
    capsShare: 1,
    weight: 16,
    separators: ['\n', '\n', '; '],
    sections: [
      [
        'NPN 7A-7P {d}\n{?PT: |}{p_hdr} {?MRN |#}{mrn} {unit_icu} BED {bedn}',
        'NURSING PROGRESS NOTE {d} 0700-1900 ({unit_icu})\n{age_sex} {?ADMITTED|TRANSFERRED} FROM {osh} ON {dl_prev} W/ UROSEPSIS',
        'NPN 7P-7A {dshort}: {pt_t}, {age_sex}, POD {n} S/P EX LAP W/ DR {mdl}',
        'MICU NPN {d} 1900-0700. PT: {p_hdr} (ACCT {acct}), {age}',
      ],
      [
        'NEURO: A+OX3, MAE, FOLLOWS COMMANDS. RASS 0, CAM-ICU NEG. PERRL 3MM BRISK. DENIES PAIN. {trap}',
        'NEURO: SEDATED ON PROPOFOL 30 MCG/KG/MIN, RASS -2, OPENS EYES TO VOICE. SEDATION HOLIDAY @ {clock} PER DR {mdl}, TOL POORLY. GCS 10T',
        'NEURO: LETHARGIC BUT AROUSABLE, ORIENTED TO SELF ONLY, ASKING FOR {k1f} REPEATEDLY. CIWA 12, ATIVAN 1MG IV X2',
      ],
      [
        'CV: NSR 80S-90S, NO ECTOPY. SBP 100-130 ON LEVOPHED 0.04 MCG/KG/MIN, WEANED TO 0.02. +PP, EXT WARM. {trap2}',
        'CV: AFIB RVR 130S-150S @ {clock}, CARDIZEM 10MG IVP X1 -> 90S. DR {mdl} AWARE, GTT STARTED @ 5MG/HR. K 3.3 REPLETED',
        'CV: SR 60S W/ OCC PVCS. A-LINE L RADIAL (ALLEN TEST +), DAMPENED, FLUSHED. MAPS >65. {labs}',
      ],
      [
        'RESP: INTUBATED #7.5 ETT 23 @ LIP, AC 14/450/+8/40%. LS COARSE, SXN FOR MOD THICK {?TAN|WHITE|GREEN} SPUTUM. {rt} DID SBT @ 0900, FAILED (RSBI 120)',
        'RESP: 4L NC SAT 92-95%, LS DIMINISHED BASES. IS 750. {?WILL CONTINUE TO ENCOURAGE IS/C&DB.|MAY NEED BIPAP QHS PER RT.}',
        'RESP: BIPAP 12/5 40% OVERNOC, OFF @ 0700 TO 3L NC. ABG 7.34/48/82. PAGED {md} RE HYPERCAPNIA, NO NEW ORDERS',
      ],
      [
        'GI: TF JEVITY 1.2 @ 50 (GOAL 60) VIA OGT, RESIDUALS <50. BM X1 {?BROWN LIQUID|SMALL SOFT BROWN}, FMS IN PLACE. GU: FOLEY W/ CLEAR YELLOW UOP 40-60/HR',
        'GI: NPO EXCEPT MEDS. ABD SOFT, DISTENDED, HYPOACTIVE BS. NGT TO LIS W/ 300CC BILIOUS DRAINAGE. GU: FOLEY, UOP 20-30/HR, {md} NOTIFIED, 500 LR BOLUS GIVEN',
        'GI/GU: TOL CLEARS, NO N/V. VOIDING VIA EXTERNAL CATH, AMBER CLOUDY URINE, UA/UCX SENT. ID: TMAX 101.2 @ {clock}, BCX X2 SENT, CONT ZOSYN/VANC',
      ],
      [
        'SKIN: STAGE 2 COCCYX, MEPILEX. TURNED Q2H. BRADEN 12. ENDO: SSI Q6H, BS 140-210',
        'SKIN: INTACT EXCEPT R FOREARM SKIN TEAR (STERI-STRIPS). LINES: R IJ TLC {?PLACED|DSG CHANGED} {dl_prev}, L AC PIV',
        'SKIN: CHG BATH W/ {pct} @ {clock}, BUTTOCKS REDDENED, BARRIER CREAM. LINES: L SC TLC PLACED {nth} BY {pa}, DSG C/D/I',
        'SKIN: DRY/INTACT. {clock} {ini}: RESTRAINTS OFF, PT CALM. {clock} {ini2}: BLOOD CX X2 DRAWN FROM PICC AND PERIPH',
      ],
      [
        'SOCIAL: {k1} {?CALLED|IN TO VISIT} @ {clock}, UPDATED ON POC. {k2f} TO CALL IN AM FOR UPDATE. FULL CODE, {k1f} IS HCP',
        'SOCIAL: FAMILY IN TO VISIT: {fam}. SPOKE W/ {k1sf} RE DC PLAN, {k1f} {?HOPES|WOULD LIKE} PT TO GO TO {snf} NEAR {town}',
        'SOCIAL: {k1} AT BEDSIDE MOST OF SHIFT, {?VERY ANXIOUS|TEARFUL}. {chap} IN @ {clock}. FAMILY MTG W/ {md2} SET FOR {dl_next} @ 1400. {k1f} CELL {ph}',
        'SOCIAL: NO CONTACT FROM FAMILY THIS SHIFT. {sw} LEFT VM FOR {k1} AT {ph}. PT LIVES W/ {k2} IN {town}, {st}',
        'SOCIAL: {k1f} UPDATED BY PHONE. {k2f} AT BEDSIDE, {k2f} WILL STAY TONIGHT. PT IS {a_prof}, {his} {k2w} STATES PT {?WILL|MAY} WANT A PRIEST',
      ],
      [
        'PLAN: CONT TO WEAN PRESSORS, ? SBT IN AM, {?F/U AM LABS|REPEAT LACTATE @ 2200}. {rn_sig}',
        'A/P: {?STABLE|HEMODYNAMICALLY IMPROVED}, TX TO {unit} WHEN BED AVAIL, REPORT TO {rn2} {?X|EXT }{ext}. {rn_sig}',
        'PLAN: WILL CONT TO MONITOR CLOSELY. DR {md2l} TO SEE IN AM. {rn_sig}',
        'PLAN: {pa} AWARE OF ALL ABOVE, ? EXTUBATE IN AM. FAMILY HOPES PT HOME BY {holiday}. {rn_sig}',
      ],
    ],
  },
  {
    style: 'medsurg-shift',
    capsShare: 1,
    weight: 12,
    separators: ['\n'],
    sections: [
      [
        '{unit} {?SHIFT NOTE|NSG NOTE|RN NOTE} {d} 0700-1930\nPT {p_hdr}, {age_sex}, RM {room}. DX: {?CHF EXAC|COPD EXAC|CELLULITIS LLE|SBO, CONSERVATIVE MGMT|PNA}',
        '{dshort} 1900: ASSUMED CARE OF {pt_t} (RM {room}) FROM {rn2}, BEDSIDE REPORT DONE',
        'MED/SURG NOTE: {p} ({mrn}) {d} @ {clock}',
      ],
      [
        '{clock} PT C/O {?SHARP|DULL ACHING} PAIN 7/10 INCISION, DILAUDID 0.5MG IV GIVEN, REASSESSED @ 30 MIN 3/10. {ini}\n{clock} AMB IN HALL X2 W/ WALKER + {pct}, TOL WELL. {ini}',
        '{clock} BS 342, 8U LISPRO PER SSI, DR {mdl} MADE AWARE. {clock} PT REFUSED LOVENOX, STATES "MY {k1w} SAYS IT MAKES ME BLEED." EDUCATED. {ini}',
        '{clock} PT FOUND SITTING ON FLOOR NEXT TO BED, STATES SLID. NO HEAD STRIKE. VSS. {md} NOTIFIED, NO NEW ORDERS. {k1f} ({k1w}) MADE AWARE BY PHONE @ {clock}. BED ALARM ON, CALL BELL IN REACH. {ini}',
        '{clock} {ini}: PT RESTING, EYES CLOSED, RESP EVEN. {clock} {ini2}: AM LABS DRAWN, K 3.2, PAGED {md} {pgr}',
        '{clock} {ini}: PT REFUSED AM MEDS, {pct} REAPPROACHED, TOOK W/ APPLESAUCE. {clock} {ini}: {k1sf} IN, UPDATED. {clock} {ini2}: {pa} AT BEDSIDE, NEW ORDER FOR KUB',
      ],
      [
        'ASSESSMENT: {vitals}. LS CRACKLES BIBASILAR, 2+ PITTING EDEMA BLE. LASIX 40MG IV @ 1000, UOP 1200ML. DAILY WT 94.2 KG. {trap}.',
        'PIV #20 L FA, SITE C/D/I. CEFAZOLIN DUE @ 1400. {?BROWN DRAINAGE FROM JP, 30ML EMPTIED.|HEMOVAC 50ML SANGUINEOUS.} {trap}.',
        'CELLULITIS LLE MARKED W/ PEN, ERYTHEMA RECEDING FROM MARKINGS. ELEVATED ON PILLOWS. {trap}. {trap2}.',
      ],
      [
        '{k1} CALLED @ {clock}, UPDATED. {k1f} WILL BRING PT\'S CPAP FROM HOME {?TONIGHT|TOMORROW|{wk}}.',
        'FAMILY: {k1sf} AND {k2} VISITED, {?BROUGHT HOME MED LIST|ASKING ABOUT DC}. {k2f} STATES PT "HASN\'T BEEN RIGHT SINCE {holiday}".',
        'SPOKE W/ {k1sf} RE DC PLAN. PT LIVES ALONE IN {town} ON 2ND FLR, {k1f} {?WORRIED|NOT SURE} PT CAN MANAGE STAIRS. {cm} AWARE, HH REFERRAL TO {hh}.',
        '{k1f} AT BEDSIDE, {k2f} TO CALL AFTER WORK. {nbr} FEEDING PT\'S DOG {dog}. PT WORRIED ABOUT HOUSE IN {town}.',
      ],
      [
        'PLAN: DC {?TOMORROW|{wk}} IF {?AFEBRILE|CLEARED BY PT/OT}. WILL CONT TO MONITOR. {rn_sig}',
        'REPORT GIVEN TO {rn2} @ 1915. {rn_sig}',
        'NO ACUTE EVENTS. {charge} AWARE OF FALL. {rn_sig}',
      ],
    ],
  },
  {
    style: 'ed-triage',
    capsShare: 1,
    weight: 10,
    separators: ['\n', ' | '],
    sections: [
      [
        'ED TRIAGE {d} {clock}\nPT {p_hdr} DOB {dob} MRN {mrn}\nARRIVED VIA {?EMS ({ems})|PRIVATE VEHICLE W/ {k1}|WALK-IN}. ESI {?2|3|4}',
        'TRIAGE NOTE {dshort} @ {clock}: {age_sex} BIBA FROM {snf} FOR AMS. PER NH STAFF, BASELINE A+OX2',
        'ED RN TRIAGE - {p} ({age_sex}) - {?HALL BED|BED} {bedn}',
      ],
      [
        'CC: CHEST PAIN X2 HRS, PRESSURE, RADIATES TO L ARM. HX STENT ({yr}). ASA 324 GIVEN BY EMS. EKG TO {md} @ {clock}. {vitals}',
        'CC: FALL AT HOME IN {town}, +HEAD STRIKE, ON ELIQUIS. {k1} FOUND PT ON KITCHEN FLOOR. LAC R BROW 3CM, BLEEDING CONTROLLED. {vitals}',
        'CC: SOB WORSE X3 DAYS, PRODUCTIVE COUGH {?GREEN|RUSTY} SPUTUM. HX COPD, 2L HOME O2. SPO2 86% RA -> 93% 4L. DUONEB X1',
        'CC: ABD PAIN RLQ SINCE {wk}, N/V X4, LAST BM {dl_prev}. PAIN 8/10. {vitals}',
        'CC: BILAT HAND FROST BITE AFTER WALKING HOME FROM BUS STOP LAST NIGHT, FINGERS WHITE/NUMB. REWARMING STARTED. {vitals}',
      ],
      [
        'PMH: HTN, DM2, CKD3. ALLERGIES: PCN (RASH), SULFA. PCP: {md3}. PT IS {a_prof}. LIVES W/ {k2} IN {town}',
        'SAFETY SCREEN: DENIES SI/HI. FEELS SAFE AT HOME. ETOH 6 PACK/DAY, LAST DRINK @ {clock}. CIWA 8. {trap}',
        'ISOLATION: NONE. FALL RISK HIGH (MORSE 55). {interp} USED FOR TRIAGE',
        'PT LAST SEEN AT {osh} {dl_prev}, RECORDS REQUESTED. PCP {md3}, {pharm}',
        'PT STATES NOT RIGHT SINCE FALL ON {holiday}. {k1f} ({k1w}) SAYS PT LIVES ALONE IN {town}, {st}. DENIES ETOH',
      ],
      [
        'TO BED {bedn}. {md} AT BEDSIDE @ {clock}. {k1f} IN WAITING ROOM, CELL {ph}. {rn_sig}',
        'PLACED IN {?HALL BED|BED} {bedn}. LABS/EKG PER PROTOCOL. TRIAGE RN {rnf}',
        'REGISTRATION: ACCT {acct}. EMERGENCY CONTACT: {k1full} ({k1w}) {ph}. {rn_sig}',
      ],
    ],
  },
  {
    style: 'ld-postpartum',
    capsShare: 1,
    weight: 10,
    separators: ['\n'],
    sections: [
      [
        'L&D NSG NOTE {d} {clock}\n{ob_hdr} {ob_age_sex} {grav} @ {ga} WKS, ADMITTED FOR {?IOL (GHTN)|SROM|ACTIVE LABOR}. MRN {mrn}',
        'POSTPARTUM NOTE {?PPD #1|PPD #2} {d}: {ob} RM {room}, S/P {?NSVD|PRIMARY C/S FOR ARREST OF DILATION|VAVD} ON {dl_prev} @ {clock}, BABY {?BOY|GIRL} "{babyf}"',
        '{dshort} {clock} L&D TRIAGE: {ob_age_sex} {grav} @ {ga} C/O CTXS Q5MIN, WATERS BROKE AT HOME @ {clock}',
      ],
      [
        'SVE @ {clock}: 4/70/-1 PER {cnm}. BISHOP 8. PITOCIN @ 6 MU/MIN, CTXS Q2-3 MIN, FHR 135 MOD VAR + ACCELS, CAT I. COOK BALLOON OUT @ {clock}',
        'SROM @ {clock} CLEAR FLUID. EPIDURAL PLACED BY {md} (ANESTHESIA) @ {clock}, BP 88/50 -> EPHEDRINE 10MG. {fob} AT BEDSIDE, SUPPORTIVE. {?DOULA {doula} PRESENT.|}',
        'FHR 150S MIN VARIABILITY X20 MIN, REPOSITIONED L LATERAL, IVF BOLUS. {md2} AT BEDSIDE @ {clock}, REVIEWED STRIP. MAG 2G/HR FOR PRE-E, DTRS 2+',
        'PP ASSESSMENT: FUNDUS FIRM U/1, LOCHIA RUBRA MOD, NO CLOTS. PERI W/ 2ND DEG LAC, ICE PACKS, SITZ BATH OFFERED. VOIDING QS. EPDS 4',
      ],
      [
        'BREASTFEEDING Q2-3H, LATCH 8. {lc} IN @ {clock}, NIPPLE SHIELD GIVEN. BABY WT 3.41 KG, DOWN 6%. BABY\'S PEDS DR {md3l}',
        'INCISION PFANNENSTIEL C/D/I, DRSG REMOVED POD 1. AMB TO BR W/ {fob}. PAIN CONTROLLED W/ MOTRIN/NORCO. {trap}',
        'RHOGAM GIVEN @ {clock} (MOB O NEG, BABY A POS). RUBELLA NON-IMMUNE, MMR PRIOR TO DC. TDAP UTD. {trap}',
      ],
      [
        'SUPPORT: {fob}, PHONE {ph}. MOB\'S MOTHER {mgmf} HELPING AT HOME IN {town}. BIRTH CERT WORKSHEET DONE, BABY\'S NAME {baby_full}',
        '{sw} CONSULTED FOR +UDS (THC), CPS NOT INVOLVED. MOB LIVES W/ HER MOTHER {mgmf} AT {street}, {town}',
        'MOB IS {ob_prof}, PLANS 6 WKS LEAVE. {fobf} TO TAKE BABY\'S SIBS TO {mgmf}\'S HOUSE TONIGHT',
      ],
      [
        'PLAN: DC {?TOMORROW|HOME {wk}} IF STABLE, PP VISIT W/ {cnm} {fu2}. {rn_sig}',
        'CONT PIT PER PROTOCOL, RECHECK @ {clock}. {rn_sig}',
        'REPORT TO {rn2} (MOTHER-BABY) @ {clock}. {rn_sig}',
      ],
    ],
  },
  {
    style: 'psych-obs',
    capsShare: 1,
    weight: 10,
    separators: ['\n', '. '],
    sections: [
      [
        'BEHAVIORAL HEALTH NSG NOTE {d} {?7A-7P|7P-7A|3-11}\n{unit_psych} RM {room}: {p_hdr} ({age_sex}), {?72 HR HOLD|VOLUNTARY|INVOLUNTARY PETITION} SIGNED BY {md} ON {dl_prev}',
        'PSYCH OBS NOTE {dshort}: PT {pf} ON {?Q15 MIN CHECKS, SEE FLOWSHEET|1:1 FOR SI, {mht}}',
        '{unit_psych} {d} NOC: {pt_t} ({age}) ADMITTED FROM {osh} ED',
      ],
      [
        'PT PACING HALL MOST OF SHIFT, GUARDED, MUMBLING. RESPONDING TO INTERNAL STIMULI, CALLING OUT FOR {his} {k1w} {k1f}',
        'PT ISOLATIVE TO ROOM, FLAT AFFECT, REPORTS NO JOY IN ACTIVITIES, ENDORSES PASSIVE SI W/O PLAN. CONTRACTS FOR SAFETY. ATE 25% OF DINNER. {trap}',
        'PT LABILE, YELLING AT PEER IN DAY ROOM @ {clock}. VERBALLY REDIRECTED BY {mht}. ZYPREXA 10MG IM @ {clock} PER {md} W/ EFFECT. NO R/S NEEDED',
        'PT ATTENDED GROUP W/ {ther2}, PARTICIPATED MINIMALLY. STATES "I DON\'T HAVE ANY HOPE LEFT." MAJOR DEPRESSIVE D/O, RECURRENT. {trap}',
        'PT STATES {he} IS "THE KING OF {town}" AND THAT {k2f} STOLE {his} TRUCK. GRANDIOSE, PRESSURED SPEECH. SLEPT 2 HRS',
      ],
      [
        '{k1} CALLED ON UNIT PHONE @ {clock}, PT AGREED TO SPEAK W/ {k1f}. {k2f} ON VISITOR LIST. EX {exname} NOT ON LIST PER PT REQUEST',
        'VISITORS: {fam}. PT CALMER AFTER VISIT. ROI SIGNED FOR {k1f} ONLY',
        'LEGAL: PROBABLE CAUSE HEARING {dl_next} @ 0930 W/ ATTORNEY {lawyer}. PT\'S {po} CALLED, NO INFO RELEASED (NO ROI)',
        '{k1f} ({k1w}) DROPPED OFF CLOTHES, NO STRINGS/BELTS, SEARCHED BY {mht}',
      ],
      [
        'PLAN: CONT Q15 CHECKS, MED COMPLIANCE, SUPPORTIVE. {rn_sig}',
        'SLEPT ~5 HRS, UP @ 0300 ASKING FOR {k1f}. CONT TO MONITOR. {rn_sig}',
        'WILL CONT 1:1 UNTIL REEVAL BY {md} IN AM. {rn_sig}',
      ],
    ],
  },
  {
    style: 'peds-floor',
    capsShare: 1,
    weight: 10,
    separators: ['\n'],
    sections: [
      [
        'PEDS NSG NOTE {d} 7A-7P\n{kid_hdr}, {kid_age} {ksex}, RM {room} {unit_peds}. DX: {?RSV BRONCHIOLITIS|DKA, NEW ONSET T1DM|PERF APPY POD 2|ASTHMA EXAC}. DOB {kid_dob}',
        '{dshort} PEDS: {kidf} ("{kid_nick}") {kid_age}, ADMITTED FROM ED ON {dl_prev} @ {clock}, {unit_peds} RM {room}',
        'PEDIATRIC NSG 7P-7A {d}: {kid_hdr} ({kid_age}), MRN {mrn}',
      ],
      [
        'RESP: HFNC 8L 40%, MILD SUBCOSTAL RETRACTIONS, RR 40S. SUCTIONED NARES X3, THICK WHITE SECRETIONS. FLACC 2',
        'ENDO: INSULIN GTT 0.1 U/KG/HR, BS Q1H 180-240, TWO-BAG SYSTEM. MOM {momf} TAUGHT CARB COUNTING BY CDE. TANNER 2',
        'PAIN: WONG-BAKER FACES 4, MOTRIN GIVEN. PICC L ARM INTACT. TOL REG DIET, 2 POPSICLES. {trap}',
        'ALBUTEROL 8 PUFFS Q2H -> SPACED TO Q3H PER {md}. PT PLAYING IN PLAYROOM W/ {cl}',
      ],
      [
        'MOM ({momf}) AT BEDSIDE ALL SHIFT, DAD {dadf} VISITED AFTER WORK @ {clock}. SIB {sibf} ({sib_age}) NOT ALLOWED ON UNIT (RSV SEASON)',
        'PARENTS {momf} AND {dadf} UPDATED BY {md} ON ROUNDS. MOM\'S CELL {ph}. GMA {gmaf} TO STAY TONIGHT',
        'MOM {mom_full} ASKING WHEN {kidf} CAN GO BACK TO {school}, SCHOOL NOTE GIVEN. {gmaf} (GMA) CALLED X2',
        'FOSTER MOM {mom_full} AT BEDSIDE. DSS WORKER {cw} CALLED, CASE #{case}. BIO DAD {dadf} NOT TO VISIT PER DSS',
      ],
      [
        'PLAN: WEAN HFNC AS TOL, ? DC HOME {wk} IF ON RA. {rn_sig}',
        'DC TEACHING STARTED W/ {momf} AND {dadf}. {rn_sig}',
        'WILL CONT TO MONITOR. {rn_sig}',
      ],
    ],
  },
  {
    style: 'rehab-snf',
    capsShare: 1,
    weight: 10,
    separators: ['\n'],
    sections: [
      [
        'SNF NURSING NOTE {d} {?DAY|EVE|NOC} SHIFT\nRESIDENT: {p_hdr}  RM {room}  {?DOB {dob}|AGE {age_n}}\n{snf}',
        '{snf} - SKILLED NOTE {dshort} {clock}: RES {pt_t}, {age_sex}, DAY {n} OF MEDICARE A STAY S/P {?R HIP ORIF|CVA W/ L HEMI|CABG X3}',
        '{unit_rehab} NSG {d}: {p}, {age}, ADMITTED FROM {hosp} ON {dl_prev}',
      ],
      [
        'ADLS: SET-UP FOR FEEDING, MOD A FOR LB DRESSING. TRANSFERS W/ SARA STEDY X1 ASSIST. BED BATH GIVEN, SKIN INTACT, BRADEN 16. {trap}',
        'THERAPY: {ther}, AMB 75 FT W/ RW + CGA. {ther2} WORKED ON SHOWER TRANSFERS. WANDER GUARD ON L ANKLE',
        'RES TEARFUL AFTER CALL FROM {k1}, STATES MISSES {his} DOG {dog} AND HOME IN {town}. 1:1 VISIT. ATTENDED BINGO IN DAY ROOM',
        'BS AC/HS 132-211, INSULIN PER SSI. KING-SIZED BED REQUESTED BY FAMILY, MAINTENANCE NOTIFIED. {trap}',
      ],
      [
        'CARE PLAN MTG {dl_next} @ 1030 W/ {poa}, {sw}, MDS COORD {mds}. {md} (MEDICAL DIRECTOR) ROUNDED, NO NEW ORDERS',
        '{poa} NOTIFIED OF FALL @ {clock} BY PHONE {ph}. {md} NOTIFIED VIA FAX {fax}. NEURO CHECKS Q15 X4 WNL',
        '{k2} VISITED, BROUGHT SUMMER SAUSAGE AND CHEESE, RES ATE SMALL AMT. {k2f} ASKING ABOUT LONG-TERM CARE BED & MEDICAID, SW TO FOLLOW',
        '{pastor} FROM {church} VISITED, GAVE COMMUNION. {k3} CALLED FROM {town2}, {st2}',
        'FALL RISK: LAST FALL {nth}, NO INJURY. {k1} WANTS RES HOME FOR {holiday}, {md} TO DECIDE. {pct} DID 2100 ROUNDS',
      ],
      [
        'PLAN: ANTICIPATED DC HOME {dl_next} W/ {hh}. {rn_sig}',
        '{rn_sig} / {pct}',
        'WILL CONT POC. {rn_sig}',
      ],
    ],
  },
  {
    style: 'hospice-inpatient',
    capsShare: 1,
    weight: 9,
    separators: ['\n'],
    sections: [
      [
        'HOSPICE IP NSG NOTE {d}\n{hospice} RM {room}. PT: {p_hdr}, {age_sex}, DX: {?END-STAGE COPD|METASTATIC PANCREATIC CA|END-STAGE DEMENTIA|ESRD, OFF HD SINCE {dl_prev}}',
        '{dshort} {clock} GIP NOTE ({hospice}): {pt_t} ({age}) ACTIVELY DYING',
        'HOSPICE HOUSE NOC NOTE {d}: {p}, {old_sex}',
      ],
      [
        'RESP: CHEYNE-STOKES W/ 20-30 SEC APNEIC PERIODS, TERMINAL SECRETIONS. LEVSIN 0.125 SL GIVEN, SCOPOLAMINE PATCH. MOTTLING TO KNEES',
        'COMFORT: ROXANOL 10MG SL Q1H PRN, GIVEN X3 THIS SHIFT FOR GRIMACING/RR 32. ATIVAN 0.5 SL X1. PAINAD 6 -> 2. MOUTH CARE Q2H',
        'PT UNRESPONSIVE, COOL EXTREMITIES, NO URINE OUTPUT X8H. {trap}',
      ],
      [
        'FAMILY AT BEDSIDE: {fam}. {k1f} ASKED THAT {k3f} BE CALLED, CALLED {ph} @ {clock}, {k3f} DRIVING FROM {town2}, {st2}',
        '{chap} IN W/ FAMILY @ {clock}, PRAYED. {pastor} FROM {church} ALSO VISITED. {k1f} SANG AMAZING GRACE AT BEDSIDE',
        '{k1} AT BEDSIDE OVERNIGHT, EXHAUSTED, ENCOURAGED TO REST IN FAMILY ROOM. {k2f} TO RELIEVE {k1f} IN AM',
        '{k2} ASKING ABOUT {funeral}, {sw} GAVE LIST. FAMILY HOPE TO HAVE {k3f} ARRIVE BY {holiday}',
      ],
      [
        'TOD {clock} ON {d}. PRONOUNCED BY {rn} AND {rn2}. {md} NOTIFIED @ {clock}. {k1f} PRESENT. {funeral} CALLED, BODY RELEASED @ {clock}. DONOR NETWORK REF #{ref}',
        'PLAN: CONT COMFORT CARE, SUPPORT FAMILY. {rn_sig}',
        'WILL CONT TO MONITOR FOR SIGNS OF DISTRESS. {rn_sig}',
      ],
    ],
  },
  {
    style: 'dialysis',
    capsShare: 1,
    weight: 9,
    separators: ['\n'],
    sections: [
      [
        'HD TX NOTE {d}\n{p_hdr}  MRN {mrn}  {?INPT, RM {room}|OUTPT, HOME UNIT {dial}}\nNEPHROLOGIST: {md}',
        '{dshort} HEMODIALYSIS ({dial}) - {pt_t}, {age_sex}, ESRD 2/2 {?DM|HTN|PKD}, {?MWF|TTS} SCHEDULE',
        'ACUTE HD NOTE {d} {clock}: {p}, RM {room}, CONSENT BY {poa}',
      ],
      [
        'ACCESS: L AVF +THRILL/BRUIT, CANNULATED W/ 15G X2 BY {tech}. QB 400 QD 600, 2K/2.5CA BATH. HEPARIN 2000U BOLUS. UF GOAL 3.0L',
        'ACCESS: R IJ PERMCATH, DRSG C/D/I, LUMENS FLUSH/ASPIRATE. PRE WT 84.6 / EDW 81.0 KG. {vitals}',
        'INTRADIALYTIC HYPOTENSION @ {clock} (SBP 78), UF OFF, 200ML NS, TRENDELENBURG. {md} PAGED {pgr}, UF GOAL REDUCED TO 2L',
        'LABS PRE: {labs}. EPOGEN 6000U, VENOFER 100MG, HECTOROL 2MCG GIVEN. {trap}',
      ],
      [
        'TRANSPORT: {transport} PICK UP @ {clock}, {k1f} TO MEET PT AT HOME. NEXT TX {wk}',
        'PT STATES {his} {k1w} {k1f} "WANTS ME TO QUIT." {sw} TO MEET W/ PT NEXT TX. PT MISSED TX ON {dl_prev} (NO RIDE)',
        'TRAVEL HD REQUESTED FOR {holiday} TO VISIT {k2} IN {town2}, {st2}. PAPERWORK FAXED TO {fax}',
        'PT ASLEEP MOST OF TX. {k1} CALLED FOR UPDATE @ {clock}, {ph}',
        'PT MISSED TX {nth}, K 6.1 TODAY. {k1f} ASKED THAT SCHEDULE CHANGE AFTER {holiday}. {sw} AWARE',
      ],
      [
        'POST WT 81.4 KG, NET UF 2.9L. NEEDLES PULLED, HEMOSTASIS 10 MIN. {rn_sig}',
        'TX COMPLETED 3H45M. {rn_sig} / {tech}',
        'REPORT CALLED TO {rn2} @ {clock}. {rn_sig}',
      ],
    ],
  },
  {
    style: 'pacu',
    capsShare: 1,
    weight: 9,
    separators: ['\n', '. '],
    sections: [
      [
        'PACU NOTE {d}\n{p_hdr} ({age_sex}) ARRIVED FROM OR @ {clock} S/P {?LAP CHOLE|R TKA|TURP|L INGUINAL HERNIA REPAIR|LAP APPY} W/ {md}. ANESTHESIA: {md2}/{crna}',
        '{dshort} PACU {clock}: REPORT FROM {crna}. {pt_t} S/P {?ORIF L WRIST|TAH/BSO|CYSTO W/ STENT}, GETA, EBL 50ML',
        'PHASE I RECOVERY {d} - {p} - MRN {mrn}',
      ],
      [
        'ARRIVED ON 6L SIMPLE MASK, SPO2 97%, WEANED TO 2L NC. DROWSY BUT AROUSABLE. ALDRETE 8 -> 10 @ {clock}. {vitals}',
        'PAIN 8/10 INCISIONAL, FENTANYL 25MCG IVP X3, DILAUDID 0.4MG X1 -> 4/10. PONV X1, ZOFRAN 4MG. {trap}',
        'SHIVERING, TEMP 35.6, BAIR HUGGER ON. SCDS ON. DRSG {?DRY/INTACT|W/ SMALL SEROSANG DRAINAGE, MARKED}. {?JP TO BULB SUCTION, BROWN/BLOODY 20ML.|STAPLES INTACT.}',
      ],
      [
        '{k1} UPDATED IN SURGICAL WAITING ROOM BY {md}. {k1f} BROUGHT BACK TO BEDSIDE @ {clock}. {k1poss} CELL {ph}',
        'PT ASKING FOR {k1f}. VOLUNTEER DESK EXT {ext} PAGED, {k1f} NOT IN WAITING AREA, LEFT MSG {ph}',
        '{k1f} AND {k2f} IN WAITING ROOM. {k1f} WILL DRIVE PT HOME TO {town}',
      ],
      [
        'REPORT CALLED TO {rn2} ON {unit} RM {room} @ {clock}. TRANSFERRED VIA BED W/ {pct}. {rn_sig}',
        'PHASE II, DC HOME W/ {k1}, DRIVER CONFIRMED. {rn_sig}',
        'MET CRITERIA, TO {unit}. {rn_sig}',
      ],
    ],
  },
  {
    style: 'telemetry',
    capsShare: 1,
    weight: 10,
    separators: ['\n'],
    sections: [
      [
        'TELE NSG NOTE {d} 1900-0700\n{unit_tele} RM {room}: {p_hdr}, {age_sex}, ADM {dl_prev} W/ {?NSTEMI|SYNCOPE|NEW AFIB|CHF EXAC}. CARDS: {md}',
        '{dshort} TELE {clock}: {pt_t} RM {room}, BOX {n}, SR 70S',
        '{unit_tele} RN NOTE {d}: {p} ({age}) MRN {mrn}',
      ],
      [
        '{clock} {tech} CALLED W/ 8 BEAT RUN VT, PT ASYMPTOMATIC, VSS. PAGED {md2} {pgr}. K 3.4/MG 1.6, REPLACED PER PROTOCOL. {ini}',
        '{clock} HR 140S AFIB RVR, PT C/O PALPITATIONS. CARDIZEM 10MG IVP PER {md}, GTT STARTED 5MG/HR. HR 90S @ {clock}. {ini}',
        'HEPARIN GTT PER ACS NOMOGRAM, ANTI-XA {?0.32|0.55} @ {clock}, RATE {?UNCHANGED|INCREASED}. 2 RN VERIFICATION W/ {rn2}',
        'PT UP TO BR W/ SBA. SINUS PAUSE 2.4 SEC ON MONITOR @ {clock}, {md} AWARE, ? PPM {?TOMORROW|{wk}}. {trap}',
        '{clock} {ini}: PT C/O CP 5/10, EKG DONE, NTG SL X1 -> 0/10. {clock} {ini2}: TROP 0.04, {pa} NOTIFIED',
      ],
      [
        '{k1} AT BEDSIDE, ASKING ABOUT CATH. {?{md}|{pa}} TO UPDATE IN AM. {k2f} CALLED FROM {town2}, UPDATED (PT GAVE OK)',
        'PT REQUESTS NO INFO TO {k3} PER PRIVACY FORM, {k1f} IS ONLY CONTACT. {trap}',
        '{k1f} ({k1w}) STAYED UNTIL 2200, TO RETURN {?IN AM|{wk} AM}. {k1f} CELL {ph}',
      ],
      [
        'PLAN: NPO AFTER MN FOR CATH W/ DR {md3l} {?IN AM|ON {dl_next}}. CONSENT SIGNED. {rn_sig}',
        'CONT TELE, TROP Q6H, REPORT TO {rn2} @ 0700. {rn_sig}',
        'WILL CONT TO MONITOR. {rn_sig}',
      ],
    ],
  },
  {
    style: 'wound-care',
    capsShare: 1,
    weight: 9,
    separators: ['\n'],
    sections: [
      [
        'WOUND CARE NOTE {d}\n{p_hdr} RM {room} {unit}. SEEN BY {woc}. CONSULT FROM {md}',
        'WOC NURSE F/U {dshort} @ {clock}: {pt_t}, {age_sex}, ADMITTED FROM {snf}',
        'WOUND RN NOTE {d} - {p} ({mrn})',
      ],
      [
        'SACRUM: STAGE 3 PRESSURE INJURY 4.2 X 3.1 X 0.6 CM, 80% RED GRANULATION, 20% YELLOW SLOUGH, MOD SEROSANG DRAINAGE, NO ODOR. PERIWOUND MACERATED. CLEANSED W/ NS, SANTYL + MOIST GAUZE, BORDERED FOAM. {trap}',
        'R HEEL DTPI 3 X 2.5 CM, PURPLE/MAROON, INTACT. OFFLOADED W/ PREVALON BOOT. BLE DOPPLER PULSES PRESENT. LOW AIR LOSS MATTRESS ORDERED',
        'L LOWER LEG VENOUS ULCER 6 X 4 CM, UNNA BOOT APPLIED KNEE TO TOES, CHANGE {wk}. COBAN OVER. ABI 0.9 ({dl_prev})',
        'ABD MIDLINE WOUND VAC @ -125 MMHG CONT, BLACK FOAM X1 PIECE, CANISTER 50ML SEROSANG. SEAL INTACT. NEXT CHANGE {?MWF|{wk}}',
        'TOES 2-4 L FOOT FROST BITE W/ CLEAR BLISTERS, SILVADENE + XEROFORM. PODIATRY ({md3}) TO SEE',
      ],
      [
        'PHOTOS TAKEN W/ VERBAL CONSENT, UPLOADED TO MEDIA TAB. {k1} PRESENT AND TAUGHT DRSG CHANGE, {k1f} WILL DO AT HOME',
        'OUTPT F/U: {woundclinic} {fu2} @ {clock}, {ph2}',
        'RECOMMEND TURNING Q2H, PROTEIN SUPPLEMENT, {diet} CONSULTED. {trap}',
      ],
      [
        '{rn_sig}',
        'D/W {rn} (PRIMARY RN). {woc}',
        'WILL FOLLOW {?WEEKLY|Q {wk}}. {woc}',
      ],
    ],
  },
  {
    style: 'float-handoff',
    capsShare: 1,
    weight: 10,
    separators: ['\n'],
    sections: [
      [
        'FLOAT RN HANDOFF {d} 1900 - {?AGENCY RN|FLOAT POOL RN} {rn_full} ({agency}) TO {rn2}\nUNIT: {unit}',
        'SBAR {dshort} @ {clock} FROM {rn} TO ONCOMING {rn2}',
        'AGENCY NURSE REPORT {d}, {unit}, {agency}',
      ],
      [
        'RM {room} {p_hdr} {age_sex} - CHF, LASIX 40 IV BID, 2L NC, STRICT I/O. {k1f} ({k1w}) CALLS Q SHIFT. FULL CODE.\nRM {room2} {o1_hdr} {o1_age} - POD 1 R TKA, CPM 0-60, PCA DILAUDID. WILL NEED PT EVAL.\nRM {room2} {o2_hdr} {o2_age} - ETOH WD, CIWA 14, ATIVAN PER PROTOCOL, {mht}.',
        'S: {pt_t} RM {room}, {age_sex}, ADMITTED {dl_prev} FOR PNA. B: COPD, HOME O2 2L, LIVES W/ {k1}. A: {vitals}, MORE SOB @ {clock}. R: {rt} TO EVAL, {md} AWARE, MAY NEED BIPAP.',
        '1) {p_hdr} ({room}) {age_sex} GI BLEED, HGB 6.9, 1U PRBC HUNG @ {clock}. TYPE AND CROSS X2 MORE.\n2) {o1_hdr} ({room2}) {o1_age} HIP FX, {o1_rel} AT BEDSIDE, PRE-OP FOR AM.\n3) {o3_hdr} ({room2}) {o3_age} DEMENTIA, BED ALARM, WANDERS.',
      ],
      [
        'ALSO: {o3_t} (RM {room2}) DC\'D HOME W/ FAMILY @ {clock}. {charge} AWARE OF ALL',
        '{charge} AWARE OF ALL. {sup} {?EXT |X}{ext}. PYXIS OVERRIDE FOR RM {room} DOCUMENTED',
        'STAFFING: SHORT 1 CNA, {pct} FLOATED FROM {unit2}. {trap}',
      ],
      [
        'REPORT GIVEN @ BEDSIDE. {rn_sig}',
        '{rn_sig} (FLOAT) / RECEIVED BY {rn2}',
        'HANDOFF COMPLETE @ {clock}. {rn_sig}',
      ],
    ],
  },
  {
    style: 'discharge-rn',
    capsShare: 1,
    weight: 8,
    separators: ['\n'],
    sections: [
      [
        'DC NOTE {d} {clock}\nPT {p_hdr} DISCHARGED {?HOME|HOME W/ HH|TO {snf}} VIA {?PRIVATE CAR W/ {k1}|WC TO LOBBY|AMBULANCE ({ems})}',
        'DISCHARGE NSG NOTE {dshort}: {pt_t} ({age_sex}) RM {room}',
        '{unit} DC SUMMARY (RN) {d}: {p}, ACCT {acct}',
      ],
      [
        'AVS REVIEWED W/ PT AND {k1f}, VERBALIZED UNDERSTANDING. PIV REMOVED, CATH TIP INTACT. RX SENT TO {pharm} ({ph2})',
        'NEW MEDS: ELIQUIS 5MG BID, METOPROLOL 25 BID. TEACH BACK DONE W/ {k1}. {trap}',
        'DIET: 2G NA, 1.5L FLUID. DAILY WTS, CALL IF UP 3 LBS. {interp} USED FOR TEACHING',
      ],
      [
        'DC ADDRESS: {addr}. CONTACT: {k1full} ({k1w}) {ph}',
        'GOING TO {k2f}\'S HOUSE AT {addr} FOR 2 WKS. {k2f}\'S CELL {ph}',
        'HOME: {addr}. LIVES W/ {k1}, 2 STEPS TO ENTER',
      ],
      [
        'F/U: {md3} (PCP) {fu} @ {clock}. CARDS {md2} {fu2}. LABS @ {hosp_s} OUTPT LAB {nth}',
        'HH: {hh} TO CALL WITHIN 48H, REF #{ref}. PT WILL CALL {ph2} IF NO CONTACT BY {wk}',
        'F/U W/ {md} IN 1 WK ({fu}). {trap}',
      ],
      [
        '{rn_sig}',
        'BELONGINGS RETURNED INCL DENTURES/GLASSES. {rn_sig}',
      ],
    ],
  },
];

export const DEV7_CORPUS: CorpusSpec = {
  name: 'dev7',
  seed: 84126,
  count: 150,
  styles: DEV7_STYLES,
  slots: DEV7_SLOTS,
  file: 'synthetic-dev7.jsonl',
};

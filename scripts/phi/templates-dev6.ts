// Templates of the sixth dev corpus (synthetic-dev6.jsonl), by a sixth hand with its own cast, places,
// identifier shapes and note types, set in the Deep South (Cajun and Creole Louisiana, Mississippi, the
// Alabama Black Belt), central Appalachia, the New York City boroughs, rural Alaska, Puerto Rico and the
// Texas/Arizona/California border. Each note draws one region; its patient mostly comes from that region's
// communities, its clinicians from anywhere. Styles: urgent care, primary-care annual visits with care gaps,
// dental / oral surgery, behavioural-health group therapy, methadone clinic, hospice home visits, monthly
// dialysis notes, SNF daily rehab notes, NICU notes with parents, EMS patient-care reports, pathology and
// cytology reports, genetic counselling letters with a pedigree, audiology and vision screening, school-nurse
// notes, telephone triage logs, interfacility transfer requests, discharge summaries with follow-up lists and
// i2b2-style consult notes.
import type { CorpusSpec } from './corpus';
import { phi, type Fragment, type PhiPiece, type SlotTable } from './note-builder';
import type { Random } from './prng';
import type { NoteContext } from './slots';
import { addDays, ordinal, twoDigits as two, shortYear as yy, monthName as month, monthAbbreviation as mon, weekday as dayName, SHORT_WEEKDAY as SHORT_DAY, type DateParts } from './surrogates';
import type { StyleTemplates } from './templates-dev';

// ---------- communities (names hand-written for this corpus) ----------

type Group = 'word' | 'south' | 'cajun' | 'app' | 'pr' | 'chinese' | 'bangla' | 'jamaican' | 'russian' | 'italian' | 'greek'
  | 'filipino' | 'ethiopian' | 'nigerian' | 'alaska' | 'mexican';

interface Community {
  women: readonly string[];
  men: readonly string[];
  surnames: readonly string[];
  /** Birthplaces abroad: city, country, language spoken at home. */
  abroad?: readonly (readonly [string, string, string])[];
}

const COMMUNITIES: Record<Group, Community> = {
  // English words, clinical words and old Southern/rural given names
  word: {
    women: ['June', 'April', 'Dawn', 'Hope', 'Penny', 'Ginger', 'Precious', 'Star', 'Sky', 'Sunshine', 'Magnolia', 'Treasure',
      'Diamond', 'Lovie', 'Velma', 'Loretta', 'Tammy Jo', 'Wanda', 'Bertha', 'Fannie Mae', 'Season', 'Karma'],
    men: ['Rusty', 'Buck', 'Ace', 'King', 'Duke', 'Lucky', 'Coy', 'Dewey', 'Homer', 'Cecil', 'Virgil', 'Hollis', 'Lonnie',
      'Wayne', 'Judge', 'Dallas', 'Denver', 'Rebel', 'Tex', 'Gunner'],
    surnames: ['Small', 'Little', 'Short', 'Best', 'Goodman', 'Smart', 'Wise', 'Fox', 'Wolf', 'Bird', 'Swan', 'Hill', 'Rivers',
      'Stone', 'Banks', 'Sickles', 'Payne', 'Head', 'Foot', 'Hand', 'Bone', 'Heart', 'Ruff', 'Walls', 'Mercer', 'Florence',
      'Parish', 'Bloodworth', 'Gaines', 'Moss', 'Lively', 'Slaughter', 'Goforth', 'Hale'],
  },
  south: {
    women: ['Lashonda', 'Queen Esther', 'Earnestine', 'Bessie', 'Mattie', 'Ruthie Mae', 'Shaquita', 'Odessa', 'Willie Mae', 'Cora Lee'],
    men: ['Otis', 'Roosevelt', 'Jessie', 'Cleveland', 'Alvin', 'L.C.', 'Willie James', 'Percy', 'Freddie Lee', 'T.J.'],
    surnames: ['Pettway', 'Tolliver', 'Hairston', 'Witherspoon', 'Dukes', 'Mosley', 'Jenkins', 'Spivey', 'Toussaint', 'Pugh'],
  },
  cajun: {
    women: ['Clothilde', 'Odile', 'Noelie', 'Yvonne', 'Celestine', 'Eula', 'Delphine', 'Marie-Thérèse', 'Aline', 'Onezia', 'Lise'],
    men: ['Alcide', 'Ulysse', 'Télesphore', 'Aurelien', 'Clovis', 'Octave', 'Lucien', 'Beau', 'Remy', 'Dudley', 'Noah'],
    surnames: ['Thibodeaux', 'Boudreaux', 'Fontenot', 'Guidry', 'Arceneaux', 'LeJeune', 'Broussard', 'Hebert', 'Batiste',
      'Metoyer', 'Comeaux', 'Prejean', 'Doucet', 'Savoie', 'Ardoin', 'Chenevert', 'Gautreaux'],
  },
  app: {
    women: ['Ora', 'Dessie', 'Verna', 'Ollie Mae', 'Wilma', 'Kimberly Dawn', 'Shelva', 'Juanita', 'Reva', 'Oma', 'Cleda',
      'Tressie', 'Maxine', 'Brandy', 'Kayla'],
    men: ['Elmer', 'Ottis', 'Delmer', 'Hobart', 'Estill', 'Arlie', 'Okey', 'Darrell', 'Jimmy Dale', 'Bo', 'Hershel', 'Burl',
      'Cletus', 'Denver', 'Dallas'],
    surnames: ['Mullins', 'Caudill', 'Combs', 'Slone', 'Spurlock', 'Bunch', 'Coldiron', 'Sexton', 'Blankenship', 'Stidham',
      'Napier', 'Ritchie', 'Fugate', 'Maggard', 'Justice', 'Honaker', 'Ratliff', 'Pennington', 'Mounts', 'Goforth'],
  },
  pr: {
    women: ['Yaritza', 'Milagros', 'Nilsa', 'Awilda', 'Yolanda', 'Carmen Delia', 'Zoraida', 'Mayelin', 'Cándida', 'Nydia',
      'Maritza', 'Iris Nereida', 'Luz', 'Yokasta', 'Yudelka', 'Mercedes'],
    men: ['Wilfredo', 'Yadiel', 'Ángel Luis', 'Héctor', 'Radamés', 'Juan Pablo', 'Fulvio', 'Ramón Antonio', 'Santos', 'Freddy',
      'Edwin', 'Yunior', 'Wascar', 'Nelson'],
    surnames: ['Rivera', 'Ortiz', 'Colón', 'Vázquez', 'Santiago', 'Rosario', 'Medina', 'Pérez', 'Almonte', 'Núñez', 'Peralta',
      'Reyes', 'Báez', 'Cruz', 'Figueroa', 'Torres', 'Maldonado', 'Cintrón', 'Acevedo', 'Feliciano', 'Pagán', 'Santana',
      'Mercado', 'Ventura', 'Tejada', 'Polanco'],
    abroad: [['Santiago de los Caballeros', 'Dominican Republic', 'Spanish'], ['San Francisco de Macorís', 'Dominican Republic', 'Spanish'],
      ['Baní', 'Dominican Republic', 'Spanish']],
  },
  chinese: {
    women: ['Siu Ling', 'Mui', 'Kam Fung', 'Yuk Lan', 'Bik Yee', 'Lai Ching', 'Shuk Fan', 'Winnie'],
    men: ['Kwok Wai', 'Chi Keung', 'Wing Hong', 'Siu Ming', 'Ka Lok', 'Man Kit', 'Chun Yip', 'Kenny'],
    surnames: ['Chan', 'Wong', 'Leung', 'Cheung', 'Lau', 'Yip', 'Kwok', 'Tse', 'Mak', 'Fung', 'Lung', 'Lam', 'Tsang', 'Poon', 'Szeto'],
    abroad: [['Taishan', 'China', 'Toisanese'], ['Kowloon', 'Hong Kong', 'Cantonese'], ['Fuzhou', 'China', 'Fuzhounese']],
  },
  bangla: {
    women: ['Nasrin', 'Rokeya', 'Shahnaz', 'Tahmina', 'Sharmin', 'Farzana', 'Rumana', 'Jharna'],
    men: ['Mizanur', 'Rafiqul', 'Abul Kalam', 'Shafiqul', 'Jahangir', 'Monir', 'Kamrul', 'Anwar'],
    surnames: ['Rahman', 'Hossain', 'Chowdhury', 'Begum', 'Islam', 'Uddin', 'Miah', 'Akter', 'Sarkar', 'Talukder', 'Bhuiyan'],
    abroad: [['Sylhet', 'Bangladesh', 'Sylheti'], ['Chittagong', 'Bangladesh', 'Bengali'], ['Noakhali', 'Bangladesh', 'Bengali']],
  },
  jamaican: {
    women: ['Marcia', 'Claudette', 'Paulette', 'Beverley', 'Nadine', 'Shereece', 'Icilda', 'Hyacinth', 'Merline'],
    men: ['Delroy', 'Everton', 'Fitzroy', 'Desmond', 'Clive', 'Winston', 'Garfield', 'Errol', 'Lascelles'],
    surnames: ['Campbell', 'Grant', 'McKenzie', 'Henry', 'Francis', 'Bailey', 'Gayle', 'Morrison', 'Thompson-Reid', 'Ebanks',
      'Grizzle', 'Dunkley', 'Reid'],
    abroad: [['Montego Bay', 'Jamaica', 'Patois'], ['Spanish Town', 'Jamaica', 'Patois'], ['Mandeville', 'Jamaica', 'Patois']],
  },
  russian: {
    women: ['Raisa', 'Zhanna', 'Galina', 'Faina', 'Rivka', 'Esther', 'Dina', 'Bella', 'Lyudmila', 'Chaya'],
    men: ['Boris', 'Yefim', 'Leonid', 'Mordechai', 'Shlomo', 'Anatoly', 'Yakov', 'Arkady', 'Moishe'],
    surnames: ['Rabinovich', 'Kaplan', 'Feldman', 'Shapiro', 'Volkov', 'Gurevich', 'Zilberman', 'Katz', 'Berkovich', 'Glickman', 'Kogan'],
    abroad: [['Odessa', 'Ukraine', 'Russian'], ['Minsk', 'Belarus', 'Russian'], ['Tashkent', 'Uzbekistan', 'Russian']],
  },
  italian: {
    women: ['Concetta', 'Carmela', 'Antoinette', 'Rosaria', 'Annunziata', 'Gina', 'Teresa'],
    men: ['Salvatore', 'Carmine', 'Vincenzo', 'Gennaro', 'Rocco', 'Dominic', 'Nunzio'],
    surnames: ['Esposito', 'Russo', 'Caruso', 'Lombardi', 'DiNapoli', 'Scarpetta', 'LoBianco', 'Mancuso', 'Capobianco', 'Iannuzzi',
      'Sorrentino', 'Bellomo'],
    abroad: [['Palermo', 'Italy', 'Italian'], ['Avellino', 'Italy', 'Italian']],
  },
  greek: {
    women: ['Eleni', 'Vasiliki', 'Panagiota', 'Despina', 'Kalliopi', 'Stavroula'],
    men: ['Spiros', 'Konstantinos', 'Stavros', 'Panagiotis', 'Dimitrios', 'Gus'],
    surnames: ['Papadopoulos', 'Georgiou', 'Kostopoulos', 'Anagnostou', 'Triantafyllou', 'Pappas', 'Karras', 'Vlahos'],
    abroad: [['Thessaloniki', 'Greece', 'Greek'], ['Kalamata', 'Greece', 'Greek']],
  },
  filipino: {
    women: ['Maricel', 'Rowena', 'Luzviminda', 'Marites', 'Imelda', 'Analyn', 'Rizza', 'Jennylyn', 'Precious'],
    men: ['Rodel', 'Bienvenido', 'Ferdinand', 'Romeo', 'Arnel', 'Rolando', 'Jomar', 'Reynaldo'],
    surnames: ['Dimaculangan', 'Macaraeg', 'Bautista', 'Manalo', 'Pangilinan', 'Tolentino', 'Cabrera', 'Dizon', 'Magbanua',
      'Dela Paz', 'Soriano'],
    abroad: [['Batangas', 'Philippines', 'Tagalog'], ['Laoag', 'Philippines', 'Ilocano'], ['Cebu City', 'Philippines', 'Cebuano']],
  },
  ethiopian: {
    women: ['Tigist', 'Meseret', 'Almaz', 'Hirut', 'Selamawit', 'Bethlehem', 'Tsehay', 'Genet', 'Mekdes'],
    men: ['Tesfaye', 'Girma', 'Dawit', 'Yohannes', 'Mulugeta', 'Abebe', 'Solomon', 'Henok'],
    surnames: ['Haile', 'Gebremariam', 'Wolde', 'Tadesse', 'Alemu', 'Bekele', 'Tesfaye', 'Kebede', 'Assefa', 'Mengistu'],
    abroad: [['Gondar', 'Ethiopia', 'Amharic'], ['Addis Ababa', 'Ethiopia', 'Amharic'], ['Mekelle', 'Ethiopia', 'Tigrinya']],
  },
  nigerian: {
    women: ['Chioma', 'Funmilayo', 'Yetunde', 'Ebere', 'Omolara', 'Adaobi', 'Nkechi', 'Bisola'],
    men: ['Chukwuma', 'Olumide', 'Adewale', 'Ikechukwu', 'Segun', 'Obiora', 'Tobenna', 'Kayode'],
    surnames: ['Okoro', 'Adeleke', 'Nwachukwu', 'Ogunleye', 'Olatunji', 'Ibekwe', 'Onyekachi', 'Afolabi', 'Odunsi'],
    abroad: [['Enugu', 'Nigeria', 'Igbo'], ['Abeokuta', 'Nigeria', 'Yoruba'], ['Onitsha', 'Nigeria', 'Igbo']],
  },
  // Yup'ik and Inupiaq; many surnames are English first names or words (Active, Friday, Sunnyboy)
  alaska: {
    women: ['Ayaprun', 'Ciuqa', 'Nuniq', 'Aqpayuk', 'Qaunnaq', 'Paniguaq', 'Agnes', 'Martha', 'Elsie', 'Mary Ann'],
    men: ['Apaq', 'Kusaq', 'Nanuq', 'Taqulik', 'Amaruq', 'Angaaq', 'Wassillie', 'Nicolai', 'Alexie', 'Evan'],
    surnames: ['Active', 'Kasayulie', 'Nanalook', 'Aguchak', 'Ahkivgak', 'Kignak', 'Tikiun', 'Sunnyboy', 'Charlie', 'Nicolai',
      'Evan', 'Oscar', 'Friday', 'Chikoyak', 'Paniyak', 'Andrew', 'Kinegak', 'Nayokpuk', 'Ahsoak'],
  },
  mexican: {
    women: ['María de Jesús', 'Juana', 'Socorro', 'Remedios', 'Maricruz', 'Guillermina', 'Rosalba', 'Yadira', 'Araceli', 'Brisa',
      'Perla'],
    men: ['Rigoberto', 'Eliseo', 'Nicolás', 'Abundio', 'Everardo', 'Candelario', 'Joaquín', 'Ezequiel', 'Pánfilo', 'Cruz',
      'Trinidad', 'Jesús Alberto'],
    surnames: ['Villanueva', 'Saldaña', 'Treviño', 'Cantú', 'Ybarra', 'Zúñiga', 'Longoria', 'Elizondo', 'Salinas', 'Cavazos',
      'Benavides', 'Hinojosa', 'Peña', 'Olivarez', 'Guajardo', 'Montemayor', 'Hidalgo'],
    abroad: [['Reynosa', 'Mexico', 'Spanish'], ['Matamoros', 'Mexico', 'Spanish'], ['Piedras Negras', 'Mexico', 'Spanish'],
      ['Nuevo Laredo', 'Mexico', 'Spanish']],
  },
};
const ALL_GROUPS = Object.keys(COMMUNITIES) as Group[];

const NICKNAMES_F = ['Nena', 'Chiqui', 'Pookie', 'Shug', 'Doodle', 'Inday', 'Sissy Mae', 'Bunky', 'Toto', 'Cotton', 'Mimi Jo', 'Lady'];
const NICKNAMES_M = ['T-Boy', 'Nonc', 'Papo', 'Cotton', 'Tadpole', 'Big Man', 'Lil Man', 'Ti-Jean', 'Dodong', 'Hoot', 'Sparky', 'Bunky'];

// ---------- regions ----------

interface Town { town: string; st: string; zip: string; county: string }
interface Region {
  key: RegionKey;
  groups: readonly (readonly [Group, number])[];
  towns: readonly Town[];
  /** Full name and what staff call it. */
  hospitals: readonly (readonly [string, string])[];
  schools: readonly string[];
  churches: readonly (readonly [string, string])[];
  employers: readonly string[];
  street: (rng: Random) => string;
  /** Street names of offices and clinics. */
  offices: readonly string[];
  /** Highways where a crash or a roadside call happens. */
  roads: readonly string[];
}

const STATE_NAMES: Record<string, string> = {
  LA: 'Louisiana', MS: 'Mississippi', AL: 'Alabama', KY: 'Kentucky', WV: 'West Virginia', VA: 'Virginia', TN: 'Tennessee',
  NY: 'New York', AK: 'Alaska', PR: 'Puerto Rico', TX: 'Texas', AZ: 'Arizona', CA: 'California',
};
const AREA_CODES: Record<string, readonly string[]> = {
  LA: ['337', '225', '985', '318'], MS: ['601', '662', '228'], AL: ['334', '205', '256'], KY: ['606'], WV: ['304', '681'],
  VA: ['276'], TN: ['423'], NY: ['718', '347', '917', '929', '646'], AK: ['907'], PR: ['787', '939'], TX: ['956', '830', '432'],
  AZ: ['520', '928'], CA: ['760', '442'],
};

const t = (town: string, st: string, zip: string, county: string): Town => ({ town, st, zip, county });

const REGIONS: readonly Region[] = [
  {
    key: 'south',
    roads: ['I-49', 'US-190', 'LA-182', 'I-10', 'US-80', 'MS-43'],
    offices: ['Evangeline Thruway', 'Guilbeau Rd', 'Landry St', 'Broadway Ave', 'Hwy 90 W', 'Lafayette St'],
    groups: [['cajun', 5], ['word', 3], ['south', 3], ['filipino', 0.5], ['mexican', 0.5]],
    towns: [t('Opelousas', 'LA', '70570', 'St. Landry Parish'), t('Ville Platte', 'LA', '70586', 'Evangeline Parish'),
      t('Breaux Bridge', 'LA', '70517', 'St. Martin Parish'), t('Mamou', 'LA', '70554', 'Evangeline Parish'),
      t('Eunice', 'LA', '70535', 'St. Landry Parish'), t('Norco', 'LA', '70079', 'St. Charles Parish'),
      t('Bunkie', 'LA', '71322', 'Avoyelles Parish'), t('Bogalusa', 'LA', '70427', 'Washington Parish'),
      t('Plain Dealing', 'LA', '71064', 'Bossier Parish'), t('Natchitoches', 'LA', '71457', 'Natchitoches Parish'),
      t('Picayune', 'MS', '39466', 'Pearl River County'), t('Greenwood', 'MS', '38930', 'Leflore County'),
      t('Waveland', 'MS', '39576', 'Hancock County'), t('Mound Bayou', 'MS', '38762', 'Bolivar County'),
      t('Selma', 'AL', '36701', 'Dallas County'), t('Demopolis', 'AL', '36732', 'Marengo County'),
      t('Florence', 'AL', '35630', 'Lauderdale County'), t('Boykin', 'AL', '36723', 'Wilcox County')],
    hospitals: [['Acadiana General Hospital', 'AGH'], ['Our Lady of Prompt Succor Medical Center', 'Prompt Succor'],
      ['Delta Magnolia Regional Medical Center', 'Delta Magnolia'], ['Atchafalaya General Hospital', 'Atch General'],
      ['Pearl River Baptist Hospital', 'Pearl River Baptist'], ['Black Belt Regional Medical Center', 'BBRMC']],
    schools: ['Ville Platte Elementary', 'Sacred Heart of Jesus School', 'Picayune Junior High', 'Evangeline Christian Academy',
      'Selma Early College High School'],
    churches: [['St. Genevieve Catholic Church', 'Father '], ['Little Zion Missionary Baptist Church', 'Rev. '],
      ['Holy Ghost Catholic Church', 'Fr. '], ['Greater New Hope Baptist Church', 'Pastor ']],
    employers: ['Gulf Pride Seafood', 'Bayou Teche Boat Works', 'the Shell plant in Norco', 'Savoie Sausage & Boudin',
      'Delta Catfish Processors', 'Piggly Wiggly on Main'],
    street: (rng) => rng.pick([
      `${rng.int(100, 2999)} ${rng.pick(['Rue Jardin', 'Chemin Metairie', 'Bayou Teche Rd', 'Sugar Mill Rd', 'Pecan Grove Ln', 'Levee Rd', 'Church Point Hwy', 'Gin Rd', 'Crawfish Pond Rd', 'MLK Dr'])}`,
      `${rng.int(1000, 19999)} Hwy ${rng.pick([182, 190, 13, 49, 80, 11])} ${rng.pick(['E', 'W', 'N', 'S'])}`,
      `RR ${rng.int(1, 5)} Box ${rng.int(10, 480)}${rng.pick(['', '', 'A', 'B'])}`,
      `${rng.int(100, 999)} ${rng.pick(['Magazine', 'Toulouse', 'Bienville', 'Cypress'])} St, Apt ${rng.int(1, 12)}`,
    ]),
  },
  {
    key: 'app',
    roads: ['US-23', 'KY-15', 'US-119', 'I-64', 'WV-16', 'US-460'],
    offices: ['N Main St', 'Hospital Hill Rd', 'Black Gold Blvd', 'Town Branch Rd', 'Riverside Dr'],
    groups: [['app', 7], ['word', 3], ['south', 0.5]],
    towns: [t('Hazard', 'KY', '41701', 'Perry County'), t('Pikeville', 'KY', '41501', 'Pike County'),
      t('Paintsville', 'KY', '41240', 'Johnson County'), t('Whitesburg', 'KY', '41858', 'Letcher County'),
      t('Harlan', 'KY', '40831', 'Harlan County'), t('Hindman', 'KY', '41822', 'Knott County'),
      t('Hi Hat', 'KY', '41636', 'Floyd County'), t('Mousie', 'KY', '41839', 'Knott County'),
      t('Cutshin', 'KY', '41732', 'Leslie County'), t('Beckley', 'WV', '25801', 'Raleigh County'),
      t('Welch', 'WV', '24801', 'McDowell County'), t('War', 'WV', '24892', 'McDowell County'),
      t('Logan', 'WV', '25601', 'Logan County'), t('Princeton', 'WV', '24740', 'Mercer County'),
      t('Grundy', 'VA', '24614', 'Buchanan County'), t('Big Stone Gap', 'VA', '24219', 'Wise County'),
      t('Jellico', 'TN', '37762', 'Campbell County'), t('Sneedville', 'TN', '37869', 'Hancock County')],
    hospitals: [['Big Sandy Regional Medical Center', 'Big Sandy'], ['Kanawha Valley Hospital', 'KVH'],
      ['Pine Mountain Community Hospital', 'Pine Mountain'], ['Clinch River Medical Center', 'Clinch River'],
      ['Troublesome Creek Hospital', 'Troublesome Creek'], ['Black Diamond Miners Hospital', 'Miners']],
    schools: ['Hindman Elementary', 'Letcher County Central High School', 'Big Creek Elementary', 'Mountain View Christian School',
      'Alice Lloyd Head Start'],
    churches: [['Holiness Tabernacle of Pine Knot', 'Brother '], ['Old Regular Baptist Church at Defeated Creek', 'Brother '],
      ['Free Will Baptist Church of Hi Hat', 'Pastor '], ['St. Mark Catholic Mission', 'Fr. ']],
    employers: ['Black Diamond Coal Co.', 'Tri-State Trucking', 'the Dollar General on Rt 23', 'Appalachian Regional Lumber',
      'Knott County Board of Education', 'Cumberland Strip Mining'],
    street: (rng) => rng.pick([
      `${rng.int(10, 9999)} ${rng.pick(['Left Fork of Beaver Creek Rd', 'Lower Caney Branch', 'Right Beaver Rd', 'Troublesome Creek Rd', 'Big Branch Hollow', 'Coon Hollow Rd', 'Shelby Gap Rd', 'Bull Creek Rd', 'Coal Camp Rd', 'Tipple Hill Rd'])}`,
      `HC ${rng.int(60, 89)} Box ${rng.int(100, 2999)}`,
      `RR ${rng.int(1, 4)} Box ${rng.int(10, 299)}${rng.pick(['', 'A'])}`,
      `${rng.int(10, 9999)} KY-${rng.pick([15, 80, 7, 160, 550])} ${rng.pick(['N', 'S', 'E', 'W'])}`,
      `${rng.int(100, 999)} Main St, Apt ${rng.int(1, 8)}`,
    ]),
  },
  {
    key: 'nyc',
    roads: ['Bruckner Expy', 'Cross Bronx Expy', 'Belt Pkwy', 'Van Wyck Expy', 'Staten Island Expy'],
    offices: ['E 149th St', 'Kissena Blvd', 'Linden Blvd', 'Union Tpke', 'Coney Island Ave', 'Castle Hill Ave'],
    groups: [['pr', 3], ['jamaican', 2], ['chinese', 2], ['bangla', 2], ['russian', 2], ['italian', 2], ['greek', 1], ['filipino', 1],
      ['ethiopian', 1], ['nigerian', 2], ['word', 1]],
    towns: [t('Bronx', 'NY', '10456', 'Bronx County'), t('Bronx', 'NY', '10467', 'Bronx County'), t('Brooklyn', 'NY', '11207', 'Kings County'),
      t('Brooklyn', 'NY', '11235', 'Kings County'), t('Flushing', 'NY', '11354', 'Queens County'), t('Jamaica', 'NY', '11432', 'Queens County'),
      t('Astoria', 'NY', '11102', 'Queens County'), t('Jackson Heights', 'NY', '11372', 'Queens County'),
      t('Far Rockaway', 'NY', '11691', 'Queens County'), t('Corona', 'NY', '11368', 'Queens County'),
      t('Staten Island', 'NY', '10314', 'Richmond County'), t('New York', 'NY', '10032', 'New York County')],
    hospitals: [['Grand Concourse Hospital Center', 'GCHC'], ['Flatbush Methodist Hospital', 'Flatbush Methodist'],
      ['Flushing Bay Medical Center', 'FBMC'], ['Richmond Terrace Hospital', 'Richmond Terrace'],
      ['Harlem River Medical Center', 'HRMC'], ['Jamaica Bay Medical Center', 'JBMC']],
    schools: ['P.S. 287 Bushwick Academy', 'I.S. 61 Corona Heights', 'Brighton Beach Yeshiva', 'JHS 118 William W. Niles',
      'Our Lady of Sorrows School', 'Francis Lewis High School'],
    churches: [['Iglesia Pentecostal Monte Sinaí', 'Pastor '], ['St. Nicholas Russian Orthodox Church', 'Fr. '],
      ['Baitul Aman Masjid', 'Imam '], ['Holy Trinity Greek Orthodox Church', 'Fr. '],
      ['Debre Genet Medhane Alem Ethiopian Orthodox Church', 'Abba '], ['Congregation Ohel Yaakov', 'Rabbi ']],
    employers: ['the MTA', 'Kowloon Bakery on Main St', 'Sunrise Home Attendant Services', 'Tri-Boro Car Service',
      'Brighton Deli & Grocery', 'the Hunts Point market', 'Marathon Fuel Oil'],
    street: (rng) => rng.pick([
      `${rng.int(100, 2999)} ${rng.pick(['Grand Concourse', 'Westchester Ave', 'Nostrand Ave', 'Ocean Pkwy', 'Jerome Ave', 'Fordham Rd'])}, Apt ${rng.int(1, 22)}${rng.pick(['A', 'B', 'C', 'D', 'F', 'H', 'R'])}`,
      `${rng.int(30, 219)}-${two(rng.int(1, 99))} ${ordinal(rng.int(30, 110))} ${rng.pick(['St', 'Ave', 'Rd', 'Dr'])}, ${rng.pick(['1st', '2nd', '3rd'])} Fl`,
      `${rng.int(10, 3999)} Brighton ${ordinal(rng.int(1, 15))} St, Apt ${rng.int(1, 6)}${rng.pick(['A', 'B', 'R'])}`,
      `${rng.int(30, 219)}-${two(rng.int(1, 99))} ${rng.pick(['Roosevelt Ave', 'Hillside Ave', 'Northern Blvd', 'Jamaica Ave'])}`,
      `${rng.int(10, 999)} ${rng.pick(['Vanderbilt Ave', 'Victory Blvd', 'Richmond Terrace'])}`,
    ]),
  },
  {
    key: 'ak',
    roads: ['Chief Eddie Hoffman Hwy', 'Seward Hwy', 'Glenn Hwy', 'the Kuskokwim River ice road'],
    offices: ['State Hwy', 'Chief Eddie Hoffman Hwy', 'Airport Way', 'Tudor Rd', 'Front St'],
    groups: [['alaska', 7], ['word', 2], ['filipino', 1], ['russian', 0.3]],
    towns: [t('Bethel', 'AK', '99559', 'Bethel Census Area'), t('Kotzebue', 'AK', '99752', 'Northwest Arctic Borough'),
      t('Nome', 'AK', '99762', 'Nome Census Area'), t('Dillingham', 'AK', '99576', 'Dillingham Census Area'),
      t('Utqiagvik', 'AK', '99723', 'North Slope Borough'), t('Hooper Bay', 'AK', '99604', 'Kusilvak Census Area'),
      t('Toksook Bay', 'AK', '99637', 'Bethel Census Area'), t('Chevak', 'AK', '99563', 'Kusilvak Census Area'),
      t('Noatak', 'AK', '99761', 'Northwest Arctic Borough'), t('Point Hope', 'AK', '99766', 'North Slope Borough'),
      t('Quinhagak', 'AK', '99655', 'Bethel Census Area'), t('Eek', 'AK', '99578', 'Bethel Census Area'),
      t('Kodiak', 'AK', '99615', 'Kodiak Island Borough'), t('Chicken', 'AK', '99732', 'Southeast Fairbanks Census Area'),
      t('Unalakleet', 'AK', '99684', 'Nome Census Area'), t('Anchorage', 'AK', '99508', 'Municipality of Anchorage')],
    hospitals: [['Kuskokwim Bay Medical Center', 'KBMC'], ['Tundra Ridge Regional Hospital', 'Tundra Ridge'],
      ['Chugach Native Medical Center', 'CNMC'], ['Kobuk Sound Hospital', 'Kobuk Sound']],
    schools: ['Kuskokwim Heights Elementary', 'Ayaprun Immersion School', 'Tundra Ridge Middle School', 'Chukchi Bay High School'],
    churches: [['St. Sophia Russian Orthodox Church', 'Fr. '], ['Bethel Moravian Church', 'Pastor '], ['Kotzebue Friends Church', 'Pastor ']],
    employers: ['Kuskokwim Seafoods', 'Qaluyaaq Native Corporation', 'Yukon Fuel Co.', 'Tundra Air', 'the Red Dog mine', 'AC store'],
    street: (rng) => rng.pick([
      `PO Box ${rng.int(10, 2999)}`, `PO Box ${rng.int(10, 999)}`,
      `House ${rng.int(1, 420)}`,
      `${rng.int(100, 999)} ${rng.pick(['Ridgecrest Dr', 'Tundra Ave', 'Front St', 'Chief Eddie Hoffman Hwy', 'Third Ave', 'Seawall Rd'])}`,
      `${rng.int(1000, 9999)} ${rng.pick(['Muldoon Rd', 'Boniface Pkwy', 'Northern Lights Blvd'])} #${rng.int(1, 40)}`,
    ]),
  },
  {
    key: 'pr',
    roads: ['PR-2', 'PR-52', 'PR-22', 'Carr. 181', 'PR-10'],
    offices: ['Ave. Muñoz Rivera', 'Calle Betances', 'Carr. 2 Km 11.7', 'Ave. Las Américas', 'Calle Dr. Veve'],
    groups: [['pr', 10], ['word', 0.5]],
    towns: [t('Bayamón', 'PR', '00956', ''), t('Caguas', 'PR', '00725', ''), t('Mayagüez', 'PR', '00680', ''), t('Ponce', 'PR', '00731', ''),
      t('Arecibo', 'PR', '00612', ''), t('Carolina', 'PR', '00983', ''), t('Humacao', 'PR', '00791', ''), t('Loíza', 'PR', '00772', ''),
      t('Vieques', 'PR', '00765', ''), t('Aguadilla', 'PR', '00603', ''), t('Cayey', 'PR', '00736', ''), t('Toa Baja', 'PR', '00949', ''),
      t('Florida', 'PR', '00650', ''), t('Hatillo', 'PR', '00659', ''), t('Utuado', 'PR', '00641', '')],
    hospitals: [['Hospital Divina Providencia', 'Divina Providencia'], ['Centro Médico del Oeste', 'CMO'],
      ['Hospital San Gerardo de Caguas', 'San Gerardo'], ['Hospital Perla del Sur', 'Perla del Sur'],
      ['Hospital Dr. Félix Tió Rosado', 'Tió Rosado']],
    schools: ['Escuela Segunda Unidad Barrio Quebrada', 'Colegio San Antonio Abad', 'Escuela Elemental Luis Muñiz Souffront',
      'Academia Santa Teresita'],
    churches: [['Parroquia Nuestra Señora de la Monserrate', 'Padre '], ['Iglesia Defensores de la Fe', 'Pastor '],
      ['Iglesia Bautista de Carolina', 'Rev. ']],
    employers: ['la farmacéutica en Barceloneta', 'Supermercados El Colmado', 'el Municipio de Bayamón', 'Café Hacienda Limón',
      'the Walgreens in Plaza Río Hondo'],
    street: (rng) => rng.pick([
      `Urb. ${rng.pick(['Villa Fontana', 'Las Lomas', 'Jardines de Caparra', 'Santa Juanita', 'Villa Carolina', 'Río Hondo II'])}, Calle ${rng.pick(['Ceiba', 'Flamboyán', String(rng.int(2, 40)), 'Orquídea', 'Almendro', 'Tulipán'])} ${rng.pick(['A', 'B', 'C', 'D', 'K'])}-${rng.int(1, 40)}`,
      `Bo. ${rng.pick(['Quebrada Arenas', 'Pueblo Nuevo', 'Jagüeyes', 'Sabana Seca'])}, Carr. ${rng.int(100, 999)} Km ${rng.int(1, 30)}.${rng.int(0, 9)}`,
      `Cond. ${rng.pick(['Torres del Parque', 'Parque de Loyola', 'Los Almendros Plaza'])} Apt ${rng.int(101, 1812)}`,
      `HC-0${rng.int(1, 5)} Box ${rng.int(10000, 19999)}`,
      `${rng.int(10, 999)} Calle ${rng.pick(['Luna', 'Sol', 'Victoria', 'Comercio'])}`,
    ]),
  },
  {
    key: 'border',
    roads: ['US-83', 'Military Hwy', 'FM 1015', 'I-69C', 'AZ-82', 'CA-98'],
    offices: ['N 10th St', 'E Nolana Ave', 'W Expressway 83', 'E Price Rd', 'N Grand Ave'],
    groups: [['mexican', 8], ['word', 2], ['filipino', 0.3]],
    towns: [t('Brownsville', 'TX', '78520', 'Cameron County'), t('McAllen', 'TX', '78501', 'Hidalgo County'),
      t('Edinburg', 'TX', '78539', 'Hidalgo County'), t('Del Rio', 'TX', '78840', 'Val Verde County'),
      t('Weslaco', 'TX', '78596', 'Hidalgo County'), t('Progreso', 'TX', '78579', 'Hidalgo County'),
      t('Hidalgo', 'TX', '78557', 'Hidalgo County'), t('Mission', 'TX', '78572', 'Hidalgo County'),
      t('Zapata', 'TX', '78076', 'Zapata County'), t('Presidio', 'TX', '79845', 'Presidio County'),
      t('Roma', 'TX', '78584', 'Starr County'), t('Nogales', 'AZ', '85621', 'Santa Cruz County'),
      t('Douglas', 'AZ', '85607', 'Cochise County'), t('San Luis', 'AZ', '85349', 'Yuma County'),
      t('Calexico', 'CA', '92231', 'Imperial County'), t('Imperial', 'CA', '92251', 'Imperial County')],
    hospitals: [['Rio Grande Valley Medical Center', 'RGVMC'], ['Santa Rosalía Regional Hospital', 'Santa Rosalía'],
      ['Valle del Sol Medical Center', 'Valle del Sol'], ['Sonoran Border Community Hospital', 'Sonoran Border'],
      ['Desert Palms Regional Hospital', 'Desert Palms']],
    schools: ['Benavides Elementary', 'Sam Houston Middle School', 'Escuela Primaria Cuauhtémoc', 'Nogales High School',
      'Our Lady of Guadalupe Catholic School'],
    churches: [['San Juan de los Lagos Parish', 'Padre '], ['Templo Bautista Emanuel', 'Pastor '], ['Sacred Heart Church', 'Fr. ']],
    employers: ['the onion shed in Progreso', 'H-E-B on Ed Carey', 'the maquila in Reynosa', 'Valley Citrus Packers',
      'Border Patrol', 'Mission Produce Co.'],
    street: (rng) => rng.pick([
      `${rng.int(100, 9999)} ${rng.pick(['Calle Amapola', 'E Nolana Ave', 'Military Hwy', 'Colonia Las Milpas Rd', 'N Border Ave', 'Calle Evangelina', 'FM 1015', 'S Bridge Ave'])}`,
      `${rng.int(1000, 9999)} Mile ${rng.int(2, 18)} ${rng.pick(['N', 'W', 'E'])} Rd`,
      `${rng.int(100, 999)} ${rng.pick(['E', 'W', 'N', 'S'])} ${rng.pick(['Elm', 'Sonora', 'Pancho Villa', 'Loma Linda'])} St, Apt ${rng.int(1, 30)}`,
      `PO Box ${rng.int(100, 9999)}`,
    ]),
  },
];

// ---------- institutions that are not tied to one region ----------

type RegionKey = 'south' | 'app' | 'nyc' | 'ak' | 'pr' | 'border';
type InstKind = 'uc' | 'pcp' | 'dental' | 'otp' | 'hospice' | 'dial' | 'snf' | 'pharm' | 'ems' | 'air' | 'funeral' | 'bh' | 'hh' | 'hearing' | 'eye'
  | 'vendor' | 'gene';

/** Clinics, agencies and businesses of each region. */
const LOCAL: Record<RegionKey, Record<InstKind, readonly string[]>> = {
  south: {
    uc: ['Bayou Urgent Care', 'Magnolia QuickCare'], pcp: ['Bayou Family Medicine', 'Teche Community Health Center'],
    dental: ['Smile Bayou Family Dentistry', 'Cypress Oral Surgery'], otp: ['Acadiana Treatment Center', 'Delta Recovery OTP'],
    hospice: ['Bayou Teche Hospice', 'Magnolia Grace Hospice'], dial: ['Gulf Breeze Dialysis', 'Black Belt Kidney Center'],
    snf: ['Cypress Pointe Rehab & Nursing', 'Evangeline Oaks Nursing Home'], pharm: ['Fontenot Drugs', "Thibodeaux's Family Pharmacy"],
    ems: ['Lafourche Ambulance District', 'Delta Regional EMS'], air: ['Bayou Air Rescue'],
    funeral: ['Broussard Funeral Home', 'Pettway & Sons Funeral Home'], bh: ['Bayou Behavioral Health', 'Hope Springs Counseling'],
    hh: ['Acadiana Home Health'], hearing: ['Bayou Hearing & Balance'], eye: ['Twin Rivers Vision Center'],
    vendor: ['Bayou Orthotics & Prosthetics'], gene: ['Acadiana Cancer Genetics Clinic'],
  },
  app: {
    uc: ['Bluegrass Walk-In', 'Crossroads Walk-In Clinic'], pcp: ['Laurel Fork Health Center', 'Mountain Comprehensive Care'],
    dental: ['Mountain Laurel Dental', 'Big Sandy Oral Surgery'], otp: ['Cumberland Gap Treatment Center', 'Second Chance OTP'],
    hospice: ['Mountain Heritage Hospice', 'Hospice of the Hollows'], dial: ['Kanawha Kidney Center', 'Troublesome Creek Dialysis'],
    snf: ['Laurel Ridge Health and Rehab', 'Willow Bend Skilled Care'], pharm: ['Hi Hat Pharmacy', 'Family Discount Drugs'],
    ems: ['Mountain Valley EMS', 'Big Sandy Rescue Squad'], air: ['Tri-State Care Flight'],
    funeral: ['Hall & Stidham Funeral Home', 'Lively-Moss Mortuary'], bh: ['Cumberland Mountain Mental Health', 'Hope Springs Counseling'],
    hh: ['Mountain Heritage Home Care'], hearing: ['Clear Tone Hearing Center'], eye: ['Clearview Eye Associates'],
    vendor: ['Tri-State O&P'], gene: ['Appalachian Hereditary Cancer Program'],
  },
  nyc: {
    uc: ['Kings Highway Urgent Care', 'FirstStop Urgent Care'], pcp: ['Concourse Family Practice', 'Ocean Parkway Medical PC'],
    dental: ['Astoria Oral & Maxillofacial Surgery', 'Golden Lotus Dental'], otp: ['New Beginnings Opioid Treatment Program', 'Harbor Bridge Methadone Clinic'],
    hospice: ['Borough Hospice & Palliative Care', 'Five Boroughs Home Hospice'], dial: ['Borough Park Dialysis', 'Concourse Kidney Center'],
    snf: ['Throgs Neck Nursing Pavilion', 'Ocean View Rehab & Nursing'], pharm: ['Chung Hing Pharmacy', 'Broadway Chemists', 'Farmacia El Amal'],
    ems: ['Bronx Volunteer Ambulance Corps', 'Kings Volunteer Ambulance'], air: ['Empire Air Medical'],
    funeral: ['Ortiz Memorial Chapels', 'Kwok Brothers Funeral Services'], bh: ['Bronx Bridges IOP', 'Astoria Counseling Collective'],
    hh: ['Five Boroughs Visiting Nurses'], hearing: ['Clear Tone Hearing Center'], eye: ['Northern Boulevard Eye Care'],
    vendor: ['Borough Brace & Limb'], gene: ['Borough Genetic Counseling Services'],
  },
  ak: {
    uc: ['Tundra Express Clinic', 'Midnight Sun Urgent Care'], pcp: ['Yukon Delta Community Clinic', 'Kotzebue Sound Family Clinic'],
    dental: ['Tundra Smiles Dental', 'Kuskokwim Dental Clinic'], otp: ['Northern Lights Recovery Services'],
    hospice: ['Northern Lights Hospice'], dial: ['Kuskokwim Dialysis Unit', 'Chugach Kidney Center'],
    snf: ['Kuskokwim Elders Home', 'Tundra Ridge Long-Term Care'], pharm: ['Bethel Native Pharmacy', 'Aurora Drug'],
    ems: ['Yukon-Kusko Ambulance Service', 'Nome Volunteer Ambulance'], air: ['Polar Star Medevac', 'Arctic Air Ambulance'],
    funeral: ['Northern Rest Mortuary'], bh: ['Tundra Wellness Center'], hh: ['Yukon Home Care'], hearing: ['Northern Hearing Services'],
    eye: ['Northern Eye Clinic'], vendor: ['Alaska Brace & Limb'], gene: ['Chugach Genetics Clinic'],
  },
  pr: {
    uc: ['Centro de Urgencias del Norte', 'Urgencias 24/7 Borinquen'], pcp: ['Centro de Salud Familiar Las Lomas', 'Clínica Familiar Río Hondo'],
    dental: ['Clínica Dental Sonrisas', 'Cirugía Oral del Este'], otp: ['Centro de Tratamiento Nuevo Amanecer', 'Camino Nuevo Recovery'],
    hospice: ['Hospicio Manos Unidas', 'Hospicio La Misericordia'], dial: ['Centro Renal del Norte', 'Centro de Diálisis Borinquen'],
    snf: ['Hogar Santa Teresita', 'Égida Los Almendros'], pharm: ['Farmacia San José', 'Farmacia Caridad'],
    ems: ['Servicio de Ambulancias Borinquen', 'Ambulancias del Este'], air: ['AeroMed del Caribe'],
    funeral: ['Funeraria La Piedad', 'Funeraria Ortiz'], bh: ['Salud Mental Integrada', 'Centro de Consejería Esperanza'],
    hh: ['Cuidado en Casa PR'], hearing: ['Oído Claro Audiología'], eye: ['Óptica Borinquen'], vendor: ['Ortopedia del Caribe'],
    gene: ['Programa de Genética del Caribe'],
  },
  border: {
    uc: ['Centro de Urgencias del Valle', 'QuickMed Urgent Care'], pcp: ['Valley Primary Care Associates', 'Clínica Amistad'],
    dental: ['Valley Oral Surgery Associates', 'Sonrisas Dental Group'], otp: ['Camino Nuevo Recovery', 'Rio Valley OTP'],
    hospice: ['Caring Hands Hospice of the Valley', 'Hospice del Sol'], dial: ['Kidney Care of the Valley', 'Sonoran Dialysis'],
    snf: ['Casa de Paz Nursing Center', 'Mission Oaks Rehab'], pharm: ['Farmacia San José', 'Valley Discount Drugs'],
    ems: ['Rio Valley EMS', 'Frontera Ambulance'], air: ['Desert Wings Air Medical'],
    funeral: ['Funeraria del Valle', 'Treviño Memorial Chapel'], bh: ['Salud Mental Integrada', 'Valley Hope Counseling'],
    hh: ['Valley Home Health'], hearing: ['Oído Claro Audiología'], eye: ['Clearview Eye Associates'], vendor: ['Ortopedia del Valle'],
    gene: ['Valley Genomic Medicine Clinic'],
  },
};
const GENE_LABS = ['Gulf Coast Molecular Diagnostics', 'Tri-State Genomics Laboratory', 'Helix Point Genetics', 'Northway Hereditary Testing'];
const UNITS = ['5 Tower', 'Med-Surg 3', 'Stepdown 4B', 'Cardiac 6', 'West 2', 'Ortho 7', 'Maternal-Child 2', 'Pavilion C', '3 Ellis',
  'Gold Pod', 'Ward 9'];

const PROFESSIONS = ['shrimper', 'crawfish farmer', 'offshore roustabout', 'roof bolter', 'strip-mine dozer operator', 'MTA bus operator',
  'home attendant', 'bodega owner', 'dollar-van driver', 'nail technician', 'deli counterman', 'yellow-cab driver',
  'commercial fisherman', 'community health aide', 'snow machine mechanic', 'school cook', 'Border Patrol agent',
  'produce packer', 'onion field worker', "teacher's aide", 'pharmacy tech', "sheriff's deputy", 'Pentecostal preacher',
  'cane truck driver', 'tugboat deckhand', 'seamstress', 'halal butcher', 'building super', 'hospice aide', 'welder'];

const MAIL_HOSTS = ['gmail.com', 'yahoo.com', 'bellsouth.net', 'hotmail.com', 'gci.net', 'optonline.net', 'live.com', 'prtc.net', 'icloud.com'];
const AGE_WORDS = ['ninety', 'ninety-one', 'ninety-two', 'ninety-three', 'ninety-four', 'ninety-five', 'ninety-six', 'ninety-seven',
  'ninety-eight', 'ninety-nine', 'one hundred'];
const HOLIDAYS = ['Mardi Gras', 'Thanksgiving', 'Christmas Eve', 'Three Kings Day', 'Día de Reyes', 'Rosh Hashanah', 'Easter Sunday',
  "New Year's", 'the Fourth', 'Memorial Day', 'Eid', 'Orthodox Christmas', 'Día de los Muertos', 'Halloween'];

interface KinKind { word: string; short: string; female: boolean; spouse?: boolean }
const KIN: readonly KinKind[] = [
  { word: 'wife', short: 'wife', female: true, spouse: true }, { word: 'husband', short: 'husb', female: false, spouse: true },
  { word: 'daughter', short: 'dtr', female: true }, { word: 'son', short: 'son', female: false },
  { word: 'sister', short: 'sis', female: true }, { word: 'brother', short: 'bro', female: false },
  { word: 'grandmother', short: 'Mamaw', female: true }, { word: 'grandfather', short: 'Papaw', female: false },
  { word: 'godmother', short: 'Nannan', female: true }, { word: 'godfather', short: 'Parrain', female: false },
  { word: 'granddaughter', short: 'GD', female: true }, { word: 'grandson', short: 'GS', female: false },
  { word: 'niece', short: 'niece', female: true }, { word: 'nephew', short: 'nephew', female: false },
  { word: 'aunt', short: 'Tía', female: true }, { word: 'common-law wife', short: 'CLW', female: true, spouse: true },
  { word: 'fiancé', short: 'fiancé', female: false, spouse: true }, { word: 'stepmother', short: 'stepmom', female: true },
];

// ---------- people and the cast of one note ----------

interface Person { first: string; last: string; /** paternal surname for two-surname names, else `last` */ last1: string; middle: string; nick: string; female: boolean; group: Group }
interface Kin { person: Person; word: string; short: string }

interface Cast {
  region: Region;
  patient: Person;
  elderly: boolean;
  ageValue: number;
  family: Kin[];
  /** A school-age child (school nurse, audiology) with a parent, and a newborn's parents and sibling. */
  child: Person;
  childAge: number;
  parent: Kin;
  mom: Person;
  momAge: number;
  dad: Person;
  babyFirst: string;
  sib: Person;
  doctors: Person[];
  nurses: Person[];
  staff: Person[];
  /** Other members of a therapy group. */
  group: Person[];
  /** Pedigree relatives: mother, father, maternal aunt, maternal grandfather, sister, brother; and two children. */
  pedigree: Person[];
  kids: Person[];
  /** sponsor, probation officer, neighbour, teacher, caseworker, interpreter, pastor */
  extras: Person[];
  hospital: readonly [string, string];
  otherHospital: string;
  town: Town;
  otherTown: Town;
  street: string;
  /** Where the patient physically lives (no PO box), for scenes. */
  physStreet: string;
  zip: string;
  /** Birthplace abroad (of the patient's community, else of an immigrant community). */
  abroad: readonly [string, string, string];
  profession: string;
  mrn: string;
  visit: DateParts;
  noteDate: (d: DateParts) => string;
  picks: Record<string, string>;
}

const casts = new WeakMap<NoteContext, Cast>();

function surnameOf(rng: Random, group: Group): [string, string] {
  const pool = COMMUNITIES[group].surnames;
  const a = rng.pick(pool);
  if (group === 'pr' || (group === 'mexican' && rng.chance(0.3))) {
    let b = rng.pick(pool);
    if (b === a) b = rng.pick(pool);
    if (b !== a && rng.chance(0.75)) return [rng.chance(0.8) ? `${a} ${b}` : `${a}-${b}`, a];
  }
  return [a, a];
}

/** First names already given to someone in the note being cast, so two people of one note never share one. */
let namesInUse: Set<string> | undefined;

function makePerson(rng: Random, group: Group, female = rng.chance(0.5)): Person {
  const community = COMMUNITIES[group];
  const [last, last1] = surnameOf(rng, group);
  let first = rng.pick(female ? community.women : community.men);
  for (let tries = 0; tries < 30 && namesInUse?.has(first); tries++) first = rng.pick(female ? community.women : community.men);
  namesInUse?.add(first);
  return { first, last, last1, middle: rng.letters(1), nick: rng.pick(female ? NICKNAMES_F : NICKNAMES_M), female, group };
}

function localPerson(rng: Random, region: Region, female = rng.chance(0.5)): Person {
  return makePerson(rng, rng.chance(0.8) ? rng.weighted(region.groups) : rng.pick(ALL_GROUPS), female);
}

function anyPerson(rng: Random, female = rng.chance(0.5)): Person {
  return makePerson(rng, rng.pick(ALL_GROUPS), female);
}

function relativeOf(rng: Random, of: Person, kind: KinKind): Kin {
  const person = makePerson(rng, rng.chance(0.85) ? of.group : rng.pick(ALL_GROUPS), kind.female);
  if (!kind.spouse || rng.chance(0.5)) {
    if (rng.chance(0.6)) {
      person.last = of.last;
      person.last1 = of.last1;
    }
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
  const elderly = rng.chance(0.35);
  const ageValue = elderly ? rng.int(90, 103) : rng.int(21, 88);
  const fitting = KIN.filter((k) => (ageValue >= 50 || !/^grand(daughter|son)$/.test(k.word)) && (ageValue <= 55 || !/^(grandmother|grandfather|stepmother)$/.test(k.word)) && (ageValue <= 75 || !/^(godmother|godfather|aunt)$/.test(k.word)));
  const family: Kin[] = [];
  while (family.length < 3) {
    const spouseTaken = family.some((k) => KIN.find((kind) => kind.word === k.word)?.spouse);
    const kind = rng.pick(fitting.filter((k) => !family.some((f) => f.word === k.word) && !(spouseTaken && k.spouse)));
    family.push(relativeOf(rng, patient, kind));
  }
  // the patient's own relatives are named before anyone else, so they never have to share a first name
  const pedigree = [true, false, true, false, true, false].map((female, i) => {
    const person = makePerson(rng, patient.group, female);
    if (i === 1 || i >= 4) return { ...person, last: patient.last, last1: patient.last1 };
    return person;
  });
  const kids = [makePerson(rng, patient.group), makePerson(rng, patient.group)].map((kid) => ({ ...kid, last: patient.last, last1: patient.last1 }));
  const child = localPerson(rng, region);
  const parentKind = rng.pick(KIN.filter((k) => ['grandmother', 'aunt', 'stepmother'].includes(k.word)).concat([
    { word: 'mother', short: 'mom', female: true }, { word: 'mother', short: 'mom', female: true }, { word: 'father', short: 'dad', female: false }]));
  const parent = relativeOf(rng, child, parentKind);
  if (parentKind.word === 'mother' || parentKind.word === 'father') {
    parent.person.last = child.last;
    parent.person.last1 = child.last1;
  }
  const mom = localPerson(rng, region, true);
  const dad = makePerson(rng, rng.chance(0.8) ? mom.group : rng.weighted(region.groups), false);
  if (rng.chance(0.5)) {
    dad.last = mom.last;
    dad.last1 = mom.last1;
  }
  const sib = { ...makePerson(rng, mom.group), last: mom.last, last1: mom.last1 };
  const town = rng.pick(region.towns);
  let otherTown = rng.pick(region.towns);
  if (otherTown.town === town.town) otherTown = rng.pick(region.towns);
  const hospital = rng.pick(region.hospitals);
  let otherHospital = rng.pick(region.hospitals)[0];
  if (otherHospital === hospital[0]) otherHospital = rng.pick(REGIONS.filter((r) => r.key !== region.key)).hospitals[0][0];
  const abroad = COMMUNITIES[patient.group].abroad;
  const cast: Cast = {
    region,
    patient,
    elderly,
    ageValue,
    family,
    child,
    childAge: rng.int(4, 16),
    parent,
    mom,
    momAge: rng.int(15, 43),
    dad,
    babyFirst: rng.pick(['Ace', 'King', 'Star', 'Sky', 'Lucky', 'Precious', 'Journey', 'Legend', 'Messiah', 'Nevaeh', 'Kingston', 'Remy', 'June', 'Ayaprun', 'Yadiel', 'Dawit']),
    sib,
    doctors: [anyPerson(rng), anyPerson(rng), anyPerson(rng)],
    nurses: [localPerson(rng, region, rng.chance(0.8)), localPerson(rng, region, rng.chance(0.75)), anyPerson(rng, rng.chance(0.7))],
    staff: [localPerson(rng, region), anyPerson(rng), localPerson(rng, region), anyPerson(rng)],
    group: [localPerson(rng, region), localPerson(rng, region), anyPerson(rng), localPerson(rng, region), anyPerson(rng)],
    pedigree,
    kids,
    extras: [localPerson(rng, region, true), ...Array.from({ length: 6 }, () => localPerson(rng, region))],
    hospital,
    otherHospital,
    town,
    otherTown,
    street: region.street(rng),
    physStreet: physicalStreet(rng, region),
    zip: rng.chance(0.85) ? town.zip : `${town.zip}-${rng.digits(4)}`,
    abroad: rng.pick(abroad ?? COMMUNITIES[rng.pick(['mexican', 'jamaican', 'filipino', 'ethiopian', 'bangla'] as Group[])].abroad!),
    profession: rng.pick(PROFESSIONS),
    mrn: recordNumber(rng),
    visit: { year: rng.int(2019, 2025), month: rng.int(1, 12), day: rng.int(1, 28) },
    noteDate: rng.pick(region.key === 'pr' || region.key === 'border' ? [...NOTE_DATES, ...SPANISH_DATES] : NOTE_DATES),
    picks: {},
  };
  // institutions are drawn lazily, on first use, from their lists (see `inst`)
  namesInUse = undefined;
  casts.set(c, cast);
  return cast;
}

function physicalStreet(rng: Random, region: Region): string {
  let street = region.street(rng);
  for (let tries = 0; tries < 8 && /^(PO Box|HC|RR)\b/.test(street); tries++) street = region.street(rng);
  return street;
}

/** One institution of a kind per note, from the note's region, so a note repeating it agrees with itself. */
function local(c: NoteContext, kind: InstKind): string {
  return inst(c, kind, LOCAL[castOf(c).region.key][kind]);
}

/** One institution per list per note, so a note repeating it agrees with itself. */
function inst(c: NoteContext, key: string, list: readonly string[]): string {
  const cast = castOf(c);
  if (!(key in cast.picks)) cast.picks[key] = c.rng.pick(list);
  return cast.picks[key];
}

// ---------- value shapes ----------

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** The shape a note's header and charted dates take. */
const NOTE_DATES: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}/${d.year}`,
  (d) => `${two(d.month)}/${two(d.day)}/${yy(d)}`,
  (d) => `${d.day}-${mon(d)}-${yy(d)}`,
  (d) => `${month(d)} ${ordinal(d.day)}, ${d.year}`,
  (d) => `${two(d.day)}/${mon(d)}/${d.year}`,
  (d) => `${d.year}.${two(d.month)}.${two(d.day)}`,
  (d) => `${two(d.day)} ${mon(d).toUpperCase()} ${d.year}`,
  (d) => `${d.month}-${d.day}-${yy(d)}`,
  (d) => `${dayName(d).slice(0, 3)}, ${two(d.month)}/${two(d.day)}/${d.year}`,
  (d) => `${mon(d)} ${two(d.day)} ${d.year}`,
  (d) => `${two(d.month)}/${two(d.day)}/${d.year}`,
];
const SPANISH_DATES: readonly ((d: DateParts) => string)[] = [
  (d) => `${d.day} de ${MESES[d.month - 1]} de ${d.year}`,
  (d) => `${two(d.day)}/${MESES[d.month - 1].slice(0, 3)}/${d.year}`,
  (d) => `${two(d.day)}/${two(d.month)}/${d.year}`,
];
/** Dates as typed in passing. */
const LOOSE_DATES: readonly ((d: DateParts) => string)[] = [
  (d) => `${SHORT_DAY[dayName(d)]} ${d.month}/${d.day}`,
  (d) => `${d.month}/${d.day}`,
  (d) => `${d.day}-${mon(d)}`,
  (d) => `${month(d).toUpperCase()} ${ordinal(d.day).toUpperCase()}`,
  (d) => `${month(d)} ${ordinal(d.day)}`,
  (d) => `${d.month}/${d.day}/${yy(d)}`,
  (d) => `${mon(d)}. ${d.day}`,
  (d) => `${d.day} ${month(d)}`,
  (d) => `${dayName(d)} ${d.month}/${d.day}`,
  (d) => `${two(d.month)}/${two(d.day)}`,
  (d) => `${mon(d)} ${ordinal(d.day)}`,
];

function clock(rng: Random): string {
  const h = rng.int(0, 23);
  const m = rng.pick([0, 2, 10, 15, 18, 25, 30, 41, 45, 52]);
  return rng.pick([`${two(h)}${two(m)}`, `${two(h)}${two(m)}`, `${two(h)}:${two(m)}`, `${((h + 11) % 12) + 1}:${two(m)}${h < 12 ? 'a' : 'p'}`,
    `${((h + 11) % 12) + 1}:${two(m)} ${h < 12 ? 'AM' : 'PM'}`, `${two(h)}${two(m)} hrs`]);
}

function recordNumber(rng: Random): string {
  return rng.pick([
    `${rng.letters(1)}-${rng.digits(6)}`,
    `000${rng.digits(7)}`,
    `${rng.digits(2)}.${rng.digits(3)}.${rng.digits(3)}`,
    `${rng.digits(6)}/${rng.digits(2)}`,
    `H${rng.digits(9)}`,
    `${rng.int(1, 9)}${rng.digits(5)}`,
    `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`,
    `${rng.letters(3)}${rng.digits(5)}`,
  ]);
}

function phoneIn(rng: Random, st: string): string {
  const area = rng.pick(AREA_CODES[st] ?? ['606']);
  const mid = `${rng.int(2, 9)}${rng.digits(2)}`;
  const end = rng.digits(4);
  return rng.pick([
    `(${area}) ${mid}-${end}`, `${area}-${mid}-${end}`, `(${area})-${mid}-${end}`, `${area} ${mid} ${end}`, `${mid}-${end}`,
    `${area}.${mid}.${end}`, `1.${area}.${mid}.${end}`, `+1 (${area}) ${mid}-${end}`, `(${area})${mid}${end}`, `${area}/${mid}-${end}`,
    `${area}-${mid}${end}`,
  ]);
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
}

function mailFor(rng: Random, p: Person): string {
  const f = ascii(p.first);
  const l = ascii(p.last1);
  return `${rng.pick([`${f}${l}${rng.int(1, 99)}`, `${f}.${l}`, `${f[0]}${l}${rng.int(60, 99)}`, `${l}_${f}`, `${f}${rng.pick(['bayougirl', 'coalminer', 'boricua', 'ak', 'nyc', 'rgv'])}${rng.int(1, 9)}`])}@${rng.pick(MAIL_HOSTS)}`;
}

// ---------- fragment helpers ----------

type NameKind = 'PATIENT' | 'DOCTOR' | 'RELATIVE' | 'NAME';
type PlaceKind = 'HOSPITAL' | 'ORGANIZATION' | 'DEPARTMENT' | 'ROOM' | 'STREET' | 'CITY' | 'STATE' | 'COUNTRY' | 'ZIP' | 'LOCATION';
type IdKind = 'MRN' | 'ACCOUNT' | 'HEALTH_PLAN' | 'LICENSE' | 'DEVICE' | 'ID' | 'SSN' | 'VEHICLE';
const nm = (text: string, kind: NameKind) => phi(text, 'NAME', kind);
const dt = (text: string) => phi(text, 'DATE', 'DATE');
const pl = (text: string, kind: PlaceKind) => phi(text, 'LOCATION', kind);
const id = (text: string, kind: IdKind) => phi(text, 'ID', kind);

/** A span the scorer ignores either way: a lone weekday or 'last Thursday' is no date element. */
function other(text: string): PhiPiece {
  return { phi: text, category: 'OTHER' as PhiPiece['category'], subtype: undefined as unknown as PhiPiece['subtype'] };
}

function fullForms(rng: Random, p: Person, kind: NameKind): Fragment {
  return rng.pick<Fragment>([
    nm(`${p.first} ${p.last}`, kind),
    nm(`${p.first} ${p.last}`, kind),
    nm(`${p.first} ${p.middle}. ${p.last}`, kind),
    nm(`${p.last}, ${p.first}`, kind),
    [nm(`${p.first} ${p.last}`, kind), ' ("', nm(p.nick, kind), '")'],
    [nm(p.first, kind), ' "', nm(p.nick, kind), '" ', nm(p.last, kind)],
  ]);
}

function headerName(rng: Random, p: Person): Fragment {
  return nm(rng.pick([`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, `${p.last}, ${p.first} ${p.middle}`, `${p.last.toUpperCase()},${p.first.toUpperCase()} ${p.middle}`,
    `${p.last}, ${p.first}`, `${p.first} ${p.middle} ${p.last}`]), 'PATIENT');
}

function titled(rng: Random, p: Person): Fragment {
  const spanish = p.group === 'pr' || p.group === 'mexican';
  const title = p.female ? rng.pick(spanish ? ['Sra. ', 'Ms. ', 'Mrs. '] : ['Ms. ', 'Mrs. ', 'Miss ', 'Ms ']) : rng.pick(spanish ? ['Sr. ', 'Mr. ', 'Don '] : ['Mr. ', 'Mr ']);
  return [title, nm(p.last1, 'PATIENT')];
}

function physician(rng: Random, p: Person): Fragment {
  return rng.pick<Fragment>([
    ['Dr. ', nm(p.last1, 'DOCTOR')],
    ['Dr ', nm(p.last1, 'DOCTOR')],
    ['Dr. ', nm(`${p.first} ${p.last}`, 'DOCTOR')],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ', MD'],
    [nm(`${p.first[0]}. ${p.last}`, 'DOCTOR'), ', DO'],
    ['Dr.', nm(p.last1, 'DOCTOR')],
    [nm(`${p.last}, ${p.first[0]}.`, 'DOCTOR'), ' MD'],
    ['Dra. ', nm(p.last1, 'DOCTOR')],
  ].filter((form, i) => i !== 7 || p.female));
}

function signature(rng: Random, p: Person, credential: string): Fragment {
  return rng.pick<Fragment>([
    [nm(`${p.first} ${p.middle}. ${p.last}`, 'DOCTOR'), `, ${credential}`],
    ['Electronically signed by ', nm(`${p.first} ${p.last}`, 'DOCTOR'), `, ${credential}`],
    ['/es/ ', nm(`${p.last}, ${p.first}`, 'DOCTOR'), ` ${credential}`],
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), ` ${credential}`],
    ['Signed: ', nm(`${p.first[0]}. ${p.last}`, 'DOCTOR'), `, ${credential}`],
  ]);
}

function staffName(rng: Random, p: Person, credential: string): Fragment {
  return rng.pick<Fragment>([
    [nm(`${p.first} ${p.last}`, 'DOCTOR'), `, ${credential}`],
    [nm(`${p.first} ${p.last[0]}.`, 'DOCTOR'), ` ${credential}`],
    [`${credential.split(',')[0]} `, nm(p.first, 'DOCTOR')],
    [nm(`${p.first[0]}${p.last[0]}`, 'DOCTOR'), `/${credential.split(',')[0]}`],
    [nm(`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, 'DOCTOR'), ` (${credential})`],
    [nm(p.first, 'DOCTOR'), `, ${credential}`],
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

function ordinaryAge(rng: Random, n: number): Fragment {
  return [phi(String(n), 'AGE', 'AGE', true), rng.pick([' y/o', 'yo', ' yo', '-year-old', ' year old', ' YO', ' yrs', 'y', ' y.o.'])];
}

function oldAge(rng: Random, n: number): Fragment {
  if (n <= 100 && rng.chance(0.2)) return [phi(AGE_WORDS[n - 90], 'AGE', 'AGE_OVER_89'), rng.pick(['-year-old', ' years old', ' years of age'])];
  return [phi(String(n), 'AGE', 'AGE_OVER_89'), rng.pick([' y/o', 'yo', ' yo', '-year-old', ' YO', ' yrs', ' years of age', ' y.o.'])];
}

function anyAge(rng: Random, n: number): Fragment {
  return n > 89 ? oldAge(rng, n) : ordinaryAge(rng, n);
}

function ageWithSex(rng: Random, n: number, female: boolean): Fragment {
  const piece = n > 89 ? phi(String(n), 'AGE', 'AGE_OVER_89') : phi(String(n), 'AGE', 'AGE', true);
  return [piece, rng.pick(female ? ['F', ' F', 'yoF', ' yo F', ' y/o female', 'YOF', ' yo woman'] : ['M', ' M', 'yoM', ' yo M', ' y/o male', 'YOM', ' yo man'])];
}

const around = (c: NoteContext, from: number, to: number) => addDays(castOf(c).visit, c.rng.int(from, to));

// ---------- filler that must stay unflagged ----------

const TRAPS = [
  'Head: NCAT', 'Heart: RRR, no murmur', 'Lungs: CTAB', 'Foot exam: monofilament intact bilat', 'hand hygiene performed',
  'short of breath with one flight of stairs', 'small bowel obstruction ruled out', 'a little better today', 'best practice advisory reviewed',
  'sharp pain L flank', '4 mm kidney stone on CT', 'blood bank notified', 'abdominal wall soft', 'chest wall tender to palpation',
  'rusty sputum', 'Ace wrap applied', 'ACE inhibitor held for AKI', 'Duke criteria not met', "Buck's traction removed",
  'sickle cell trait', 'Hill-Sachs lesion on XR', 'Wolff-Parkinson-White on prior ECG', 'swan-neck deformity R 3rd finger',
  "bird fancier's lung ruled out", 'lucky - no fracture', 'ginger ale for nausea', 'star-shaped abrasion R knee', 'penny-sized ulcer, clean base',
  'hope is to get home', 'dawn phenomenon on CGM', 'affect bright, lively', 'justice-involved, on probation', 'no active bleeding',
  'active bowel sounds x4', 'charley horse in calves at night', 'practices Islam, fasting discussed', 'Campbell de Morgan spots on trunk',
  'tripping hazards removed from home', 'hx chicken pox as a child', 'Vietnam War veteran', 'Denver shunt removed years ago',
  'head of bed 30 degrees', 'L foot drop, AFO in place', 'hand-foot syndrome from capecitabine', 'bone scan negative',
  'heart failure clinic to follow', 'pain 6/10, aching', 'Norco 5/325 1 tab q6h PRN', 'Braden 15', 'Morse fall score 45', 'GCS 15',
  'Wells score 1', 'pt mounts the exam table without help', 'smart pump library updated', 'wise to avoid NSAIDs with CKD',
];
const MEDS = ['methadone 95 mg daily', 'buprenorphine-naloxone 8/2 mg SL BID', 'sevelamer 800 mg TID with meals', 'calcitriol 0.25 mcg daily',
  'amlodipine 10 mg daily', 'Jardiance 10 mg daily', 'metformin ER 500 mg BID', 'insulin glargine 30 units qHS', 'Eliquis 5 mg BID',
  'Keflex 500 mg QID', 'Augmentin 875 mg BID', 'ibuprofen 600 mg q6h PRN', 'Roxanol 5 mg SL q2h PRN', 'lorazepam 0.5 mg SL q4h PRN',
  'haloperidol 0.5 mg PO q4h PRN agitation', 'Levsin 0.125 mg SL q4h PRN secretions', 'Ozempic 0.5 mg weekly', 'albuterol HFA 2 puffs q4h PRN',
  'Flovent 110 mcg 2 puffs BID', 'Vivitrol 380 mg IM monthly', 'clonidine 0.1 mg PRN', 'carvedilol 12.5 mg BID', 'Lasix 40 mg BID',
  'Entresto 49/51 mg BID', 'spironolactone 25 mg', 'allopurinol 100 mg', 'tamsulosin 0.4 mg qHS'];
const VITALS = [
  (r: Random) => `BP ${r.int(88, 184)}/${r.int(46, 104)}, P ${r.int(52, 128)}, R ${r.int(12, 30)}, T ${(97 + r.next() * 5).toFixed(1)}, SpO2 ${r.int(86, 100)}% ${r.pick(['RA', '2L NC', 'on 4L'])}`,
  (r: Random) => `T ${(36.1 + r.next() * 3).toFixed(1)}C HR ${r.int(52, 128)} BP ${r.int(88, 184)}/${r.int(46, 104)} RR ${r.int(12, 30)} O2 ${r.int(86, 100)}%`,
  (r: Random) => `V/S ${r.int(88, 184)}/${r.int(46, 104)} - ${r.int(52, 128)} - ${r.int(12, 30)} - ${(97 + r.next() * 5).toFixed(1)} - ${r.int(86, 100)}%`,
  (r: Random) => `BP ${r.int(88, 184)}/${r.int(46, 104)} HR ${r.int(52, 128)} SpO2 ${r.int(86, 100)}% Wt ${r.int(48, 140)}.${r.int(0, 9)} kg`,
];
const LABS = [
  (r: Random) => `Na ${r.int(118, 146)} K ${(3 + r.next() * 3).toFixed(1)} BUN ${r.int(8, 110)} Cr ${(0.6 + r.next() * 6).toFixed(1)} Glu ${r.int(58, 420)}`,
  (r: Random) => `WBC ${(2.5 + r.next() * 18).toFixed(1)} Hgb ${(6.8 + r.next() * 8).toFixed(1)} Plt ${r.int(40, 460)}`,
  (r: Random) => `A1c ${(5.4 + r.next() * 6).toFixed(1)}%, LDL ${r.int(48, 190)}, eGFR ${r.int(8, 99)}`,
  (r: Random) => `INR ${(0.9 + r.next() * 3).toFixed(1)}, lactate ${(0.7 + r.next() * 4).toFixed(1)}, trop ${r.pick(['<0.01', '0.03', '0.46', '2.1'])}`,
  (r: Random) => `Ca ${(7.8 + r.next() * 3).toFixed(1)} Phos ${(2.5 + r.next() * 5).toFixed(1)} Alb ${(2.4 + r.next() * 2).toFixed(1)} PTH ${r.int(80, 900)}`,
];
const ANCESTRY: Record<Group, string> = {
  word: 'Scots-Irish and English', south: 'African American', cajun: 'Acadian (Cajun) French', app: 'Scots-Irish (Appalachian)',
  pr: 'Puerto Rican / Dominican', chinese: 'Southern Chinese', bangla: 'Bengali', jamaican: 'Afro-Caribbean (Jamaican)',
  russian: 'Ashkenazi Jewish', italian: 'Southern Italian', greek: 'Greek', filipino: 'Filipino', ethiopian: 'Ethiopian (Amhara)',
  nigerian: 'Nigerian (Igbo/Yoruba)', alaska: "Alaska Native (Yup'ik/Inupiaq)", mexican: 'Mexican',
};
const DOGS = ['Duke', 'King', 'Lucky', 'Rusty', 'Buck', 'Ginger', 'Penny', 'Star', 'Ace', 'Precious'];
const GRADES = ['K', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th'];

// ---------- slots ----------

const cast = castOf;
const pt = (c: NoteContext) => cast(c).patient;
const kin = (c: NoteContext, i: number) => cast(c).family[i];
const homeSt = (c: NoteContext) => cast(c).town.st;
const tel = (c: NoteContext, st = homeSt(c)) => phi(phoneIn(c.rng, st), 'CONTACT', 'PHONE');
const looseDate = (c: NoteContext, from: number, to: number) => dt(c.rng.pick(LOOSE_DATES)(around(c, from, to)));
const hostOf = (c: NoteContext) => ascii(cast(c).hospital[1]).slice(0, 12) || 'health';

function userFor(rng: Random, p: Person): string {
  const f = ascii(p.first);
  const l = ascii(p.last1);
  return rng.pick([`${f[0]}${l}${rng.int(1, 9)}`, `${l.toUpperCase().slice(0, 7)}${f[0].toUpperCase()}`, `${f}.${l}`, `${l}${f[0]}${rng.int(10, 99)}`]);
}

function babyName(rng: Random, k: Cast): string {
  const last = k.mom.last;
  return rng.pick([`Baby Boy ${last}`, `Baby Girl ${last}`, `${last}, Boy A`, `${last}, BG`, `BB ${last}`, `${k.babyFirst} ${last}`, `${last}, ${k.babyFirst}`]);
}

function medicaidFor(rng: Random, st: string): string {
  switch (st) {
    case 'NY': return `${rng.letters(2)}${rng.digits(5)}${rng.letters(1)}`;
    case 'LA': return rng.digits(13);
    case 'PR': return `${rng.digits(9)}-0${rng.int(1, 9)}`;
    case 'TX': return rng.digits(9);
    case 'AK': return rng.digits(10);
    default: return `${rng.digits(10)}`;
  }
}

function mbi(rng: Random): string {
  const a = 'ACDEFGHJKMNPQRTUVWXY';
  const an = a + '0123456789';
  const raw = `${rng.int(1, 9)}${rng.letters(1, a)}${rng.letters(1, an)}${rng.int(0, 9)}${rng.letters(1, a)}${rng.letters(1, an)}${rng.int(0, 9)}${rng.letters(2, a)}${rng.digits(2)}`;
  return rng.chance(0.6) ? raw : `${raw.slice(0, 4)} ${raw.slice(4, 7)} ${raw.slice(7)}`;
}


/** Expands the `{slot}`s of a scenario written inside a slot, for passages that depend on the patient's sex. */
function T(c: NoteContext, text: string): Fragment {
  return text.split(/(\{\w+\})/).filter((part) => part !== '').map((part) => {
    if (!/^\{\w+\}$/.test(part)) return part;
    const slot = DEV6_SLOTS[part.slice(1, -1)];
    if (!slot) throw new Error(`unknown slot ${part} in a dev6 scenario`);
    return slot(c);
  });
}

const UC_CASES = [
  'CC: dog bite R hand. HPI: {pf} was bitten {lastwk} by the neighbor\'s dog ("{dog}") while feeding it; owner {nb_full} says the dog is up to date on rabies.\nExam: {vitals}. Two puncture wounds dorsal R hand, no tendon involvement, cap refill <2 s. {trap}.\nPlan: irrigated, left open. Tdap given (lot {lot}). Augmentin 875 BID x5 days. Animal control report #{case} filed with {county}. Return if red streaking.',
  'CC: laceration L index finger from a fillet knife at work ({employer}) this AM. Workers comp claim #{claim}; supervisor {boss} drove pt in.\nExam: {vitals}. 2.5 cm laceration, clean edges, FDP/FDS intact. {trap}.\nPlan: irrigated 500 mL NS, 4-0 nylon x5. Tdap up to date. Light duty through {dl_next}; suture removal in 10 days.',
  'CC: cough x5 days, rusty sputum, subjective fevers. Sick contacts: {k1} had "the flu" after {holiday}. Works as {a_prof}.\nExam: {vitals}. Crackles R base. CXR: RLL infiltrate. {trap}.\nPlan: Augmentin 875 mg BID + azithromycin x5 days. F/u with PCP {md2} at {pcp} in 3-5 days.',
  'CC: R ankle inversion injury playing softball {dl_prev}; heard a pop.\nExam: {vitals}. R lateral malleolus TTP, swelling. Ottawa ankle rules positive. XR R ankle 3 views: no fx on prelim read, final by {md3}. {trap}.\nPlan: Ace wrap, crutches, RICE, ibuprofen 600 mg q6h. Work note for {employer} through {dl_next}.',
  'CC: "my ear is killing me." L otalgia x2 days after swimming in the creek. Hx chicken pox as a child.\nExam: {vitals}. L canal edematous with debris; TM intact. Rapid strep neg. {trap}.\nPlan: ciprofloxacin-dexamethasone otic drops BID x7 days, keep ear dry. Rx sent to {pharm} ({ph2}).',
];
const DENTAL_CASES = [
  'CC: "tooth is killing me" LR x1 wk. Clinical: #30 grossly decayed, percussion +, buccal swelling. PA radiograph: periapical radiolucency #30. Dx: symptomatic apical periodontitis #30.\nAnesthesia: lidocaine 2% w/ 1:100,000 epi x3 carpules (IANB + long buccal). #30 sectioned and elevated; socket irrigated, Gelfoam, 3-0 chromic x2. EBL minimal. {trap}.\nRx: ibuprofen 600 mg q6h, Norco 5/325 #8 (Rx #{rx}, PDMP checked), Peridex rinse BID; sent to {pharm}.',
  'Planned: ext #1, #16, #17, #32 (partial bony impactions) under IV sedation. Pano {dl_prev} reviewed. ASA II. Mallampati II.\nIV sedation: midazolam 5 mg, fentanyl 50 mcg titrated; monitored by {aide} (DA). Surgical ext of all four with 702 bur for bone removal. Hemostasis achieved.\nConsent signed by pt and {k1}. Escort: {k1}, who will drive home ({ph}). Post-op: no straws, no smoking x72 h (dry socket risk).',
  'Recall/prophy: 4-6 mm pockets UR/UL, BOP 30%. Caries #3 DO, #14 MOD, #19 B. Existing PFM crown #8. Perio charting updated.\nProphy with Cavitron and hand scaling. Fluoride varnish applied. OHI given; pt brushes 1x/day with a manual brush. {trap2}.\nNext: crown prep #14 on {dl_next} @ {clock}.',
];
const AUD_CASES = [
  'Case hx: progressive bilateral HL, worse L, tinnitus L. Noise exposure: {prof}; Vietnam War veteran (artillery). No vertigo. Weber lateralizes R; Rinne AC>BC bilat.\nAudiogram: mild sloping to severe SNHL AU, asymmetric (L>R by 15 dB at 2-4 kHz). WRS 84% R, 60% L. Tymps Type A AU. MRI IAC recommended to r/o retrocochlear lesion; ENT referral to {md3}.\nHearing aids: Phonak Audéo L90-R, L serial {serial}, R serial {serial}, fit {dl_prev}; warranty through {mo_yr_next}. Real-ear verified.',
  'Case hx: episodic vertigo x3 wk, worse rolling to R. Dix-Hallpike positive R; Epley maneuver performed x2 with relief. {Perk}, pt nearly fell at {church}.\nAudiogram: hearing WNL AU. Tymps Type A. {trap}.',
  'Pt reports aids "whistle" and that {his} {k1w} {k1f} says the TV is too loud. Wax occlusion L, removed by {md3}.\nAudiogram: moderate SNHL AU, symmetric. WRS 92%/88%. Stable vs {mo_yr}.\nAids cleaned, domes and wax guards changed. Loaner issued (serial {serial}) while L aid is sent for repair. We will call {cell} when it is back.',
  'Case hx: profound SNHL AU after meningitis; aids no longer helpful. Datalogging 9.2 h/day.\nAided AzBio 18% in quiet. Cochlear implant candidacy eval scheduled {dl_next} at {hosp2}. Medicaid PA #{claim}. {trap}.',
];
const PATH_ANY = [
  'SPECIMEN: Thyroid, L lobe nodule, FNA (US-guided by {md3}).\nCLINICAL: 2.1 cm TI-RADS 4 nodule.\nMICROSCOPIC: Adequacy satisfactory, 2 passes, ROSE by cytotechnologist {ct}. Bethesda category IV: follicular neoplasm. Molecular testing (ThyroSeq) sent.',
  'SPECIMEN: A. Colon, sigmoid, resection. B. Additional distal margin.\nCLINICAL: obstructing sigmoid mass.\nGROSS: Part A, received fresh labeled "{p_label} - sigmoid colon", is a 22 cm segment of colon with a 4.1 cm ulcerated mass 6 cm from the distal margin. Sections A1-A12; B1-B2. Grossed by {pa}.\nDIAGNOSIS: Adenocarcinoma, moderately differentiated, through muscularis propria into pericolorectal tissue (pT3), 2/18 LN (pN1b). Margins negative. MMR intact (MLH1, PMS2, MSH2, MSH6). {trap}.',
];
const PATH_F = [
  'CLINICAL HISTORY: {age} {sex} with R breast mass, BI-RADS 5.\nSPECIMEN: A. Right breast, 10:00, 4 cm FN, core biopsy.\nGROSS: Received in formalin labeled with the patient\'s name ("{p_label}") and MRN are 3 tan-white cores, 1.2-1.8 cm, entirely submitted in cassette A1. Into formalin at {clock}.\nDIAGNOSIS: Invasive ductal carcinoma, Nottingham grade 2 (3+2+2). ER 95%, PR 60%, HER2 1+ (negative), Ki-67 20%. pT1c.',
  'SPECIMEN: Cervix, ThinPrep Pap with reflex HPV.\nCLINICAL: routine screening; LMP {dl_prev}.\nINTERPRETATION: Negative for intraepithelial lesion or malignancy (NILM). HPV 16/18 negative. Screened by {ct}, CT(ASCP).',
  'SPECIMEN: A. Uterus, cervix, bilateral tubes and ovaries. B. Pelvic washings. C. Cul-de-sac nodule.\nGROSS: Part A, labeled "{p_label}", is a 142 g uterus. Grossed by {pa}.\nDIAGNOSIS: A. Endometrioid adenocarcinoma, FIGO grade 1, invading <50% of myometrium (pT1a). B. Negative for malignant cells. C. Pouch of Douglas nodule: endometriosis, no carcinoma.',
];
const PATH_M = [
  'SPECIMEN: Prostate, 12-core needle biopsy (A-L).\nCLINICAL: PSA 9.4, PI-RADS 4 lesion L base.\nDIAGNOSIS: Prostatic adenocarcinoma, Gleason 3+4=7 (Grade Group 2), in 4/12 cores (L base, L mid), up to 30% of core. Perineural invasion present. {trap}.',
];

export const DEV6_SLOTS: SlotTable<NoteContext> = {
  // ----- patient
  p: (c) => fullForms(c.rng, pt(c), 'PATIENT'),
  p_hdr: (c) => headerName(c.rng, pt(c)),
  pf: (c) => nm(pt(c).first, 'PATIENT'),
  pl: (c) => nm(pt(c).last1, 'PATIENT'),
  pt: (c) => titled(c.rng, pt(c)),
  p_poss: (c) => [nm(pt(c).first, 'PATIENT'), "'s"],
  p_nick: (c) => ['"', nm(pt(c).nick, 'PATIENT'), '"'],
  p_ini: (c) => nm(c.rng.pick([`${pt(c).first[0]}.${pt(c).last1[0]}.`, `${pt(c).first[0]}${pt(c).last1[0]}`, `${pt(c).first[0]}.${pt(c).middle}.${pt(c).last1[0]}.`]), 'PATIENT'),
  p_user: (c) => phi(userFor(c.rng, pt(c)), 'NAME', 'USERNAME'),
  p_label: (c) => nm(`${pt(c).last.toUpperCase()}, ${pt(c).first.toUpperCase()}`, 'PATIENT'),
  he: (c) => (pt(c).female ? 'she' : 'he'),
  He: (c) => (pt(c).female ? 'She' : 'He'),
  his: (c) => (pt(c).female ? 'her' : 'his'),
  His: (c) => (pt(c).female ? 'Her' : 'His'),
  him: (c) => (pt(c).female ? 'her' : 'him'),
  sex: (c) => (pt(c).female ? c.rng.pick(['woman', 'female', 'F']) : c.rng.pick(['man', 'male', 'M'])),
  sexF: (c) => (pt(c).female ? 'F' : 'M'),
  ancestry: (c) => ANCESTRY[pt(c).group],
  // ----- family
  k1: (c) => kinMention(c.rng, kin(c, 0)),
  k2: (c) => kinMention(c.rng, kin(c, 1)),
  k3: (c) => kinMention(c.rng, kin(c, 2)),
  k1f: (c) => nm(kin(c, 0).person.first, 'RELATIVE'),
  k2f: (c) => nm(kin(c, 1).person.first, 'RELATIVE'),
  k3f: (c) => nm(kin(c, 2).person.first, 'RELATIVE'),
  k1full: (c) => nm(`${kin(c, 0).person.first} ${kin(c, 0).person.last}`, 'RELATIVE'),
  k1w: (c) => kin(c, 0).word,
  k2w: (c) => kin(c, 1).word,
  k3w: (c) => kin(c, 2).word,
  k1sf: (c) => [`${kin(c, 0).short} `, nm(kin(c, 0).person.first, 'RELATIVE')],
  k1poss: (c) => [nm(kin(c, 0).person.first, 'RELATIVE'), "'s"],
  perk: (c) => c.rng.pick<Fragment>([['per ', nm(kin(c, 0).person.first, 'RELATIVE')], [`per ${kin(c, 0).short} `, nm(kin(c, 0).person.first, 'RELATIVE')],
    ['per ', nm(kin(c, 0).person.first, 'RELATIVE'), ` (${kin(c, 0).word})`]]),
  Perk: (c) => c.rng.pick<Fragment>([['Per ', nm(kin(c, 0).person.first, 'RELATIVE')], [`Per ${kin(c, 0).short} `, nm(kin(c, 0).person.first, 'RELATIVE')]]),
  fam: (c) => {
    const [a, b, d] = cast(c).family;
    return c.rng.pick<Fragment>([
      [`${a.short} `, nm(a.person.first, 'RELATIVE'), `, ${b.short} `, nm(b.person.first, 'RELATIVE'), ` & ${d.short} `, nm(d.person.first, 'RELATIVE')],
      [nm(a.person.first, 'RELATIVE'), ` (${a.word}), `, nm(`${b.person.first} ${b.person.last}`, 'RELATIVE'), ` (${b.word}) and `, nm(d.person.first, 'RELATIVE'), ` (${d.word})`],
      [nm(a.person.first, 'RELATIVE'), '/', nm(b.person.first, 'RELATIVE'), '/', nm(d.person.first, 'RELATIVE')],
      [`${a.word} `, nm(a.person.first, 'RELATIVE'), ' and ', nm(b.person.first, 'RELATIVE'), ` (${b.short})`],
    ]);
  },
  kid1: (c) => nm(cast(c).kids[0].first, 'RELATIVE'),
  kid2: (c) => nm(cast(c).kids[1].first, 'RELATIVE'),
  kidage: (c) => {
    const n = String(c.rng.int(2, 17));
    return c.rng.pick<Fragment>([['age ', phi(n, 'AGE', 'AGE', true)], [phi(n, 'AGE', 'AGE', true), ' yo'], [phi(n, 'AGE', 'AGE', true), 'y'], [phi(n, 'AGE', 'AGE', true), '-year-old']]);
  },
  // pedigree (genetic counselling)
  ped_mom: (c) => nm(c.rng.pick([cast(c).pedigree[0].first, `${cast(c).pedigree[0].first} ${cast(c).pedigree[0].last}`]), 'RELATIVE'),
  ped_dad: (c) => nm(c.rng.pick([cast(c).pedigree[1].first, `${cast(c).pedigree[1].first} ${cast(c).pedigree[1].last}`]), 'RELATIVE'),
  ped_aunt: (c) => nm(c.rng.pick([cast(c).pedigree[2].first, `${cast(c).pedigree[2].first} ${cast(c).pedigree[2].last}`]), 'RELATIVE'),
  ped_gf: (c) => nm(`${cast(c).pedigree[3].first} ${cast(c).pedigree[3].last}`, 'RELATIVE'),
  ped_sis: (c) => nm(cast(c).pedigree[4].first, 'RELATIVE'),
  ped_bro: (c) => nm(cast(c).pedigree[5].first, 'RELATIVE'),
  ped_age: (c) => phi(String(c.rng.int(31, 58)), 'AGE', 'AGE', true),
  ped_age2: (c) => phi(String(c.rng.int(55, 86)), 'AGE', 'AGE', true),
  oldrel: (c) => c.rng.pick<Fragment>([phi(String(c.rng.int(90, 99)), 'AGE', 'AGE_OVER_89'), ['age ', phi(String(c.rng.int(90, 101)), 'AGE', 'AGE_OVER_89')],
    phi(c.rng.pick(AGE_WORDS), 'AGE', 'AGE_OVER_89')]),
  // ----- child (school nurse) and parent
  ch: (c) => fullForms(c.rng, cast(c).child, 'PATIENT'),
  ch_hdr: (c) => headerName(c.rng, cast(c).child),
  chf: (c) => nm(cast(c).child.first, 'PATIENT'),
  ch_age: (c) => ordinaryAge(c.rng, cast(c).childAge),
  ch_dob: (c) => {
    const d = { year: cast(c).visit.year - cast(c).childAge, month: c.rng.int(1, 12), day: c.rng.int(1, 28) };
    return dt(c.rng.pick([`${two(d.month)}/${two(d.day)}/${d.year}`, `${d.month}/${d.day}/${yy(d)}`, `${d.year}-${two(d.month)}-${two(d.day)}`]));
  },
  par: (c) => kinMention(c.rng, cast(c).parent),
  parf: (c) => nm(cast(c).parent.person.first, 'RELATIVE'),
  par_mail: (c) => phi(mailFor(c.rng, cast(c).parent.person), 'CONTACT', 'EMAIL'),
  grade: (c) => c.rng.pick(GRADES),
  teacher: (c) => {
    const p = cast(c).extras[3];
    return c.rng.pick<Fragment>([[p.female ? 'Ms. ' : 'Mr. ', nm(p.last1, 'NAME')], [p.female ? 'Mrs. ' : 'Coach ', nm(p.last1, 'NAME')], nm(`${p.first} ${p.last}`, 'NAME')]);
  },
  gm: (c) => nm(c.rng.pick([cast(c).extras[0].first, `${cast(c).extras[0].first} ${cast(c).extras[0].last}`]), 'RELATIVE'),
  // ----- newborn and parents
  baby: (c) => nm(babyName(c.rng, cast(c)), 'PATIENT'),
  baby_first: (c) => nm(cast(c).babyFirst, 'PATIENT'),
  mom: (c) => c.rng.pick<Fragment>([['mother ', nm(cast(c).mom.first, 'RELATIVE')], ['MOB ', nm(`${cast(c).mom.first} ${cast(c).mom.last}`, 'RELATIVE')], ['mom ', nm(cast(c).mom.first, 'RELATIVE')]]),
  mom_full: (c) => nm(`${cast(c).mom.first} ${cast(c).mom.last}`, 'RELATIVE'),
  momf: (c) => nm(cast(c).mom.first, 'RELATIVE'),
  mom_age: (c) => ordinaryAge(c.rng, cast(c).momAge),
  dad: (c) => c.rng.pick<Fragment>([['father ', nm(cast(c).dad.first, 'RELATIVE')], ['FOB ', nm(`${cast(c).dad.first} ${cast(c).dad.last}`, 'RELATIVE')], ['dad ', nm(cast(c).dad.first, 'RELATIVE')]]),
  dadf: (c) => nm(cast(c).dad.first, 'RELATIVE'),
  sibf: (c) => nm(cast(c).sib.first, 'RELATIVE'),
  baby_dob: (c) => dt(cast(c).noteDate(around(c, -9, -1))),
  // ----- other patients in a therapy group
  ...Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`g${i + 1}`, (c: NoteContext) => nm(cast(c).group[i].first, 'PATIENT')])),
  g_list: (c) => {
    const g = cast(c).group;
    return c.rng.pick<Fragment>([
      [nm(g[0].first, 'PATIENT'), ', ', nm(g[1].first, 'PATIENT'), ', ', nm(`${g[2].first} ${g[2].last1[0]}.`, 'PATIENT'), ', ', nm(g[3].first, 'PATIENT')],
      [nm(`${g[0].first[0]}.${g[0].last1[0]}.`, 'PATIENT'), ', ', nm(`${g[1].first[0]}.${g[1].last1[0]}.`, 'PATIENT'), ', ', nm(`${g[2].first[0]}.${g[2].last1[0]}.`, 'PATIENT'), ', ', nm(`${g[3].first[0]}.${g[3].last1[0]}.`, 'PATIENT')],
      [nm(g[0].first, 'PATIENT'), ' / ', nm(g[1].first, 'PATIENT'), ' / ', nm(g[2].first, 'PATIENT'), ' / ', nm(g[3].first, 'PATIENT')],
    ]);
  },
  // ----- people who are neither family nor staff
  nb: (c) => c.rng.pick<Fragment>([['neighbor ', nm(cast(c).extras[1].first, 'NAME')], [nm(`${cast(c).extras[1].first} ${cast(c).extras[1].last}`, 'NAME'), ' (neighbor)']]),
  nb_full: (c) => nm(`${cast(c).extras[1].first} ${cast(c).extras[1].last}`, 'NAME'),
  boss: (c) => nm(c.rng.pick([cast(c).extras[1].first, `${cast(c).extras[1].first} ${cast(c).extras[1].last}`]), 'NAME'),
  sponsor: (c) => nm(cast(c).extras[2].first, 'NAME'),
  po: (c) => c.rng.pick<Fragment>([['PO ', nm(`${cast(c).extras[4].first} ${cast(c).extras[4].last}`, 'NAME')], ['Ofc. ', nm(cast(c).extras[4].last1, 'NAME')], ['Agent ', nm(cast(c).extras[4].last1, 'NAME')]]),
  interp: (c) => nm(c.rng.pick([`${cast(c).extras[5].first} ${cast(c).extras[5].last}`, cast(c).extras[5].first]), 'NAME'),
  pastor: (c) => {
    churchOf(c);
    return [cast(c).picks.churchTitle, nm(cast(c).extras[6].last1, 'NAME')];
  },
  therapist: (c) => c.rng.pick<Fragment>([[nm(`${cast(c).staff[3].first} ${cast(c).staff[3].last}`, 'DOCTOR'), ', LPC'], ['therapist ', nm(cast(c).staff[3].first, 'DOCTOR')]]),
  // ----- clinicians
  md: (c) => physician(c.rng, cast(c).doctors[0]),
  md2: (c) => physician(c.rng, cast(c).doctors[1]),
  md3: (c) => physician(c.rng, cast(c).doctors[2]),
  mdl: (c) => nm(cast(c).doctors[0].last1, 'DOCTOR'),
  md2l: (c) => nm(cast(c).doctors[1].last1, 'DOCTOR'),
  md3l: (c) => nm(cast(c).doctors[2].last1, 'DOCTOR'),
  md_ini: (c) => nm(`${cast(c).doctors[0].first[0]}${cast(c).doctors[0].last1[0]}`, 'DOCTOR'),
  md_sig: (c) => signature(c.rng, cast(c).doctors[0], c.rng.pick(['MD', 'MD', 'DO', 'MD, MPH'])),
  md2_sig: (c) => signature(c.rng, cast(c).doctors[1], 'MD'),
  path_sig: (c) => signature(c.rng, cast(c).doctors[0], c.rng.pick(['MD', 'MD, FCAP', 'DO'])),
  path_name: (c) => [nm(c.rng.pick([`${cast(c).doctors[0].first} ${cast(c).doctors[0].last}`, `${cast(c).doctors[0].first[0]}. ${cast(c).doctors[0].last}`]), 'DOCTOR'), c.rng.pick([', MD', ' MD', ', DO'])],
  dentist_sig: (c) => signature(c.rng, cast(c).doctors[0], c.rng.pick(['DDS', 'DMD', 'DDS, MS'])),
  np: (c) => staffName(c.rng, cast(c).doctors[2], c.rng.pick(['FNP-C', 'NNP-BC', 'APRN'])),
  rn: (c) => staffName(c.rng, cast(c).nurses[0], c.rng.pick(['RN', 'RN', 'BSN, RN', 'LPN'])),
  rn2: (c) => staffName(c.rng, cast(c).nurses[1], 'RN'),
  rnf: (c) => nm(cast(c).nurses[0].first, 'DOCTOR'),
  rn2f: (c) => nm(cast(c).nurses[1].first, 'DOCTOR'),
  rn_full: (c) => nm(`${cast(c).nurses[0].first} ${cast(c).nurses[0].last}`, 'DOCTOR'),
  rn3full: (c) => nm(`${cast(c).nurses[2].first} ${cast(c).nurses[2].last}`, 'DOCTOR'),
  rn_tag: (c) => {
    const p = cast(c).nurses[0];
    return c.rng.pick<Fragment>([['[', nm(`${p.first[0]}${p.last1[0]}`, 'DOCTOR'), ']'], ['[', nm(`${p.first[0]}. ${p.last}`, 'DOCTOR'), ' RN]'], ['-', nm(p.first, 'DOCTOR'), ' RN'],
      ['(', phi(userFor(c.rng, p), 'NAME', 'USERNAME'), ')']]);
  },
  st1: (c) => nm(`${cast(c).staff[0].first} ${cast(c).staff[0].last}`, 'DOCTOR'),
  st1_sig: (c) => staffName(c.rng, cast(c).staff[0], c.rng.pick(['LCSW', 'LPC', 'LMFT', 'LCSW-R'])),
  chap: (c) => nm(c.rng.pick([`${cast(c).staff[3].first} ${cast(c).staff[3].last}`, cast(c).staff[3].first]), 'DOCTOR'),
  aide: (c) => nm(c.rng.pick([cast(c).staff[1].first, `${cast(c).staff[1].first} ${cast(c).staff[1].last}`, `${cast(c).staff[1].first} ${cast(c).staff[1].last[0]}.`]), 'DOCTOR'),
  st2f: (c) => nm(cast(c).staff[1].first, 'DOCTOR'),
  ther: (c) => staffName(c.rng, cast(c).staff[2], c.rng.pick(['PTA', 'DPT', 'OTR/L', 'COTA'])),
  ther2: (c) => [nm(`${cast(c).staff[3].first} ${cast(c).staff[3].last}`, 'DOCTOR'), ', DPT'],
  st4: (c) => nm(`${cast(c).staff[3].first[0]}. ${cast(c).staff[3].last}`, 'DOCTOR'),
  counselor: (c) => [nm(`${cast(c).staff[1].first} ${cast(c).staff[1].last}`, 'DOCTOR'), c.rng.pick([', CADC', ', LADC', ', CASAC'])],
  counselor_first: (c) => nm(cast(c).staff[1].first, 'DOCTOR'),
  pa: (c) => staffName(c.rng, cast(c).staff[1], 'PA(ASCP)'),
  ct: (c) => nm(c.rng.pick([`${cast(c).staff[2].first} ${cast(c).staff[2].last}`, `${cast(c).staff[2].first[0]}${cast(c).staff[2].last1[0]}`]), 'DOCTOR'),
  gc_sig: (c) => [nm(`${cast(c).staff[3].first} ${cast(c).staff[3].last}`, 'DOCTOR'), ', MS, CGC'],
  aud_sig: (c) => [nm(`${cast(c).staff[3].first} ${cast(c).staff[3].middle}. ${cast(c).staff[3].last}`, 'DOCTOR'), ', Au.D., CCC-A'],
  sn_sig: (c) => staffName(c.rng, cast(c).nurses[0], c.rng.pick(['RN, NCSN', 'RN', 'LPN'])),
  medic: (c) => staffName(c.rng, cast(c).staff[0], c.rng.pick(['NRP', 'EMT-P', 'CCP'])),
  emt: (c) => nm(c.rng.pick([`${cast(c).staff[2].first} ${cast(c).staff[2].last}`, `${cast(c).staff[2].last1}`]), 'DOCTOR'),
  user: (c) => phi(userFor(c.rng, cast(c).nurses[c.rng.int(0, 1)]), 'NAME', 'USERNAME'),
  // ----- places
  hosp: (c) => pl(c.rng.chance(0.7) ? cast(c).hospital[0] : cast(c).hospital[1], 'HOSPITAL'),
  hospf: (c) => pl(cast(c).hospital[0], 'HOSPITAL'),
  hosp_s: (c) => pl(cast(c).hospital[1], 'HOSPITAL'),
  hosp2: (c) => pl(cast(c).otherHospital, 'HOSPITAL'),
  uc: (c) => pl(local(c, 'uc'), 'HOSPITAL'),
  pcp: (c) => pl(local(c, 'pcp'), 'HOSPITAL'),
  dental: (c) => pl(local(c, 'dental'), 'HOSPITAL'),
  otp: (c) => pl(local(c, 'otp'), 'HOSPITAL'),
  otp2: (c) => pl(inst(c, 'otp2', Object.values(LOCAL).flatMap((l) => l.otp).filter((o) => o !== local(c, 'otp'))), 'HOSPITAL'),
  hospice: (c) => pl(local(c, 'hospice'), 'ORGANIZATION'),
  dial: (c) => pl(local(c, 'dial'), 'HOSPITAL'),
  snf: (c) => pl(local(c, 'snf'), 'HOSPITAL'),
  bh: (c) => pl(local(c, 'bh'), 'HOSPITAL'),
  gene_clinic: (c) => pl(local(c, 'gene'), 'HOSPITAL'),
  gene_lab: (c) => pl(inst(c, 'genelab', GENE_LABS), 'ORGANIZATION'),
  hearing: (c) => pl(local(c, 'hearing'), 'HOSPITAL'),
  eye: (c) => pl(local(c, 'eye'), 'HOSPITAL'),
  hh: (c) => pl(local(c, 'hh'), 'ORGANIZATION'),
  vendor: (c) => pl(local(c, 'vendor'), 'ORGANIZATION'),
  pharm: (c) => pl(local(c, 'pharm'), 'ORGANIZATION'),
  ems: (c) => pl(local(c, 'ems'), 'ORGANIZATION'),
  air: (c) => pl(local(c, 'air'), 'ORGANIZATION'),
  funeral: (c) => pl(local(c, 'funeral'), 'ORGANIZATION'),
  school: (c) => pl(inst(c, 'school', cast(c).region.schools), 'ORGANIZATION'),
  church: (c) => pl(churchOf(c), 'ORGANIZATION'),
  employer: (c) => pl(inst(c, 'employer', cast(c).region.employers), 'ORGANIZATION'),
  unit: (c) => pl(inst(c, 'unit', UNITS), 'DEPARTMENT'),
  room: (c) => pl(`${c.rng.int(1, 4)}${c.rng.digits(2)}${c.rng.pick(['', '', 'A', 'B', '-1', '-2'])}`, 'ROOM'),
  bed: (c) => [c.rng.pick(['bed ', 'Bed ', 'pod ', 'isolette ']), pl(c.rng.pick([`${c.rng.int(1, 40)}`, `${c.rng.pick(['A', 'B', 'C'])}-${c.rng.int(1, 24)}`, `${c.rng.int(2, 6)}${c.rng.digits(2)}-${c.rng.int(1, 2)}`]), 'ROOM')],
  street: (c) => pl(cast(c).street, 'STREET'),
  town: (c) => pl(cast(c).town.town, 'CITY'),
  town2: (c) => pl(cast(c).otherTown.town, 'CITY'),
  state: (c) => pl(STATE_NAMES[cast(c).town.st], 'STATE'),
  st: (c) => pl(cast(c).town.st, 'STATE'),
  st2: (c) => pl(cast(c).otherTown.st, 'STATE'),
  zip: (c) => pl(cast(c).zip, 'ZIP'),
  county: (c) => (cast(c).town.county ? pl(cast(c).town.county, 'LOCATION') : ['the municipio of ', pl(cast(c).town.town, 'CITY')]),
  addr: (c) => {
    const k = cast(c);
    return [pl(k.street, 'STREET'), c.rng.pick([', ', '\n', ' ']), pl(k.town.town, 'CITY'), c.rng.pick([', ', ' ']),
      pl(c.rng.chance(0.85) ? k.town.st : STATE_NAMES[k.town.st], 'STATE'), c.rng.pick([' ', '  ']), pl(k.zip, 'ZIP')];
  },
  inst_addr: (c) => {
    const k = cast(c);
    const street = `${c.rng.int(100, 4999)} ${c.rng.pick(k.region.offices)}${c.rng.pick(['', '', `, Suite ${c.rng.int(100, 450)}`, ` Ste ${c.rng.int(1, 30)}`, `, 2nd Floor`])}`;
    return [pl(street, 'STREET'), c.rng.pick([', ', '\n']), pl(k.otherTown.town, 'CITY'), ', ', pl(k.otherTown.st, 'STATE'), ' ', pl(k.otherTown.zip, 'ZIP')];
  },
  road: (c) => [pl(`${c.rng.pick(cast(c).region.roads)} ${c.rng.pick(['NB', 'SB', 'EB', 'WB'])} ${c.rng.pick(['near mile marker', 'at MM', 'mile'])} ${c.rng.int(2, 190)}`, 'STREET'), c.rng.pick([' outside ', ' near ']), pl(cast(c).town.town, 'CITY')],
  dispatch: (c) => (c.rng.chance(0.5) ? DEV6_SLOTS.road(c) : DEV6_SLOTS.scene(c)),
  scene: (c) => {
    const k = cast(c);
    return c.rng.pick<Fragment>([[pl(k.physStreet, 'STREET'), ', ', pl(k.town.town, 'CITY')], pl(k.physStreet, 'STREET')]);
  },
  country: (c) => pl(cast(c).abroad[1], 'COUNTRY'),
  abroad: (c) => [pl(cast(c).abroad[0], 'CITY'), ', ', pl(cast(c).abroad[1], 'COUNTRY')],
  abroad_lang: (c) => cast(c).abroad[2],
  lang_line: (c) => {
    const lang = langOf(c, pt(c));
    return lang === 'ASL' ? 'pt is Deaf, uses ASL' : `pt speaks ${lang} only`;
  },
  lang: (c) => langOf(c, pt(c)),
  mom_lang: (c) => langOf(c, cast(c).mom),
  prof: (c) => phi(cast(c).profession, 'PROFESSION', 'PROFESSION'),
  a_prof: (c) => {
    const job = cast(c).profession;
    return [/^[aeiou]/i.test(job) ? 'an ' : 'a ', phi(job, 'PROFESSION', 'PROFESSION')];
  },
  // ----- ages
  age: (c) => anyAge(c.rng, cast(c).ageValue),
  age_n: (c) => (cast(c).elderly ? phi(String(cast(c).ageValue), 'AGE', 'AGE_OVER_89') : phi(String(cast(c).ageValue), 'AGE', 'AGE', true)),
  age_sex: (c) => ageWithSex(c.rng, cast(c).ageValue, pt(c).female),
  old_sex: (c) => ageWithSex(c.rng, cast(c).elderly ? cast(c).ageValue : c.rng.int(90, 99), pt(c).female),
  age_dx: (c) => {
    const now = Math.min(cast(c).ageValue, 89);
    return phi(String(c.rng.int(Math.min(29, now - 4), Math.min(52, now - 1))), 'AGE', 'AGE', true);
  },
  // ----- dates
  d: (c) => dt(cast(c).noteDate(cast(c).visit)),
  d_prev: (c) => dt(cast(c).noteDate(around(c, -40, -2))),
  d_next: (c) => dt(cast(c).noteDate(around(c, 3, 60))),
  dl: (c) => looseDate(c, -3, 3),
  dl_prev: (c) => looseDate(c, -45, -1),
  dl_next: (c) => looseDate(c, 1, 40),
  dshort: (c) => dt(c.rng.pick([`${two(cast(c).visit.month)}/${two(cast(c).visit.day)}`, `${cast(c).visit.month}/${cast(c).visit.day}`])),
  d_time: (c) => {
    const d = dt(cast(c).noteDate(cast(c).visit));
    const time = clock(c.rng);
    return c.rng.pick<Fragment>([[d, ' @ ', time], [d, ' ', time], [d, ' at ', time], [time, ' on ', d], [d, ', ', time]]);
  },
  nth: (c) => ['the ', dt(ordinal(around(c, 2, 20).day))],
  wk: (c) => other(c.rng.pick(['Monday', 'Tues', 'Wednesday', 'Thurs', 'Friday', 'Sat', 'Sunday'])),
  lastwk: (c) => other(c.rng.pick(['last Thursday', 'last Friday', 'this past Monday', 'Saturday night', 'last Sunday'])),
  month: (c) => dt(month(around(c, -200, -20))),
  this_month: (c) => dt(c.rng.pick([`${month(cast(c).visit)} ${cast(c).visit.year}`, `${mon(cast(c).visit)}-${yy(cast(c).visit)}`, `${two(cast(c).visit.month)}/${cast(c).visit.year}`])),
  month_next: (c) => {
    const d = around(c, 28, 34);
    return dt(c.rng.pick([`${month(d)} ${d.year}`, `${mon(d)} ${d.year}`]));
  },
  mo_yr: (c) => {
    const d = around(c, -1500, -45);
    return dt(c.rng.pick([`${mon(d)} ${d.year}`, `${d.month}/${d.year}`, `${month(d)} of ${d.year}`, `${month(d)} '${yy(d)}`, `${two(d.month)}/${yy(d)}`]));
  },
  mo_yr_next: (c) => {
    const d = around(c, 300, 1100);
    return dt(c.rng.pick([`${mon(d)} ${d.year}`, `${d.month}/${d.year}`]));
  },
  yr: (c) => phi(String(cast(c).visit.year - c.rng.int(1, 25)), 'DATE', 'YEAR', true),
  dob: (c) => {
    const d = { year: cast(c).visit.year - cast(c).ageValue, month: c.rng.int(1, 12), day: c.rng.int(1, 28) };
    return dt(c.rng.pick([`${two(d.month)}/${two(d.day)}/${d.year}`, `${d.month}/${d.day}/${d.year}`, `${d.day}-${mon(d)}-${d.year}`, `${month(d)} ${d.day}, ${d.year}`, `${d.year}${two(d.month)}${two(d.day)}`]));
  },
  holiday: (c) => dt(c.rng.pick(HOLIDAYS)),
  range: (c) => {
    const from = around(c, -20, 2);
    const to = addDays(from, c.rng.int(2, 9));
    const sameMonth = from.month === to.month;
    return c.rng.pick<Fragment>([
      [dt(`${from.month}/${from.day}`), '-', dt(`${to.month}/${to.day}`)],
      ['from ', dt(`${from.month}/${from.day}/${yy(from)}`), ' through ', dt(`${to.month}/${to.day}/${yy(to)}`)],
      sameMonth ? dt(`${mon(from)} ${from.day}-${to.day}`) : [dt(`${mon(from)} ${from.day}`), ' - ', dt(`${mon(to)} ${to.day}`)],
      [dt(`${from.day}-${mon(from)}`), ' to ', dt(`${to.day}-${mon(to)}`)],
    ]);
  },
  fu1: (c) => looseDate(c, 3, 9),
  fu2: (c) => looseDate(c, 10, 30),
  fu3: (c) => looseDate(c, 2, 6),
  clock: (c) => clock(c.rng),
  // ----- contact
  ph: (c) => tel(c),
  ph2: (c) => tel(c, cast(c).otherTown.st),
  cell: (c) => [c.rng.pick(['cell ', 'C: ', 'H: ', 'home ', 'mobile ', 'ph# ', 'tel. ', 'celular ']), tel(c)],
  cb: (c) => [c.rng.pick(['CB# ', 'callback ', 'call back @ ', 'CBN ', 'cb ']), tel(c)],
  ph_ext: (c) => phi(`${phoneIn(c.rng, cast(c).otherTown.st)}${c.rng.pick([' x', ' ext ', ' ext. ', ' X'])}${c.rng.digits(c.rng.pick([3, 4, 5]))}`, 'CONTACT', 'PHONE'),
  fax: (c) => phi(phoneIn(c.rng, cast(c).otherTown.st), 'CONTACT', 'FAX'),
  pgr: (c) => [c.rng.pick(['pgr ', 'pager ', 'beeper ', 'Spectralink ', 'p']), phi(c.rng.pick([c.rng.digits(4), `${c.rng.int(2, 8)}-${c.rng.digits(4)}`, phoneIn(c.rng, homeSt(c))]), 'CONTACT', 'PHONE')],
  ext: (c) => phi(c.rng.pick([c.rng.digits(4), c.rng.digits(5), `${c.rng.int(2, 7)}-${c.rng.digits(4)}`]), 'CONTACT', 'PHONE'),
  mail: (c) => phi(mailFor(c.rng, c.rng.chance(0.5) ? pt(c) : kin(c, 0).person), 'CONTACT', 'EMAIL'),
  staff_mail: (c) => {
    const p = cast(c).staff[3];
    return phi(c.rng.pick([`${ascii(p.first)}.${ascii(p.last1)}@${hostOf(c)}.org`, `${ascii(p.first)[0]}${ascii(p.last1)}@${hostOf(c)}health.org`]), 'CONTACT', 'EMAIL');
  },
  portal: (c) => phi(c.rng.pick([`https://mychart.${hostOf(c)}.org/MyChart/${c.rng.digits(7)}`, `portal.${hostOf(c)}.org/p/${c.rng.digits(6)}`, `https://www.${hostOf(c)}health.org/patients/${ascii(pt(c).first)}${c.rng.digits(3)}`]), 'CONTACT', 'URL'),
  url: (c) => phi(c.rng.pick([`https://www.gofundme.com/f/${ascii(pt(c).first)}-${ascii(pt(c).last1)}-medical-bills`, `facebook.com/groups/prayersfor${ascii(pt(c).first)}${ascii(pt(c).last1)}`,
    `www.caringbridge.org/site/${ascii(pt(c).first)}${ascii(pt(c).last1)}${c.rng.int(1, 99)}`]), 'CONTACT', 'URL'),
  // ----- identifiers
  mrn: (c) => id(cast(c).mrn, 'MRN'),
  mrn2: (c) => id(recordNumber(c.rng), 'MRN'),
  fin: (c) => id(c.rng.pick([`V${c.rng.digits(8)}`, c.rng.digits(10), `ENC-${c.rng.digits(7)}`, `${c.rng.digits(3)}-${c.rng.digits(4)}-${c.rng.digits(2)}`]), 'ACCOUNT'),
  acc: (c) => {
    const y = yy(cast(c).visit);
    return id(c.rng.pick([`SP-${y}-${c.rng.digits(6)}`, `CY${y}-${c.rng.digits(4)}`, `NGC-${y}-${c.rng.digits(5)}`, `FNA${y}-${c.rng.digits(4)}`, `MSP${y}-${c.rng.digits(4)}`, `SS${y}-${c.rng.digits(5)}`]), 'ID');
  },
  acc2: (c) => id(c.rng.pick([`OC${yy(cast(c).visit)}-${c.rng.digits(3)}`, `${c.rng.letters(2)}${yy(cast(c).visit)}-${c.rng.digits(5)}`]), 'ID'),
  rx: (c) => id(c.rng.pick([c.rng.digits(7), `${c.rng.digits(7)}-${c.rng.digits(2)}`, `RX-${c.rng.digits(6)}`]), 'ID'),
  claim: (c) => id(c.rng.pick([`CLM${c.rng.digits(9)}`, `${yy(cast(c).visit)}${c.rng.digits(9)}`, `WC-${yy(cast(c).visit)}-${c.rng.digits(5)}`, `PA${c.rng.digits(8)}`]), 'ID'),
  medicaid: (c) => id(medicaidFor(c.rng, homeSt(c)), 'HEALTH_PLAN'),
  mbi: (c) => id(mbi(c.rng), 'HEALTH_PLAN'),
  member: (c) => id(c.rng.pick([`${c.rng.letters(3)}W${c.rng.digits(8)}`, `${c.rng.digits(9)}${c.rng.letters(2)}`, `H${c.rng.digits(4)}-${c.rng.digits(5)}`, `XOJ${c.rng.digits(9)}`]), 'HEALTH_PLAN'),
  ssn: (c) => id(c.rng.pick([`${c.rng.int(100, 665)}-${c.rng.digits(2)}-${c.rng.digits(4)}`, `${c.rng.int(100, 665)} ${c.rng.digits(2)} ${c.rng.digits(4)}`]), 'SSN'),
  npi: (c) => id(`1${c.rng.digits(9)}`, 'ID'),
  serial: (c) => id(c.rng.pick([`${c.rng.digits(4)}${c.rng.letters(1)}${c.rng.digits(4)}`, `CI-${c.rng.digits(7)}`, `${c.rng.letters(2)}${c.rng.digits(8)}`, `${c.rng.letters(3)}-${c.rng.digits(6)}`]), 'DEVICE'),
  case: (c) => id(c.rng.pick([`${cast(c).visit.year}-${c.rng.digits(5)}`, `DCFS-${c.rng.digits(7)}`, `${c.rng.digits(2)}-${c.rng.digits(6)}`, `AC${c.rng.digits(6)}`]), 'ID'),
  court: (c) => id(c.rng.pick([`${yy(cast(c).visit)}-CR-${c.rng.digits(4)}`, `${yy(cast(c).visit)}-M-${c.rng.digits(5)}`, `IND-${c.rng.digits(5)}-${yy(cast(c).visit)}`]), 'ID'),
  scr: (c) => id(c.rng.pick([`${c.rng.digits(2)}-${c.rng.digits(5)}`, `SCR${c.rng.digits(7)}`]), 'ID'),
  pcr: (c) => id(c.rng.pick([`${cast(c).visit.year}-${c.rng.digits(6)}`, `INC${c.rng.digits(8)}`, `${yy(cast(c).visit)}${c.rng.digits(6)}`]), 'ID'),
  lic: (c) => id(c.rng.pick([`P-${c.rng.digits(5)}`, `EMT${c.rng.digits(5)}`, c.rng.digits(6)]), 'LICENSE'),
  lic2: (c) => id(c.rng.pick([`B-${c.rng.digits(5)}`, `${c.rng.digits(6)}`]), 'LICENSE'),
  plate: (c) => [c.rng.pick(['plate ', 'tag ', 'tag # ', 'lic plate ']), id(c.rng.pick([`${c.rng.letters(3)} ${c.rng.digits(3)}`, `${c.rng.digits(3)}-${c.rng.letters(3)}`, `${c.rng.letters(1)}${c.rng.digits(5)}`, `${c.rng.letters(3)}-${c.rng.digits(4)}`]), 'VEHICLE')],
  tail: (c) => id(`N${c.rng.int(1, 9)}${c.rng.digits(2)}${c.rng.letters(2)}`, 'VEHICLE'),
  xfer: (c) => id(`TC-${c.rng.digits(6)}`, 'ID'),
  req: (c) => id(c.rng.pick([`${c.rng.letters(2)}${c.rng.digits(7)}`, `REQ-${c.rng.digits(8)}`]), 'ID'),
  nbs: (c) => id(c.rng.pick([c.rng.digits(9), `${c.rng.digits(2)}-${c.rng.digits(7)}`]), 'ID'),
  stu_id: (c) => id(c.rng.digits(c.rng.pick([7, 9])), 'ID'),
  interp_id: (c) => id(c.rng.pick([c.rng.digits(5), c.rng.digits(6)]), 'ID'),
  tribal: (c) => id(`${c.rng.digits(4)}-${c.rng.digits(3)}`, 'ID'),
  dl_no: (c) => id(c.rng.pick([`${c.rng.letters(1)}${c.rng.digits(8)}`, `${c.rng.letters(1)}${c.rng.digits(2)}-${c.rng.digits(3)}-${c.rng.digits(3)}`, `0${c.rng.digits(8)}`]), 'LICENSE'),
  // ----- scenarios (several lines that must agree with each other or with the patient's sex)
  uc_case: (c) => T(c, c.rng.pick(UC_CASES)),
  dental_case: (c) => T(c, c.rng.pick(DENTAL_CASES)),
  aud_case: (c) => T(c, c.rng.pick(AUD_CASES)),
  path_case: (c) => T(c, c.rng.pick(pt(c).female ? [...PATH_ANY, ...PATH_F] : [...PATH_ANY, ...PATH_M])),
  hm_gap: (c) => T(c, pt(c).female ? 'Pap overdue (last {yr}), declined today. Mammogram due; order to {hosp_s}.' : 'PSA: shared decision-making, declined (last {yr}). AAA screening US ordered at {hosp_s}.'),
  imaging_gap: (c) => T(c, pt(c).female ? '- Mammogram: due; order placed to {hosp}.' : '- AAA screening US: due; order placed to {hosp}.'),
  imaging: (c) => (pt(c).female ? 'mammogram' : 'AAA ultrasound'),
  tribal_line: (c) => (pt(c).group === 'alaska' ? [' - tribal enrollment #', DEV6_SLOTS.tribal(c)] : ''),
  cancer: (c) => (pt(c).female ? 'breast cancer' : 'prostate cancer'),
  brca_recs: (c) => (pt(c).female ? 'breast MRI alternating with mammogram; discuss RRSO by 40-45' : 'yearly PSA and DRE; annual clinical breast exam; pancreatic surveillance discussed'),
  // ----- filler (never PHI)
  trap: (c) => c.rng.pick(TRAPS),
  trap2: (c) => c.rng.pick(TRAPS),
  med: (c) => c.rng.pick(MEDS.slice(0, 14)),
  med2: (c) => c.rng.pick(MEDS.slice(14)),
  vitals: (c) => c.rng.pick(VITALS)(c.rng),
  labs: (c) => c.rng.pick(LABS)(c.rng),
  lot: (c) => c.rng.pick([`${c.rng.letters(2)}${c.rng.digits(4)}`, `${c.rng.digits(6)}${c.rng.letters(1)}`, `${c.rng.letters(1)}${c.rng.digits(3)}${c.rng.letters(2)}`]),
  dog: (c) => c.rng.pick(DOGS),
  n: (c) => String(c.rng.int(2, 9)),
};

/** The language an interpreter would speak for this person; ASL where the family speaks English. */
function langOf(c: NoteContext, p: Person): string {
  const abroad = COMMUNITIES[p.group].abroad;
  if (abroad) return abroad[0][2];
  if (p.group === 'alaska') return c.rng.pick(["Yup'ik", 'Inupiaq']);
  if (p.group === 'cajun') return 'Cajun French';
  return 'ASL';
}

function churchOf(c: NoteContext): string {
  const k = cast(c);
  if (!('church' in k.picks)) {
    const [name, title] = c.rng.pick(k.region.churches);
    k.picks.church = name;
    k.picks.churchTitle = title;
  }
  return k.picks.church;
}

// ---------- styles ----------

export const DEV6_STYLES: readonly StyleTemplates[] = [
  {
    style: 'urgent-care',
    capsShare: 0.4,
    weight: 9,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'URGENT CARE VISIT - {uc}\nPatient: {p_hdr}   DOB: {dob}   MRN: {mrn}\nDate of service: {d_time}',
        '{uc} | {d} | {p}, {age_sex} | Acct {fin}',
        'UC NOTE {d}. {pt} ({age_sex}) walked in at {clock} with {k1}.',
      ],
      [
        '{uc_case}',
      ],
      [
        'Discharged home with {k1}. Pt prefers callback at {ph}; results will post to {portal}.',
        'Return precautions reviewed; verbalized understanding. Copy to PCP {md2} ({pcp}).',
        'Pt left with {k1}. Will call {cell} if the final read changes management.',
      ],
      [
        '{md_sig}',
        'Seen by {np}. Supervising physician: {md}. Scribe: {st1}.',
        '{md_sig}\n{uc} | {inst_addr} | {ph2} | fax {fax}',
      ],
    ],
  },
  {
    style: 'annual-visit',
    capsShare: 0.4,
    weight: 9,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'ANNUAL WELLNESS VISIT - {pcp}\n{p_hdr}   DOB {dob}   {age_sex}\nPCP: {md}   Visit date: {d}',
        'Annual physical {d}. {pt} is a {age} {sex} here for yearly exam; last seen {mo_yr}.',
        'Medicare AWV (subsequent) - {d} - {p} ({mrn}) - MBI {mbi}{tribal_line}',
      ],
      [
        'Care gaps (registry run {d_prev}):\n- Colonoscopy: overdue, last {yr} at {hosp2} (2 TA polyps). FIT kit offered.\n{imaging_gap}\n- Diabetic eye exam: due, referral to {eye}.\n- Shingrix dose 2 due; PCV20 given today (lot {lot}).',
        'Health maintenance: LDCT lung cancer screening due (42 pack-years, quit {yr}). DEXA {mo_yr}: T-score -2.6, on alendronate. Hep C screen neg {yr}. Tdap {yr}.',
        'HM gaps: {hm_gap} Flu shot given. PHQ-2 0. Falls: 1 fall since {holiday}, no injury. Advance directive: {k1} is HCP, form on file {d_prev}.',
      ],
      [
        'ROS negative except knee pain. Exam: {vitals}. Head: NCAT. Heart: RRR, no murmur. Lungs: CTAB. Foot exam: monofilament intact bilat, no ulcers, DP 2+. {trap}.',
        'Exam: {vitals}. BMI 34.1. Heart RRR. Abd soft, abdominal wall hernia reducible. Skin: Campbell de Morgan spots on trunk, benign. {trap}.',
        'Exam: {vitals}. Gen: well-appearing, affect bright, lively. Hands: Heberden nodes at DIPs. Labs {dl_prev}: {labs}. {trap2}.',
      ],
      [
        'Social: lives in {town}, {st} with {k1}. Works as {a_prof}. Tob 1 ppd. EtOH social. Attends {church}.',
        'Social: retired {prof}; widowed {mo_yr}. {k2} checks in daily; {k3} lives in {town2}. Still drives. Guns in home, locked.',
        'SDOH: food insecurity screen positive, referred to food bank. Transportation: relies on {k1f}. {cell}; prefers text. Email {mail}.',
        'Social: born in {abroad}; moved to {county} in {yr}. Lives with {k1}. Works as {a_prof}. Portal: {portal}.',
      ],
      [
        'A/P: 1. T2DM above goal, start Jardiance 10 mg; RTC 3 mo ({dl_next}). 2. HTN controlled. 3. Care gaps as above; MA {st2f} to schedule. {md_sig}',
        'Orders: CBC, CMP, lipids, A1c, TSH; FIT; {imaging} at {hosp_s}. Next AWV in 1 yr. {md_sig}',
        'Plan discussed with pt and {k1}. Total time 40 min. {md_sig}\ncc: {md3} (cardiology)',
      ],
    ],
  },
  {
    style: 'dental-oral-surgery',
    capsShare: 0.5,
    weight: 8,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'ORAL SURGERY NOTE - {dental}\nPt: {p_hdr}   DOB: {dob}   Chart #: {mrn}\nDOS: {d}',
        'DENTAL VISIT {d} - {dental} - {p}, {age}',
        'Extraction note {d_time}. {p} ({age_sex}) presents with {k1} for scheduled extractions.',
      ],
      [
        '{dental_case}',
      ],
      [
        'Dental plan member ID {member}. Appointment reminders by text to {cell}.',
        'Pt is {a_prof}; needs a work note for {employer} through {dl_next}.',
        'Medical hx reviewed with pt and {k1}: {med}. {trap}.',
      ],
      [
        'RTC 1 wk for post-op check ({dl_next}). {dentist_sig}',
        '{dentist_sig}\nAssisted by {aide}. Referred by {md2}.',
        '{dentist_sig}\ncc: {md3} (PCP)',
      ],
    ],
  },
  {
    style: 'group-therapy',
    capsShare: 0.3,
    weight: 8,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'GROUP THERAPY NOTE - {bh}\nGroup: DBT Skills (Distress Tolerance)   Date: {d}   Time: {clock} (90 min)\nPatient: {p_hdr}   MRN: {mrn}',
        'IOP Group Note {d} - {p} - Facilitator: {st1}, LCSW',
        'Process group {d}, {bh}. Pt: {p_ini} ({mrn}).',
      ],
      [
        'Members present (6): {g_list}, and pt. Absent: {g5} (excused). Co-facilitator: {aide} (peer support).',
        'Attendance: {g1}, {g2}, {g3}, {g4} and {pf} present; {g5} left early. Topic: radical acceptance and the STOP skill.',
        'Group of 7; members introduced by first name only ({g1}, {g2}, {g3}). Check-in: mood rated 1-10.',
      ],
      [
        'Pt shared about {his} {k1w} {k1f} relapsing; {g1} and {g2} offered support. Pt practiced Wise Mind and TIPP. Hope box reviewed.',
        "Pt quiet during check-in, mood 3/10. When {g3} spoke about losing a child, pt became tearful and left group for 5 min; returned with {st2f}. Pt denied SI.",
        'Pt reports attending a SMART Recovery meeting at {church} and 2 AA meetings; sponsor {sponsor} calls daily. Working Step 4. Serenity Prayer closed group.',
        "Pt challenged {g4}'s all-or-nothing thinking respectfully. Role-played DEAR MAN for a conflict with {k2}. Lively discussion.",
      ],
      [
        'MSE: alert, casually groomed, affect constricted, TP linear. C-SSRS screen negative. PHQ-9 {n}.',
        'Risk: denies SI/HI. Protective factors: children ({kid1}, {kid2}), faith, job as {a_prof}.',
        'Homework: diary card; self-soothe with five senses. {trap}.',
      ],
      [
        'Plan: continue IOP 3x/wk; individual session with {therapist} {dl_next}. {st1_sig}',
        '{st1_sig}\nGroup co-led by {aide}. Note entered by {user}.',
        'Next group {wk} @ {clock}. {st1_sig}',
      ],
    ],
  },
  {
    style: 'methadone-clinic',
    capsShare: 0.55,
    weight: 8,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'OTP DOSING/COUNSELING NOTE - {otp}\nPATIENT: {p_hdr}   ID: {mrn}   SCR#: {scr}\nDATE: {d}',
        'METHADONE CLINIC NOTE {d_time}: {p} ({age_sex}), current dose 95 mg.',
        'Medical provider visit, {otp}, {d}. Pt {pt}, {age}, in methadone maintenance since {mo_yr}.',
        'OTP INTAKE {d}: {p}, DOB {dob}, SSN {ssn}. ID verified: {st} DL {dl_no}. Referred by {md2} after an overdose seen at {hosp} on {dl_prev}.',
      ],
      [
        'Dose: methadone 95 mg PO daily, observed by {rn}. Take-homes: 2 (Sat/Sun). Guest dosing at {otp2} {range} while visiting {k1} in {town2}.',
        'UDS {dl_prev}: +methadone, +fentanyl, -benzos. Pt admits using "half a blue" on {wk}. COWS 6 at dosing. KASPER/PDMP reviewed: no other controlled Rx.',
        'Pt reports no use since {holiday}. UDS negative x3. Eligible for 6 take-homes; lockbox verified. Narcan kit reissued (used on {k2f} {dl_prev}).',
      ],
      [
        'Counseling: {counselor} met w/ pt 30 min. Stressors: court date {dl_next} (case #{court}), custody of {kid1} ({kidage}). Probation: {po}, {ph}; releases signed.',
        'Pt works as {a_prof} at {employer}; needs dosing before 0600 shift. Drives, {plate}. Housing: staying with {k1} at {addr}.',
        'Pt lost take-homes after a missed bottle callback on {dl_prev}. Pt states {his} {k1w} {k1f} threw them out. Incident report filed.',
      ],
      [
        'Vitals: {vitals}. Pupils 3 mm. No sedation. QTc 462 on ECG {dl_prev}; repeat in 6 mo. {trap}.',
        'Hep C Ab+, RNA pending; referred to {md3}. HIV neg. Vivitrol discussed, declined. {trap2}.',
      ],
      [
        'Plan: increase dose by 5 mg to 100 mg starting {dl_next}. RTC 1 wk. {md_sig}',
        'Plan: continue. Next counseling {wk} {clock} with {counselor_first}; bottle check due {nth}. -{rn}',
        '{md_sig}\nOTP main line {ph_ext} | fax {fax}',
      ],
    ],
  },
  {
    style: 'hospice-home',
    capsShare: 0.5,
    weight: 8,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'HOSPICE RN VISIT - {hospice}\nPatient: {p_hdr}   Dx: metastatic pancreatic ca   Benefit period 2\nVisit: {d}   Time in {clock} / out {clock}',
        'HOSPICE ROUTINE VISIT {d}. {p}, age {age_n}, seen at home, {addr}.',
        'Hospice SN visit {d_time}. {pt} in hospital bed in living room; {fam} present.',
      ],
      [
        'Present: {fam}. {k1f} (primary caregiver) reports pt sleeping 20 h/day, sips only. PPS 30%, FAST 7c. Cheyne-Stokes respirations with apneas of 15-20 sec.',
        "Family gathered; {k2} flew in from {town2}, {st2}. {Perk}, pt last ate on {dl_prev}. Mottling to knees. Pt's {k3w} {k3f} asked \"how long?\" - discussed signs of active dying.",
        'Pt alert at times, recognized {k1f}. Pain 4/10 on Roxanol; one breakthrough dose at {clock}. Terminal agitation overnight {perk}; haloperidol effective.',
      ],
      [
        'Meds: {med}; {med2}. Comfort kit in fridge, count verified with {k1f}: Roxanol 20 mg/mL 28 mL, lorazepam 0.5 mg #12. {trap}.',
        'Skin: stage 3 sacrum, foam dressing changed. Foley draining dark amber. Hoyer lift in home, family competent. {trap2}.',
      ],
      [
        'Psychosocial: {pastor} of {church} visited {wk}. Family wants pt at home; funeral home {funeral} ({ph}). DNR/POLST on fridge, dated {d_prev}.',
        'Pt is a retired {prof}. Pt asked for {his} {k2w}, {k2f}, to sing. Chaplain {chap} to visit {dl_next}. MSW {st1} following re: caregiver fatigue.',
        'Bereavement risk: high ({k1f} has no other support). Call {k3f} at {cell} if {k1f} unavailable. Family prays the rosary nightly; hope is for a peaceful death.',
        'Pt was born in {abroad} and came to {town} in {yr}; wishes to be buried in {country}. {funeral} is arranging. Friends raising funds at {url}.',
        'Appetite poor since {month}; weight down 18 lb. {k1f} asks about tube feeding; goals of care reviewed again with {k1} and {k2}.',
      ],
      [
        'Plan: increase visits to daily. On-call RN {ph_ext}, 24/7. Hospice MD {md} updated. {rn}',
        'Visit note to {md}; next RN visit {dl_next}. {rn}\nHHA {aide} visits M/W/F for bathing.',
        'Pt pronounced by {rn_full}, RN at {clock} on {d}, family at bedside. {funeral} notified; {md} notified for death certificate.',
      ],
    ],
  },
  {
    style: 'dialysis-monthly',
    capsShare: 0.6,
    weight: 7,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'MONTHLY DIALYSIS PROGRESS NOTE - {dial}\n{p_hdr}   DOB {dob}   MRN {mrn}   Month: {this_month}',
        'NEPHROLOGY MONTHLY HD REVIEW {d}: {p}, {age_sex}, ESRD 2/2 DM nephropathy, on HD since {mo_yr}.',
        'HD monthly note {d} - {dial} - {pt}',
      ],
      [
        'Schedule: MWF 2nd shift, chair 12. EDW 82.5 kg (down 0.5). Avg IDWG 3.1 kg. Access: L brachiocephalic AVF, thrill/bruit +, no infiltration. Kt/V 1.42, URR 74%.',
        'Schedule: TTS 1st shift. Access: R IJ tunneled HD cath (placed {dl_prev} at {hosp}); AVF referral to {md3} (vascular). Kt/V 1.18, below goal; Qb up to 400.',
        'Missed 2 treatments this month ({dl_prev} and {dl_prev}): no ride after {k1f} started working at {employer}. Medicaid transport set up.',
      ],
      [
        'Labs ({dl_prev}): Hgb 9.6, ferritin 512, TSAT 24%, Ca 8.9, Phos 6.8, PTH 612, Alb 3.6, K 5.6. Epogen 6,000 units TIW; Venofer 100 mg x10; sevelamer increased; Sensipar 30 mg.',
        'Labs: {labs}. Phos high: diet reviewed with RD {st1}; {his} {k1w} cooks with a lot of canned foods. {trap}.',
      ],
      [
        'Transplant: waitlisted at {hosp2} since {mo_yr}; coordinator {st4} ({ph_ext}). Living donor eval for {k2} pending.',
        'Modality: pt interested in home HD; training at {dial}. Advance care planning: {k1} is HCP. {trap2}.',
        'ESRD Medicare {mbi}; secondary {member}. SW {aide} helping with copays at {pharm}.',
      ],
      [
        'Seen and examined during treatment. {md_sig}',
        '{md_sig}\nNext monthly review: {month_next}',
        'Plan reviewed at QAPI with RN {rnf} and RD {st1}. {md_sig}',
      ],
    ],
  },
  {
    style: 'snf-rehab-daily',
    capsShare: 0.85,
    weight: 8,
    separators: ['\n'],
    sections: [
      [
        'PT DAILY NOTE {d} - {snf}\nRES: {p_hdr}   RM {room}   MEDICARE A DAY 14 OF 100',
        'SKILLED REHAB DAILY NOTE {d}: RESIDENT {p} ({old_sex}), ADMITTED FROM {hosp} {dl_prev} S/P L HIP HEMIARTHROPLASTY.',
        'OT TX NOTE {d_time} {snf} RM {room}, {p_hdr}',
      ],
      [
        'GAIT: 150 FT X2 W/ RW, CGA, CUES FOR STEP LENGTH. TRANSFERS SIT<>STAND MIN A X1. BERG 38/56, TUG 19 SEC. PAIN 4/10 L HIP PRE-TX, NORCO GIVEN BY NSG.',
        'ADLS: LB DRESSING MOD A W/ REACHER AND SOCK AID. TOILETING CGA. HIP PRECAUTIONS 2/3 RECALLED. TINETTI 16/28.',
        'THEREX: LAQ, HEEL SLIDES, ANKLE PUMPS 2X15. NUSTEP 10 MIN LEVEL 3. SPO2 91% RA AFTER AMB, RECOVERED W/ REST. {trap}.',
      ],
      [
        'PT STATES {his} {k1w} {k1f} IS "FIXING UP THE HOUSE" IN {town} - 4 STEPS TO ENTER, L RAIL. DC PLAN: HOME W/ {k1} AND HH THROUGH {hh}.',
        'CARE CONFERENCE {dl_next} @ {clock} W/ {k1}, SW {st1}, MDS NURSE {rn2}. FAMILY PHONE {ph}.',
        'PT ASKS TO BE CALLED {p_nick}. L FOOT DROP, AFO ORDERED FROM {vendor}. {trap2}.',
        'PT TEARFUL, MISSES {his} CHURCH ({church}); {pastor} TO VISIT {wk}. HOYER FOR NIGHT TRANSFERS PER NSG.',
      ],
      [
        'PLAN: CONT POC 5X/WK. {ther}',
        'ASSESSMENT: PROGRESSING TOWARD GOALS; RECERT DUE {dl_next}. -{ther}',
        'TX TIME 55 MIN. {ther} / SUPERVISING {ther2}',
      ],
    ],
  },
  {
    style: 'nicu',
    capsShare: 0.5,
    weight: 8,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'NICU ADMISSION NOTE - {hosp}\nInfant: {baby}   MRN {mrn}   DOB/TOB {baby_dob} {clock}\nMother: {mom_full} (MRN {mrn2})',
        'NICU DAILY PROGRESS NOTE {d}. {baby}, DOL 4, CGA 35 1/7 wk, {bed}.',
        'NEWBORN NURSERY NOTE {d}: {baby} born {baby_dob} at {hosp_s} to a {mom_age} G3P2 mother.',
      ],
      [
        'Born at 33 4/7 wks by C/S for NRFHT to {mom_age} G3P2 mother ({mom_full}), O+, GBS unknown, ROM 19 h. Apgars 6 and 8. BW 1890 g (SGA). Ballard c/w dates.',
        'Resp: CPAP +5, FiO2 21-25%; caffeine started. CV: soft murmur, echo {dl_next}. FEN: TF 150 mL/kg/d, MBM/Neosure 22 via NGT; mom pumping. ID: amp/gent x48h, BCx NGTD.',
        'Bili 11.2 at 60 h (LL 13), phototherapy off. Newborn screen #{nbs} sent {dl_prev}. Hearing screen (ABR): pass R, refer L, repeat before dc. CCHD screen passed.',
      ],
      [
        'Parents: {mom} and {dad} at bedside for care times; kangaroo care x2 h. Updated by {md2} at {clock}. Mother cell {ph}, father {cell}.',
        'Social: mom is a {prof}, lives in {town}, {st}, 45 min away; sibling {sibf} ({kidage}) at home with grandmother {gm}. SW {st1} consulted re: gas cards; DCFS not involved.',
        'Parents have named baby "{baby_first}". {dadf} asks for updates by phone only. {mom_lang} interpreter {interp} (ID {interp_id}) used for consent.',
      ],
      [
        'Plan: wean CPAP, advance feeds 20 mL/kg/d, recheck bili in AM. Anticipate back-transfer to {hosp2} when off CPAP, around {d_next}. {md_sig}',
        '{md_sig} (Neonatology)\nNNP: {np}',
        'Discussed on rounds with {md}, fellow {md2l}, RN {rnf}. {np}',
      ],
    ],
  },
  {
    style: 'ems-pcr',
    capsShare: 0.9,
    weight: 8,
    separators: ['\n'],
    sections: [
      [
        'PATIENT CARE REPORT - {ems}   INCIDENT #{pcr}   DATE {d}\nUNIT MEDIC 12   DISP {clock}  ENR {clock}  ON SCENE {clock}  TRANSPORT {clock}  AT DEST {clock}',
        'PCR NARRATIVE {d}: MEDIC 7 DISPATCHED BY {county} 911 EMERGENT TO {dispatch} FOR {age_sex} CHEST PAIN.',
        'EMS RUN REPORT {d_time} - {ems} - INC {pcr} - PT {p_hdr}, DOB {dob}',
      ],
      [
        'ARRIVED TO FIND {age_sex} SITTING IN RECLINER, DIAPHORETIC, C/O SUBSTERNAL CP 8/10 RADIATING TO L ARM SINCE {clock}. {k1} ON SCENE STATES PT "HAS A BAD HEART." PMH CABG, DM. MEDS PER BAG. {trap}.',
        'CALLER {k1f} ({cb}) STATES PT FOUND DOWN IN YARD AT {scene}. PT A&OX2, GCS 14, +ETOH. FALL FROM PORCH STEPS ~4 FT. C-COLLAR PER PROTOCOL.',
        'MVC, SINGLE VEHICLE VS TREE ON {road}. RESTRAINED DRIVER, +AIRBAG. VEHICLE {plate}. SELF-EXTRICATED. C/O NECK PAIN. {trap}.',
      ],
      [
        'VS: {vitals}. 12-LEAD: STE II, III, AVF - STEMI ALERT TO {hosp} @ {clock}. ASA 324 PO, NTG 0.4 SL X2, 18G L AC, FENTANYL 50 MCG IV.',
        'VS: {vitals}. BGL 48, D10 250 ML IV W/ IMPROVEMENT TO 112. PT INITIALLY REFUSED; {k1f} CONVINCED PT TO GO.',
        'VS: {vitals}. SPINAL MOTION RESTRICTION ON SCOOP. NO LOC PER BYSTANDER {nb}.',
      ],
      [
        'TRANSPORTED EMERGENT TO {hosp}; REPORT TO {rn_full} RN. BELONGINGS (WALLET, PHONE) GIVEN TO {k1}. SSN {ssn} FOR BILLING; MEDICAID {medicaid}.',
        'HANDOFF AT {hosp} ED TO DR {mdl}. FAMILY FOLLOWING IN POV; {k1} CELL {ph}.',
        'PT HANDED TO {air} AT LZ FOR FLIGHT TO {hosp2}, AIRCRAFT {tail}. {k1} NOTIFIED BY PHONE {ph}.',
      ],
      [
        'CREW: {medic} {lic}; EMT {emt} {lic2}. ENTERED BY {user}',
        'PARAMEDIC: {medic}, CERT {lic}; EMT: {emt}',
        'SIGNED {medic} {d_time}',
      ],
    ],
  },
  {
    style: 'pathology',
    capsShare: 0.6,
    weight: 8,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'SURGICAL PATHOLOGY REPORT\nAccession: {acc}   Received: {d_time}\nPatient: {p_hdr}   DOB: {dob}   MRN: {mrn}\nSubmitting physician: {md2}   Location: {hosp}',
        'CYTOLOGY REPORT - {hosp} DEPARTMENT OF PATHOLOGY\nCase: {acc}   Collected: {dl_prev}   Reported: {d}\nName: {p_hdr}   Sex: {sexF}   Age: {age_n}',
        'FINAL PATHOLOGY REPORT {acc} - {p_hdr} ({mrn}) - collected {d}',
      ],
      [
        '{path_case}',
      ],
      [
        'COMMENT: Reviewed at intradepartmental consensus with {md3}. Outside slides ({acc2}) from {hosp2} reviewed; we agree.',
        'COMMENT: Results discussed with {md2} by phone at {clock}.',
        'COMMENT: Clinical correlation recommended.',
      ],
      [
        'Electronically signed out by {path_name}, {d_time}.',
        '{path_sig}\nPathologist, {hosp_s}   Phone {ph_ext}   Fax {fax}',
        'I have personally reviewed the slides. {path_sig} {d}\nCritical result called to {md2} by {st2f} at {clock}, read back.',
      ],
    ],
  },
  {
    style: 'genetic-counseling',
    capsShare: 0.2,
    weight: 7,
    separators: ['\n\n'],
    sections: [
      [
        '{gene_clinic}\n{inst_addr}\nPhone {ph2}   Fax {fax}\n\n{d}',
        '{hospf} Cancer Genetics Program\n{d}',
      ],
      [
        'RE: {p}\nDOB: {dob}\nMRN: {mrn}\nReferring: {md2}',
        'Dear Dr. {md2l},\n\nRE: {p}, DOB {dob}',
      ],
      [
        'Thank you for referring {pt}, a {age} {sex} seen with {his} {k1w}, {k1f}, on {dl_prev} for genetic counseling about a personal history of {cancer} diagnosed at age {age_dx}.',
        'I saw {pf} and {his} {k1w}, {k1f}, on {dl_prev} to discuss {his} family history of colon cancer and the option of genetic testing.',
      ],
      [
        'Family history (pedigree drawn {dl_prev}): {his} mother, {ped_mom}, was diagnosed with ovarian cancer at {ped_age} and died at {ped_age2}. A maternal aunt, {ped_aunt}, had breast cancer at {ped_age}. The maternal grandfather, {ped_gf}, died at {oldrel} of "old age." {His} father, {ped_dad}, is alive at {ped_age2}. Ancestry: {ancestry}.',
        'Family history: sister {ped_sis} had colon cancer at {ped_age}; brother {ped_bro} had polyps at {ped_age}. Father {ped_dad} died of "stomach cancer" at {ped_age2} in {town2}. Children {kid1} and {kid2} are well. Ancestry: {ancestry}.',
      ],
      [
        'Testing: {gene_lab} multigene panel (47 genes), requisition {req}. Result ({dl_prev}): pathogenic BRCA2 c.5946delT (p.Ser1982Argfs*22); VUS in ATM c.1229T>C.',
        'Testing: Lynch panel via {gene_lab}, order #{req}: pathogenic MLH1 c.350C>T (p.Ala117Val). Tumor IHC: loss of MLH1/PMS2; BRAF V600E negative.',
        'Testing declined today; insurance ({member}) prior authorization submitted. Family letters provided for {ped_sis} and {kid1}.',
      ],
      [
        'Recommendations: {brca_recs}. Cascade testing for first-degree relatives. {He} plans to tell {his} {k2w} {k2f} in {town2}.',
        'Recommendations: colonoscopy every 1-2 years; EGD with random biopsies. Relatives at 50% risk: {kid1}, {kid2} and {ped_sis}. Results letter mailed to {addr}.',
      ],
      [
        'Sincerely,\n{gc_sig}\nLicensed Genetic Counselor\ncc: {md2}; {md3}',
        'Please contact me with questions at {ph_ext} or {staff_mail}.\n{gc_sig}',
      ],
    ],
  },
  {
    style: 'audiology',
    capsShare: 0.35,
    weight: 6,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'AUDIOLOGIC EVALUATION - {hearing}\nPatient: {p_hdr}   DOB: {dob}   Date: {d}\nReferred by: {md2}',
        'Audiology note {d}: {p}, age {age_n}, seen at {hearing}.',
        'HEARING/BALANCE EVAL {d_time} - {hearing} - {pt} ({mrn})',
      ],
      [
        '{aud_case}',
      ],
      [
        '{aud_sig}',
        '{aud_sig}\ncc: {md2}',
        'Results reviewed with pt and {k1}. {aud_sig}',
      ],
    ],
  },
  {
    style: 'school-nurse',
    capsShare: 0.3,
    weight: 7,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'SCHOOL HEALTH OFFICE VISIT - {school}\nStudent: {ch_hdr}   DOB: {ch_dob}   Grade: {grade}   Student ID: {stu_id}\nDate/time: {d_time}',
        'Nurse office log {d}: {ch}, {ch_age}, grade {grade}, sent by {teacher} at {clock}.',
        'SCHOOL NURSE NOTE {d} - {school} - {ch}',
      ],
      [
        'Reason: asthma exacerbation at recess. Wheezing, RR 28, SpO2 93%. Albuterol HFA 4 puffs via spacer per action plan signed by {md2}. Recheck at 20 min: SpO2 97%, no wheeze.',
        'Reason: headache and blurry vision in class. Vision screen: 20/50 OU (Snellen), Spot Vision Screener refer. No head injury. Acetaminophen per standing order with parent permission.',
        'Reason: BG check before lunch (T1DM, Dexcom G7 + Omnipod). BG 62; 15 g juice, recheck 98. Insulin per carb ratio 1:15. Glucagon kept in office.',
        'Reason: fell from monkey bars, L wrist pain and swelling, no deformity. Ice and splint. {trap}.',
      ],
      [
        'Called {par} at {ph} at {clock}; {parf} will pick up. Student rested in health office.',
        'Unable to reach {par} ({ph}); VM left. Emergency contact grandmother {gm} reached at work ({employer}), will pick up by {clock}.',
        'Student returned to class ({teacher}) at {clock}. Note sent home to {par}; copy emailed to {par_mail}.',
      ],
      [
        'Follow-up: IHP updated; 504 meeting {dl_next}. Pediatrician {md2} at {pcp} faxed ({fax}). {sn_sig}',
        '{sn_sig}\nHealth office {ph_ext}',
        'Recommend eval by PCP; Medicaid {medicaid} on file. {sn_sig}',
      ],
    ],
  },
  {
    style: 'phone-triage',
    capsShare: 0.65,
    weight: 8,
    separators: ['\n'],
    sections: [
      [
        'TELEPHONE TRIAGE LOG - {pcp} after-hours line\nPT: {p_hdr}   DOB {dob}   MRN {mrn}',
        'NURSE TRIAGE CALL {d}\nCaller: {k1} for pt {p} ({age_sex})   {cb}',
        'PHONE ENCOUNTER {d_time} - {p} - caller: self - {cb}',
        'PORTAL MESSAGE from {p_user} (patient) received {d_time}; converted to triage encounter.',
      ],
      [
        '{dshort} {clock} CALL RECEIVED from {k1} re: pt fever 102.4 since {wk}, cough, poor PO. {cb}. {rn_tag}\n{dshort} {clock} Schmitt-Thompson protocol "Cough - Adult" used. Dispo: see today.',
        "{dshort} {clock} Pt called c/o dizziness after starting {med}. BP at home 88/50 on {k1poss} cuff. {rn_tag}\n{dshort} {clock} d/w on-call {md2} (covering for Dr. {mdl}): hold med, recheck BP in AM.",
        '{dshort} {clock} Msg on nurse line: "out of my Norco, pharmacy says I need a new Rx." {rn_tag}\n{dshort} {clock} Returned call, no answer, VM left at {ph}.',
      ],
      [
        '{dshort} {clock} 2nd attempt: spoke w/ pt. Denies CP/SOB. Advised ED if worse; pt prefers {uc}. {rn_tag}',
        '{dshort} {clock} {pharm} ({ph2}) called re: PA needed for Ozempic; PA #{claim} submitted. {rn_tag}',
        '{dshort} {clock} {k2} called for an update; pt signed a release for {k2f} on {dl_prev}. Updated. {rn_tag}',
      ],
      [
        'Disposition: ED now. Pt agreeable; {k1f} driving to {hosp}. ED charge RN {rn2f} notified at ext {ext}.',
        'Disposition: appt next AM {dl_next} @ {clock} with {md}. Care advice given; caller verbalized understanding.',
        'Disposition: home care. Call back if fever >103, stiff neck or confusion. Routed to {md} and {user}.',
      ],
      [
        '{rn}',
        'Triage RN: {rn} / reviewed {md_ini}',
        '',
      ],
    ],
  },
  {
    style: 'transfer-request',
    capsShare: 0.8,
    weight: 7,
    separators: ['\n'],
    sections: [
      [
        'INTERFACILITY TRANSFER REQUEST\nDATE/TIME OF CALL: {d_time}\nSENDING: {hosp} ({town}, {st})   RECEIVING: {hosp2}\nPATIENT: {p_hdr}   DOB: {dob}   AGE: {age_n}   SEX: {sexF}',
        'TRANSFER CENTER LOG {d} {clock}: {hosp_s} REQUESTING TRANSFER OF {p} ({age_sex}) TO {hosp2}.',
        'Transfer request form {d}. Pt {p_hdr}, MRN {mrn}, FIN {fin}',
      ],
      [
        'REQUESTING MD: {md} ({ph2})   ACCEPTING MD: {md2} (CARDIOLOGY)   REASON: NSTEMI W/ ONGOING CP, NEEDS CATH, NO CATH LAB HERE.',
        'SENDING PHYSICIAN {md}, CALLBACK {ph_ext}; ACCEPTING {md2}; DX: SAH, HUNT-HESS 2, NEEDS NEUROSURGERY.',
        'REFERRING {md}, {hosp_s}; ACCEPTED BY {md2} VIA TRANSFER CENTER RN {rn2f} AT {clock}. DX: PERFORATED APPENDIX W/ PELVIC ABSCESS, NEEDS IR.',
      ],
      [
        'MODE: {air} FIXED WING, TAIL {tail}, ETA {clock}. WEATHER HOLD POSSIBLE. BED: {unit} {bed}.',
        'MODE: GROUND ALS VIA {ems}. BED ASSIGNED {unit} RM {room}. REPORT CALLED TO {rn3full} RN, EXT {ext}.',
        'MODE: ROTOR ({air}), LZ AT SENDING FACILITY. ACCEPTING UNIT ICU; BED PENDING.',
      ],
      [
        'CODE STATUS: FULL. HCP: {k1}, {cell}. INSURANCE: MEDICAID {medicaid}. ALLERGIES: PCN.',
        'FAMILY: {fam}; {k1f} WILL DRIVE FROM {town} (3 HRS). {lang_line}; INTERPRETER NEEDED.',
        'VITALS PRIOR TO TRANSFER: {vitals}. LABS: {labs}. IMAGES PUSHED VIA PACS; CD SENT WITH CREW.',
      ],
      [
        'FORM COMPLETED BY {rn}   EMTALA CERTIFICATION SIGNED BY DR {mdl} AT {clock}.',
        'TRANSFER CENTER RN: {rn2} / CALL REF #{xfer}',
        '{rn}',
      ],
    ],
  },
  {
    style: 'discharge-followup',
    capsShare: 0.3,
    weight: 9,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'DISCHARGE SUMMARY\n{hospf}\nPatient: {p_hdr}   MRN: {mrn}   Acct: {fin}\nAdmit: {d_prev}   Discharge: {d}\nAttending: {md}   PCP: {md3}',
        'Discharge Summary - {p} - {age_sex} - admitted {range} to {unit}',
      ],
      [
        'HOSPITAL COURSE: {pt} is a {age} {sex} with HFrEF (EF 25%) admitted with ADHF. Diuresed 6 L with IV Lasix; wt 98.2 -> 92.0 kg. Cardiology ({md2}) saw pt; GDMT optimized. {trap}.',
        'HOSPITAL COURSE: admitted for RLL pneumonia with sepsis; rusty sputum, strep pneumo urine Ag +. Ceftriaxone/azithro x5d. {trap}. Discharged on {dl}.',
        'BRIEF COURSE: fall at home in {town}; L hip fx, ORIF by {md2} on {dl_prev}. Post-op delirium resolved. PT/OT: needs SNF; accepted at {snf}.',
      ],
      [
        'DISCHARGE MEDS: {med}; {med2}; Norco 5/325 q6h PRN #12.\nDIET: 2 g Na. ACTIVITY: as tolerated.',
        'Pending at discharge: blood cultures from {dl_prev} (NGTD); outside records from {hosp2}.',
      ],
      [
        'FOLLOW-UP APPOINTMENTS:\n1. {md3} (PCP) - {fu1} - {pcp}, {inst_addr}, {ph2}\n2. {md2} (cardiology) - {fu2} at {clock} - {ph_ext}\n3. Lab draw - {fu3} - {hosp_s} outpatient lab',
        'FOLLOW-UP:\n- {pcp}: {fu1} @ {clock} with {md3}\n- Heart failure clinic: {fu2}; call {ph2} if not contacted\n- Home health: {hh} to start {fu3}',
        'F/U: PCP {md3} within 7 days ({fu1}); {md2} in 2 wks ({fu2}). Pt to call {ph_ext} to confirm. {k1} will drive.',
      ],
      [
        'Discharged home with {k1} to {addr}. Condition stable. {md_sig}\ncc: {md3}; {pcp}, fax {fax}',
        'Time spent on discharge: 40 min. {md_sig}\nNPI {npi}',
        'Discharged to {snf} via {ems}. Report given to {rn3full}. {md_sig}',
      ],
    ],
  },
  {
    style: 'consult-i2b2',
    capsShare: 0.35,
    weight: 8,
    separators: ['\n\n'],
    sections: [
      [
        '{hospf} - NEPHROLOGY CONSULT\n\nDate of consultation: {d}\nPatient: {p}   MRN: {mrn}\nRequesting: {md2}\nReason: AKI',
        'Record date: {d}\n\n{hosp_s} Renal Consult Note\n\nRE: {p_hdr}',
      ],
      [
        'HPI: {pt} is a {age} {sex} with DM2, HTN and CKD 3b, losing weight since {month}, who presented to the {hosp_s} ED on {dl_prev} with 3 days of malaise. {Perk}, {he} had not been {him}self since {holiday}. Cr 3.4 from baseline 1.6 ({mo_yr}).',
        'HPI: {pf} is well known to me from {pcp}. {He} was in {his} usual health until {lastwk}, when {he} noted dark urine after a weekend hauling wood with {his} {k2w}, {k2f}. CK 48,000.',
        'HPI: {age_sex} referred for hyponatremia (Na 118). Drinks "a case of beer a day" {perk}. Moved from {abroad} in {yr}; history via {abroad_lang} interpreter {interp}.',
      ],
      [
        'PMH: DM2 (A1c 9.1), HTN, gout, remote Bell palsy. PSH: appendectomy ({yr}). Meds: {med}; {med2}.\nSH: lives in {town}, {state} with {k1}; works as {a_prof} at {employer}. Quit smoking {yr}. FH: father on HD at {dial}, died at {ped_age2}.',
        'SH: retired {prof}; lives alone in {county} since {his} {k1w} moved to {town2} in {yr}. {k3} nearby. No drugs. FH: mother with PKD.',
      ],
      [
        'EXAM: {vitals}. Heart RRR, no rub. Lungs clear. Ext 1+ edema. {trap}.\nDATA: {labs}. UA 2+ blood, 0-2 RBC (c/w myoglobin).',
        'EXAM: {vitals}. Dry mucous membranes. No asterixis. Foley in place. DATA: {labs}; renal US {dl_prev}: 10.2/10.8 cm, no hydro.',
      ],
      [
        'IMPRESSION/PLAN: AKI, prerenal vs ATN. IVF, hold lisinopril and metformin, avoid nephrotoxins. No emergent HD indication. Will follow daily. Thank you for this consult; d/w Dr. {md2l} by phone.\n\n{md_sig}\n{pgr}',
        'A/P: rhabdomyolysis with AKI; IVF 200 mL/h, trend CK q12h. D/w pt and {k1}. Will follow.\n\n{md_sig}\ncc: {md3}; {pcp}',
        'A/P as above; d/w {md3} (covering for Dr. {md2l}). {md2_sig} (fellow)\nAttending attestation: seen and examined. {md_sig}',
      ],
    ],
  },
];

export const DEV6_CORPUS: CorpusSpec = {
  name: 'dev6',
  seed: 30617,
  count: 150,
  styles: DEV6_STYLES,
  slots: DEV6_SLOTS,
  file: 'synthetic-dev6.jsonl',
};

import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI missed on the blind dev sets 20 to 25 (rural ALL-CAPS emergency and nursing notes, letterheads of clinics
 * in the US, Canada and abroad, research and insurance letters): numbered roads, streets named without a house number,
 * the region code after a town another rule or the tagger found, organisations after a label of their kind, wards by
 * number, centres spelt the British way, and pets. Each note marks its PHI «text|CATEGORY»; written for these tests.
 */
const cases: MarkedCase[] = [
  {
    name: 'a county, state or tribal road with its number is a place, in capitals and mixed case',
    note: 'TRUCK LEFT THE ROAD ON «COUNTY ROAD 47|LOCATION» AT DUSK. HOME IS OFF «STATE HWY 21|LOCATION».\nFound walking along «BIA Route 12|LOCATION» by a neighbour; lives past «County Rd 9|LOCATION».',
  },
  {
    name: 'a farm-to-market road or highway number after a word that says where',
    note: 'TANK BATTERY ON A LEASE OFF «FM 2203|LOCATION». A FIELD JUST OFF «HIGHWAY 14|LOCATION». Rolled over near «Hwy 56|LOCATION».',
  },
  {
    name: 'route and state words with a number but no road are left alone',
    note: 'ROUTE 2 DOSES GIVEN AT 0400. Route: PO. FM 2 NOTED ON EXAM. STATE 3 OF 4.',
  },
  {
    name: 'in capitals a street abbreviated ST after on or off, where the clause ends',
    note: 'WORKS AT A TIRE SHOP ON «BIRCH ST|LOCATION», NIGHTS. MEETS FRIENDS OFF «NE 14TH ST|LOCATION», SUNDAYS. DROPPED OFF ON «QUARRY ST|LOCATION».',
  },
  {
    name: 'ST after on is a saint or an ST segment when a word follows',
    note: 'PT ON TELE, ST ELEVATION RESOLVED. ON DAY 3 ST DEPRESSION. KEPT ON 2L NC, ST.',
  },
  {
    name: 'a region code after a town a facility line or the tagger found, whatever follows',
    note: '«LAKESIDE FAMILY CLINIC|LOCATION», «HAMTRAMCK|LOCATION», «MI|LOCATION»   DATE «02/03/2024|DATE»\nMOVED HERE FROM «TUPELO|LOCATION», «MS|LOCATION» TO BE NEAR FAMILY.',
  },
  {
    name: 'a town the census lists know as a surname, after a clinic, and its region code; never a credential after a name',
    note: '«HARBOUR STREET FAMILY CLINIC|LOCATION», «HALIFAX|LOCATION», «NS|LOCATION»   DATE «02/03/2024|DATE»\nPCP: «ANNE NORCO|NAME», MD',
  },
  {
    name: 'a Canadian province code after a town, before its postal code',
    note: 'Lives with her daughter at «27 Birchmount Rd|LOCATION», «Scarborough|LOCATION», «ON|LOCATION» «M1P 2J7|LOCATION».',
  },
  {
    name: 'a credential after a name and a diagnosis list are no region codes',
    note: 'Seen with attending «Dawn Okoro|NAME», MD, today.\nHX: HTN, DM2, CAD, MI, CHF.\nBACK AT THE CLINIC, IN TIME FOR LUNCH.',
  },
];

describeMarkedCases('numbered roads, streets without numbers and region codes after places', cases);

/** Organisations named after a label that says what kind they are. */
const labelled: MarkedCase[] = [
  {
    name: 'a sponsor, lab, carrier or agency named after its label, up to the punctuation or number after it',
    note: 'Sponsor: «Larkspur Biotherapeutics|LOCATION»; CRO: «Tillbrook Clinical Research|LOCATION»\nLab: «Orrin Genomics|LOCATION», accession pending. Carrier: «Ridgeline Casualty|LOCATION»; adjuster to call.\nRESETTLEMENT AGENCY: «NORTHERN PLAINS WELCOME SERVICES|LOCATION», CASE WORKER ASSIGNED.',
  },
  {
    name: 'in capitals the name ends before the sentence goes on, or after its organisation word',
    note: 'HOME O2: «BRIGHTWATER MEDICAL SUPPLY|LOCATION» DELIVERED CONCENTRATOR. PHARMACY: «TWIN PINES DRUG|LOCATION» NOTIFIED OF CHANGES.',
  },
  {
    name: 'a body site, department, test or destination written after the same labels is no organisation',
    note: 'Site: Left Deltoid. Clinic: Cardiology. Lab: CBC, BMP pending. School: Grade 11. D/C TO: HOME WITH FAMILY. DC TO: SNF. SITE: MILD NPDR OU.',
  },
];

describeMarkedCases('organisations after their label', labelled);

/** Hospitals outside the US: wards by number, and centres spelt the British way. */
const abroad: MarkedCase[] = [
  {
    name: 'a ward named by its number after the word ward',
    note: '«INVERCLYDE ROYAL HOSPITAL|LOCATION»\nWARD «12B|LOCATION» (RESPIRATORY)   DATE OF ADMISSION «03/02/2024|DATE»\nMoved to Ward «6|LOCATION» overnight. Ward round at 0900. Dose 1:2 ward stock.',
  },
  {
    name: 'a centre, polyclinic or rehabilitation institute ends a facility name like a center',
    note: 'Referred to «Lochside Cancer Centre» for review. Follow up at «Tanjong Pagar Polyclinic» in 2 weeks. Outpatient therapy at «Brookfield Rehabilitation Institute».'.replace(/»/g, '|LOCATION»'),
  },
];

describeMarkedCases('wards and centres of hospitals abroad', abroad);

/** Pets are named like people, or by everyday words written with a capital. */
const pets: MarkedCase[] = [
  {
    name: "a capitalised everyday word after the pet's kind is its name in mixed case; in capitals before also or being too",
    note: 'Protective factors: her job, her cat «Waffles|NAME», church. His dog, «Gravy|NAME», stays with a neighbour.\nHER DOG «ZORRO|NAME» ALSO BIT THE SKUNK.',
  },
  {
    name: "bites, scans and therapy after the pet's kind are no names",
    note: 'Dog bite to the left hand. Cat Scan ordered. Pet Therapy visit today. The dog is fine.',
  },
];

describeMarkedCases('pets', pets);

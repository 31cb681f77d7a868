import { matchesOf, matchesOnLinesAt, matchesOnLinesWith, lowerCaseOf, holdsAny } from '../matches';
import { Candidate, candidate } from './candidate';
import { isDistinctTownName, isDistinctWorldCityName, isListedTown, isListedTownAt, isWorldCity, startsListedTownNameAt, startsWorldCityNameAt } from './gazetteer';
import { EVERYDAY_CLINICAL_RANK, isKnownWord, isProperNoun, wordInfo } from './lexicon';
import type { PhiSubtype } from './types';
import { CITIES, CLINICAL_ABBREVIATIONS, COUNTRIES, CREDENTIALS, EPONYMS, MONTH_OR_WEEKDAY, NEVER_NAMES, PEOPLES_AND_LANGUAGES, PROFESSIONS, PROFESSIONS_NEEDING_CONTEXT, REGIONS, RELATION_CUES, SCORES_NAMED_FOR_PEOPLE, TITLES, STATE_CODE_ALONE, US_STATE_CODE, namesAClinicalInstrument } from './vocabulary';

/*
 * Places: street addresses, city/state/ZIP, countries and well-known cities, facilities and
 * organisations, rooms. Every expression uses bounded repetition only.
 */

export const STREET_SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl|Terrace|Ter|Way|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Plaza|Route|Rte|Turnpike|Pike|Alley|Row|Crescent|Close|Path|Loop|Run|Pass|Point|Pt|Ridge|Hill|Heights|Hts|Walk|Green|Gardens|Park|Creek|View|Commons|Extension|Ext)`;
/** An apartment's, a unit's or a suite's number after a street: ", Apt 3C", " UNIT 14". */
const DWELLING_UNIT = String.raw`,?[ \t]{1,3}(?:Apt|Apartment|Unit|Suite|Ste|#)\.?[ \t]{0,3}#?[A-Za-z0-9-]{1,8}`;
const STREET = new RegExp(
  String.raw`(?<![\w:./-])\d{1,6}(?:[A-Za-z]|½)?(?:[ -]\d{1,5})?[ \t]{1,3}(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t]{1,3})?(?:(?:[A-Z][A-Za-z'’.-]{0,30}|\d{1,3}(?:st|nd|rd|th))[ \t]{1,3}){1,4}${STREET_SUFFIX}\.?(?:[ \t]{1,3}(?:N|S|E|W|NE|NW|SE|SW)\.?)?(?:${DWELLING_UNIT})?(?![A-Za-z])`,
  'g',
);
const STREET_CAPS = new RegExp(STREET.source.replace(/\[A-Z\]\[A-Za-z'’.-\]/g, "[A-Z][A-Z'’.-]"), 'gi');
/** House number, street name, number, as European addresses write it: "233 Erzsébet tér 19". */
const NUMBERED_STREET = /(?<![\w.,/-])\d{3,6}[ \t]{1,3}\p{Lu}[\p{L}'’.-]{1,30}(?:[ \t]{1,2}\p{L}[\p{L}'’.-]{0,30}){0,3}[ \t]{1,2}\d{1,5}[A-Za-z]?(?![\w/]|[.,]\d)/gu;
const SHIP_NAME = /\b(?:aboard|ABOARD|Aboard|cruise ship|CRUISE SHIP|Cruise ship|cruise on|CRUISE ON|Cruise on|(?:vessel|VESSEL|Vessel|ship|SHIP|Ship)[ \t]{0,2}:)[ \t]{1,2}(?:the[ \t]{1,2}|THE[ \t]{1,2}|The[ \t]{1,2})?((?:MV|M\/V|MS|M\/S)?[ \t]?\p{Lu}[\p{L}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’-]{1,20}){0,3})/gu;
/** What follows "aboard the" that is no ship, and the words that end a ship's name. */
const NOT_A_SHIP = /^(?:PLANE|Plane|FLIGHT|Flight|AIRCRAFT|Aircraft|HELICOPTER|Helicopter|AMBULANCE|Ambulance|BUS|Bus|TRAIN|Train|BOAT|Boat|SHIP|Ship|VESSEL|Vessel|UNIT|Unit|HIS|His|HER|Her|A|AN|NO|ON|IN)$/;
const NOT_A_SHIP_NAME_WORD = /^(?:FROM|From|TO|To|IN|In|ON|On|AT|At|WITH|With|FOR|For|DECK|Deck|CABIN|Cabin|WHEN|When|AND|And|WHERE|Where|SINCE|Since|DURING|During|UNTIL|Until|OUTBREAK|Outbreak|CREW|Crew|PASSENGERS?|Passengers?)$/;
/** "X 14 D. NEEDS PT", "BW 2890 G. LENGTH 48": a count of days or a weight, then a full stop, is no house number and street. */
const UNIT_AND_STOP_AFTER_NUMBER = /^\d{1,5}[ \t]?(?:D|G|H|KG|MG|ML|L|WK|WKS|MO|DAYS?|HRS?)\.[ \t]/i;
const UNIT_BETWEEN_NUMBERS = /^(?:hz|khz|db|mmhg|cmh2o|mg|mcg|ml|cc|kg|lbs?|mm|cm|bpm|kcal|mv|x|mo|mos|wks?|yrs?|days?|hrs?|mins?)\.?$/i;
const VITAL_SIGN_LABEL = /^(?:RR|HR|BP|TV|VT|PEEP|PIP|PS|FIO2|FiO2|SPO2|SpO2|SAT|SATS|MAP|CVP|UOP|GCS|RASS|CPAP|BIPAP|IPAP|EPAP)$/;
/**
 * "Apt 4B", "APT #214", "apt 3", "SUITE 200": the number or letter of an apartment or suite; not STE in capitals (an ST
 * elevation) nor "APT W/ SERVICES" (with).
 */
const UNIT = /\b(?:Apt|APT|apt|Apartment|APARTMENT|apartment|Suite|SUITE|Ste)\b\.?\s{0,2}#?\s{0,2}(?=[A-Za-z-]{0,5}\d|[A-Z](?![\w\/]))[A-Za-z0-9-]{1,6}\b/g;
/** A street without a house number after "on", "off", "lives on": "Blue Hill Ave". */
const STREET_AFTER_ON = /\b(?:on|off|near|lives on|lived on)[ \t]{1,2}((?:[A-Z][a-z'’]{1,20}[ \t]){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Parkway|Pkwy|Highway|Hwy|Terrace|Place)\b\.?)/g;
/** "NAPROXEN 500 BID X 7D": a dose's frequency, never a street's name. */
const DOSING_WORD = /\b(?:BID|TID|QID|QD|QHS|QAM|QPM|PRN|DAILY|Q\d{1,2}H)\b/i;
const GP_SURGERY = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]{1,20}[ \t]){1,3})(?:Surgery|SURGERY)\b/gu;
const SURGICAL_SPECIALTY_WORDS = /^(?:DAY|GENERAL|CARDIAC|CARDIOTHORACIC|THORACIC|VASCULAR|PLASTIC|ORTHOPAEDIC|ORTHOPEDIC|PAEDIATRIC|PEDIATRIC|COLORECTAL|BREAST|HAND|SPINE|SPINAL|EYE|DENTAL|ORAL|MAXILLOFACIAL|TRANSPLANT|BARIATRIC|UROLOGIC|UROLOGICAL|NEURO|TRAUMA|MINOR|MAJOR|ELECTIVE|EMERGENCY|ROBOTIC|LAPAROSCOPIC|HEAD|NECK|SAME|AMBULATORY|OUTPATIENT|INPATIENT|POST|PRE|PRIOR|PREVIOUS|RECENT|BACK|KNEE|HIP|SHOULDER|HEART|BRAIN|CATARACT|HERNIA|GALLBLADDER|ENDOCRINE|HEPATOBILIARY|UPPER|LOWER|GI|ENT|OB|GYN|OBSTETRIC|GYNAECOLOGICAL|GYNECOLOGIC|FOOT|ANKLE|WRIST|RETINAL|CORNEAL|OCULAR|SKIN|MOHS|SINUS|NASAL|THYROID|LUNG|LIVER|KIDNEY|RENAL|BOWEL|COLON|ANAL|CARDIOVASCULAR|VASC|PLASTICS|ORTHO|NEUROSURGERY|ACUTE|OF|AND|THE|FOR|AFTER|BEFORE|HAD|HAS|NEEDS|NEEDED|REQUIRED|UNDERWENT|SCHEDULED|PLANNED|FOLLOWING|SINCE|AWAITING|DURING)$/;
const WORKS_AS_A_VERB = /^[ \t]{1,2}(?:nights|days|evenings|weekends|as|at|for|in|on|part|full|from|with|there|here|two|three|long|hard|overnight|shifts?)\b/i;
const STREET_AFTER_ON_ANY_CASE = /\b(?:on|ON|On)[ \t]{1,2}((?:[NSEW]\.?[ \t])?(?:(?:[A-Za-z][A-Za-z'’.-]{1,20}|de|del|la|of)[ \t]){0,3}[A-Za-z][A-Za-z'’.-]{1,20}[ \t](?:AVE|Ave|ave|AVENUE|Avenue|avenue|RD|Rd|rd|ROAD|Road|road|BLVD|Blvd|blvd|BOULEVARD|Boulevard|STREET|Street|street|LANE|Lane|lane|HWY|Hwy|hwy|HIGHWAY|Highway|highway|PKWY|Pkwy|PARKWAY|Parkway|ST|St|DRIVE|Drive|WAY|Way|PL|Pl|TER|Ter|CIR|Cir|COURT|Court|LN|Ln|TRL|Trl|TRAIL|Trail|DR|Dr|CT|Ct)\b(?![.'’]?[ \t]{0,2}[A-Z][a-z])|(?:ROUTE|Route|route|RTE|Rte|HWY|Hwy|HIGHWAY|Highway|highway|INTERSTATE|Interstate)[ \t]?\d{1,3}[A-Z]?\b)/g;
/**
 * "OFF COUNTY ROAD 190", "ALONG BIA ROUTE 3", "ON A PAD OFF HIGHWAY 68", "State Hwy 86": a numbered road names where
 * someone lives or was hurt. A road word with its number, after a kind of road or a word that says where.
 */
/**
 * "refill to Walgreens Frenchmen St.", "PHARMACY: WALGREENS", "CVS #4471", "(Walgreens, Brownsville)": a pharmacy chain where a
 * prescription goes or a pharmacist calls from; "CVS: RRR" heads an exam, so CVS needs a pharmacy's place in the sentence.
 */
const PHARMACY_CHAIN = String.raw`(?:CVS|Walgreens|WALGREENS|Walgreen's|WALGREEN'S|Rite Aid|RITE AID|Walmart|WALMART|Wal-Mart|WAL-MART|Kroger|KROGER|Safeway|SAFEWAY|Publix|PUBLIX|H-E-B|Costco|COSTCO|Meijer|MEIJER|Hy-Vee|HY-VEE|Wegmans|WEGMANS|Duane Reade|DUANE READE|Albertsons|ALBERTSONS|Fred Meyer|FRED MEYER|Winn-Dixie|WINN-DIXIE|Harris Teeter|HARRIS TEETER|ShopRite|SHOPRITE|Giant Eagle|GIANT EAGLE|Sam's Club|SAM'S CLUB)`;
const PHARMACY_CHAIN_IN_USE = new RegExp(
  String.raw`(?:\b(?:to|at|from|via|with|TO|AT|FROM|VIA|WITH|pharmacy|PHARMACY|Pharmacy|pharmacist|PHARMACIST|RPh|RPH)[ \t]{0,2}:?[ \t]{1,2}|\([ \t]?)(${PHARMACY_CHAIN})(?![\w'’-])(?![ \t]{0,2}:)` +
    String.raw`|\b(${PHARMACY_CHAIN})(?=[ \t]{0,2}(?:#[ \t]?\d|(?:pharmacy|PHARMACY|Pharmacy)\b|(?:on|ON|at|AT)[ \t]{1,2}(?:\d|[A-Z])))`,
  'dg',
);
const PHARMACY_CHAIN_ANYWHERE = new RegExp(PHARMACY_CHAIN);
const PRESCRIPTION_BEFORE = /\b(?:refill(?:ed|s)?|rx|e-?rx|scripts?|prescriptions?|sent|send|filled|fill|pharmacy|pharmacist|rph|meds?|called|faxed)\b[^.;\n]{0,20}$/i;
const STORE_AFTER = /^[ \t]{0,2}(?:#[ \t]?\d|(?:pharmacy|PHARMACY|Pharmacy)\b|(?:on|at|ON|AT)[ \t]{1,2}(?:\d|MAIN\b|Main\b|[A-Z][A-Za-z]+[ \t]{1,2}(?:ST|AVE|RD|BLVD|DR|LN|WAY|HWY|PKWY|St|Ave|Rd|Blvd|Dr|Ln|Way|Hwy|Pkwy)\b))/;
const NUMBERED_ROAD_REASON = 'numbered road';
/**
 * "OFF US 64", "off Route 9", "XST: ... / RT 94", "Rt 24 near the overlook": RT, RD, US and Route also say "right",
 * "dietitian", "ultrasound" and "on route", so before a number they name a road only after a word of driving
 * directions, a crossing's label or slash, or before a heading or landmark word. After a house number a road or a lane
 * with its number is an address line ("28815 RD 140", "21075 LANE 8"); after "on" a road's number stands after RD or
 * ROAD, or has two digits or three after RT, US or ROUTE and no size, angle, flow or time after it ("ON US 24", not "ON
 * RT 30 DEGREES" or "ON US 4 CM").
 */
const ROUTE_NUMBER = /(?:(?<=\b\d{3,6}[ \t]{1,2})(?:RD|Rd|ROAD|Road|LANE|Lane)[ \t]{1,2}\d{1,4}|(?<=\b(?:ON|on|On)[ \t]{1,2}(?:THE[ \t]|the[ \t])?)(?:(?:RD|Rd|ROAD|Road)[ \t]{1,2}\d{1,3}|(?:ROUTE|Route|RTE|Rte|RT|Rt|US)[ \t]{1,2}\d{2,3}(?![ \t]{0,2}(?:%|°|CM|cm|MM|mm|L|LPM|lpm|IN|in|DEG|deg|DEGREES?|degrees?|FR|Fr|G|MG|mg)(?![A-Za-z])))(?![ \t]{0,2}(?:X|x|TIMES|times|MILES?|miles?|MI|mi|MINS?|mins?|HRS?|hrs?|HOURS?|hours?|DAYS?|days?|WEEKS?|weeks?|WKS?|wks?|MONTHS?|months?|YEARS?|years?|YRS?|yrs?)\b)|(?<=\b(?:OFF|ALONG|VIA|TAKE|off|along|via|take|Off|Along|Via|Take)[ \t]{1,2}(?:THE[ \t]|the[ \t])?|\b(?:XST|DIRECTIONS|Directions|ROADS|Roads)[ \t]{0,2}:[ \t]{1,2}|[ \t]\/[ \t])(?:RD|Rd|ROUTE|Route|RTE|Rte|RT|Rt|US)[ \t]{1,2}\d{1,3}|\b(?:ROUTE|Route|RTE|Rte|RT|Rt|US)[ \t]{1,2}\d{1,3}(?=[ \t]{1,2}(?:[NSEW]B|NEAR|near|PAST|past|EXIT|exit)\b))(?![\w.,\/-]?\d)(?![\w-])/g;
const NUMBERED_ROAD = /\b(?:(?:COUNTY|County|CNTY|Cnty|CTY|Cty|CO\.?|Co\.?|STATE|State|US|U\.S\.|BIA|TRIBAL|Tribal|FOREST|Forest|FOREST SERVICE|Forest Service|RANCH|Ranch)[ \t]{1,2}(?:ROAD|Road|RD|Rd|HIGHWAY|Highway|HWY|Hwy|ROUTE|Route|RTE|Rte)|(?<=\b(?:ON|OFF|ALONG|NEAR|OF|AT|FROM|TO|ACROSS|TAKE|VIA|USE|on|off|along|near|of|at|from|to|across|take|via|use|On|Off|Along|Near|From|Take|Via|Use)[ \t]{1,2}(?:THE[ \t]|the[ \t])?|\b(?:HOME|Home|SCENE|Scene|scene|XST|DIRECTIONS|Directions|ROADS|Roads)[ \t]{0,2}:[ \t]{1,2}|[ \t]\/[ \t])(?:FM|FARM TO MARKET|Farm to Market|HIGHWAY|Highway|HWY|Hwy|CR|ROAD|Road)|(?:HIGHWAY|Highway))[ \t]{1,2}#?\d{1,4}(?:(?![Xx]\b)[A-Z])?(?![\w.,/-]?\d)(?![\w-])(?![ \t]{0,2}(?:mg|MG|mcg|MCG|days?|DAYS?|weeks?|WEEKS?|wks?|WKS?|months?|MONTHS?|years?|YEARS?|hrs?|HRS?|hours?|HOURS?|mins?|MINS?|times|TIMES|x|X)\b)|\b(?:COUNTY|County|CTY|Cty|CO\.?)[ \t]{1,2}(?:HWY|Hwy|HIGHWAY|Highway|TRUNK|Trunk|ROAD|Road|RD|Rd)[ \t]{1,2}(?!(?:IN|NO|ON|AT|TO|OF|OR|IS|IT|AN|AS|BY|UP|SO|IF|BE|DO|GO|ME|MY|WE|HE|US|OK|A|I)\b)[A-Z]{1,2}(?![\w-])/g;
/**
 * "DONUTS ON PELICAN ST)", "BUFFET ON MAIN ST, ASKING", "FARMACIA ON SW 8TH ST.": in capitals a street abbreviated ST
 * after on or off, where the clause ends after it (ST before a word is a saint or an ST segment).
 */
const CAPS_ST_AFTER_ON = /\b(?:ON|OFF)[ \t]{1,2}(?!(?:ON|OFF)\b)((?:(?:[NSEW]|NE|NW|SE|SW)[ \t])?(?:[A-Z][A-Z'’-]{1,20}|\d{1,3}(?:ST|ND|RD|TH))(?:[ \t][A-Z][A-Z'’-]{1,20}){0,2}[ \t]ST)(?=\.?[ \t]*(?:[,;:)]|$|[\r\n])|\.[ \t]{1,2}[A-Z])/gm;
/** Doses, times, oxygen and plans that happen to end in "Dr" or "Pt": "10 MG DAILY. DR.", "9:45 PM PER DR.", "4L NC. PT ANXIOUS". */
/** A home just before "on", after which DR and CT end a street's name ("HOUSE ON SYCAMORE DR"), not a doctor or a scan. */
const DWELLING_BEFORE_ON = /\b(?:house|lives|lived|living|resides|resided|apartment|apt|duplex|trailer|address|moved|farm|condo|townhouse|cabin)\b[^.\n]{0,16}$/i;
/** "2 HEAD CT", "ON PORTABLE CT": a scan's site or kind before CT, which ends no street there. */
function scanBeforeCt(street: string): boolean {
  const m = /([A-Za-z'’-]+)[ \t]{1,3}(?:CT|Ct)\.?$/.exec(street);
  return m !== null && SCAN_SITES_AND_KINDS.has(m[1].toUpperCase());
}
const SCAN_SITES_AND_KINDS = new Set(
  ('HEAD CHEST ABD ABDOMEN ABDOMINAL PELVIS PELVIC SPINE SPINAL NECK BRAIN SINUS SINUSES PORTABLE REPEAT STAT NONCON NONCONTRAST CONTRAST ' +
    'CARDIAC CORONARY RENAL STONE FACE FACIAL ORBIT ORBITS TEMPORAL KNEE ANKLE WRIST HIP SHOULDER LUNG C-SPINE CSPINE LUMBAR THORACIC CERVICAL ' +
    'PE CTA BODY FOLLOW-UP FOLLOWUP SURVEILLANCE STAGING LOW-DOSE PERFUSION DUAL-ENERGY SPIRAL HELICAL MOBILE').split(' '),
);
const DWELLING_UNIT_AT_END = new RegExp(`${DWELLING_UNIT}$`, 'i');
const NOT_A_STREET = /\b(?:AM|PM|MG|MCG|ML|UNITS?|DAILY|BID|TID|QID|PER|IN|AT|TO|BY|OF|X|MIN|MINS|HRS?|HOURS?|DAYS?|WEEKS?|MONTHS?|YEARS?|TIMES|NC|RA|FM|NRB|HFNC|LPM|ON|FOR|WITH|FROM|MM|CM)\b/i;
/**
 * Words never part of a person's name. Peoples and languages among them stay possible in a facility's or a firm's
 * name ("CHEROKEE NATION DIALYSIS", "Marshallese Assembly of God"), though never a town on their own.
 */
const NAMELESS_WORDS = new Set([...NEVER_NAMES].filter((word) => !PEOPLES_AND_LANGUAGES.has(word)));
/** Where a charted entry starts: a line start or a sentence end, perhaps with a bullet. */
const ENTRY_START_BEFORE = /(?:^|[\r\n]|[.;][ \t]{1,3})[ \t]*(?:[-•*][ \t]{0,2})?$/;
const ROAD_WORD = /\b(?:county|state|us|farm|ranch|road|rd|route|rte|rt|highway|hwy|cr|sr|fm|interstate|township|twp)\b/i;
/** Litres of oxygen ("4L", "2 L"); a house number has more digits ("1200 L STREET NW") and an apartment its word ("APT 10L"). */
const OXYGEN_LITRES = /(?<!(?:\b(?:apt|apartment|suite|ste|unit)\.?|#)[ \t]{0,2})(?<![\w.])\d{1,2}(?:\.\d)?[ \t]?L\b/i;
/** Streets as most of the world writes them: a street-type word first ("Rua Igreja 25", "ul. Słowicza 10", "29 Rue de Tanger"). */
const STREET_WORD_FIRST = /(?<![\p{L}\d])(?:(\d{1,6})[ \t]{1,2})?(?:Rua|Rue|Via|Viale|Avenida|Avda\.|Av\.|Calle|Carrer|Camino|Ul\.|ul\.|Ulica|Piazza|Praça|Plaza|Strada|Calea|Travessa|Largo)[ \t]{1,2}(?:(?:de|da|do|dos|das|del|della|di|la|le|les|des|du|e|y)[ \t]{1,2}|\p{Lu}[\p{L}'’.-]{0,30}[ \t]{1,2}|\p{Ll}[\p{L}'’.-]{2,30}[ \t]{1,2}){0,5}(?:\p{L}[\p{L}'’.-]{1,30})(?:[ \t]{1,2}(\d{1,5}[A-Za-z]?))?(?![\p{L}\d])/gu;
/** Streets named by a suffix ("Vesterskovvej 79", "Villacher Strasse 89", "Koskikatu 25"), with a house number. */
const STREET_SUFFIX_WORD = /(?<![\p{L}\d])(?:\d{1,6}[ \t]{1,2})?(?:\p{Lu}[\p{L}'’-]{1,30}[ \t]{1,2}){0,2}(?:\p{L}[\p{L}'’-]{0,30})?(?:stra(?:ss|ß)e|Stra(?:ss|ß)e|STRASSE|Gasse|Weg|Allee|Platz|Straat|Laan|Vej|Gade|gasse|weg|vej|gade|gata|gatan|vägen|veien|vegen|katu|kuja|tie|laan|straat|steeg|gracht|plein|utca|útja|út|tér|allee|stræde|braut|vænget|bakken|platz)\.?[ \t]{1,2}\d{1,5}[A-Za-z]?\.?(?![\p{L}\d])/gu;
/** US military addresses: a ship or unit and box, then FPO, APO or DPO with its region and ZIP. */
const MILITARY_ADDRESS = /\b(?:(?:USNS|USNV|USS|USCGC)[ \t]{1,2}\p{L}[\p{L}'’-]{1,30}|Unit[ \t]{1,2}\d{3,5}[ \t,]{1,3}Box[ \t]{1,2}\d{3,5}|PSC[ \t]{1,2}\d{3,5}[ \t,]{1,3}Box[ \t]{1,2}\d{3,5})[ \t,]{0,3}(?:\r?\n|\r)?[ \t>]{0,4}[AFD]PO[ \t]{1,2}A[AEP][ \t]{1,2}\d{5}\b/giu;
/*
 * Cheap keywords first: the street expressions above are long and Unicode-aware, so they run only on the
 * lines holding a street-type word or suffix before a number, and the military one only near FPO/APO/DPO.
 */
const STREET_TYPE_KEYWORD = /\b(?:Rua|Rue|Via|Viale|Avenida|Avda|Av|Calle|Carrer|Camino|Ul|ul|Ulica|Piazza|Praça|Plaza|Strada|Calea|Travessa|Largo)\.?[ \t]/g;
const MILITARY_POST_OFFICE = /[AFD]PO[ \t]{1,2}A[AEP]\b/i;
/** A lot in a mobile home or trailer park: "Lot 60, Whispering Pines MHP". */
const PARK_LOT = /\bLot[ \t]{1,2}#?\d{1,4}[A-Za-z]?,?[ \t]{1,2}(?:[A-Z][A-Za-z'’-]{1,30}[ \t]{1,2}){1,4}(?:MHP|Mobile[ \t]Home[ \t]Park|Trailer[ \t](?:Park|Court)|RV[ \t]Park|Manufactured[ \t]Home[ \t]Community)\b/gi;
/** Two streets of a crossing, each with its type: "Shaker Rd and Bridge Hwy", "GROVE ST / UNION AVE". */
const CROSSING_STREET_TYPE = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Place|Pl|Highway|Hwy|Way|Court|Ct|Parkway|Pkwy|Drive|Dr)`;
const CROSSING_STREET_TYPE_WORD = new RegExp(String.raw`^${CROSSING_STREET_TYPE}$`, 'i');
/** What every crossing holds: a street type, then "and", "&", "/", "@" or "at"; the expression below runs only on its lines. */
const CROSSING_KEYWORD = new RegExp(String.raw`\b${CROSSING_STREET_TYPE}\.?[ \t]{0,2}(?:and\b|&|\/|@|at\b)`, 'gi');
const STREET_CROSSING = new RegExp(
  String.raw`\b(?:[A-Z][A-Za-z'’-]{1,30}[ \t]{1,2}){1,3}${CROSSING_STREET_TYPE}\.?[ \t]{0,2}(?:and|&|\/|@|at)[ \t]{0,2}(?:[A-Z][A-Za-z'’-]{1,30}[ \t]{1,2}){1,3}${CROSSING_STREET_TYPE}\b\.?`,
  // Case-blind for the capitals of run sheets ("SHAKER RD AND BRIDGE HWY"); each name word is checked for its capital.
  'gi',
);
/** Rural addresses: "Rural Route 4, Box 234", "RR 2 Box 17", "HC 57 Box 376", "N9654 County Road P". */
const RURAL_ADDRESS = /\b(?:(?:Rural[ \t]Route|RR|R\.R\.|Rte?\.?|HC|H\.C\.|Highway[ \t]Contract)[ \t]{1,2}\d{1,3},?[ \t]{1,2}Box[ \t]{1,2}\d{1,6}[A-Z]?|[NSEW]?\d{1,6}[ \t]{1,2}County[ \t]{1,2}(?:Road|Rd|Highway|Hwy|Route|Trunk)[ \t]{1,2}[A-Z]{1,2}\d{0,3})\b/gi;
const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|Post Office Box|PSC\s{1,2}\d{1,5},?\s{1,2}Box)\s{1,3}\d{1,8}\b/gi;
/** "Address: ...", "lives at ..." up to the end of the line or sentence. */
const ADDRESS_AFTER_CUE = /\b(?:address(?:\s(?:is|was))?(?:\s{0,2}\([^)\n]{1,20}\))?\s{0,2}:?|lives\s(?:at|on)|living\sat|resides\sat|located\sat|moved\sto)\s{1,3}(?!(?:the\s{1,2})?(?:(?:\d{1,2}(?:st|nd|rd|th)\s{1,2}(?:floor|fl)|room|rm|bed|floor|unit|icu|\d{1,3}(?:\.\d)?\s?(?:l|lpm|liters?|units?|mg|mcg|ml|days?|hrs?|hours?|weeks?)|nc|fm|hfnc|bipap|cpap|ra)\b|\d{1,3}(?:\.\d)?\s?%))((?=[^\n.]{0,20}\d)[^\n;]{4,100}?)(?=\.\s|\.$|;|\n|\?|$)/gi;
/** ", MA 01103" after a city; without a ZIP only for a known city, because "Roe, MD" is a clinician. */
/** The two-letter US state and district codes. */
/** State codes that are also words or shorthand ("PAIN IN (R) KNEE", "PLEASE CALL ME", "TIRED, LA", "THERAPY, VA"): no town before them without a check. */
const STATE_CODE_ALSO_A_WORD = /^(?:IN|ME|OR|OK|HI|OH|DE|LA|MA|PA|MD|CO|AL|ID|MS|NE|AR|VA|GA)$/;
/** The last word of a facility's or a firm's name, after which a comma, a town and its state code follow ("PIONEER PHARMACY, FRIENDSHIP, WI"). */
const PLACE_HEADS_BEFORE_TOWN = ['HOSPITAL', 'CENTER', 'CLINIC', 'PHARMACY', 'DRUG', 'DRUGS', 'APOTHECARY', 'PRACTICE', 'MEDICINE', 'PEDIATRICS', 'ORTHOPEDICS', 'DIALYSIS', 'ASSOCIATES']
  .flatMap((head) => [head, head[0] + head.slice(1).toLowerCase()])
  .join('|');
const TOWN_AND_STATE_CODE = new RegExp(String.raw`(?:\b(?:IN|FROM|TO|NEAR|HOME|in|from|to|near)[ \t]{1,2}|(${PLACE_HEADS_BEFORE_TOWN}),[ \t]{1,2})((?:[A-Z][A-Za-z'’-]{1,20}[ \t]){0,2}[A-Z][A-Za-z'’-]{2,20}),?[ \t]{1,2}(${US_STATE_CODE})(?=[ \t]*(?:[.,;)]|$|[\r\n]|-[ \t])|[ \t]{2}|[ \t]\d{5}(?!\d)|[ \t]\()`, 'g');
const STATE_NAME_WORDS = String.raw`(?:${[...REGIONS].filter((r) => r.length > 2).map((r) => r.replace(/ /g, '[ \\t]')).join('|')})`;
/** The state that issued a licence, a plate or an ID card, before or after the label, or in brackets with the number. */
const STATE_OF_A_LICENCE = new RegExp(
  String.raw`\b(?:DL|CDL|PLATE|PLATES|TAG|LICENSE|LICENCE|LIC|ID|Plate|License)[ \t]{0,2}[#:]?[ \t]{0,2}(?!ID\b)(${US_STATE_CODE})[ \t]{1,2}#?(?=[A-Z0-9][A-Z0-9-]{3,}\b)(?=[A-Z0-9-]{0,12}\d)` +
    String.raw`|\b(?!ID\b|VA[ \t]{1,2}ID\b)(${US_STATE_CODE}|${STATE_NAME_WORDS})[ \t]{1,2}(?:C?DL|PLATE|TAG|DRIVER(?:'?S)?[ \t]LICEN[CS]E|STATE[ \t]ID|ID|LICEN[CS]E|LIC\.?|Lic\.?|lic\.?|Plate|plate|license|driver(?:'?s)?[ \t]licen[cs]e)(?![\w])[ \t]{0,2}(?:#|NO\.?|No\.?)?[ \t]{0,2}:?[ \t]{0,2}(?=[A-Z0-9][A-Z0-9 -]{2,12}\d)` +
    String.raw`|\((?!ID\b)(${US_STATE_CODE})[ \t]{1,2}[A-Z0-9-]{0,12}\d[A-Z0-9-]{0,12}\)` +
    String.raw`|\b(?:PLATE|Plate|plate)[ \t]{1,2}[A-Z0-9-]{2,8}(?:[ \t][A-Z0-9-]{2,8})?[ \t]{1,2}\((${US_STATE_CODE})\)` +
    // "DL# R512-7790-0214 (TX)", "CDL D412 778 199 (NY)": in brackets after the licence's number; "KY DL, BLACK PHONE": before the
    // label alone, in a list of belongings.
    String.raw`|\b(?:C?DL|LIC|LICEN[CS]E|License)\b[ \t]{0,2}(?:#|NO\.?|No\.?)?[ \t]{0,2}:?[ \t]{0,2}[A-Z0-9](?:[A-Z0-9-]|[ ](?=[A-Z0-9])){4,20}[ \t]{0,2}\((${US_STATE_CODE})\)` +
    String.raw`|\b(${US_STATE_CODE})[ \t](?=C?DL\b[ \t]{0,2}[,;)])`,
  'dg',
);
/** "M0050 STATE: KS", "State: Ohio": a state after a form's label, which opens a line or a field ("MENTAL STATE: OK" is none). */
const STATE_AFTER_LABEL = new RegExp(String.raw`(?:^|[\r\n]|[ \t]{2}|\bM\d{4}[ \t]{1,2})(?:(?:STATE|State)[ \t]{0,2}(?:OF[ \t]RESIDENCE|of[ \t]residence)?[ \t]{0,2}:|(?<=(?:CITY|City|TOWN|Town)[ \t]{0,2}:?[^\r\n]{1,40})(?:ST|St)[ \t]{0,2}:|(?:STATE|State)(?=[ \t]{1,2}(?:${US_STATE_CODE})[ \t]{2}))[ \t]{0,3}((?:${US_STATE_CODE})(?=[ \t]*(?:$|[\r\n,;]|[ \t]{2}|[ \t]\d{5}))|${STATE_NAME_WORDS}(?![\w]))`, 'dgm');
const TOWN_AFTER_LABEL = /(?:^|[\r\n]|[ \t]{2})(?:CITY|City|TOWN|Town)[ \t]{0,2}:?[ \t]{1,3}([A-Z][A-Za-z'’.-]{1,25}(?:[ \t][A-Z][A-Za-z'’.-]{1,25}){0,2})(?=[ \t]{2}|[ \t]*(?:,|$|[\r\n]))/dgm;
const STATE_OR_ZIP_FIELD_AFTER = /^[ \t]{2,}(?:STATE|State|ST|St|ZIP|Zip|PROVINCE|Province)\b/;
/** The labels STATE_OF_A_LICENCE needs, so its long alternation of state names runs only on the lines that hold one. */
const LICENCE_KEYWORD = /\b(?:C?DL|PLATES?|TAG|LICEN[CS]E|LIC|ID|Plate|plate|License|license|lic)\b/g;
const LICENCE_WORD_AFTER = /^[ \t]{1,2}(?:DL|PLATE|TAG|ID|LICENSE|DRIVER|Plate|License|plate|license)\b/;
const STATE_CODE_AFTER_COMMA = new RegExp(String.raw`,[ \t]{0,2}(${US_STATE_CODE})\.?(?:[ \t]{1,3}(\d{5}(?:-\d{4})?))?(?![\w])`, 'g');
/** After a region code: punctuation, the line's end or a word that starts a new phrase. */
const STATE_ENDS_CLAUSE = /^(?:[,.;)]|[ \t]{0,2}(?:$|[\r\n])|[ \t]{1,2}(?:with|and|who|for|since|on|in)\b)/;
const CITY_BEFORE_COMMA = /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]{1,25}[ \t]{1,2}){0,2}\p{Lu}[\p{L}'’.-]{1,25})$/u;
const ZIP_LABEL = /\b(?:ZIP|Zip Code|Postal Code|Postcode)(?:\s{1,2}is)?\s{0,2}[:#]?\s{0,2}(\d{3,5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/gi;
// Upper-cased whole for notes in capitals (FACILITY_CAPS), so no escapes with letters (\t, \b) inside. Each Center may
// be written Centre ("BOW RIVER CANCER CENTRE").
const FACILITY_WORDS = String.raw`(?:Diabetes Center|Sickle Cell Center|Living Center|(?:Regional|Behavioral|Subacute|Women's|General|Children's)(?! {1,2}(?:Medical|Hospital|Health|Healthcare|Center|Centre|Care|Campus|Rehab|Rehabilitation|Clinic|Nursing|Services|Unit|Institute|Surgery|Surgical|Surgeon|Medicine|Practice|Pediatrics|Appearance|Condition|Anesthesia|Anaesthesia|Population|Ward|Wards|Floor|Public|Counsel|Contractor|Manager|Store|Dentistry|Assembly|Session|Hospitals|Psychiatry|Ed|Emergency|Department|Dept|Nursery|Cardiology|Ortho|Orthopedics)(?![A-Za-z]))|Wound Center|Wound Healing Center|Hyperbaric Center|Renal Unit|Renal Center|Nursing (?:and|&) Rehab|(?<!\b(?:Home|Occupational|Mental|Behavioral|Behavioural|Physical|Public|Employee|Student) )Health (?:and|&) Rehab|Rehab (?:and|&) Living|Hospital|Medical Center|Medical Centre|Med Ctr|Health Center|Healthcare|Health System|Clinic|Infirmary|Nursing Home|Rehabilitation Center|Rehab Center|Rehabilitation Hospital|Nursing (?:and|&) Rehabilitation|(?<!\b(?:Home|Occupational|Mental|Behavioral|Behavioural|Physical|Public|Employee|Student) )Health (?:and|&) Rehabilitation|Adult Day (?:Program|Health|Center)|Memorial|Care Center|Nursing Center|Nursing Facility|Hospice|Sanatorium|Urgent Care|Surgery Center|Cancer Center|Cancer Institute|Heart Institute|Eye Institute|Children's Hospital|Memorial Hospital|General Hospital|Community Hospital|Regional Medical Center|Medical Group|Family Practice|Family Medicine|Pediatrics|Dialysis Center|Dialysis Unit|Assisted Living|Senior Living|Rehab|Manor|Pharmacy|Orthopedics|Orthopaedics|Wound Care|Women's Health|Cardiology|Oncology|Dermatology|Gastroenterology|Neurology|Urology|Radiology|Imaging|Internal Medicine|Medical Associates|Physicians|Health Partners|Primary Care|Eye Care|Dental|Dentistry|Behavioral Health|Mental Health|Counseling Center|Treatment Center|Recovery Center|Skilled Nursing|Care Home|Long-Term Care|VA Medical Center|Veterans Affairs|HC|CHC|FQHC|Health Ctr|Visiting Nurses?(?: Association| Service)?|VNA|Home Health(?: Agency| Services| Care)?|Home Care|Homecare|Memory Care|Group Home|Surgical Center|Surgical Hospital|Shelter|Infusion Center|Transplant Institute|Transplant Center|Correctional Center|Corrections Center|Trauma Center|Senior Center|Youth Center|Learning Center|Early Childhood Center|Vet Center|Psychiatric Center|Community Center|Correctional Facility|Correctional Institution|Detention Center|County Jail|Jail|Prison|Rescue Mission|Kidney Care|Dialysis|Family Health|Midwifery|Women's Care|Birth Center|Anticoagulation Service|Health Care|Lutheran Home|Wellness Center|Kidney Center|Hearing Services|Air Medical|Primary Care Associates|Hearing Center|Hearing & Balance|OTP|Walk-In|Counseling|Genetics|Genomics Laboratory|Health Centre|Treatment Centre|Medical Practice|Periodontics|Diagnostics|CBOC|Memory Service|Diabetes Service|Polyclinic|Rehabilitation Institute|Research Institute|Hand Therapy|Physical Therapy|Midwives|Fertility|Reproductive Health|Reproductive Medicine|Reproductive Associates|Travel Medicine|Travel Health|Palliative Care|Nursing Services|Wound (?:&|and) Hyperbaric|Sports Therapy|Spine (?:&|and) Sports(?: Therapy| Medicine)?|Allergy (?:&|and) Asthma|Rheumatology|Occupational Medicine|Sports Medicine|Pain Management|Sleep Center|Sleep Lab|Disorders Center|Institute|Oral Surgery|Maternity Center|Occupational Health|Post-Acute|Podiatry|Endocrinology|Pulmonology|Nephrology|Hematology|Dermatology Associates|Surgical Associates|Orthopedic Associates|Heart Center|Heart (?:&|and) Vascular|Bone (?:&|and) Joint|Neuro Center|Oral (?:&|and) Maxillofacial Surgery|Maxillofacial Surgery|Orthodontics|Orthodontic Specialists|Orthodontic Associates|Endodontics|Prosthodontics|Eyecare|EyeCare|Eye Associates|Vision Center|Optometry|Retina Consultants|Retina Associates|Retina Specialists|ENT (?:&|and) Allergy|Pediatric Associates|Pediatric Assoc|LTAC|LTACH|Specialty Hospital|Audiology|VAMC|VAHCS|Outpatient Lab)`.replace(/Center/g, '(?:Center|Centre)');
/** "Mercy General Hospital", "St. Luke's Medical Center East", "Hospital of Saint Raphael". */
function facilityPattern(facilityWords: string, nameLetters: string): RegExp {
  const word = String.raw`[A-Z][${nameLetters}'’&.-]{1,30}`;
  return new RegExp(
    String.raw`\b(?:(?:St\.?|Saint|Mount|Mt\.?|ST\.?|SAINT|MOUNT|MT\.?)[ \t]{1,2})?(?:${word}[ \t]{1,2}(?:[&+][ \t]{1,2})?){1,5}${facilityWords}\b` +
      String.raw`(?:[ \t]{1,2}(?:of|at|OF|AT)[ \t]{1,2}(?:(?:the|THE)[ \t]{1,2})?${word}(?:[ \t]{1,2}${word}){0,2}|[ \t]{1,2}(?:East|West|North|South|Eastside|Westside|Northside|Southside|Downtown|Campus)\b)?` +
      String.raw`|\b(?:Hospital|Medical Center|University|Infirmary|Hospice|HOSPITAL|MEDICAL CENTER|UNIVERSITY|HOSPICE)[ \t]{1,2}(?:of|OF)[ \t]{1,2}(?:(?:the|THE)[ \t]{1,2})?(?:${word}[ \t]{0,2}){1,4}`,
    'g',
  );
}
const FACILITY = facilityPattern(FACILITY_WORDS, 'A-Za-z');
const FACILITY_KEYWORD = new RegExp(String.raw`\b${FACILITY_WORDS}\b|\b(?:University|Infirmary)\b`, 'gi');
const FACILITY_CAPS = facilityPattern(FACILITY_WORDS.toUpperCase(), 'A-Z');
export const FACILITY_HEAD = new RegExp(String.raw`\b${FACILITY_WORDS}\b`, 'i');
const FACILITY_BEFORE_COMMA = new RegExp(String.raw`${FACILITY_WORDS},[ \t]{0,2}$`, 'i');
const ORGANIZATION_WORDS = String.raw`(?:Drug|Drugs|Health Plan|Network|Coalition|Trust|Airways|Answering Service|Well Service|Mutual|Assurance|Healthshare|Credit Union|Reference Lab|Diagnostic Lab|Home Infusion|Home Nursing|Medevac|Life Flight|Care Flight|Critical Care Transport|Medical Transport|Med Transit|Towing|Packers|Freightways|Rescue Mission|Supported Living|Residences|Day Hab|Resettlement|Animal Control|DME|Home Medical|Medical Supply|Respiratory Supply|Roofing|Distribution|Stamping|Builders|Freight|VFD|Fire Department|Inc|LLC|L\.L\.C|Ltd|Corp|Corporation|Company|Co|Group|PLC|Partners|Associates|Holdings|Bank|Foundation|Technologies|Solutions|Insurance|Industries|Enterprises|Capital|Consulting|Pharmaceuticals|Pharma|Labs|Laboratories|University|College|School|Academy|Church|Synagogue|Mosque|Temple|Services|Logistics|Foods|Manufacturing|Construction|Motors|Airlines|Realty|Farms|Charities|Ministries|Agency|Trucking|Transport|Transportation|Electric|Plumbing|Restaurant|Cafe|Market|Markets|Supermarket|Stores|Supply|Works|Systems|Shipping|Mills|Steel|Textiles|Warehouse|Landscaping|Bakery|Diner|Grill|Hotel|Casino|Mall|Factory|Plant|Shipyard|Waste|Recycling|Auto|Garage|(?:District|Superior|Probate|Municipal|Family|Juvenile|Housing|County) Court|Courthouse|Apothecary|Ambulance|Ambulance Service|Fire Rescue|Inn|EMS|Junior High|High School|Middle School|Elementary|Preschool|Funeral Home|Mortuary|Funeral Chapel|Chapel|Congregation|Daycare|Day Care|Kids Club|Little League|Fellowship|Mandir|Gurdwara|Kovil|Police Department|Police Dept|City Police|Family House|Library|Tavern|Dairy|Mining|Apartments|Alliance|Collective|Photography|Youth Services|Mission|Staffing|Patrol|YMCA|YWCA|JCC|Guest House|Processors|Search (?:&|and) Rescue|Lawn Care|Transit|Rides|Motel|Air Rescue|Rescue Squad|Volunteer Fire|Fire Dept|Ambulance Authority|EMS Authority|Co-op|Refinery|Scaffold|Scaffolding|Insulation|Trading Post|Home Oxygen|Home Respiratory|Medical Gases|Surrogacy|Doulas|Housing Authority|General Store|Fire Protection District)`;
/** "Elder Services of Merrimack Valley": an organisation word, then "of" and a place. */
const OF_PLACE = String.raw`(?:[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?\p{Lu}[\p{L}'’&-]{1,30}(?:[ \t]{1,2}\p{Lu}[\p{L}'’&-]{1,30}){0,2})?`;
const ORGANIZATION = new RegExp(String.raw`\b(?:\p{Lu}[\p{L}'’&.-]{1,30}[ \t,]{1,2}(?:&[ \t]{1,2})?){0,3}\p{Lu}[\p{L}'’&.-]{1,30},?[ \t]{1,2}${ORGANIZATION_WORDS}\b${OF_PLACE}\.?`, 'gu');
const ORGANIZATION_KEYWORD = new RegExp(String.raw`\b${ORGANIZATION_WORDS}\b`, 'gi');
const ORGANIZATION_CAPS = new RegExp(String.raw`\b(?:[A-Z][A-Z'’&.-]{1,30}[ \t,]{1,2}(?:[&+][ \t]{1,2})?){0,3}[A-Z][A-Z'’&.-]{1,30},?[ \t]{1,2}${ORGANIZATION_WORDS.toUpperCase()}\b\.?`, 'g');
/**
 * Where an injury happened: "fall at Pratt Aerospace;", "slipped at Ocean State Job Lot". Capitalised words up to a
 * break; in capitals only words no dictionary knows, since "FALL AT HOME" or "FALL AT NIGHT" name no place.
 */
const INJURY_PLACE = /\b(?:fall|fell|fallen|slipped|tripped|injured|injury|accident|collapsed|assaulted|FALL|FELL|SLIPPED|TRIPPED|INJURED|INJURY|ACCIDENT|COLLAPSED|ASSAULTED)[ \t]{1,2}(?:at|in|AT|IN)[ \t]{1,2}((?:the[ \t]|THE[ \t])?\p{Lu}[\p{L}'’.-]{1,30}(?:[ \t]{1,2}(?:&[ \t]{1,2})?\p{Lu}[\p{L}'’.-]{1,30}){0,4})(?=[ \t]{0,2}(?:[;,.)]|$))/gmu;
/** "Verdafero is a design agency", "Persint is an German multinational": a name the sentence says is a firm. */
const FIRM_DEFINITION = String.raw`is[ \t]{1,2}(?:a|an|the)[ \t]{1,2}(?:[\p{L}-]+[ \t]{1,2}){0,2}?(?:company|agency|firm|start-?up|multinational|corporation|non-?profit|charity|organi[sz]ation|law firm|consultancy|bank|retailer|manufacturer|brand|employer)\b`;
const FIRM_BY_DEFINITION = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Lu}[\p{L}'’&-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’&-]{1,30}){0,3})[ \t]{1,2}${FIRM_DEFINITION}`, 'gu');
/** What every firm-by-definition sentence holds; the expression above runs only on lines with it. */
const FIRM_DEFINITION_KEYWORD = new RegExp(String.raw`[ \t]${FIRM_DEFINITION}`, 'gu');
/** An employer after "works as a machinist at", "employed by", "retired from". */
const EMPLOYER = /\b(?:[Ww]orks?|[Ww]orked|[Ww]orking|[Ee]mployed|[Jj]ob|[Rr]etired|[Rr]etiring|WORKS?|WORKED|WORKING|EMPLOYED|JOB|RETIRED)\b[^.\n;]{0,40}?\b(?:at|for|by|from|with|AT|FOR|BY|FROM|WITH)[ \t]{1,2}((?:(?:the|The|THE)[ \t])?\p{Lu}[\p{L}'’&-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’&-]{1,30}){0,4})/gu;
/** Hospital units and wards: "MICU", "4 West", "Labor and Delivery", "6B room 935", "admit to 6B". */
const UNIT_ACRONYM = /\b(?:MICU|SICU|CCU|CVICU|CICU|NICU|PICU|PACU|TSICU|CSRU|CTICU|NSICU|MSICU|NeuroICU)\b/g;
const UNIT_NAME = /\b(?:Neuro ICU|BMT unit|Pre-?Op Holding|PRE-?OP HOLDING|Level (?:II|III|IV|2|3|4) Nursery|LEVEL (?:II|III|IV|2|3|4) NURSERY|Transplant Step-?Down|TRANSPLANT STEP-?DOWN|Gero-?Psych|GERO-?PSYCH|Geri-?Psych|GERI-?PSYCH|Observation Unit|OBSERVATION UNIT|L&D|Labor (?:and|&) Delivery|LABOR (?:AND|&) DELIVERY|Mother[- ]Baby|MOTHER[- ]BABY|Step-?down unit)(?![\w])/g;
/** Units named by specialty, building or level: "Burn Unit", "CT Surgery ICU", "Tower 6", "Tele 7", "Step-Down 5C", "Pod C". */
const NAMED_UNIT = /\b(?:Burn[ \t]Unit|(?:Neuro|Neurosurgical|Neurosurgery|Cardiac|Surgical|Medical|Trauma|CT[ \t]Surgery|Cardiothoracic|Coronary|Neonatal|Pediatric|Respiratory|Burn)[ \t]ICU|Step-?down[ \t](?:unit|\d{1,2}[A-Z]?)|(?:Tele|Telemetry|Med-?Surg|Tower|Pavilion|Wing|Ortho|Peds|Onc|Oncology|Gero-?Psych|Geri-?Psych|Maternity|Postpartum|Antepartum|Transplant|Renal)[ \t]\d{1,2}[A-Z]?|Pod[ \t][A-H]|Phase[ \t](?:II|2)[ \t]recovery)(?![\w-])/gi;
/** "4 WEST", "9 Tower", "5 CENTRAL": a floor and its wing; not "2/6 CENTRAL NODES", "5 CENTRAL LINES" nor "12 Tower Hill Rd". */
const NUMBERED_WARD = /(?<![\d\/.])\d{1,2}[ -]?(?:West|East|North|South|WEST|EAST|NORTH|SOUTH|Tower|TOWER|Central|CENTRAL)\b(?![ \t](?:Hill|HILL|Rd|RD|Road|ROAD|St|ST|Street|STREET|Ave|AVE|lines?|LINES?|nodes?|NODES?|venous|VENOUS|nervous|NERVOUS|access|ACCESS|catheters?|CATHETERS?)\b)/g;
/** "WARD 7 (GASTROENTEROLOGY)", "Ward 14 (Haworth)": a ward's number after the word, as hospitals outside the US name them. */
const WARD_NUMBER = /\b(?:WARD|Ward)[ \t]{1,2}(\d{1,2}[A-Z]?)\b(?![.:\/-]\d)/g;
const LETTERED_WARD = /\b\d{1,2}[A-Z](?=[ \t,;]{1,3}(?:room|rm|bed|ROOM|RM|BED|Room|Rm|Bed)\b)/g;
const UNIT_BEFORE_ROOM = /(?:\b(?:unit|UNIT|Unit)[ \t]{0,2}:[ \t]{0,3}([A-Za-z0-9][A-Za-z0-9&' -]{1,28}?)|(?<![A-Za-z\u00C0-\u024F\d])((?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F]{2,15}[ \t](?:&[ \t])?){1,3}\d{1,2}[A-Z]?|\d{1,2}[ \t](?:[A-Z]{4,12}|[A-Z][a-z]{3,12}))|(?<![A-Za-z\u00C0-\u024F\d])((?:[A-Z][A-Za-z'’-]{2,15}[ \t]){1,2}(?:ICU|TELE|Tele|UNIT|Unit)))[ \t]{1,3}$/;
const COUNTY_NAME = /\b((?:[A-Z][a-z'’]+|[A-Z]{2,}|St\.|ST\.)(?:[ \t](?:[A-Z][a-z'’]+|[A-Z]{2,})){0,2})[ \t](?:County|Parish|Borough|Census Area|COUNTY|PARISH|BOROUGH|CENSUS AREA)\b/g;
const NOT_A_COUNTY_NAME = new Set(['INJURY', 'RESIDENCE', 'BIRTH', 'DEATH', 'INCIDENT', 'THE', 'OUR', 'THIS', 'THAT', 'SAME', 'NEIGHBORING', 'NEIGHBOURING', 'HOME', 'LOCAL', 'RURAL', 'ANOTHER', 'OTHER', 'EACH', 'EVERY', 'WHICH', 'WHAT', 'HER', 'HIS', 'THEIR', 'A', 'ONE', 'NEW', 'OLD', 'IN', 'TO', 'FROM', 'OF', 'AND', 'THE']);
const SPANISH_FACILITY = /(?<![A-Za-z\u00C0-\u00FF])(?:hospicio|cl[ií]nica|centro (?:m[ée]dico|de salud|de di[áa]lisis|de cuidado)|hogar|[ée]gida|salud mental|cirug[ií]a oral)[ \t]+((?:(?:de|del|la|las|los|el|y)[ \t]+)?[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ'’-]+(?:[ \t]+(?:(?:de|del|la|las|los|el|y)[ \t]+)?[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ'’-]+){0,3})/gi;
const HIGHWAY_ADDRESS = /(?<![\w.\/-])\d{1,6}[ \t]{1,2}(?:(?:HWY|Hwy|Highway|HIGHWAY|County Road|COUNTY ROAD|State Route|STATE ROUTE|US|Route|ROUTE|Rte|RTE)[ \t.-]{1,2}\d{1,4}[A-Z]?|FM[ \t-]\d{3,4})(?![\d%])(?:[ \t](?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\b)?/g;
const SPANISH_STREET = /(?<![\w.\/-])\d{1,6}[ \t]{1,2}(?:Calle|CALLE|Ave\.|AVE\.|Avenida|AVENIDA|Carr\.|CARR\.|Carretera|CARRETERA)[ \t]{1,2}[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F.'’-]*(?:[ \t][A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F.'’-]*){0,2}/g;
const URBANIZACION = /\b(?:Urb|URB)\.?[ \t](?:[A-Z\u00C0-\u00DE](?:[a-z\u00DF-\u00FF'’]+|[A-Z\u00C0-\u00DE'’]+)[ \t]?){1,3},[ \t](?:Calle|CALLE)[ \t](?:[A-Z\u00C0-\u00DE](?:[a-z\u00DF-\u00FF'’]+|[A-Z\u00C0-\u00DE'’]+)[ \t]?){1,3}(?:[A-Z]{1,2}-?\d{1,4})?/g;
/** Words whose presence lets a rule's expressions run at all. */
const STREET_SHAPES_AND_WORDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [HIGHWAY_ADDRESS, ['hwy', 'highway', 'fm ', 'fm-', 'county road', 'state route', 'us ', 'route', 'rte']],
  [SPANISH_STREET, ['calle', 'ave.', 'avenida', 'carr']],
  [URBANIZACION, ['urb']],
];
const COUNTY_WORDS = ['county', 'parish', 'borough', 'census area'];
const SPANISH_FACILITY_HEADS = ['hospicio', 'clínica', 'clinica', 'centro', 'hogar', 'égida', 'egida', 'salud mental', 'cirugía', 'cirugia'];
const NOTE_WORDS = [' note', ' summary', ' report'];
const ACRONYM_HEADING_A_NOTE = /(?:^|[\r\n])[ \t]*([A-Z]{3,5})[ \t]{1,2}(?:[A-Z][a-z]{2,15}[ \t]{1,2})?(?:Consult|Progress|Admission|Discharge|Clinic|Transfer|Operative)[ \t]{1,2}(?:Note|Summary|Report)\b/g;
/** "Main OR, OR #9": the operating room's number. */
/** "OR #4", "TAKEN DIRECTLY TO OR 6.", "Surgery Center, OR 3": an operating room; never "1 OR 2 TABS". */
const OPERATING_ROOM_NUMBER = /\bOR[ \t]?#[ \t]?(\d{1,2})\b|(?<=(?:\b(?:TO|IN|FROM|to|in|from)|[,;(]|^|[ \t]{2})[ \t]{1,3})OR[ \t]{1,2}(\d{1,2}[A-Z]?)\b(?![ \t]{0,2}(?:[-/.]\d|TABS?|CAPS?|TIMES|DAYS?|HOURS?|HRS?|MG|ML|UNITS?|X\b|MORE|LESS|%|tabs?|caps?|times|days?|hours?|hrs?|mg|ml|units?|more|less))/gm;
/**
 * "Joy PD on scene", "WAIPAHU PD ON SCENE": a town's police department (PD is also Parkinson's and peritoneal dialysis);
 * "BROUGHT IN BY BROKEN ARROW PD", "MARION COUNTY SO": a listed town's or a county's police or sheriff, whatever follows.
 */
const TOWN_POLICE =
  /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]{1,20}[ \t]){0,2}\p{Lu}[\p{L}'’.-]{1,20})[ \t](?:PD|P\.D\.|SO|SHERIFF(?:['’]S)?(?:[ \t](?:OFFICE|DEPT|DEPARTMENT))?)(?![\p{L}\d])([ \t]{1,2}(?:on scene|ON SCENE|at bedside|AT BEDSIDE|present|PRESENT|officer|OFFICER|notified|NOTIFIED|arrived|ARRIVED|responded|RESPONDED)\b)?/gu;
const WARD_AFTER_ADMIT = /\b(?:admit(?:ted)?|transfer(?:red)?)[ \t]{1,2}to[ \t]{1,2}(\d{1,2}[A-Z])\b(?!\/)/gi;
const STATE_NAMES = [...REGIONS].flatMap((st) => [st, st.toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())]).map((st) => st.replace(/ /g, '[ \\t]'));
const FIVE_DIGITS = /(?<![\w-])\d{5}(?:-\d{4})?(?![\w-])/g;
const COUNTRY_NAMES = [...COUNTRIES].flatMap((c) => [c, c.toLowerCase().replace(/\b\p{Ll}/gu, (x) => x.toUpperCase())]).map((c) => c.replace(/[.]/g, '\\.').replace(/ /g, '[ \\t]'));
const STATE_BEFORE_ZIP = new RegExp(String.raw`(?:^|[^\p{L}])(?:${STATE_NAMES.join('|')}|${COUNTRY_NAMES.join('|')}|${US_STATE_CODE}),?[ \t]{1,3}$`, 'u');
/** "Eugene KY 05614", "BOX 337, KALAMAZOO RI 10852": the town and region code before a ZIP, at a line start or after a comma. */
const TOWN_AND_STATE_BEFORE_ZIP = new RegExp(String.raw`(?:^|[,;]|[ \t]{2}|[ \t]-[ \t])[ \t]{0,3}(\p{Lu}[\p{L}'’.-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’.-]{1,25}){0,2}),?[ \t]{1,2}(${STATE_NAMES.join('|')}|${US_STATE_CODE})\.?,?[ \t]{1,3}$`, 'u');
const LETTER_BEFORE_SPACES = /[\p{L}.],?[ \t]{1,3}$/u;
const COMMA_STATE_NAME = new RegExp(String.raw`,[ \t]{1,2}(?:${STATE_NAMES.join('|')})\b`, 'g');
/** The town after a street line: "7374 Orchard Terrace, Apt 7S, Independence, ph ...". */
const CITY_AFTER_STREET = /^(?:,?[ \t]{1,6}|[ \t]{0,4}(?:>|\r?\n|\r)[ \t]{0,4})(\p{Lu}[\p{L}'’.-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’.-]{1,25}){0,2})(?=,|\.(?:[ \t]|$)|:(?![ \t]*[+(]?\d)|[;)]|[ \t][-\u2013][ \t]|[ \t]{1,6}[A-Z]{2}\b|[ \t]{1,6}\d{4,5}|[ \t]{2,}|[ \t]{0,4}(?:>|\r?\n|\r|$))/u;
/** State codes that are also credentials, words or shorthand: after a town without a comma they need a ZIP code. */
const CODES_THAT_ARE_WORDS = new Set(['MD', 'PA', 'ME', 'IN', 'OR', 'OK', 'HI', 'OH', 'MA', 'DE', 'CO', 'LA', 'AL', 'ID', 'MI', 'MS', 'NE', 'SC', 'SD', 'VA', 'CT', 'GA', 'IA']);
const TOWN_THEN_STATE_CODE = new RegExp(String.raw`^(\p{Lu}[\p{L}'’.-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’.-]{1,25})?)[ \t](${US_STATE_CODE})$`, 'u');
const STATE_CODE_AFTER_TOWN = new RegExp(String.raw`^,[ \t]{0,2}(${US_STATE_CODE})\b(?![.'’-]?\w)`);
/** What an employer field holds when no firm is named: "Employer: None", "EMPLOYER: RETIRED". */
const EMPLOYMENT_STATUS = /^(?:none|n\/a|na|unknown|unemployed|retired|disabled|disability|self|self-employed|student|homemaker|not|no|same|see|varies|various|pending|currently|seasonal|temp|temporary)$/i;
/** "Employer: Bob's Tire & Lube", "employer HR, Lone Star Concrete": the firm after an employer label. */
const EMPLOYER_LABEL = /\b(?:employer|Employer|EMPLOYER)(?:[ \t]{1,2}(?:HR|is|name))?[ \t]{0,2}[:,][ \t]{0,3}((?:(?:[A-Z][\p{L}'’&.-]{0,30}|&)[ \t]{0,2}){1,6})/gu;
/** Labels that name a kind of organisation; its name follows the colon. */
const ORGANISATION_LABELS = ['sponsor', 'cro', 'opo', 'carrier', 'insurance carrier', 'insurer', 'lab', 'laboratory', 'performing lab', 'reference lab', 'supplier', 'vendor', 'dme supplier', 'dme company', 'home health', 'home health agency', 'home o2', 'hospice agency', 'resettlement agency', 'agency', 'preferred pharmacy', 'pharmacy', 'prescriptions sent to', 'school', 'daycare', 'church', 'parish', 'congregation', 'shelter', 'group home', 'site', 'clinic', 'requested by', 'd/c to', 'dc to', 'discharged to', 'ambulance service', 'ems agency', 'org', 'day program', 'lodging', 'funeral home', 'travel insurance', 'travel insurer', 'company', 'monitoring co', 'recovery residence'];
const LABEL_CONNECTOR = String.raw`(?:&|of|and|the|for|de|OF|AND|THE|FOR|DE)`;
const CONNECTOR_WORD = new RegExp(`^${LABEL_CONNECTOR}$`);
/**
 * "SPONSOR: CORVIDAE NEUROSCIENCE", "Lab: Quillmark Genomics, accession", "RESETTLEMENT AGENCY: PRAIRIE NEW NEIGHBORS;":
 * after a label naming a kind of organisation, capitalised words up to punctuation, a number, a double space or the
 * line's end. Written in the label's own case, because the name's capitals are what the rule reads.
 */
const ORGANISATION_AFTER_LABEL = new RegExp(
  String.raw`(?<![\p{L}/])(?:${ORGANISATION_LABELS.flatMap((l) => [l, l.toUpperCase(), l[0].toUpperCase() + l.slice(1)]).map((l) => l.replace(/\//g, '\\/')).join('|')})[ \t]{0,2}:[ \t]{0,3}` +
    String.raw`((?!(?:Dr|DR|Mr|MR|Mrs|MRS|Ms|MS|Prof|PROF|Rev|REV)\b)\p{Lu}[\p{L}'’&.-]{0,30}(?:[ \t]{1,2}(?:\p{Lu}[\p{L}'’&.-]{0,30}|${LABEL_CONNECTOR})){0,6})` +
    String.raw`(?=[ \t]*(?:[,;(\r\n]|$)|[ \t]{2}|[ \t]-[ \t]|[ \t]\d)`,
  'gmu',
);
/**
 * "PRESCHOOL (BRIGHT BEGINNINGS MONTESSORI)", "employer (Kennebec Marine Works, pipefitter)", "CHURCH VOLUNTEERS (GRACE
 * LUTHERAN)": the name of the place a word of kind introduces, in brackets after it.
 */
const KIND_OF_ORGANISATION = ['preschool', 'daycare', 'day care', 'church', 'church volunteers', 'day program', 'day programme', 'day services', 'employer', 'school', 'agency', 'vendor', 'supplier', 'company', 'firm', 'insurer', 'shelter', 'club', 'workplace', 'laundry vendor', 'pump company'];
const ORGANISATION_IN_BRACKETS_AFTER_ITS_KIND = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${KIND_OF_ORGANISATION.flatMap((k) => [k, k.toUpperCase(), k[0].toUpperCase() + k.slice(1), k.replace(/\b\p{L}/gu, (c) => c.toUpperCase())]).join('|')})[ \t]{0,2}\([ \t]?` +
    String.raw`(\p{Lu}[\p{L}'’&.-]{0,30}(?:[ \t](?:\p{Lu}[\p{L}'’&.-]{0,30}|${LABEL_CONNECTOR})){1,6})(?=[ \t]?[),])`,
  'gu',
);
/** Words that make a kind of school, agency or church more particular without naming one. */
const GENERIC_KIND_MODIFIER = new Set(['HIGH', 'MIDDLE', 'ELEMENTARY', 'JUNIOR', 'PRIMARY', 'SECONDARY', 'HOME', 'MEDICAL', 'SPECIAL', 'EDUCATION', 'PUBLIC', 'PRIVATE', 'LOCAL', 'STATE', 'COUNTY', 'SOUTHERN', 'NORTHERN', 'CATHOLIC', 'CHARTER', 'TEMP', 'TEMPORARY', 'STAFFING', 'NURSING', 'DAY']);
/** The last word of an organisation's name made of ordinary words: "GREAT PLAINS DIGESTIVE RESEARCH", "NEW PATHWAYS BOYS RESIDENCE". */
const ORGANISATION_HEAD = /^(?:SERVICES|SERVICE|SUPPLY|SUPPLIES|NETWORK|RESEARCH|HEALTH|CLINIC|CENTER|CENTRE|PHARMACY|DRUG|DRUGS|BENEFITS|ADMINISTRATORS|GENOMICS|DIAGNOSTICS|CASUALTY|INSURANCE|ASSURANCE|RESIDENCE|NEIGHBORS|NEIGHBOURS|ASSOCIATES|PARTNERS|GROUP|AGENCY|ACADEMY|SCHOOL|CHURCH|BAPTIST|METHODIST|LUTHERAN|PRESBYTERIAN|TABERNACLE|MINISTRIES|MISSION|ALLIANCE|COALITION|FOUNDATION|INSTITUTE|LABS|LABORATORIES|BIOPHARMA|PHARMACEUTICALS|THERAPEUTICS|NEUROSCIENCE|ONCOLOGY)$/;
/** In capitals every word looks capitalised: the name ends before a word that goes on with the sentence. */
const SENTENCE_GOES_ON = /^(?:AT|IN|ON|PER|WITH|TO|FROM|BY|IS|ARE|WAS|WERE|WILL|HAS|HAD|HAVE|NOTIFIED|AWARE|CALLED|CONTACTED|FAXED|SENT|HELD|UNTIL|START|STARTS|STARTED|TODAY|TOMORROW|WHO|THAT|WHICH|AFTER|BEFORE|SINCE|AS|BUT|OR|IF|NOT|NO|YES|PENDING|DECLINED|NONE|N\/A)$/;
/** "born at GSMC", "FROM CPMC", "-- TMH RENAL": a hospital acronym (ending in H or MC) after a word of place or transfer. */
const HOSPITAL_ACRONYM_AFTER_PLACE_WORD = /(?:\b(?:born at|BORN AT|transferred from|TRANSFERRED FROM|transfer from|TRANSFER FROM|from|FROM|at|AT)|--|[ \t]-)[ \t]{1,2}([A-Z]{2,4}(?:H|MC|MH))\b(?![-/])/g;
/** "EXIT 25 OFF I-93", "exit 8 off Rte 2": where an EMS crew was called. */
const HIGHWAY_EXIT = /\b(?:EXIT|Exit|exit)[ \t]\d{1,3}[A-Z]?[ \t](?:OFF|off|on|ON)[ \t](?:I|RT|RTE|Rte|Route|ROUTE|US|SR|Hwy|HWY)[- ]?\d{1,3}\b/g;
/**
 * "SCENE: I-70 WB AT MM 163", "OFF I-90", "SR-99 NB", "US-30 AT COUNTY ROAD 400 E", "1200 LA-1", "UNDER I-94 OVERPASS",
 * "I-10 / SR 87": a numbered highway where it is a place (after a place word, a house number or another highway and a slash,
 * or before a direction of travel, a mile marker and its number, or an overpass).
 * Radioisotopes (I-131) and settings written the same way are never places.
 */
const NUMBERED_HIGHWAY_REASON = 'numbered highway where it is a place';
const STREET_AFTER_ON_REASON = 'street name after "on"';
const NUMBERED_HIGHWAY = /\b(?:I|IH|US|SR|SH|FM|CR|M(?=-)|[A-Z]{2})[- ]\d{1,4}[A-Z]?(?![\w-])/g;
/** What makes a numbered highway a place: a place word, a scene label or a house number before it... */
const HIGHWAY_PLACE_BEFORE = /(?:\b(?:ON|OFF|ALONG|NEAR|FROM|ACROSS|VIA|USE|TAKE|TOOK|DRIVES|TO|ROUTE|on|off|along|near|from|across|via|use|take|took|drives|to|route|SCENE|LOCATION|LOC|Scene|Location|Route)[ \t]{0,2}:?|-?>|\b\d{1,5}|\b(?:I|IH|US|SR|SH|FM|CR)[- ]\d{1,4}[A-Z]?[ \t]\/)[ \t]{1,2}$/;
/** ...or a direction of travel ("I-40 E."), a mile marker, a ramp, a shoulder or a closure after it. */
const HIGHWAY_PLACE_AFTER = /^[ \t]{1,2}(?:NB|SB|EB|WB|N\/B|S\/B|E\/B|W\/B|[NSEW](?=[ \t]*[.,;)]|[ \t]+\/|[ \t]*$)|CLOSED|closed|SHOULDER|shoulder|MEDIAN|median|RAMP|ramp|NORTHBOUND|SOUTHBOUND|EASTBOUND|WESTBOUND|northbound|southbound|eastbound|westbound|MM[ \t]{1,2}\d+|OVERPASS|UNDERPASS|overpass|underpass|BYPASS|bypass|CORRIDOR|corridor|EXIT|exit|\/[ \t]{0,2}(?:I|US|SR)[- ]\d|(?:AT|@|at|near|NEAR)[ \t]{1,2}(?:MM|MILE|mile|COUNTY|County|EXIT|Exit|CR|FM|US|SR|I-))\b/;
/** "a ranch home in Pueblo", "WIFE'S HOUSE IN OPELIKA", "visits every other weekend in Comfort", "our Kokomo office". */
const CITY_AFTER_HOME_IN = /\b(?:home|house|weekend|weekends|apartment|trailer|farm|HOME|HOUSE|WEEKEND|WEEKENDS|APARTMENT|TRAILER|FARM)[ \t](?:in|IN)[ \t](\p{Lu}[\p{L}'’-]{2,25}(?:[ \t]\p{Lu}[\p{L}'’-]{2,25})?)(?=[ \t]{0,2}(?:[,.;)]|$|(?:on|for|with|and|ON|FOR|WITH|AND)\b))/gmu;
/** "Davis, Reynolds and Williamson": three capitalised words in a firm-name list. */
const FIRM = /\b\p{Lu}\p{Ll}{1,20},\s{1,2}\p{Lu}\p{Ll}{1,20},?\s{1,2}(?:and|&)\s{1,2}\p{Lu}\p{Ll}{1,20}\b/gu;
/** "OTTER POD 31", "Sunflower Pod family conference room": a NICU's pods are named after animals, plants and colours. */
const NAMED_POD = /\b([A-Z][A-Za-z'’-]{2,15})[ \t](POD|Pod)\b/g;
/** Words before "POD" when it counts the days after an operation ("NOW POD 3", "S/P LAP CHOLE, POD 1"). */
const POD_IS_A_DAY_AFTER = /^(?:IS|WAS|NOW|ON|TODAY|CURRENTLY|STILL|TOMORROW|YESTERDAY|REMAINS|DOING|WELL|AND|OF|AS|AT|THE|HIS|HER|DAY|CHOLE|APPY|REPAIR|CABG|TKA|THA|ORIF|LAP|OPEN|NICU|ICU|PICU|NOTE|NOTES|POST|HOSPITAL|PT|PATIENT|MAN|WOMAN|MALE|FEMALE|GENTLEMAN|LADY|GIRL|BOY)$/;
/** "Room 412", "BED 21B", "Bay S620", "RM ED 14", "ISOLETTE 14", "POD C-3": a room, bed or NICU space; a wing letter may come first. Never a temperature ("ISOLETTE 36.5 C"). */
const ROOM = /\b(?:Room|Rm\.?|Bed|Bay|Isolette|Warmer|Crib|Cell|Homeroom|Courtroom|Bassinet|Resus|Suite|Cubicle|Bedspace|Bed Space|Bunk|Cot|Cabin|Housing Unit|Storage Unit)(?:[ \t]Assigned)?\s{0,2}[#:]?\s{0,2}((?:ED|OBS|ER|PACU|PREOP|HALL)[ \t]\d{1,3}[A-Za-z]?|[A-Za-z]{1,2}-\d{1,4}[A-Za-z]?|[A-Za-z]?\d{1,5}[A-Za-z]?(?:-\d{1,3}[A-Za-z]?|-[A-Za-z](?![A-Za-z]))?)\b(?![.,]\d|[ \t]?°?[CF]\b|[ \t]?%|:\d|[ \t]{0,2}(?:ft|feet|foot|m|mi|miles?|x|days?|nights?|hrs?|hours?|weeks?|wks?|months?|years?|yrs?|high|times?|mg|mcg|ml)\b)|\bPod\s{1,2}([A-Za-z]-\d{1,3}|(?=[\dA-Za-z\/]*[A-Za-z])[A-Za-z]?\d{1,2}[A-Za-z]?\/[A-Za-z]?\d{1,3}[A-Za-z]?)\b/gi;
/** "FAMILY CONSULT ROOM B.", "RM 214 BED B": a room or bed named by one capital letter, ending the clause. */
const LETTERED_ROOM = /\b(?:ROOM|Room|RM|Rm|BED|Bed)(?:[ \t](?:ASSIGNED|Assigned))?[ \t]{1,2}([A-H])(?=[ \t]*(?:[.,;)\r\n]|$)|[ \t]{2,}\S)/g;
const COUNTED_BEFORE_NUMBER = /\b(?:DAY|DAYS|WEEK|WK|POD|HD|CYCLE|VISIT|SESSION|PHASE|STEP|LEVEL|GRADE|STAGE|TYPE|CLASS|SCORE|ROUND|DOSE|WAVE|TRIAL)[ \t]\d/i;
/** "PT: TRUMBULL, OTIS   MICU 4", "BED ASSIGNED: BICU 3.": a bed after the initials of a critical-care unit, not a count of days nor a decimal. */
const BED_AFTER_UNIT =
  /\b(?:MICU|SICU|CCU|CVICU|CTICU|PICU|NICU|TICU|BICU|NSICU|PCU|IMU|MBU|PACU)[ \t]{1,2}(?:BED[ \t]{1,2}|#[ \t]?)?((?!X|0\b)[A-Z]?\d{1,3}[A-Z]?)(?![\w/:%-]|\.\w|[ \t]{0,2}(?:DAYS?|HRS?|HOURS?|WEEKS?|WKS?|MONTHS?|MOS?|NIGHTS?|MINS?|X|TIMES|PTS|PATIENTS|BEDS|RNS?|NURSES?|STAFF|OPEN|AVAILABLE|OF|days?|hrs?|hours?|weeks?|wks?|months?|mos?|nights?|mins?|x|times|pts|patients|beds|nurses?|staff|open|available|of|YEARS?|YRS?|MG|MCG|WEEKER|years?|yrs?|mg|mcg|weeker)\b)/dg;
/**
 * "7N-14", "3E-07A", "W6-01": a floor and a wing's compass letter, a dash and the bed, which is how wards number their
 * rooms. Not a range of readings ("NSR 80S-90S", "HR 60S-100") nor a camera's number ("CAM N4-02, N5-01").
 */
const WING_ROOM = /(?<![\w./-])(?:\d{1,2}[NSEW]|[NSEW]\d)-\d{2,3}[A-Z]?(?![\w/-]|\.\d)/g;
/** "59M  ICU 1  MRN ...", "... - ICU 4⏎": a bed after a bare ICU only where a column gap, a line end or a comma follows. */
const BED_AFTER_BARE_ICU = /\bICU[ \t]{1,2}(?:BED[ \t]{1,2}|#[ \t]?)?((?!0\b)[A-Z]?\d{1,2}(?![HDX]\b)[A-Z]?)(?=[ \t]{2,}\S|[ \t]*(?:$|[\r\n,;]))/dgm;
/** "DEST SLH;", "DESTINATION: BFMC ED": the receiving hospital in an EMS run sheet, written as its initials. */
const DESTINATION_ACRONYM = /\b(?:DEST|DESTINATION|Dest|Destination)\.?[ \t]{0,2}:?[ \t]{1,2}([A-Z]{2,5})\b(?=[ \t]*[;,.]|[ \t]{1,2}(?:ED|ER)\b)/g;
/** Words before a place: "lives in", "moved here from", "flew to". */
const PLACE_CUE = /(?:\b(?:(?:lives|lived|living)\s{1,3}(?:alone|independently)|lives|lived|living|resides|residing|based|located|headquartered|moved(?: here)?|relocated|originally|born|grew up|visiting|traveled|travelled|travelling|traveling|trip|flew|arrived|arriving|went|drove|driving|vacation|vacationing|returned|returning|back|emigrated|immigrated|deployed|stationed|transferred|I'm|I am|we're|we are|home|house|weekend|weekends|apartment|office|fly|flying|staying|camping|farm|farmer|ranch|cabin)\s{1,3}(?:from|to|in|at|near)|\bfrom|\b(?:transit|transiting|connecting|layover|stopover|flight|flights|flying|flew|returned|returning)[^.;\n]{0,24}\bvia|\b(?:lives|living|stays|staying|farm|ranch|home|house|village|town)\s{1,3}near|\b(?:home|HOME|Home)(?:[ \t](?:of|OF)[ \t](?:record|RECORD))?[ \t]{0,2}:?|\b(?:brother|sister|son|daughter|cousin|mother|father|mom|dad|parents|family|relatives|wife|husband|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|dtr|bro|sis|w\/[ \t]?(?:cousin|family|brother|sister|daughter|son|relatives))\s{1,3}(?:in|from|near))\s{1,3}$/i;
/** A word of three or more letters and a period inside the words, unless the word is an address abbreviation ("APT. #288"). */
function sentenceEndsInside(words: string): boolean {
  for (const m of words.matchAll(/(\p{L}{3,})\.[ \t]{1,3}\S/gu)) {
    if (!/^(?:APT|STE|BLDG|AVE|BLVD|HWY|RTE|PKWY|TERR?|CTR|FWY|EXPY|LN|RD|DR|ST)$/i.test(m[1])) return true;
  }
  return false;
}
/** "ON 3RD AVE N", "on W 4th St", "near 5th Street", "off 12th St.": a numbered street after a place preposition. */
const ORDINAL_STREET =
  /\b(?:on|at|off|near|of|ON|AT|OFF|NEAR|OF)[ \t]{1,2}((?:[NSEW]\.?[ \t])?\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]{1,2}(Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Place|Pl|Terrace|Ter|AVENUE|AVE|STREET|ST|ROAD|RD|BOULEVARD|BLVD|DRIVE|DR|LANE|LN|PLACE|PL|TERRACE|TER)\b\.?(?:[ \t]{1,2}(?:N|S|E|W|NE|NW|SE|SW)\b)?)/dg;
const TIMED_ENTRY_START = /(?:^|\n)[ \t]{0,3}(?:[01]\d|2[0-3])[0-5]\d\b/g;
/** "NOK LISTED AS BROTHER CEDRIC PRICE IN", "GRANDMOTHER MAE CROSS, 93, IN": a relative, named, then where they are. */
const KIN_NAMED_THEN_PLACE_CUE = /\b(?:brother|sister|son|daughter|dtr|mother|father|mom|dad|wife|husband|husb|aunt|uncle|niece|nephew|cousin|grandmother|grandfather|grandson|granddaughter|parents)[ \t]{1,2}[A-Za-z'’-]{2,20}(?:[ \t]{1,2}[A-Za-z'’-]{2,20}){0,2}(?:,[ \t]{1,2}\d{1,3},)?[ \t]{1,2}(?:in|near)[ \t]{1,3}$/i;
/** Only a name stands between the kin word and "in": "NEPHEW CHUKWUEMEKA FOLLOWING IN PRIVATE VEHICLE" is no place. */
function kinNamedBefore(before: string): boolean {
  const m = KIN_NAMED_THEN_PLACE_CUE.exec(before);
  return m !== null && !/(?:ING|ED)\b/i.test(m[0].slice(m[0].search(/[ \t]/)));
}
/** "LIVES W/ GF RUBY WHITE IN": who the patient lives with stands between the verb and the town. */
const LIVES_WITH_THEN_PLACE_CUE = /\b(?:lives|living|resides|residing|stays|staying)\s{1,3}(?:with|w\/)\s{0,3}[^.;:\n]{1,40}?\s(?:in|at)\s{1,3}$/i;
/** Health systems named "<brand> Health": the brand words are ordinary words or places, so they are listed. */
const HEALTH_SYSTEM = /\b(?:Baptist|Methodist|Presbyterian|Adventist|Atrium|Sutter|Novant|Banner|Intermountain|Advocate|Ascension|Trinity|Providence|Dignity|Allina|Sanford|Essentia|Geisinger|Spectrum|Beaumont|Ochsner|Piedmont|Prisma|Sentara|Inova|Northwell|Lifespan|Baystate|Hartford|Yale New Haven|Penn State|Ohio State|UC Davis|UCHealth|Cone|Wellstar|Memorial Hermann|Houston Methodist|Avera|Bryan|Carilion|Christus|CommonSpirit|HonorHealth|Mercy|MultiCare|OhioHealth|Renown|Riverside|Tenet|UNC|Vidant|WakeMed)[ \t](?:Health|HEALTH)(?:care|CARE)?(?:[ \t](?:East|West|North|South|Eastside|Westside|Northside|Southside|Downtown|Central|EAST|WEST|NORTH|SOUTH|EASTSIDE|WESTSIDE|NORTHSIDE|SOUTHSIDE|DOWNTOWN|CENTRAL))?\b/gi;
const HEALTH_KEYWORD = /Health/gi;
/**
 * Hospitals named by an acronym ending in H or MC (BGH, SAMC, SHMC): before "ED"/"ER" after from/to/at, or
 * standing alone between wide gaps in a note header ("ED TRIAGE NOTE  VPH  03/25"). OSH is "outside hospital".
 */
// The acronym is matched first and its context checked behind it: a scan for capitals is cheaper than trying the lookbehinds everywhere.
const HOSPITAL_ACRONYM = /\b[A-Z]{1,4}(?:H|MC)\b(?<!\bOSH)(?:(?<=\b(?:from|to|at|FROM|TO|AT)[ \t]{1,2}[A-Z]{1,4}(?:H|MC))(?=[ \t]{1,2}(?:ED|ER|EMERGENCY|Emergency)\b)|(?<=\b(?:NOTE|Note)[ \t]{2,4}[A-Z]{1,4}(?:H|MC))(?=[ \t]{2,4}\S))/g;
/** Hospitals that notes name by acronym or short name ("MGH", "Mass General", "Dana-Farber"); not the CHOP of R-CHOP. */
const KNOWN_FACILITY = /\b(?:MGH|BWH|BIDMC|BMC|NEMC|NWH|MEEI|DFCI|(?<![\w-])CHOP(?!-)|UCSF|UCLA|MSKCC|UPMC|OHSU|VUMC|Mayo Clinic|Cleveland Clinic|Johns Hopkins|Mass(?:achusetts)? General|Brigham(?: and Women's| & Women's)?|Beth Israel(?: Deaconess)?|Dana[- ]Farber|Faulkner Hospital|Spaulding|McLean Hospital|Mount Sinai|Cedars[- ]Sinai|Lahey|Kaiser Permanente|Boston Children's|Children's Hospital of Philadelphia|Shriners)\b/g;
/** "Mount Carmel West", "St. Brigid", "Saint Cloud": hospitals and towns named after saints and mountains. */
const ST_SEGMENT_WORDS = /^(?:changes?|elevations?|elev|elevated|depressions?|depress|dep|segments?|abnormalit(?:y|ies)|wave|waves|flattening)$/i;
const SAINT_OR_MOUNT = /\b(?:Mount|Mt\.?|St\.?|Saint|MOUNT|MT\.?|ST\.?|SAINT)[ \t]{1,2}[A-Z][A-Za-z'’]{2,30}(?:[ \t]{1,2}[A-Z][A-Za-z'’]{2,30}){0,2}/g;
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’.-]{0,30}/gu;
const WORD_BEFORE_SAINT = /\b([A-Z][A-Za-z]{1,20})\.?[ \t]{1,2}$/;
/** Wards named by building and floor, as large hospitals do: "Blake 7", "ELLISON 12", then a room, a break or a date. */
/** Both checked at a space before a digit, which is rarer than any letter a pattern could start with. */
const SPACE_DIGIT = /[ \t]\d/g;
// A date after the floor needs a space: "Berg 45/56" is a balance score, not floor 4 and a date.
const WARD_FLOOR_AT = /[ \t](\d{1,2})(?=[ \t]{0,2}(?:$|[\r\n,;]|\.(?!\d)|[-–]|(?:rm|room|bed)\b)|[ \t]{1,2}\d{1,2}[/.-]\d)/iy;
const STREET_SUFFIX_BEFORE = /(?:strasse|straße|gasse|weg|vej|gade|gata|gatan|vägen|veien|vegen|katu|kuja|tie|laan|straat|steeg|gracht|plein|utca|útja|út|tér|allee|platz|stræde|braut|vænget|bakken)\.?[ \t]?$/i;
const WARD_BUILDING = /(?<![\p{L}\d])\p{Lu}[\p{L}'’-]{2,20}$/u;
const WARD_BUILDING_LAST_CHARACTER = /[\p{L}'’-]$/u;
const WARD_CUE_BEFORE = /(?:^|[\r\n]|\b(?:to|on|from|at|in|note|unit|floor)|[-–,;:])[ \t]{0,3}$/i;
/*
 * Both comma expressions are long alternations the engine would try at every character; every match
 * starts with the comma, so sticky copies are tried at the commas only (same matches, same order).
 */
const STATE_CODE_AFTER_COMMA_AT = new RegExp(STATE_CODE_AFTER_COMMA.source, 'y');
const COMMA_STATE_NAME_AT = new RegExp(COMMA_STATE_NAME.source, 'y');

/** What a unit's own name ends in: a floor number, or the kind of unit. */
const UNIT_TAIL = String.raw`(?:ICU|TELE|Tele|UNIT|Unit|PSYCH|Psych|WING|Wing|PCU|IMU|STEP-?DOWN|Step-?[Dd]own|ORTHO|Ortho|NEIGHBORHOOD|Neighborhood|\d{1,2}[A-Z]?)`;
const OWN_UNIT_NAME = String.raw`((?:[A-Z][A-Za-z'’-]{2,15}[ \t]){1,2}(?:\d{1,2}[A-Z]?[ \t])?${UNIT_TAIL}|\d{1,2}[ \t][A-Z][A-Za-z'’-]{3,15})`;
const UNIT_AFTER_TRANSFER = new RegExp(String.raw`\b(?:(?:TX|TRANSFER(?:RED|RING)?|XFER(?:RED)?|MOVED|ADMITTED|CRITERIA,?|Tx|[Tt]ransfer(?:red|ring)?|[Mm]oved|[Aa]dmitted|criteria,?|BACK|[Bb]ack)[ \t]{1,2}(?:TO|to)|TRANSFER(?:RED)?(?:[ \t]FROM)?|[Tt]ransfer(?:red)?(?:[ \t]from)?|(?:BEDS?[ \t](?:ON|IN)|[Bb]eds?[ \t](?:on|in))(?=[ \t]{1,2}[A-Z][A-Za-z]))[ \t]{1,2}${OWN_UNIT_NAME}(?=[ \t]{0,2}(?:[.,;:)]|$|[\r\n])|[ \t]{1,2}(?:WHEN|ONCE|AFTER|ON|AT|VIA|FOR|TO|UNTIL|when|once|after|on|at|via|for|to|until)\b|[ \t]{1,2}(?:IN|in)[ \t]{1,2}(?:AM|PM|am|pm|the|THE)\b|[ \t]{1,2}(?:->|→|@)|[ \t]{1,2}(?:RM[ \t]|BED[ \t]|#)?[A-Z]?\d{1,4}[A-Z]?[ \t]{1,2}(?:AT|at|@|ON|on)\b)`, 'g');
const UNIT_HEADING_A_NOTE = new RegExp(String.raw`(?:^|[\r\n])[ \t]{0,2}${OWN_UNIT_NAME}(?=[ \t]{1,2}(?:(?:NSG|NURSING|RN|SHIFT|DC|PROGRESS|NPN|NOC|NOTE|Nursing|Shift|Progress|Note)\b|\d{1,2}[/-]\d|\d{1,2}[A-Z]{3}\d))`, 'g');
const UNIT_IN_NOTE_TITLE = new RegExp(String.raw`\b(?:NOTE|Note|NPN|FLOOR|Floor)\b[^\n()]{0,40}\(${OWN_UNIT_NAME}\)|\b(?:NOTE|NPN)[ \t]{1,2}${OWN_UNIT_NAME}(?=[ \t]*(?:[\r\n]|$))|\b(?:NOTE|Note|NPN|SUMMARY|Summary|LOG|Log)\b[^\n\-–]{0,30}[ \t][-–][ \t]{1,2}${OWN_UNIT_NAME}(?=[ \t]*(?:[\r\n]|$))`, 'g');
/** "SIU, H'YUEN RM 681 BIRCH 3.": the unit named after the room. */
const UNIT_AFTER_ROOM = new RegExp(String.raw`\b(?:RM|ROOM|Rm|Room)\.?[ \t]{0,2}#?[ \t]{0,2}[A-Z]?\d{1,4}[A-Z]?(?:-\d{1,2}[A-Z]?)?,?[ \t]{1,2}${OWN_UNIT_NAME}(?=[ \t]{0,2}(?:[.,;:)]|$|[\r\n]))`, 'g');
/** "ED to Willow 6 (tele)", "PACU -> LOTUS 5 SBAR", "STAFFING: TULIP 6 SHORT": a unit after the one a patient leaves, or after a staffing label. */
const UNIT_AFTER_UNIT_OR_LABEL = new RegExp(String.raw`(?:\b(?:ED|ER|PACU|ICU|OR|OBS|L&D|Ed|Pacu|STEP-?DOWN|Step-?[Dd]own|TELE|Tele|FLOOR|Floor)[ \t]{1,2}(?:to|TO|->|→)|\b(?:STAFFING|Staffing|staffing)[ \t]{0,2}:|\b(?:UNIT|Unit)[ \t]{0,2}:?)[ \t]{1,2}${OWN_UNIT_NAME}(?=[ \t]{0,2}(?:[.,;:)(]|$|[\r\n])|[ \t]{1,2}(?:[A-Z]{3,}|at|AT|short|SHORT)\b)`, 'g');
/**
 * "CLEARWATER BEHAVIORAL HEALTH  CYPRESS UNIT (ADOLESCENT)  9/27/24", "OBSERVATION LOG  WILLOWBROOK 2  NOC 4/19": a unit as a
 * field of a header, set off by double spaces.
 */
const UNIT_AS_A_HEADER_FIELD = new RegExp(String.raw`(?<![ \t])[ \t]{2,6}${OWN_UNIT_NAME}(?=(?:[ \t]{1,2}\([A-Z][A-Za-z -]{2,20}\))?[ \t]{2,6}(?:\d|[A-Z]{2,}\b))`, 'g');
/**
 * One to three capitalised words before UNIT, WING, WARD, HALL, HOUSE or SUITE, where a header, a list or a room puts a
 * ward: at a line start or after a comma, dash, bracket, colon, wide gap or place preposition, and before a room, a bed,
 * a note title, a bracket, a date or the end of the clause.
 */
const WARD_WITH_TAIL = /(?:^|(?<=[\n,(:;–-]|[ \t]{2}|\b(?:ON|TO|IN|FROM|AT|on|to|in|from|at)[ \t]))[ \t]{0,3}((?:[A-Z][A-Za-z'’-]{2,15}[ \t]){1,3}(?:UNIT|Unit|WING|Wing|WARD|Ward|HALL|Hall|HOUSE|House|SUITE|Suite|SUITES|Suites|NEIGHBORHOOD|Neighborhood))(?=[ \t]{0,3}(?:[.,;:)(]|$|[\r\n])|[ \t]{2}|[ \t]{1,2}[-–|][ \t]|[ \t]{1,2}(?:RM|ROOM|Room|Rm|BED|Bed|CRIB|Crib|APT|Apt|CONFERENCE|Conference|FAMILY|Family|NSG|NURSING|Nursing|NOTE|Note|NPN|\d{1,2}[AP]-\d|\d{1,2}[/-]\d|(?:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)\b|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]{0,6}\b))/gm;
/**
 * Trees, flowers, birds and stones: what hospitals, nursing homes and rehab centres name their units after ("Juniper Unit",
 * "REDWOOD 2", "Heron 214-B", "ROSEWOOD WING", "Primrose Lane (memory care)"). The words are English, so the word tiers
 * that guard the other ward rules reject them; with a ward's tail or a floor number after them they name a unit.
 */
const NATURE_UNIT_WORDS = String.raw`(?:Redwood|Sycamore|Birch|Cedar|Aspen|Juniper|Magnolia|Willow|Maple|Oak|Pine|Spruce|Cypress|Hawthorne?|Dogwood|Elm|Hickory|Poplar|Sequoia|Alder|Chestnut|Cottonwood|Mesquite|Palmetto|Sagebrush|Larkspur|Linden|Hemlock|Acacia|Banyan|Sassafras|Tamarack|Evergreen|Primrose|Rosewood|Lilac|Lavender|Tulip|Bluebonnet|Orchid|Azalea|Camellia|Gardenia|Peony|Marigold|Sunflower|Bluebell|Wisteria|Heron|Sparrow|Cardinal|Bluebird|Falcon|Osprey|Egret|Pelican|Kingfisher|Hummingbird|Oriole|Meadowlark|Chickadee|Mockingbird|Coral|Sapphire|Emerald|Topaz|Garnet|Seahorse|Dolphin|Starfish)`;
const ALLERGY_TESTING = /\b(?:pollens?|IgE|RAST|SPT|skin prick|prick test\w*|wheals?|ImmunoCAP|allergy (?:panel|testing|test)|allergen panel)\b/i;
const NATURE_UNIT = new RegExp(String.raw`(?<![\w'’-])(${NATURE_UNIT_WORDS}|${NATURE_UNIT_WORDS.toUpperCase()})(?:[ \t](?:(?:Unit|Wing|Hall|Pavilion|Tower|Pod|Cottage|Neighborhood|Court|Lane)(?:[ \t]\d{1,2}[A-Z]?)?|(?:UNIT|WING|HALL|PAVILION|TOWER|POD|COTTAGE|NEIGHBORHOOD|COURT|LANE)(?:[ \t]\d{1,2}[A-Z]?)?|\d{1,2}[A-Z]?(?![\w/:%+-]|\.\d)(?![ \t]{0,2}(?:[-–][ \t]?\d|x\b|X\b|mg|MG|mL|ml|ML|L\b|lb|LB|kg|KG|cm|CM|mm|MM|drops?|DROPS?|gtts?|GTTS?|oz|OZ|class|CLASS|%|days?|DAYS?|d\b|D\b|hrs?|HRS?|h\b|wks?|WKS?|weeks?|WEEKS?|months?|MONTHS?|mos?|MOS?|yrs?|YRS?|years?|YEARS?|times|TIMES|min|MIN|pts?|PTS?|patients|PATIENTS|of|OF|out|OUT|to|TO|and|AND|or|OR)\b)|\d{3}(?:-?[A-D])?\b))`, 'g');
/**
 * "ROOM: OR 11", "TO OR 1 AT 0335", "BAYSHORE GENERAL OR 8   10/21/2025", "EP LAB 2", "RECIPIENT OR 22", "L&D OR 2", "BAY 6 ->
 * OR 11", "OR 2 / OR 3 (FLIP)": an operating room or procedure lab by its number. In capitals OR is also the conjunction ("PAIN
 * 3 OR 4", "TO OR 2 TIMES"), so there a place word, an arrow, a bracket or a line's start goes before it and the clause ends, a
 * time, a date or a bracket follows.
 */
const THEATRE_NUMBER_MIXED = /(?<![\d][ \t]{0,2}|\b(?:ONE|TWO|THREE|FOUR|FIVE|one|two|three|four|five)[ \t])\bOR:?[ \t]#?(\d{1,2}[A-Z]?)\b(?![.,]\d|[ \t]{0,2}(?:[-–/]|x\b|mg|mL|ml|L\b|cm|mm|%|days?|hrs?|hours?|min|minutes|weeks?|wks?|times|more|less|fewer|tabs?|pills?|of\b|to\b))/g;
const THEATRE_NUMBER_CAPS = /(?:\b(?:TO|IN|INTO|FROM|ENTERED|ROOM:?|RM:?|GENERAL|MAIN|CV|TRANSPLANT|HEART|CARDIAC|ORTHO|ROBOTIC|HYBRID|PEDS|OB|TRAUMA|RECIPIENT|DONOR|NEURO)[ \t]{1,2}|L&D[ \t]|(?:^|[\r\n(>]|[-–:|][ \t]|(?<=(?<!\d[ \t]{0,2})\bOR[ \t]#?\d{1,2}[A-Z]?[ \t]{0,2})\/[ \t]|[ \t]{2}))[ \t]?(?:OR|CVOR)[ \t]#?(\d{1,2}[A-Z]?)(?=[ \t]*(?:$|[\r\n,;)]|\.(?!\d))|[ \t]{1,3}(?:AT|@|\d{4}\b|\d{1,2}\/\d)|[ \t]{2}|[ \t]\/[ \t]OR[ \t]\d|[ \t]\((?!\d))/gm;
const DOSE_BEFORE_AN_ALTERNATIVE = /\b(?:TABS?|CAPS?|PILLS?|MG|MCG|ML|UNITS?|DOSES?|REPEAT|PRN|PUFFS?|SPRAYS?|DROPS?|X\d+|Q\d+H?)\b[^\r\n]*$/;
/**
 * In capitals, where a record names the room: ending a line or a dash's field after its hospital ("CORDELL MEMORIAL OR 11", "ST
 * BRENDAN'S OR 14", "BRIARWOOD SURGERY CENTER - OR 3 - IMPLANT RECORD"), after the date opening a line ("7/22/24 OR 3 - L
 * TKA") or between the slashes of a log's fields ("BADGE HS-00442 / OR 4 / CASE 25"). Elsewhere "CANCER CENTER OR 2",
 * "12/03/24 OR 2," and "MIN / OR 2" are choices.
 */
const THEATRE_NUMBER_IN_A_RECORD =
  /(?:\b(?:MEMORIAL|CENTER|CENTRE|HOSPITAL|ASC)|[A-Z]['’]S)[ \t]{1,2}(?:[-–][ \t])?OR[ \t]#?(\d{1,2}[A-Z]?)(?=[ \t]*(?:$|[\r\n]|:)|[ \t][-–][ \t])|(?:^|[\r\n])[ \t]{0,3}\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]{1,2}OR[ \t]#?(\d{1,2}[A-Z]?)(?=[ \t]{1,2}[-–][ \t]|[ \t]*(?:$|[\r\n]))|(?<=[ \t]\/[ \t][^\/\r\n]{1,60})[ \t]\/[ \t]OR[ \t]#?(\d{1,2}[A-Z]?)(?=[ \t]\/[ \t])/gm;
const LAB_NUMBER = /\b(?:EP|CATH|Cath|IR|ENDO|Endo|HYBRID|Hybrid|GI|BRONCH|Bronch)[ \t](?:LAB|Lab|SUITE|Suite)[ \t]#?(\d{1,2}[A-Z]?)\b(?![.,]\d|[-–/]|[ \t]{0,2}(?:[-–/]\d|x\b|X\b|mg|MG|mL|ML|%|days?|DAYS?|hrs?|HRS?|min|MIN|times|TIMES))/g;
/**
 * "PT TO HOLDING 7.", "Bariatric stretcher, Pre-op 9.", "TO PRE-OP 6 AT 0545": a holding or pre-op bay where a patient goes
 * or lies, before the clause ends. Not a dose held or given before surgery ("HOLDING 2 DOSES", "Pre-op 2 g cefazolin").
 */
const BAY_NUMBER =
  /(?:(?<=\b(?:TO|IN|AT|INTO|to|in|at|into)[ \t]{1,2})(?:HOLDING|Holding)|(?<=\b(?:TO|IN|AT|INTO|to|in|at|into)[ \t]{1,2}|,[ \t]{1,2})(?:Pre-?[Oo]p|PRE-?OP))[ \t]#?(\d{1,2}[A-Z]?)(?=[ \t]*(?:$|[\r\n,;)]|\.(?!\d))|[ \t]{1,2}(?:AT|at|@)[ \t]{1,2}\d)/gm;
/** "1900-0730, WILLOW RM 22": one word right before a room or a bed, where a ward's name starts. */
const ONE_WORD_BEFORE_ROOM = /(?:^|[\n,(:;–-]|[ \t]{2}|\b(?:ON|TO|IN|FROM|AT|on|to|in|from|at)[ \t])[ \t]{0,3}([A-Z][A-Za-z-]{2,15})[ \t]{1,2}$/;
/** "ADOLESCENT UNIT (BIRCH)", "WILLOW (ADOLESCENT GIRLS)": a ward's one word in brackets after "unit" or "ward", or before whom it keeps. */
const ONE_WORD_WARD_IN_BRACKETS = /(?:^|(?<=[\n,(:;–-]|[ \t]{2}))[ \t]{0,3}([A-Z][A-Za-z-]{2,15})(?=[ \t]{1,2}\((?:ADOLESCENT|ADULT|CHILD|GERI|GERIATRIC|WOMEN'S|MEN'S|BOYS|GIRLS|Adolescent|Adult|Child|Geriatric|Women's|Men's|Boys|Girls)\b)|\b(?:UNIT|Unit|WARD|Ward)[ \t]{0,2}\(([A-Z][A-Za-z-]{2,15})\)/gmd;
const ROAD_POINT = /\b(?:(?<=\b(?:AT|NEAR|OF|PAST|BY|BEFORE|AFTER|at|near|of|past|by|before|after|@)[ \t]{1,2})MM|MILE[ \t]MARKER|[Mm]ile[ \t][Mm]arker)[ \t]{1,2}(\d{1,3}(?:\.\d)?)\b|(\d{1,2}\.\d{3,6}°?[ \t]?[NS],?[ \t]{1,2}\d{1,3}\.\d{3,6}°?[ \t]?[EW])\b|\b(?:(?:INJURY|RESIDENCE|HOME|Injury|Residence|Home)[ \t]COUNTY|COUNTY[ \t]{0,2}:|County[ \t]{0,2}:)[ \t]{1,3}([A-Z][A-Za-z.'’-]{2,20}(?:[ \t][A-Z][A-Za-z.'’-]{2,20})?)(?=[ \t]{0,3}(?:$|[\r\n,;]|[ \t]{2}))/dgm;
const ROAD_POINT_WORDS = ['mm ', 'mile marker', 'county', '°', ' n,', ' n '];
const WARD_TAIL_WORDS = [' unit', ' wing', ' ward', ' hall', ' house', ' suite', ' neighborhood'];
/** Words that say what kind of ward or care a unit gives ("BURN UNIT", "LOCKED UNIT", "SUCTION UNIT"), never its name. */
const GENERIC_WARD_WORDS = new Set(
  `MEDICAL SURGICAL MED SURG MED-SURG MEDSURG BURN CARDIAC CORONARY INTENSIVE CRITICAL CARE ACUTE SUBACUTE STEP-DOWN STEPDOWN
  OBSERVATION OBS ISOLATION PSYCH PSYCHIATRIC PSYCHIATRY BEHAVIORAL BEHAVIOURAL MENTAL HEALTH ADULT ADOLESCENT CHILD CHILDREN'S
  PEDIATRIC PEDS PAEDIATRIC GERIATRIC GERI GERO GERI-PSYCH GERO-PSYCH DEMENTIA MEMORY LOCKED SECURE OPEN DIALYSIS RENAL TRANSPLANT
  ONCOLOGY ONC HEMATOLOGY HEME BMT MATERNITY POSTPARTUM ANTEPARTUM LABOR DELIVERY NURSERY NEONATAL NEWBORN MOTHER-BABY REHAB
  REHABILITATION SPINAL CORD STROKE NEURO NEUROLOGY NEUROSURGICAL TRAUMA ORTHO ORTHOPEDIC ORTHOPAEDIC TELEMETRY TELE RESPIRATORY
  PULMONARY HOSPICE PALLIATIVE INFECTIOUS INFUSION RECOVERY SURGERY SAME DAY AMBULATORY OUTPATIENT INPATIENT EMERGENCY DETOX
  DETOXIFICATION SUBSTANCE CHEMICAL DEPENDENCY ADDICTION CRISIS STABILIZATION STABILISATION MEDICINE GENERAL INTERNAL FAMILY
  SPECIAL SKILLED NURSING LONG-TERM TRANSITIONAL SPECIALTY HIGH DEPENDENCY ASSESSMENT ADMISSIONS ADMISSION RESEARCH CLINICAL
  DECISION EVALUATION MAIN NEW OLD NORTH SOUTH EAST WEST CENTRAL UPPER LOWER FIRST SECOND THIRD FOURTH FIFTH GROUND TOP BLOOD
  STORAGE HOUSING GUEST SUCTION AIR CONDITIONING POWER CONTROL HEATING COOLING HEAT WARMING WARMER CHEST SUPPLY CLEAN DIRTY UTILITY
  BATH BATHROOM SHOWER DINING DAY NIGHT DOWN UP ACROSS SHARED GARAGE BASEMENT APARTMENT APT REAR FRONT BACK UPSTAIRS DOWNSTAIRS TRAILER MOTEL CONDO HALFWAY GROUP FOSTER SAFE TREATMENT RESIDENTIAL CORRECTIONAL SEGREGATION SOLITARY INTAKE MAXIMUM
  MINIMUM MEDIUM PROTECTIVE CUSTODY WOMEN'S MEN'S WOMENS MENS FEMALE MALE COED SENIOR JUNIOR NEGATIVE POSITIVE PRESSURE PROCEDURE
  PROCEDURAL ENDOSCOPY CATH HOLDING PRE-OP POST-OP PREOP POSTOP PERIOPERATIVE PACU ICU CCU NICU PICU SICU MICU ED ER OR
  FORENSIC COMMITMENT EXTENDED LONG SHORT STAY INTERMEDIATE TRANSITION DISCHARGE HOSPITALIST TEACHING BARIATRIC COVID CONTINUING
  VENT VENTILATOR WEANING PULM CARDIO CARDIOLOGY URGENT SURGERY`.split(/\s+/),
);
const UNIT_CONTEXT_WORDS = ['tx to', 'transfer', 'xfer', 'moved to', 'admitted to', 'criteria', 'nsg', 'nursing', 'rn', 'shift', 'dc', 'progress', 'npn', 'noc', 'note', 'floor', 'rm ', 'room', 'bed', 'back to', 'summary', 'log'];

/**
 * "CHAIR 22", "Station 9", "STA 18", "LDR 4", "LDR 312", "OPERATORY 3": an infusion chair, a dialysis station, a delivery room, a
 * dentist's chair. Never where the patient sits ("UP TO CHAIR X2", "OOB TO CHAIR 30 MIN"), the nurses' station or a
 * low-dose-rate implant's dose ("I-125 LDR 145 GY").
 */
const CHAIR_OR_STATION = /\b(?:CHAIR|Chair|chair|STATION|Station|STA|Sta|OPERATORY|Operatory|LDR)[ \t]{0,2}[#:]?[ \t]{0,2}(\d{1,2}[A-Z]?|(?<=LDR[ \t]{0,2}[#:]?[ \t]{0,2})\d{3})\b(?![.,:]\d|[ \t]{0,2}(?:min|mins|minutes|hrs?|hours?|x\d?|times?|c?gy|mci|mbq|seeds?|sources?)\b)/gi;
const SITTING_BEFORE_CHAIR = /\b(?:to|in|on|up|oob|sat|sits|sitting|into|from|recliner|geri|wheel|shower|bedside|nurses'?|nursing|charge|work|fire|police|gas|radio|bus|train|weather|duty)[ \t]{1,2}$/i;

const DIALYSIS_NEARBY = /\b(?:dialysis|hemodialysis|haemodialysis|HD|treatment|schedule|MWF|TTS|EDW|dialyzer|dialysate)\b/i;
/** Where patients are treated in numbered chairs: "TO CHAIR 3" there is a chair's number, not getting up. */
const CHAIR_CARE_NEARBY = /\b(?:dialysis|hemodialysis|haemodialysis|EDW|dialyzer|dialysate|infusion|chemo|chemotherapy|chairside|chair-side)\b/i;
/** "CH 6  YOUNG BEAR, TOMASINA - NEW TRANSFER", "CH 11: ZIELINSKI": a dialysis or infusion board's line opened by its chair. */
const CHAIR_OPENING_A_LINE = /^[ \t]{0,3}CH[ \t]{1,2}(\d{1,2})(?=[ \t:]{1,3}\S)/gm;

function chairsAndStations(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (!/chair|station|sta\b|ldr|operatory|\bCH /i.test(text)) return found;
  const chairCareNear = (at: number) => CHAIR_CARE_NEARBY.test(text.slice(Math.max(0, at - 200), at + 200));
  for (const m of matchesOf(CHAIR_OR_STATION, text)) {
    // A delivery room or a dental operatory is where the patient is put, whatever the word before ("ADMIT TO LDR 7").
    const putInto = /^(?:LDR|operatory)/i.test(m[0]);
    if (!putInto && SITTING_BEFORE_CHAIR.test(text.slice(Math.max(0, m.index - 16), m.index)) && !(/^chair/i.test(m[0]) && chairCareNear(m.index))) continue;
    // A station is the dialysis chair's only where dialysis is charted ("STATION -2" is the baby's in labour).
    if (/^st/i.test(m[0]) && !DIALYSIS_NEARBY.test(text.slice(Math.max(0, m.index - 80), m.index + 80))) continue;
    found.push(m);
  }
  for (const m of text.includes('CH ') && CHAIR_CARE_NEARBY.test(text) ? matchesOf(CHAIR_OPENING_A_LINE, text) : []) found.push(m);
  return found;
}

/**
 * "Juniper 5, room 507", "CEDAR 4 ICU BED 7", "Larkspur 4 step-down, bed 12", "CYPRESS UNIT (ADOLESCENT)", "CORAL WING RM
 * 114-A", "TOWER B INFUSION CHAIR 22": a unit's own name before the room, perhaps with the kind of care there.
 */
const CARE_KIND = String.raw`\(?(?:NEURO |CARDIAC |SURGICAL |MEDICAL )?(?:ICU|TELE|Tele|tele|STEP-?DOWN|[Ss]tep-?down|PALLIATIVE|[Pp]alliative|PSYCH|[Pp]sych|OBS|INFUSION|[Ii]nfusion|PEDS|[Pp]eds|ONC|[Oo]nc|ADOLESCENT|[Aa]dolescent|ADULT|[Aa]dult|GERI|MED-SURG|[Mm]ed-[Ss]urg)\)?`;
const NAMED_UNIT_BEFORE_ROOM = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F\d])((?:[A-Z][A-Za-z'’-]{1,15}[ \t]){0,2}(?:[A-Z][A-Za-z'’-]{2,15}[ \t]\d{1,2}[A-Z]?|(?:TOWER|Tower|PAVILION|Pavilion|BUILDING|Building|BLDG|Bldg|WING|Wing|POD|Pod)[ \t][A-Z]|[A-Z][A-Za-z'’-]{2,15}[ \t](?:UNIT|Unit|WING|Wing|HALL|Hall|COURT|Court|TOWER|Tower|POD|Pod))(?:[ \t]{1,2}(?:INFUSION|[Ii]nfusion))?|(?:[A-Z][A-Za-z'’-]{2,15}[ \t]){1,2}(?:INFUSION|[Ii]nfusion|PEDS|[Pp]eds|ONC|[Oo]nc))(?:[ \t]{1,2}${CARE_KIND})?,?[ \t]{1,3}$`);

/** Words that name no unit of their own: measures, stages and generic places before a number ("DAY 2, BED 3", "LEVEL 4 ROOM"). */
const CREW_WORD = /^(?:MEDIC|ENGINE|LADDER|RESCUE|SQUAD|TRUCK|AMBULANCE|AMBO|TRIAGE|ACUITY|BATTALION|COMPANY|TEAM|CAR|UNIT|UNITS)$/;
const MEASURE_WORD = /^(?:AGE|AGED|WT|HT|BMI|DAY|DAYS|HD|WEEK|WEEKS|MOS|MONTHS?|YEARS?|YEAR-OLD|LEVEL|STAGE|GRADE|TYPE|CYCLE|PAIN|PHASE|SHIFT|TEAM|GROUP|CLASS|STEP|PART|SCORE|SIZE|NUMBER|NO|VISIT|TRIAL|DOSE|TX|TREATMENT|SESSION|ROUND|VENT|CODE)$/;
const NOT_A_UNIT_WORD = /^(?:POD|FLOOR|ROOM|RM|BED|BAY|CHAIR|STATION|STA|ZONE|AREA|SIDE|WARD|UNIT|WING|HALL|COURT|PACU|ED|ER|OR|ICU|OBS|HOLDING|PREOP|PRE-OP|POSTOP|POST-OP)$/;

/**
 * Where the unit's own name starts within `name` (words before it like "HOSPITAL" or "UNIT" dropped), or undefined when
 * what is left names no unit of its own.
 */
function namedUnitWithin(name: string): number | undefined {
  const words = [...name.matchAll(/[^ \t]+/g)];
  let first = 0;
  while (first < words.length - 1 && unitWordRejected(words[first][0].toUpperCase())) first++;
  const kept = words.slice(first).map((w) => w[0]);
  if (kept.length < 2 || unitWordRejected(kept[0].toUpperCase())) return undefined;
  const last = kept[kept.length - 1].toUpperCase();
  // A unit named by a word before "UNIT", "WING", "HALL" or its kind of care: the word is its own, not "MEDICAL UNIT",
  // "EAST WING" or "CARDIAC INFUSION".
  if (!/^(?:\d{1,2}[A-Z]?|[A-Z])$/.test(last) && !/^\d/.test(kept[kept.length - 2] ?? '')) {
    const own = kept.slice(0, -1).filter((w) => !/^(?:INFUSION)$/i.test(w));
    if (own.length === 0 || !ownUnitName(own.join(' ')) || /^(?:CENTRAL|NORTH|SOUTH|EAST|WEST)$/i.test(own[own.length - 1])) return undefined;
  }
  return words[first].index;
}

function unitWordRejected(upper: string): boolean {
  return NOT_A_UNIT_WORD.test(upper) || MEASURE_WORD.test(upper) || CLINICAL_ABBREVIATIONS.has(upper) || NAMELESS_WORDS.has(upper) || isKnownFunctionWord(upper);
}

/** The first word of a unit's name is its own: no word of clinical prose, abbreviation or function word. */
function ownUnitName(name: string): boolean {
  const words = name.split(/[ \t]+/);
  // "5 GARFIELD", "6 HALVORSEN": after the floor number, the word is the unit's own.
  const first = (/^\d/.test(words[0]) ? words[1] : words[0]).toUpperCase();
  if (/^(?:CENTRAL|NORTH|SOUTH|EAST|WEST)$/.test(first)) return true;
  const info = wordInfo(first);
  return info.tier !== 'word' && info.commonRank === undefined && !CLINICAL_ABBREVIATIONS.has(first) && !NAMELESS_WORDS.has(first) && !isKnownFunctionWord(first);
}

/** Wards called by one word are named like people and trees (BIRCH, WILLOW, ASPEN); "SECLUSION RM", "TRIAGE RM", "HALL BED" are kinds of place. */
function wardCalledByOneWord(upper: string): boolean {
  return ownWardWord(upper) && wordInfo(upper).tier !== 'unknown' && upper !== 'HALL' && !NAMELESS_WORDS.has(upper) && !CLINICAL_ABBREVIATIONS.has(upper) && !RELATION_CUES.has(upper) && !CREDENTIALS.has(upper);
}

/** A word that names a ward of its own: no clinical prose uses it often, and it describes no kind of ward or care. */
function ownWardWord(upper: string): boolean {
  if (upper.length < 3 || GENERIC_WARD_WORDS.has(upper) || isKnownFunctionWord(upper)) return false;
  const info = wordInfo(upper);
  return info.tier !== 'word' && (info.commonRank === undefined || info.commonRank >= 3000);
}

const CLOCK_TIME = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/** Four digits that read as a 24-hour clock time ("0240", "2315"). */
export function isClockTime(digits: string): boolean {
  return CLOCK_TIME.test(digits);
}
const ANOTHER_CLOCK_TIME_AFTER = /^[ \t]{0,2}(?:[-–]|to|and|&|TO|AND)[ \t]{0,2}(?:[01]\d|2[0-3])[0-5]\d\b/;

function clockTimesAfterARoomWord(text: string, m: RegExpExecArray): boolean {
  const number = m[1] ?? '';
  const end = m.index + m[0].length;
  return isClockTime(number) && text.slice(end - number.length, end) === number && ANOTHER_CLOCK_TIME_AFTER.test(text.slice(end, end + 12));
}

/** "HFD MEDIC 46", "LAFD RESCUE 2", "DEKALB FIRE MEDIC 12", "Metro EMS Medic 7": a fire or EMS agency's unit and its number. */
const EMS_UNIT = /\b(?:(?:[A-Z][A-Za-z'’-]{1,20}[ \t]){0,2}(?:EMS|FIRE|Fire)|[A-Z]{1,4}FD|FDNY)[ \t](?:MEDIC|RESCUE|ENGINE|LADDER|SQUAD|AMBULANCE|TRUCK|Medic|Rescue|Engine|Ladder|Squad|Ambulance|Truck)[ \t]\d{1,3}\b/g;
/** "Steamfitters Local 562", "IBEW LOCAL 58", "VFW Post 4579", "AMERICAN LEGION POST 12", "Elks Lodge 1104". */
const NUMBERED_CHAPTER = /\b(?:(?:[A-Z][A-Za-z'’&.-]{1,25}[ \t]){1,3}(?:Local|LOCAL)|(?:VFW|AMVETS|DAV|American[ \t]Legion|AMERICAN[ \t]LEGION|Legion|LEGION)[ \t](?:Post|POST)|(?:[A-Z][A-Za-z'’-]{1,25}[ \t]){1,2}(?:Lodge|LODGE))[ \t]#?\d{1,5}\b(?![ \t]{0,2}(?:[Ww]eeks?|WEEKS?|[Dd]ays?|DAYS?|[Mm]onths?|MONTHS?|[Yy]ears?|YEARS?|[Hh]rs?|HRS?|[Hh]ours?|HOURS?|[Mm]in(?:ute)?s?|MIN(?:UTE)?S?|%|mg|MG|ml|ML|x|X)\b)/g;

function isKnownFunctionWord(word: string): boolean {
  return /^(?:THE|A|AN|TO|IN|ON|AT|FROM|PT|PATIENT|HIS|HER|THEIR|OUR|THIS|THAT|NEW|OLD|SAME|ANOTHER|FLOOR|ROOM|BED)$/.test(word);
}

/**
 * The start of the line holding `offset` when it is at most `reach` characters back, else -1. Bounded, so hits on one
 * huge line stay linear (an unbounded `lastIndexOf('\n')` per hit made such a line quadratic).
 */
function lineStartWithin(text: string, offset: number, reach: number): number {
  for (let p = offset - 1; p >= 0 && p >= offset - reach - 1; p--) if (text.charCodeAt(p) === 10) return p + 1;
  return offset <= reach ? 0 : -1;
}

function matchesAtCommas(text: string, sticky: RegExp): RegExpExecArray[] {
  const results: RegExpExecArray[] = [];
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    results.push(m);
    i += m[0].length - 1;
  }
  return results;
}

/**
 * A room number the note has given as a room ("RM 412", a census line) is that room wherever else the note names it
 * alone: "HIGH FALL RISK: 301, 304, 305", "TELESITTER ON 402", "MOVED TO 502". Not after a lab or vital sign's name
 * ("NA 140") and not as a quantity ("305 MG").
 */
export function findRoomNumbersAgain(text: string, winners: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const rooms = new Set<string>();
  for (const c of winners) {
    if (c.category !== 'LOCATION' || c.subtype !== 'ROOM') continue;
    const number = text.slice(c.start, c.end);
    // Four digits a clock reads are too often the time of an entry to be taken for the room elsewhere.
    if (/^\d{3,4}[A-Z]?$/.test(number) && !isClockTime(number)) rooms.add(number);
  }
  if (rooms.size === 0) return found;
  const claimed = new Set(winners.map((c) => c.start));
  for (const m of matchesOf(STANDALONE_ROOM_NUMBER, text)) {
    if (!rooms.has(m[1]) || claimed.has(m.index)) continue;
    // The word before, and the one before that past a linking word ("Platelets were 412", "straight cath of 300").
    const words = /(?:([A-Za-z]{1,12})[ \t]{1,2})?([A-Za-z]{1,12})\.?[ \t:=]{1,3}$/.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const reading = (word: string | undefined) => word !== undefined && (CLINICAL_ABBREVIATIONS.has(word) || MEASURE_WORD.test(word) || READING_NAME.test(word) || LAB_NAME.test(word));
    const before = words?.[2]?.toUpperCase();
    if (reading(before) || (before && (QUANTITY_BEFORE.test(before) || (LINKING_WORD_BEFORE_A_READING.test(before) && reading(words?.[1]?.toUpperCase()))))) continue;
    found.push(candidate(m.index, m.index + m[1].length, 'LOCATION', 'ROOM', 0.75, 'a room the note gave, named again'));
  }
  return found;
}
/** Lab values, vital signs, measures, rechecks and plates a three- or four-digit number may follow. */
const READING_NAME = /^(?:RECHECK|RECHECKED|REPEAT|PLATE|TAG|TAGS|GLUCOSE|SUGAR|FSBS|SODIUM|POTASSIUM|CHLORIDE|PLATELETS?|CREATININE|LIPASE|AMYLASE|TROPONIN|WEIGHT|HEIGHT|TEMP|PULSE|SAT|SATS|OUTPUT|INTAKE|LEVEL|SCORE|DOSE|RATE|VOLUME|TOTAL|COUNT|EBL|UOP|VOIDED|DRAINED|INFUSED|FLUSH|BOLUS|RESIDUAL|PVR|FEV1|FVC|CALORIES|KCAL|STEPS|FEET|FT|METERS)$/;
const LAB_NAME = /^(?:NA|K|CL|CK|LDH|BG|CBG|BS|LDL|HDL|TRIG|ALK|PHOS|MG|CA|CO2|HGB|HCT|PLT|WBC|BUN|CR|GLU|AST|ALT|TSH|PSA|INR|BNP|FERRITIN|PLATELET|PLATELETS|LACTATE|AMMONIA|LIPASE)$/;
/** "Drank 250", "straight cath of 300", "was 412": an amount or a reading follows, whatever came before. */
const QUANTITY_BEFORE = /^(?:DRANK|ATE|VOIDED|VOMITED|INFUSED|OF|WAS|WERE)$/;
const LINKING_WORD_BEFORE_A_READING = /^(?:IS|ARE|AT|NOW|TRENDING|TO|FROM)$/;
/**
 * An assignment sheet's line: a nurse, tech or aide and the rooms they have ("RN ASHLEY W.       401 402 403 405 406",
 * "PCT LEON: 401-411"). Three rooms at least, or a range after a colon.
 */
const ROOMS_OF_AN_ASSIGNMENT = /^[ \t]{0,3}(?:RN|LPN|LVN|PCT|CNA|TECH|SITTER|Rn|Lpn|Pct|Cna)[ \t]{1,2}([A-Z][A-Za-z'’-]{1,20})\.?(?:[ \t][A-Z]\.?)?(?:[ \t]{1,2}\([^()\r\n]{1,60}\))?(?:[ \t]*:[ \t]{0,3}|[ \t]{2,}|\t)((?:\d{3,4}[A-Z]?)(?:(?:[ \t]{1,2}|,[ \t]?)\d{3,4}[A-Z]?){2,}|\d{3,4}-\d{3,4})(?=[ \t]*(?:$|[\r\n;,+]|[ \t]{2}))/gm;
const STANDALONE_ROOM_NUMBER = /(?<![\w.\/:#-])(\d{3,4}[A-Z]?)(?![\w\/:-]|[.,]\d|[ \t]{0,2}(?:%|mg|MG|mcg|MCG|ml|mL|ML|cc|CC|kg|KG|g\b|G\b|units?\b|UNITS?\b|min\b|MIN\b|hrs?\b|HRS?\b|x\b|X\b|pages?\b|PAGES?\b|tabs?\b|TABS?\b|pills?\b|PILLS?\b|times\b|TIMES\b|steps\b|STEPS\b|ft\b|FT\b|feet\b|FEET\b|days?\b|DAYS?\b))/g;

/** "PLAN: TRISTATE BLUE ADVANTAGE   ID ...", "Insurance: High Desert Health PPO": a health plan named after its label. */
const INSURER_AFTER_LABEL =
  /\b(?:INSURANCE|Insurance|INS|Ins|PLAN|Plan|PAYER|Payer|PAYOR|Payor|CARRIER|Carrier|INSURER|Insurer)[ \t]{0,2}:[ \t]{1,3}((?:[A-Z][A-Za-z&'’-]*[ \t]){1,5}?(?:HEALTH|Health|PLAN|Plan|ADVANTAGE|Advantage|RX|Rx|TRUST|Trust|CHOICE|Choice|PARTNERS|Partners|ASSURANCE|Assurance|MUTUAL|Mutual|PDP|HMO)(?:[ \t]\((?:PDP|HMO|PPO)\))?)(?=[ \t]*(?:[,;(]|$|[\r\n])|[ \t]{2}|[ \t](?:ID|#|PPO|HMO|Part|PART|-|TIER|Tier|member|MEMBER)\b)/g;
const INSURER_LABEL_WORDS = ['insurance', 'ins:', 'plan', 'payer', 'payor', 'carrier', 'insurer'];
/** Insurers that cover millions across the country: their names point to no one, as the dev corpora agree. */
const NATIONAL_INSURERS = new Set(['AARP', 'AETNA', 'HUMANA', 'UNITEDHEALTHCARE', 'UNITED', 'UHC', 'CIGNA', 'ANTHEM', 'KAISER', 'BCBS', 'BLUE', 'MOLINA', 'CENTENE', 'WELLCARE', 'AMBETTER', 'OSCAR', 'HIGHMARK', 'WELLMARK', 'CAREFIRST', 'ELEVANCE', 'OPTUM', 'EMPIRE', 'REGENCE', 'PREMERA', 'GEISINGER', 'HEALTHNET', 'MAGELLAN', 'SILVERSCRIPT', 'EXPRESS', 'CAREMARK']);
/** Public programmes, and words for no plan or one not chosen yet, which name no particular plan ("INS: PENDING MEDICAID PLAN"). */
const PUBLIC_PROGRAMMES = new Set(['MEDICARE', 'MEDICAID', 'TRICARE', 'VA', 'CHAMPVA', 'SELF', 'NO', 'NONE', 'UNINSURED', 'CASH', 'PENDING', 'APPLIED', 'UNKNOWN']);
const WHOLE_STATE_NAMES_OF_FOUR_LETTERS = new Set(['OHIO', 'IOWA', 'UTAH']);
/** "AN APARTMENT ON TANNER STREET", "lives on Maple Avenue": a street named by its name and kind alone. */
const STREET_NAME_AFTER_ON =
  /\b(?:on|ON|On|off|OFF|Off)[ \t]{1,2}((?:[A-Z][a-z]{2,15}|[A-Z]{3,15})(?:[ \t](?:[A-Z][a-z]{2,15}|[A-Z]{3,15}))?[ \t](?:Street|STREET|Avenue|AVENUE|Road|ROAD|Boulevard|BOULEVARD|Lane|LANE|Drive|DRIVE|Terrace|TERRACE|Parkway|PARKWAY))\b/g;
/** Words before a street's kind that make it a thing, not a street's name ("ON THE ROAD", "ON ACCESS ROAD" stays). */
const NOT_A_STREET_NAME = new Set(['THE', 'A', 'AN', 'MAIN', 'THIS', 'THAT', 'HIS', 'HER', 'THEIR', 'OUR', 'SAME', 'WRONG', 'RIGHT', 'LEFT', 'OPEN', 'DIRT', 'GRAVEL', 'ICY', 'WET', 'BUSY', 'QUIET', 'COUNTRY', 'BACK', 'SIDE', 'PRIVATE', 'MEMORY', 'RECOVERY', 'EASY', 'LONG']);
/**
 * "MOVED FROM NJ LAST YEAR", "SEEN 3/2 (FL)": after "in" or "from", or in brackets, a state's code that no clinical
 * shorthand shares ("IN VT", "(KS)", "(TN)", "(AK)" and "IN MT" are a rhythm, a sarcoma, a neuralgia, a keratosis and a
 * membrane). After a licence's number every code is its state: STATE_OF_A_LICENCE.
 */
/**
 * "HOME O2 2L VIA MOTOR CITY MEDICAL SUPPLY", "VENDOR BUCKEYE RESPIRATORY", "ORDERED THRU KEYSTONE MOBILITY", "LAST FILL AT VALLEY
 * RX", "THROUGH FAITHFUL FRIENDS HOME CARE": a supplier, a pharmacy or a home-care agency named after the word that says
 * it supplies, fills or serves.
 */
const SUPPLIER_AFTER_CUE = /(?:\b(?:VIA|via|Via|THROUGH|through|Through|THRU|thru|Thru|FROM|from|From|BY|by|AT|at|VENDOR|Vendor|vendor|SUPPLIER|Supplier|supplier|DME|COMPANY|Company|company|USES|uses|Uses)[ \t]{0,2}:?[ \t]{1,2}|\([ \t]?|[ \t][-–][ \t])((?:[A-Z][A-Za-z'’-]{1,24}[ \t](?:(?:&|and|AND)[ \t])?){1,3}(?:Rx|RX|Oxygen|OXYGEN|Respiratory|RESPIRATORY|Mobility|MOBILITY|Medical Supply|MEDICAL SUPPLY|Medical Supplies|MEDICAL SUPPLIES|Home Care|HOME CARE|Homecare|HOMECARE|Home Medical|HOME MEDICAL|Home Infusion|HOME INFUSION|Health|HEALTH|Care|CARE))(?![\w'’-])/dg;
/** Heads whose name needs a name-like word, since the words before them also say what is given or done ("CONFIRM RX", "ACUTE RESPIRATORY"). */
const SUPPLY_HEAD_NEEDING_A_NAME = /(?:RX|OXYGEN|RESPIRATORY|MOBILITY|HOME INFUSION)$/i;
/** What oxygen, breathing support or care at home is, not whose: "HIGH FLOW OXYGEN", "ACUTE RESPIRATORY", "SKILLED HOME CARE". */
const KIND_OF_SUPPLY = new Set('FLOW SUPPLEMENTAL HOME PORTABLE NASAL LIQUID CONTINUOUS NOCTURNAL WALL TANK TANKS ROOM HUMIDIFIED ACUTE CHRONIC SKILLED PRIVATE NEW OLD MORE LESS NO PAPER MAIL ELECTRONIC SAME GOOD POOR ADEQUATE MINIMAL FULL ANY ALL HIS HER THEIR OUR MY YOUR LOCAL OWN SEVERE PERSISTENT INCREASED WORSENING BASELINE CURRENT'.split(' '));

/** "PREMEDICATE BEFORE AM CARE", "FOR WARD-BASED CARE", "VA COMMUNITY CARE": words of a phrase about care, not of a name. */
const WORD_INSIDE_A_PHRASE_OF_CARE = /^(?:FOR|AFTER|BEFORE|WITH|BY|OF|OR|DURING|UNTIL|PER|VIA|AM|PM|VA|[A-Z]+-BASED)$/;
/** "MEDICAID (HERITAGE HEALTH)": in brackets after an insurer's label, a plan's name, not a supplier. */
const INSURER_LABEL_BEFORE_BRACKET = /\b(?:MEDICAID|MEDICARE|INS|INSURANCE|PLAN|PAYER|PAYOR|Medicaid|Medicare|Ins|Insurance|Plan|Payer|Payor)\b[^\n(]{0,20}\([ \t]?$/;
/** A word that says whose a supplier is: a proper noun, a word of the land or of a place's making, or one no dictionary knows. */
function placeLikeWord(upper: string): boolean {
  return isProperNoun(upper) || PLACE_COMPOUND.test(upper) || TOPONYM_WORDS.has(upper) || !isKnownWord(upper);
}
/** "ACUTE RESPIRATORY FAILURE", "HOME CARE NEEDS": the head is a word of the phrase that follows. */
const WHAT_A_TREATMENT_HEAD_QUALIFIES = /^[ \t]{1,2}(?:FAILURE|DISTRESS|THERAPY|THERAPIST|RATE|STATUS|SUPPORT|SYMPTOMS|INFECTION|ILLNESS|ISSUES|NEEDS|PLAN|SERVICES|NURSE|SATURATION|SAT|SATS|REQUIREMENT|DEMAND|THERAPIES)\b/i;

function findSuppliersAfterCues(text: string, add: (start: number, end: number, subtype: Candidate['subtype'], confidence: number, reason: string) => void): void {
  for (const m of matchesOf(SUPPLIER_AFTER_CUE, text)) {
    const name = m[1];
    const words = name.split(/[ \t]+/).map((w) => w.toUpperCase().replace(/['’]S$/, ''));
    const headWords = /(?:Medical Suppl|MEDICAL SUPPL|Home |HOME )/.test(name) ? 2 : 1;
    const before = words.slice(0, words.length - headWords).filter((w) => w !== '&' && w !== 'AND');
    // "HIGH-FLOW OXYGEN": a kind of supply joined to another word is still the kind.
    if (before.length === 0 || before.some((w) => w.split('-').some((part) => KIND_OF_SUPPLY.has(part)) || isKnownFunctionWord(w) || WORD_INSIDE_A_PHRASE_OF_CARE.test(w) || PEOPLES_AND_LANGUAGES.has(w) || CLINICAL_ABBREVIATIONS.has(w))) continue;
    if (WHAT_A_TREATMENT_HEAD_QUALIFIES.test(text.slice(m.indices![1][1], m.indices![1][1] + 16))) continue;
    if (INSURER_LABEL_BEFORE_BRACKET.test(text.slice(Math.max(0, m.index - 40), m.indices![1][0]))) continue;
    // "AT THREE RIVERS HEALTH", "VIA WIND RIVER CANCER CARE": health and care follow many words for a kind of care ("MENTAL
    // HEALTH"); a place's word or a proper noun says whose, and a lone word no dictionary knows is shorthand ("PERI CARE").
    if (headWords === 1 && /(?:Health|Care)$/i.test(name) && !before.some((w) => placeLikeWord(w) && (before.length >= 2 || isKnownWord(w)))) continue;
    // Where the words before the head also say what is given or done ("CONFIRM RX", "EARLY MOBILITY", "ACUTE RESPIRATORY"),
    // one of them must be a name of the lists' own or place-like; before a medical supply, any word clinical prose does not use.
    const needsAName = SUPPLY_HEAD_NEEDING_A_NAME.test(name);
    const saysWhose = before.some((w) => {
      const info = wordInfo(w);
      return placeLikeWord(w) || info.tier === 'name' || (!needsAName && (info.firstName || info.surname || !info.clinicalWord));
    });
    const supplierCue = /^(?:VENDOR|Vendor|vendor|SUPPLIER|Supplier|supplier|DME|COMPANY|Company|company)/.test(m[0]);
    if (!supplierCue && !saysWhose) continue;
    const start = m.indices![1][0];
    add(start, start + name.length, 'ORGANIZATION', 0.8, 'a supplier, pharmacy or home-care agency after what it supplies');
  }
}

/**
 * The company an interpreter works through: "PASHTO INTERPRETER VIA LANGUAGELINE", "K'iche' phone interpreter via
 * Indigenous Language Access Network", "INTERPRETER: HOA P. (ID V-20931) VIA LINGUABRIDGE PHONE LINE". Up to four capitalised
 * words after "via" or "through" on an interpreter's line, without the means they name after it (phone, video, line).
 */
const INTERPRETER_SERVICE = /\b(?:INTERPRET|[Ii]nterpret)(?:ER|ERS|ING|er|ers|ing)\b[^\r\n.;]{0,60}?\b(?:VIA|via|THROUGH|through)[ \t]{1,2}((?:[A-Z][A-Za-z'’-]{2,24})(?:[ \t](?:[A-Z][A-Za-z'’-]{2,24}|of|&)){0,4})/g;
const INTERPRETING_COMPANY_WORD = /^(?:NETWORK|INTERPRETING|INTERPRETERS|SERVICES|PARTNERS|SOLUTIONS|GROUP|ASSOCIATES|INC|LLC|CORP|COMPANY)$/;
/** Means and people an interpreter comes by, not a company's name: "VIA PHONE", "VIA IPAD VIDEO", "VIA FAMILY". */
const INTERPRETING_MEANS = /^(?:PHONE|TELEPHONE|TELEPHONIC|VIDEO|IPAD|TABLET|CART|VRI|OPI|LINE|CALL|CONFERENCE|SPEAKER|SPEAKERPHONE|ZOOM|TEAMS|FAMILY|STAFF|SON|DAUGHTER|WIFE|HUSBAND|MOTHER|FATHER|FRIEND|PATIENT|PT|HOSPITAL|SERVICES|SERVICE|IN-PERSON|THE|A|AN|OUR|HIS|HER|THEIR|SIGN|ASL|AND|OF|&)$/i;
/** State codes no clinical shorthand shares. */
const UNAMBIGUOUS_STATE_CODES = new Set(['AZ', 'FL', 'KY', 'NJ', 'NY', 'RI', 'UT', 'WA', 'WV', 'WI', 'WY']);
/**
 * After a listed town more codes are safe than standing alone: "AKRON OH", "RAPID CITY SD", "PASADENA (TX)". Still not those
 * a credential, an abbreviation or "Mount" shares ("PA", "MD", "NC", "CA", "OR", "MT.", "BC").
 */
const REGION_CODES_AFTER_A_LISTED_TOWN = [...UNAMBIGUOUS_STATE_CODES, 'TX', 'OH', 'NM', 'NV', 'KS', 'TN', 'VT', 'IA', 'IL', 'MN', 'NH', 'SD', 'AK', 'QC', 'SK', 'NL', 'YT', 'NU'].join('|');
const LISTED_TOWN_THEN_STATE_CODE = new RegExp(
  String.raw`(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]{1,25}[ \t]){0,2}\p{Lu}[\p{L}'’.-]{1,25})[ \t]{1,2}(?:\((${REGION_CODES_AFTER_A_LISTED_TOWN})\)|(${REGION_CODES_AFTER_A_LISTED_TOWN}))(?=[ \t]*(?:[,.;:)]|$|[\r\n])|[ \t]{1,2}(?:\d{5}|[A-Z]\d[A-Z]))`,
  'gmu',
);
const STATE_CODE_AFTER_A_PREPOSITION =
  /(?:\b(?:in|IN|from|FROM|moved to|MOVED TO)[ \t]{1,2}|(?<=[\dA-Z][ \t]{0,2})\()(AZ|FL|KY|NJ|NY|RI|UT|WA|WV|WI|WY)(?=[ \t]{0,2}(?:[).,;:]|[-–][ \t]|$|[\r\n])|[ \t]{1,2}(?:LAST|last|IN|in|AND|and|SINCE|since|FOR|for|WHERE|where|BEFORE|before|AFTER|after)\b)/gm;

/**
 * Military installations and outposts by their head word: "FOB FENTY", "Camp Leatherneck", "COMBAT OUTPOST KESTREL RIDGE",
 * "FORT MCCOY", "KADENA AB", "Scott AFB". Heads that are also clinical or family shorthand (FOB, the father of a baby;
 * JB, initials) count only in a note that speaks of military service; AB, an antibody or the abdomen, only after a word of
 * travel ("VIA KADENA AB", "DEST: RAMSTEIN AB"). COP is a police officer as often as an outpost and is left out.
 */
const INSTALLATION_BEFORE_NAME = /\b(?:(COMBAT[ \t]OUTPOST|Combat[ \t]Outpost|FIREBASE|Firebase|CAMP|Camp|FORT|Fort)|(FOB|COB|JB|JBSA|FSB|PB))[ \t]{1,2}((?:[A-Z][A-Za-z'’-]{2,20}|[A-Z]{2,20})(?:[ \t][A-Z][A-Za-z'’-]{2,20}){0,2})/g;
const INSTALLATION_AFTER_NAME = /\b((?:[A-Z][A-Za-z'’-]{2,20}[ \t]){0,2}[A-Z][A-Za-z'’-]{2,20})[ \t]{1,2}(?:(AFB|AIR[ \t]FORCE[ \t]BASE|Air[ \t]Force[ \t]Base|AIR[ \t]BASE|Air[ \t]Base|AIRBASE|Airbase|ARMY[ \t]AIRFIELD|Army[ \t]Airfield|NAVAL[ \t]AIR[ \t]STATION|Naval[ \t]Air[ \t]Station)|(AB))(?![\w-])/g;
/**
 * A military unit by its number and kind: "173RD AIRBORNE BRIGADE", "1st Medical Battalion", "3D MARINE LOGISTICS GROUP",
 * "375th AES", "4TH SQUADRON, 10TH CAVALRY"; and a battalion's designation with its company: "C CO 2-506 IN", "HHC, 1-141
 * FA", "B TRP, 3-71 CAV". Not a floor, a grade or a dose ("2ND FLOOR GROUP"), nor a scale ("PAIN 1-10 IN").
 */
const NUMBERED_UNIT = /\b\d{1,3}(?:ST|ND|RD|TH|D|st|nd|rd|th|d)[ \t]{1,2}(?!(?:FLOOR|Floor|LEVEL|Level|GRADE|Grade|DEGREE|Degree|YEAR|Year|WEEK|Week|DAY|Day|TIME|Time|DOSE|Dose|ROUND|Round|STAGE|Stage|LINE|Line|SUPPORT|Support|PARTY|Party)\b)(?:(?:[A-Z][A-Za-z]{1,20}|[A-Z]{2,20})[ \t]{1,2}){0,3}(?:DIVISION|Division|BRIGADE|Brigade|BATTALION|Battalion|REGIMENT|Regiment|SQUADRON|Squadron|COMPANY|Company|GROUP|Group|FLEET|Fleet|CORPS|Corps|(?:COMBAT|Combat)[ \t](?:TEAM|Team)|CAVALRY|Cavalry|AES|BSB|BCT|MEU|TRANSPORTATION[ \t]CO|Transportation[ \t]Co)\b(?:,[ \t]{1,2}\d{1,3}(?:ST|ND|RD|TH|D|st|nd|rd|th|d)[ \t]{1,2}(?:[A-Z][A-Za-z]{1,20}[ \t]{1,2}){0,2}(?:DIVISION|Division|CAVALRY|Cavalry|BRIGADE|Brigade))?/g;
/** The kind of unit that ends a numbered unit's name. */
const UNIT_KIND = /^(?:DIVISION|BRIGADE|BATTALION|REGIMENT|SQUADRON|COMPANY|GROUP|FLEET|CORPS|TEAM|CAVALRY|AES|BSB|BCT|MEU|CO)$/i;
/** Words of arms and services inside a unit's name: "173RD AIRBORNE BRIGADE", "3D MARINE LOGISTICS GROUP". */
const MILITARY_UNIT_WORD = /^(?:AIRBORNE|INFANTRY|ARMORED|ARMOURED|MARINE|MEDICAL|LOGISTICS|REGIMENTAL|COMBAT|TRANSPORTATION|SIGNAL|ENGINEER|AVIATION|ARTILLERY|FIELD|SUPPORT|SPECIAL|FORCES|MOUNTAIN|EXPEDITIONARY|FIGHTER|BOMB|AIRLIFT|WING|MILITARY|POLICE|SUSTAINMENT|RANGER|CAVALRY|BRIGADE|TEAM|MAINTENANCE|SECURITY|INTELLIGENCE|CHEMICAL|QUARTERMASTER|ORDNANCE|AIR|NAVAL|CONSTRUCTION|TACTICAL|STRYKER|HEADQUARTERS|RECONNAISSANCE|RESCUE|EVACUATION|HOSPITAL|FORWARD|SURGICAL|DENTAL|VETERINARY|PSYCHOLOGICAL|OPERATIONS)$/i;
const BATTALION_DESIGNATION = /\b(?:(?:[A-H]|HHC|HHD|HHB)[ \t](?:CO|TRP|BTRY|Co|Trp|Btry)?,?[ \t]{1,2}|HHC,?[ \t]{1,2})?\d-(?!10\b)\d{2,3}[ \t](?:IN|INF|CAV|FA|AR|AVN|ADA|EN|BSB|SF)\b/g;
/** "VIA KADENA AB", "DEST: RAMSTEIN AB", "-> MISAWA AB": where a flight goes to, from or through. */
const TRAVEL_WORD_BEFORE = /(?:\b(?:AT|TO|FROM|VIA|NEAR|THROUGH|STATIONED|STATION|ORIG|DEST|ORIGIN|DESTINATION|at|to|from|via|near|through|stationed)|->|:)[ \t]{0,3}$/;
const MILITARY_SERVICE = /\b(?:USA|USMC|USN|USAF|USCG|ARMY|Army|MARINES?|Marines?|NAVY|Navy|DEPLOY(?:ED|MENT)?|[Dd]eploy(?:ed|ment)?|OIF|OEF|OND|SOLDIER|[Ss]oldier|BATTALION|[Bb]attalion|BRIGADE|[Bb]rigade|IED|MEDEVAC|CASEVAC|9-LINE|AEROMEDICAL|[Aa]eromedical|VETERAN|[Vv]eteran|MILITARY|[Mm]ilitary)\b/;
/** Words after a head that say what kind of camp or fort it is, or what happens there, not its name. */
const NOT_AN_INSTALLATION_NAME = /^(?:UNDER|NEAR|SITE|FIRE|COUNSELOR|COUNSELLOR|NURSE|STAFF|DIRECTOR|TODAY|TOMORROW|THIS|NEXT|LAST|ALL|AND|THE|FOR|WITH|FROM|WHERE|WHEN|CHECK|FORM|FORMS|PHYSICAL|PHYSICALS|HEALTH|MEDICAL|SUMMER|DAY|WEEK|NIGHT|SESSION|PRESENT|AWARE|AT|IN|ON|TO|OF|BY|IS|WAS|HAS|HAD|WILL|VIA|INTO|OFF|OUT|VAN|BUS|TRUCK|VEHICLE|CAR|BED|COT)$/;

const UNIT_MOVE_WORDS: readonly string[] = [' to ', '->', '→', 'staffing', 'unit'];

export function findLocations(text: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number, subtype: Candidate['subtype'], confidence: number, reason: string) =>
    found.push(candidate(start, end, 'LOCATION', subtype, confidence, reason));

  const letterCase = countLetterCase(text);
  const capsText = letterCase.upper + letterCase.lower > 0 && letterCase.lower <= (letterCase.upper + letterCase.lower) * 0.1;
  const spacesBeforeDigits = new Set<number>();
  SPACE_DIGIT.lastIndex = 0;
  for (let m = SPACE_DIGIT.exec(text); m; m = SPACE_DIGIT.exec(text)) {
    spacesBeforeDigits.add(m.index);
  }
  // "1700 HONOR WALK ARRANGED", "0430 DESAT TO 78": in a note charted by the clock, a time opening a line opens an entry.
  const timedEntries = (text.match(TIMED_ENTRY_START) ?? []).length >= 2;
  const opensTimedEntry = (m: RegExpExecArray) => timedEntries && /^(?:[01]\d|2[0-3])[0-5]\d\b/.test(m[0]) && (m.index === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, m.index - 6), m.index)));
  for (const m of matchesOf(capsText ? STREET_CAPS : STREET, text)) {
    // "AV PACED 88 VIA EPICARDIAL WIRES. CT OUTPUT": a sentence ends before the two-letter street type, or inside the
    // words ("504 PLAN FORMS. ENDO FELLOW DR").
    // "417 Sycamore Ct, Unit B": the dwelling's unit after the street type is no dose's units. "2 HEAD CT, UNIT 4": a scan
    // and a ward.
    const streetPart = m[0].replace(DWELLING_UNIT_AT_END, '');
    if (streetPart !== m[0] && scanBeforeCt(streetPart)) continue;
    if (NOT_A_STREET.test(streetPart) || OXYGEN_LITRES.test(m[0]) || /^\d{1,3}[ \t]?U\b/.test(m[0]) || UNIT_AND_STOP_AFTER_NUMBER.test(m[0]) || sentenceEndsInside(m[0]) || opensTimedEntry(m)) continue;
    add(m.index, m.index + m[0].length, 'STREET', 0.9, 'number, street name and street type');
  }
  for (const m of matchesOf(NUMBERED_STREET, text)) {
    if (/\d\s{1,3}(?:mg|mcg|ml|units?|tabs?|x)\b/i.test(m[0]) || DOSING_WORD.test(m[0]) || UNIT_AND_STOP_AFTER_NUMBER.test(m[0])) continue;
    const words = m[0].split(/\s+/).filter((w) => !/^\d/.test(w));
    // "0800 CIWA 14:", "STARTED AT 1010 VIA PIV 18G": a clock time, then a score or a line, is no house number.
    const firstWord = words[0]?.replace(/\.$/, '').toUpperCase() ?? '';
    const clockTime = /^(?:[01]\d|2[0-3])[0-5]\d[ \t]/.test(m[0]);
    if (clockTime && (CLINICAL_ABBREVIATIONS.has(firstWord) || isKnownWord(firstWord))) continue;
    // "1500 PMV TRIAL 20 MIN", "0600 BG 132": a clock time opening a charted entry before an abbreviation, unless a road
    // follows ("0138 BRISAS 6802" on an address line stays a street).
    if (clockTime && /^[A-Z]{2,4}\.?$/.test(words[0] ?? '') && ENTRY_START_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) && !ROAD_WORD.test(m[0])) continue;
    // "118 IRREGULAR. JVP 8": a sentence end or only ordinary words between the numbers is not a street.
    if (words.some((w) => /\p{L}{4,}\.$/u.test(w)) || (capsText && words.every((w) => isKnownWord(w.replace(/\.$/, '').toUpperCase())))) continue;
    // "TV 450 RR 13", "HR 126 RR 14": ventilator and vital-sign readings, not a house number and a street.
    if (words.some((w) => VITAL_SIGN_LABEL.test(w)) || opensTimedEntry(m)) continue;
    // "500 Hz 50 dB", "250 MMHG 0738", "312 BATTERIES X 2": a measure, a unit or a count between the numbers.
    if (words.some((w) => UNIT_BETWEEN_NUMBERS.test(w))) continue;
    add(m.index, m.index + m[0].length, 'STREET', 0.7, 'house number, street name and number');
  }
  for (const m of matchesOf(STREET_AFTER_ON, text)) {
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length, 'STREET', 0.75, STREET_AFTER_ON_REASON);
  }
  // "ON KINGS CANYON RD", "on harlan ave", "on route 9": in capitals and in notes typed without capitals, where case says
  // nothing, a street type after one to four words.
  const caseless = letterCase.upper <= (letterCase.upper + letterCase.lower) * 0.01;
  for (const m of / on | ON /.test(text) ? matchesOf(STREET_AFTER_ON_ANY_CASE, text) : []) {
    // In mixed case only numbered ones ("on Route 30"): the title-case streets have their own expression.
    if (!capsText && !caseless && !/\d/.test(m[1])) continue;
    // "ON W BASELINE RD": a compass letter opens the street's name.
    const words = m[1].split(/[ \t]+/).slice(0, -1).map((w) => w.toUpperCase()).filter((w, k) => k > 0 || !/^[NSEW]$/.test(w));
    // "ON ICY ROAD", "on gravel road": a road, street or lane named only by dictionary words is a road, not an address.
    if (/(?:road|street|lane|highway|trail|court)$/i.test(m[1]) && words.every((w) => isKnownWord(w) && !isProperNoun(w) && wordInfo(w).tier !== 'name')) continue;
    if (!/\d/.test(m[1]) && words.some((w) => NAMELESS_WORDS.has(w) || CLINICAL_ABBREVIATIONS.has(w) || /^(?:THE|A|AN|HIS|HER|THEIR|MY|YOUR|OUR|BED|CALL|HOLD|IV|PO|FLOOR|UNIT)$/.test(w))) continue;
    // "ON SYCAMORE DR", "ON ELM RIDGE CT": DR and CT are a doctor and a scan too; they end a street where a home stands before.
    if (/[ \t](?:DR|Dr|CT|Ct)$/.test(m[1]) && (!DWELLING_BEFORE_ON.test(text.slice(Math.max(0, m.index - 28), m.index)) || m[1].includes('.') || scanBeforeCt(m[1]))) continue;
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length, 'STREET', 0.75, STREET_AFTER_ON_REASON);
  }
  for (const m of matchesOnLinesWith(text, STREET_TYPE_KEYWORD, STREET_WORD_FIRST)) {
    // A number is what makes "Via Roma" an address rather than a phrase ("via PICC").
    if (!m[1] && !m[2]) continue;
    add(m.index, m.index + m[0].length, 'STREET', 0.85, 'street type word, street name and number');
  }
  const suffixStreetLines = [...spacesBeforeDigits].filter((space) => STREET_SUFFIX_BEFORE.test(text.slice(Math.max(0, space - 12), space + 1)));
  for (const m of matchesOnLinesAt(text, suffixStreetLines, STREET_SUFFIX_WORD)) add(m.index, m.index + m[0].length, 'STREET', 0.85, 'street name with a street suffix and number');
  for (const m of MILITARY_POST_OFFICE.test(text) ? matchesOf(MILITARY_ADDRESS, text) : []) add(m.index, m.index + m[0].length, 'STREET', 0.95, 'military address');
  for (const m of matchesOf(UNIT, text)) add(m.index, m.index + m[0].length, 'STREET', 0.8, 'apartment or suite number');
  // A street named in passing ("ON MAIN ST BY BF DUSTIN", "OFF I-90") is no address: a town follows it only after
  // "near" or "in" ("ON WOODWARD AVE NEAR CLAIRMOUNT").
  const inPassing = (c: Candidate) =>
    (c.reason === NUMBERED_HIGHWAY_REASON || (c.reason === STREET_AFTER_ON_REASON && !/\d/.test(text.slice(c.start, c.end)))) && !/^[ \t]{1,2}(?:near|in|NEAR|IN)[ \t]/.test(text.slice(c.end, c.end + 8));
  // A numbered road after a house number is an address line ("2210 CO RD 31, HOPE, ND", "N4172 CTY HWY K, POLONIA, WI").
  const numberedRoads = [...matchesOf(NUMBERED_ROAD, text), ...(/\b(?:rd|road|lane|route|rte|rt|us)[ \t]/i.test(text) ? matchesOf(ROUTE_NUMBER, text) : [])];
  const roadsWithHouseNumbers = numberedRoads
    .filter((m) => /(?:^|[^\w-])[NSEW]?\d{1,6}[ \t]{1,2}$/.test(text.slice(Math.max(0, m.index - 10), m.index)))
    .map((m) => candidate(m.index, m.index + m[0].length, 'LOCATION', 'STREET', 0.8, NUMBERED_ROAD_REASON));
  for (const street of [...found, ...roadsWithHouseNumbers].filter((c) => c.subtype === 'STREET' && !inPassing(c))) {
    const city = CITY_AFTER_STREET.exec(text.slice(street.end, street.end + 60));
    if (!city || /^(?:St|Ave|Rd|Dr|Ln|Ct|Blvd|Apt|Suite|Unit)\.?$/i.test(city[1])) continue;
    let town = city[1];
    const start = street.end + city[0].length - town.length;
    const zipAfter = /^[ \t]{1,3}\d{5}\b/.test(text.slice(start + town.length, start + town.length + 10));
    // "EADS: THURSDAY" ends a town after the street's comma; on the next line or after a full stop the word before a
    // colon is a label ("Address: 45 Oak St⏎Mentor: none").
    if (text.charCodeAt(start + town.length) === 58 && !city[0].startsWith(',')) continue;
    // "584 Pomeroy Lane, Suite 321, Chester, OK": a region code after the town says it is one, even a town that is also
    // a word or a first name; without one, dictionary words are not taken for towns.
    let state = STATE_CODE_AFTER_TOWN.exec(text.slice(start + town.length, start + town.length + 8));
    // "1800 N WHITE OAK BLVD, LIBERTY MO, AT 2145": the code after the town without a comma, where one blank stands for it.
    // The code is split off only where it vouches for the town: a listed town, a word no dictionary knows or a ZIP code
    // after, and a code that is no credential or word ("HEMS MD AT SCENE"). Otherwise the words stay one town as before.
    const codeEnding = state ? null : TOWN_THEN_STATE_CODE.exec(town);
    const ofWords = (words: string) => words.split(/[ \t]/).every((w) => isKnownWord(w.toUpperCase()) && !isProperNoun(w.toUpperCase()));
    if (codeEnding && (zipAfter || (!CODES_THAT_ARE_WORDS.has(codeEnding[2]) && (!ofWords(codeEnding[1]) || listedTownOfWords(codeEnding[1]))))) {
      town = codeEnding[1];
      state = STATE_CODE_AFTER_TOWN.exec(`,${codeEnding[2]}`);
    }
    if (!state && ofWords(town) && !listedTownOfWords(town)) continue;
    // "4772 FM 1015 FOR CHEST PAIN.": no town starts with a function word; "... ST IN HIGHVELD.": the town follows it.
    const functionWord = /^(?:for|with|to|and|or|the|of|at|in|on|by|from|as|if|but|not|no|per)[ \t]/i.exec(town);
    if (!state && functionWord) {
      const rest = town.slice(functionWord[0].length);
      if (rest.split(/[ \t]/).every((w) => isKnownWord(w.replace(/[.,]+$/, '').toUpperCase()) && !isProperNoun(w.replace(/[.,]+$/, '').toUpperCase()))) continue;
      add(start + functionWord[0].length, start + town.length, 'CITY', 0.8, 'town after a street address');
      continue;
    }
    add(start, start + town.length, 'CITY', state ? 0.92 : 0.8, 'town after a street address');
    if (state) add(start + town.length + state[0].length - state[1].length, start + town.length + state[0].length, 'STATE', 0.85, 'state code after a town after a street');
  }
  // Numbered roads and streets named without a number are no address line: no town is looked for after them.
  for (const m of numberedRoads) add(m.index, m.index + m[0].length, 'STREET', 0.8, NUMBERED_ROAD_REASON);
  for (const m of capsText && / ST\b/.test(text) ? matchesOf(CAPS_ST_AFTER_ON, text) : []) {
    const words = m[1].split(/[ \t]+/).slice(0, -1).filter((w) => !/^(?:[NSEW]|NE|NW|SE|SW)$/.test(w));
    if (words.some((w) => NAMELESS_WORDS.has(w) || CLINICAL_ABBREVIATIONS.has(w) || /^(?:THE|A|AN|HIS|HER|THEIR|MY|YOUR|OUR|DAY|POD|HD|BED|CALL|HOLD|IV|PO|FLOOR|UNIT)$/.test(w))) continue;
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length, 'STREET', 0.75, STREET_AFTER_ON_REASON);
  }
  for (const m of /\bexit\b/i.test(text) ? matchesOf(HIGHWAY_EXIT, text) : []) add(m.index, m.index + m[0].length, 'LOCATION', 0.85, 'highway exit');
  for (const m of text.includes(':') ? matchesOf(ORGANISATION_AFTER_LABEL, text) : []) {
    // The name: up to a word that goes on with the sentence, and no further than its last organisation word.
    let parts = m[1].split(/[ \t]+/);
    const goesOn = parts.findIndex((w, k) => k > 0 && SENTENCE_GOES_ON.test(w.toUpperCase()));
    if (goesOn > 0) parts = parts.slice(0, goesOn);
    let lastHead = parts.length - 1;
    while (lastHead >= 0 && !ORGANISATION_HEAD.test(parts[lastHead].toUpperCase())) lastHead--;
    if (lastHead >= 0) parts = parts.slice(0, lastHead + 1);
    while (parts.length > 1 && CONNECTOR_WORD.test(parts[parts.length - 1])) parts.pop();
    const name = parts.join(' ').replace(/[.]$/, '');
    if (!m[1].startsWith(name)) continue;
    const words = parts.filter((w) => !CONNECTOR_WORD.test(w)).map((w) => w.replace(/['’]S$|['’]s$|[.]$/, '').toUpperCase());
    const ordinary = (w: string) => (isKnownWord(w) && !isProperNoun(w)) || CLINICAL_ABBREVIATIONS.has(w) || NAMELESS_WORDS.has(w) || /^\d/.test(w);
    if (words.length === 1 && (ordinary(words[0]) || words[0].length < 4)) continue;
    if (words.every(ordinary) && !ORGANISATION_HEAD.test(words[words.length - 1])) continue;
    // "SUPERVISED APT PROGRAM CHESAPEAKE HOUSE": without an organisation word, the name starts at its first word of its own.
    let skipped = 0;
    if (lastHead < 0) while (skipped < words.length - 1 && ordinary(words[skipped])) skipped++;
    // "MILD NPDR OU", "LAB: HGB A1C": a finding or a test written after the label.
    if (CLINICAL_ABBREVIATIONS.has(words[0]) || CLINICAL_ABBREVIATIONS.has(words[words.length - 1])) continue;
    // "GREGORY WILL": a first name opening a short value without an organisation word is a person.
    if (words.length <= 3 && lastHead < 0 && wordInfo(words[0]).firstName && wordInfo(words[0]).firstRank < 2000) continue;
    const nameStart = m.index + m[0].length - m[1].length;
    const contentOffsets = [...name.matchAll(/\S+/g)].filter((w) => !CONNECTOR_WORD.test(w[0])).map((w) => w.index!);
    const start = nameStart + contentOffsets[skipped];
    add(start, nameStart + name.length, 'ORGANIZATION', 0.7, 'organisation after its label');
  }
  for (const m of text.includes('(') ? matchesOf(ORGANISATION_IN_BRACKETS_AFTER_ITS_KIND, text) : []) {
    const words = m[1].split(/[ \t]+/).filter((w) => !CONNECTOR_WORD.test(w)).map((w) => w.replace(/['’]S$|['’]s$|[.]$/, '').toUpperCase());
    const headed = words.some((w) => ORGANISATION_HEAD.test(w));
    const ordinary = (w: string) => (isKnownWord(w) && !isProperNoun(w)) || CLINICAL_ABBREVIATIONS.has(w) || NAMELESS_WORDS.has(w);
    const personFrom = (k: number) => words.length - k <= 3 && wordInfo(words[k]).firstName && words.slice(k + 1).every((w) => wordInfo(w).surname || !ordinary(w));
    // A person in the brackets ("EMPLOYER (MR. GUTIERREZ)", "(OWNER BRICE MAYNARD)") or a sentence ("(RICKY AT BAYOU HOME
    // MEDICAL)") is the rules' for names.
    if (TITLES.has(words[0]) || (!headed && (personFrom(0) || (ordinary(words[0]) && personFrom(1))))) continue;
    if (words.some((w, k) => k > 0 && SENTENCE_GOES_ON.test(w))) continue;
    // "SCHOOL (HIGH SCHOOL)", "AGENCY (HOME HEALTH)", "CHURCH (SOUTHERN BAPTIST)": a kind of place, not a place's name.
    if (words.every(ordinary) && (!headed || words.every((w) => ORGANISATION_HEAD.test(w) || GENERIC_KIND_MODIFIER.has(w)))) continue;
    add(m.index + m[0].length - m[1].length, m.index + m[0].length, 'ORGANIZATION', 0.7, 'organisation in brackets after its kind');
  }
  for (const m of holdsAny(lowerCaseOf(text), INSURER_LABEL_WORDS) ? matchesOf(INSURER_AFTER_LABEL, text) : []) {
    const words = m[1].split(/[ \t]+/).map((w) => w.replace(/[.()]/g, '').toUpperCase());
    // After "Plan:" ordinary words are a plan of care ("PLAN: STROKE ORDER SET PLAN"); an insurer's plan is named by a word of
    // its own, and a public programme ("INS: PENDING MEDICAID PLAN") names no one's.
    const carePlan = /^plan/i.test(m[0]) && words.slice(0, -1).every((w) => isKnownWord(w) && !isProperNoun(w));
    if (carePlan || words.some((w) => PUBLIC_PROGRAMMES.has(w)) || NATIONAL_INSURERS.has(words[0])) continue;
    add(m.index + m[0].length - m[1].length, m.index + m[0].length, 'ORGANIZATION', 0.75, "insurer's plan after its label");
  }
  for (const m of /employer/i.test(text) ? matchesOf(EMPLOYER_LABEL, text) : []) {
    const name = m[1].trimEnd();
    const words = name.split(/[ \t]+/);
    // After the label a firm may be named in ordinary words ("Twin Ports Poultry"); one word, or a work status, is no firm.
    if (words.some((w) => EMPLOYMENT_STATUS.test(w)) || (words.length < 2 && words.every((w) => isKnownWord(w.replace(/['’]s$/i, '').toUpperCase()) && !isProperNoun(w.toUpperCase())))) continue;
    if (PROFESSIONS.has(name.toUpperCase()) || words.some((w) => PROFESSIONS.has(w.toUpperCase()))) continue;
    const start = m.index + m[0].length - m[1].length;
    add(start, start + name.length, 'ORGANIZATION', 0.85, 'employer after its label');
  }
  for (const m of matchesOf(HOSPITAL_ACRONYM_AFTER_PLACE_WORD, text)) {
    // "AT LUNCH", "- PSYCH": words that end like a hospital's acronym.
    if (CLINICAL_ABBREVIATIONS.has(m[1]) || /^(?:OSH|ICH|SAH|SDH|EDH|IVH|BPH|LVH|RVH|PAH|PPH|NPH|HTH|NH)$/.test(m[1]) || isKnownWord(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length, 'HOSPITAL', 0.8, 'hospital acronym after a place word');
  }
  for (const m of matchesOf(CITY_AFTER_HOME_IN, text)) {
    const words = m[1].split(/[ \t]+/);
    if (words.some((w) => NAMELESS_WORDS.has(w.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase())) || words.every((w) => isKnownWord(w.toUpperCase()) && !isProperNoun(w.toUpperCase()))) continue;
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length, 'CITY', 0.75, 'town where someone lives or stays');
  }
  for (const m of matchesOf(NUMBERED_HIGHWAY, text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const dashed = m[0].includes('-');
    const ownPrefix = /^(?:I|IH|US|SR|SH|FM)[- ]/.test(m[0]);
    // A place word or a house number before it needs the dashed form; a direction or mile marker after it, a highway's own prefix.
    if (!((dashed && HIGHWAY_PLACE_BEFORE.test(before)) || (ownPrefix && HIGHWAY_PLACE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))))) continue;
    const lettersAndDash = /^[A-Z]{2}-/.test(m[0]) && !/^(?:IH|US|SR|SH|FM|CR)-/.test(m[0]);
    // Two letters other than a highway's own prefix are a state's route, after a house number only: "1200 LA-1".
    if (/^I-1[23][1-5]$/.test(m[0]) || (lettersAndDash && !(STATE_CODE_ALONE.test(m[0].slice(0, 2)) && /\d[ \t]{1,2}$/.test(before)))) continue;
    add(m.index, m.index + m[0].length, 'STREET', 0.8, NUMBERED_HIGHWAY_REASON);
  }
  for (const m of /\bon\b/i.test(text) ? matchesOf(STREET_NAME_AFTER_ON, text) : []) {
    const words = m[1].split(/[ \t]+/).slice(0, -1).map((w) => w.toUpperCase());
    // "ON RAINY ROAD", "ON SERVICE ROAD": a street's name is a person's or a place's, or no dictionary's word.
    const named = (w: string) => !isKnownWord(w) || isProperNoun(w) || wordInfo(w).surname || wordInfo(w).firstName;
    if (words.some((w) => NOT_A_STREET_NAME.has(w)) || !words.some(named)) continue;
    add(m.index + m[0].length - m[1].length, m.index + m[0].length, 'STREET', 0.8, 'street named after "on" without a house number');
  }
  for (const m of matchesOf(STATE_CODE_AFTER_A_PREPOSITION, text)) add(m.index + m[0].length - m[1].length, m.index + m[0].length, 'STATE', 0.8, 'state code after "in", "from" or in brackets');
  for (const m of matchesOf(PO_BOX, text)) add(m.index, m.index + m[0].length, 'STREET', 0.95, 'post office box');
  for (const m of /box|county/i.test(text) ? matchesOf(RURAL_ADDRESS, text) : []) add(m.index, m.index + m[0].length, 'STREET', 0.9, 'rural route or county road address');
  for (const m of /\blot\b/i.test(text) ? matchesOf(PARK_LOT, text) : []) add(m.index, m.index + m[0].length, 'STREET', 0.9, 'lot in a mobile home park');
  for (const m of matchesOnLinesWith(text, CROSSING_KEYWORD, STREET_CROSSING)) {
    const words = [...matchesOf(/[^ \t/&@]+/g, m[0])];
    const firstType = words.findIndex((w) => CROSSING_STREET_TYPE_WORD.test(w[0].replace(/\.$/, '')));
    // The first street's name is the words right before its type, back to a function word ("DISPATCHED TO SHAKER RD").
    let first = firstType;
    while (first > 0 && firstType - first < 3 && !NAMELESS_WORDS.has(words[first - 1][0].toUpperCase()) && /^\p{Lu}/u.test(words[first - 1][0])) first--;
    const secondName = words.slice(firstType + 1, -1).filter((w) => !/^(?:and|at)$/i.test(w[0]));
    if (first === firstType || secondName.length === 0 || secondName.some((w) => NAMELESS_WORDS.has(w[0].toUpperCase()) || !/^\p{Lu}/u.test(w[0]))) continue;
    const start = m.index + words[first].index;
    add(start, m.index + m[0].length, 'STREET', 0.85, 'two streets of a crossing');
  }
  addressBlockLines(text, found);
  letterheadOrganisations(text, found);
  facilitiesHeadingLines(text, found);
  for (const m of matchesOf(ADDRESS_AFTER_CUE, text)) {
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].trimEnd().length, 'STREET', 0.85, 'text after an address cue');
  }
  for (const m of matchesAtCommas(text, STATE_CODE_AFTER_COMMA_AT)) {
    const [, state, zip] = m;
    // "Iris H. Bishop, MD, PhD": a credential followed by another is the signer's, not a state.
    const nextWord = /^[ \t]{0,2},?[ \t]{0,2}([A-Za-z][A-Za-z./-]{1,10})/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16))?.[1];
    if (!zip && CREDENTIALS.has(state) && nextWord && CREDENTIALS.has(nextWord.replace(/\./g, '').toUpperCase())) continue;
    const captured = CITY_BEFORE_COMMA.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1];
    // The state pattern takes a period after the code ("Shamrock, TX. Denies"): that period ends the clause too.
    const endsClause = m[0].endsWith('.') || STATE_ENDS_CLAUSE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    // "from Tupelo, IA, with": after a place phrase an unknown town with a region code is a place too. In capitals the
    // capture can take words before the town ("IN FROM LAREDO, MO"): its last words are tried as well.
    const words = captured ? captured.split(/[ \t]+/) : [];
    let city: string | undefined;
    let placeCued = false;
    for (let take = words.length; take >= 1 && !city; take--) {
      const candidateCity = words.slice(words.length - take).join(' ');
      // "CALLED SON IN LAW, MD": a kin word, not a town.
      if (/^(?:LAW|LAWS)$/i.test(candidateCity)) continue;
      const cueEnd = m.index - candidateCity.length;
      // "RR 2 BOX 114, SALT ROCK, WV", "CARE CENTER, WATERTOWN, SD": a town between two commas before a state that
      // ends the clause, when no word of it is clinical prose.
      // Before the first comma, an address or a name of two words ("RR 2 BOX 114,", "CARE CENTER,"), never one word ("FREEMAN, LEE, MA").
      const beforeComma = text.slice(Math.max(0, cueEnd - 40), cueEnd);
      // "HOPE DIALYSIS CENTER, HOPE, AR", "Wall Community Health Clinic, Wall, SD": after a facility, a listed town is the
      // town even when its name is a word of clinical prose.
      const afterFacility = FACILITY_BEFORE_COMMA.test(beforeComma) && isListedTown(candidateCity.toUpperCase());
      // "BOX 118, HOLLY SPRINGS, MS.", "HEALTH CLINIC, CLARKSDALE, MS": after an address or a facility a listed town's code
      // is its state's, though it is a credential too.
      const credentialState = CREDENTIALS.has(state) && !(FACILITY_OR_ADDRESS_BEFORE_A_TOWN.test(text.slice(Math.max(0, cueEnd - 80), cueEnd)) && isListedTown(candidateCity.toUpperCase()));
      const betweenCommas = !credentialState && /(?:\d|\p{L}{2,}[ \t]{1,2}\p{L}{2,}),[ \t]{0,2}$/u.test(beforeComma) && (townWords(candidateCity) || afterFacility);
      // "San Luis Valley Oncology⏎Alamosa, CO⏎": a town and a state code alone on a line are the last line of an address.
      const addressLine = !CREDENTIALS.has(state) && /(?:^|\n|[ \t][-–|][ \t])[ \t]{0,4}$/.test(text.slice(Math.max(0, cueEnd - 6), cueEnd)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) && townWords(candidateCity);
      const cued = !zip && endsClause && !CLINICAL_ABBREVIATIONS.has(candidateCity.toUpperCase()) && (betweenCommas || addressLine || PLACE_CUE.test(text.slice(Math.max(0, cueEnd - 32), cueEnd)) || LIVES_WITH_THEN_PLACE_CUE.test(text.slice(Math.max(0, cueEnd - 56), cueEnd)));
      const listed = !CREDENTIALS.has(state) && (CITIES.has(candidateCity.toUpperCase()) || (endsClause && isListedTown(candidateCity.toUpperCase()) && townWords(candidateCity)));
      if ((zip && !LINKING_WORD.test(candidateCity)) || cued || listed) {
        city = candidateCity;
        placeCued = cued || listed;
      }
    }
    if (!city || (!zip && !placeCued && (CREDENTIALS.has(state) || !CITIES.has(city.toUpperCase())))) continue;
    add(m.index - city.length, m.index, 'CITY', 0.85, 'city before a state code');
    const stateStart = m.index + m[0].indexOf(state);
    add(stateStart, stateStart + state.length, 'STATE', 0.85, 'state code after a city');
    if (zip) {
      const zipStart = m.index + m[0].lastIndexOf(zip);
      add(zipStart, zipStart + zip.length, 'ZIP', 0.95, 'ZIP code after a state');
    }
  }
  for (const m of matchesOf(ZIP_LABEL, text)) {
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length, 'ZIP', 0.95, 'postal code after its label');
  }
  for (const m of /ward/i.test(text) ? matchesOf(WARD_NUMBER, text) : []) {
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length, 'DEPARTMENT', 0.75, 'ward number');
  }
  for (const pattern of [UNIT_ACRONYM, UNIT_NAME, NAMED_UNIT, NUMBERED_WARD, LETTERED_WARD]) {
    for (const m of matchesOf(pattern, text)) add(m.index, m.index + m[0].length, 'DEPARTMENT', 0.75, 'hospital unit');
  }
  for (const space of spacesBeforeDigits) {
    WARD_FLOOR_AT.lastIndex = space;
    const m = WARD_FLOOR_AT.exec(text);
    if (!m) continue;
    // Found from the floor number back to the building word.
    // The building word ends right before the space: no letter there, no ward (most such numbers are doses and times).
    if (!WARD_BUILDING_LAST_CHARACTER.test(text.slice(Math.max(0, space - 2), space))) continue;
    const building = WARD_BUILDING.exec(text.slice(Math.max(0, space - 22), space))?.[0];
    if (!building) continue;
    const start = space - building.length;
    const info = wordInfo(building.toUpperCase());
    if (!info.surname || info.tier !== 'name' || SCORES_NAMED_FOR_PEOPLE.has(building.toUpperCase()) || !WARD_CUE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    add(start, space + m[0].length, 'DEPARTMENT', 0.9, 'ward named by building and floor');
  }
  // "UNIT: 3 SURGICAL RM 380B", "Unit: Addison 6 Room 238B", "Heart & Vascular 3 RM 903A": a unit's name before
  // its room, after a unit label or ending in the floor number.
  // "IN ROOM 1430 AND 1600", "TO FAMILY ROOM 1030-1200": clock times after a room word, not its number.
  const rooms = [...matchesOf(ROOM, text), ...matchesOf(LETTERED_ROOM, text)].filter((m) => !clockTimesAfterARoomWord(text, m));
  const places = [...rooms, ...chairsAndStations(text)];
  for (const room of places) {
    // Only the room's own line: from up to 48 characters back to the room word.
    const lineStart = lineStartWithin(text, room.index, 48);
    const windowStart = lineStart >= 0 ? lineStart : room.index - 48;
    const before = text.slice(windowStart, room.index);
    const m = UNIT_BEFORE_ROOM.exec(before);
    const name = m?.[1] ?? m?.[2] ?? m?.[3];
    if (m && name && !/^(?:the|a|an|to|in|on|at|from|pt|patient|icu|ed|er|or)$/i.test(name) && !NAMELESS_WORDS.has(name.toUpperCase()) && !MEASURE_WORD.test(name.split(/[ \t]/)[0].toUpperCase()) && (!m[3] || ownUnitName(m[3]))) {
      // "NORTH ICU BED 14" names its unit; "MEDICAL ICU BED 14" does not.
      const start = windowStart + m.index + m[0].indexOf(name);
      add(start, start + name.length, 'DEPARTMENT', 0.8, 'hospital unit before a room');
      continue;
    }
    const described = NAMED_UNIT_BEFORE_ROOM.exec(before);
    const unit = described ? namedUnitWithin(described[1]) : undefined;
    if (!described || unit === undefined) {
      const word = /^(?:room|rm|bed)/i.test(room[0]) ? ONE_WORD_BEFORE_ROOM.exec(before)?.[1] : undefined;
      const at = word && wardCalledByOneWord(word.toUpperCase()) ? windowStart + before.lastIndexOf(word) : -1;
      if (at >= 0) add(at, at + word!.length, 'DEPARTMENT', 0.75, 'ward called by a word of its own');
      continue;
    }
    const start = windowStart + described.index + unit;
    add(start, windowStart + described.index + described[1].length, 'DEPARTMENT', 0.8, 'hospital unit before a room');
  }
  for (const m of /\bpod\b/i.test(text) ? matchesOf(NAMED_POD, text) : []) {
    const name = m[1].toUpperCase();
    const capsNote = !/[a-z]/.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
    // In mixed case "POD" in capitals is the day after an operation ("Doing well POD 2"); a pod is "Otter Pod".
    if ((m[2] === 'POD') !== capsNote || POD_IS_A_DAY_AFTER.test(name) || /ED$/.test(name) || NAMELESS_WORDS.has(name) || CLINICAL_ABBREVIATIONS.has(name)) continue;
    // "POD 3" counts days; a pod's bed has two digits or is called a bed.
    if (/^[ \t]{0,2}(?:#|\d(?!\d))/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    add(m.index, m.index + m[1].length + 1 + m[2].length, 'DEPARTMENT', 0.75, 'NICU pod named by a word');
  }
  const lower = lowerCaseOf(text);
  // "TX TO JUNIPER 5 WHEN BED AVAIL", "CEDAR ICU NSG NOTE", "PROGRESS NOTE (SAGEBRUSH ICU)": a unit named by a word of its
  // own, where only a unit fits.
  const unitPatterns = holdsAny(lower, UNIT_CONTEXT_WORDS) ? [UNIT_AFTER_TRANSFER, UNIT_HEADING_A_NOTE, UNIT_IN_NOTE_TITLE, UNIT_AFTER_ROOM] : [];
  if (holdsAny(lower, UNIT_MOVE_WORDS)) unitPatterns.push(UNIT_AFTER_UNIT_OR_LABEL);
  if (text.includes('  ')) unitPatterns.push(UNIT_AS_A_HEADER_FIELD);
  for (const pattern of unitPatterns) {
    for (const m of matchesOf(pattern, text)) {
      const name = m[1] ?? m[2] ?? m[3];
      // "CRRT DAY 2", "CYCLE 3": a count of days or rounds, not a floor.
      if (!ownUnitName(name) || COUNTED_BEFORE_NUMBER.test(name)) continue;
      // "ESI 3", "MEDIC 14", "ENGINE 7": scores and crews written like units.
      const first = name.split(/[ \t]/)[0].toUpperCase();
      if ((pattern === UNIT_AS_A_HEADER_FIELD || pattern === UNIT_AFTER_UNIT_OR_LABEL) && (first.length <= 3 || MEASURE_WORD.test(first) || CREW_WORD.test(first))) continue;
      const start = m.index + m[0].lastIndexOf(name);
      add(start, start + name.length, 'DEPARTMENT', 0.8, 'hospital unit named by a word of its own');
    }
  }
  // "WILLOW UNIT 7A-7P NSG NOTE", "MEMORY CARE, MAGNOLIA WING.", "St. Aidan's Hospital, Beacon Ward, room 6": a ward named
  // by a word of its own before its kind, where a header or a room puts it.
  for (const m of holdsAny(lower, WARD_TAIL_WORDS) ? matchesOf(WARD_WITH_TAIL, text) : []) {
    const name = m[1];
    const words = name.split(/[ \t]+/);
    const upperWords = words.slice(0, -1).map((w) => w.toUpperCase());
    // "AT UNCLE'S HOUSE", "BATHROOM DOWN HALL": a relative's home or a way through a building.
    if (upperWords.some((w) => NAMELESS_WORDS.has(w) || CLINICAL_ABBREVIATIONS.has(w) || RELATION_CUES.has(w.replace(/['’]S$/, '')) || /^\d/.test(w))) continue;
    if (!upperWords.some(ownWardWord)) continue;
    // Title case in mixed-case text: "the whole Unit" is prose.
    if (!words.every((w) => /^\p{Lu}/u.test(w))) continue;
    add(m.index + m[0].indexOf(name), m.index + m[0].length - (m[0].length - m[0].trimEnd().length), 'DEPARTMENT', 0.8, 'ward named by a word of its own before its kind');
  }
  const theatres = capsText ? [THEATRE_NUMBER_CAPS, THEATRE_NUMBER_IN_A_RECORD] : [THEATRE_NUMBER_MIXED];
  for (const pattern of [...theatres, LAB_NUMBER, BAY_NUMBER]) {
    for (const m of text.includes('OR') || /lab|suite|holding|pre-?op/i.test(text) ? matchesOf(pattern, text) : []) {
      // "1 TAB (OR 2) Q6H", "REPEAT X1 -> OR 2 (MAX)": after a bracket or an arrow, a dose's alternative.
      if (pattern === THEATRE_NUMBER_CAPS && /^[(>]/.test(m[0]) && DOSE_BEFORE_AN_ALTERNATIVE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const number = m[1] ?? m[2] ?? m[3];
      const start = m.index + m[0].lastIndexOf(number);
      add(start, start + number.length, 'ROOM', 0.75, 'operating room, procedure lab or bay by its number');
    }
  }
  const allergyTesting = ALLERGY_TESTING.test(text);
  for (const m of matchesOf(NATURE_UNIT, text)) {
    // In mixed case a word in capitals is an acronym or a shout, not a unit's name.
    if (!capsText && m[1] === m[1].toUpperCase()) continue;
    // "Oak 3+, Birch 2": a pollen panel grades trees; there only a ward's tail makes a unit.
    if (allergyTesting && /[ \t]\d{1,2}[A-Z]?$/.test(m[0])) continue;
    const roomAfter = /[ \t]\d{3}/.test(m[0]);
    add(m.index, roomAfter ? m.index + m[1].length : m.index + m[0].length, 'DEPARTMENT', 0.75, 'unit named after a tree, flower, bird or stone');
  }
  for (const m of text.includes('(') ? matchesOf(ONE_WORD_WARD_IN_BRACKETS, text) : []) {
    const group = m[1] === undefined ? 2 : 1;
    if (!wardCalledByOneWord(m[group].toUpperCase())) continue;
    const [start, end] = m.indices![group];
    add(start, end, 'DEPARTMENT', 0.75, 'ward called by a word of its own');
  }
  // "0.3 MI W OF MM 17", "NEAR MILE MARKER 85", "GPS 45.4012 N, 109.8841 W", "INJURY COUNTY COOK": where on a road or a map.
  for (const m of holdsAny(lower, ROAD_POINT_WORDS) ? matchesOf(ROAD_POINT, text) : []) {
    const group = [1, 2, 3].find((g) => m[g] !== undefined)!;
    const [start, end] = m.indices![group];
    add(start, end, 'LOCATION', 0.85, group === 3 ? 'county after its label' : 'mile marker or map coordinates');
  }
  // "NATCHITOCHES PARISH", "Presidio County", "NORTHWEST ARCTIC BOROUGH": a subdivision smaller than a state.
  for (const m of holdsAny(lower, COUNTY_WORDS) ? matchesOf(COUNTY_NAME, text) : []) {
    // The name is the words right before the word "county" back to the first function or generic word.
    const words = m[1].split(/[ \t]/);
    let first = words.length;
    while (first > 0 && !NAMELESS_WORDS.has(words[first - 1].toUpperCase()) && !NOT_A_COUNTY_NAME.has(words[first - 1].toUpperCase())) first--;
    if (first === words.length) continue;
    const start = m.index + m[0].indexOf(words.slice(first).join(' '));
    add(start, m.index + m[0].length, 'LOCATION', 0.85, 'county, parish or borough');
  }
  // "aboard the Caribbean Princess", "CRUISE SHIP SEA SPIRIT", "vessel: Northern Dawn": a ship is named in ordinary words.
  for (const m of /aboard|cruise|vessel|ship/i.test(text) ? matchesOf(SHIP_NAME, text) : []) {
    const all = m[1].split(/[ \t]+/);
    const stop = all.findIndex((w) => NOT_A_SHIP_NAME_WORD.test(w));
    const words = stop < 0 ? all : all.slice(0, stop);
    if (words.length === 0 || NOT_A_SHIP.test(words[0]) || (capsText && words.length < 2)) continue;
    const name = words.join(' ');
    const start = m.index + m[0].length - m[1].length;
    add(start, start + name.length, 'LOCATION', 0.8, 'ship named after aboard, a cruise ship or a vessel');
  }
  // "HOSPICIO LA MISERICORDIA", "Clinica San Jorge", "EGIDA LOS ALMENDROS": Spanish names put the head first.
  for (const m of holdsAny(lower, SPANISH_FACILITY_HEADS) ? matchesOf(SPANISH_FACILITY, text) : []) {
    const name = m[1].trimEnd();
    const content = name.split(/[ \t]+/).filter((w) => !/^(?:de|del|la|las|los|el|y)$/i.test(w));
    if (content.length === 0 || content.some((w) => w[0] === w[0].toLowerCase())) continue;
    add(m.index, m.index + m[0].length - m[1].length + name.length, 'HOSPITAL', 0.85, 'Spanish facility name, head first');
  }
  // "4464 HWY 182 E", "4772 FM 1015", "3308 Ave. Munoz Rivera", "4311 CALLE BETANCES", "Urb. Las Lomas, Calle Almendro A-14".
  for (const [pattern, words] of STREET_SHAPES_AND_WORDS) {
    for (const m of holdsAny(lower, words) ? matchesOf(pattern, text) : []) add(m.index, m.index + m[0].trimEnd().length, 'STREET', 0.85, 'highway or Spanish street address');
  }
  // "JBMC Renal Consult Note", "CMO Consult Note": an acronym heading a note names its hospital.
  for (const m of holdsAny(lower, NOTE_WORDS) ? matchesOf(ACRONYM_HEADING_A_NOTE, text) : []) {
    // "NNP Daily Progress Note": a writer's credential heads the note, not a hospital.
    if (CLINICAL_ABBREVIATIONS.has(m[1]) || NAMELESS_WORDS.has(m[1]) || CREDENTIALS.has(m[1])) continue;
    add(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length, 'HOSPITAL', 0.8, 'acronym heading a note');
  }
  for (const m of text.includes('OR') ? matchesOf(OPERATING_ROOM_NUMBER, text) : []) {
    const number = m[1] ?? m[2];
    // "LEFT ROOM X10 MIN": so many times or minutes, not a room's number.
    if (/^x\d/i.test(number)) continue;
    const start = m.index + m[0].length - number.length;
    add(start, start + number.length, 'ROOM', 0.8, 'operating room number');
  }
  for (const m of /\b(?:PD|SO|SHERIFF)\b|\bP\.D\./.test(text) ? matchesOf(TOWN_POLICE, text) : []) {
    const head = m[0].slice(m[1].length + 1, m[0].length - (m[2]?.length ?? 0));
    // "DENVER SO CANNOT VISIT": SO is the word but after a county or a parish; "AUSTIN PD CLINIC": Parkinson's or dialysis.
    if ((head === 'SO' && !/[ \t](?:COUNTY|PARISH)$/i.test(m[1])) || /^[ \t]{1,2}(?:CLINIC|NURSE|CATHETER|CATH|UNIT|EXCHANGE|CYCLER|TRAINING|PROGRAM|Clinic|Nurse|Catheter|Unit)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const words = m[1].split(/[ \t]/);
    // "BROUGHT IN BY BROKEN ARROW PD": the longest run of words before the head that names a town, or the shortest that
    // names a county ("CONTACTED ORANGE COUNTY SHERIFF'S OFFICE").
    const namesPlace = (i: number) => {
      const town = words.slice(i).join(' ').toUpperCase();
      return (isListedTown(town) || (/[ \t](?:COUNTY|PARISH)$/.test(town) && i < words.length - 1)) && !words.slice(i).some((w) => CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) || (wordInfo(w.toUpperCase()).tier === 'word' && !isProperNoun(w.toUpperCase())));
    };
    const county = /^(?:COUNTY|PARISH)$/i.test(words[words.length - 1]);
    const k = county ? (namesPlace(words.length - 2) ? words.length - 2 : -1) : words.findIndex((_, i) => namesPlace(i));
    if (k >= 0) {
      const start = m.index + words.slice(0, k).reduce((length, word) => length + word.length + 1, 0);
      add(start, m.index + m[0].length - (m[2]?.length ?? 0), 'ORGANIZATION', 0.88, "a town's or a county's police or sheriff");
      continue;
    }
    const town = words.slice(-2);
    if (!m[2] || !/[ \t]PD$/.test(m[0].slice(0, m[0].length - m[2].length)) || town.some((w) => NAMELESS_WORDS.has(w.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()))) continue;
    const start = m.index + m[1].length - town.join(' ').length;
    add(start, m.index + m[1].length, 'CITY', 0.8, "town before its police department ('PD on scene')");
  }
  for (const m of matchesOf(WARD_AFTER_ADMIT, text)) {
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length, 'DEPARTMENT', 0.75, 'hospital unit');
  }
  for (const m of matchesOf(FIVE_DIGITS, text)) {
    // Every state, country or code ends in a letter or a period: a cheap test before the long alternation.
    const before30 = text.slice(Math.max(0, m.index - 30), m.index);
    if (!LETTER_BEFORE_SPACES.test(before30) || !STATE_BEFORE_ZIP.test(before30)) continue;
    // "INTERPRETER BY PHONE, ID 10394": after the interpreter or the phone, "ID" labels the interpreter's number.
    if (/\b(?:by|via|phone|interpreter)[ \t]{0,2},?[ \t]{0,2}ID[ \t]{1,2}$/i.test(before30)) continue;
    // "(ID 55023)": Idaho's code before a ZIP only after a town and a comma ("Boise, ID 83702").
    if (/(?:^|[^,\s])[ \t]{0,2}\bID[ \t]{1,3}$/.test(before30) && !/,[ \t]{0,2}ID[ \t]{1,3}$/.test(before30)) continue;
    add(m.index, m.index + m[0].length, 'ZIP', 0.9, 'ZIP code after a state');
    const lineStart = lineStartWithin(text, m.index, 60);
    // A line start more than 60 characters back is out of reach: the NUL keeps '^' from matching mid-line.
    const before = lineStart >= 0 ? text.slice(lineStart, m.index) : '\0' + text.slice(m.index - 60, m.index);
    const town = TOWN_AND_STATE_BEFORE_ZIP.exec(before);
    if (!town || town[1].split(/[ \t]/).some((w) => NAMELESS_WORDS.has(w.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()))) continue;
    // Offset of before[0] in the text (the NUL stands one place before the 60 characters).
    const base = before.startsWith('\0') ? m.index - 61 : lineStart;
    const townStart = base + town.index + town[0].indexOf(town[1]);
    const stateStart = townStart + town[1].length + town[0].slice(town[0].indexOf(town[1]) + town[1].length).indexOf(town[2]);
    add(townStart, townStart + town[1].length, 'CITY', 0.85, 'town before a region code and ZIP');
    add(stateStart, stateStart + town[2].length, 'STATE', 0.85, 'region code before a ZIP');
  }
  // "FROM PINE MOUNTAIN COMMUNITY HOSPITAL, WHITESBURG KY.", "IN FORT LEE NJ.", "LIVES IN DALLAS TX,": a town and its
  // state code without the comma, after a place word, where the clause ends.
  for (const m of matchesOf(TOWN_AND_STATE_CODE, text)) {
    const [, placeHead, town, state] = m;
    const stateStart = m.index + m[0].length - state.length;
    const townStart = m.index + m[0].lastIndexOf(town, m[0].length - state.length - 1);
    const words = town.split(/[ \t]+/).map((w) => w.toUpperCase());
    if (words.some((w) => NAMELESS_WORDS.has(w) || CLINICAL_ABBREVIATIONS.has(w) || CREDENTIALS.has(w) || /(?:OLOGY|IATRY|IATRICS|ICINE|URGERY|ICS)$/.test(w))) continue;
    // "EASTBROOK MEMORIAL NH": after a facility's word the letters are a nursing home, not New Hampshire.
    if (/^(?:MEMORIAL|GENERAL|REGIONAL|COMMUNITY|MANOR|HOME|HOUSE|CARE|HEALTH|HOSPITAL|CENTER|CENTRE|CLINIC)$/.test(words[words.length - 1])) continue;
    // "TO ONCOMING MD.", "referred to Lopez PA.", "TO EXPEDITE DC.": a credential or an abbreviation after anything but a listed city.
    if ((CREDENTIALS.has(state) || CLINICAL_ABBREVIATIONS.has(state) || state === 'OK') && !CITIES.has(words.join(' '))) continue;
    // "GOING TO KILL ME", "KNOWS HOW TO PAGE ME": a verb after "to", then a pronoun that only looks like a state code.
    if (/^(?:ME|US|IN|OR|OK)$/.test(state) && /\bto[ \t]{1,2}$/i.test(text.slice(Math.max(0, townStart - 4), townStart)) && !CITIES.has(words.join(' '))) continue;
    // "IN PAIN MD", "IN BED ME": words of clinical prose before what only looks like a state code. Between a facility's
    // name and a state code ("DREXEL DRUG, GAS, KS") the words are the town whatever else they mean.
    const afterAPlace = placeHead !== undefined && !STATE_CODE_ALSO_A_WORD.test(state) && !CLINICAL_ABBREVIATIONS.has(state);
    if (!afterAPlace && !CITIES.has(words.join(' ')) && words.some((w) => { const info = wordInfo(w); return info.clinicalWord && (info.commonRank ?? 99999) < 3000 && info.tier !== 'name'; })) continue;
    add(townStart, townStart + town.length, 'CITY', 0.85, 'town before its state code');
    add(stateStart, stateStart + state.length, 'STATE', 0.85, 'state code after a town');
  }
  // "HUNTINGTON WV", "PASADENA (TX)": a listed town and a state or province code no clinical shorthand shares, where the
  // clause ends or a postcode follows, with no word of place before them.
  for (const m of matchesOf(LISTED_TOWN_THEN_STATE_CODE, text)) {
    const words = m[1].split(/[ \t]+/);
    // The longest run of the last words that a town's name is ("RAD ONC, HUNTINGTON" holds only HUNTINGTON).
    let k = 0;
    while (k < words.length && !listedTownOfWords(words.slice(k).join(' '))) k++;
    if (k === words.length) continue;
    const town = words.slice(k).join(' ');
    const code = m[2] ?? m[3];
    const townStart = m.index + m[1].length - town.length;
    const stateStart = m.index + m[0].lastIndexOf(code);
    add(townStart, townStart + town.length, 'CITY', 0.85, 'town before its state code');
    add(stateStart, stateStart + code.length, 'STATE', 0.85, 'state code after a town');
  }
  for (const m of matchesAtCommas(text, COMMA_STATE_NAME_AT)) {
    let city = CITY_BEFORE_COMMA.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1];
    // "SON RORY IN HALIFAX, NOVA SCOTIA": the town starts after the last linking word.
    const link = city ? /^.*\b(?:IN|AT|FROM|TO|NEAR|OF|In|At|From|To|Near)[ \t]{1,2}/.exec(city) : null;
    if (city && link) city = city.slice(link[0].length);
    // "SILVER HONDA ACCORD, OHIO PLATE HJK 4471": the state that issued a plate or a licence follows no town.
    if (city && !LICENCE_WORD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) add(m.index - city.length, m.index, 'CITY', 0.9, 'city before a state name');
  }
  // "KY DL #S12-448-907", "DL CO 12-884-0771", "PLATE NV 84J-227", "STATE ID (OH SX118204)", "OHIO PLATE", "PLATE HRT 4471 (OH)":
  // the state that issued a licence, a plate or an ID card.
  // "CITY: LAUREL   ST: MD   ZIP: 20707", "CITY SILOAM SPRINGS   STATE AR": a form's town field, labelled with a colon or on
  // the line of its state's or ZIP code's field.
  for (const m of /\b(?:city|town)\b/i.test(text) ? matchesOf(TOWN_AFTER_LABEL, text) : []) {
    if (!m[0].includes(':') && !STATE_OR_ZIP_FIELD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (m[1].split(/[ \t]/).every((w) => NAMELESS_WORDS.has(w.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()))) continue;
    add(m.indices![1][0], m.indices![1][1], 'CITY', 0.85, 'town after its form label');
  }
  for (const m of /state|\bst[ \t]{0,2}:/i.test(text) ? matchesOf(STATE_AFTER_LABEL, text) : []) add(m.indices![1][0], m.indices![1][1], 'STATE', 0.85, 'state after its form label');
  for (const m of matchesOnLinesWith(text, LICENCE_KEYWORD, STATE_OF_A_LICENCE)) {
    const group = [1, 2, 3, 4, 5, 6].find((g) => m[g] !== undefined)!;
    // Searched line by line: the match's index is moved to the whole text, its group offsets are not.
    const start = m.index + m.indices![group][0] - m.indices![0][0];
    add(start, start + m[group].length, 'STATE', 0.85, 'state that issued a licence or a plate');
  }
  for (const m of matchesOnLinesWith(text, FIRM_DEFINITION_KEYWORD, FIRM_BY_DEFINITION)) {
    const words = m[1].split(/[ \t]+/).map((w) => w.toUpperCase());
    if (words.every((w) => NAMELESS_WORDS.has(w) || CLINICAL_ABBREVIATIONS.has(w) || (isKnownWord(w) && !isProperNoun(w)))) continue;
    add(m.index, m.index + m[1].length, 'ORGANIZATION', 0.8, 'a name the sentence calls a firm');
  }
  for (const m of matchesOf(EMPLOYER, text)) {
    const name = m[1].trimEnd();
    const start = m.index + m[0].length - m[1].length;
    const words = name.split(/[ \t]/);
    const ordinary = words.every((w) => (isKnownWord(w.toUpperCase()) && !isProperNoun(w.toUpperCase())) || NAMELESS_WORDS.has(w.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()));
    // Ordinary words name an employer only as a title-case name of three or more words in mixed case ("Chemical Abstracts Service").
    if (ordinary && (capsText || name === name.toUpperCase() || words.length < 3 || words.some((w) => !/^\p{Lu}/u.test(w)))) continue;
    if (ILLNESS_HEAD.test(words[words.length - 1].toUpperCase())) continue;
    add(start, start + name.length, 'ORGANIZATION', 0.8, 'employer after a work phrase');
  }
  for (const m of holdsAny(lowerCaseOf(text), WORKPLACE_CUE_WORDS) ? workplacesAfterJobs(text) : []) {
    const word = (m[1] ?? m[2]).toUpperCase();
    // "DR. BAKER FOR ...": after a title the word is a surname, not a job.
    if (m[1] && /\b(?:dr|mr|mrs|ms|miss|prof)\.?[ \t]{1,2}$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const job = word.replace(/S$/, '');
    if (!(m[2] || PROFESSIONS.has(job) || PROFESSIONS.has(word) || PROFESSIONS_NEEDING_CONTEXT.has(job) || JOB_HEAD.test(word) || word === 'STUDYING')) continue;
    const name = workplaceName(m[3], capsText, m[2] !== undefined || /[ \t](?:at|AT)[ \t]{1,2}$/.test(m[0].slice(0, m[0].length - m[3].length)));
    if (!name) continue;
    const start = m.index + m[0].length - m[3].length;
    add(start, start + name.length, 'ORGANIZATION', 0.8, 'workplace or school after a job');
  }
  for (const m of matchesOf(INJURY_PLACE, text)) {
    const words = m[1].split(/[ \t&]+/).filter(Boolean).map((w) => w.replace(/[.]+$/, '').toUpperCase());
    const ordinary = (w: string) => NAMELESS_WORDS.has(w) || CLINICAL_ABBREVIATIONS.has(w) || CARE_SETTINGS.has(w) || (isKnownWord(w) && !isProperNoun(w));
    if (words[0] === 'THE' ? words.length < 2 : false) continue;
    const content = words.filter((w) => w !== 'THE');
    // "FELL AT UNCLE'S HOUSE": a relative's home names nobody's place.
    if (CARE_SETTINGS.has(content[0]) || RELATION_CUES.has(content[0].replace(/['’]S$/, '')) || content.some((w) => NAMELESS_WORDS.has(w) || CLINICAL_ABBREVIATIONS.has(w))) continue;
    // Ordinary words only: a title-case name of three or more words in mixed case ("Ocean State Job Lot"), never in capitals.
    const inCapitals = capsText || m[1] === m[1].toUpperCase();
    if (content.every(ordinary) && (inCapitals || content.length < 3)) continue;
    const place = m[1].replace(/\.+$/, '');
    const start = m.index + m[0].length - m[1].length;
    add(start, start + place.length, 'ORGANIZATION', 0.8, 'place where an injury happened');
  }
  for (const m of matchesOnLinesWith(text, FACILITY_KEYWORD, capsText ? FACILITY_CAPS : FACILITY)) {
    const phrase = withoutOrdinaryTail(m[0]);
    const end = m.index + phrase.length;
    const descriptor = leadingDescriptorLength(phrase);
    // "... AT MAGNOLIA FAMILY PRACTICE" starts after "at"; where the words after it do not name a place by
    // themselves ("LDN AT HOSPICE OF THE FIELDS"), the longer phrase is flagged as before.
    let start = m.index + Math.max(descriptor, lengthBeforeLastBlockingWord(phrase, true));
    let namesOne = namesAFacility(text.slice(start, end), capsText);
    if (!namesOne) {
      const longer = m.index + Math.max(descriptor, lengthBeforeLastBlockingWord(phrase, false));
      if (longer !== start) {
        start = longer;
        namesOne = namesAFacility(text.slice(start, end), capsText);
      }
    }
    // "DR ELLEN MARSHALL, PEARL RIVER FAMILY MEDICINE", "PCP: ...", a signature's line under a credential: whoever works there
    // vouches for a facility named in ordinary words.
    if (!namesOne && capsText && FACILITY_VOUCHED_BEFORE.test(text.slice(Math.max(0, start - 48), start)) && distinctiveBeforeHead(text.slice(start, end))) namesOne = true;
    // "Kestrel Valley Perinatal Center", "GOLDEN POND SKILLED NURSING": a word and a feature of the land open a facility's
    // name, as builders name them, though every word is in the dictionary.
    const placeNamed = PLACE_NAME_OPENING_A_FACILITY.test(text.slice(start, end));
    if (placeNamed) namesOne = true;
    // "Home Health Physical Therapy Evaluation", "VASCULAR NEUROLOGY": a kind of care is no practice without a word of its own.
    if (namesOne && !placeNamed && SPECIALTY_HEAD_END.test(text.slice(start, end)) && !distinctiveBeforeHead(text.slice(start, end))) namesOne = false;
    // "HF CLINIC", "Epilepsy Clinic", "ONCOLOGY PHARMACY": a clinic or a pharmacy named only by the care it gives.
    if (namesOne && !placeNamed && CARE_PLACE_HEAD_END.test(text.slice(start, end)) && namedOnlyByItsCare(text.slice(start, end))) namesOne = false;
    // "NOTE  CLEARWATER BEHAVIORAL HEALTH": the cut after a word may leave the blanks before the name.
    while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    const name = text.slice(start, end);
    // "TRANSPORT TO WING MEMORIAL ED": before its emergency department a facility phrase names a hospital.
    const beforeEmergencyDepartment = /^[ \t]{1,2}(?:ED|ER|EMERGENCY|Emergency)\b/.test(text.slice(end, end + 12));
    if (!/\s/.test(name) || !(namesOne || beforeEmergencyDepartment)) continue;
    // "Brief Hospital Course:", the heading of a discharge summary.
    if (/^[ \t]{1,2}(?:Course|COURSE)\b/.test(text.slice(end, end + 10))) continue;
    const strong = /Hospital|Medical Cent|Infirmary|Hospice|Institute|Nursing|Health System|Healthcare|Rehabilitation|Assisted Living|Care Center|Cancer Cent|Surgery Cent|Surgical Cent|Dialysis Cent|Wound Cent/i.test(name);
    // "Eno River Dialysis", "LAKE REGION HEART CLINIC": three words or more, the facility word included, outweigh the
    // name lists and a cue phrase before them ("FOLLOWED BY LAKE"), though not a title or a credential; not where a cue
    // opens the words ("PCP LAKE REGION CLINIC"). A first name may open a facility's ("James River Internal Medicine").
    const longName = name.split(/[ \t]+/).length >= 3 && !/[ \t](?:at|AT)[ \t]/.test(name) && !CUE_OPENING_A_FACILITY_PHRASE.test(name);
    add(start, start + name.length, 'HOSPITAL', strong ? 0.9 : longName ? 0.86 : 0.75, 'capitalised name ending in a facility word');
  }
  for (const m of matchesOnLinesWith(text, ORGANIZATION_KEYWORD, capsText ? ORGANIZATION_CAPS : ORGANIZATION)) {
    const start = m.index + Math.max(leadingDescriptorLength(m[0]), lengthBeforeLastBlockingWord(m[0]), lengthThroughLastAt(m[0]));
    let name = text.slice(start, m.index + m[0].length);
    // "RX SENT TO MAPLETON DRUG.": the period after a head that is no abbreviation ends the sentence.
    if (name.endsWith('.') && !/\b(?:Inc|Co|Corp|Ltd|L\.L\.C|PLC)\.$/i.test(name)) name = name.slice(0, -1);
    // "of Merrimack Valley" names a place; "Academy of Pediatrics" ends at the organisation word.
    const of = /[ \t]of[ \t]{1,2}(?:the[ \t]{1,2})?(\p{L}[\p{L}'’&-]*)/u.exec(name);
    if (of && isKnownWord(of[1].toUpperCase()) && !isProperNoun(of[1].toUpperCase())) name = name.slice(0, of.index);
    // "ETONOGESTREL 68 MG DRUG IMPLANT": a dose unit before the head is no firm's name; "Discharge Labs:" labels a section.
    const labelsALine = text.charCodeAt(start + name.length) === 58 && (start === 0 || text.charCodeAt(start - 1) === 10);
    if (!name || DOSE_UNIT_WORD.test(name) || labelsALine || !(namesAPlace(name, capsText) || namedByAStrongHead(name) || (capsText && firmNamedAfterAPlaceCue(text, start, name)))) continue;
    // "SITZMARK TRANSIT STUDY", "PHARYNGEAL TRANSIT TIME 1.2 SEC": a test's transit, not a ride service.
    if (TRANSPORT_SERVICE_HEAD.test(name) && (!namesATransportService(name) || /^[ \t]{1,2}(?:TIME|STUDY|STUDIES|NORMAL|DELAYED|\d)/i.test(text.slice(start + name.length, start + name.length + 12)))) continue;
    // "DAD MARCOS WORKS NIGHTS AS ...": "works" before what or where someone works is the verb.
    if (/works$/i.test(name) && WORKS_AS_A_VERB.test(text.slice(start + name.length, start + name.length + 16))) continue;
    // "AVOID QT-PROLONGING DRUGS": drugs of a kind, not a drugstore.
    if (/^(?:AVOID|HOLD|STOP|CONTINUE|START|RESUME|NEPHROTOXIC|SEDATING|ILLICIT|STREET|OTC)\b|-[A-Z]+ING\b/i.test(name)) continue;
    // "No Known Drug Allergies".
    if (/^[ \t]{1,2}Allergies\b/i.test(text.slice(start + name.length, start + name.length + 12))) continue;
    // "PRIVATE AMBULANCE", "BLS AMBULANCE": only words for the kind of service before its head.
    const wordsBeforeHead = name.trim().split(/[ \t]+/).slice(0, -1).map((w) => w.toUpperCase());
    if (wordsBeforeHead.length > 0 && wordsBeforeHead.every((w) => KIND_OF_SERVICE.has(w))) continue;
    if (/labs$/i.test(name) && LAB_RESULTS_AFTER.test(text.slice(start + name.length, start + name.length + 14))) continue;
    if (/foods$/i.test(name) && wordsBeforeHead.length > 0 && KIND_OF_FOOD.test(wordsBeforeHead[wordsBeforeHead.length - 1])) continue;
    add(start, start + name.length, 'ORGANIZATION', 0.85, 'capitalised name ending in a company word');
  }
  findSuppliersAfterCues(text, add);
  for (const m of /interpret/i.test(text) ? matchesOf(INTERPRETER_SERVICE, text) : []) {
    const words = m[1].split(/[ \t]/);
    let kept = words.length;
    while (kept > 0 && INTERPRETING_MEANS.test(words[kept - 1])) kept--;
    const name = words.slice(0, kept);
    // "VIA PHONE", "VIA CHARGE NURSE", "VIA WRITTEN NOTES": the means or the people, not a company. A company's name holds a
    // word no dictionary knows or ends in a company's word; a first name and a surname are the interpreter's own.
    const upper = name.map((word) => word.toUpperCase().replace(/['’]S$/, ''));
    if (upper.length === 0 || INTERPRETING_MEANS.test(upper[0])) continue;
    if (upper.every((word) => isKnownWord(word)) && !INTERPRETING_COMPANY_WORD.test(upper[upper.length - 1])) continue;
    if (upper.length >= 2 && wordInfo(upper[0]).firstName && wordInfo(upper[upper.length - 1]).surname) continue;
    const start = m.index + m[0].length - m[1].length;
    add(start, start + name.join(' ').length, 'ORGANIZATION', 0.8, 'the company an interpreter works through');
  }
  const militaryNote = MILITARY_SERVICE.test(text);
  for (const m of militaryNote ? matchesOf(NUMBERED_UNIT, text) : []) {
    // "2ND GROUP THERAPY SESSION", "4TH ANGER MANAGEMENT GROUP", "2ND DIVISION OF TRIGEMINAL": between the number and the
    // kind of unit only words of arms and services, or names; a group, a company or a division needs one.
    const words = m[0].split(/[ \t,]+/);
    const kind = words.findIndex((word, k) => k > 0 && UNIT_KIND.test(word));
    const between = words.slice(1, kind);
    if (between.some((word) => !MILITARY_UNIT_WORD.test(word) && isKnownWord(word.toUpperCase()))) continue;
    if (between.length === 0 && /^(?:GROUP|COMPANY|DIVISION|CORPS|FLEET)$/i.test(words[kind])) continue;
    if (/^[ \t]{1,2}(?:THERAPY|SESSION|MEETING|OF|therapy|session|meeting|of)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    add(m.index, m.index + m[0].length, 'ORGANIZATION', 0.8, 'a military unit by its number');
  }
  for (const m of militaryNote ? matchesOf(BATTALION_DESIGNATION, text) : []) {
    // "1-15 IN", "1-140 AR": a range before an inch or a murmur, unless a company opens it or an aid station follows.
    if (!/^[A-H]|^HH/.test(m[0]) && !/^[ \t]{1,2}(?:BAS|BN|TOC|AID STATION)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    add(m.index, m.index + m[0].length, 'ORGANIZATION', 0.8, 'a military unit by its number');
  }
  // In capitals a dictionary word after a head is as likely what goes on at a camp as its name; in mixed case a capitalised
  // word there is a name ("Camp Leatherneck", "COB Adder").
  const mayBeAName = (word: string) => {
    const upper = word.toUpperCase();
    const info = wordInfo(upper);
    // "CAMP FOSTER" after a frequent surname; "CAMP KITCHEN" is a camp's kitchen.
    return !NOT_AN_INSTALLATION_NAME.test(upper) && !CLINICAL_ABBREVIATIONS.has(upper) && (!capsText || !isKnownWord(upper) || (info.surnameRank ?? Infinity) < 1000);
  };
  for (const m of /CAMP|Camp|FORT|Fort|OUTPOST|Outpost|FIREBASE|Firebase|FOB|COB|JB|FSB|PB/.test(text) ? matchesOf(INSTALLATION_BEFORE_NAME, text) : []) {
    const unambiguousHead = /^(?:COMBAT|Combat|FIREBASE|Firebase|FORT|Fort)/.test(m[0]);
    const words = m[3].split(/[ \t]/);
    const firstWord = words[0];
    const notAName = (word: string) => NOT_AN_INSTALLATION_NAME.test(word.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(word.toUpperCase());
    const endsWithItsClause = /^[ \t]*(?:[(),;:.]|[-–][ \t]|$|[\r\n]|[ \t]{2})/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    const articleBefore = /\b(?:THE|the|A|a|OUR|our|HIS|his|HER|her|THEIR|their)[ \t]{1,2}$/.test(text.slice(Math.max(0, m.index - 8), m.index));
    let named: boolean;
    if (unambiguousHead) named = true;
    // After FOB or COB in a note about military service any capitalised word is the outpost's name ("FOB FENTY").
    else if (m[2]) named = militaryNote && !notAName(firstWord);
    // "CAMP WILLOW RUN (YMCA)", "CAMP TALL TIMBERS - OPENING DAY": words of the dictionary make a camp's name where the name
    // ends with its clause and no article comes before ("AT THE CAMP HOLDS HIS BELONGINGS."); "CAMP KITCHEN MGR HANK" runs
    // on into the sentence.
    else named = mayBeAName(firstWord) || (endsWithItsClause && !articleBefore && !words.some(notAName));
    if (!named) continue;
    // "CAMP LEJEUNE WATER", "FOB SALERNO REVIEWED": in capitals the name ends before a word of the dictionary.
    let end = m.index + m[0].length;
    if (capsText && !unambiguousHead && !endsWithItsClause) {
      let kept = words.length;
      while (kept > 1 && isKnownWord(words[kept - 1].toUpperCase()) && wordInfo(words[kept - 1].toUpperCase()).tier !== 'name') kept--;
      end -= words.slice(kept).reduce((length, word) => length + word.length + 1, 0);
    }
    add(m.index, end, 'LOCATION', 0.8, 'a military installation or outpost by its head word');
  }
  for (const m of /AFB|A[Ii][Rr][ \t]?[BbFf]|AIRFIELD|Airfield|AIR STATION|Air Station|\bAB\b/.test(text) ? matchesOf(INSTALLATION_AFTER_NAME, text) : []) {
    // "VIA KADENA AB": the name starts after the words that are not part of it; "SOFT AB": an abdomen after an exam word.
    const words = m[1].split(/[ \t]/);
    let skipped = 0;
    while (skipped < words.length && (NOT_AN_INSTALLATION_NAME.test(words[skipped].toUpperCase()) || ((isKnownWord(words[skipped].toUpperCase()) || CLINICAL_ABBREVIATIONS.has(words[skipped].toUpperCase())) && !wordInfo(words[skipped].toUpperCase()).surname))) skipped++;
    if (skipped === words.length) continue;
    const start = m.index + words.slice(0, skipped).reduce((length, word) => length + word.length + 1, 0);
    if (m[3] && !(militaryNote && TRAVEL_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start)))) continue;
    add(start, m.index + m[0].length, 'LOCATION', 0.8, 'an air base by its name');
  }
  // "Continue Lasix, Coreg and Lisinopril" is a drug list, not a firm.
  for (const m of /medic|rescue|engine|ladder|squad|ambulance|truck/i.test(text) ? matchesOf(EMS_UNIT, text) : []) {
    const start = m.index + lengthBeforeLastBlockingWord(m[0]);
    add(start, m.index + m[0].length, 'ORGANIZATION', 0.85, "a fire or EMS agency's unit with its number");
  }
  for (const m of /local|post|lodge/i.test(text) ? matchesOf(NUMBERED_CHAPTER, text) : []) {
    // "CALLED FROM CARPENTERS LOCAL 1556": the name starts after the last function word; "LABS DRAWN LOCAL 2": words of
    // clinical prose name no union.
    const start = m.index + lengthBeforeLastBlockingWord(m[0]);
    const words = text.slice(start, m.index + m[0].length).split(/[ \t]+/).slice(0, -2);
    if (words.length === 0 || words.some((w) => wordInfo(w.toUpperCase()).clinicalWord && !/^(?:AMERICAN|LEGION)$/i.test(w))) continue;
    add(start, m.index + m[0].length, 'ORGANIZATION', 0.85, "a union local, a veterans' post or a lodge with its number");
  }
  for (const m of matchesOf(FIRM, text)) if (namesAPlace(m[0], capsText) && !m[0].split(/[\s,&]+/).some((w) => CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) || wordInfo(w.toUpperCase()).clinicalWord)) add(m.index, m.index + m[0].length, 'ORGANIZATION', 0.8, 'firm name of three capitalised words');
  for (const m of places) {
    const number = m[1] ?? m[2];
    // "LEFT ROOM X10 MIN": so many times or minutes, not a room's number; "FALLS FROM BUNK 0502": the time.
    if (/^x\d/i.test(number) || (/^[ \t]*(?:bunk|cabin)/i.test(m[0]) && isClockTime(number))) continue;
    const start = m.index + m[0].length - number.length;
    add(start, start + number.length, 'ROOM', 0.8, /^[ \t]*(?:CHAIR|STATION|STA|LDR|CH)\b/i.test(m[0]) ? 'infusion chair, dialysis station or delivery room number' : 'room, bed or cell number');
  }
  for (const m of PHARMACY_CHAIN_ANYWHERE.test(text) ? matchesOf(PHARMACY_CHAIN_IN_USE, text) : []) {
    const group = m[1] === undefined ? 2 : 1;
    const [start, end] = m.indices![group];
    // "RELATED TO CVS DISEASE": the cardiovascular system, unless a prescription or a store is in view.
    if (m[group] === 'CVS' && !PRESCRIPTION_BEFORE.test(text.slice(Math.max(0, start - 32), start)) && !STORE_AFTER.test(text.slice(end, end + 16))) continue;
    add(start, end, 'ORGANIZATION', 0.85, 'pharmacy chain a prescription goes to or a pharmacist calls from');
  }
  for (const m of /^[ \t]{0,3}(?:RN|LPN|LVN|PCT|CNA|TECH|SITTER|Rn|Lpn|Pct|Cna)[ \t]/m.test(text) ? matchesOf(ROOMS_OF_AN_ASSIGNMENT, text) : []) {
    // "PCT VITALS: 120, 118, 122", "CNA WEIGHTS: 182, 184": a word of charting after the role, not a person's name.
    const person = m[1].toUpperCase();
    const info = wordInfo(person);
    if (!(info.firstName || info.surname || (info.tier === 'unknown' && !isKnownWord(person))) || CLINICAL_ABBREVIATIONS.has(person) || info.clinicalWord && !info.firstName) continue;
    const listStart = m.index + m[0].length - m[2].length;
    for (const room of m[2].matchAll(/\d{3,4}[A-Z]?/g)) {
      // "RN SMITH   0700 0900 1100": the times of rounds.
      if (isClockTime(room[0])) continue;
      add(listStart + room.index, listStart + room.index + room[0].length, 'ROOM', 0.75, "a room on a nurse's or an aide's assignment");
    }
  }
  for (const m of /[NSEW]-|[NSEW]\d-/.test(text) ? matchesOf(WING_ROOM, text) : []) {
    // "(CAM N4-02, N5-01)": every camera of a list, not only the first.
    if (/\bCAM(?:ERA)?S?\b[^)\r\n]{0,24}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (/^\d0S-\d{1,2}0S?$/.test(m[0])) continue;
    add(m.index, m.index + m[0].length, 'ROOM', 0.8, "room numbered by floor and wing");
  }
  for (const m of /ICU|PCU|IMU|MBU|PACU/.test(text) ? [...matchesOf(BED_AFTER_UNIT, text), ...matchesOf(BED_AFTER_BARE_ICU, text)] : []) add(m.indices![1][0], m.indices![1][1], 'ROOM', 0.8, "bed number after a unit's initials");
  for (const m of matchesOnLinesWith(text, HEALTH_KEYWORD, HEALTH_SYSTEM)) if (/[ \t]H/.test(m[0])) add(m.index, m.index + m[0].length, 'HOSPITAL', 0.9, 'health system name');
  for (const m of matchesOf(DESTINATION_ACRONYM, text)) {
    if (CLINICAL_ABBREVIATIONS.has(m[1]) || NAMELESS_WORDS.has(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length, 'HOSPITAL', 0.85, 'receiving hospital after DEST');
  }
  for (const m of matchesOf(HOSPITAL_ACRONYM, text)) if (!CLINICAL_ABBREVIATIONS.has(m[0])) add(m.index, m.index + m[0].length, 'HOSPITAL', 0.85, 'hospital acronym before its emergency department or in a header');
  for (const m of matchesOf(KNOWN_FACILITY, text)) add(m.index, m.index + m[0].length, 'HOSPITAL', 0.85, 'well-known hospital name');
  // "Pendle View Surgery", "Addiscombe Road Surgery": a British GP practice, named by words no specialty or ward uses.
  for (const m of text.includes('Surgery') || text.includes('SURGERY') ? matchesOf(GP_SURGERY, text) : []) {
    const words = m[1].split(/[ \t]+/).map((w) => w.toUpperCase());
    const placeWord = (w: string) => /^(?:ROAD|STREET|PARK|LANE|GREEN|GATE|VIEW|HILL|HOUSE|SQUARE)$/.test(w);
    if (words.some((w) => (NAMELESS_WORDS.has(w) && !placeWord(w)) || CLINICAL_ABBREVIATIONS.has(w) || SURGICAL_SPECIALTY_WORDS.test(w))) continue;
    // "s/p Whipple Surgery", "had Nissen Surgery": an operation named after its surgeon.
    if (words.some((w) => EPONYMS.has(w)) || /\b(?:s\/p|status post|after|post|had|underwent|prior|previous|for|needs?|awaiting)[ \t]{1,2}$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (!words.some((w) => !isKnownWord(w) || isProperNoun(w) || wordInfo(w).tier === 'name')) continue;
    add(m.index, m.index + m[0].length, 'HOSPITAL', 0.8, "GP practice named 'Surgery'");
  }
  for (const m of matchesOf(SAINT_OR_MOUNT, text)) {
    // "Mary St. Clair", "Main St. Joseph": after a name-like word the saint is part of a person or a street.
    const wordBefore = WORD_BEFORE_SAINT.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
    // "Ms. St. Clair": after a title the saint's name is a surname.
    if (wordBefore && (!NAMELESS_WORDS.has(wordBefore.toUpperCase()) || TITLES.has(wordBefore.toUpperCase()))) continue;
    const words = m[0].split(/[ \t]+/);
    // "NO ST CHANGES", "ST ELEVATION": the ST segment of an ECG.
    if (/^ST\.?$/i.test(words[0]) && ST_SEGMENT_WORDS.test(words[1])) continue;
    let end = m.index + m[0].length;
    // Stop before a following facility word or a street type; the facility rules cover those.
    const last = words[words.length - 1].toUpperCase();
    if (words.length > 2 && /^(?:ST|RD|AVE|DR|LN|HOSPITAL|MEDICAL|CENTER|CLINIC)$/.test(last)) end -= words[words.length - 1].length + 1;
    add(m.index, end, 'HOSPITAL', 0.88, 'place named after a saint or a mountain');
  }
  for (const m of /\d(?:st|nd|rd|th)\b/i.test(text) ? matchesOf(ORDINAL_STREET, text) : []) {
    const start = m.indices![1][0];
    // A period after a street type written in full ends the sentence.
    const end = m.indices![1][1] - (m[1].endsWith('.') && m[2].length > 4 && !/[NSEW]$/.test(m[1]) ? 1 : 0);
    // "ON THE 3RD ST. PATRICK'S DAY": a saint after "St." makes the ordinal a date.
    if (/^St\.?$/i.test(m[2]) && /^\.?[ \t]{1,2}[A-Z]/.test(text.slice(start + m[1].length - (m[1].endsWith('.') ? 1 : 0), end + 4))) continue;
    add(start, end, 'STREET', 0.85, 'numbered street after on, at or near');
  }
  findPostcodes(text, found);
  findNamedPlaces(text, capsText, found);
  postalCodesAfterPlaces(text, found);
  if (letterCase.upper <= Math.max(2, letterCase.sampled * 0.01)) findCaselessPlaces(text, found);
  propagateFacilityNames(text, found);
  roomsAfterUnits(text, found);
  return found;
}

/** One line of an address block after the street: town, region code, postal code, country; nothing else. */
const ADDRESS_TAIL_LINE = /^[ \t>?]{0,6}((?:\p{Lu}[\p{L}'’.-]{0,30}|\(\p{Lu}[\p{L}'’.-]{0,30}\))(?:[ \t]{1,2}(?:\p{L}[\p{L}'’.-]{0,30}|\(\p{Lu}[\p{L}'’.-]{0,30}\))){0,4})?,?[ \t]{0,4}(\d{3,6}(?:[ -]\d{2,4})?|\p{Lu}\d\p{Lu}[ \t]?\d\p{Lu}\d)?\.?[ \t]*$/u;
const UNIT_LINE = /^[ \t>?]{0,6}(?:Apt|Apartment|Suite|Ste|Unit)\.?[ \t]{0,2}#?[A-Za-z0-9-]{1,8}[ \t]*$/i;

/**
 * "29 Rue de Tanger\n> Suite 399\n> Cite Ben Hjel\n> Tunisia 56004": the short lines under a street
 * line are the rest of the address, up to the first line that is anything else.
 */
/** Quote and list markers a pasted letter or e-mail may put before its lines. */
const LINE_MARKER = /^[ \t>*?•·-]*/;
const LINE_MARKER_CHARACTERS = new Set([...' \t>*?•·-'].map((c) => c.charCodeAt(0)));
const ORGANISATION_LINE = /^[\p{L}][\p{L}'’&.,-]*(?:[ \t]{1,2}[\p{L}'’&.,-]+){0,5}$/u;

/**
 * "GREEN FOREST COMMUNITY CLINIC     DOS 06/10/2025", "POWDER RIVER OCCUPATIONAL HEALTH, RECLUSE, WY": a line that opens
 * with a facility's name (ending in its head, with a word of its own before it) heads the note or a section; a header
 * is no prose, so words of clinical prose may name the place there.
 */
const HEADER_LINE_NAME = /^[ \t]{0,3}(\p{Lu}[\p{L}'’&.-]*(?:[ \t]\p{Lu}[\p{L}'’&.-]*){1,5})(?=[ \t]*(?:\r?\n|$)|[ \t]{2,}\S|,[ \t]|[ \t][-–|*][ \t])/gmu;
const FACILITY_AT_END = new RegExp(String.raw`(?:^|[ \t])${FACILITY_WORDS}$`, 'i');

function facilitiesHeadingLines(text: string, found: Candidate[]): void {
  for (const m of matchesOf(HEADER_LINE_NAME, text)) {
    const name = m[1];
    // A specialty at the end is as often the service consulted ("MODERATE MR. CARDIOLOGY, DR. X"), and a phrase with a
    // preposition a sentence about the place ("OUTPT HD AT RIVERSTONE DIALYSIS").
    // On a note's first line the name is its letterhead: there a specialty ends a practice's name ("GREAT RIVER ORTHOPEDICS - NEW PATIENT").
    const letterhead = text.slice(0, m.index).trim() === '';
    if (name.length > 60 || !FACILITY_AT_END.test(name) || (SPECIALTY_HEAD_END.test(name) && !letterhead) || /[ \t](?:AT|TO|FOR|WITH|IN|ON|FROM|at|to|for|with|in|on|from)[ \t]/.test(name) || !distinctiveBeforeHead(name) || DOCUMENT_HEADING.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    found.push(candidate(start, start + name.length, 'LOCATION', 'HOSPITAL', 0.75, "facility's name heading a note or a section"));
  }
}

/**
 * "Karin Beike⏎Leasing consultant⏎Fritz-Armstrong⏎12 Main St": in a letterhead or signature block the line just above
 * a street line, under a name or job line, is the firm or practice.
 */
function letterheadOrganisations(text: string, found: Candidate[]): void {
  const lineStartOf = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const streetLineStarts = new Set<number>();
  for (const c of found) {
    if (c.subtype !== 'STREET') continue;
    // Only quote or list markers may stand before the street on its line; scanning back over them alone keeps
    // many streets on one long line linear.
    let lineStart = c.start;
    while (lineStart > 0 && LINE_MARKER_CHARACTERS.has(text.charCodeAt(lineStart - 1))) lineStart--;
    if (lineStart === 0 || text.charCodeAt(lineStart - 1) === 10) streetLineStarts.add(lineStart);
  }
  topOfLetterhead(text, streetLineStarts, found);
  for (const streetStart of streetLineStarts) {
    if (streetStart < 2) continue;
    const orgStart = lineStartOf(streetStart - 1);
    if (orgStart < 2) continue;
    const aboveStart = lineStartOf(orgStart - 1);
    const orgLine = text.slice(orgStart, streetStart - 1).replace(/\r$/, '');
    const above = text.slice(aboveStart, orgStart - 1).replace(/\r$/, '').replace(LINE_MARKER, '').trim();
    const marker = LINE_MARKER.exec(orgLine)![0].length;
    const name = orgLine.slice(marker).trimEnd();
    // The line above must be a short name or job line, not a sentence or a heading.
    if (above === '' || above.length > 50 || /[:\d]/.test(above) || /[.!?]$/.test(above)) continue;
    if (name.length < 2 || name.length > 50 || /[:\d]/.test(name) || !ORGANISATION_LINE.test(name)) continue;
    const words = name.split(/[ \t]+/).map((w) => w.replace(/[.,]+$/, '').toUpperCase());
    if (words.some((w) => CLINICAL_ABBREVIATIONS.has(w)) || (words.length === 1 && COUNTRIES.has(words[0]))) continue;
    found.push(candidate(orgStart + marker, orgStart + marker + name.length, 'LOCATION', 'ORGANIZATION', 0.75, 'firm line above a street in a letterhead'));
  }
}

/** What a practice is named after: an organ, a specialty, the people it treats. */
const PRACTICE_FIELD = /\b(?:cancer|heart|rhythm|sleep|liver|retina|spine|brain|kidney|lung|pulmonary|cardiology|cardiac|oncology|orthopa?edics?|pa?ediatrics?|allergy|asthma|medicine|surgery|surgical|dermatology|eye|vision|ENT|hand|vascular|neurology|endocrinology|gastroenterology|digestive|women's|children's|family|wellness|therapy|rehab|rehabilitation|hearing|dental|dentistry|foot|ankle|psychiatry|behavioral|counseling|fertility|imaging|radiology|urology|nephrology|rheumatology|ob\/gyn|obstetrics|gynecology|podiatry|chiropractic)\b/i;
/** Headings a note may open with: a document's kind, not a practice. */
const DOCUMENT_HEADING = /\b(?:note|notes|opinion|letter|report|summary|information|referral|consultation|consult|request|form|record|records|plan|instructions|assessment|evaluation|history|memo|cover|sheet|fax|to|from|re|patient|name)\b/i;

/**
 * "DESERT SKY CANCER INSTITUTE⏎Breast Oncology Program⏎7250 E. Camelback Rd": a letter opens with the practice's name
 * when its street follows within three lines.
 */
function topOfLetterhead(text: string, streetLineStarts: ReadonlySet<number>, found: Candidate[]): void {
  const firstStart = /\S/.exec(text)?.index ?? text.length;
  const firstEnd = text.indexOf('\n', firstStart);
  if (firstEnd < 0) return;
  let lineEnd = firstEnd;
  let streetFollows = false;
  for (let line = 0; line < 3 && !streetFollows; line++) {
    streetFollows = streetLineStarts.has(lineEnd + 1);
    const next = text.indexOf('\n', lineEnd + 1);
    if (next < 0) break;
    lineEnd = next;
  }
  if (!streetFollows) return;
  const name = text.slice(firstStart, firstEnd).replace(/\r$/, '').trimEnd();
  if (name.length < 4 || name.length > 60 || /[:\d]/.test(name) || !ORGANISATION_LINE.test(name) || !/[ \t]/.test(name) || DOCUMENT_HEADING.test(name)) return;
  const words = name.split(/[ \t]+/).map((w) => w.replace(/[.,]+$/, '').toUpperCase());
  if (words.some((w) => CLINICAL_ABBREVIATIONS.has(w))) return;
  // "Rosa Maria Delgado⏎12 Main St" heads an address block with a person: a practice's name holds an ampersand, a
  // facility's head word or what the practice treats ("Capital Region Heart Rhythm").
  if (!(name.includes('&') || FACILITY_HEAD.test(name) || PRACTICE_FIELD.test(name)) || !/^\p{Lu}/u.test(name) || / [-–] /.test(name)) return;
  found.push(candidate(firstStart, firstStart + name.length, 'LOCATION', 'ORGANIZATION', 0.7, 'practice opening a letterhead above its street'));
}

function addressBlockLines(text: string, found: Candidate[]): void {
  const streetLineEnds = new Set<number>();
  for (const c of found) {
    if (c.subtype !== 'STREET' || !/\d/.test(text.slice(c.start, c.end))) continue;
    // Looked for within reach only: an unbounded search per street made one long line of streets quadratic.
    let lineEnd = -1;
    for (let k = c.end; k < text.length && k < c.end + 60; k++) {
      if (text.charCodeAt(k) === 10) {
        lineEnd = k;
        break;
      }
    }
    // A line that already ends in a postal code holds the whole address.
    if (lineEnd >= 0 && !/\d{4,}(?:-\d{4})?\s*$/.test(text.slice(c.end, lineEnd))) streetLineEnds.add(lineEnd);
  }
  for (const lineEnd of streetLineEnds) {
    const block: Array<{ from: number; line: string; place?: string; postal?: string; closes: boolean; ordinary: boolean }> = [];
    let from = lineEnd + 1;
    for (let lines = 0; lines < 4 && from < text.length; lines++) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const line = text.slice(from, to).replace(/\r$/, '');
      if (line.trim() === '' && lines === 0) break;
      if (line.trim() !== '' && !UNIT_LINE.test(line)) {
        const m = line.length <= 48 ? ADDRESS_TAIL_LINE.exec(line) : null;
        if (!m || (!m[1] && !m[2])) break;
        const words = m[1] ? m[1].split(/[ \t]+/).map((w) => w.replace(/[().,]/g, '').toUpperCase()) : [];
        const ordinary = words.length > 0 && words.every((w) => NAMELESS_WORDS.has(w) || (isKnownWord(w) && !isProperNoun(w) && wordInfo(w).tier !== 'name'));
        // A postal code, a region code ("NS") or a country closes the address.
        const closes = !!m[2] || (words.length === 1 && /^[A-Z]{2,3}$/.test(m[1] ?? '')) || (m[1] !== undefined && COUNTRIES.has(words.join(' ')));
        block.push({ from, line, place: m[1], postal: m[2], closes, ordinary });
        if (m[2]) break;
      }
      from = to + 1;
    }
    // "Mill Village\n NS\n B0J 2H0": ordinary words are the town when the address closes below them;
    // "Discharge Summary" under a street, with nothing after, is a heading.
    let lastClosing = -1;
    block.forEach((b, k) => {
      if (b.closes) lastClosing = k;
    });
    for (let k = 0; k < block.length; k++) {
      const b = block[k];
      if (b.ordinary && k > lastClosing) break;
      if (b.place) {
        const start = b.from + b.line.indexOf(b.place);
        found.push(candidate(start, start + b.place.length, 'LOCATION', 'CITY', 0.87, 'line of an address block'));
      }
      if (b.postal) {
        const start = b.from + b.line.lastIndexOf(b.postal);
        found.push(candidate(start, start + b.postal.length, 'LOCATION', 'ZIP', 0.8, 'postal code in an address block'));
      }
    }
  }
}

/** "in ARENDAL 4844", "Aalborg NO 9100": a postal code right after a town or country; years are not postal codes. */
const POSTAL_AFTER_PLACE = /^[ \t,]{1,2}(?:([A-Z]{2})[ \t]{1,2})?(\d{3,5}(?:[ -]\d{2,4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w,/:-]|[.,]\d)/;
const US_STATE_CODE_ONLY = new RegExp(String.raw`^(?:${US_STATE_CODE})$`);
const CLOCK_TIME_WORD = /(?<![\w.:\/-])(?:[01]\d|2[0-3])[0-5]\d(?![\w.:\/-])/g;
/** "44 QUARRY HOLLOW LN, MILLINGTON 0622" would be an address: a house number, not an entry's time, before the town. */
const STREET_NUMBER_EARLIER_ON_THE_LINE = /(?:^|[ \t,])(?!(?:[01]\d|2[0-3])[0-5]\d[ \t])\d{1,6}[A-Z]?[ \t]{1,2}[A-Za-z]/;
/** Two capitals before the number that are a word, not a region: "CALLED FROM IRELAND AT 0300" gives a time. */
const WORD_BEFORE_POSTAL = new Set(['AT', 'IN', 'ON', 'TO', 'BY', 'OF', 'OR', 'AS', 'IS', 'IT', 'AM', 'PM', 'UP', 'SO', 'BE', 'WE', 'HE', 'MY', 'AN']);

function postalCodesAfterPlaces(text: string, found: Candidate[]): void {
  const places = found.filter((c) => c.subtype === 'CITY' || c.subtype === 'COUNTRY');
  // In a note charted by the clock, four digits that read as a time after a town outside an address line are that time:
  // "CALLED FROM NIGERIA 1300;", "SALEM, 0830 TOMORROW". Counted once, when a time first follows a town.
  let chartedByTheClock: boolean | undefined;
  for (const place of places) {
    const m = POSTAL_AFTER_PLACE.exec(text.slice(place.end, place.end + 16));
    // "T. BRAUNSCHWEIG, DO  1450": a credential after a surname that is also a town, then a pager; "VIETNAM 1968-1969":
    // the years someone spent there.
    if (!m || /^(?:19|20)\d\d$/.test(m[2]) || /^(?:19|20)\d\d[ -](?:19|20)\d\d$/.test(m[2]) || (m[1] && (WORD_BEFORE_POSTAL.has(m[1]) || CREDENTIALS.has(m[1])))) continue;
    if (isClockTime(m[2])) {
      chartedByTheClock ??= (text.match(CLOCK_TIME_WORD) ?? []).length >= 3;
      const lineStart = lineStartWithin(text, place.start, 160);
      if (chartedByTheClock && !STREET_NUMBER_EARLIER_ON_THE_LINE.test(text.slice(lineStart < 0 ? place.start - 160 : lineStart, place.start))) continue;
    }
    // "BALTIMORE, MD 0020": a US ZIP code has five digits; four after a state are a time.
    if (m[1] && US_STATE_CODE_ONLY.test(m[1]) && /^\d{4}$/.test(m[2])) continue;
    const start = place.end + m[0].length - m[2].length;
    found.push(candidate(start, start + m[2].length, 'LOCATION', 'ZIP', 0.8, 'postal code after a town or country'));
  }
}

/** Countries, US states and well-known cities by name; other capitalised words after "lives in", "from". */
const PLACE_NAMES = new Map<string, Candidate['subtype']>([
  ...[...CITIES].map((c) => [c, 'CITY'] as const),
  ...[...REGIONS].map((c) => [c, 'STATE'] as const),
  ...[...COUNTRIES].map((c) => [c, 'COUNTRY'] as const),
]);
/** First words of multi-word place names, so longer phrases are only tried where one can start. */
const PLACE_FIRST_WORDS = new Set([...PLACE_NAMES.keys()].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));
const PLACE_PREPOSITIONS = new Set(['from', 'to', 'in', 'at', 'near', 'via', 'From', 'To', 'In', 'At', 'Near', 'Via', 'FROM', 'TO', 'IN', 'AT', 'NEAR', 'VIA']);

interface PlaceWord {
  start: number;
  end: number;
  upper: string | undefined;
}

function asciiPair(a: number, b: number): number {
  return ((a | 32) << 16) | (b | 32);
}

/** First two characters of every place name, ASCII case folded: a cheap test before the upper-case lookup. */
const PLACE_PAIRS = new Set([...PLACE_NAMES.keys()].filter((p) => p.length >= 2).map((p) => asciiPair(p.charCodeAt(0), p.charCodeAt(1))));

/**
 * False only when the word cannot equal or begin any place name: its first two characters are ASCII
 * (so upper-casing maps them one to one) and no name starts with them. One-letter words are looked up.
 */
function mayStartPlaceName(text: string, start: number, end: number): boolean {
  if (end - start < 2) return true;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (a > 127 || b > 127) return true;
  return PLACE_PAIRS.has(asciiPair(a, b));
}

/** The word right before `position`, skipping spaces and tabs; empty at a line start. */
function previousWord(text: string, position: number): string {
  let end = position;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  let start = end;
  while (start > 0 && end - start < 7 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** Countries, US states and well-known cities by name; other capitalised words after "lives in", "from". */
function findNamedPlaces(text: string, capsText: boolean, found: Candidate[]): void {
  const words: PlaceWord[] = [];
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(text); m; m = CAPITALISED_WORD.exec(text)) {
    const last = m[0].charCodeAt(m[0].length - 1);
    const rawLength = last === 46 || last === 39 || last === 0x2019 || last === 45 ? m[0].replace(/[.'’-]+$/, '').length : m[0].length;
    words.push({ start: m.index, end: m.index + rawLength, upper: undefined });
  }
  // Upper-case copies only for words that can be looked up; most capitalised words start no place name.
  const upperOf = (w: PlaceWord): string => w.upper ?? (w.upper = text.slice(w.start, w.end).toUpperCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let size = 1;
    let subtype: Candidate['subtype'] | undefined;
    if (mayStartPlaceName(text, w.start, w.end)) {
      const upper = upperOf(w);
      subtype = PLACE_NAMES.get(upper);
      if (PLACE_FIRST_WORDS.has(upper)) {
        for (let longer = Math.min(4, words.length - i); longer >= 2; longer--) {
          if (!adjacent(text, words, i, longer)) continue;
          const match = PLACE_NAMES.get(words.slice(i, i + longer).map((x) => upperOf(x)).join(' '));
          if (match) {
            subtype = match;
            size = longer;
            break;
          }
        }
      }
      // In capitals a short state word is as often shorthand ("MASS", "WASH"); the three whole names of four letters are not.
      if (subtype === 'STATE' && size === 1 && capsText && upper.length <= 4 && !WHOLE_STATE_NAMES_OF_FOUR_LETTERS.has(upper)) subtype = undefined;
      // "THE LIMA WAS ANASTOMOSED": a listed town that is also a clinical abbreviation, in capitals, is the abbreviation.
      if (subtype === 'CITY' && size === 1 && CLINICAL_ABBREVIATIONS.has(upper) && text.slice(w.start, w.end) === upper) subtype = undefined;
    }
    if (!subtype) {
      const townSize = townNamedAt(text, words, i, upperOf, capsText);
      // Below the names' confidence: "Hope Ardmore", "Fitzwilliam, Eamon" are people whose surname is also a town.
      if (townSize > 0 && !namesAClinicalInstrument(text, words[i + townSize - 1].end, capsText, true)) {
        found.push(candidate(w.start, words[i + townSize - 1].end, 'LOCATION', 'CITY', 0.65, 'listed town name'));
        i += townSize - 1;
        continue;
      }
    }
    // "COLUMBIA SCREEN", "Boston bowel prep score", "New York Heart Association class": a scale, rule or disease named after the place.
    if (subtype && namesAClinicalInstrument(text, words[i + size - 1].end, capsText, true)) subtype = undefined;
    if (subtype) {
      const reason = subtype === 'COUNTRY' ? 'country name' : subtype === 'STATE' ? 'state or province name' : 'city name';
      // "RN MARY HENDERSON": a one-word town that is also a frequent surname or a first name yields to a
      // name a cue found; alone, it is still the place ("lives in Henderson").
      // Before another capitalised word the place may start a facility's name ("Lowell General", "Boston MedFlight").
      const info = size === 1 && subtype === 'CITY' && !/^[ \t]\p{Lu}/u.test(text.slice(w.end, w.end + 2)) ? wordInfo(upperOf(w)) : undefined;
      const alsoAName = info !== undefined && (info.surnameRank < 3000 || info.firstRank < 1000);
      found.push(candidate(w.start, words[i + size - 1].end, 'LOCATION', subtype, alsoAName ? 0.8 : subtype === 'COUNTRY' ? 0.88 : 0.86, reason));
      i += size - 1;
      continue;
    }
    const preposition = previousWord(text, w.start);
    const before32 = text.slice(Math.max(0, w.start - 32), w.start);
    // "14 MI NORTH OF ENTERPRISE", "A RANCHER FROM NEAR SHELL", "OFF STATE HWY 86 NEAR BLUE EYE": where on a map, as sure as "outside".
    const outside = OUTSIDE.has(preposition) || ((preposition === 'OF' || preposition === 'of') && DIRECTION_OF.test(before32)) || ((preposition === 'NEAR' || preposition === 'near') && NEAR_AFTER_A_ROAD_OR_FROM.test(before32));
    if (!outside && !PLACE_PREPOSITIONS.has(preposition)) continue;
    const before56 = text.slice(Math.max(0, w.start - 56), w.start);
    const kinBefore = !outside && kinNamedBefore(before56);
    const cued = !outside && (PLACE_CUE.test(before32) || kinBefore);
    // Read only where a cue stands: "lives in", "moved here from", "staying with her sister in".
    const residence = cued && (RESIDENCE_CUE.test(before32) || LIVES_WITH_THEN_PLACE_CUE.test(before56));
    // "ON A FARM OUTSIDE FLAGSTAFF", "FLYING IN FROM EAGLE PASS": after a place phrase, a listed town, whatever its words mean.
    if (outside || cued) {
      const townSize = townNamedAfterCue(text, words, i, upperOf, capsText, outside || kinBefore || residence, outside);
      if (townSize > 0) {
        found.push(candidate(w.start, words[i + townSize - 1].end, 'LOCATION', 'CITY', 0.8, 'listed town after a place phrase'));
        i += townSize - 1;
        continue;
      }
      // "14 MI NORTH OF WHITE DEER AT APPROX 1320", "NORTH OF FAITH, SD": so many miles from a place, or a place before its
      // state, is a town however small.
      const measuredFrom = DISTANCE_AND_DIRECTION_OF.test(before32);
      const size = measuredFrom || preposition === 'OF' || preposition === 'of' ? unlistedTownSize(text, words, i, upperOf, measuredFrom) : 0;
      if (size > 0) {
        found.push(candidate(w.start, words[i + size - 1].end, 'LOCATION', 'CITY', 0.8, 'town so many miles from a place or before its state'));
        i += size - 1;
        continue;
      }
    }
    // "graduation in Flagstaff in May", "ran a milk bar in Brunswick": in mixed case a capitalised listed town right
    // after "in" or "near" is the town, even when it is also a word or a surname; after "from" unless a first name
    // ("a card from Grace"). In capitals ("AT RIVERBOAT CASINO IN TUNICA.", "A RIG NEAR KILLDEER.") only a town ending
    // the clause, and one of a single word only where it can be nothing else: no clinical word, language or time of day
    // ("HIS HEALTH IN NAVAJO", "NEAR SUNSET"), and a dictionary word only after a noun, not after what someone did
    // ("INJURED IN TORNADO.", "HIKING IN CANYON.") and not as a plural or a part of a building ("WORKS IN VINEYARDS.", "PT IN ANNEX.").
    const lowerPreposition = preposition.toLowerCase();
    if (!outside && !cued && (lowerPreposition === 'in' || lowerPreposition === 'near' || (lowerPreposition === 'from' && !wordInfo(upperOf(w)).firstName)) && (capsText || preposition === lowerPreposition)) {
      const townSize = townNamedAfterCue(text, words, i, upperOf, capsText, true);
      if (townSize > 1 || (townSize === 1 && (!capsText || oneWordTownInCapitals(upperOf(w), text.slice(Math.max(0, w.start - 24), w.start))))) {
        found.push(candidate(w.start, words[i + townSize - 1].end, 'LOCATION', 'CITY', 0.8, 'listed town after in, near or from'));
        i += townSize - 1;
        continue;
      }
    }
    if (outside || (!cued && (capsText || !PLACE_ONLY_PREPOSITIONS.has(preposition)))) continue;
    let end = i;
    while (end < words.length && end - i < 3 && (end === i || adjacent(text, words, end - 1, 2)) && placeWord(upperOf(words[end]), text.slice(words[end].start, words[end].end))) end++;
    // "has lived in Temple", "moved to Mobile": after a phrase about where someone lives, a capitalised word
    // is the town even when it is also an English word.
    if (end === i && residence && !capsText && TITLE_CASE_WORDS.test(text.slice(w.start, w.end)) && !NEVER_NAMES.has(upperOf(w)) && !CARE_SETTINGS.has(upperOf(w))) {
      // "moved here from Eagle Pass": the town's other capitalised words too.
      end = i + 1;
      while (end < words.length && end - i < 3 && adjacent(text, words, end - 1, 2) && TITLE_CASE_WORDS.test(text.slice(words[end].start, words[end].end)) && !NEVER_NAMES.has(upperOf(words[end])) && !CARE_SETTINGS.has(upperOf(words[end]))) end++;
    }
    // "WORRIED ABOUT HOUSE IN BUTTE.", "LIVES ALONE IN SHAMROCK;": in capitals, after a phrase about where someone lives,
    // one or two words no clinical prose uses, ending the clause, are the town.
    if (end === i && cued && capsText) end = capsTownEnd(text, words, i, upperOf);
    if (end === i) continue;
    if (cued) {
      found.push(candidate(w.start, words[end - 1].end, 'LOCATION', 'CITY', 0.8, 'place after a place phrase'));
    } else if (!capsText && PLACE_ONLY_PREPOSITIONS.has(preposition) && unknownPlaceWord(text, w, upperOf(w)) && !HANDLING_VERB_BEFORE.test(text.slice(Math.max(0, w.start - 24), w.start))) {
      // "in Tobel,", "at Hopewell", "in STAVANGER": after in/at/from, a capitalised word no dictionary or
      // name list knows, or a long word in capitals inside mixed-case text, names a place.
      found.push(candidate(w.start, words[end - 1].end, 'LOCATION', 'CITY', 0.6, 'unknown capitalised word after in, at or from'));
    }
  }
  findTownAboveCountry(text, found);
  findTownBeforeCountryOrRegion(text, found);
  findTownAfterFacility(text, found);
  findHospitalCodesInRecordHeaders(text, found);
  // "ARRIVED US 2010 FROM BELDANGI CAMP", "to the US in 1979": the country, where ultrasound never stands before a year.
  for (const m of text.includes('US') ? matchesOf(US_BEFORE_A_YEAR, text) : []) {
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'LOCATION', 'COUNTRY', 0.8, 'the US before the year someone came'));
  }
  for (const m of capsText ? [] : matchesOf(TOWN_SHAPED_AFTER_PREPOSITION, text)) {
    const start = m.index + m[0].length - m[1].length;
    if (m[1].split(/[ \t]+/).some((w) => NAMELESS_WORDS.has(w.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()))) continue;
    // "Exposure to West Nile Virus".
    if (/(?:virus|disease|fever|syndrome)$/i.test(m[1]) || namesAClinicalInstrument(text, start + m[1].length, false, true)) continue;
    found.push(candidate(start, start + m[1].length, 'LOCATION', 'CITY', 0.86, 'town-shaped name after in, from or to'));
  }
}

/**
 * "in Dade City", "from Cedar Falls", "in West Fargo", "to Fort Lee", "in Lake Placid": after a preposition, a
 * capitalised name with a town's head or prefix is a town, whatever its words mean alone (mixed case only).
 */
const TOWN_SHAPED_AFTER_PREPOSITION = /\b(?:in|from|to|near|at)[ \t]{1,2}((?:(?:West|East|North|South|New|Fort|Port|Lake|Mount|Saint|St\.|Ft\.|Mt\.)[ \t](?!(?:Wing|Tower|Campus|Building|Pavilion|Hall|Unit|Side|End|Entrance|Lobby|Annex|Clinic|Onset|Diagnosis|Patient|Admission|Pain|Medication|Medications|Meds|Lesion|Symptoms?)\b)\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?)|\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?[ \t](?:City|Springs|Falls|Heights|Rapids|Junction|Beach|Hills|Grove|Harbor|Harbour|Township|Crossing))\b(?![ \t](?:Hospital|Medical|Clinic|Center|Centre|Health|Unit|Wing|Hall|Tower|Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Church|School|High|Elementary|Middle|University|College|Pharmacy|Nursing|Rehab|Dialysis|Regional|Memorial|General|Community)\b)/gu;

/**
 * The number of words from `words[i]` that name a listed town on their own, or 0. One word counts where it is
 * nothing but a town's name; longer names in title case in mixed-case text, or in capitals when one of their
 * words is no English word ("LAS CRUCES", "ROANOKE RAPIDS"; "EAGLE PASS" needs a place phrase before it).
 */
function townNamedAt(text: string, words: PlaceWord[], i: number, upperOf: (w: PlaceWord) => string, capsText: boolean): number {
  // Most capitalised words start no town's name: two lookups without a copy of the word say so.
  const startsLonger = startsListedTownNameAt(text, words[i].start, words[i].end);
  if (!startsLonger && !(words[i].end - words[i].start >= 4 && isListedTownAt(text, words[i].start, words[i].end))) return worldCityNamedAt(text, words, i, upperOf, capsText);
  const first = upperOf(words[i]);
  if (startsLonger) {
    for (let size = Math.min(4, words.length - i); size >= 2; size--) {
      if (!adjacent(text, words, i, size)) continue;
      const name = townName(text, words, i, size, upperOf);
      if (!isListedTown(name)) continue;
      const parts = name.split(' ');
      if (parts.some((part) => NAMELESS_WORDS.has(part) || CLINICAL_ABBREVIATIONS.has(part))) continue;
      const raw = text.slice(words[i].start, words[i + size - 1].end);
      const titleCase = raw.split(/[ \t]+/).every((part) => /^\p{Lu}\p{Ll}/u.test(part));
      const someWordIsNoWord = parts.some((part) => !isKnownWord(part));
      // "Country Club", "Medical Lake": ordinary words in title case are a town only after a preposition.
      if (!capsText && titleCase && (someWordIsNoWord || PLACE_PREPOSITIONS.has(previousWord(text, words[i].start)))) return size;
      if ((capsText || raw === raw.toUpperCase()) && someWordIsNoWord) return size;
    }
  }
  return isDistinctTownName(first) ? standsAsATown(text, words[i], first, capsText) : 0;
}

/** 1 where a distinct town's one word stands as a town, 0 where it names a classification or reads as an acronym. */
function standsAsATown(text: string, word: PlaceWord, upper: string, capsText: boolean): number {
  // "BETHESDA II", "Rotterdam 3/3": a town that names a classification, before its grade.
  if (GRADE_AFTER.test(text.slice(word.end, word.end + 8))) return 0;
  const raw = text.slice(word.start, word.end);
  // In mixed-case text a word in capitals is as likely an acronym as a town; a long one is the town.
  return capsText || /^\p{Lu}\p{Ll}/u.test(raw) || (raw === upper && upper.length >= 6) ? 1 : 0;
}

/** A world city whose one-word name is nothing else ("KATHMANDU", "Varanasi"), wherever it stands, as a distinct town is. */
function worldCityNamedAt(text: string, words: PlaceWord[], i: number, upperOf: (w: PlaceWord) => string, capsText: boolean): number {
  if (words[i].end - words[i].start < 4) return 0;
  const upper = upperOf(words[i]);
  return isDistinctWorldCityName(upper) ? standsAsATown(text, words[i], upper, capsText) : 0;
}

const PLACE_NAME_OPENING_A_FACILITY =
  /^(?:\p{Lu}[\p{L}'’-]+[ \t])?\p{Lu}[\p{L}'’-]+[ \t](?:VALLEY|Valley|RIDGE|Ridge|CREEK|Creek|POND|Pond|RIVER|River|HILLS?|Hills?|MEADOWS?|Meadows?|PINES|Pines|OAKS|Oaks|GROVE|Grove|SPRINGS|Springs|HARBOR|Harbor|HARBOUR|Harbour|PRAIRIE|Prairie|CANYON|Canyon|MESA|Mesa|HEIGHTS|Heights|GLEN|Glen|HOLLOW|Hollow|VISTA|Vista|BLUFFS?|Bluffs?|CROSSING|Crossing|SHORES?|Shores?|LAKES|Lakes|WOODS|Woods)[ \t]/u;
const OUTSIDE = new Set(['outside', 'Outside', 'OUTSIDE']);
const DIRECTION_OF = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest|NE|NW|SE|SW|[NSEW])[ \t]{1,2}of[ \t]{1,2}$/i;
const NEAR_AFTER_A_ROAD_OR_FROM = /(?:\bfrom|\b(?:road|rd|hwy|highway|route|rte|farm|ranch|lease|mine|place)(?:[ \t]{1,2}\d{1,4})?)[ \t]{1,2}near[ \t]{1,2}$/i;
const DISTANCE_AND_DIRECTION_OF = /\b\d{1,3}(?:\.\d)?[ \t]{0,2}(?:mi|miles?|km)[ \t]{1,2}(?:north|south|east|west|northeast|northwest|southeast|southwest|NE|NW|SE|SW|[NSEW])[ \t]{1,2}of[ \t]{1,2}$/i;

/** Up to three capitalised words naming no kind of place, then the clause's end (or, after a distance, when it happened). */
function unlistedTownSize(text: string, words: PlaceWord[], i: number, upperOf: (w: PlaceWord) => string, measuredFrom: boolean): number {
  for (let size = Math.min(3, words.length - i); size >= 1; size--) {
    if (size > 1 && !adjacent(text, words, i, size)) continue;
    const parts = townName(text, words, i, size, upperOf).split(' ');
    // After a distance ("3 MI SOUTH OF WHITE DEER", "2 MI NORTH OF WHAT CHEER") any words but a kind of place or "the" name it.
    const ordinary = (part: string) => NAMELESS_WORDS.has(part) || (wordInfo(part).clinicalWord && !isListedTown(part) && (wordInfo(part).commonRank ?? 99999) < 5000);
    if (/^(?:THE|A|AN|HIS|HER|THEIR|OUR|MY|THIS|THAT)$/.test(parts[0]) || parts.some((part) => /^(?:AT|ABOUT|APPROX|ON|WHEN|AND|WHERE|WITH|IN|OF|TO|FROM|BY|FOR)$/.test(part) || CLINICAL_ABBREVIATIONS.has(part) || CARE_SETTINGS.has(part) || DWELLINGS.has(part) || MONTH_OR_WEEKDAY.test(part) || (!measuredFrom && ordinary(part)))) continue;
    const after = text.slice(words[i + size - 1].end, words[i + size - 1].end + 12);
    const beforeItsState = new RegExp(String.raw`^,?[ \t]{1,2}(?:${US_STATE_CODE})\b`).test(after);
    if (beforeItsState || (measuredFrom && (/^(?:[ \t]*(?:[.,;|)]|$|[\r\n]))/.test(after) || SENTENCE_GOES_ON_AFTER_A_TOWN.test(after)))) return size;
  }
  return 0;
}

/** After a town a direction-of or outside phrase names, the sentence may go on with when or where it happened. */
const SENTENCE_GOES_ON_AFTER_A_TOWN = /^[ \t]{1,2}(?:AT|ABOUT|APPROX|ON|WHEN|AND|WHERE|WITH|IN|at|about|approx|on|when|and|where|with|in)\b/;
const GRADE_AFTER = /^[ \t]{1,2}(?:[IVX]{1,4}|\d{1,2}(?:\/\d)?)\b/;

/** After a place phrase, a listed town of up to three words, ending its clause in capitals ("FROM PRICE, UPDATED"). */
function townNamedAfterCue(text: string, words: PlaceWord[], i: number, upperOf: (w: PlaceWord) => string, capsText: boolean, strongCue: boolean, onAMap = false): number {
  for (let size = Math.min(3, words.length - i); size >= 1; size--) {
    if (size > 1 && !adjacent(text, words, i, size)) continue;
    const name = townName(text, words, i, size, upperOf);
    if (!isListedTown(name) && !((size === 1 || startsWorldCityNameAt(text, words[i].start, words[i].end)) && isWorldCity(name))) continue;
    const parts = name.split(' ');
    // "IN PEARL CITY" is a town, "IN CITY" or "FROM HOME" is not.
    if (NAMELESS_WORDS.has(parts[0]) || CARE_SETTINGS.has(parts[0]) || DWELLINGS.has(parts[0])) continue;
    if (parts.some((part) => CLINICAL_ABBREVIATIONS.has(part) || RELATION_CUES.has(part) || MONTH_OR_WEEKDAY.test(part))) continue;
    // "ORDERED FROM STOCK": a town named by one ordinary word only after a phrase about where someone lives or goes; a
    // listed town of two or three words ("HIS MOTHER IN SILVER SPRING") is the town after any place phrase.
    if (!strongCue && size === 1 && parts.every((part) => isKnownWord(part))) continue;
    const raw = text.slice(words[i].start, words[i + size - 1].end);
    if (!capsText && !raw.split(/[ \t]+/).every((part) => /^\p{Lu}\p{Ll}/u.test(part))) continue;
    const after = text.slice(words[i + size - 1].end, words[i + size - 1].end + 8);
    if (capsText && size === 1 && !/^(?:[ \t]*(?:[.,;|)]|$|[\r\n]))/.test(after) && !(onAMap && SENTENCE_GOES_ON_AFTER_A_TOWN.test(after))) continue;
    return size;
  }
  return 0;
}

/** The words from `words[i]` joined by single spaces, upper case: the key the town list is looked up by. */
function townName(text: string, words: PlaceWord[], i: number, size: number, upperOf: (w: PlaceWord) => string): string {
  let name = upperOf(words[i]);
  for (let k = i + 1; k < i + size; k++) name += ' ' + upperOf(words[k]);
  return name;
}

/** Before "IN" or "NEAR", what someone did ("INJURED", "HIKING", "WORKS"), after which a dictionary word is no town. */
const DEED_BEFORE_PREPOSITION = /\b(?:[A-Z]{3,}(?:ED|ING)|WORKS|WORKED|LIVES|STAYS|PLAYS|GOES|WENT|FELL|HURT)[ \t]{1,2}(?:IN|NEAR|FROM)[ \t]{1,2}$/;
const PARTS_OF_A_BUILDING = new Set(['ANNEX', 'LOBBY', 'HALLWAY', 'HALL', 'ATRIUM', 'BASEMENT', 'CAFETERIA', 'CHAPEL', 'GARAGE', 'TOWER', 'WING', 'PAVILION']);

function oneWordTownInCapitals(upper: string, before: string): boolean {
  if (upper.length < 5 || wordInfo(upper).clinicalWord || PEOPLES_AND_LANGUAGES.has(upper) || TIMES_OF_DAY.has(upper) || PARTS_OF_A_BUILDING.has(upper)) return false;
  if (!isKnownWord(upper) || isProperNoun(upper)) return true;
  return !/S$/.test(upper) && !DEED_BEFORE_PREPOSITION.test(before);
}

const TIMES_OF_DAY = new Set(['SUNSET', 'SUNRISE', 'SUNUP', 'SUNDOWN', 'DAWN', 'DUSK', 'NOON', 'MIDNIGHT', 'MIDDAY', 'TWILIGHT', 'BEDTIME', 'NIGHTFALL']);

/** Dwellings and vehicles people live in, which no clinical prose list need know: "LIVES IN TRAILER". */
const DWELLINGS = new Set(['TRAILER', 'CAMPER', 'MOTEL', 'HOTEL', 'SHELTER', 'TENT', 'VAN', 'RV', 'BARN', 'CABIN', 'DORM', 'DORMITORY', 'BASEMENT', 'GARAGE', 'CONDO', 'DUPLEX', 'HOUSEBOAT']);

function capsTownEnd(text: string, words: PlaceWord[], i: number, upperOf: (w: PlaceWord) => string): number {
  let end = i;
  while (end < words.length && end - i < 2 && (end === i || adjacent(text, words, end - 1, 2)) && capsTownWord(upperOf(words[end]))) end++;
  if (end === i) return i;
  const after = text.slice(words[end - 1].end, words[end - 1].end + 3);
  return /^(?:[ \t]*(?:[.,;|)]|$|[\r\n]))/.test(after) ? end : i;
}

function capsTownWord(upper: string): boolean {
  if (upper.length < 4 || NEVER_NAMES.has(upper) || CARE_SETTINGS.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || DWELLINGS.has(upper) || !/^[A-Z][A-Z'’-]+$/.test(upper) || MEDICAL_ENDING.test(upper)) return false;
  const info = wordInfo(upper);
  // A short word no list knows is as likely an acronym ("FROM LTAC") as a town.
  return info.tier !== 'word' && !info.clinicalWord && info.commonRank === undefined && (info.tier !== 'unknown' || upper.length >= 6 || isProperNoun(upper));
}

/** One title-case word: hyphenated products ("Steri-Strips", "Surgi-Bra") and acronym compounds are no places. */
/** Where people live that is no town: "lives in Assisted Living", "moved to Rehab". */
const CARE_SETTINGS = new Set(['ASSISTED', 'REHAB', 'REHABILITATION', 'HOSPICE', 'SKILLED', 'NURSING', 'MEMORY', 'GROUP', 'SECTION', 'SENIOR', 'INDEPENDENT', 'FOSTER', 'SHELTER', 'JAIL', 'PRISON', 'SUBACUTE', 'RESPITE', 'SUPPORTIVE', 'TRANSITIONAL', 'PUBLIC', 'HOUSING', 'LONG-TERM', 'ACUTE', 'CARE', 'TOWN', 'CITY', 'STATE', 'COUNTY', 'NORTH', 'SOUTH', 'EAST', 'WEST', 'DOWNTOWN']);
const RESIDENCE_CUE = /\b(?:lives|lived|living|resides|resided|residing|moved|relocated|born|grew up|originally|(?:fl(?:ew|y|ying|ies)|dr(?:ove|ive|iving|ives)|travel(?:l?ed|l?ing|s)?|return(?:ed|ing|s)?|arriv(?:ed|ing|es)|c(?:ame|oming)|visiting|staying|stayed|camping|vacationing|deployed|stationed|heading|headed|going|went))(?:\s{1,3}(?:here|there|back|alone|independently|in|up|down|home|out))?\s{1,3}(?:from|to|in|at|near|via)\s{1,3}$/i;
const TITLE_CASE_WORDS = /^\p{Lu}\p{Ll}{2,}$/u;
/** "soaked in Betadine", "seen in Neuro": after these the word is a product, a dressing or a service. */
const HANDLING_VERB_BEFORE = /\b(?:soaked|placed|dressed|dissolved|diluted|mixed|wrapped|prepped|prepared|draped|seen|followed|evaluated|treated|started|maintained|kept|positioned|rinsed|irrigated|bathed|suspended|stored|painted|cleaned|covered|injected|infused)[ \t]{1,2}(?:in|at|from)[ \t]{1,2}$/i;
const PLACE_ONLY_PREPOSITIONS = new Set(['in', 'at', 'from', 'In', 'At', 'From']);

function unknownPlaceWord(text: string, w: PlaceWord, upper: string): boolean {
  const raw = text.slice(w.start, w.end);
  if (CLINICAL_ABBREVIATIONS.has(upper) || NEVER_NAMES.has(upper) || isKnownWord(upper)) return false;
  // Clinical acronyms in capitals are short ("STEMI", "PERRLA"); town names written in capitals are longer or accented.
  if (raw === upper) return /^\p{L}+$/u.test(upper) && (upper.length >= 7 || /[^\x00-\x7F]/.test(upper));
  // Title-case words only: "Morrison's space" is an eponym, "HTLV-positive" a finding.
  return TITLE_CASE_WORDS.test(raw) && wordInfo(upper).tier === 'unknown' && raw.length >= 3;
}

/** In a note typed without capitals, country and state names that are no English word: "moved here from tunisia". */
function findCaselessPlaces(text: string, found: Candidate[]): void {
  for (const m of matchesOf(LOWER_CASE_WORD, text)) {
    const key = m[0].toUpperCase();
    const subtype = PLACE_NAMES.get(key);
    if (!subtype || subtype === 'CITY' || isKnownWord(key)) continue;
    found.push(candidate(m.index, m.index + m[0].length, 'LOCATION', subtype, 0.8, subtype === 'COUNTRY' ? 'country name' : 'US state name'));
  }
}

const LOWER_CASE_WORD = /(?<![\p{L}'’-])\p{Ll}{4,20}(?![\p{L}'’-])/gu;
/** "Arusha, Tanzania", "Kottayam, Kerala", "DURRËS, ALBANIA": a town before the country or province after a comma. */
const TOWN_BEFORE_COMMA = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]{2,25}(?:[ \t](?:(?:de|del|la|las|los|di|da|do|dos|du|le|sur|upon|on|en|y|e|am|an|der|im|DE|DEL|LA|LAS|LOS|DI|DA|DO|DOS|DU|LE|SUR|EN|Y|E|AM|AN|DER|IM)[ \t])?\p{Lu}[\p{L}'’-]{2,25}){0,3}),[ \t]{1,2}$/u;

function findTownBeforeCountryOrRegion(text: string, found: Candidate[]): void {
  const places = found.filter((c) => c.subtype === 'COUNTRY' || (c.subtype === 'STATE' && c.end - c.start > 2));
  for (const place of places) {
    const m = TOWN_BEFORE_COMMA.exec(text.slice(Math.max(0, place.start - 56), place.start));
    if (!m) continue;
    // "Then Arusha, Tanzania": words of the sentence before the town are not part of it.
    const parts = [...m[1].matchAll(/[^ \t]+/g)];
    const ordinary = (w: string) => NAMELESS_WORDS.has(w) || (isKnownWord(w) && !isProperNoun(w) && wordInfo(w).tier !== 'name');
    let first = 0;
    while (first < parts.length - 1 && ordinary(parts[first][0].toUpperCase())) first++;
    const words = parts.slice(first).map((p) => p[0].toUpperCase()).filter((w) => !TOWN_PARTICLES.has(w));
    if (words.length === 0 || words.some((w) => NAMELESS_WORDS.has(w) || COUNTRIES.has(w) || REGIONS.has(w))) continue;
    // "TRAVELED TO LIMA, PERU": before a country a listed town is the town, though its word is also shorthand or prose.
    const listedBeforeCountry = place.subtype === 'COUNTRY' && isListedTown(words.join(' '));
    // "HTN, India", "FEVER, NIGERIA", "LIVES ALONE, Mexico": clinical words and prose before the comma are no town.
    if (!listedBeforeCountry && (words.some((w) => CLINICAL_ABBREVIATIONS.has(w)) || words.every(ordinary))) continue;
    const start = place.start - m[0].length + parts[first].index;
    found.push(candidate(start, place.start - m[0].length + m[1].length, 'LOCATION', 'CITY', 0.8, 'town before its country or province'));
  }
}

/**
 * Postcodes of the UK ("BB11 2QT", "G31 2LH") and Canada ("H2J 2L4"), and Australian state codes with theirs ("VIC
 * 3068"), each after the town they follow on an address line; Indian PIN codes after "- " ("Kerala - 686016").
 */
const UK_POSTCODE = /\b([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ ]\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/g;
/** Irish Eircode: a routing key and a four-character identifier holding a digit ("F26 X8K2", "D02 AF30"). */
const EIRCODE = /\b((?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ](?=[AC-FHKNPRTV-Y]{0,3}\d)[AC-FHKNPRTV-Y\d]{4})(?![A-Za-z0-9])/g;
const CANADIAN_POSTCODE = /\b([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]\d[ABCEGHJ-NPRSTV-Z]\d)(?![A-Za-z0-9])/g;
const AUSTRALIAN_STATE_POSTCODE = /(?<=[A-Za-z][ \t]{1,2}|,[ \t]{0,2})(VIC|NSW|QLD|TAS|ACT|NT|SA|WA)[ \t]{1,2}(\d{4})(?![\w-])/g;
const INDIAN_PIN = /(?<=(?:^|[^\p{L}\d-])\p{L}{3,}[ \t]{0,2}[-–][ \t]{0,2})([1-8]\d{5})(?![\w-])/gu;
const TOWN_BEFORE_POSTCODE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]{2,25}(?:[ \t]\p{Lu}[\p{L}'’-]{2,25})?)(?:[ \t]{0,2}\([A-Z]{2}\))?,?[ \t]{1,2}$/u;
const NOT_A_TOWN_WORD = /^(?:ROAD|RD|STREET|ST|AVENUE|AVE|LANE|TERRACE|DRIVE|CLOSE|CRESCENT|WAY|PLACE|SQUARE|HOUSE|FLAT|APARTMENT|UNIT|SUITE|PO|BOX)$/;

const BLANK_BUT_NO_LINE_END = /[^\S\n\r]/;

function findPostcodes(text: string, found: Candidate[]): void {
  const townBefore = (at: number): boolean => {
    const m = TOWN_BEFORE_POSTCODE.exec(text.slice(Math.max(0, at - 56), at));
    if (!m) {
      // "Treorchy\nCF42 6NL": the town alone on the line above.
      // Back over blanks only: the postcode must open its line, and many postcodes on one long line stay linear.
      let lineStart = at;
      while (lineStart > 0 && BLANK_BUT_NO_LINE_END.test(text[lineStart - 1])) lineStart--;
      if (lineStart < 2 || !/[\n\r]/.test(text[lineStart - 1])) return false;
      const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      const above = text.slice(aboveStart, lineStart - 1).replace(/\r$/, '');
      const town = TOWN_LINE.exec(above);
      if (!town || town[1].split(/[ \t]+/).some((w) => isKnownWord(w.toUpperCase()) && !isProperNoun(w.toUpperCase()))) return false;
      const start = aboveStart + above.indexOf(town[1]);
      found.push(candidate(start, start + town[1].length, 'LOCATION', 'CITY', 0.75, 'town on the line above its postcode'));
      return true;
    }
    const words = m[1].split(/[ \t]/).map((w) => w.toUpperCase());
    if (words.some((w) => NOT_A_TOWN_WORD.test(w) || CLINICAL_ABBREVIATIONS.has(w) || NAMELESS_WORDS.has(w))) return false;
    const start = at - m[0].length;
    found.push(candidate(start, start + m[1].length, 'LOCATION', 'CITY', 0.8, 'town before its postcode'));
    return true;
  };
  const hasCapitalDigit = /[A-Z]\d/.test(text);
  for (const pattern of hasCapitalDigit ? [UK_POSTCODE, CANADIAN_POSTCODE, EIRCODE] : []) {
    for (const m of matchesOf(pattern, text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      // On an address line: after a town, a comma, a province in brackets or alone at the line start.
      if (!/(?:\p{L}[,)]?[ \t]{1,2}|(?:^|[\r\n])[ \t]*)$/u.test(before)) continue;
      // "L4 5SL", "C5 6RR": spinal levels are written so too; a vertebra before a level word is no postcode.
      // A listed town before it vouches in capitals too ("ROTHERHAM S65 2QT").
      if (/^[CTLS]\d{1,2} /.test(m[1]) && !/\p{Lu}\p{Ll}+,?[ \t]{1,2}$/u.test(before) && !isListedTown(/(\p{Lu}{3,}),?[ \t]{1,2}$/u.exec(before)?.[1] ?? '')) continue;
      // "GIVE B12 1ST DOSE": an ordinal is no inward code.
      if (/ \d(?:ST|ND|RD|TH)$/.test(m[1])) continue;
      found.push(candidate(m.index, m.index + m[1].length, 'LOCATION', 'ZIP', 0.9, 'postcode after a town'));
      townBefore(m.index);
    }
  }
  for (const m of /\b(?:VIC|NSW|QLD|TAS|ACT|NT|SA|WA) \d{4}\b/.test(text) ? matchesOf(AUSTRALIAN_STATE_POSTCODE, text) : []) {
    // "HEPARIN GTT, ACT 1200 SEC": the code must follow its town ("Toongabbie NSW 2146"), never a unit.
    if (!townBefore(m.index) || /^[ \t]{0,2}(?:sec|secs|seconds|s|mg|ml|units?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    found.push(candidate(m.index, m.index + m[1].length, 'LOCATION', 'STATE', 0.85, 'Australian state before its postcode'));
    const zipStart = m.index + m[0].length - m[2].length;
    found.push(candidate(zipStart, zipStart + m[2].length, 'LOCATION', 'ZIP', 0.9, 'postcode after a town'));
  }
  for (const m of text.includes('-') || text.includes('–') ? matchesOf(INDIAN_PIN, text) : []) {
    // "Platelets - 250000": after a word of the chart the number is a value.
    const wordBefore = /(\p{L}+)[ \t]{0,2}[-–][ \t]{0,2}$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1].toUpperCase() ?? '';
    if (isKnownWord(wordBefore) && !isProperNoun(wordBefore) && !REGIONS.has(wordBefore) && !CITIES.has(wordBefore)) continue;
    // "CADD-SOLIS #SOL-201937": a number after a number sign is a serial, not a PIN code.
    if (/#[ \t]{0,2}\p{L}{1,10}[-–]$/u.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    found.push(candidate(m.index, m.index + m[1].length, 'LOCATION', 'ZIP', 0.9, 'PIN code after a town or state'));
  }
}

/**
 * "CASHIER AT VALLEY FRESH MARKET", "ROOFER W/ STEEL CITY ROOFING", "package handler at UPS", "OWNED YOUNG'S CLEANERS",
 * "ATTENDS BLOOMINGDALE HIGH": after a job (or owning, attending, studying), the firm or school the person belongs to.
 */
const WORKPLACE_NAME = String.raw`((?:\p{Lu}[\p{L}'’&.-]{0,30}(?!\d)|&)(?:[ \t](?:\p{Lu}[\p{L}'’&.-]{0,30}(?!\d)|&|of|OF)){0,5})`;
/** Heads of job titles that no single-word list holds ("PRESS OPERATOR", "package handler", "shift lead"). */
const JOB_HEAD = /^(?:OPERATOR|HANDLER|WORKER|CLERK|ASSISTANT|TECHNICIAN|MANAGER|SUPERVISOR|ENGINEER|AGENT|ANALYST|ASSOCIATE|EMPLOYEE|REP|REPRESENTATIVE|TELLER|LEAD|FOREMAN|LABORER|LABOURER|MECHANIC|VOLUNTEER|INTERN|APPRENTICE|DIRECTOR|COORDINATOR|SPECIALIST|CONSULTANT|OFFICER|OWNER|STUDENT|TEACHER|PROFESSOR|INSTRUCTOR)S?$/;
const WORKPLACE_AFTER_JOB = new RegExp(String.raw`\b(?:([A-Za-z]{2,20})[ \t]{1,2}(?:at|with|for|w\/|AT|WITH|FOR|W\/)|(owned|owns|owning|attends|attending|OWNED|OWNS|OWNING|ATTENDS|ATTENDING))[ \t]{1,2}${WORKPLACE_NAME}`, 'gu');
const WORKPLACE_CUE_WORDS = [' at ', ' with ', ' for ', ' w/', 'owned', 'owns', 'owning', 'attends', 'studying'];
/** WORKPLACE_AFTER_JOB tried only where a preposition or an owning verb stands: it would otherwise start at every word. */
const WORKPLACE_PIVOT = /[ \t](?:at|with|for|w\/|AT|WITH|FOR|W\/)[ \t]{1,2}\p{Lu}|\b(?:owned|owns|owning|attends|attending|OWNED|OWNS|OWNING|ATTENDS|ATTENDING)[ \t]/gu;
const WORKPLACE_AFTER_JOB_AT = new RegExp(WORKPLACE_AFTER_JOB.source, 'yu');

function* workplacesAfterJobs(text: string): Generator<RegExpExecArray> {
  let doneUntil = 0;
  for (const pivot of matchesOf(WORKPLACE_PIVOT, text)) {
    if (pivot.index < doneUntil) continue;
    // The job word is right before the preposition; an owning verb starts the match itself.
    let from = pivot.index;
    if (/^[ \t]/.test(pivot[0])) {
      while (from > 0 && /[A-Za-z]/.test(text[from - 1]) && pivot.index - from < 20) from--;
    }
    WORKPLACE_AFTER_JOB_AT.lastIndex = from;
    const m = WORKPLACE_AFTER_JOB_AT.exec(text);
    if (!m) continue;
    doneUntil = m.index + m[0].length;
    yield m;
  }
}

/** The last word of an eponymous illness, which no employer or workplace is named: "Alzheimer's disease", "Hodgkin lymphoma". */
const ILLNESS_HEAD = /^(?:DISEASE|SYNDROME|DEMENTIA|DISORDER|PALSY|SARCOMA|LYMPHOMA|CANCER|TUMOU?R|INFECTION|ANEMIA|ANAEMIA)$/;

/** Where a workplace's name ends: a function word, a count, a duration. */
const WORKPLACE_STOP = /^(?:ON|IN|AND|FOR|SINCE|FROM|UNTIL|WHERE|WHO|THERE|AS|BUT|WITH|NOW|TO|AT|BY|THE|A|AN|X\d+|\d.*|YRS?|YEARS?|DAYS?|NIGHTS?|SHIFTS?|IS|WAS|HAS|HAD|WILL|MAY|PT|PATIENT|WIFE|HUSBAND|SON|DAUGHTER|DTR|PER|VIA)$/;
const GENERIC_WORKPLACE_HEAD = /^(?:STORE|SHOP|SCHOOL|COLLEGE|FACTORY|PLANT|RESTAURANT|WAREHOUSE|OFFICE|BANK|HOSPITAL|CLINIC|FARM|MILL|MINE|SITE|CENTER|CENTRE|COMPANY|FIRM|CHURCH|STATION|MARKET|DEALERSHIP)$/;
const GENERIC_WORKPLACE_MODIFIER = /^(?:LOCAL|NEARBY|SAME|ANOTHER|GROCERY|CONVENIENCE|RETAIL|FAST|FOOD|COFFEE|AUTO|CAR|BODY|NAIL|HAIR|HIGH|ELEMENTARY|MIDDLE|PUBLIC|PRIVATE|COMMUNITY|DEPARTMENT|HARDWARE|GAS|TRUCK|STOP|CONSTRUCTION|CALL|DAY|CARE|DISTRIBUTION|PACKING|PROCESSING|MEAT|POULTRY|DAIRY|CHICKEN|STEEL|PAPER|TEXTILE|LAW|DENTAL|MEDICAL|VETERINARY|INSURANCE|REAL|ESTATE|NURSING|TRADE|TECHNICAL|JUNIOR|STATE|FEDERAL|COUNTY|CITY|BIG|SMALL|NEW|OLD)$/;
/** Places no firm is named after on its own: "NURSE AT BEDSIDE", "TECH AT NIGHT". */
const NOT_A_WORKPLACE = /^(?:BEDSIDE|BS|HOME|WORK|SCHOOL|NIGHT|NIGHTS|DAY|DAYS|CHURCH|HOSPITAL|CLINIC|OFFICE|THE|THIS|THAT|TIME|TIMES|PRESENT|RISK|BAY|BEST|LEAST|LAST|FIRST|ALL|ONCE|LENGTH|REST|TABLE|DESK|STATION)$/;

function workplaceName(words: string, capsText: boolean, afterAt: boolean): string | undefined {
  const parts = words.split(/[ \t]/);
  // "LINE COOK AT THE ROOKERY BISTRO": a job's place with its article (see workplaceAfterTheArticle).
  if (afterAt && /^(?:THE|The)$/.test(parts[0]) && parts.length > 1) {
    const name = workplaceAfterTheArticle(parts.slice(1), !capsText && parts[0] === 'The');
    return name ? `${parts[0]} ${name}` : undefined;
  }
  const { kept, uppers } = workplaceWords(parts);
  if (kept.length === 0) return undefined;
  // "FOR R FACIAL DROOP", "WITH ISCHEMIC CARDIOMYOPATHY": what a person has or is treated for is no workplace.
  if (uppers.some(namesNoWorkplace) || /^[A-Z]$/.test(uppers[0])) return undefined;
  // After "with" or "for", dictionary words only are what the person has or does ("WITH ISCHEMIC CARDIOMYOPATHY"), unless
  // the name is a firm's by its shape ("FOR BIG ISLAND POWER & LIGHT", "W/ SUNRISE BREAD CO").
  const firmShaped = kept.includes('&') || /^(?:CO|INC|LLC|CORP|COMPANY|GROUP|SERVICES|ROOFING|TRANSIT|ENERGY|FARMS?|TRUCKING|PRINTING|CONSTRUCTION|ELECTRIC|PLUMBING|FOODS?|MARKETS?|INDUSTRIES|MANUFACTURING|LOGISTICS|TRANSPORT|SCHOOL|COLLEGE|UNIVERSITY|ACADEMY|HIGH)$/.test(uppers[uppers.length - 1]) ||
    // A trade's head names a firm after two words at least ("FOR COMFORT AIR MECHANICAL"); after one it is the trade
    // ("WELDER FOR PIPE WELDING", "NURSE FOR AGENCY STAFFING").
    (uppers.length >= 3 && /^(?:MECHANICAL|PAINTING|PAVING|FABRICATION|HEATING|LANDSCAPING|EXCAVATING|MASONRY|WELDING|CONTRACTING|CONTRACTORS|BUILDERS|CLEANERS|STAFFING|MOVERS|LUMBER|BAKERY|CATERING|DISTRIBUTION)$/.test(uppers[uppers.length - 1]));
  if (!afterAt && !firmShaped && uppers.every((w) => isKnownWord(w) && !isProperNoun(w))) return undefined;
  // One ordinary word names no firm ("AT BEDSIDE", "AT MERCY"); one no dictionary knows may ("AT UPS", "AT RICE" does not).
  // In mixed case a short acronym is a firm's ("at UPS", "at CVS").
  const acronym = !capsText && /^[A-Z]{2,4}$/.test(kept[0].replace(/[.,]+$/, ''));
  // "CASHIER AT GROCERY STORE", "TEACHER AT LOCAL HIGH SCHOOL": a kind of place, not its name.
  if (uppers.length >= 2 && GENERIC_WORKPLACE_HEAD.test(uppers[uppers.length - 1]) && uppers.slice(0, -1).every((w) => GENERIC_WORKPLACE_MODIFIER.test(w))) return undefined;
  // "MINER WITH ALZHEIMER'S DISEASE": an eponymous illness is what the person has.
  if (ILLNESS_HEAD.test(uppers[uppers.length - 1])) return undefined;
  // "CARPENTER WITH IDDM": one word after "with" or "for" is what the person has; a firm of one word is worked at.
  if (uppers.length === 1 && !afterAt) return undefined;
  if (uppers.length === 1 && !acronym && (NOT_A_WORKPLACE.test(uppers[0]) || isKnownWord(uppers[0]) || wordInfo(uppers[0]).tier !== 'unknown' || uppers[0].length < 3)) return undefined;
  return kept.join(' ').replace(/[.,]+$/, '');
}

/**
 * The words of a workplace's name at the start of `parts`: up to a function word, a count ("X 10 YRS") or the end of a
 * sentence ("AT LAKESHORE FOUNDRY. SIBLINGS ..."; an abbreviation's stop is no end: "BIG ISLAND CO."), without a
 * trailing "&" or "of". `uppers` are the words in capitals without a possessive, the stops, "&" and "of".
 */
function workplaceWords(parts: readonly string[]): { kept: string[]; uppers: string[] } {
  let end = 0;
  while (end < parts.length && !WORKPLACE_STOP.test(parts[end].toUpperCase()) && !/^[Xx]$/.test(parts[end])) {
    end++;
    if (/[^.]\.$/.test(parts[end - 1]) && !/^(?:CO|INC|LTD|CORP|BROS|ST|MT|[A-Z])\.$/i.test(parts[end - 1].split('.').slice(-2)[0] + '.')) break;
  }
  while (end > 0 && /^(?:&|of|OF)$/.test(parts[end - 1])) end--;
  const kept = parts.slice(0, end);
  return { kept, uppers: kept.map((w) => w.replace(/['’]S$|[.,]+$/i, '').toUpperCase()).filter((w) => w !== '&' && w !== 'OF') };
}

/** A word no workplace is named by: shorthand, a credential, a relative, a word of no name. */
function namesNoWorkplace(upper: string): boolean {
  return NAMELESS_WORDS.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || CREDENTIALS.has(upper) || RELATION_CUES.has(upper);
}

/**
 * The words after "AT THE" where they name a workplace: a word no dictionary knows, or a venue's head after a word of
 * its own ("THE ROOKERY BISTRO", "THE TIDEWATER GRILLE"); in mixed case a capitalised article and words ("at The
 * Livery"). Ordinary words say what kind of place it is ("AT THE AIRPORT", "AT THE FRONT DESK").
 */
function workplaceAfterTheArticle(parts: readonly string[], capitalisedArticle: boolean): string | undefined {
  const { kept, uppers } = workplaceWords(parts);
  if (uppers.length === 0 || uppers.some((w) => namesNoWorkplace(w) || NOT_A_WORKPLACE.test(w) || GENERIC_WORKPLACE_HEAD.test(w) || wordInfo(w).clinicalWord)) return undefined;
  if (ILLNESS_HEAD.test(uppers[uppers.length - 1]) || uppers.every((w) => GENERIC_WORKPLACE_MODIFIER.test(w) || w.length < 3)) return undefined;
  const unknownWord = uppers.some((w) => !isKnownWord(w) && wordInfo(w).tier === 'unknown');
  const venue = uppers.length >= 2 && VENUE_HEAD.test(uppers[uppers.length - 1]);
  const capitalisedInProse = capitalisedArticle && kept.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
  return unknownWord || venue || capitalisedInProse ? kept.join(' ').replace(/[.,]+$/, '') : undefined;
}
/** Last words of the names of eating and drinking places, which are named in ordinary words. */
const VENUE_HEAD = /^(?:BISTRO|GRILL|GRILLE|TAVERN|PUB|SALOON|CANTINA|TAQUERIA|PIZZERIA|TRATTORIA|BRASSERIE|DINER|CAFE|CAFÉ|BAKERY|BREWERY|BREWPUB|ROADHOUSE|STEAKHOUSE|SMOKEHOUSE|CHOPHOUSE|LOUNGE|INN|KITCHEN|EATERY|BAR)$/;

/** "VENKATESWARA HOSPITAL, GUNTUR", "Walk-In & Family Clinic, Thunder Bay, ON": a letterhead's town after the facility. */
const TOWN_AFTER_FACILITY =
  /^(?:,[ \t]{1,2}(\p{Lu}[\p{L}'’-]{2,25}(?:[ \t]\p{Lu}[\p{L}'’-]{2,25}){0,2})(?=[ \t]*(?:$|[\r\n]|,[ \t]{0,2}(?:[A-Z]{2}\b|\p{Lu}[\p{L} ]{2,30}[ \t]*(?:$|[\r\n])|\(?\d{3}\b)|[-–][ \t]))|[ \t]{1,2}(?:in|IN)[ \t]{1,2}(\p{Lu}[\p{L}'’-]{2,25}(?:[ \t]\p{Lu}[\p{L}'’-]{2,25}){0,2})(?=[ \t]*(?:$|[\r\n]|[.;),]|[-–][ \t])))/du;

/**
 * "084-22-19⏎MRH⏎66213947⏎3/14/2003 12:00:00 AM", "014657498 | BMH | 0923487 | | 3/14/2003 12:00:00 AM": the hospital's
 * code between the record numbers that head a transcribed record, on a line or in a field of its own.
 */
const HOSPITAL_CODE_IN_RECORD_HEADER = /(?:^|[\r\n])[ \t]*[\d-]{5,}[ \t]*(?:\r?\n|\|)[ \t]*([A-Z]{2,6})[ \t]*(?=\r?\n[ \t]*[\d-]{5,}|\|[ \t]*[\d-]{5,})/y;

function findHospitalCodesInRecordHeaders(text: string, found: Candidate[]): void {
  // Only a record's head: its first lines.
  const head = text.slice(0, 240);
  for (let at = 0; at >= 0 && at < head.length; at = head.indexOf('\n', at + 1)) {
    HOSPITAL_CODE_IN_RECORD_HEADER.lastIndex = at;
    const m = HOSPITAL_CODE_IN_RECORD_HEADER.exec(head);
    if (!m || CLINICAL_ABBREVIATIONS.has(m[1])) continue;
    const start = m.index + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length);
    found.push(candidate(start, start + m[1].length, 'LOCATION', 'HOSPITAL', 0.8, "hospital code between a record's header numbers"));
  }
}

/** Services written short that the generic ward words lack: with them, "CANCER INSTITUTE, RAD ONC" names a service. */
const SERVICE_SHORTHAND = new Set('RAD URO DERM CARDS CARDIO GYN SURG PULM NEPHRO IMAGING'.split(' '));

function findTownAfterFacility(text: string, found: Candidate[]): void {
  for (const facility of found.filter((c) => c.subtype === 'HOSPITAL' || c.subtype === 'ORGANIZATION')) {
    const m = TOWN_AFTER_FACILITY.exec(text.slice(facility.end, facility.end + 64));
    if (!m) continue;
    const afterIn = m[2] !== undefined;
    const town = m[1] ?? m[2];
    const words = town.split(/[ \t]+/).map((w) => w.toUpperCase());
    if (words.some((w) => NAMELESS_WORDS.has(w) || CLINICAL_ABBREVIATIONS.has(w) || CREDENTIALS.has(w) || MONTH_OR_WEEKDAY.test(w)) || /(?:OLOGY|IATRY|IATRICS|ICINE|URGERY|ICS|MENT)$/.test(words[0])) continue;
    if (words.every((w) => GENERIC_WARD_WORDS.has(w) || SERVICE_SHORTHAND.has(w))) continue;
    if (words.every((w) => isKnownWord(w) && !isProperNoun(w) && wordInfo(w).tier !== 'name') && !CITIES.has(words.join(' '))) continue;
    // "Holy Family Parish in Duxbury", "LAWN CARE IN STOUGHTON": after "in" the place is the firm's town even when a
    // name list holds the word; after a comma a name may be a person.
    if (!afterIn) {
      // "Mercy Hospital, Patel": a surname alone after a facility is a person.
      if (words.length === 1 && wordInfo(words[0]).tier === 'name' && !CITIES.has(words[0])) continue;
      // "Sun Country Tire, Bill Yazzie": a first name and a surname after a firm are its manager, not its town.
      if (words.length >= 2 && wordInfo(words[0]).firstName && !CITIES.has(words.join(' '))) continue;
    } else if (words.every((w) => wordInfo(w).clinicalWord || wordInfo(w).tier === 'word')) continue;
    const start = facility.end + m.indices![afterIn ? 2 : 1][0];
    found.push(candidate(start, start + town.length, 'LOCATION', 'CITY', 0.8, 'town after a facility on its line'));
  }
}

const US_BEFORE_A_YEAR = /\b(?:(?:arrived|came|moved|immigrated|emigrated|to|ARRIVED|CAME|MOVED|IMMIGRATED|EMIGRATED|TO)(?:[ \t]{1,2}(?:in|IN|to|TO))?[ \t]{1,2}(?:(?:the|THE)[ \t]{1,2})?|(?:in|IN)[ \t]{1,2}(?:the|THE)[ \t]{1,2})(US)[ \t]{1,2}(?:(?:in|IN)[ \t]{1,2})?(?:19|20)\d\d\b/dg;

/** A country alone on its line, with an optional postal code: the last line of a postal address. */
const COUNTRY_LINE = /^[ \t>?]{0,6}[\p{L} .()]{3,40}?(?:[ \t]{1,2}[\dA-Z][\dA-Z -]{2,9})?[ \t]*$/u;
const TOWN_LINE = /^[ \t>?]{0,6}(\p{Lu}[\p{L}'’.-]{1,30}(?:[ \t]{1,2}\p{L}[\p{L}'’.-]{0,30}){0,3})[ \t]*$/u;

/** "ALFRICK\nUnited Kingdom": the line right above a country line is the town. */
function findTownAboveCountry(text: string, found: Candidate[]): void {
  const countries = found.filter((c) => c.subtype === 'COUNTRY');
  for (const country of countries) {
    // Only spaces and quote marks may stand before the country on its line: checked first, over those characters
    // alone, so many countries on one long line stay linear.
    let lineStart = country.start;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && /[\s>?]/.test(text[lineStart - 1])) lineStart--;
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) continue;
    let lineEnd = text.indexOf('\n', country.end);
    if (lineEnd < 0) lineEnd = text.length;
    if (!COUNTRY_LINE.test(text.slice(lineStart, lineEnd)) || text.slice(lineStart, country.start).trim().replace(/^[>?]+/, '').trim() !== '') continue;
    if (lineStart < 2) continue;
    const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const above = text.slice(aboveStart, lineStart - 1).replace(/\r$/, '');
    const town = TOWN_LINE.exec(above);
    if (!town || town[1].split(/[ \t]+/).every((w) => isKnownWord(w.toUpperCase()) && !isProperNoun(w.toUpperCase()))) continue;
    const start = aboveStart + above.indexOf(town[1]);
    found.push(candidate(start, start + town[1].length, 'LOCATION', 'CITY', 0.7, 'town on the line above the country'));
  }
}

/** Words that describe a service rather than name a facility: "Acute Rehab", "The Clinic". */
const DESCRIPTOR = /^(?:(?:The|A|An|To|At|In|From|Of|For|And|With|Prefers|Prefer|Recommend|Recommends|Recommended|Suggest|Consider|Needs|Requires|SNF-level|SNF|LTAC|IRF|Went|Go|Sent|Seen|Admitted|Discharged|Transferred|Acute|Subacute|Sub-acute|Cardiac|Pulmonary|Physical|Occupational|Speech|Inpatient|Outpatient|Urgent|Short-term|Long-term|Psychiatric|Psych|Local|Outside|Home|Area|Nearby|Our|Your|His|Her|Their|This|That|Walk-in|Primary|Specialty|Community|Regional|General|Teaching|Rehab|Rehabilitation|Skilled|Nursing|Memory|Care|Pain|Wound|Diabetes|Anticoagulation|Coumadin|Heart|Cancer|Eye|Dialysis|Surgery|Surgical|Medical|Medicine|Family|Pediatric|Pediatrics|Internal|Emergency|ED|ER|ICU|VA|Retail|Mail|Order|Specialty)\s{1,2})+/i;

const CONNECTORS = new Set(['OF', 'THE', 'AND', '&', 'AT', 'ST', 'ST.', 'MT', 'MT.', 'SAINT', 'MOUNT', 'SQUARE', 'STREET', 'AVENUE', 'ROAD', 'PLACE', 'COURT', 'TERRACE', 'WAY', 'LANE']);

/**
 * A phrase ending in "Hospital" or "Services" names a place only if its other words can be a name:
 * no function words ("has no insurance"), and in capitals at least one word that is not ordinary prose
 * ("HIGH SCHOOL", "BLOOD GROUP" are not places; "HOLY CROSS HOSPITAL" is two words, so it stays).
 */
function namesAPlace(phrase: string, capsText: boolean, strict = true): boolean {
  const all = phrase.split(/[\s,]+/).filter(Boolean).map((w) => w.toUpperCase().replace(/['’]S$/, '').replace(/[.,]+$/, ''));
  const words = all.slice(0, -1).filter((_, k) => !isVisitingNurses(all, k));
  if (words.some((w) => NAMELESS_WORDS.has(w) && !CONNECTORS.has(w) && !FACILITY_PHRASE_WORDS.has(w) && !DENOMINATIONS.has(w))) return false;
  const content = words.filter((w) => !CONNECTORS.has(w));
  if (content.length === 0) return false;
  // "MAPLE SYRUP URINE DISEASE CLINIC", "RIVER BLINDNESS CLINIC": beside a medical word a word of the land names nothing.
  const toponymNames = !content.some((w) => !TOPONYM_WORDS.has(w) && !FACILITY_PHRASE_WORDS.has(w) && (ILLNESS_WORD.test(w) || ((wordInfo(w).commonRank ?? Infinity) < 500 && wordInfo(w).tier === 'unknown')));
  const distinctive = content.some((w) => !isKnownWord(w) || isProperNoun(w) || wordInfo(w).tier === 'name' || DENOMINATIONS.has(w) || (TOPONYM_WORDS.has(w) && toponymNames) || (PLACE_COMPOUND.test(w) && !wordInfo(w).clinicalWord));
  if (distinctive || !capsText) return true;
  // In capitals "CEDAR RIDGE MEDICAL CENTER": before an unmistakable facility head, surnames count as a name.
  if (STRONG_FACILITY_HEAD.test(phrase) && content.some((w) => !FACILITY_PHRASE_WORDS.has(w) && rareWordSurname(w))) return true;
  // "HORIZON HOSPICE", "CRESCENT PHARMACY": one ordinary word before a head that only a facility has.
  if (!strict && content.length === 1) return SINGLE_WORD_FACILITY_HEAD.test(phrase) && !wordInfo(content[0]).clinicalWord;
  if (!strict) return content.length >= 2 && !content.every((w) => wordInfo(w).clinicalWord);
  return content.length >= 2 && !content.some((w) => wordInfo(w).clinicalWord);
}

/**
 * "1618 W. CHERRY ST, GARDEN CITY.", "... RD, PROSPERITY,": after a street address, a listed town of dictionary words is the
 * town, unless it is one word clinical prose uses often ("HOME", "WEST") or a word that names nothing.
 */
function listedTownOfWords(phrase: string): boolean {
  const upper = phrase.toUpperCase();
  if (!isListedTown(upper)) return false;
  const words = upper.split(/[ \t]+/);
  if (words.some((w) => NAMELESS_WORDS.has(w) || CLINICAL_ABBREVIATIONS.has(w))) return false;
  return words.length > 1 || (wordInfo(upper).commonRank ?? Infinity) > EVERYDAY_CLINICAL_RANK;
}

/** Where a firm's name follows: "ARRIVED BY", "RIDES VIA", "WORKS AT", "(", "CARRIER:". */
const PLACE_CUE_BEFORE_FIRM = /(?:\b(?:BY|VIA|AT|FROM|THROUGH|FOR|EMPLOYED|ATTENDS|CALLED|CONTACTED|FAXED)[ \t]{1,2}(?:THE[ \t]{1,2})?|[(:][ \t]{0,2})$/;

/**
 * "ARRIVED BY TWIN FALLS AMBULANCE", "RIDES VIA HOPE AREA SENIOR CENTER VAN", "PLAYS FOR HOPE VALLEY HIGH SCHOOL": in capitals,
 * ordinary words before a company word name the firm where a preposition or a bracket puts a place, when there are two
 * of them or more and none is a kind of care, a role, shorthand or a verb's form ("BY GROUND AMBULANCE", "AT PUBLIC HIGH SCHOOL"
 * name none).
 */
function firmNamedAfterAPlaceCue(text: string, start: number, name: string): boolean {
  if (!PLACE_CUE_BEFORE_FIRM.test(text.slice(Math.max(0, start - 16), start))) return false;
  const head = [...name.matchAll(ORGANIZATION_KEYWORD)].pop();
  // "ART THERAPY GROUP", "SCI SUPPORT GROUP": a group is mostly a kind of meeting; "CO RD 620" is a county road.
  if (!head || /^GROUP$/i.test(head[0])) return false;
  const afterHead = start + head.index! + head[0].length;
  if (/^CO$/i.test(head[0]) && /^[ \t.]{1,2}(?:RD|ROAD|HWY|HIGHWAY)\b/i.test(text.slice(afterHead, afterHead + 10))) return false;
  const words = name.slice(0, head.index).split(/[ \t,&+]+/).filter(Boolean).map((w) => w.toUpperCase().replace(/['’]S$/, ''));
  const content = words.filter((w) => !CONNECTORS.has(w));
  if (content.length < 2) return false;
  // A verb's forms ("PAID WORK SORTING RECYCLING") and what a business sells or does ("FAST FOOD RESTAURANT", "AUTO
  // PARTS STORES") describe one rather than name it.
  return content.every((w) => /^[A-Z][A-Z'’.-]*$/.test(w) && (!/[A-Z]{3}(?:ING|ED)$/.test(w) || NOUNS_IN_ING.has(w)) && !NAMELESS_WORDS.has(w) && !CLINICAL_ABBREVIATIONS.has(w) && !RELATION_CUES.has(w) && !CARE_SETTINGS.has(w) && !GENERIC_WARD_WORDS.has(w) && !CREDENTIALS.has(w) && !KIND_OF_BUSINESS.has(w));
}

/** Words in -ING that name what a firm is, not what someone does: "HIGH COUNTRY NURSING SERVICES". */
const NOUNS_IN_ING = new Set(['NURSING', 'HOUSING', 'HEARING', 'BUILDING', 'ROOFING', 'PLUMBING', 'HEATING', 'STAFFING', 'TRUCKING', 'ENGINEERING', 'LANDSCAPING', 'PRINTING', 'PACKAGING']);

const KIND_OF_BUSINESS = new Set([
  'FAST', 'FOOD', 'AUTO', 'PARTS', 'TRUCK', 'STOP', 'GAS', 'STATION', 'CAR', 'CARS', 'LAB', 'DRAW', 'WEEKLY', 'DAILY', 'MONTHLY', 'GROCERY', 'CONVENIENCE',
  'HARDWARE', 'RETAIL', 'DISCOUNT', 'FURNITURE', 'DOLLAR', 'LIQUOR', 'PAWN', 'TIRE', 'TIRES', 'BODY', 'REPAIR', 'FEED', 'PET', 'LOCAL', 'NEARBY', 'SAME',
]);

const TRANSPORT_SERVICE_HEAD = /[ \t](?:Transit|Rides)$/i;

/**
 * "PRAIRIE STAR TRANSIT", "SUNFLOWER RIDES": before these heads only uncommon words name a ride service. "SB TRANSIT 4H12M" is
 * the small bowel's transit time, "SW INGRID GAVE TRANSIT INFO" has a verb before it, and "MEDI-CAL RIDES" is a benefit.
 */
function namesATransportService(name: string): boolean {
  const words = name.split(/[ \t]+/).slice(0, -1).map((w) => w.toUpperCase());
  // "OROCECAL TRANSIT", "Delayed Oropharyngeal Transit": a body part's adjective says whose transit is meant.
  return words.every((w) => w.length > 2 && !/^(?:MEDI-CAL|MEDICAID|MEDICARE)$/.test(w) && !/(?:AL|IC)$/.test(w) && (wordInfo(w).commonRank ?? Infinity) > 1000);
}

/** Heads only an insurer, a carrier or a service firm has ("GREAT LAKES MUTUAL", "PACIFIC CREST HEALTH PLAN", "BIG SKY MEDEVAC"). */
const STRONG_ORGANIZATION_HEAD = /[ \t](?:HEALTH PLAN|MUTUAL|ASSURANCE|HEALTHSHARE|CREDIT UNION|MEDEVAC|LIFE FLIGHT|CARE FLIGHT|CRITICAL CARE TRANSPORT|FREIGHTWAYS|TOWING|RESETTLEMENT|HOME INFUSION|REFERENCE LAB|ANIMAL CONTROL|SUPPORTED LIVING|RESCUE MISSION|ELEMENTARY|PRESCHOOL|DAYCARE|DAY CARE|KIDS CLUB|LITTLE LEAGUE|FELLOWSHIP|MANDIR|GURDWARA|KOVIL|POLICE DEPARTMENT|POLICE DEPT|CITY POLICE|FAMILY HOUSE|FUNERAL HOME|TAVERN|DAIRY|LLC|L\.L\.C|CORP|CORPORATION|LLP|PLLC|PLC)\.?$/i;
/**
 * Heads of services and lodgings whose names are often ordinary words ("PINEY WOODS AMBULANCE", "PRAIRIE ROSE MOTEL"),
 * but which plain prose also puts after a verb ("WILL MEET AMBULANCE", "MINE AMBULANCE"): the words before must be rare.
 */
const SERVICE_HEAD = /[ \t](?:AIR AMBULANCE|AMBULANCE|AMBULANCE SERVICE|AMBULANCE AUTHORITY|EMS AUTHORITY|AIR RESCUE|RESCUE SQUAD|VOLUNTEER FIRE|FIRE DEPT|FIRE DEPARTMENT|FIRE RESCUE|MOTEL|DINER|CO-OP)$/i;

/**
 * Whether the words before a head that only a named place has ("MUTUAL", "HEALTH CENTER") name one: at least
 * `minWords` of them, none `excluded`, and one rarer in clinical prose than `rareAbove` that says more than a kind.
 */
function namedBeforeAStrongHead(phrase: string, head: RegExp, minWords: number, rareAbove: number, excluded: (upper: string) => boolean): boolean {
  const found = head.exec(phrase);
  if (!found) return false;
  const words = phrase.slice(0, found.index).split(/[ \t+&]+/).filter(Boolean).map((w) => w.toUpperCase().replace(/['’]S$/, ''));
  if (words.length < minWords || words.some((w) => excluded(w) || CLINICAL_ABBREVIATIONS.has(w) || RELATION_CUES.has(w))) return false;
  return words.some((w) => {
    const rank = wordInfo(w).commonRank;
    return (rank === undefined || rank > rareAbove) && !GENERIC_WARD_WORDS.has(w);
  });
}

/** Before such a head, ordinary words name the firm unless they are function or role words or all frequent in clinical prose. */
function namedByAStrongHead(name: string): boolean {
  return (
    namedBeforeAStrongHead(name, STRONG_ORGANIZATION_HEAD, 1, 1000, (w) => NAMELESS_WORDS.has(w) && !CONNECTORS.has(w)) ||
    (namedBeforeAStrongHead(name, SERVICE_HEAD, 1, 5000, (w) => NAMELESS_WORDS.has(w) || KIND_OF_SERVICE.has(w) || /(?:ING|ED)$/.test(w)) && ownWordsBeforeService(name))
  );
}

/**
 * The words before a service's head are its own: none as frequent in clinical prose as the thousand most frequent ("WILL
 * MEET AMBULANCE"), and one word alone a name, a place or no dictionary word ("MUNICH VOLUNTEER FIRE", not "ROADSIDE MOTEL").
 */
function ownWordsBeforeService(name: string): boolean {
  const found = SERVICE_HEAD.exec(name);
  const words = found ? name.slice(0, found.index).split(/[ \t]+/).filter(Boolean).map((w) => w.toUpperCase()) : [];
  if (words.some((w) => (wordInfo(w).commonRank ?? Infinity) < 1000)) return false;
  if (words.length !== 1) return true;
  const upper = words[0].replace(/['’]S$/, '');
  const info = wordInfo(upper);
  return !isKnownWord(upper) || isProperNoun(upper) || info.tier === 'name' || info.firstName || info.surname;
}

/** Words that say what kind of ambulance, crew or lodging it is ("PRIVATE AMBULANCE", "BLS AMBULANCE", "CHEAP MOTEL"), not whose. */
const KIND_OF_SERVICE = new Set(
  ('PRIVATE BLS ALS CCT MICU GROUND AIR ROTOR FIXED FIXED-WING WING STRETCHER WHEELCHAIR NATIONAL CHEAP LOCAL NEARBY COUNTY CITY STATE RURAL DISTRICT AREA ANOTHER SAME OTHER CONTRACT BACKUP STANDBY INTERCEPT TRIBAL PARAMEDIC VOUCHER SHELTER ROADSIDE MUTUAL AID TECH HELICOPTER ' +
    // "SOCIAL SERVICES", "ADULT PROTECTIVE SERVICES", "DBT SKILLS GROUP": the kind of agency, service or group, not its name.
    'SOCIAL HEALTH ADULT CHILD PROTECTIVE FAMILY HUMAN FINANCIAL CONSULTATION PROBLEM GAMBLING SUPPORT SKILLS DBT AA NA BEREAVEMENT GRIEF PARENTING NON-EMERGENCY EMERGENCY MEDICAL QUALITY FORENSIC HOSPICE PALLIATIVE VETERAN VETERANS LEGAL SPIRITUAL PASTORAL NUTRITION ENVIRONMENTAL GUEST PATIENT CLIENT MEMBER').split(' '),
);
/** "PIH LABS WNL", "REFEEDING LABS DAILY", "PREECLAMPSIA LABS SENT": tests drawn, not a laboratory's name. */
const LAB_RESULTS_AFTER = /^[ \t]{0,2}(?::|WNL|wnl|NL\b|SENT|sent|DRAWN|drawn|PENDING|pending|DAILY|daily|NORMAL|normal|OK\b|ORDERED|ordered|Q\d|q\d|X\d|x\d|AM\b|STABLE|stable|UNREMARKABLE|unremarkable)/;
/** "IRON-RICH FOODS", "HIGH-SALT FOODS": a kind of food, not a firm. */
const KIND_OF_FOOD = /-(?:RICH|SALT|SODIUM|FAT|FIBER|FIBRE|SUGAR|PROTEIN|CALORIE|POTASSIUM|CARB|CARBOHYDRATE|IRON)$/i;

const HEAD_AND_CONNECTOR = new RegExp(String.raw`\b${FACILITY_WORDS}[ \t]{1,2}(?:of|at)[ \t]{1,2}(?:the[ \t]{1,2})?`, 'i');

/**
 * The expressions take up to three capitalised words after "Hospital of" or "Hospice at": in capitals those run on
 * into the sentence ("HOSPICE OF THE FIELDS SINCE MAY"). The name ends before a function word or after a word
 * with a stop or comma.
 */
function withoutOrdinaryTail(match: string): string {
  const trimmed = match.trimEnd();
  const head = HEAD_AND_CONNECTOR.exec(trimmed);
  if (!head) return trimmed;
  let end = head.index + head[0].length;
  for (const word of matchesOf(/\S+/g, trimmed.slice(end))) {
    const bare = word[0].replace(/[.,:;]+$/, '');
    if (NAMELESS_WORDS.has(bare.toUpperCase())) break;
    end = head.index + head[0].length + word.index + bare.length;
    if (bare.length < word[0].length) break;
  }
  // Nothing left after the connector: the phrase ends with the facility word.
  return end === head.index + head[0].length ? trimmed.slice(0, head.index + head[0].length).replace(/[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?$/i, '') : trimmed.slice(0, end);
}

/** Heads only a named place of care or a school has, however ordinary the words before them. */
const STRONG_PLACE_OF_CARE_HEAD = /[ \t](?:HOSPITAL|MEDICAL CENTER|HEALTH CENTER|TREATMENT CENTER|LIVING CENTER|CARE CENTER|HOME CARE|VISITING NURSES?|HOSPICE|NURSING HOME|MIDDLE SCHOOL|HIGH SCHOOL|ELEMENTARY|DISORDERS CENTER|PSYCHIATRIC CENTER)$/i;
/** Words that say which place without naming it: "the hospital", "OUTSIDE HOSPITAL", "NEAREST HEALTH CENTER". */
const WHICH_PLACE_WORDS = new Set(['THE', 'A', 'AN', 'TO', 'FROM', 'AT', 'IN', 'OF', 'FOR', 'BY', 'HIS', 'HER', 'THEIR', 'OUR', 'MY', 'YOUR', 'THIS', 'THAT', 'ANOTHER', 'OUTSIDE', 'LOCAL', 'NEAREST', 'NEARBY', 'SAME', 'PRIOR', 'PREVIOUS', 'OTHER', 'ANY', 'NO', 'SOME', 'EACH', 'NEW', 'OLD', 'STATE', 'COUNTY', 'CITY', 'AREA', 'RECEIVING', 'SENDING', 'REFERRING', 'ACCEPTING', 'TERTIARY', 'COMMUNITY', 'REGIONAL', 'RURAL', 'PRIVATE', 'PUBLIC', 'VA']);

/**
 * "RED VALLEY HEALTH CENTER", "LAUREL RIDGE TREATMENT CENTER": before a head only a named place of care has, two or more
 * words name it when none says only which place and one is rare in clinical prose.
 */
function namedBeforeAStrongFacilityHead(phrase: string): boolean {
  return namedBeforeAStrongHead(phrase, STRONG_PLACE_OF_CARE_HEAD, 2, 1500, (w) => WHICH_PLACE_WORDS.has(w) || /\d/.test(w));
}

/** "Hospice of the Fields", "HOSPITAL OF SAINT RAPHAEL": the head first, the name after "of". */
const HEAD_THEN_NAME = /^(?:Hospital|Hospice|Medical Center|University|Infirmary)[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?(.+)$/i;

function namesAFacility(phrase: string, capsText: boolean): boolean {
  const headFirst = HEAD_THEN_NAME.exec(phrase);
  if (!headFirst) return namesAPlace(phrase, capsText, false) || namedBeforeAStrongFacilityHead(phrase);
  // After the head, a word of the name lists, a proper noun or a word no dictionary knows makes it a name.
  return headFirst[1].split(/[\s,]+/).some((w) => {
    const upper = w.toUpperCase().replace(/['’]S$/, '').replace(/[.,]+$/, '');
    if (upper === '' || NAMELESS_WORDS.has(upper) || CONNECTORS.has(upper)) return false;
    const info = wordInfo(upper);
    return info.firstName || info.surname || isProperNoun(upper) || !isKnownWord(upper);
  });
}

/** Words that say which care, not whose practice: "PEDS ENDOCRINOLOGY", "AQUATIC PHYSICAL THERAPY". */
const CARE_KIND_WORDS = new Set(['HEME', 'MOHS', 'WOMENS', 'AMPUTEE', 'HUMAN', 'RIGHTS', 'TELEMEDICINE', 'TELEHEALTH', 'PEDS', 'PEDIATRIC', 'PAEDIATRIC', 'ADULT', 'GERI', 'GERIATRIC', 'INTERVENTIONAL', 'VASCULAR', 'GENERAL', 'OUTPATIENT', 'INPATIENT', 'AQUATIC', 'NEURO', 'CARDIAC', 'SPORTS', 'HAND', 'REPRODUCTIVE', 'MATERNAL', 'FETAL', 'CLINICAL', 'MEDICAL', 'SURGICAL', 'RADIATION', 'PULMONARY', 'RENAL', 'HOME', 'COMMUNITY', 'FAMILY', 'INTEGRATIVE', 'FUNCTIONAL', 'PELVIC', 'VESTIBULAR', 'ONCOLOGY', 'HEMATOLOGY']);
const SPECIALTY_HEAD_END = /(?:Therapy|Medicine|Oral Surgery|Occupational Health|Disorders Cent(?:er|re)|Sleep Lab|Institute|Post-Acute|Maternity Cent(?:er|re)|Asthma|Rheumatology|Podiatry|Endocrinology|Pulmonology|Nephrology|Hematology|Cardiology|Neurology|Oncology|Dermatology|Urology|Gastroenterology|Radiology|Imaging|Pain Management|Pediatrics|Orthopa?edics|Audiology|Optometry|Orthodontics|Endodontics|Prosthodontics|Maxillofacial Surgery|ENT (?:&|and) Allergy|Retina Specialists|Retina Consultants|Retina Associates|Eye Associates)$/i;

const CARE_PLACE_HEAD_END = /(?:Clinic|Pharmacy|Counseling|Counselling|Infusion Cent(?:er|re))$/i;

/** Every word before the head is shorthand or says which care the place gives. */
function namedOnlyByItsCare(name: string): boolean {
  const head = CARE_PLACE_HEAD_END.exec(name);
  if (!head || head.index === 0) return false;
  return name.slice(0, head.index).split(/[\s,&/+-]+/).filter((w) => w.length > 1).every((w) => {
    const upper = w.toUpperCase().replace(/['’]S$/, '');
    return CONNECTORS.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || CARE_KIND_WORDS.has(upper) || CARE_OFFERED_WORDS.has(upper);
  });
}
/** What a clinic or a pharmacy offers, by which its own notes name it: "EPILEPSY CLINIC", "ONCOLOGY PHARMACY". */
const CARE_OFFERED_WORDS = new Set(
  ('EPILEPSY ONCOLOGY HEREDITARY CANCER AMPUTEE FORENSIC TRANSPLANT BONE ANTICOAGULATION COUMADIN INR WOUND DIABETES HEART FAILURE LIPID MEMORY HEADACHE ' +
    'STROKE SPINE PAIN ALLERGY ASTHMA LUNG KIDNEY LIVER HIV HEPATITIS TB STD STI SURVIVORSHIP BREAST PROSTATE COLORECTAL GI ENT EYE DENTAL DOWN SYNDROME ' +
    'SPECIALTY CHRONIC DISEASE INFECTIOUS RESIDENT RESIDENTS CONTINUITY URGENT FINANCIAL TEEN ADOLESCENT NEWBORN WELL CHILD PRENATAL POSTPARTUM ' +
    'LACTATION GENETICS MOVEMENT DISORDERS NEUROMUSCULAR DEMENTIA GERIATRICS PALLIATIVE SUPPORTIVE INFUSION CHEMOTHERAPY DIALYSIS MENTAL BEHAVIORAL ' +
    'ADDICTION METHADONE PSYCHIATRY PSYCH SCHOOL EMPLOYEE OCCUPATIONAL OUTREACH MOBILE INTEGRATED DISCHARGE INPATIENT OUTPATIENT CLINIC BARIATRIC ' +
    'OBESITY WEIGHT SLEEP TRAVEL VACCINE IMMUNIZATION FLU COVID REFUGEE TROPICAL FERTILITY CONTINENCE OSTOMY HEARING BALANCE VOICE SWALLOW FEEDING GROWTH ' +
    'HF CHF SUD OTP IR PD ID MS ALS COPD CKD ESRD DM HTN PT OT SLP OB GYN OBGYN PEDS IM FM NICU PICU ICU ED ER').split(' '),
);

/**
 * Some word before the facility's head that says whose practice it is: a first name, a proper noun, a place-like compound,
 * or a word clinical prose does not use ("Cornerstone", "NIGHTHAWK"); words for a kind of care never do.
 */
function distinctiveBeforeHead(name: string): boolean {
  const head = FACILITY_HEAD.exec(name);
  if (!head || head.index === 0) return false;
  return name.slice(0, head.index).split(/[\s,&]+/).some((w) => {
    const upper = w.toUpperCase().replace(/['’]S$/, '');
    if (upper.length < 3 || CONNECTORS.has(upper) || NAMELESS_WORDS.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || CARE_KIND_WORDS.has(upper)) return false;
    const info = wordInfo(upper);
    return info.firstName || isProperNoun(upper) || PLACE_COMPOUND.test(upper) || (TOPONYM_WORDS.has(upper) && !name.split(/[\s,&]+/).some((other) => ILLNESS_WORD.test(other.toUpperCase()))) || !info.clinicalWord;
  });
}

/** "HEMLOCK 4 419", "Willow 3-306", "LOTUS 3 / 306", "HARBOR UNIT 214": the room written right after its named unit. */
const ROOM_AFTER_UNIT = /^(?:[ \t]{1,3}|[ \t]?[-\/][ \t]?)((?![Xx]\d)[A-Z]?\d{1,4}[A-Z]?(?:-\d{1,2}|-[A-Z])?)(?![\w./:%-]|[ \t]{0,2}(?:days?|hrs?|hours?|weeks?|wks?|months?|mos?|years?|yrs?|beds|pts|patients|am|pm|mg|mcg|min|mins|times|nurses|weeker|DAYS?|HRS?|HOURS?|WEEKS?|WKS?|MONTHS?|MOS?|YEARS?|YRS?|BEDS|PTS|PATIENTS|AM|PM|MG|MCG|MIN|MINS|TIMES|NURSES|WEEKER)\b)/;

function roomsAfterUnits(text: string, found: Candidate[]): void {
  // A unit's initials (MICU, PACU) have BED_AFTER_UNIT and its guards; here only units with a name of their own.
  for (const unit of found.filter((c) => c.subtype === 'DEPARTMENT' && !/^[A-Z&]{2,6}$/.test(text.slice(c.start, c.end)))) {
    const m = ROOM_AFTER_UNIT.exec(text.slice(unit.end, unit.end + 16));
    if (!m || isClockTime(m[1])) continue;
    const start = unit.end + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'LOCATION', 'ROOM', 0.8, 'room after its named unit'));
  }
}

/** A clinician's name and a comma, a referral or primary-care label, or a signature's credential on the line above. */
const FACILITY_VOUCHED_BEFORE =
  /(?:\b(?:DR|Dr)\.?[ \t]{1,2}[A-Z][A-Za-z'’ .-]{1,30},[ \t]{1,2}|\b(?:PCP|REFERRAL|REFERRED TO|REFER TO|F\/U (?:WITH|AT|W\/)|FOLLOW[- ]UP (?:WITH|AT))[: \t]{1,3}|,[ \t]?(?:MD|DO|NP|PA-C|DPT|PT|OTR\/L|FNP-C|APRN|RN)[ \t]*\r?\n)$/;
/**
 * The expressions take up to five capitalised words before "Hospital"; in capitals that can start at
 * "MAN ADMITTED FROM HOLY CROSS HOSPITAL". The name starts after the last function or role word.
 */
/** Words inside facility phrases ("Family Practice", "Nursing Home", "Care Center") never end a name. */
function rareWordSurname(upper: string): boolean {
  const info = wordInfo(upper);
  return info.surname && (info.commonRank === undefined || info.commonRank > 2000);
}

/** Hospitals are often named for a church: "Baptist Memorial Hospital", "Methodist Hospital". */
const DENOMINATIONS = new Set(['BAPTIST', 'METHODIST', 'PRESBYTERIAN', 'CATHOLIC', 'LUTHERAN', 'ADVENTIST', 'EPISCOPAL', 'JEWISH', 'CHRISTIAN', 'MENNONITE']);
/** Words built like place names ("Lakeside", "Oakmont", "Riverview", "Fairhaven"): a facility named for a place. */
const PLACE_COMPOUND = /^[A-Z]{2,}(?:SIDE|VIEW|WOOD|WOODS|BROOK|FIELD|DALE|MONT|RIDGE|CREST|HAVEN|SHORE|VILLE|BURG|BURGH|FORD|PORT|LAND|GATE|BRIDGE|WATER|HURST|STEAD|WICK|BURY|TON)$/;
/**
 * Words of the land and its plants and skies that American place names are made of ("SHADES MOUNTAIN", "COAL RIVER",
 * "CEDAR BLUFFS", "BIG SUNFLOWER"): in capitals, where every word looks like a name, one of them before a facility's or
 * a firm's head says whose it is, as a proper noun does.
 */
const TOPONYM_WORDS = new Set([
  'VALLEY', 'VALLEYS', 'RIVER', 'RIVERS', 'CREEK', 'CREEKS', 'SPRINGS', 'HILLS', 'MOUNTAIN', 'MOUNTAINS', 'PLAINS', 'PRAIRIE', 'MESA', 'CANYON',
  'BAYOU', 'HARBOR', 'HARBOUR', 'SHORES', 'COAST', 'ISLAND', 'ISLANDS', 'LAKES', 'PINES', 'OAKS', 'CEDAR', 'CEDARS', 'MAPLE', 'WILLOW', 'WILLOWS',
  'ASPEN', 'BIRCH', 'ELM', 'ELMS', 'SPRUCE', 'MAGNOLIA', 'CYPRESS', 'SYCAMORE', 'REDWOOD', 'FORK', 'FLATS', 'BLUFF', 'BLUFFS', 'SUMMIT', 'HOLLOW',
  'MEADOW', 'MEADOWS', 'GROVE', 'FOREST', 'PRAIRIES', 'TIMBERS', 'SUNFLOWER', 'SUNRISE', 'SUNSET', 'MEADOWLARK', 'BLUEBONNET', 'PANHANDLE',
  'PIEDMONT', 'OZARK', 'OZARKS', 'BADLANDS', 'HIGHLANDS', 'LOWLANDS', 'HEARTLAND', 'FRONTIER', 'PIONEER', 'HERITAGE', 'CANYONS', 'DUNES', 'SHOALS',
  'LAKE', 'BAY', 'HILL', 'RIDGE', 'GLEN', 'MARSH', 'BEACH', 'DESERT', 'DELTA',
]);
/** An illness, or what treats or brings one on, beside which a word of the land names no place ("RIVER BLINDNESS CLINIC"). */
const ILLNESS_WORD = /^(?:\w+NESS|DISEASE|SYNDROME|FEVER|DRESSING|POLLEN|ALLERGY|ALLERGIES|URINE|SYRUP|TRIP|BITE|BITES|POISONING)$/;
const SINGLE_WORD_FACILITY_HEAD = /(?:HOSPITAL|MEDICAL CENTER|INFIRMARY|NURSING HOME|HOSPICE|PHARMACY|HOME HEALTH|REHABILITATION|ADULT DAY PROGRAM|GENERAL|CHILDREN['’]S)$/i;
const STRONG_FACILITY_HEAD = /(?:HOSPITAL|MEDICAL CENTER|MEDICAL CENTRE|INFIRMARY|NURSING HOME|HEALTH SYSTEM|HEALTHCARE|ASSISTED LIVING|HOSPICE|REHABILITATION (?:CENTER|HOSPITAL))$/i;

const FACILITY_PHRASE_WORDS = new Set(['FAMILY', 'HOME', 'CARE', 'HEALTH', 'MEDICAL', 'NURSING', 'CENTER', 'CENTRE', 'HOSPITAL', 'CLINIC', 'UNIT', 'ADULT', 'DAY', 'PROGRAM', 'NATIVE', 'TRIBAL', 'INDIAN']);

/** "SIBS ATTEND LITTLE SPROUTS DAYCARE", "WORKS AT ...": what someone does at a place ends the words before its name. */
const VERB_BEFORE_A_PLACE = /^(?:ATTEND|ATTENDS|ATTENDED|ATTENDING|GOES|GO|WENT|WORKS|WORKED|VOLUNTEERS|VOLUNTEERED|ENROLLED|JOINED|ATTENDEES)$/;

/** "GREAT LAKES VISITING NURSES": "visiting" before "nurses" is part of the head, not a verb or a word of the name. */
function isVisitingNurses(words: readonly string[], k: number): boolean {
  return /^VISITING$/i.test(words[k]) && k + 1 < words.length && /^NURSES?$/i.test(words[k + 1].replace(/[.,:;]+$/, ''));
}

function lengthBeforeLastBlockingWord(match: string, atBeforeTheHeadBlocks = false): number {
  const words = [...matchesOf(/\S+/g, match)];
  const texts = words.map((w) => w[0]);
  for (let k = words.length - 2; k >= 0; k--) {
    const upper = words[k][0].toUpperCase().replace(/[.,:;]+$/, '');
    if (FACILITY_PHRASE_WORDS.has(upper) || DENOMINATIONS.has(upper) || isVisitingNurses(texts, k)) continue;
    const end = words[k].index + words[k][0].length;
    if ((NAMELESS_WORDS.has(upper) && !CONNECTORS.has(upper)) || VERB_BEFORE_A_PLACE.test(upper) || /[.,:;]$/.test(words[k][0])) return end + 1;
    // "SEEN BY DR WASHINGTON AT MAGNOLIA FAMILY PRACTICE": "at" before the facility word ends what came before;
    // after it ("Hospice at Charlotte") it is part of the name.
    if (atBeforeTheHeadBlocks && upper === 'AT' && FACILITY_HEAD.test(match.slice(end))) return end + 1;
  }
  return 0;
}

const DOSE_UNIT_WORD = /\b(?:MG|MCG|ML|KG|MEQ|UNITS?|IU|MMOL)\b/i;

const TOWN_PARTICLES = new Set(['LA', 'LE', 'DE', 'EL', 'LOS', 'LAS', 'SAN', 'SANTA', 'ST', 'ST.', 'FORT', 'FT', 'NEW', 'EAST', 'WEST', 'NORTH', 'SOUTH', 'LAKE', 'MOUNT', 'MT']);
/** Words that join a clause, never part of a town's name ("EMINA BY PHONE, ID 10394"). */
const LINKING_WORD = /\b(?:by|to|for|with|via|per|from|in|at|near|lives|lived|living|moved|phone|call|called)\b/i;

/** Every word of a town's name: capitalised, and neither frequent clinical prose nor an abbreviation. */
function townWords(phrase: string): boolean {
  return phrase.split(/[ \t]+/).every((w) => {
    const upper = w.toUpperCase();
    if (!/^\p{Lu}/u.test(w)) return false;
    if (TOWN_PARTICLES.has(upper)) return true;
    if (CLINICAL_ABBREVIATIONS.has(upper) || NAMELESS_WORDS.has(upper) || CREDENTIALS.has(upper)) return false;
    const info = wordInfo(upper);
    return !info.clinicalWord || info.commonRank === undefined || info.commonRank > 2000 || info.tier === 'name';
  });
}

/** "DIE MAKER AT KESSLER STAMPING": a firm's name starts after the last "at" (firms are not named "X at Y"). */
function lengthThroughLastAt(match: string): number {
  const at = /[ \t](?:at|AT|At)[ \t]/g;
  let length = 0;
  for (let m = at.exec(match); m; m = at.exec(match)) length = m.index + m[0].length;
  return length;
}

function leadingDescriptorLength(match: string): number {
  const descriptor = DESCRIPTOR.exec(match);
  return descriptor ? descriptor[0].length : 0;
}

/** Where a whole word of a place name may not end: next to another letter, apostrophe or hyphen. */
const NAME_WORD_CHARACTER_AFTER = /^[\p{L}'’-]/u;
/** A note's words as a place's name is matched by: letters, apostrophes and hyphens, nothing of them on either side. */
const NOTE_WORD = /[\p{L}'’-]+/gu;
const NOTE_WORD_AT_START = /^[\p{L}'’-]+/u;

/** "Bayview General Hospital" once, then "the Bayview ED": the distinctive word names the place elsewhere too. */
function propagateFacilityNames(text: string, found: Candidate[]): void {
  const distinctive = new Set<string>();
  for (const c of found) {
    if (c.subtype !== 'HOSPITAL' && c.subtype !== 'ORGANIZATION') continue;
    const first = /^\p{Lu}[\p{L}'’-]{2,30}/u.exec(text.slice(c.start, c.end))?.[0];
    // "SANDHU BROS TRUCKING": a firm named after a family; its first word elsewhere is the family's name, not the firm.
    if (first && !isKnownWord(first.toUpperCase()) && !CITIES.has(first.toUpperCase()) && wordInfo(first.toUpperCase()).tier !== 'name') distinctive.add(first);
  }
  const phrases = namesOfFoundPlaces(text, found);
  if (distinctive.size === 0 && phrases.size === 0) return;
  const byFirstWord = new Map<string, string[]>();
  for (const name of [...distinctive, ...phrases.keys()]) {
    const first = NOTE_WORD_AT_START.exec(name)?.[0];
    if (!first) continue;
    if (!byFirstWord.has(first)) byFirstWord.set(first, []);
    byFirstWord.get(first)!.push(name);
  }
  // One pass over the note's words finds where each name starts: a note naming thousands of firms stays linear.
  const starts: Array<[number, string]> = [];
  for (const word of text.matchAll(NOTE_WORD)) {
    for (const name of byFirstWord.get(word[0]) ?? []) {
      const at = word.index!;
      if (text.startsWith(name, at) && !NAME_WORD_CHARACTER_AFTER.test(text.slice(at + name.length, at + name.length + 2))) starts.push([at, name]);
    }
  }
  for (const [at, word] of starts) found.push(candidate(at, at + word.length, 'LOCATION', phrases.get(word) ?? 'HOSPITAL', 0.8, 'same place name found elsewhere in the note'));
}

/** The last word of a place's name that says what kind of place it is, which a note may leave off when it names it again. */
const KIND_OF_PLACE_LAST = new RegExp(String.raw`[ \t]+(?:${ORGANIZATION_WORDS}|Hospital|Medical Center|Clinic|Center|Centre|Health|Healthcare|Pharmacy|Home|Rehab|Rehabilitation)\.?$`, 'i');

/**
 * "QUILLFEATHER PLASTICS INC." once, then "QUILLFEATHER PLASTICS HR CALLED": the words of a firm's or a facility's name,
 * with or without the word for its kind, name it wherever else the note writes them. Two words at least on one line, one
 * of them no dictionary's, so "FAMILY PRACTICE" of "FAMILY PRACTICE ASSOCIATES" or a department's "Vascular Neurology"
 * names nothing.
 */
function namesOfFoundPlaces(text: string, found: readonly Candidate[]): Map<string, PhiSubtype> {
  const phrases = new Map<string, PhiSubtype>();
  for (const c of found) {
    if (c.subtype !== 'HOSPITAL' && c.subtype !== 'ORGANIZATION') continue;
    const name = text.slice(c.start, c.end).replace(/[.,]+$/, '');
    if (/[\r\n]/.test(name)) continue;
    for (const phrase of [name, name.replace(KIND_OF_PLACE_LAST, '')]) {
      const words = phrase.split(/[ \t]+/);
      if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
      const ownWord = (w: string) => {
        const upper = w.toUpperCase().replace(/['’]S$/, '');
        return !(FACILITY_PHRASE_WORDS.has(upper) || NAMELESS_WORDS.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || isKnownWord(upper));
      };
      // "Ella H. Snider" atop an address block: a person's name is not spread as a place's.
      const personShaped = wordInfo(words[0].toUpperCase()).firstName && wordInfo(words[words.length - 1].toUpperCase().replace(/[.,]$/, '')).surname;
      if (words.some(ownWord) && !personShaped && !phrases.has(phrase)) phrases.set(phrase, c.subtype);
    }
  }
  return phrases;
}

/** "from IgA nephropathy", "FROM RHABDOMYOLYSIS": a word with a capital inside or the ending of a medical term is no town. */
const CAPITAL_INSIDE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const MEDICAL_ENDING = /(?:OSIS|ITIS|EMIA|AEMIA|OPATHY|ECTOMY|OTOMY|OSTOMY|PLASTY|LYSIS|ALGIA|URIA|PENIA|PLASIA|TROPHY|OMEGALY|GENIC|ORRHEA|ORRHAGIA|CYTOSIS)$/;

function placeWord(upper: string, raw: string): boolean {
  // "COLLATERAL FROM FATHER, EMEKA": relation and other note words are never the place; "to Winnipeg Feb 3" ends at the date.
  if (NAMELESS_WORDS.has(upper) || RELATION_CUES.has(upper) || MONTH_OR_WEEKDAY.test(upper) || CAPITAL_INSIDE.test(raw) || MEDICAL_ENDING.test(upper)) return false;
  if (raw === upper && upper.length <= 4 && !isProperNoun(upper)) return false;
  return upper.length > 2 && (isProperNoun(upper) || !isKnownWord(upper));
}

function adjacent(text: string, words: Array<{ start: number; end: number }>, i: number, size: number): boolean {
  for (let k = i + 1; k < i + size; k++) {
    if (!oneOrTwoSpaces(text, words[k - 1].end, words[k].start)) return false;
  }
  return true;
}

/** Same as /^ {1,2}$/ on text.slice(from, to), without the slice: this runs for every pair of words. */
function oneOrTwoSpaces(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 2) return false;
  return text.charCodeAt(from) === 32 && (gap === 1 || text.charCodeAt(from + 1) === 32);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII capitals and small letters among the first 4000 characters: enough to tell the note's case. */
function countLetterCase(text: string): { upper: number; lower: number; sampled: number } {
  let upper = 0;
  let lower = 0;
  const limit = Math.min(text.length, 4000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return { upper, lower, sampled: limit };
}

const CANADIAN_PROVINCE_CODE = String.raw`AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT`;
/** ", MI - DOMESTIC", ", NS   UNIT:", ", KS WITH SEPSIS", ", ON M1S 2R4": a region code after a comma, then no more of a word. */
const REGION_CODE_AFTER_COMMA = new RegExp(String.raw`^,[ \t]{0,2}(${US_STATE_CODE}|${CANADIAN_PROVINCE_CODE})\.?(?![\w'’-])`);
/** Codes that are also words or credentials ("IN", "ON", "MD"): a region only where the clause ends or a postal code follows. */
const REGION_CODE_ALSO_A_WORD = /^(?:IN|OR|ME|HI|OK|ON|DE|LA|PA|MA|AL|OH|CO|ID|MD|DO|NP|RN)$/;
/**
 * A facility or an address, then a comma, a dash or a bracket, where a town goes next ("Health Clinic, ", "Driving Program —
 * ", "RR 2 BOX 118, ", "4 RIVER RD, "): after it a listed town's MD, PA or MS is its state's code, not a credential. A role
 * ("attending, Hamilton, MD"), a lab value ("K 3.1, HAMILTON, MD") or a copy list ("CC: WARREN, MD, JACKSON, MD") is none.
 */
export const FACILITY_OR_ADDRESS_BEFORE_A_TOWN =
  /(?:\b(?:CLINIC|HOSPITAL|CENTER|CENTRE|PROGRAM|PROGRAMME|MEDICINE|HEALTH|HEALTHCARE|INSTITUTION|INSTITUTE|VAMC|REHAB|REHABILITATION|PRACTICE|ASSOCIATES|PEDIATRICS|SERVICES|HOME|MANOR|COLLEGE|UNIVERSITY|ACADEMY)|\bBOX[ \t]\d{1,6}|\b\d{1,6}[ \t](?:[\p{L}'’.-]+[ \t]){1,4}(?:RD|ROAD|ST|STREET|AVE|AVENUE|DR|DRIVE|LN|LANE|WAY|HWY|HIGHWAY|PIKE|TRAIL|TRL|BLVD|CT|COURT|CIR|CIRCLE|PL|PLACE|PKWY))\.?[ \t]*(?:,|[—–]|[ \t]-|\()[ \t]*$/iu;
export const CLAUSE_END_OR_POSTAL_CODE = /^\.?[ \t]*(?:$|[\r\n,;:)~]|-|(?<=\.[ \t]{1,2})[A-Z]|[ \t]{2}|\d{5}(?!\d)|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[012]\d[0-5]\d(?![\w.,\/:-]))/;

/** Words that, opening a facility phrase, say who refers or is seen there rather than name the facility. */
const CUE_OPENING_A_FACILITY_PHRASE = /^(?:PCP|PT|SEEN|REFERRED|REFERRAL|FOLLOWED|FOLLOWS|CALLED|PER|BY|TO|WITH|FROM|AT|DR|MD|NP|PA|RN|CM|SW)\b/i;

const POSTAL_CODE_NEXT = /^[ \t]{1,2}(?:\d{5}(?!\d)|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)/;
const REGION_CODE_AFTER_SPACE = new RegExp(String.raw`^[ \t](${US_STATE_CODE}|${CANADIAN_PROVINCE_CODE})\.?(?![\w'’-])`);

/**
 * "Nashua NH |", "DEARBORN MI⏎", "Charleston WV.": a region code after a town without a comma, only where the clause,
 * the field or the line ends or a postal code follows, and never a credential ("JONES MD").
 */
function spacedRegionCodeAfterTown(text: string, place: Candidate): { start: number; end: number } | undefined {
  const town = place.category === 'LOCATION' ? place.subtype === 'CITY' : place.category === 'NAME' && townNamed(text.slice(place.start, place.end).toUpperCase());
  if (!town) return undefined;
  const after = text.slice(place.end, place.end + 24);
  const m = REGION_CODE_AFTER_SPACE.exec(after);
  if (!m || CREDENTIALS.has(m[1])) return undefined;
  const rest = after.slice(m[0].length);
  // "FLORENCE IN 2002", "GD LORRAINE IN;": without its comma a code that is also a word needs its postal code.
  const ends = REGION_CODE_ALSO_A_WORD.test(m[1]) ? POSTAL_CODE_NEXT.test(rest) : CLAUSE_END_OR_POSTAL_CODE.test(rest) || /^[ \t]*\|/.test(rest);
  return ends ? { start: place.end + 1, end: place.end + 1 + m[1].length } : undefined;
}

function townNamed(upper: string): boolean {
  return CITIES.has(upper) || isListedTown(upper);
}

/** Up to three words of a town after a comma, ending where the clause does: "..., HOT SPRINGS.", "..., Fond du Lac." */
const TOWN_AFTER_COMMA = /^,[ \t]{1,2}(\p{Lu}[\p{L}'’.-]*(?:[ \t](?:\p{Lu}[\p{L}'’.-]*|du|de|la|le)){0,2})(?=[ \t]*(?:[.,;:)]|[ \t]-|$|[\r\n]))/u;

/** "MERCY HOSPITAL, WEST", "PHARMACY, DOWNTOWN": a branch, not a town. */
const BRANCH_WORD = /^(?:NORTH|SOUTH|EAST|WEST|DOWNTOWN|MIDTOWN|UPTOWN|CENTRAL|MAIN)\b/i;

/**
 * "TRADING POST PHARMACY, WINDOW ROCK, REJECTED", "SOUTHERN HILLS GENERAL ED, HOT SPRINGS.", "FORT PECK TRIBES WIC, POPLAR":
 * after a facility's, a firm's or another named place's name and a comma, a listed town where the clause ends is the town
 * the place is in (one everyday word, "STABLE", never).
 */
export function findTownsAfterPlaces(text: string, places: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const place of places) {
    if (place.category !== 'LOCATION' || (place.subtype !== 'HOSPITAL' && place.subtype !== 'ORGANIZATION' && place.subtype !== 'LOCATION') || text.charCodeAt(place.end) !== 44) continue;
    const m = TOWN_AFTER_COMMA.exec(text.slice(place.end, place.end + 40));
    if (!m || BRANCH_WORD.test(m[1]) || !listedTownOfWords(m[1].replace(/\.$/, ''))) continue;
    const start = place.end + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].replace(/\.$/, '').length, 'LOCATION', 'CITY', 0.8, 'town after a place and a comma'));
  }
  return found;
}

/**
 * "MESA, AZ 85208 ... IN AZ HAD AFIB ... USE AZ PCP": a state code the note already gave as a state is that state wherever
 * it stands alone again, when no clinical shorthand shares it ("FL OZ" is a measure).
 */
export function findRegionCodesNamedAgain(text: string, winners: readonly Candidate[]): Candidate[] {
  const given = new Set<string>();
  const taken = new Set<number>();
  for (const c of winners) {
    taken.add(c.start);
    if (c.category === 'LOCATION' && c.subtype === 'STATE' && c.end - c.start === 2 && UNAMBIGUOUS_STATE_CODES.has(text.slice(c.start, c.end))) given.add(text.slice(c.start, c.end));
  }
  if (given.size === 0) return [];
  const found: Candidate[] = [];
  for (const m of matchesOf(STANDALONE_STATE_CODE, text)) {
    if (given.has(m[0]) && !taken.has(m.index)) found.push(candidate(m.index, m.index + 2, 'LOCATION', 'STATE', 0.75, 'a state code the note gave, named again'));
  }
  return found;
}
const STANDALONE_STATE_CODE = /(?<![\w\/.@-])[A-Z]{2}(?![\w\/@-]|[ \t]?OZ\b)/g;

/**
 * "BOW RIVER CANCER CENTRE, CALGARY, AB", "MOVED FROM TUPELO, MS TO LIVE WITH": the region code after a place found by any
 * means (a rule or the tagger), which the town-and-state rules leave when the town came from elsewhere or the line goes
 * on. `places` are findings that won their overlaps: a word read as a place but taken for a name ("Grace Wang, MD")
 * says nothing. Units and rooms are no towns.
 */
export function findRegionCodesAfterPlaces(text: string, places: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const seen = new Set<number>();
  for (const place of places) {
    if (place.subtype === 'DEPARTMENT' || place.subtype === 'ROOM' || seen.has(place.end)) continue;
    if (text.charCodeAt(place.end) !== 44) {
      const code = spacedRegionCodeAfterTown(text, place);
      if (code) {
        seen.add(place.end);
        found.push(candidate(code.start, code.end, 'LOCATION', 'STATE', 0.85, 'region code after a town'));
      }
      continue;
    }
    // "HEALTH CLINIC, DEARBORN, MI": a town the name lists also know stays a name finding, and still has its state after it.
    if (place.category !== 'LOCATION' && !(place.category === 'NAME' && townNamed(text.slice(place.start, place.end).toUpperCase()))) continue;
    seen.add(place.end);
    const after = text.slice(place.end, place.end + 24);
    const m = REGION_CODE_AFTER_COMMA.exec(after);
    if (!m) continue;
    if (REGION_CODE_ALSO_A_WORD.test(m[1]) && !CLAUSE_END_OR_POSTAL_CODE.test(after.slice(m[0].length))) continue;
    // "PCP: XAY NORCO, MD": after a name, a credential; not after a listed town a comma or a dash sets off ("Health Clinic,
    // Clarksdale, MS", "Driving Program — Lancaster, PA").
    const setOffTown = FACILITY_OR_ADDRESS_BEFORE_A_TOWN.test(text.slice(Math.max(0, place.start - 80), place.start)) && townNamed(text.slice(place.start, place.end).toUpperCase());
    if (place.category === 'NAME' && CREDENTIALS.has(m[1]) && !setOffTown) continue;
    const start = place.end + m[0].indexOf(m[1], 1);
    found.push(candidate(start, start + m[1].length, 'LOCATION', 'STATE', 0.85, 'region code after a place'));
  }
  // "4415 51ST ST APT 9, SAN DIEGO 92115", "3320 W CAMELBACK RD APT 118, 85017": a ZIP code right after a town or a street.
  for (const place of places) {
    if (place.category !== 'LOCATION' || (place.subtype !== 'CITY' && place.subtype !== 'STREET')) continue;
    const m = ZIP_AFTER_A_PLACE.exec(text.slice(place.end, place.end + 16));
    if (!m) continue;
    const start = place.end + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'LOCATION', 'ZIP', 0.85, 'ZIP code after a town or a street'));
  }
  return found;
}
const ZIP_AFTER_A_PLACE = /^,?[ \t]{1,2}(\d{5}(?:-\d{4})?)(?![\w\/-]|[.,]\d|[ \t]{0,2}(?:mg|ml|mcg|units?|MG|ML|MCG|UNITS?|%)\b)/;

import { Candidate, candidate } from './candidate';

const STREET_SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl|Terrace|Ter|Way|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Plaza|Route|Rte|Turnpike|Pike|Alley|Row|Crescent|Close|Path|Loop|Run|Pass|Point|Pt|Ridge|Hill|Heights|Hts)`;
const STREET = new RegExp(
  String.raw`(?<![\w-])\d{1,6}[A-Za-z]?(?:[ -]\d{1,5})?\s{1,3}(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s{1,3})?(?:[A-Z][A-Za-z'’.-]{0,30}\s{1,3}){0,3}${STREET_SUFFIX}\.?(?:\s{1,3}(?:N|S|E|W|NE|NW|SE|SW)\.?)?(?:,?\s{1,3}(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s{0,3}#?[A-Za-z0-9-]{1,8})?(?![A-Za-z])`,
  'g',
);
const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|Post Office Box)\s{1,3}\d{1,8}\b/gi;
/** "Springfield, MA 01103", "Boston MA", ZIP with optional +4 after a state code. */
const CITY_STATE_ZIP = new RegExp(
  String.raw`\b((?:[A-Z][A-Za-z'’.-]{1,25}\s{1,2}){0,2}[A-Z][A-Za-z'’.-]{1,25}),\s{0,2}(A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\.?(?:\s{1,3}(\d{5}(?:-\d{4})?))?(?![\w])`,
  'g',
);
const ZIP_AFTER_STATE_NAME = /(?<=\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming),?\s{1,3})\d{5}(?:-\d{4})?\b/g;
/** Facility names end in a facility word: "Mercy General Hospital", "Boston Medical Center". */
const FACILITY = /\b(?:(?:St\.?|Saint|Mount|Mt\.?)\s{1,2})?(?:[A-Z][A-Za-z'’&.-]{1,30}\s{1,2}){1,5}(?:Hospital|Medical Center|Med Ctr|Health Center|Healthcare|Health System|Health|Clinic|Infirmary|Nursing Home|Rehabilitation Center|Rehab Center|Rehab|Rehabilitation Hospital|Care Center|Nursing Center|Nursing Facility|Hospice|Memorial|Sanatorium|Manor|Pharmacy|Urgent Care|Surgery Center|Cancer Center|Children's Hospital|University|College|School|Institute|Associates|Medical Group|Family Practice|Practice|Center|Centre|Laboratories|Laboratory|Labs)\b/g;
const ROOM = /\b(?:Room|Rm\.?|Bed|Bay|Suite|Ste\.?|Unit)\s{0,2}#?\s{0,2}(\d{1,5}[A-Za-z]?(?:-\d{1,3}[A-Za-z]?)?)\b/gi;

export function findLocations(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(STREET)) {
    found.push(candidate(m.index, m.index + m[0].length, 'LOCATION', 'STREET', 0.9, 'number, street name and street type'));
  }
  for (const m of text.matchAll(PO_BOX)) found.push(candidate(m.index, m.index + m[0].length, 'LOCATION', 'STREET', 0.95, 'post office box'));
  for (const m of text.matchAll(CITY_STATE_ZIP)) {
    const city = m[1];
    const cityStart = m.index + m[0].indexOf(city);
    found.push(candidate(cityStart, cityStart + city.length, 'LOCATION', 'CITY', 0.85, 'city before a state code'));
    const stateStart = m.index + m[0].indexOf(m[2], city.length);
    found.push(candidate(stateStart, stateStart + m[2].length, 'LOCATION', 'STATE', 0.85, 'state code after a city'));
    if (m[3]) {
      const zipStart = m.index + m[0].lastIndexOf(m[3]);
      found.push(candidate(zipStart, zipStart + m[3].length, 'LOCATION', 'ZIP', 0.95, 'ZIP code after a state'));
    }
  }
  for (const m of text.matchAll(ZIP_AFTER_STATE_NAME)) found.push(candidate(m.index, m.index + m[0].length, 'LOCATION', 'ZIP', 0.95, 'ZIP code after a state'));
  for (const m of text.matchAll(FACILITY)) found.push(candidate(m.index, m.index + m[0].length, 'LOCATION', 'HOSPITAL', 0.75, 'capitalised name ending in a facility word'));
  for (const m of text.matchAll(ROOM)) {
    const start = m.index + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'LOCATION', 'ROOM', 0.8, 'room or bed number'));
  }
  return found;
}

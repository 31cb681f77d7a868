import places from './data/places';
import worldCities from './data/world-cities';
import { isKnownWord, wordInfo } from './lexicon';
import { CLINICAL_ABBREVIATIONS, NEVER_NAMES } from './vocabulary';
import { WordTable } from '../wordTable';

/**
 * Towns of about a thousand people or more in the countries Clinote's notes mostly come from (GeoNames). A town
 * named by an English or clinical word ("Hope", "Comfort", "Canton", "Pearl City") counts only where the note says
 * it is a place; a town name no dictionary or name list knows ("Biloxi", "Waukesha") counts wherever it stands.
 */
let table: WordTable | undefined;
let firstWords: WordTable | undefined;

function towns(): WordTable {
  return (table ??= new WordTable(places));
}

/** First words of the towns named by more than one word, so longer phrases are only tried where one can start. */
function townFirstWords(): WordTable {
  return (firstWords ??= firstWordsOf(places));
}

/** The first words of a list's names of more than one word. */
function firstWordsOf(list: string): WordTable {
  const words = new Set<string>();
  for (const line of list.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) words.add(line.slice(0, space));
  }
  return new WordTable([...words].join('\n'));
}

export function isListedTown(upper: string): boolean {
  return towns().has(upper);
}

/** isListedTown for the word text[start, end), in any case, without copying it. */
export function isListedTownAt(text: string, start: number, end: number): boolean {
  return towns().hasUpperCased(text, start, end);
}

/** Whether the word text[start, end), in any case, begins a town named by more than one word. */
export function startsListedTownNameAt(text: string, start: number, end: number): boolean {
  return townFirstWords().hasUpperCased(text, start, end);
}

/**
 * A one-word town whose name is nothing else: no English, clinical or drug word, no first name or surname (a town
 * named for a person is left to the name rules and the place cues), no clinical abbreviation.
 */
export function isDistinctTownName(upper: string): boolean {
  return upper.length >= 4 && isListedTown(upper) && namesNothingElse(upper);
}

/** No clinical abbreviation, English, clinical or drug word, first name or surname is written so. */
function namesNothingElse(upper: string): boolean {
  if (CLINICAL_ABBREVIATIONS.has(upper) || NEVER_NAMES.has(upper) || isKnownWord(upper)) return false;
  const info = wordInfo(upper);
  return !info.firstName && !info.surname;
}

/**
 * Cities of 50,000 people or more in the rest of the world (GeoNames), where patients were born, travel, serve or come
 * from. Kept apart from the towns above: the learned tagger's town feature was trained on those alone.
 */
let world: WordTable | undefined;
let worldFirstWords: WordTable | undefined;

function cities(): WordTable {
  return (world ??= new WordTable(worldCities));
}

export function isWorldCity(upper: string): boolean {
  return cities().has(upper);
}

/** Whether the word text[start, end), in any case, begins a world city named by more than one word ("LA PAZ"). */
export function startsWorldCityNameAt(text: string, start: number, end: number): boolean {
  return (worldFirstWords ??= firstWordsOf(worldCities)).hasUpperCased(text, start, end);
}

/** A one-word world city whose name is nothing else, as isDistinctTownName asks of a town ("KATHMANDU", not "MALE"). */
export function isDistinctWorldCityName(upper: string): boolean {
  return upper.length >= 4 && cities().has(upper) && !CITIES_NAMING_A_CONDITION.has(upper) && namesNothingElse(upper);
}
/**
 * Cities a clinical term, scale, criterion, strain, breed or food is named after ("factor V Leiden", "Lugano stage IIB",
 * "Berlin definition", "Milan criteria", "Epworth scale", "Aleppo boil", "Lhasa apso"), and names that are shorthand in
 * notes ("START ARNI", "MITO COCKTAIL"); found by a review and by running the list over CodiEsp's case reports.
 */
const CITIES_NAMING_A_CONDITION = new Set([
  'LEIDEN', 'LUGANO', 'MARBURG', 'OROPOUCHE', 'BASEL', 'BERLIN', 'MILAN', 'ROME', 'PARIS', 'SAPPORO', 'LUND', 'EPWORTH', 'ATLANTIS',
  'STARGARD', 'FUNDACION', 'ARNI', 'MITO', 'TENDO', 'LILLE', 'TILBURG', 'PHUKET', 'ALEPPO', 'AKITA', 'LHASA', 'GOUDA', 'DIJON', 'GOMA',
  'BORDEAUX', 'HELSINKI', 'VIENNA', 'KYOTO', 'TOKYO', 'ROTTERDAM', 'SEOUL', 'MADRAS',
]);

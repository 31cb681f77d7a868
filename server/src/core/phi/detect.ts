import { CancellationToken, neverCancelled, throwIfCancelled } from '../cancellation';
import { lowerCaseOf } from '../matches';
import { findAges, findOldAgesAfterNames } from './ages';
import { Candidate, resolveOverlaps } from './candidate';
import { findDates } from './dates';
import { findKnown } from './known';
import { findLocations, findRegionCodesAfterPlaces, findRegionCodesNamedAgain, findRoomNumbersAgain, findTownsAfterPlaces } from './locations';
import { findCensusLines, findInitialsOfNamedPeople, findNames, findNamesAmongListedNames } from './names';
import { findProfessions, findTradesAfterRelatives } from './professions';
import { findLearnedPlaces, placesAmongListedNames, shippedTaggerModel, tagText, withNamesReadAsPlaces, type TaggedSpan } from './tagger';
import { normaliseText } from './normalize';
import { findCodesOpeningRowsOfNames, findContactsAndIds, findNumbersAfterNames, findRoomsBesidePatientNames } from './patterns';
import { findPeopleAndRoomsInTableColumns } from './tables';
import type { PhiCategory, PhiFinding, PhiOptions } from './types';

/**
 * Finds protected health information in a note. Findings are sorted by start, never overlap, and carry
 * offsets into `text` as given (invisible characters inside an identifier do not hide it).
 */
export function detectPhi(text: string, options: PhiOptions = {}, token: CancellationToken = neverCancelled): PhiFinding[] {
  throwIfCancelled(token);
  const profile = options.profile ?? 'standard';
  const extended = profile === 'extended';
  const normalised = normaliseText(text);
  const source = normalised.text;
  // The passes share this lower-case copy, and only the note it was made of gets the literal test before expressions.
  lowerCaseOf(source);
  const candidates: Candidate[] = [];
  const passes: Array<() => Candidate[]> = [
    () => findKnown(source, options.known),
    () => findContactsAndIds(source),
    () => findDates(source, { years: extended || options.years === true }),
    () => findAges(source, { allAges: extended || options.allAges === true }),
    () => findLocations(source),
    () => findProfessions(source),
    () => findNames(source, token),
  ];
  for (const pass of passes) {
    for (const found of pass()) candidates.push(found);
    throwIfCancelled(token);
  }
  for (const found of findOldAgesAfterNames(source, candidates)) candidates.push(found);
  const tagger = options.learned === false ? undefined : shippedTaggerModel();
  // Checked against the rules' winners, not every candidate: a name the rules considered and dropped claims nothing.
  const winners = resolveOverlaps(candidates, source);
  const tagged: TaggedSpan[] = tagger ? tagText(source, tagger, token) : [];
  const learned = findLearnedPlaces(source, winners, tagged);
  for (const found of learned) candidates.push(found);
  for (const found of findRegionCodesAfterPlaces(source, [...winners, ...learned])) candidates.push(found);
  for (const found of findTownsAfterPlaces(source, [...winners, ...learned])) candidates.push(found);
  for (const found of findInitialsOfNamedPeople(source, winners)) candidates.push(found);
  for (const found of findNamesAmongListedNames(source, winners)) candidates.push(found);
  const census = findCensusLines(source, winners);
  for (const found of census) candidates.push(found);
  const roomsBesideNames = findRoomsBesidePatientNames(source, [...winners, ...census]);
  for (const found of roomsBesideNames) candidates.push(found);
  const winnersAndCensus = [...winners, ...census, ...roomsBesideNames];
  for (const found of findRoomNumbersAgain(source, winnersAndCensus)) candidates.push(found);
  for (const found of findNumbersAfterNames(source, winnersAndCensus)) candidates.push(found);
  for (const found of findCodesOpeningRowsOfNames(source, winnersAndCensus)) candidates.push(found);
  for (const found of findPeopleAndRoomsInTableColumns(source, winnersAndCensus)) candidates.push(found);
  for (const found of findTradesAfterRelatives(source, winners)) candidates.push(found);
  for (const found of findRegionCodesNamedAgain(source, winners)) candidates.push(found);

  const wanted = new Set<PhiCategory>(options.categories ?? ['NAME', 'PROFESSION', 'LOCATION', 'AGE', 'DATE', 'CONTACT', 'ID']);
  if (profile === 'safeHarbor') wanted.delete('PROFESSION');
  const allowed = new Set((options.allowList ?? []).map((entry) => entry.trim().toLowerCase()));

  const reportable = (found: Candidate) =>
    wanted.has(found.category) &&
    !(profile === 'safeHarbor' && found.subtype === 'DOCTOR') &&
    // The caller's own words: the detection copy has Latin-1 stand-ins for other letters.
    !(allowed.size && allowed.has(text.slice(normalised.toOriginal(found.start), normalised.toOriginal(found.end - 1) + 1).trim().toLowerCase()));
  const kept = candidates.filter(reportable);
  const nothingSetAside = kept.length === candidates.length;
  // The tagger judges names among all the rules found, before an option sets some aside: a person's cue an option hides
  // still keeps a name a person's, and a place stays reported where names are not wanted. Where places are not wanted,
  // a name the tagger reads as one stays the name the rules found.
  const everything = resolveOverlaps(nothingSetAside ? kept : candidates, source);
  const places = wanted.has('LOCATION') ? placesAmongListedNames(source, everything, tagged) : [];
  const resolved = nothingSetAside ? everything : resolveOverlaps(wanted.has('NAME') ? kept : [...kept, ...places.filter(reportable)], source);
  const findings: PhiFinding[] = [];
  for (const found of withNamesReadAsPlaces(source, resolved, places)) {
    const start = normalised.toOriginal(found.start);
    const end = normalised.toOriginal(found.end - 1) + 1;
    findings.push({
      start,
      end,
      text: text.slice(start, end),
      category: found.category,
      subtype: found.subtype,
      confidence: Math.round(found.confidence * 100) / 100,
      reason: found.reason,
    });
  }
  return findings;
}

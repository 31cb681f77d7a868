import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Candidate, candidate } from '../../../server/src/core/phi/candidate';
import { detectPhi } from '../../../server/src/core/phi/detect';
import { CAPITALISED_UNKNOWN_WORD, LISTED_NAME, SAME_NAME_ELSEWHERE } from '../../../server/src/core/phi/names';
import { PLACE_OVER_NAME_MARGIN, placesAmongListedNames, withNamesReadAsPlaces, type TaggedSpan } from '../../../server/src/core/phi/tagger';
import { describeMarkedCases } from './marked';

/** A name finding over the first occurrence of `words` at or after `from`. */
function nameAt(text: string, words: string, reason: string, from = 0): Candidate {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" is not in the text`);
  return candidate(start, start + words.length, 'NAME', 'PATIENT', 0.7, reason);
}

/** What the tagger would say: a place over the first occurrence of `words` at or after `from`, with this margin. */
function placeTagged(text: string, words: string, margin: number, from = 0): TaggedSpan {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, category: 'LOCATION', margin, lineBegin: 0, capsLine: false };
}

function categories(text: string, findings: readonly Candidate[]): string[] {
  return findings.map((found) => `${found.category}:${text.slice(found.start, found.end)}`);
}

/** The names that become places, as "LOCATION:text". */
function places(text: string, findings: Candidate[], tagged: TaggedSpan[]): string[] {
  return placesAmongListedNames(text, findings, tagged).map((found) => `${found.category}:${text.slice(found.start, found.end)}`);
}

// The tagger's part is given here, so these hold whatever model is shipped; the cases below run the shipped one.
describe('names the tagger reads as places', () => {
  const strong = PLACE_OVER_NAME_MARGIN + 10;

  it('a name from the name lists alone becomes a place, and its repetition follows', () => {
    const text = 'Wound care at Shady Oaks weekly. Shady Oaks faxed the orders.';
    const first = nameAt(text, 'Shady Oaks', LISTED_NAME);
    const again = nameAt(text, 'Shady Oaks', SAME_NAME_ELSEWHERE, first.end);
    const found = placesAmongListedNames(text, [first, again], [placeTagged(text, 'Shady Oaks', strong)]);
    assert.deepEqual(found.map((f) => `${f.category}:${text.slice(f.start, f.end)}`), ['LOCATION:Shady Oaks', 'LOCATION:Shady Oaks']);
    assert.equal(found[0].subtype, 'ORGANIZATION');
    assert.match(found[0].reason, /read as a place by the learned tagger/);
  });

  it('stays a name below the margin, or where the tagger covers only part of it', () => {
    const text = 'Wound care at Shady Oaks weekly.';
    const name = nameAt(text, 'Shady Oaks', LISTED_NAME);
    assert.deepEqual(places(text, [name], [placeTagged(text, 'Shady Oaks', PLACE_OVER_NAME_MARGIN - 1)]), []);
    assert.deepEqual(places(text, [name], [placeTagged(text, 'Shady', strong)]), []);
  });

  it('stays a name where the note names the same words with a cue of a person', () => {
    const text = 'Dr. Hope saw her. Moved back to Hope last year.';
    const titled = nameAt(text, 'Hope', 'clinician title before the name');
    const listed = nameAt(text, 'Hope', LISTED_NAME, titled.end);
    assert.deepEqual(places(text, [titled, listed], [placeTagged(text, 'Hope', strong, titled.end)]), []);
  });

  it('a frequent name that is no town and a listed first name leading the words stay names', () => {
    const text = 'Seen with Patel today.\nRef - Gloria Pena, 62.';
    const names = [nameAt(text, 'Patel', LISTED_NAME), nameAt(text, 'Gloria Pena', LISTED_NAME)];
    assert.deepEqual(places(text, names, [placeTagged(text, 'Patel', strong), placeTagged(text, 'Gloria Pena', strong)]), []);
  });

  it('a name after a room or a bed stays a name, in any case', () => {
    const text = 'RM 607 BED 1 WHITCOMB - CELLULITIS\nbed 3 Whitcomb resting';
    const upper = nameAt(text, 'WHITCOMB', CAPITALISED_UNKNOWN_WORD);
    const lower = nameAt(text, 'Whitcomb', CAPITALISED_UNKNOWN_WORD);
    assert.deepEqual(places(text, [upper, lower], [placeTagged(text, 'WHITCOMB', strong), placeTagged(text, 'Whitcomb', strong)]), []);
  });

  it('names listed with a person stay people, before or after the person', () => {
    const text = 'The bakery of Marrero and Whitcomb closed. Whitcomb and Marrero sold it.';
    const marrero = nameAt(text, 'Marrero', LISTED_NAME);
    const whitcomb = nameAt(text, 'Whitcomb', 'name before a verb');
    const whitcombAgain = nameAt(text, 'Whitcomb', 'name before a verb', whitcomb.end);
    const marreroAgain = nameAt(text, 'Marrero', LISTED_NAME, marrero.end);
    const tagged = [placeTagged(text, 'Marrero', strong), placeTagged(text, 'Marrero', strong, marrero.end)];
    assert.deepEqual(places(text, [marrero, whitcomb, whitcombAgain, marreroAgain], tagged), []);
  });

  it('two names both read as places, listed together, are both places', () => {
    const text = 'Family drives in from Busby and Ashland each week.';
    const busby = nameAt(text, 'Busby', LISTED_NAME);
    const ashland = nameAt(text, 'Ashland', LISTED_NAME);
    assert.deepEqual(places(text, [busby, ashland], [placeTagged(text, 'Busby', strong), placeTagged(text, 'Ashland', strong)]), ['LOCATION:Busby', 'LOCATION:Ashland']);
  });

  it('a surname before a comma and a given name stays a name, however the tagger reads both', () => {
    const text = 'NAKOA, DUKE  BED 6';
    const nakoa = nameAt(text, 'NAKOA', CAPITALISED_UNKNOWN_WORD);
    const duke = nameAt(text, 'DUKE', LISTED_NAME);
    assert.deepEqual(places(text, [nakoa, duke], [placeTagged(text, 'NAKOA', strong), placeTagged(text, 'DUKE', strong)]), []);
  });

  it('a repetition stays a name where another occurrence the lists found stayed one', () => {
    const text = 'RM 12 BUSBY - STABLE\nFamily from Busby. Busby ate lunch.';
    const census = nameAt(text, 'BUSBY', LISTED_NAME);
    const town = nameAt(text, 'Busby', LISTED_NAME);
    const again = nameAt(text, 'Busby', SAME_NAME_ELSEWHERE, town.end);
    const tagged = [placeTagged(text, 'BUSBY', strong), placeTagged(text, 'Busby', strong)];
    assert.deepEqual(places(text, [census, town, again], tagged), ['LOCATION:Busby']);
  });

  it('turns the candidates inside a place into it, and leaves every other candidate as it was', () => {
    const text = 'Seen 3/4 at Shady Oaks.';
    const date = candidate(5, 8, 'DATE', 'DATE', 0.9, 'a date');
    const name = nameAt(text, 'Shady Oaks', LISTED_NAME);
    const part = nameAt(text, 'Oaks', LISTED_NAME);
    const found = withNamesReadAsPlaces(text, [date, name, part], placesAmongListedNames(text, [date, name], [placeTagged(text, 'Shady Oaks', strong)]));
    assert.equal(found[0], date);
    assert.deepEqual(categories(text, found), ['DATE:3/4', 'LOCATION:Shady Oaks', 'LOCATION:Oaks']);
  });
});

describeMarkedCases('names the shipped tagger reads as places, through detectPhi', [
  { name: 'a facility the name lists took for a person', note: 'Follows with wound care at «Shady Oaks|LOCATION» weekly.' },
  { name: 'a church of listed words', note: 'Church: «Iglesia de Dios Peniel|LOCATION» on Sundays.' },
  { name: 'a cued name stays a name everywhere in the note', note: 'Dr. «Hope|NAME» saw her today. «Hope|NAME» will call back Friday.' },
  { name: 'a name on a census line stays a name', note: 'RM «607|LOCATION» BED «1|LOCATION» «YAZZIE|NAME» - CELLULITIS' },
  { name: 'a listed first name before a surname stays a name', note: 'Ref to sleep lab - «Gloria Pena|NAME», 62, loud snoring.' },
  { name: 'a surname before a comma and a given name stays a name', note: 'ED NOTE: «PATEL|NAME», «HARSHA|NAME»  DOB «01/02/1950|DATE»' },
  { name: 'care settings, relations and verbs the tagger took for places are none', note: 'FROM TCU. STEPDTR AT BEDSIDE.\nDISPATCHED TO HOME.' },
]);

describe('names read as places, by category set', () => {
  it('stay names where places are not wanted', () => {
    const text = 'Follows with wound care at Shady Oaks weekly.';
    assert.deepEqual(detectPhi(text).map((f) => `${f.category}:${f.text}`), ['LOCATION:Shady Oaks']);
    assert.deepEqual(detectPhi(text, { categories: ['NAME'] }).map((f) => `${f.category}:${f.text}`), ['NAME:Shady Oaks']);
  });

  it('are reported where places are wanted and names are not', () => {
    const text = 'Follows with wound care at Shady Oaks weekly.';
    assert.deepEqual(detectPhi(text, { categories: ['LOCATION'] }).map((f) => `${f.category}:${f.text}`), ['LOCATION:Shady Oaks']);
  });

  it('stay names where the cue of a person is one an option sets aside', () => {
    const text = 'Dr. Shady Oaks saw her.\nWound care at Shady Oaks weekly.';
    assert.ok(detectPhi(text, { profile: 'safeHarbor' }).every((f) => f.category !== 'LOCATION'));
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from '../../../server/src/core/phi/detect';
import { wordInfo } from '../../../server/src/core/phi/lexicon';
import { CancelledError, type CancellationToken } from '../../../server/src/core/cancellation';
import { LOW_CONFIDENCE, PHI_CATEGORIES, type PhiFinding } from '../../../server/src/core/phi/types';
import { candidate, type Candidate } from '../../../server/src/core/phi/candidate';
import { findCodesOpeningRowsOfNames } from '../../../server/src/core/phi/patterns';

const NOTE = [
  'ADMISSION NOTE 03/14/2021',
  'Patient: Abernathy, Clarissa   MRN: 00482913   DOB: 04/17/1956',
  'Mrs. Abernathy is a 64 year-old woman seen by Dr. Okafor for dyspnea. Abernathy\'s daughter Grace',
  'was called at (617) 555-0142. Lives at 42 Willow Brook Rd, Worcester, MA 01609.',
  'Foley in place. BP 120/80. Strength 4/5. Plan: Lasix 40 mg, recheck BMP 3/16.',
  'Electronically signed by: Samuel Whitfield, MD',
].join('\n');

function assertWellFormed(text: string, findings: PhiFinding[]): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    assert.ok(f.start >= 0 && f.end > f.start && f.end <= text.length, `offsets in range for ${JSON.stringify(f)}`);
    assert.equal(f.text, text.slice(f.start, f.end));
    assert.ok((PHI_CATEGORIES as readonly string[]).includes(f.category));
    assert.ok(f.confidence >= 0 && f.confidence <= 1);
    assert.ok(f.reason.length > 0 && !f.reason.includes(f.text), `reason "${f.reason}" must not quote the note`);
    if (i > 0) assert.ok(findings[i - 1].end <= f.start, 'sorted and non-overlapping');
  }
}

describe('detectPhi invariants', () => {
  it('returns sorted, non-overlapping findings whose text is the original slice', () => {
    const findings = detectPhi(NOTE);
    assert.ok(findings.length >= 12, `expected a dozen findings, got ${findings.length}`);
    assertWellFormed(NOTE, findings);
  });

  it('finds each kind of identifier in a realistic note', () => {
    const found = new Map(detectPhi(NOTE).map((f) => [f.text, f.category]));
    assert.equal(found.get('Abernathy, Clarissa'), 'NAME');
    assert.equal(found.get("Abernathy"), 'NAME');
    assert.equal(found.get('Okafor'), 'NAME');
    assert.equal(found.get('Grace'), 'NAME');
    assert.equal(found.get('00482913'), 'ID');
    assert.equal(found.get('04/17/1956'), 'DATE');
    assert.equal(found.get('3/16'), 'DATE');
    assert.equal(found.get('(617) 555-0142'), 'CONTACT');
    assert.equal(found.get('01609'), 'LOCATION');
    assert.equal(found.get('Samuel Whitfield'), 'NAME');
    assert.ok(!found.has('Foley') && !found.has('120/80') && !found.has('4/5') && !found.has('Lasix'));
  });

  it('maps offsets back through zero-width characters and bidirectional marks', () => {
    const text = 'Seen by Dr. O\u200Bka\u200Dfor and Mrs. \u200FLind\uFEFFqvist on 3/4/2019.';
    const findings = detectPhi(text);
    assertWellFormed(text, findings);
    assert.deepEqual(
      findings.map((f) => f.text),
      ['O\u200Bka\u200Dfor', 'Lind\uFEFFqvist', '3/4/2019'],
    );
  });

  it('keeps offsets right with CRLF and CR-only line ends', () => {
    for (const lineEnd of ['\r\n', '\r']) {
      const text = NOTE.split('\n').join(lineEnd);
      const findings = detectPhi(text);
      assertWellFormed(text, findings);
      assert.equal(findings.length, detectPhi(NOTE).length, `same findings with ${JSON.stringify(lineEnd)}`);
    }
  });

  it('marks weak evidence below the low-confidence threshold and context above it', () => {
    const findings = detectPhi('Seen by Dr. Okafor. Ms Hunter called; she is a Joy to care for.');
    const byText = new Map(findings.map((f) => [f.text, f.confidence]));
    assert.ok((byText.get('Okafor') ?? 0) >= 0.9);
    assert.ok((byText.get('Joy') ?? 0) < LOW_CONFIDENCE, 'a word-name mid-sentence is only a low-confidence finding');
  });

  it('honours a token cancelled before the call', () => {
    assert.throws(() => detectPhi(NOTE, {}, { isCancellationRequested: true }), CancelledError);
  });

  it('honours a token cancelled between passes', () => {
    let checks = 0;
    const token: CancellationToken = {
      get isCancellationRequested() {
        checks++;
        return checks > 3;
      },
    };
    assert.throws(() => detectPhi(NOTE, {}, token), CancelledError);
  });

  it('handles empty and whitespace-only text', () => {
    assert.deepEqual(detectPhi(''), []);
    assert.deepEqual(detectPhi(' \n\r\n\t '), []);
  });

  it('stays fast on inputs built to make a regular expression backtrack', () => {
    const hostile = [
      (scale: number) => 'a'.repeat(Math.round(200_000 * scale)) + '@',
      (scale: number) => '1'.repeat(Math.round(200_000 * scale)),
      (scale: number) => '1-'.repeat(Math.round(100_000 * scale)),
      (scale: number) => 'A '.repeat(Math.round(100_000 * scale)),
      (scale: number) => 'Dr. '.repeat(Math.round(50_000 * scale)),
      (scale: number) => '.'.repeat(Math.round(200_000 * scale)) + 'com',
      (scale: number) => ':'.repeat(Math.round(100_000 * scale)) + 'a',
      (scale: number) => '12/'.repeat(Math.round(70_000 * scale)),
      // Every line has a comma before a capital and a sign-off credential: each once made a scan back to the text's start.
      (scale: number) => 'Seen, Dr Ruiz MD\n'.repeat(Math.round(100_000 * scale)),
      // One long line of addresses: each street and ZIP once searched to the text's end or start for its line.
      (scale: number) => '12 Main Street '.repeat(Math.round(140_000 * scale)),
      (scale: number) => 'Boston, MA 02114 '.repeat(Math.round(80_000 * scale)),
      // Initials, then a long run of blanks not at the end: the closing-initials expression once tried every split of the blanks.
      (scale: number) => 'NOTE\nAB' + ' '.repeat(Math.round(200_000 * scale)) + 'x',
      // Back-to-back phone numbers overlap into one cluster of 80,000 candidates: resolving it was once quadratic (~13 s).
      (scale: number) => '0412 345 678 '.repeat(Math.round(40_000 * scale)),
      // Rooms and postcodes on one long line: each once searched back to the line's start for its unit or town (~16 s).
      (scale: number) => 'ROOM 4 '.repeat(Math.round(60_000 * scale)),
      (scale: number) => 'SW2A 1AA '.repeat(Math.round(45_000 * scale)),
      // Flights, and a dictation stamp's initials, on one long line: each once searched back to the line's start (~27 s at 0.9 MB).
      (scale: number) => 'FLIGHT UA 123 Dulles -> Denver seat 4A; '.repeat(Math.round(25_000 * scale)),
      (scale: number) => 'DICTATED 10:15 CB/AAH #20417 '.repeat(Math.round(35_000 * scale)),
      // The same login-shaped word closing every line: each was once counted against all the others.
      (scale: number) => 'A - RWALKER\n'.repeat(Math.round(100_000 * scale)),
      // A name before each of thousands of e-mail addresses: each address was once checked against every name found before it (~28 s at 1.6 MB).
      (scale: number) => 'Teresa Lund tlund@x.example '.repeat(Math.round(50_000 * scale)),
    ];
    const timed = (text: string) => {
      const started = performance.now();
      const findings = detectPhi(text);
      const seconds = (performance.now() - started) / 1000;
      assertWellFormed(text, findings);
      return seconds;
    };
    for (const build of hostile) {
      const text = build(1);
      const seconds = timed(text);
      // Linear work on these 1–2 MB takes 2–8 s, by how fast and how loaded the machine is (rules and tagger); each
      // quadratic pass they once caught took 13 s or more. Past 8 s the input is timed again at half its size: linear
      // work takes about twice as long for twice the text, a quadratic pass four times as long.
      if (seconds < 8) continue;
      const half = timed(build(0.5));
      assert.ok(seconds < 2.6 * half + 0.5, `${JSON.stringify(text.slice(0, 12))}… took ${seconds.toFixed(2)} s, and ${half.toFixed(2)} s at half the size`);
    }
  });

  it('reads the beds of a long census in time linear in its rows', () => {
    // Each bed named again was once checked against every row: 48,000 rows took about 3 s, where linear work takes 0.1 s.
    const rows = Array.from({ length: 48_000 }, (_, i) => `W${i % 10}-${String(i % 1000).padStart(3, '0')}   SMITH, JOHN  W${i % 10}-${String(i % 1000).padStart(3, '0')}\n`);
    const text = rows.join('');
    const winners: Candidate[] = [];
    let at = 0;
    for (const row of rows) {
      const start = at + row.indexOf('SMITH');
      winners.push(candidate(start, start + 'SMITH, JOHN'.length, 'NAME', 'PATIENT', 0.9, 'test'));
      at += row.length;
    }
    const started = performance.now();
    const found = findCodesOpeningRowsOfNames(text, winners);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(found.length, 96_000);
    assert.ok(seconds < 1, `${(text.length / 1e6).toFixed(2)} MB of census rows took ${seconds.toFixed(2)} s`);
  });

  it('finishes a multi-megabyte document with every finding well formed', () => {
    const text = (NOTE + '\n\n').repeat(Math.ceil(3_000_000 / (NOTE.length + 2)));
    const started = performance.now();
    const findings = detectPhi(text);
    const seconds = (performance.now() - started) / 1000;
    assertWellFormed(text, findings);
    assert.equal(findings.length % detectPhi(NOTE + '\n\n').length, 0, 'every copy of the note gives the same findings');
    assert.ok(seconds < 60, `3 MB took ${seconds.toFixed(1)} s`);
  });
});

describe('name lexicon tiers', () => {
  it('treats unambiguous census names as names', () => {
    assert.equal(wordInfo('KOWALSKI').tier, 'name');
    assert.equal(wordInfo('ROXANNE').tier, 'name');
  });
  it('needs context for names that are English or clinical words', () => {
    for (const word of ['WILL', 'HOPE', 'BROWN', 'GRACE', 'MARK', 'BILL']) assert.equal(wordInfo(word).tier, 'ambiguous', word);
  });
  it('never takes eponyms, abbreviations and function words for names alone', () => {
    for (const word of ['FOLEY', 'PARKINSON', 'GLASGOW', 'BABINSKI', 'THE', 'PT', 'LASIX']) assert.equal(wordInfo(word).tier, 'word', word);
  });
  it('knows names missing from the 1990 census', () => {
    assert.ok(wordInfo('AALIYAH').firstName);
    assert.ok(wordInfo('OKONKWO').surname);
  });
});

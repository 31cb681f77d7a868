import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyReplacements, deidentify, mergeOverlaps, redact, reidentify } from '../../../server/src/core/phi/deid';
import { SurrogateGenerator, keepCase, shiftDateText } from '../../../server/src/core/phi/surrogate';
import type { PhiFinding } from '../../../server/src/core/phi/types';

const KEY = 'k'.repeat(32);

function finding(text: string, category: PhiFinding['category'], subtype: PhiFinding['subtype'], start = 0): PhiFinding {
  return { start, end: start + text.length, text, category, subtype, confidence: 0.9, reason: 'test' };
}

function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

describe('surrogates', () => {
  const generator = new SurrogateGenerator(KEY, 'doc-1');

  it('shift every date of a document by one offset between 30 and 365 days', () => {
    assert.ok(Math.abs(generator.dateShiftDays) >= 30 && Math.abs(generator.dateShiftDays) <= 365);
    const other = new SurrogateGenerator(KEY, 'doc-2');
    const shifts = new Set([generator.dateShiftDays, other.dateShiftDays, new SurrogateGenerator(KEY, 'doc-3').dateShiftDays]);
    assert.ok(shifts.size > 1, 'documents get their own shifts');
  });

  it('keep intervals between dates', () => {
    const a = generator.surrogateFor(finding('07/22/2024', 'DATE', 'DATE'));
    const b = generator.surrogateFor(finding('08/05/2024', 'DATE', 'DATE'));
    const [am, ad, ay] = a.split('/').map(Number);
    const [bm, bd, by] = b.split('/').map(Number);
    assert.equal(daysBetween(new Date(Date.UTC(ay, am - 1, ad)), new Date(Date.UTC(by, bm - 1, bd))), 14);
  });

  const shiftCases: Array<[string, number, string]> = [
    ['07/22/2024', 10, '08/01/2024'],
    ['7/22/24', 10, '8/1/24'],
    ['2024-07-22', -22, '2024-06-30'],
    ['22-Jul-2024', 10, '1-Aug-2024'],
    ['July 22nd', 10, 'August 1st'],
    ['Jul. 22, 2024', 10, 'Aug. 1, 2024'],
    ['JULY 22, 2024', 10, 'AUGUST 1, 2024'],
    ['22 July 2024', 365, '22 July 2025'],
    ['July 2024', 31, 'August 2024'],
    ['7/22', 10, '8/1'],
    ['2/28', 1, '2/29'],
    ['22.07.2024', 10, '01.08.2024'],
    ['on the 22nd', 3, 'on the 25th'],
    ['Tuesday', 1, 'Wednesday'],
    ['admitted 12/31/2023 at 14:30', 1, 'admitted 01/01/2024 at 14:30'],
  ];
  for (const [input, days, expected] of shiftCases) {
    it(`shift "${input}" by ${days} days keeping its format`, () => {
      assert.equal(shiftDateText(input, days), expected);
    });
  }

  it('leave an unparseable date to a shape-keeping replacement', () => {
    assert.equal(shiftDateText('sometime', 10), undefined);
    const replaced = generator.surrogateFor(finding('13/45/2024', 'DATE', 'DATE'));
    assert.match(replaced, /^\d\d\/\d\d\/\d{4}$/);
    assert.notEqual(replaced, '13/45/2024');
  });

  it('give the same original the same surrogate, and names keep their case style word by word', () => {
    const full = generator.surrogateFor(finding('Marguerite Okafor', 'NAME', 'PATIENT'));
    const family = generator.surrogateFor(finding('Okafor', 'NAME', 'PATIENT'));
    const caps = generator.surrogateFor(finding('OKAFOR', 'NAME', 'PATIENT'));
    const possessive = generator.surrogateFor(finding("Okafor's", 'NAME', 'PATIENT'));
    assert.equal(full.split(' ')[1], family);
    assert.equal(caps, family.toUpperCase());
    assert.equal(possessive, `${family}'s`);
    assert.equal(generator.surrogateFor(finding('Marguerite Okafor', 'NAME', 'PATIENT')), full);
    assert.equal(generator.surrogateFor(finding('Dr. Okafor', 'NAME', 'DOCTOR')), `Dr. ${family}`);
  });

  it('cannot be reproduced without the key', () => {
    const other = new SurrogateGenerator('another key of enough length', 'doc-1');
    const names = ['Okafor', 'Castellanos', 'Nguyen', 'Smith', 'Brown'];
    const same = names.filter((n) => other.surrogateFor(finding(n, 'NAME', 'PATIENT')) === generator.surrogateFor(finding(n, 'NAME', 'PATIENT')));
    assert.ok(same.length < names.length);
  });

  it('turn phone numbers into fictional 555-01xx numbers with the same layout', () => {
    for (const phone of ['(617) 555-0134', '617.232.9981', '+1 617 232 9981', '232-9981', '617-232-9981 x1234']) {
      const surrogate = generator.surrogateFor(finding(phone, 'CONTACT', 'PHONE'));
      assert.equal(surrogate.replace(/\d/g, '0'), phone.replace(/\d/g, '0'), phone);
      assert.match(surrogate.replace(/\D/g, ''), /55501\d\d/);
    }
  });

  it('keep the shape of identifiers and never produce an issuable SSN', () => {
    const mrn = generator.surrogateFor(finding('MR-00482913', 'ID', 'MRN'));
    assert.match(mrn, /^[A-Z]{2}-\d{8}$/);
    const ssn = generator.surrogateFor(finding('123-45-6789', 'ID', 'SSN'));
    assert.match(ssn, /^9\d\d-\d\d-\d{4}$/);
  });

  it('use reserved example domains and addresses for contacts', () => {
    assert.match(generator.surrogateFor(finding('m.okafor@example.com', 'CONTACT', 'EMAIL')), /@example\.org$/);
    assert.match(generator.surrogateFor(finding('https://patient-portal.org/u/4412', 'CONTACT', 'URL')), /^https:\/\/example\.org\//);
    assert.match(generator.surrogateFor(finding('10.4.22.81', 'CONTACT', 'IP_ADDRESS')), /^192\.0\.2\.\d+$/);
  });

  it('fold ages over 89 into one category', () => {
    assert.equal(generator.surrogateFor(finding('92', 'AGE', 'AGE_OVER_89')), '90+');
  });

  it('keep generic words of organisation names', () => {
    const hospital = generator.surrogateFor(finding('Mercy General Hospital', 'LOCATION', 'HOSPITAL'));
    assert.match(hospital, / General Hospital$/);
    assert.ok(!hospital.startsWith('Mercy'));
  });
});

describe('deidentify', () => {
  const text = 'Pt John Smith seen 07/22/2024; call 617-232-9981.';
  const findings = [finding('John Smith', 'NAME', 'PATIENT', 3), finding('07/22/2024', 'DATE', 'DATE', 19), finding('617-232-9981', 'CONTACT', 'PHONE', 36)];

  it('replaces with tags', () => {
    assert.equal(deidentify(text, findings, { mode: 'tag' }).text, 'Pt [NAME] seen [DATE]; call [CONTACT].');
  });

  it('redacts keeping the length', () => {
    const result = deidentify(text, findings, { mode: 'redact' }).text;
    assert.equal(result.length, text.length);
    assert.equal(redact('John Smith'), '████ █████');
  });

  it('is deterministic for a key and document', () => {
    const a = deidentify(text, findings, { mode: 'surrogate', key: KEY, documentId: 'x' });
    const b = deidentify(text, findings, { mode: 'surrogate', key: KEY, documentId: 'x' });
    assert.equal(a.text, b.text);
    assert.ok(!a.text.includes('Smith'));
  });

  it('merges overlapping findings so no character of PHI is left', () => {
    const overlapping = [finding('John Smith', 'NAME', 'PATIENT', 3), finding('Smith seen', 'NAME', 'PATIENT', 8)];
    const merged = mergeOverlaps(overlapping, text);
    assert.deepEqual(merged.map((f) => [f.start, f.end]), [[3, 18]]);
    assert.equal(deidentify(text, overlapping, { mode: 'tag' }).text, 'Pt [NAME] 07/22/2024; call 617-232-9981.');
  });

  it('ignores findings outside the text instead of corrupting it', () => {
    const bad = [{ ...findings[0], start: -5 }, { ...findings[1], end: 10_000 }];
    assert.equal(deidentify(text, bad, { mode: 'tag' }).text, text);
  });

  it('maps surrogates back in a text that quotes them', () => {
    const result = deidentify(text, findings, { mode: 'surrogate', key: KEY, documentId: 'x' });
    const name = result.replacements[0].replacement;
    assert.equal(reidentify(`Summary: ${name} is stable.`, result.replacements), 'Summary: John Smith is stable.');
    assert.equal(applyReplacements('abc', []), 'abc');
  });

  it('applies the original case style', () => {
    assert.equal(keepCase('SMITH', 'Jones'), 'JONES');
    assert.equal(keepCase('smith', 'Jones'), 'jones');
    assert.equal(keepCase('Smith', 'Jones'), 'Jones');
  });
});

describe('surrogates never collide or stay the same', () => {
  it('give different people different surrogates, so an answer maps back to the right one', () => {
    const generator = new SurrogateGenerator('collision key 0123456789', 'doc');
    const surnames = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Walker', 'Wright'];
    const surrogates = surnames.map((name) => generator.surrogateFor(finding(name, 'NAME', 'PATIENT')));
    assert.equal(new Set(surrogates).size, surnames.length);
    const text = 'Mr. Wilson was seen by Dr. Walker; Wright to follow.';
    const result = deidentify(text, [finding('Wilson', 'NAME', 'PATIENT', 4), finding('Walker', 'NAME', 'DOCTOR', 27), finding('Wright', 'NAME', 'DOCTOR', 35)], { mode: 'surrogate', key: 'collision key 0123456789', documentId: 'doc' });
    assert.equal(reidentify(result.text, result.replacements), text);
  });

  it('map back whole words only', () => {
    const replacements = [{ start: 0, end: 4, original: 'Rose', replacement: 'HALE', category: 'NAME' as const }];
    assert.equal(reidentify('HALE uses an INHALER', replacements), 'Rose uses an INHALER');
  });

  it('never leave a value as it was, for any key', () => {
    for (let i = 0; i < 100; i++) {
      const generator = new SurrogateGenerator(`key number ${i} of the loop`, `doc-${i}`);
      for (const [text, category, subtype] of [
        ['2019', 'DATE', 'YEAR'],
        ['07/22/2024', 'DATE', 'DATE'],
        ['45', 'AGE', 'AGE'],
        ['92', 'AGE', 'AGE_OVER_89'],
        ['Smith', 'NAME', 'PATIENT'],
        ['00482913', 'ID', 'MRN'],
        ['MA', 'LOCATION', 'STATE'],
        ['02115', 'LOCATION', 'ZIP'],
      ] as const) {
        assert.notEqual(generator.surrogateFor(finding(text, category, subtype)).toLowerCase(), text.toLowerCase(), `${text} under key ${i}`);
      }
    }
  });

  it('never repeat the local number of a phone already in the fictional 555-01xx range, for any key', () => {
    // The CLI test that de-identifies "(617) 555-0134" with a random key failed once in about a hundred runs.
    for (let i = 0; i < 1000; i++) {
      const generator = new SurrogateGenerator(`key ${i}`, `doc-${i}`);
      for (const text of ['(617) 555-0134', '555-0134', '617.555.0199']) {
        const surrogate = generator.surrogateFor(finding(text, 'CONTACT', 'PHONE'));
        assert.notEqual(surrogate.replace(/\D/g, '').slice(-4), text.replace(/\D/g, '').slice(-4), `${text} under key ${i}`);
      }
    }
  });
});

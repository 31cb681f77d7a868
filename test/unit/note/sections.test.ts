import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationSource, CancelledError } from '../../../server/src/core/cancellation';
import {
  NoteSection,
  SECTION_NAMES,
  SectionKind,
  foldingRanges,
  normalizeTitle,
  parseSections,
  sectionAt,
  sectionKindOf,
  sectionSymbols,
} from '../../../server/src/core/note/sections';

function kinds(text: string): SectionKind[] {
  return parseSections(text).map((section) => section.kind);
}

function titles(text: string): string[] {
  return parseSections(text).map((section) => section.title);
}

function body(text: string, section: NoteSection): string {
  return text.slice(section.bodyStart, section.end);
}

describe('parseSections: colon headers', () => {
  const examples: Array<[string, SectionKind]> = [
    ['HPI:', 'hpi'],
    ['ASSESSMENT AND PLAN:', 'assessment_plan'],
    ['A/P:', 'assessment_plan'],
    ['A&P:', 'assessment_plan'],
    ['Assessment & Plan:', 'assessment_plan'],
    ['MEDICATIONS:', 'medications'],
    ['Discharge Diagnoses:', 'discharge_diagnoses'],
    ['PMH:', 'pmh'],
    ['PE:', 'physical_exam'],
    ['ROS:', 'ros'],
    ['CC:', 'chief_complaint'],
    ['IMPRESSION:', 'impression'],
    ['FINDINGS:', 'findings'],
    ['FAMILY HISTORY:', 'family_history'],
    ['Fam Hx:', 'family_history'],
    ['SH:', 'social_history'],
    ['Hospital Course:', 'hospital_course'],
    ['Follow-up:', 'follow_up'],
    ['Vital Signs:', 'vitals'],
    ['Procedures Performed:', 'procedures'],
  ];
  for (const [header, kind] of examples) {
    it(`recognises ${header} as ${kind}`, () => {
      const text = `Clinic note\n${header}\nbody text\n`;
      const [section] = parseSections(text);
      assert.equal(section?.kind, kind);
      assert.equal(section.title, header.slice(0, -1));
      assert.equal(section.start, text.indexOf(header));
      assert.equal(section.headerEnd, text.indexOf(header) + header.length);
    });
  }

  it('recognises headers in any case', () => {
    assert.deepEqual(kinds('hpi: a\nHpi: b\nhIsToRy Of PrEsEnT iLlNeSs: c\n'), ['hpi', 'hpi', 'hpi']);
  });

  it('starts the body after the colon when text follows on the header line', () => {
    const text = 'HPI: 67yo man with cough.\nSecond line.\nPLAN: rest';
    const [hpi, plan] = parseSections(text);
    assert.equal(hpi!.bodyStart, text.indexOf('67yo'));
    assert.equal(body(text, hpi!), '67yo man with cough.\nSecond line.\n');
    assert.equal(body(text, plan!), 'rest');
  });

  it('starts the body on the next line when nothing but spaces follows the colon', () => {
    const text = 'ALLERGIES:  \t\nPenicillin (rash)\n';
    const [section] = parseSections(text);
    assert.equal(section!.bodyStart, text.indexOf('Penicillin'));
  });

  it('accepts spaces before the colon and a trailing qualifier in parentheses', () => {
    const text = 'HPI : a\nAllergies (reviewed today): NKDA\nMEDICATIONS (HOME)\nnone\n';
    assert.deepEqual(kinds(text), ['hpi', 'allergies', 'medications']);
    assert.deepEqual(titles(text), ['HPI', 'Allergies (reviewed today)', 'MEDICATIONS (HOME)']);
  });

  it('splits at the first colon only, so colons in the body do not create sections', () => {
    const text = 'PLAN: recheck at 10:30: call if worse\nMEDS: lisinopril 10 mg: daily\n';
    assert.deepEqual(kinds(text), ['plan', 'medications']);
  });
});

describe('parseSections: what is not a header', () => {
  it('ignores field labels such as Patient:, MRN:, DOB:, Date: and Attending:', () => {
    const text = 'Patient: Test Person\nMRN: 000000\nDOB: 01/02/1950\nDate: 07/22/2024\nAttending: Dr. Example\n';
    assert.deepEqual(parseSections(text), []);
  });

  it('ignores times and other lines starting with digits', () => {
    assert.deepEqual(parseSections('10:30: patient seen\n14:30 Plan reviewed\n2. Plan: see below\n'), []);
  });

  it('ignores ordinary sentences containing a colon', () => {
    const text = 'The plan is as follows: rest.\nPlan discussed with the patient at 10:30: agrees.\nNote: call back.\n';
    assert.deepEqual(parseSections(text), []);
  });

  it('ignores indented and bulleted labels, which are subsections or list items', () => {
    const text = 'PHYSICAL EXAM:\n  Plan: none\n• Cardiovascular: regular rate\n- Assessment: stable\n';
    assert.deepEqual(kinds(text), ['physical_exam']);
  });

  it('ignores body-system and social-history labels that are not note sections', () => {
    assert.deepEqual(kinds('ROS:\nNEURO: intact\nCV: RRR\nGI: soft\n'), ['ros']);
    assert.deepEqual(kinds('SOCIAL HISTORY:\nEducation: college\nOccupation: retired\nTobacco: never\n'), ['social_history']);
  });

  it('ignores a lone header word that is not in capitals', () => {
    assert.deepEqual(parseSections('Assessment\nPlan\nwas discussed.\n'), []);
  });

  it('ignores lone ALL-CAPS lines that are not known full header names', () => {
    // PE alone is pulmonary embolism in a problem list; HIV and COPD are diagnoses.
    assert.deepEqual(kinds('ASSESSMENT AND PLAN\nPE\nHIV\nCOPD\nFOLLOW UP IN CLINIC\n'), ['assessment_plan']);
  });

  it('returns no sections for empty or header-free text', () => {
    assert.deepEqual(parseSections(''), []);
    assert.deepEqual(parseSections('Seen and examined. Doing well.'), []);
  });
});

describe('parseSections: lone ALL-CAPS and markdown headers', () => {
  it('recognises known headers alone on an ALL-CAPS line, body on the next line', () => {
    const text = 'CHIEF COMPLAINT\n\nAnnual exam.\n\nREVIEW OF SYSTEMS  \nDenies chest pain.\n';
    const sections = parseSections(text);
    assert.deepEqual(sections.map((s) => [s.kind, s.title]), [['chief_complaint', 'CHIEF COMPLAINT'], ['ros', 'REVIEW OF SYSTEMS']]);
    assert.equal(sections[0]!.bodyStart, text.indexOf('\nAnnual') );
    assert.equal(sections[1]!.headerEnd, text.indexOf('\nDenies'));
  });

  it('recognises markdown headings of known and unknown titles', () => {
    const text = '# Chief Complaint\n- Cough\n### Nursing Handoff\nnone\n## Assessment ##\nstable\n';
    const sections = parseSections(text);
    assert.deepEqual(sections.map((s) => [s.kind, s.title]), [
      ['chief_complaint', 'Chief Complaint'],
      ['other', 'Nursing Handoff'],
      ['assessment', 'Assessment'],
    ]);
  });

  it('nests nothing: a known sub-heading starts a new flat section', () => {
    const text = '# Assessment and Plan\n\n## Plan\nrest\n';
    assert.deepEqual(kinds(text), ['assessment_plan', 'plan']);
  });

  it('keeps "# Problem" lines inside an assessment or plan as problem-list items', () => {
    const text = 'A/P:\n# Hypertension\ncontinue lisinopril\n# Type 2 diabetes\nA1c next visit\n# Social History\nnon-smoker\n';
    const sections = parseSections(text);
    assert.deepEqual(sections.map((s) => s.kind), ['assessment_plan', 'social_history']);
    assert.ok(body(text, sections[0]!).includes('# Type 2 diabetes'));
  });

  it('does not take #-lines without a space or without a letter title for headings', () => {
    assert.deepEqual(parseSections('#HTN\n# 1 of 3\n#\n'), []);
  });
});

describe('parseSections: SOAP letters', () => {
  it('recognises S:/O:/A:/P: when a note uses at least two of them', () => {
    const text = 'S: cough x3 days\nO: afebrile, lungs clear\nA: viral URI\nP: fluids, rest\n';
    assert.deepEqual(kinds(text), ['hpi', 'physical_exam', 'assessment', 'plan']);
  });

  it('does not take a lone letter label for a section', () => {
    assert.deepEqual(parseSections('Q: Does she take it daily?\nA: Yes, every morning.\n'), []);
  });

  it('reads "P: 88" on a vitals line as a pulse, not a plan', () => {
    const text = 'VITALS:\nT: 98.6\nP: 88\nS: feels better\nA: improving\n';
    const sections = parseSections(text);
    assert.deepEqual(sections.map((s) => s.kind), ['vitals', 'hpi', 'assessment']);
    assert.ok(body(text, sections[0]!).includes('P: 88'));
  });
});

describe('parseSections: offsets', () => {
  it('makes sections contiguous from the first header to the end of the text', () => {
    const text = 'Progress note\nPatient: X\n\nCC: cough\nHPI: two days\nPLAN: rest\n';
    const sections = parseSections(text);
    assert.equal(sections[0]!.start, text.indexOf('CC:'));
    for (let i = 1; i < sections.length; i++) assert.equal(sections[i - 1]!.end, sections[i]!.start);
    assert.equal(sections.at(-1)!.end, text.length);
  });

  it('gives the same sections for LF, CRLF and CR line breaks, shifted by the extra characters', () => {
    const lf = 'CC: cough\nHPI:\nthree days\nPLAN\nrest\n';
    for (const lineBreak of ['\r\n', '\r']) {
      const text = lf.replace(/\n/g, lineBreak);
      const sections = parseSections(text);
      assert.deepEqual(sections.map((s) => s.kind), ['chief_complaint', 'hpi', 'plan']);
      assert.equal(sections[1]!.bodyStart, text.indexOf('three'));
      assert.equal(sections[2]!.headerEnd, text.indexOf('PLAN') + 4);
      assert.equal(body(text, sections[2]!), `rest${lineBreak}`);
    }
  });

  it('recognises a header on the first line after a byte-order mark', () => {
    const text = '\uFEFFHPI: cough';
    const [section] = parseSections(text);
    assert.equal(section?.start, 1);
    assert.equal(section.bodyStart, text.indexOf('cough'));
  });

  it('counts offsets in UTF-16 units across astral characters', () => {
    const text = 'Note 🩺🩺\nPLAN: rest';
    const [section] = parseSections(text);
    assert.equal(text.slice(section!.start, section!.headerEnd), 'PLAN:');
  });
});

describe('sectionAt', () => {
  const text = 'Header line\nCC: cough\nPLAN: rest';
  const sections = parseSections(text);

  it('finds the section holding an offset, boundaries included', () => {
    const planStart = text.indexOf('PLAN');
    assert.equal(sectionAt(sections, planStart)?.kind, 'plan');
    assert.equal(sectionAt(sections, planStart - 1)?.kind, 'chief_complaint');
    assert.equal(sectionAt(sections, text.indexOf('CC:'))?.kind, 'chief_complaint');
  });

  it('puts the end of the text in the last section', () => {
    assert.equal(sectionAt(sections, text.length)?.kind, 'plan');
  });

  it('returns undefined before the first header and for no sections', () => {
    assert.equal(sectionAt(sections, 0), undefined);
    assert.equal(sectionAt([], 0), undefined);
    assert.equal(sectionAt(sections, text.length + 1), undefined);
  });
});

describe('sectionSymbols', () => {
  it('selects the title inside a range that leaves trailing blank lines out', () => {
    const text = '## Assessment\nstable\n\n\nPLAN: rest\n';
    const [assessment, plan] = sectionSymbols(text, parseSections(text));
    assert.equal(text.slice(assessment!.selectionRange.start, assessment!.selectionRange.end), 'Assessment');
    assert.equal(text.slice(assessment!.range.start, assessment!.range.end), '## Assessment\nstable');
    assert.equal(text.slice(plan!.range.start, plan!.range.end), 'PLAN: rest');
    assert.equal(plan!.name, 'PLAN');
    assert.equal(plan!.kind, 'plan');
  });

  it('keeps the header inside the range of an empty section', () => {
    const text = 'PLAN:\n\n';
    const [plan] = sectionSymbols(text, parseSections(text));
    assert.deepEqual(plan!.range, { start: 0, end: 5 });
    assert.deepEqual(plan!.selectionRange, { start: 0, end: 4 });
  });
});

describe('foldingRanges', () => {
  it('folds each multi-line section from its header to its last non-blank line', () => {
    const text = 'Title\nCC: cough\nHPI:\nline one\nline two\n\n\nPLAN: rest\n';
    assert.deepEqual(foldingRanges(text, parseSections(text)), [{ startLine: 2, endLine: 4 }]);
  });

  it('gives the same line numbers for LF, CRLF and CR notes', () => {
    const lf = 'CC:\ncough\n\nHPI:\none\ntwo\nPLAN\nrest';
    const expected = [{ startLine: 0, endLine: 1 }, { startLine: 3, endLine: 5 }, { startLine: 6, endLine: 7 }];
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const text = lf.replace(/\n/g, lineBreak);
      assert.deepEqual(foldingRanges(text, parseSections(text)), expected, JSON.stringify(lineBreak));
    }
  });
});

describe('section name table', () => {
  it('maps every spelling to exactly one kind', () => {
    const seen = new Map<string, SectionKind>();
    for (const entry of SECTION_NAMES) {
      for (const name of [...entry.names, ...(entry.abbreviations ?? [])]) {
        const key = normalizeTitle(name);
        const previous = seen.get(key);
        assert.ok(previous === undefined || previous === entry.kind, `${name}: ${previous} and ${entry.kind}`);
        seen.set(key, entry.kind);
      }
    }
  });

  it('recognises every listed name as a colon header and every full name as an ALL-CAPS line', () => {
    for (const entry of SECTION_NAMES) {
      for (const name of entry.names) {
        assert.deepEqual(kinds(`x\n${name}: y\n`), [entry.kind], `${name}:`);
        assert.deepEqual(kinds(`x\n${name.toUpperCase()}\ny\n`), [entry.kind], name.toUpperCase());
      }
      for (const abbreviation of entry.abbreviations ?? []) {
        if (abbreviation.length > 1) assert.deepEqual(kinds(`x\n${abbreviation}: y\n`), [entry.kind], abbreviation);
      }
    }
  });

  it('looks up spelling variants through sectionKindOf', () => {
    assert.equal(sectionKindOf('  Past  Medical   History '), 'pmh');
    assert.equal(sectionKindOf('Assessment / Plan'), 'assessment_plan');
    assert.equal(sectionKindOf('FOLLOW-UP'), 'follow_up');
    assert.equal(sectionKindOf('Patient'), undefined);
  });
});

describe('parseSections: robustness', () => {
  it('stops with CancelledError when the token is cancelled', () => {
    const cancelled = new CancellationSource();
    cancelled.cancel();
    assert.throws(() => parseSections('HPI: x\n'.repeat(10), cancelled), CancelledError);
  });

  it('stays linear on a 1 MB note and on pathological input', () => {
    const block = 'HPI: 67yo man with cough for 3 days, seen at 10:30.\nPatient: denies fever.\nPLAN\n# HTN\n' +
      'Continue lisinopril 10 mg PO daily; f/u in 2 weeks.\n\n';
    const inputs = [
      block.repeat(Math.ceil(1_000_000 / block.length)),
      'Plan plan plan plan '.repeat(50_000),
      'A: '.repeat(330_000),
      '#'.repeat(1_000_000),
      ' '.repeat(1_000_000),
      'Plan:\r\n'.repeat(140_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      const sections = parseSections(text);
      foldingRanges(text, sections);
      // Generous for a shared machine; a quadratic path would take minutes on these inputs.
      assert.ok(performance.now() - started < 1500, `took ${performance.now() - started} ms`);
    }
  });
});

describe('parseSections: invariants on generated notes', () => {
  // Fixed-seed generator so a failure reproduces.
  let seed = 20240722;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const fragments = ['HPI: cough', 'PLAN', 'Plan', 'A/P:', '# HTN', '## Assessment', 'S: x', 'P: 88', 'Patient: X',
    '10:30', 'denies fever', '', '   ', 'ALLERGIES (REVIEWED)', '\uFEFF', 'ROS:', '#', ':', 'A:', 'MEDS: none 🩺'];
  const breaks = ['\n', '\r\n', '\r', ''];

  it('keeps sections ordered, contiguous and well formed, and sectionAt consistent with them', () => {
    for (let note = 0; note < 300; note++) {
      let text = '';
      const parts = 1 + Math.floor(random() * 25);
      for (let i = 0; i < parts; i++) text += pick(fragments) + pick(breaks);
      const sections = parseSections(text);
      sections.forEach((section, index) => {
        assert.ok(section.start < section.headerEnd && section.headerEnd <= section.bodyStart, JSON.stringify(text));
        assert.ok(section.bodyStart <= section.end && section.end <= text.length, JSON.stringify(text));
        assert.equal(section.end, sections[index + 1]?.start ?? text.length, JSON.stringify(text));
        assert.equal(sectionAt(sections, section.start), section);
        assert.equal(sectionAt(sections, section.end - 1), section);
      });
      const folds = foldingRanges(text, sections);
      for (const fold of folds) assert.ok(fold.startLine < fold.endLine);
    }
  });
});

// HOLD-OUT templates (synthetic-holdout.jsonl). Do NOT read these or tune the detector to notes made
// from them: they exist to estimate performance on text nobody has tuned against. Styles, phrasing and
// several formats here appear nowhere in the dev templates.
import { phi, type SlotTable } from './note-builder';
import type { NoteContext } from './slots';
import { MONTHS, addDays, ordinal, phoneNumber } from './surrogates';
import type { StyleTemplates } from './templates-dev';

const pad = (n: number) => String(n).padStart(2, '0');
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty'];
const UNITS_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export const HOLDOUT_SLOTS: SlotTable<NoteContext> = {
  date_of: (c) => {
    const d = addDays(c.visit, -c.rng.int(0, 40));
    return phi(c.rng.pick([`${ordinal(d.day)} of ${MONTHS[d.month - 1]} ${d.year}`, `${MONTHS[d.month - 1]} the ${ordinal(d.day)}`, `${ordinal(d.day)} ${MONTHS[d.month - 1].slice(0, 3)}`]), 'DATE', 'DATE');
  },
  date_compact: (c) => {
    const d = addDays(c.visit, -c.rng.int(0, 10));
    return phi(c.rng.pick([`${d.year}${pad(d.month)}${pad(d.day)}`, `${pad(d.day)}${MONTHS[d.month - 1].slice(0, 3).toUpperCase()}${d.year}`, `${pad(d.month)}-${pad(d.day)}-${pad(d.year % 100)}`, `${d.month}.${d.day}.${pad(d.year % 100)}`]), 'DATE', 'DATE');
  },
  age_words: (c) => {
    const years = c.rng.int(21, 88);
    const words = years % 10 === 0 ? TENS[years / 10] : `${TENS[Math.floor(years / 10)]}-${UNITS_WORDS[years % 10]}`;
    return [phi(words, 'AGE', 'AGE', true), c.rng.pick(['-year-old', ' year old'])];
  },
  initials: (c) => phi(`${c.patient.first[0]}.${c.patient.last[0]}.`, 'NAME', 'PATIENT'),
  labelled_phone: (c) => [c.rng.pick(['c: ', '(h) ', 'cell# ', 'W ', 'mobile ']), phi(phoneNumber(c.rng), 'CONTACT', 'PHONE')],
  cosigner: (c) => [phi(`${c.doctors[1].last.toUpperCase()}, ${c.doctors[1].first.toUpperCase()}`, 'NAME', 'DOCTOR'), c.rng.pick([' MD', ' DO', ' (Attending)'])],
  unit_number: (c) => ['Unit No. ', phi(`${c.rng.int(100, 999)}-${pad(c.rng.int(0, 99))}-${pad(c.rng.int(0, 99))}`, 'ID', 'MRN')],
};

export const HOLDOUT_STYLES: readonly StyleTemplates[] = [
  {
    style: 'operative',
    capsShare: 0.15,
    weight: 2,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'OPERATIVE REPORT\nDate of operation: {date_of}\nSurgeon: {dr}   Assistant: {pa}\nPatient: {pt}, {unit_number}',
        'OP NOTE {date_compact}  {hospital}  OR {n}\nPt {initials}  MRN {mrn}\nSurgeon {dr}; anesthesia {dr3}',
      ],
      [
        'PREOPERATIVE DIAGNOSIS: {?symptomatic cholelithiasis|right hip osteoarthritis|perforated appendix}.\nANESTHESIA: general endotracheal. EBL {n}0 mL. Foley placed.',
        'Indication: {age_words} {sex} with {eponym}; consent obtained from {his} {relation}, {rel_full}, by phone ({labelled_phone}).',
      ],
      [
        'Findings: {?inflamed gallbladder, no stones in CBD|grade IV chondral loss|purulent fluid in pelvis}. Implant lot and serial recorded: {device}. {plain}.',
        'Procedure in detail: patient identified by name and DOB ({dob}), site marked. {plain}. Specimens to pathology.',
      ],
      [
        'Dictated by {cosigner}, {date_time}. Post-op to {unit}, {room}.',
        '{dr}\nCosigned: {cosigner} {date_compact}',
      ],
    ],
  },
  {
    style: 'social-work',
    capsShare: 0.1,
    weight: 2,
    separators: ['\n\n', '\n'],
    sections: [
      [
        'SOCIAL WORK ASSESSMENT - {date_of}\nReferred by {dr} for discharge planning.',
        'Care management note {date_compact}: met with {pt_title} and {his} {relation}.',
      ],
      [
        'Pt is a {age_words} {sex} who lives alone in an apartment at {address}; formerly employed as {a_profession} with {employer} until {year}. Emigrated from {country} in {year}.',
        '{pt_first} lives with {relation} {rel_full} ({labelled_phone}) in {city}, {state}. Receives SSDI; Medicaid ID {member}. Drives a pickup, {vehicle}.',
        '{age90} {sex}, widowed; {relation} {rel_first} is HCP and lives in {other_city}. {plain}.',
      ],
      [
        'Plan: VNA referral faxed to {fax}. Transportation through {employer}. SW will f/u on {weekday_date}. {plain}.',
        'Resources given: food pantry, elder services ({phone}). Family meeting {date_next} at {time} with {dr2}.',
      ],
      [
        '{rn2}, LICSW\n{labelled_phone}',
        'Signed {rn2} LCSW {date_time}',
      ],
    ],
  },
  {
    style: 'signout',
    capsShare: 0.5,
    weight: 3,
    separators: ['\n', ' | '],
    sections: [
      [
        'SIGNOUT {date_compact} - {unit}',
        'HANDOFF to night float {weekday_date}',
        'I-PASS {time} {unit}',
      ],
      [
        '{room}: {pt_last} {age_n}{?M|F} - {eponym}; watch K, repleting. {relation} {rel_first} may call ({labelled_phone}).',
        '{room} {pt_caps_header} ({mrn}) - {?DKA on gtt|s/p fall|GIB}, CODE: {?FULL|DNR/DNI}; if SBP<90 call {dr2_last} pager {pager}.',
        '{pt_title} ({age90}), {room}: comfort care, {relation} {rel_full} at bedside; {plain}.',
      ],
      [
        'To do: f/u AM {labs}; {drug}.',
        'IF/THEN: if febrile, cultures + {drug}. {plain}.',
        'Pending: CT read, echo. {plain}.',
      ],
      [
        '-{dr_last}',
        'from {dr} to {dr3}',
        '{username} {time}',
      ],
    ],
  },
  {
    style: 'pharmacy',
    capsShare: 0.3,
    weight: 2,
    separators: ['\n', '\n\n'],
    sections: [
      [
        'PHARMACY CONSULT - vancomycin dosing\n{date_of}  Pt: {pt}  Wt {n}0 kg',
        'Rx clarification call {date_compact} {time} re {pt} (DOB {dob})',
      ],
      [
        'Per {dr2}, start {drug}; trough goal 15-20. {labs}. {eponym}.',
        'Called {?Walgreens|CVS|Stop & Shop pharmacy} at {labelled_phone}; insurance rejected, BIN/PCN ok, member {member}. {plain}.',
        'Med rec with pt\'s {relation}, {rel_first}: takes {drug}, {drug}. Allergy: PCN (rash). {plain}.',
      ],
      [
        'Will monitor. {rn2}, PharmD, x{pager}',
        '{rn2}, RPh  DEA {license}',
      ],
    ],
  },
  {
    style: 'home-health',
    capsShare: 0.3,
    weight: 2,
    separators: ['\n', '. '],
    sections: [
      [
        'HOME VISIT {date_of} {time}',
        'VNA skilled nursing visit {date_compact}, {address}',
      ],
      [
        'Pt seen at home, {street}, {city}; {relation} {rel_first} present. {vitals}. Wound clean, dressing changed. {eponym}.',
        '{initials} {age_words} {sex}; door code given by {relation}. {vitals}. {plain}. Glucometer SN {device}.',
        '{age90} y/o lives with {relation} {rel_full}; {plain}. {vitals}.',
      ],
      [
        'Next visit {weekday_date}. Agency phone {phone_ext}. {rn}',
        'Called {dr} office at {labelled_phone}, left msg re BP. {rn}',
      ],
    ],
  },
  {
    style: 'patient-instructions',
    capsShare: 0,
    weight: 1,
    separators: ['\n\n'],
    sections: [
      [
        'After Visit Summary for {pt} - {hospital}\nVisit date: {date_of}',
        'Discharge Instructions\n{pt}  |  {unit_number}  |  {date_compact}',
      ],
      [
        'You were seen by {dr} for {?a urinary tract infection|chest pain|a sprained ankle}. Take {drug}. {plain}.',
        'Your care team: {dr}, {np}. Questions? Call {phone_ext} or message us at {url}.',
      ],
      [
        'Your next appointment: {weekday_date} at {time} with {dr2}, {clinic}, {address}.',
        'MyChart username: {username}. Your account number is {acct}.',
      ],
    ],
  },
];

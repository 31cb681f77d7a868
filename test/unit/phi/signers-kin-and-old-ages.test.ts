import { describeMarkedCases } from './marked';

/** Initials after a signing dash on a note's last line, where the letters also spell shorthand. */
describeMarkedCases('initials signing a note after a dash', [
  { name: 'two dashes before letters that spell shorthand', note: 'PT TOLERATED FEEDS.\n-- «LKW|NAME»' },
  { name: 'a hyphen against letters that spell shorthand', note: 'WT 1.42 KG, LINENS CHANGED.\n-«AV|NAME»' },
  { name: 'after a department in brackets or a credential', note: 'SET 2 STILL NO GROWTH AT 16 H.\n-«TLW|NAME» (MICRO)' },
  { name: 'after a credential behind a slash', note: 'CREW RETURNED TO SERVICE.\n-- «JDK|NAME» / EMT-P' },
  { name: 'initials and credential joined by a slash after a line-opening dash', note: 'WT GAIN HOLDS PER NNP.\n-«MK|NAME»/RN\n0300 FED' },
  { name: 'a paramedic credential', note: 'REFUSAL SIGNED.\n«JB|NAME»/NRP' },
  { name: 'a discipline or a unit signs without a name', note: 'TURN Q2H.\n-WOC RN' },
  { name: 'a therapist signs by discipline', note: 'SAFE FOR DC HOME WITH RW.\n-OT' },
  { name: 'a plain word after two dashes is the word', note: 'ASKED IF HE CAN DRIVE.\n-- NO' },
  { name: "a plan's item after its heading is the item", note: 'PLAN:\n- PT' },
  { name: 'items of a dashed list stay items', note: 'PROBLEMS:\n-- HTN\n-- CKD' },
  { name: 'shorthand with a result after it is the result', note: 'Urine\n-- UA NEG\nEcho\n-- EF (LOW)' },
  { name: 'capitals the note used before are that word', note: 'Pt on RA overnight, sats 95.\n-RA' },
  { name: 'shorthand after a numbered item or a heading is an item', note: 'A/P:\n1. Sepsis - cont abx\n2. UTI\n-- UA' },
  { name: 'a route after a sentence is an order', note: 'Abx switched.\n-- IV' },
  { name: 'a rhythm after a sentence is a finding', note: 'Rhythm strip reviewed and placed in chart.\n--AF' },
  { name: 'an order after a dash with a slash is no signature', note: 'Dispo\n-OP/PT\nPlan reviewed.\n-CPT/RT q4h' },
]);

/** A first name that is also a word, capitalised in mixed case right after a relation word. */
describeMarkedCases('capitalised word-names after a relation word', [
  { name: 'a wife on speaker', note: 'Call 35 min, pt + wife «Mae|NAME» on speaker.' },
  { name: 'a husband asleep', note: 'Pt asleep, husband «Will|NAME» asleep on couch.' },
  { name: 'a kin word of another language before a name is no name', note: 'Aunt (Tía «Rosa|NAME») drove her.' },
  { name: 'a modal verb opening the next sentence stays a verb', note: 'Lives with wife. Will follow up.' },
  { name: 'eponyms and shorthand in a family history stay clinical', note: "Family hx: brother Barrett's, sister Ana+, father colon ca." },
]);

/** Ages over 89 right after a name with a nickname or a dash, after a date of birth, and after a grandparent. */
describeMarkedCases('ages over 89 beside a name, a birth date or a grandparent', [
  { name: 'after a bracketed nickname', note: 'PT «CORNELIUS VANDERHOEK|NAME» ("«NEIL|NAME»"), «94|AGE», CHF/DEMENTIA.' },
  { name: 'after a dash', note: '1. «Collins, Ida Mae|NAME» - «96|AGE», CHF. Declining slowly.' },
  { name: 'in brackets after a date of birth', note: 'DOB «11/02/1931|DATE» («93|AGE»)   DIET: PUREED' },
  { name: 'after a grandparent abbreviation', note: 'FHX: MOTHER T2DM; MGM («90|AGE») HTN.' },
  { name: 'a reading after a dash is no age', note: '«JOHN SMITH|NAME» - 92% RA.' },
  { name: "a number after a clinician's name and a dash is a reading", note: 'Dr. «Patel|NAME» - 94, afebrile.' },
  { name: 'a number after a dash before a unit or a room is no age', note: '«Mary Jones|NAME» - 90, 2 liters. Mr. «Brown|NAME» - 95; room «412|LOCATION».' },
]);

/** A name before its bearer's role in brackets, though a word too; a word no name before bracketed credentials. */
describeMarkedCases('names before a bracketed role or credentials', [
  { name: 'a stylist', note: '«GINGER|NAME» (STYLIST) NOTED 2 CM RED AREA BEHIND L EAR.' },
  { name: 'an aide named like a word', note: 'CONSISTENT ASSIGNMENT - «FRANK|NAME» (CNAS) ON DAY SHIFT.' },
  { name: 'a measure or a vehicle before a bracketed unit or role is no name', note: 'HEIGHT (CM) 165. HAIR (STYLIST) WASHED. BATH (AIDE) 2X/WK.' },
  { name: 'a lab or a heading before credentials is no name', note: 'GLUCOSE (RN) CHECKED. DC SUMMARY (RN) GIVEN.' },
]);

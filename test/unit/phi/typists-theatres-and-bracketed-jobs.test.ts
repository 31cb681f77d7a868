import { describeMarkedCases } from './marked';

/** A typist's initials after a slash ending a signature, a dictation stamp or the note. */
describeMarkedCases("typists' initials after a slash", [
  { name: 'after a signer and a credential on the same line', note: 'Drainage stopped.\n«T. Bianchi|NAME», MD / «cjw|NAME»' },
  { name: 'after a job number', note: 'D: «10/21/2025|DATE» 11:42  T: «10/21/2025|DATE» 14:05  Job «448120|ID»/«lmh|NAME»' },
  { name: 'after a transcription date', note: 'dictated «08/15/2025|DATE»   transcribed «08/16/2025|DATE» /«kla|NAME»' },
  { name: 'alone under a signature', note: 'Sincerely,\n«Marcus Ellery Fontaine|NAME», DMD, MS\n/«ap|NAME»' },
  { name: "ending the note's last sentence", note: 'Letter released to the patient as an adult; copy given to patient only. /«tr|NAME»' },
  { name: 'after a column gap and a licence', note: '«D. WHITE|NAME», MS, LAT, ATC     «TX|LOCATION» LIC «AT3390|ID»     /«BW|NAME»' },
  { name: 'a rate per day is no typist', note: 'Walk 30 min 5x/wk. Take 2 tabs 3/day' },
  { name: 'a unit after a number is no typist', note: 'Tolerated well. Residual 30 ml /hr' },
  { name: 'a discipline after a slash is no typist', note: 'PT TOLERATED. /OT' },
]);

/** Dictation initials under a signature that ends in any credential the lists know. */
describeMarkedCases('dictation initials under a dental signature', [
  { name: 'under DDS and MSD', note: 'Sincerely,\n«Rosalie Amaya-Crane|NAME», DDS, MSD\n«ra|NAME»/«jt|NAME»' },
  { name: 'under DMD and MS', note: 'Collegially,\n«Adaora Nnadi|NAME», DMD, MS\n«an|NAME»/«pr|NAME»' },
]);

/** Signers after a dash on the note's last line, with credentials or another signer after a slash. */
describeMarkedCases("signers after a dash on the note's last line", [
  { name: 'another signer after a slash', note: 'RTC 48 HRS FOR REPACK PRN.\n--«TN|NAME» / DR «I. HADDAD|NAME»' },
  { name: 'a scribe after a slash', note: 'F/U 6 WKS POST-OP.\n--«HK|NAME» / SCRIBE «DP|NAME»' },
  { name: 'an answering service after a slash', note: 'TETANUS UTD PER MOM.\n--«JLB|NAME» / ANSWERING SVC' },
  { name: 'a list of dotted credentials', note: 'HOB 90 DEG.\n--«MW|NAME», M.S., CCC-SLP' },
  { name: 'a recreation therapist', note: 'BOTH RETURNED TO UNIT.\n--«BF|NAME», CTRS' },
  { name: "an audiologist's credential", note: 'GUARDIAN EMAILED.\n--«CDR|NAME» AUD' },
  { name: 'a tech after a slash', note: 'GRAM + ECOG.\n--«BETHANY KOLB|NAME», AUD / TECH «DJ|NAME»' },
  { name: 'a log heading after tech is no signer', note: 'RETINA CLINIC\nTECH LOG, CHAIR «2|LOCATION».' },
]);

/** The same letters signing timed entries after a dash, with a credential, or spelling a word three times over. */
describeMarkedCases('initials signing several entries', [
  {
    name: 'a credential after the initials',
    note: '«08/05|DATE» FIT L, SAME PROGRAMS. --«ML|NAME» AUD\n«08/05|DATE» DEDUCTIBLE EXPLAINED.\nCHARGER ON NIGHTSTAND. --«ML|NAME» AUD',
  },
  {
    name: 'letters that spell a word, on three timed entries',
    note: '0745 ARRIVED. --«GO|NAME»\n0810 TOOK FOCALIN 10 MG. --«GO|NAME»\n2100 LIGHTS OUT CHECK. --«GO|NAME»',
  },
  { name: 'a word twice is still the word', note: '0745 ARRIVED. --GO\n0810 TOOK FOCALIN 10 MG. --GO' },
]);

/** An initial and a surname after a care-team role, PT included; a side before a body part stays one. */
describeMarkedCases('initial and surname after a role', [
  { name: 'a surname no list knows', note: '0945 INTERPRETER «S. ILMI|NAME» BACK AT BEDSIDE.' },
  { name: 'a surname kept from names as a word', note: 'DIETITIAN «C. LANE|NAME» SAYS OK WITH EXCHANGES.' },
  { name: 'after PT', note: 'OT «F. SIDDIQUI|NAME», PT «D. RICE|NAME»' },
  { name: 'a side and a body part after PT', note: 'PT L. ARM PAIN, R. KNEE STIFF.' },
  { name: 'a plain word after a role', note: 'SCRUB OK. CALLED TECH OK. SKIN/CIRC OK.' },
]);

/** Operating rooms, holding bays and labs by their number. */
describeMarkedCases('operating rooms and holding bays', [
  { name: 'after a date', note: 'INTRAOP RECORD\n«7/22/24|DATE» OR «3|LOCATION» - L TKA' },
  { name: "after a hospital's name", note: 'CIRCULATOR NOTE - «CORDELL MEMORIAL|LOCATION» OR «11|LOCATION»\nDOS «3NOV25|DATE»' },
  { name: "after a saint's name", note: "«2025-08-28|DATE» «ST BRENDAN'S|LOCATION» OR «14|LOCATION»\nPT SEEN" },
  { name: 'between slashes', note: 'BADGE «HS-00442|ID» / OR «4|LOCATION» / CASE 25' },
  { name: 'after entered', note: 'CLEARED; ENTERED OR «2|LOCATION».' },
  { name: 'a labelled field', note: 'Date of surgery: «10/21/2025|DATE»      OR: «2|LOCATION»\nSurgeon: X' },
  { name: 'a holding bay', note: '0600 PT TO HOLDING «7|LOCATION». G2P2.' },
  { name: 'a pre-op bay', note: 'Bariatric stretcher, Pre-op «9|LOCATION».' },
  { name: 'a lab between slashes', note: 'BADGE «NP-3318|ID» / EP LAB «2|LOCATION» / DEVICE CHECK ONLY' },
  { name: 'the conjunction between numbers', note: 'TAKE 1 OR 2 TABS. PAIN 3 OR 4/10.' },
  { name: 'units held and hours before surgery', note: 'HOLDING 2 UNITS PRBC. PREOP 2 HRS. SEE IN PRE-OP 1 WEEK.' },
]);

/** What a named relative does, in brackets after the name, and ordinal days after 'for the'. */
describeMarkedCases('jobs in brackets and ordinal days', [
  { name: 'a job in brackets', note: 'Daughter «Penelope|NAME» (a «speech-language pathologist|PROFESSION») will assist.' },
  { name: 'a job and where', note: 'close to his sister «Miriam|NAME» (a «nurse practitioner|PROFESSION» in «Boston|LOCATION»).' },
  { name: 'in capitals', note: 'WIFE «DIVYA|NAME» (A «NURSE|PROFESSION») COMFORTABLE DOING THIS.' },
  { name: 'a drug class in brackets is no job', note: 'Started Lasix (a diuretic) today.' },
  { name: "an ordinal day after 'for the'", note: 'Can I get a note for the «31st|DATE»?' },
  { name: "a count after 'for the' is no day", note: 'Admitted for the 3rd time. Due for the 2nd dose.' },
]);

/** Ages over 89 in a family history: after a kin word, a colon or a dash, 'now', 'd.' or 'died', or a year of death. */
describeMarkedCases('ages over 89 in a family history', [
  { name: 'after a kin word and a colon', note: 'Maternal grandmother: «94|AGE», alive and well.' },
  { name: 'right after a kin abbreviation', note: 'Mother 68 A&W; MGM «97|AGE» BREAST CA AT 71' },
  { name: "after 'd.'", note: 'PGF d. «91|AGE» (MI).' },
  { name: "after a first name and 'now'", note: 'Paternal grandmother «Rose|NAME», now «101|AGE», in assisted living.' },
  { name: 'after a dash and died', note: 'MGF - DIED «93|AGE», PROSTATE CA' },
  { name: 'after the year of death', note: 'I-1 «Jozef|NAME» (d. «2001|DATE», «90|AGE», stomach ca)', options: { profile: 'extended' } },
  { name: "'lived to' in capitals", note: 'MOTHER LIVED TO «97|AGE».' },
  { name: 'a temperature a mother reports is no age', note: 'MOM REPORTS TEMP 100.9 AFTER IBUPROFEN.' },
  { name: 'a measure after a kin word is no age', note: 'MOTHER 90 MIN AWAY. MOM BP 95/60. MOTHER GLUCOSE 110. BROTHER 98.6. father 100% sure.' },
]);

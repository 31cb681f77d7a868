import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI missed on the blind dev sets 46 to 50 (long-term care nursing in capitals, specialty letters, EMS run
 * sheets, behavioural health, paediatrics and NICU). Each note marks its PHI «text|CATEGORY»; written for these tests.
 */
const cases: MarkedCase[] = [
  {
    name: "a month and day with no date word is a date when the note's other dates fall in or next to its month",
    note:
      'INFANT PROGRESS NOTE «07/08/2025|DATE»\nRESP: NIPPV -> CPAP 6 «7/6|DATE», FIO2 0.25. CBG «7/12|DATE» 7.33/52.\n' +
      'Immunizations: Hep B «6/30|DATE»; ROP exam «7/3|DATE» w/ ophthalmology.',
  },
  {
    name: 'fractions, counts out of a small whole, scores, full marks and doses stay out beside the dates',
    note:
      'Seen «3/4/2025|DATE». Gave 3/4 tab. CV: RRR, 2/6 SEM. PO 4/8 feeds. 3/6 HLA match. BPP 8/8. Pain 3/10.\n' +
      'Strength 4/5 R leg. Buprenorphine/naloxone 8/2 mg TID. Plan reviewed «3/5|DATE» at 0900.',
  },
  {
    name: 'with no certain date in the note, a month and day keeps needing a cue of its own',
    note: 'Hep B 9/3; primary series dose 1 10/2. Car seat challenge passed 90 min.',
  },
  {
    name: 'a month and day starting a timed entry is a date though the entry above scored pain out of ten',
    note: '«3/3|DATE» 2300 PAIN 3/10, RESTING.\n«3/4|DATE» 0300 DENIES PAIN. SLEEPING.',
  },
  {
    name: 'the number a page went to after "@" or "via", and an in-house phone system, but not the time of the page',
    note: '0400 UOP 180 ML. HOSPITALIST PAGED @ «5512|CONTACT».\n0415 PAGED AGAIN VIA «5513|CONTACT» @ 0420, NO CALL BACK.\nMD PAGED @ 0240. CHARGE RN ON SPECTRA «6214|CONTACT».',
  },
  {
    name: 'trades after an occupation label and after "was a", including those the lists lacked',
    note: 'OCC: «CAFETERIA COOK|PROFESSION»\nPT MISSES HIS SHOP - WAS A «CABINETMAKER|PROFESSION». TALKS ABOUT HIS YEARS AS A «RAILROAD BRAKEMAN|PROFESSION».',
  },
  {
    name: "a newborn's family name after 'baby boy' or 'baby girl', even a word, but not the words of a sentence about the baby",
    note: 'BABY BOY «YOUNG|NAME»   DOB «06/30/2025|DATE»\nBaby Girl «Esposito-Grant|NAME», twin B. BABY GIRL WAS DELIVERED AT 0347; BABY BOY IS STABLE.',
  },
  {
    name: 'a quoted nickname after a partner, a step-parent or a peer',
    note: 'GIRLFRIEND "«PEACHES|NAME»", NO NUMBER. STEPFATHER "«BUBBA|NAME»" NOT INVOLVED. His "road dog" "«Pokey|NAME»" went to the ER.',
  },
  {
    name: "each line of a room-by-room flow sheet opens with the resident's name, whatever else the word means",
    note: 'CNA FLOW - HALL 2\nRM «21|LOCATION» «ODOM|NAME»: BED BATH - 75%\nRM «22|LOCATION» «FELDMAN-RIOS|NAME»: REFUSED SHAVE - 50%\nRM «24|LOCATION» «YOUNG|NAME»: AT HOSPITAL - BED HELD.\nRM «25|LOCATION» VACANT: DEEP CLEAN.',
  },
  {
    name: 'the same capitals signing several timed entries after a dash are initials, even when they spell an abbreviation',
    note: '0400 UOP 180 ML / 8H. MD PAGED. -«TB|NAME»\n0630 BOLUS COMPLETE. -«TB|NAME»\n0215 UA/C&S, CBC AM - SAME - «LMR|NAME»\n0520 HOLD AM METFORMIN - «LMR|NAME»\nLUNGS - CLEAR\nHEART - RRR\nABD - RRR',
  },
  {
    name: "a letter opening with a practice's name above its street: the name is an organisation; a person's is not",
    note: '«DESERT SKY CANCER INSTITUTE|LOCATION»\n«Breast Oncology Program|LOCATION»\n«7250 E. Camelback Rd|LOCATION»\n\nDear colleague,',
  },
  {
    name: 'a heading opening a letter is no practice, though the practice under it is',
    note: 'SECOND OPINION - NEUROSURGERY\n«Gulf Coast Brain & Spine Institute|LOCATION»\n«2300 Bay Area Blvd|LOCATION»',
  },
  {
    name: 'a numbered highway where it is a place, and a street named after "on", but no radioisotope or helicopter',
    note:
      'SCENE: «I-70|LOCATION» WB AT MM «163|LOCATION», MEDIAN. LEFT RIG OFF «I-90|LOCATION».\nDOG BITE OUTSIDE HOME ON «HOPE ST|LOCATION». ' +
      'TREATED WITH I-131 IN 2019. 2 HH-60M ARRIVED.',
  },
  {
    name: 'a NICU pod named by a word, but not the days after an operation',
    note: 'BABY GIRL «FOLEY|NAME»   MRN «4471920|ID»   «OTTER POD|LOCATION» «31|LOCATION»\n72 YO MAN POD #12 S/P TKA. NOW POD 3, DOING WELL. SURGERY SUSPENDED POD 2.',
  },
  {
    name: 'a great-aunt named after the relation, a neonatal nurse practitioner before a surname, and a credential no place',
    note: 'Placed with maternal great-aunt «Ruby|NAME».\nSCREENER «R. KING|NAME», QMHP\nRATE INCREASED TO 50 PER NNP «DELACROIX|NAME». SUCTIONED.\nNNP Daily Progress Note',
  },
  {
    name: 'handles after a platform, with @, dots, underscores or digits, or a made-up word; not words after FB, IG or insta-',
    note:
      'POSTED ON INSTAGRAM («@KMT.NOCTURNE|NAME») A PHOTO. Her Snapchat («zoeybc_07|NAME»); on FB as «tootie.boss614|NAME»; Discord «quietmolecule|NAME».\n' +
      'FB REMOVED FROM EYE. IG INFUSION GIVEN. NO INSTABILITY.',
  },
  {
    name: 'the login of whoever recorded, signed or checked an entry, but not a word after "by" or a label',
    note:
      'Office use only - Received «8/20/25|DATE» by «cbrandt|NAME»\nENTERED BY: «MREYES07|NAME»   REVIEWED: «BILLQA2|NAME»\n' +
      'Forms received by mail. Reviewed by phone. Employer has approved unpaid leave. Documented orthostasis.',
  },
  {
    name: 'ages over 89 lived to or celebrated, the last four of an SSN, and three-digit extensions after a comma or "then"',
    note:
      'Maternal grandmother: lived to «91|AGE», no cancer. Father lived to 70.\nRE: «100|AGE»TH BIRTHDAY PARTY IN DAYROOM.\nLast 4: «4471|ID»\n' +
      'BUSINESS OFFICE («DEBRA|NAME», EXT «205|CONTACT»). Main line, then ext «231|CONTACT».\nKNEE FLEX 90, EXT 120 DEG.',
  },
];

describeMarkedCases('blind sets 46-50', cases);

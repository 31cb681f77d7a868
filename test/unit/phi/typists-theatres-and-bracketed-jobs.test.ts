import { describeMarkedCases } from './marked';

/** A typist's initials after a slash ending a signature, a dictation stamp or the note. */
describeMarkedCases("typists' initials after a slash", [
  { name: 'after a signer and a credential on the same line', note: 'Drainage stopped.\n«T. Bianchi|NAME», MD / «cjw|NAME»' },
  { name: 'after a job number', note: 'D: «10/21/2025|DATE» 11:42  T: «10/21/2025|DATE» 14:05  Job «448120|ID»/«lmh|NAME»' },
  { name: 'after a transcription date', note: 'dictated «08/15/2025|DATE»   transcribed «08/16/2025|DATE» /«kla|NAME»' },
  { name: 'alone under a signature', note: 'Sincerely,\n«Marcus Ellery Fontaine|NAME», DMD, MS\n/«ap|NAME»' },
  { name: "ending the note's last sentence", note: 'Letter released to the patient as an adult; copy given to patient only. /«kmw|NAME»' },
  { name: "shorthand ending the note's last sentence is no typist", note: 'Return precautions given. /er' },
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
  { name: "between a log's slashes", note: 'SPINE / BADGE «HS-00442|ID» / OR «4|LOCATION» / CASE 25' },
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

/** Practices named before a dental, eye, retina, ENT, paediatric or long-term acute care head, and firms after a job. */
describeMarkedCases('practices by their specialty head', [
  { name: 'an oral surgery practice', note: 'PRE-OP CALL - «HALVORSEN ORAL & MAXILLOFACIAL SURGERY|LOCATION»\nPT SEEN' },
  { name: 'orthodontic specialists', note: 'To: Dr. «Soraya Bridges|NAME», «Front Range Orthodontic Specialists|LOCATION», «Littleton|LOCATION», «CO|LOCATION»' },
  { name: 'retina consultants', note: 'INJECTION CLINIC - «VALLEY RETINA CONSULTANTS|LOCATION» - TECH LOG' },
  { name: 'an eyecare shop', note: '«BRIGHTSIDE EYECARE|LOCATION» - CL FIT / FOLLOW-UP' },
  { name: 'ENT and allergy', note: 'REFERRED TO ENT AT «BLUEGRASS ENT & ALLERGY|LOCATION» FOR EARMOLDS.' },
  { name: 'a paediatric practice abbreviated', note: "TO THE OFFICE («VALLEY PEDIATRIC ASSOC|LOCATION») RE: SEIZURE ORDERS" },
  { name: 'a long-term acute care hospital', note: 'PT INITIAL EVALUATION\n«KINDRED HILLS LTAC|LOCATION» | ADMIT' },
  { name: 'a service after a plus sign is no practice', note: 'SPEECH DELAY -- SPEECH EVAL + AUDIOLOGY. RECHECK 6 WKS.' },
  { name: 'a referral to a service is no practice', note: 'REFERRED TO ORAL & MAXILLOFACIAL SURGERY FOR EXTRACTION.' },
  { name: 'a firm of trade words after a job', note: 'WORKS AS AN «HVAC TECHNICIAN|PROFESSION» FOR «COMFORT AIR MECHANICAL|LOCATION». RTC PRN.' },
]);

/** A town and its state's code after a street address, without the comma between them. */
describeMarkedCases('town and state code without a comma', [
  { name: 'a town that is a word before its code', note: 'MEET AT «1800 N WHITE OAK BLVD|LOCATION», «LIBERTY|LOCATION» «MO|LOCATION», AT 2145' },
  { name: 'a town before its code and a ZIP code', note: 'LIVES AT «22 ELM ST|LOCATION», «SPRINGFIELD|LOCATION» «IL|LOCATION» «62701|LOCATION»' },
  { name: 'a month after a road is no town', note: 'MOVING TO «SUNRISE VILLAGE|LOCATION» ON «ROUTE 9|LOCATION» NEXT MO - LABS THERE.' },
]);

/**
 * What a review of these rules on some 700 fragments without PHI showed them taking, and they no longer do: doses held
 * and given before surgery, choices between numbers, readings after T: and a job's load, services that sign, statuses
 * ending entries, organisms and procedures after PT, drugs before ATC and MSD, departments before a bracketed job,
 * counts after 'for the', and measures after a kin word or 'LIVED TO'.
 */
describeMarkedCases('what these rules leave alone', [
  { name: "HOLDING 2 DOSES OF LASIX FOR SBP 88", note: "HOLDING 2 DOSES OF LASIX FOR SBP 88" },
  { name: "HAMSTRING STRETCH, HOLDING 30 SEC X 3", note: "HAMSTRING STRETCH, HOLDING 30 SEC X 3" },
  { name: "LAB HOLDING 2 TUBES", note: "LAB HOLDING 2 TUBES" },
  { name: "HOLDING 9 PM LASIX", note: "HOLDING 9 PM LASIX" },
  { name: "HOLDING 2.", note: "HOLDING 2." },
  { name: "Pre-op 2 g cefazolin", note: "Pre-op 2 g cefazolin" },
  { name: "Pain Pre-op 8, post-op 4", note: "Pain Pre-op 8, post-op 4" },
  { name: "HGB PRE-OP 12, POST-OP 9", note: "HGB PRE-OP 12, POST-OP 9" },
  { name: "CHG WIPES PRE-OP 2,", note: "CHG WIPES PRE-OP 2," },
  { name: "Pre-op 3 view CXR", note: "Pre-op 3 view CXR" },
  { name: "TRANSFERS: MOD A X1 / OR 2", note: "TRANSFERS: MOD A X1 / OR 2" },
  { name: "VOID Q2 / OR 3", note: "VOID Q2 / OR 3" },
  { name: "BRADEN 14 / OR 15", note: "BRADEN 14 / OR 15" },
  { name: "GIVE 1 TAB - OR 2 - PRN PAIN", note: "GIVE 1 TAB - OR 2 - PRN PAIN" },
  { name: "PAIN 5/10 - OR 6 - AT REST", note: "PAIN 5/10 - OR 6 - AT REST" },
  { name: "SEE AT CANCER CENTER OR 2, WHICHEVER", note: "SEE AT CANCER CENTER OR 2, WHICHEVER" },
  { name: "F/U AT ASC OR 2.", note: "F/U AT ASC OR 2." },
  { name: "T: 98.6 /ax", note: "T: 98.6 /ax" },
  { name: "TD: 0.5 ML /im", note: "TD: 0.5 ML /im" },
  { name: "Job: lifting 50 lbs /rep", note: "Job: lifting 50 lbs /rep" },
  { name: "Discussed with Hospitalist, MD /ok", note: "Discussed with Hospitalist, MD /ok" },
  { name: "Return precautions given. /er", note: "Return precautions given. /er" },
  { name: "Note reviewed. / /ok", note: "Note reviewed.\n/ok" },
  { name: "Covering, MD / /cc", note: "Covering, MD\n/cc" },
  { name: "Athletic Trainer, ATC / ROM/st", note: "Athletic Trainer, ATC\nROM/st" },
  { name: "Physical Therapist, DPT / ROM/st", note: "Physical Therapist, DPT\nROM/st" },
  { name: "Recreation Therapy, CTRS / ADL/iadl", note: "Recreation Therapy, CTRS\nADL/iadl" },
  { name: "0800 ASLEEP. -- NAD / 0900 ASLEEP. -- NAD / 1000 ASLEEP. -- NAD", note: "0800 ASLEEP. -- NAD\n0900 ASLEEP. -- NAD\n1000 ASLEEP. -- NAD" },
  { name: "0800 ATE ALL. -- OK / 1200 ATE HALF. -- OK / 1700 ATE ALL. -- OK", note: "0800 ATE ALL. -- OK\n1200 ATE HALF. -- OK\n1700 ATE ALL. -- OK" },
  { name: "CRITICAL TROPONIN. / -- TNI / DR AWARE OF RESULT", note: "CRITICAL TROPONIN.\n-- TNI / DR AWARE OF RESULT" },
  { name: "PT L. TKA DAY 2", note: "PT L. TKA DAY 2" },
  { name: "PT R. MCA STROKE", note: "PT R. MCA STROKE" },
  { name: "PT C. SPINE CLEARED", note: "PT C. SPINE CLEARED" },
  { name: "PT T. MAX 101.2", note: "PT T. MAX 101.2" },
  { name: "PT K. PNEUMO IN SPUTUM", note: "PT K. PNEUMO IN SPUTUM" },
  { name: "PT S. EPIDERMIDIS CONTAMINANT", note: "PT S. EPIDERMIDIS CONTAMINANT" },
  { name: "SCRUB C. SECTION SET UP", note: "SCRUB C. SECTION SET UP" },
  { name: "1 REP MAX", note: "1 REP MAX" },
  { name: "REP MAX TESTING", note: "REP MAX TESTING" },
  { name: "TYLENOL ATC", note: "TYLENOL ATC" },
  { name: "Scheduled Tylenol, ATC", note: "Scheduled Tylenol, ATC" },
  { name: "Keytruda, MSD", note: "Keytruda, MSD" },
  { name: "NST, CST", note: "NST, CST" },
  { name: "Discussed with Pharmacy (a pharmacist)", note: "Discussed with Pharmacy (a pharmacist)" },
  { name: "Referred to PT (a physical therapist)", note: "Referred to PT (a physical therapist)" },
  { name: "Triage (a nurse) called back", note: "Triage (a nurse) called back" },
  { name: "Given Narcan (an opioid antagonist)", note: "Given Narcan (an opioid antagonist)" },
  { name: "for the 1st 24 hours", note: "for the 1st 24 hours" },
  { name: "FOR THE 2ND NIGHT IN A ROW", note: "FOR THE 2ND NIGHT IN A ROW" },
  { name: "for the 3rd booster", note: "for the 3rd booster" },
  { name: "Looking for the 2nd twin", note: "Looking for the 2nd twin" },
  { name: "Mother: 92 pounds", note: "Mother: 92 pounds" },
  { name: "MOM 90 SECS", note: "MOM 90 SECS" },
  { name: "Mother: 97 degrees", note: "Mother: 97 degrees" },
  { name: "MOM 95 PCT", note: "MOM 95 PCT" },
  { name: "Father 100 feet away", note: "Father 100 feet away" },
  { name: "Mother 95 mmHg", note: "Mother 95 mmHg" },
  { name: "LIVED TO 90 MILES AWAY", note: "LIVED TO 90 MILES AWAY" },
  { name: "LIVED TO 100 FEET FROM CLINIC", note: "LIVED TO 100 FEET FROM CLINIC" },
]);

/** Eponymous tests, devices and scales from dental, eye, ENT, anaesthesia and rehabilitation notes; units between numbers. */
describeMarkedCases('eponyms, scales and measures that are no PHI', [
  { name: 'a nausea score', note: 'ASA 3. Apfel 3/4. Plan: GA/ETT.' },
  { name: 'an antibody', note: 'ANTIBODY SCREEN POSITIVE, ANTI-K (KELL) IDENTIFIED.' },
  { name: 'stereo and field tests', note: 'Stereo (Randot): 200 seconds of arc. Binocular (Esterman) field full.' },
  { name: 'a tonometer', note: 'IOP (Goldmann) 11:05 am: 21 OD, 24 OS' },
  { name: 'a mouth gag', note: 'a Crowe-Davis mouth gag was placed and suspended.' },
  { name: 'goggles and sinus surgery grades', note: 'BOOTH: FRENZEL/VNG GOGGLES. Frontal sinusotomy (Draf IIa).' },
  { name: 'a shoulder lesion and a stress-fracture grade', note: 'question of bony Bankart. Stress fracture grade 4 Fredericson.' },
  { name: 'motor recovery stages and a pegboard', note: 'Right UE Brunnstrom stage 3. Purdue Pegboard within normal limits.' },
  { name: 'the spinal-cord injury scale', note: 'C4 ASIA A SCI S/P FALL. INCOMPLETE PARAPLEGIA, ASIA C.' },
  { name: 'tones and their levels', note: 'Tone-burst ABR right: 500 Hz 50 dB eHL, 1000 Hz 55, 2000 Hz 60.' },
  { name: 'a tourniquet pressure and its times', note: 'TOURNIQUET L THIGH 250 MMHG 0738-0852.' },
  { name: 'batteries sold', note: 'DOOR REPLACED. 312 BATTERIES X 2 PK SOLD.' },
]);

/** Fractions that score or count beside a screen's name or before what they count, not a month and a day. */
describeMarkedCases('scores and counts shaped like dates', [
  { name: 'cognitive screens out of fifteen and thirty', note: 'COGNITION: BIMS 9/15. SLUMS 8/30. GDS-15 3/15.' },
  { name: 'concussion symptoms', note: 'SCAT6: SYMPTOMS 11/22, SEVERITY 27.' },
  { name: 'lymph nodes', note: 'pT3 N2a, 5/19 LN. pT2 N1 (2/31 LN).' },
  { name: 'groups attended and nights kept', note: 'ATTENDED 9/10 GROUPS. Adhered 6/7 nights.' },
  { name: 'a donor match', note: 'S/P 10/10 MUD alloHCT. FROM 8/8 MATCHED SIBLING DONOR.' },
  { name: 'a skin-prick panel', note: 'wheal/flare mm: Histamine 6/20   Cat 9/30   Dog 3/8   D. farinae 6/19' },
  { name: 'a date after a surname that is a tree stays a date', note: 'FEES with SLP «Yolanda Birch|NAME» «2/7|DATE».' },
]);

/** Flight, tracking, work-order, authorization, return and taxpayer numbers after their label. */
describeMarkedCases('numbers after travel, shipping and billing labels', [
  { name: 'a flight', note: 'ARRIVED ON FLIGHT «UA 1184|ID» LAST NIGHT.' },
  { name: 'a flight written together', note: 'on flight «AA2290|ID» seat 14C' },
  { name: 'a tracking number in groups', note: 'SHIPPED VIA FEDEX TRK «7749 2201|ID» 9983' },
  { name: 'a carrier tracking code', note: 'TRACKING «1Z999AA10123456784|ID»' },
  { name: 'a work order', note: 'most recent work order «REPA-7720|ID».' },
  { name: 'an authorization', note: 'AUTH «A7731-0098|ID»; FRAME ALLOW $150' },
  { name: 'a taxpayer number', note: 'BILLED BY THE HOSPITAL (TIN «31-1290447|ID»)' },
  { name: 'a return authorization', note: 'SENT UNDER WARRANTY. RMA «RMA-7731904|ID».' },
  { name: 'vitals in flight and a deadline are no flight numbers', note: 'IN-FLIGHT: BP 108/70 HR 110. In flight 1501: confused. IF NO FLIGHT BY 0100 DISCUSS.' },
  { name: 'stairs, a weight trend and tins are no numbers', note: 'Climbed a flight of stairs. PRIOR AUTH 3 DAYS. TRACKING WEIGHT DAILY. TIN 4 OZ.' },
]);

describeMarkedCases('a listed town before its country', [
  { name: 'a town whose word is also shorthand', note: 'TRAVELED TO «LIMA|LOCATION», «PERU|LOCATION» LAST WEEK.' },
  { name: 'a graft before another stays a graft', note: 'S/P CABG X3 (LIMA, SVG).' },
]);

describeMarkedCases('initials in dictation footers', [
  { name: "after 'dictated by' before the date", note: 'DICTATED BY «DW|NAME» «6/4/25|DATE» 1130   JOB «884213|ID»' },
  { name: "after 'dictated by:' before a column gap", note: 'DICTATED BY: «DW|NAME»   D: «06/04/2025|DATE»' },
  { name: "the doctor's and the typist's at the end of the stamp", note: 'D: «06/04/2025|DATE» 11:30  T: «06/05/2025|DATE» 08:12  «DW|NAME»/«klm|NAME»' },
  { name: 'who signed or checked by role stays a role', note: 'SIGNED BY PT AT BEDSIDE. CHECKED BY RN 0800.' },
]);

describeMarkedCases('names joined by carets in interface dumps', [
  { name: 'family, given and initial', note: 'PID|1||«00482913|ID»^^^MRN||«GARCIA^MARIA^L|NAME»||«19560312|DATE»|F' },
  { name: 'after a patient label', note: 'PATIENT: «GARCIA^MARIA^L|NAME»   DOB: «19560312|DATE»' },
  { name: "after a provider's number", note: 'ATTENDING: «1234567|ID»^«OKAFOR^CHIDI^E|NAME»^^^MD' },
  { name: 'a coded result is no name', note: 'OBX|1|NM|718-7^HEMOGLOBIN^LN||13.2|g/dL. GLU^GLUCOSE^L 110' },
]);

describeMarkedCases('more ages over 89, and readings that stay readings', [
  { name: "'at' closing a clause", note: 'Living alone at «91|AGE» - PERS pendant offered. Stop glipizide (hypoglycemia risk at «91|AGE»).' },
  { name: 'an age and sex label', note: 'Age/Sex: «90|AGE»/M' },
  { name: "a name and 'is'", note: 'D/C HOME WITH HUSBAND; «VARTAN|NAME» IS «91|AGE» AND WORRIED.' },
  { name: "a ward 'is now'", note: 'Health. The ward is now «94|AGE». She was well.' },
  { name: 'before a birth date', note: 'VETERAN: «HAROLD LINDQUIST|NAME»   «102|AGE» (BORN «AUGUST 1922|DATE»)' },
  { name: "readings after 'at'", note: 'SATS AT 91, ON 2L. HR AT 95. SPO2 DROPPED AT 92. Sinus tachycardia at 112, right axis.' },
  { name: "readings after 'is'", note: 'BP IS 100. GLUCOSE IS 110. WEIGHT IS 95.' },
]);

describeMarkedCases('first names after a perfusionist, a paralegal or a sponsor', [
  { name: 'a perfusionist', note: 'CIRCUIT CHECKED WITH PERFUSIONIST «ANGEL|NAME»; SMALL FIBRIN.' },
  { name: 'a paralegal', note: 'ATTN RECORDS; PARALEGAL «TREY|NAME» CALLED.' },
  { name: 'a sponsor', note: 'PT ASKED TO CALL SPONSOR «RAY|NAME», CALL PLACED.' },
  { name: 'a sponsor who will call', note: 'SPONSOR WILL CALL. CALLED AA SPONSOR TODAY.' },
]);

/**
 * What a second review (some 700 fragments without PHI) showed the later rules taking, and they no longer do: a trade
 * after a job, a service named by its specialty, a code that is a credential, readings and times after a flight, a
 * tracking or an authorization word, relatives and services that sign, findings on a stamped line, and coded elements.
 */
describeMarkedCases('what the later rules leave alone', [
  { name: 'a trade after a job', note: '«ELECTRICIAN|PROFESSION» FOR RESIDENTIAL CONTRACTING. DRIVER FOR FOOD DISTRIBUTION. NURSE FOR AGENCY STAFFING.' },
  { name: 'a service named by its specialty', note: 'Per Maxillofacial Surgery, soft diet. Pediatric ENT & Allergy referral placed. Consult Retina Specialists for CRVO.' },
  { name: 'readings and times after a flight word', note: 'ON FLIGHT O2 15 LPM NRB. Flight RN 0830 report given.' },
  { name: 'calories and times after a tracking word', note: 'Calorie tracking 1800 kcal/day goal. BG TRACKING 0800 112, 1200 145.' },
  { name: 'days and a year after an authorization word', note: 'PRIOR AUTH 180 DAYS APPROVED. AUTH 2025 RENEWAL.' },
  { name: 'a medical assistant and a time', note: 'RMA 1430 VITALS TAKEN.' },
  { name: 'a relative or a service signs', note: 'CONSENT SIGNED BY SIL  AS HCP. CHECKED BY BB  AND RELEASED.' },
  { name: 'findings on a stamped flowsheet line', note: 'T: «4/4/25|DATE» GAIT AID FWW/RW' },
  { name: 'visitors on a stamped line', note: 'D: «1/1/25|DATE» VISITORS MOM/DAD' },
  { name: 'a colour on a stamped line', note: 'DT: «10/21/2025|DATE» 0800 FOLEY CATH, URINE YEL/CLR' },
  { name: 'coded allergies and results', note: 'AL1|1|DA|Penicillin^Amoxicillin^L|MO|Hives^Rash^L\nOBX|4|CWE|Wheat^Wheat^L||Positive^Positive^L' },
]);

describeMarkedCases('what the later rules still take', [
  { name: 'the stamp of a dictation with both dates', note: 'DD: «10/21/2025|DATE»  DT: «10/22/2025|DATE»  «JRP|NAME»/«mh|NAME»' },
  { name: 'a job number and a date before the pair', note: 'JOB «448120|ID»  D: «1/2/2025|DATE»  «RS|NAME»/«tlm|NAME»' },
  { name: 'a dictation after a bracket', note: '(dictated, not read) «DAP|NAME»/«sw|NAME»' },
  { name: 'dates after a bite, a scan and a recall', note: 'BITTEN BY DOG «5/3|DATE». HEAD CAT «9/30|DATE» NEG. Dental recall «6/12|DATE».' },
  { name: 'dates after surgery and a transplant', note: 'SURGERY «5/19|DATE» LN DISSECTION. S/P ALLO SCT «3/15|DATE» MUD, DAY +30.' },
  { name: 'a woman named Asia', note: 'Patient «Asia Brown|NAME», 34F, presents with cough.' },
  { name: 'a town that is a word before its code', note: '«19 RIVER RD|LOCATION», «HOPE AR|LOCATION»' },
  { name: 'a surname after PT', note: 'PT «L. YOUNG|NAME» SEEN.' },
  { name: 'an empty identifier before a caret name', note: 'ORC|RE|||||||||||^«SMITH^JOHN|NAME»' },
]);

describeMarkedCases('ships named in ordinary words', [
  { name: 'aboard a cruise ship', note: 'PASSENGER ABOARD THE «CARIBBEAN PRINCESS|LOCATION», DECK 9' },
  { name: "a ship's prefix before a town", note: 'ABOARD «MV SEA SPIRIT|LOCATION» FROM «USHUAIA|LOCATION»' },
  { name: 'after cruise ship', note: 'Norovirus outbreak on cruise ship «Ocean Majesty|LOCATION».' },
  { name: 'after a label', note: 'Vessel: «Northern Dawn|LOCATION»' },
  { name: 'a blood vessel, shipping and an ambulance are no ships', note: 'SMALL VESSEL ISCHEMIC CHANGE. PHARMACY NOT LICENSED TO SHIP OUT OF STATE. ABOARD THE AMBULANCE.' },
]);

describeMarkedCases('clinical words and tests that are never names', [
  { name: 'a diet, a vaccine and an anaesthetic record', note: 'DIET MECH SOFT, THIN LIQ. TDAP GIVEN. ANES: DR «ROSS|NAME».' },
  { name: 'feeds, a study and a swallow test', note: 'JEVITY 1.5 AT 55. MAMMO DUE. FEES «9/30|DATE» BY SLP.' },
  { name: 'shoulder, neck and newborn reflex tests', note: 'Neer and Spurling negative. Moro intact. Durkan positive.' },
  { name: "a client's number", note: 'Client ID «CPC-20931|ID»' },
]);

describeMarkedCases('credentials and words of care that are never names', [
  { name: 'case-manager and forensic-nurse credentials', note: 'CASE MANAGER: «PATRICE OYELOWO|NAME», RN, CCM. SANE: «CARLA JANKOWSKI|NAME», RN, SANE-A, DOCUMENTED.' },
  { name: 'a handoff, an appointment and tolerating clears', note: 'MEDS AT HANDOFF: NICARDIPINE. PCP APPT MADE. GI/GU: TOL CLEARS, NO N/V.' },
]);

import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI found missing (or falsely flagged) on the fifth dev corpus (synthetic-dev5.jsonl): sign-out lists,
 * timed nursing entries signed with initials, clergy, nicknames, relatives named by first name only. Each note marks
 * its PHI «text|CATEGORY»; written for these tests, not taken from any corpus.
 */
const cases: MarkedCase[] = [
  {
    name: 'numbered sign-out lines: the name before a bed and an age with a sex, its nickname and the bed',
    note: 'NIGHT SIGN-OUT\n1. «PAYNE, R|NAME» «4B-12|LOCATION» 81 YO M CHF, DIURESING.\n2. «FOLEY|NAME» («BUDDY|NAME») «T3-07|LOCATION» - 67F PNA.\n3. «Ana Cruz|NAME» 88F UTI, on CTX.\n4. «Rich|NAME» «612A|LOCATION» 45 y/o male DKA.',
  },
  { name: 'numbered medication and problem lists are no sign-out lines', note: 'Meds:\n1. Metoprolol 25 mg daily.\n2. Lasix 40 mg IV BID.\nProblems:\n1. CHF 3 M ago.' },
  {
    name: 'initials signing a timed entry, the end of an entry and a dash at a line end',
    note: 'NSG 7P-7A\n1920 «RK|NAME»: PT RESTING, NO DISTRESS. 2300 «TW|NAME»: VOIDED 300CC.\nTURNED Q2H, BED ALARM ON. «MH|NAME»\nSEE FLOWSHEET. «RK|NAME» 0640\nCALL WITH QUESTIONS. -«DV|NAME»',
  },
  {
    name: 'systems, tubes, tests and labels after a time or at an entry end are no initials',
    note: '0800 BP: 120/80. 1200 NG: 200 ML OUT. 1400 GU: FOLEY DRAINING. 3:30A RE: FAMILY MTG.\nPLAN DISCUSSED. CXR\nSSN «123-45-6789|ID» ON FILE. FHT 135, MOD VAR.',
  },
  {
    name: 'first names that are also words, in frames only a person fits',
    note: 'WILL CALL «JOY|NAME» BACK TOMORROW. PER «WILL|NAME», PT AT BASELINE. PRAYER CLOTH LEFT AT «THANH\'S|NAME» REQUEST.\n«HOLLY|NAME» ANSWERED AND HANDED THE PHONE TO PT. «DUSTY|NAME» FILLS THE PILLBOX WEEKLY.',
  },
  {
    name: 'the same frames around words that are no people',
    note: 'SON WILL CALL BACK AT 9A. MD TO CALL BACK AT 1400. PER PROTOCOL, NPO. PER MD, HOLD. FAMILY\'S REQUEST NOTED.\nPHARMACY WILL CALL. PT ASKED FOR WATER. HOPE TO DC TOMORROW.',
  },
  {
    name: 'first names before a bracketed relation abbreviation or role',
    note: 'PT LIVES W/ «GINGER|NAME» (STEPDTR). HOME WITH «DUSTY|NAME» (BF). ALTERNATE: «DOLLY|NAME» (DIL).\n«Melody|NAME» (clinical pharmacist), anticoagulation clinic.',
  },
  {
    name: 'clergy titles before names, not a full-word title before a period nor a street named after an imam',
    note: 'Prayer with Fr. «Cushing|NAME» of the parish. REV. «TSO|NAME» VISITED. PASTOR «SAPOLU|NAME» CALLED. Imam «Strange|NAME» to assist.\nRETIRED «YOUTH PASTOR|PROFESSION». PATIENCE AND REASSURANCE PROVIDED. TRANSFER FR OSH.',
  },
  {
    name: 'a quoted nickname inside a name whose other part is also a word, a two-word nickname, and nicknames after goes by or likes to be called',
    note: 'KINETICS NOTE: «LONG "JELLYBEAN" PLAVEC|NAME», 48 M.\nInstructions for «Pat "Boo Boo" Barrett|NAME» from the clinic.\n«Khalid Zaman|NAME» (goes by «Moose|NAME»). LIKES TO BE CALLED "«SARGE|NAME»". Pt ("«Tater|NAME»" to friends) is 47.',
  },
  {
    name: 'quoted words between ordinary words and goes by before ordinary words are no nicknames',
    note: 'PT STATES "PAIN" WORSE. DX "CHF" PER CARDS. He goes by car to dialysis. Known as a fighter by staff.',
  },
  {
    name: 'surname, comma and first name in brackets or after Pt, with accents, a second given name and an initial',
    note: 'Pt «Amal|NAME» («HART,AMAL|NAME»), DOB «3/16/91|DATE». Pt «AL-JABERI, TOU D|NAME», 55 y.o., seen.\n11:20 PM: «CUSHING, QUỐC BẢO A|NAME» («SH-791226|ID»)',
  },
  { name: 'findings after a label are no surname and first name', note: 'UA: BROWN, CLOUDY, LE+, NITRITE+. Stool: GREEN, LOOSE, x3.' },
  {
    name: 'children named before their ages after a children label',
    note: 'Children: «Fritznel|NAME» (17) and «Joao Paulo|NAME» 5-year-old. CHILDREN: «SUNNY|NAME» (3) AND «XAY|NAME» (12), BOTH AT SCHOOL.',
  },
  {
    name: 'a name before a bracketed pager, a signature with its role after a comma, and a handoff from a clinician',
    note: 'NIGHT FLOAT: «BUCK WHIPPLE|NAME» (BEEPER «9-0934|CONTACT»)\nHANDED OFF FROM «ABDIWALI HORNER|NAME» AT 3:12 PM.\n-- «SUKHDEEP|NAME», CLINICAL PHARMACIST\n«Sandy Al-Jaberi|NAME», Staff Chaplain',
  },
  { name: 'a label and a role at a line end are no signature', note: 'Discussed with team, clinical pharmacist\nReferral: Social Work, case manager' },
  {
    name: 'eponyms, scales, labels, products and abbreviations that are no names',
    note: '+FM, NO VB. BRAXTON HICKS X1 WK BEFORE. TOCO Q3-4 MIN. LEOPOLD: VERTEX. Abd soft, Rovsing neg. Mesh repair (Lichtenstein).\nCrCl ~38 mL/min (Cockcroft-Gault). BRADEN 14, MORSE 45.\nA/P: CONTINUE CURRENT MEDS, PT REFERRAL TO CLINIC. CC: CTX Q5-7 MIN.\nSENT WITH: MAR, FACE SHEET. GBS PPX PCN G.',
  },
  {
    name: 'police titles before names, not a written-out title before a period',
    note: 'Ofc. «Nwosu|NAME» on scene; Trooper «Grewal|NAME» took the report. RETIRED «CORRECTIONAL OFFICER|PROFESSION». BONE SCAN NEGATIVE.',
  },
  { name: 'a first name or surname that is also part of an eponym is still a name', note: 'Debrief held. «Leopold A. Sunday|NAME», MD, PhD\nSeen by Dr. «Hicks|NAME» today.' },
  {
    name: 'facilities named by family-health, midwifery, birth-centre, anticoagulation and funeral-home heads, in capitals too',
    note: 'PT REFERRAL TO «SAGE VALLEY FAMILY HEALTH|LOCATION». PNC AT «CRADLE WOMEN\'S CARE|LOCATION».',
  },
  { name: 'a home named for a denomination in mixed case', note: 'HPI: 81 yo from «Good Shepherd Lutheran Home|LOCATION» sent for AMS.' },
  { name: 'drug words after a dose or a class stay unflagged', note: 'AVOID QT-PROLONGING DRUGS. 40 MG DRUG HOLIDAY. NO ILLICIT DRUG USE.' },
  {
    name: 'local numbers after a pager word, a pipe or a bracketed relation, extensions after a pipe, and a number a named person is called on',
    note: 'Questions: pg «084-5341|CONTACT»\n«sw@example.org|CONTACT» | ext «3-7461|CONTACT»\n- «MI-KYUNG PAWLAK|NAME» (NIECE) «707-3596|CONTACT»\n«Aloha Home Health|LOCATION» | «507-0303|CONTACT»\nCALL «BUCK|NAME» ON «68030|CONTACT» OR VIA VOCERA.',
  },
  { name: 'counts and ranges after the same words are no numbers to call', note: 'Pain 3-4/10 | 120-1300 mL out. Ext 2+ edema. Station 3 clean.' },
  { name: "an ordinal day after 'next <word> the' and Tet as a holiday", note: 'NEXT INR THE «4TH|DATE» AT CLINIC. Missed doses over «Tet|DATE». Next dose the 2nd of 3; next visit the 3rd floor.' },
  {
    name: 'a unit named before its room, after a unit label or ending in the floor number',
    note: 'PT: «TAMMY VUE|NAME»   UNIT: «3 SURGICAL|LOCATION» RM «380B|LOCATION»\nSEEN ON «HEART & VASCULAR 3|LOCATION» RM «903A|LOCATION».',
  },
  { name: 'a count of things before a room word is no unit', note: 'Patient walked 2 laps in the hall. ADMITTED TO ICU ROOM «12|LOCATION».' },
  {
    name: "short badge numbers, a driver's licence after DL, an intake number, a supplemental plan id, record numbers in digit pairs, an OR number and a town's police",
    note: 'Ofc. «Nwosu|NAME» (badge «800|ID»); pt ID verified from DL «07-036-2128|ID». APS intake #«2025-176332|ID». Supplemental «WJ996351631-00|ID».\nMRN (if known): «57 33 45 72|ID». Main OR, OR #«9|LOCATION». «Waipahu|LOCATION» PD on scene.',
  },
  { name: 'mg/dL before a number, and PD as a disease before the same words, are no identifiers or towns', note: 'Glucose 120 mg/dL 07 hrs after the meal. HX PD, ON CARBIDOPA.' },
  { name: "a score's name before its points and a label word before a colon are no names", note: 'CXR RLL infiltrate. Wells 0, PERC neg.\nDevice: dual-chamber pacemaker, interrogated.' },
  { name: 'speaker labels that are first names stay names', note: '«Nicole|NAME»: Remember me?\n«Matthew|NAME»: I do.' },
  {
    name: 'names of many communities in capitals, with no cue, from the world name lists',
    note: 'SOCIAL: «CHINYERE ADEOYE|NAME» CALLED, UPDATED ON POC. «VIBOL|NAME» TO BRING CLOTHES. «TESHOME|NAME» AND «XIAOWEI|NAME» VISITED.',
  },
  {
    name: 'devices, scales, tests and programs named after people, religions and peoples, and a few chart words are no names',
    note: 'Hoyer lift in home. Apgars 6 and 8; Ballard c/w dates. Dix-Hallpike positive R; Epley performed. KASPER REVIEWED. Practices Islam. Ancestry: Puerto Rican; «Alaska|LOCATION» Native (Yupik). Still drives. Lively discussion. HER HUSBAND COOKS WITH SALT.',
  },
  {
    name: 'Spanish titles before names, a godfather in brackets, and a counselor credential',
    note: 'Attending: Dra. «Pettway|NAME». Thank you for referring Sra. «Elizondo|NAME». Conflict with «Freddy|NAME» (Parrain). «Elmer S.|NAME» LPC',
  },
  {
    name: 'a quoted nickname after a name, in brackets or between names claimed by weaker rules',
    note: '«ONEZIA SAVOIE|NAME» ("«POOKIE|NAME»") (78F) PRESENTS WITH NEPHEW. Urgent care: «Jimmy Dale "Bunky" Bunch|NAME», 71YOM.',
  },
  { name: 'a surname that is also an adjective is a name beside a credential or a relation, not in an exam', note: 'Note signed by Dr. «Okafor|NAME» and «Lively|NAME» MD. HCP: «Jennylyn Lively|NAME» (daughter). AFFECT BRIGHT, LIVELY. LIVELY DISCUSSION.' },
  {
    name: 'initials joined to a credential by a slash, in brackets closing an entry, and after reviewed at a line end; a name before its role in brackets',
    note: 'Seen by «SP|NAME»/NNP-BC today.\nPA request submitted. [«MF|NAME»]\nTriage RN: «NANA|NAME» (LPN) / reviewed «KO|NAME»',
  },
  { name: 'a brand in brackets after a drug and a slash between doses are no initials', note: 'IBUPROFEN 400 MG ORAL TABLET [IBU]\nLISINOPRIL 10/HCTZ 12.5 DAILY. BP/HR STABLE.' },
  {
    name: 'a login in brackets closing an entry or after who entered it, and a common-law partner',
    note: 'Cough, poor PO. Call back later. («nnanalook9|NAME»)\nOut of meds. "I NEED A NEW RX." («OLIVAREZG|NAME»)\nENTERED BY «PENAB|NAME»\n«Brandy|NAME» (common-law wife) at bedside.',
  },
  { name: 'a word or drug in brackets after a sentence is no login', note: 'Given acetaminophen. (Tylenol)\nDressing changed. (Completed)\nSeen today. (PRN)' },
  {
    name: 'counties, parishes and boroughs, record numbers in dotted or spaced groups, aircraft tails, report numbers and Puerto Rico as a region code',
    note: 'DISPATCHED BY «NATCHITOCHES PARISH|LOCATION» 911. FILED WITH «NORTHWEST ARCTIC BOROUGH|LOCATION». LIVES IN «CAMPBELL COUNTY|LOCATION».\nMRN: «58.683.060|ID». AIRCRAFT «N266YS|ID». ANIMAL CONTROL REPORT #«2021-41638|ID».',
  },
  {
    name: 'Puerto Rico as a region code before a ZIP',
    note: 'Address: «24 Ceiba St|LOCATION», «Hatillo|LOCATION» «PR|LOCATION»  «00659|LOCATION». Condition stable.',
  },
  { name: 'the county as a word, and year ranges after report words, are no places or numbers', note: 'THE COUNTY NURSE CALLED. Home county health dept. Annual report 2020-2021 reviewed.' },
  {
    name: 'dates written in Spanish, Spanish and Cajun holidays, and an age over 89 after died at',
    note: 'Form on file «21/ago/2019|DATE». Admit: «26 de enero de 2020|DATE». RECORD DATE: «25 DE DICIEMBRE DE 2021|DATE». Fall since «Día de los Muertos|DATE». Worse after «dia de reyes|DATE» and «DÍA DE MUERTOS|DATE».\nGrandfather died at «94|AGE» of old age; his brother died at «ninety-four|AGE».',
  },
  { name: 'Spanish words that are no dates and a death time', note: 'Tomó 3 de 4 dosis. Died at 0300 per family. Mother died at 62.' },
  {
    name: 'Spanish facility names with the head first, and facilities named Native, Wellness or Kidney',
    note: 'HOSPICE RN VISIT - «HOSPICIO LA MISERICORDIA|LOCATION»\nSENDING: «CHUGACH NATIVE MEDICAL CENTER|LOCATION»\nGROUP 4/2, «TUNDRA WELLNESS CENTER|LOCATION».',
  },
  { name: 'Spanish facility words in running text are no names', note: 'Referred to clinica for follow up; hogar de ancianos was discussed.' },
  {
    name: 'a patient named by initials before a record number, initials listed as present, and names joined by slashes',
    note: 'Pt: «J.N.|NAME» (36 798). Members present (6): «L.H.|NAME», «D.G.|NAME», and pt.\nFAMILY: «AYAPRUN|NAME»/«AMARUQ|NAME»/«NUNIQ|NAME»; THEY VISITED.',
  },
  { name: 'vital signs, symptoms, drugs and credentials joined by slashes are no names', note: 'BP/HR STABLE. NAUSEA/VOMITING. TYLENOL/MOTRIN PRN. Seen by RN/BSN. N/V/D resolved.' },
  {
    name: 'highway addresses and Puerto Rico street addresses',
    note: 'DISCHARGED TO «4464 HWY 182 E|LOCATION»\nDISPATCHED TO «4772 FM 1015|LOCATION» FOR CHEST PAIN.\nCLINIC | «4311 CALLE BETANCES|LOCATION» | OPEN DAILY',
  },
  { name: 'a mixed-case Puerto Rico urbanizacion address', note: 'Discharged home to «Urb. Las Lomas, Calle Almendro A-14|LOCATION». Condition stable.' },
  { name: 'units of insulin and a route count are no highways', note: 'Gave 2 US units. Route 2 of 3 completed.' },
  {
    name: "a pet's quoted name, a signer's specialty in brackets, devices, prayers, screens and dental abbreviations are no names",
    note: 'BITTEN BY THE NEIGHBOR\'S DOG ("PENNY") WHILE FEEDING IT. Signed: «F. Feldman|NAME», MD, MPH (Neonatology)\nDexcom G7 + Omnipod. Serenity Prayer closed group. NEWBORN SCREEN SENT. EXISTING PFM CROWN #8. Schmitt-Thompson protocol used.',
  },
  {
    name: 'hearing centres, genetics laboratories, opioid treatment programs, walk-in clinics and counseling practices, and an acronym heading a consult note',
    note: 'AUDIOLOGIC EVALUATION - «Clear Tone Hearing Center|LOCATION»\nTesting: «Helix Point Genetics|LOCATION» multigene panel.\nURGENT CARE VISIT - «Bluegrass Walk-In|LOCATION»\n\n«GCHC|LOCATION» Renal Consult Note',
  },
  { name: 'counseling and a laboratory as activities or generic places are no facilities', note: 'Genetic counseling provided. Marital counseling offered. Sent to the outside laboratory.' },
  {
    name: 'a group member marked excused, a nickname the patient asks to be called, and a primary caregiver in brackets',
    note: 'Absent: «Man Kit|NAME» (excused).\nPT ASKS TO BE CALLED "«PAPO|NAME»".\n«Brandy|NAME» (primary caregiver) reports pt sleeping.',
  },
  {
    name: 'first names that are words after a short care-team role or relation in capitals',
    note: 'FAMILY AT BEDSIDE: GF «MISTY|NAME», STEPDTR «MAY|NAME» & DTR «IVY|NAME». SPOKE W/ SIL «WILL|NAME» RE DC PLAN.\nSW «DREW|NAME» GAVE LIST. CNA «JOY|NAME» @ 2P. MHW «JO|NAME». CNM «BECKY CHAMBERS|NAME» AT BEDSIDE.',
  },
  {
    name: 'modals, clinical words and abbreviations after the same roles and relations are no names',
    note: 'SON WILL CALL IN AM. RN MAY GIVE PRN. SW CONSULTED. RN AWARE. OT EVAL DONE. SW TO FOLLOW. OT TX NOTE. TRANSPORT: SON PH «134-7183|CONTACT».',
  },
  {
    name: 'first names in frames of visiting and caring in capitals, and a person asked for or spoken with',
    note: '«AMBER|NAME» IS ONLY CONTACT. «LEOTIS|NAME» TO CALL IN AM. «BUD|NAME» PRESENT. «PARKER|NAME» ON VISITOR LIST.\nUP AT NIGHT ASKING FOR «HUNTER|NAME». PT AGREED TO SPEAK W/ «HUNTER|NAME».',
  },
  { name: 'findings, things and typos in the same frames are no names', note: 'PAIN PRESENT. PULSES PRESENT. ASKING FOR WATER. SPOKE W/ MD. PT ON VISITOR LIST. ASKS FOR UDPATES BY PHONE.' },
  {
    name: "surname, comma and first name before a room or an age, a staff role in brackets, and a first name's house",
    note: "WOUND CARE NOTE\n«CHASE, AMBER|NAME» RM «558-1|LOCATION» TODAY.\n«SAL|NAME» (CHARGE) AWARE. «SUE|NAME» (PCT), TOL WELL. TO TAKE SIBS TO «RUBY|NAME»'S HOUSE TONIGHT.",
  },
  {
    name: 'an age over 89 before YM or YF, an ordinal day after placed the, and a capitalised EXT after a name',
    note: 'MR. «FRANCISCO|NAME», «90|AGE»YM, POD 5.\nLINES: L SC TLC PLACED THE «19TH|DATE» BY NP «MAY|NAME».\nREPORT TO «HAZEL|NAME» RN EXT «59373|CONTACT».',
  },
  { name: 'an ordinal line placed and an extremity exam are no date or extension', note: 'PLACED THE 2ND LINE. EXT 2+ EDEMA BILAT.' },
];

describeMarkedCases('detectPhi generalisation cases (dev5 classes)', cases);

import { describeMarkedCases } from './marked';

/** Titled surnames that are also street or note words, and kin and roles written the way nurses write them. */
describeMarkedCases('titled names, kin words and roles', [
  { name: 'a titled surname that is a note word, before what the doctor will do', note: 'CONTINUE LAI; DR «LANE|NAME» TO CONSIDER DOSE REDUCTION.\nDr. «Day|NAME» will review the films.' },
  { name: 'a titled surname after calling or quoting', note: 'CALLED DR «LANE|NAME». PER DR «HILL|NAME», HOLD HEPARIN.' },
  { name: 'the title alone before a verb or orders stays no name', note: 'DR TO SEE PT IN AM. PER DR ORDERS. CALLED DR AWARE OF K 5.9.' },
  { name: 'a deputy quoted before a preposition is no name', note: 'ABRASION L NECK - PER DEPUTY FROM ATTEMPT IN HOLDING CELL.' },
  { name: 'auntie and aunty are kin words', note: '1930 ON PHONE W/ AUNTIE «NETTA|NAME» (SPEAKER).\nHer aunty «Rosalind|NAME» visits on Sundays.' },
  { name: 'a case manager written short', note: 'CASE MGR: «TERRELL OKAFOR|NAME», EXT «4411|CONTACT».' },
]);

describeMarkedCases('numbered logins closing a signature', [
  { name: 'after a slash, a closing dash or "under"', note: 'WILL CALL IF QUESTIONS.\nJG / «JGUSTAFSON2|NAME»\n-- «BOLSON3|NAME»\nENTRIES BACKLOADED UNDER «RLEWIS4|NAME».' },
  { name: 'vitals, drugs and protocols with numbers are none', note: 'SPO2 / FIO2 40 / PROTOCOL2\n-- TROPONIN2\nUNDER ALBUTEROL2.' },
]);

describeMarkedCases('a first name after a kin word of several parts or generations, in capitals', [
  { name: 'after in-laws, step-parents, mothers and neighbours', note: 'LIVES WITH SON-IN-LAW «RAY|NAME». STEPFATHER «RAY|NAME»: "THAT MACHINE IS GETTING SOLD." MOTHER «RAY|NAME». NEIGHBOR «RAY|NAME» CHECKS ON HER.' },
  { name: 'a kin word before a verb or a modal is the subject', note: 'MOTHER WILL CALL BACK. FATHER MAY VISIT. GRANDMOTHER STATES PT ATE. NEIGHBOR FOUND PT ON FLOOR.' },
]);

/** A frequent first name after a kin word, though charting also uses the letters for something else. */
describeMarkedCases('first names after kin words that are also chart shorthand', [
  { name: 'MAE after a mother, then her age', note: "PT'S MOTHER «MAE|NAME», «94|AGE», LIVES AT HOME.\nMother «Mae|NAME», «94|AGE», lives nearby." },
  { name: 'shorthand for moves all extremities stays out', note: 'NEURO: A&O X3, MAE, PERRLA.' },
]);

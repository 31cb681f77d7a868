import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI missed on the dev sets 62 to 65 (rehabilitation and skilled nursing, paediatrics, psychiatry and
 * addiction, surgery), read once their blind figures were taken. Each note marks its PHI «text|CATEGORY»; written for
 * these tests.
 */
const cases: MarkedCase[] = [
  {
    name: 'a unit named after a tree, flower, bird or stone, before its tail, its floor number or its room',
    note:
      'Location: «Juniper Unit|LOCATION» family conference room.\nUnit/Room: «Redwood 2|LOCATION» / «219|LOCATION»\n' +
      'Patient: «Dennis Walker|NAME» («Heron|LOCATION» «214-B|LOCATION»)\nadmit to inpatient psych («Sycamore 4|LOCATION»)',
  },
  {
    name: 'in capitals too',
    note: 'AMB PAST «ROSEWOOD WING|LOCATION» NURSES STATION.\nPOD 2: TO «BIRCH 5|LOCATION». NGT OUT.',
  },
  {
    name: 'tree, flower and bird words before doses, counts, durations and ranges are no units',
    note: 'Pine 2 mg. CEDAR 3 DAYS. Maple 2-3 times. Robin 4 weeks. Aspen 5 x daily. Oak 3 of 4. Lavender 2%.\nIn mixed case OAK 2 is no unit.',
  },
];

describeMarkedCases('blind sets 62-65', cases);

import { describeMarkedCases } from './marked';

/** Given names of today's children and young adults, which the 1990 census lists lack (SSA baby-name counts). */
describeMarkedCases('given names frequent since the 1990 census', [
  { name: 'a given name that is also a rare word, in brackets after a relation', note: 'MOTHER («SIENNA|NAME») WILL STAY HOME WITH SIBLING.\nMother («Sienna|NAME») will stay home.' },
  { name: 'in capitals after a staff label', note: 'PCP: DR «ESCOBAR|NAME»     MA: «KASSIDY|NAME»' },
  { name: 'given names that are words of clinical prose stay words', note: 'RN CASE MANAGER VISIT. INFANT MRN «91-0044817|ID». BABY DOING WELL.' },
  { name: 'a surname that is also a word stays a surname', note: 'ANESTHESIA: DR «PIERCE|NAME». SPOKE WITH «PIERCE|NAME» RE PLAN.' },
]);

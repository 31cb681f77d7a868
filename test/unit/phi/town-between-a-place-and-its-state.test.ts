import { describeMarkedCases } from './marked';

/** Between a facility's or a firm's name and a state code, the words are the town, whatever else they mean. */
describeMarkedCases('a town between a place and its state code', [
  { name: 'a town that is a clinical word, after a drugstore', note: 'Outside pharmacy: «Drexel Drug|LOCATION», «Gas|LOCATION», «KS|LOCATION»' },
  { name: 'a town that is a word, before a bracket', note: 'Fax from «Pioneer Pharmacy|LOCATION», «Friendship|LOCATION», «WI|LOCATION» (fax on file)' },
  { name: 'a town before a column gap', note: 'SITE: «GRANGE HALL SENIOR CENTER|LOCATION», «PARADISE|LOCATION», «KS|LOCATION»   SEEN TODAY' },
  { name: 'a credential, a pronoun or shorthand after a place is no state', note: 'FOLLOWS WITH MERCY CLINIC, PAIN MD. SEEN AT WOUND CLINIC, PAIN IN (R) KNEE. SPOKE WITH PHARMACY, PLEASE CALL ME. SPORTS MEDICINE, ANKLE SPRAIN, AR (MILD). REFERRALS: PAIN CLINIC, PHYSICAL THERAPY, VA.' },
]);

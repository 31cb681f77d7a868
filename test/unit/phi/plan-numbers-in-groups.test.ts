import { describeMarkedCases } from './marked';

/** Health-plan and card numbers written in groups of digits, and Medicare beneficiary identifiers. */
describeMarkedCases('plan and card numbers in groups', [
  { name: 'a national health number in three groups', note: 'DOB «22.01.1981|DATE»   NHS «629 115 4408|ID»   CLINIC 4' },
  { name: 'a plan prefix before its groups, and a card with a dash', note: 'INSURANCE: HIGHMARK PPO «HMK 6620 4471 09|ID». County card «HHFA 5519-0284|ID» on file.' },
  { name: 'a Medicare beneficiary identifier in groups', note: 'ESRD MEDICARE «5HA5 U29 AJ42|ID»; SECONDARY ON FILE.' },
  { name: 'short groups, doses, years, hours and a word before the groups stay out', note: 'CARD 12 34. MEDICARE PART D 2 TABS. CARDIAC 1200-1800 KCAL DIET. MEDICARE 2023-2024 RENEWAL. ID TEAM 1300-1400 ROUNDS. ID 250 500 750 MG DOSES.' },
]);

import { describeMarkedCases } from './marked';

/** The last digits of a bank account or a card, which financial-abuse and billing notes quote. */
describeMarkedCases("an account's or a card's last digits", [
  { name: 'after "acct ending" and "account ending in"', note: 'BANK ACCT ENDING «6690|ID». Credit union (account ending in «4471-09|ID») drained.' },
  { name: 'after a card and "last 4"', note: 'Paid by Visa card, last 4: «1234|ID».' },
  { name: 'durations and doses after "ending" and "last" stay out', note: 'PAIN ENDING 2 DAYS AGO. LAST 4 DOSES HELD. COURSE ENDING IN 2026.' },
]);

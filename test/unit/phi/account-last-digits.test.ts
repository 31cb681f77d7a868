import { describeMarkedCases } from './marked';

/** The last digits of a bank account or a card, which financial-abuse and billing notes quote. */
describeMarkedCases("an account's or a card's last digits", [
  { name: 'after "acct ending" and "account ending in"', note: 'BANK ACCT ENDING «6690|ID». Credit union (account ending in «4471-09|ID») drained.' },
  { name: 'after a card', note: 'Paid by Visa card ending in «4471|ID» last month.' },
  { name: 'durations, doses and a year after "ending" stay out', note: 'PAIN ENDING 2 DAYS AGO. LAST 4 DOSES HELD. Medicare card expired, coverage ending 2025. PT ON A/C, SBT ENDING 1400.' },
]);

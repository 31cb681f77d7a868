import { describeMarkedCases } from './marked';

/** A form's fields side by side: the next field's label is no word of the name's phrase. */
describeMarkedCases('names in a form with the next field a column away', [
  { name: 'a chart number or a grade after three spaces', note: 'DOS «1/9/25|DATE»   Pt: «Noor Haddad|NAME»   Chart «WW-1180342|ID»\nStudent: «Aaliyah Runningwater|NAME»   Grade 10' },
  { name: 'an eponym before its chart or grade is still the eponym', note: 'Vision by Snellen chart 20/20. Tanner grade 3.' },
]);

describeMarkedCases("the dictating author's and the typist's initials on a line of their own", [
  { name: 'with blanks around the slash, or after dashes', note: 'WHEELING PD ATTEMPTING CONTACT.\n«TZ|NAME» / «CL|NAME»\n\nOUR MRN «10448391|ID».\n--«RM|NAME»/«TQ|NAME»' },
  { name: 'clinical shorthand on either side is no pair of initials', note: 'PT TOLERATED.\nPT / OT\nBP/HR\nOB / GYN' },
]);

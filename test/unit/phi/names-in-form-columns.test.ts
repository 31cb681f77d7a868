import { describeMarkedCases } from './marked';

/** A form's fields side by side: the next field's label is no word of the name's phrase. */
describeMarkedCases('names in a form with the next field a column away', [
  { name: 'a chart number or a grade after three spaces', note: 'DOS «1/9/25|DATE»   Pt: «Noor Haddad|NAME»   Chart «WW-1180342|ID»\nStudent: «Aaliyah Runningwater|NAME»   Grade 10' },
  { name: 'an eponym before its chart or grade is still the eponym', note: 'Vision by Snellen chart 20/20. Tanner grade 3.' },
]);

describeMarkedCases("the dictating author's and the typist's initials on a line of their own", [
  { name: 'with blanks around the slash, closing the note', note: '«WHEELING PD|LOCATION» ATTEMPTING CONTACT.\n«TZ|NAME» / «CL|NAME»\n' },
  { name: 'after dashes, closing the note', note: 'OUR MRN «10448391|ID».\n--«RM|NAME»/«TQ|NAME»' },
  { name: 'clinical shorthand on either side is no pair of initials', note: 'PT TOLERATED.\nPT / OT\nBP/HR\nOB / GYN' },
  { name: 'a dashed plan item before the note goes on is no pair of initials', note: 'PLAN\n-- FU/RTC\n-- WC/CANE\nDONE' },
]);

describeMarkedCases("initials ending a flowsheet's rows", [
  {
    name: 'the same initials at the end of several rows, after a wide gap',
    note: '«10/04|DATE»   1100   4     8     138/90   ONDANSETRON 4 MG   «RJT|NAME»\n«10/04|DATE»   0200   16    7     152/96   BUP 4 MG SL        «AKM|NAME»\n«10/04|DATE»   0700   6     5     134/84   BUP 4 MG REPEAT    «AKM|NAME»\n«10/04|DATE»   1500   3     10    144/92   CIWA STARTED       «RJT|NAME»',
  },
  { name: 'values ending rows and initials written once stay out', note: 'UA      NEG\nBLOOD   NEG\nGLUC    WNL\nKETONE  NEG\nTOLERATED WELL     AB' },
  { name: 'rhythms and sites ending rows are values', note: '0800 RHYTHM   SR\n1200 RHYTHM   SR\n1600 SITE     RFA\n2000 SITE     RFA' },
]);

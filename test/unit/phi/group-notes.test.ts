import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Group therapy and meeting notes (blind set dev37): members listed after a label by dotted initials or first names,
 * then referred to by their initials through the note. Each note marks its PHI «text|CATEGORY»; written for these tests.
 */
const cases: MarkedCase[] = [
  {
    name: 'members listed by dotted initials after a label, and their initials everywhere after',
    note: 'PROCESS GROUP 1000-1100\nATTENDEES: «R.P.|NAME», «J.T.-M.|NAME», «A.S.|NAME»\n«R.P.|NAME»: DAY 21, SHARED ABOUT HER SON.\n«A.S.|NAME» LEFT EARLY FOR DOSING; «J.T.-M.|NAME» QUIET.',
  },
  {
    name: 'members listed by first name, with or without an initial, present or absent',
    note: 'Present (5 of 7): «Jordan K.|NAME», «Marisol|NAME», «Ahmad|NAME»\nAbsent: «Kendra|NAME» (work)',
  },
  {
    name: 'credentials and dotted abbreviations are no members, and M.D. found once spreads nowhere',
    note: 'Present: RN, MD, SW. U.S. citizen.\nSigned «Laura Kim|NAME», M.D.\ncc: «Peter Hall|NAME», M.D.',
  },
  {
    name: 'a room word before so many times is no room number',
    note: 'PT LEFT ROOM X10 MIN TO PACE THE HALL.',
  },
];

describeMarkedCases('group notes', cases);

/** Line lists of public health and meeting notes: members by dotted initials and age, then by their initials alone. */
const lineLists: MarkedCase[] = [
  {
    name: 'a person by dotted initials and age in a line list, and the same initials later in the note',
    note: 'Cases this week:\n - «K.B.|NAME», 88, fever, swabbed\n - Rm «12|LOCATION» «T.N.|NAME», 7 mo, cough\nFamily of «K.B.|NAME» called the unit.',
  },
  {
    name: 'a credential or a country before an age or a count is no person',
    note: 'Seen by «Laura Kim|NAME», M.D., 45 min. U.S., 3 cases this week.',
  },
];

describeMarkedCases('line lists', lineLists);

import { describeMarkedCases } from './marked';

/** The dictating doctor's and the typist's initials on a note's last line, where one pair of letters is also shorthand. */
describeMarkedCases('dictation initials closing a note', [
  { name: 'the doctor\'s initials spell a diagnosis', note: 'NEXT CONFERENCE IN SIX WEEKS.\n«DM|NAME»/«RJT|NAME»' },
  { name: 'the typist\'s initials spell a procedure', note: 'RTC 4 wks.\n«KY|NAME»/«LP|NAME»' },
  { name: 'two pieces of shorthand, or diagnoses under a heading, are no pair of initials', note: 'PLAN: CONTINUE.\nHTN/DM\nDX:\nHTN/OSA' },
  { name: 'shorthand pairs that do not close the note stay shorthand', note: 'DM/RJT\nRTC 4 WKS.' },
  { name: 'pairs of diagnoses or treatments after a plan stay shorthand', note: 'PLAN: CONTINUE CURRENT REGIMEN.\nCKD/ESRD' },
  { name: 'paired shorthand the lists lack stays shorthand', note: 'Follow up in 2 weeks.\nOA/RA' },
]);

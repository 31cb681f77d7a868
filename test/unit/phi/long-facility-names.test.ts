import { describeMarkedCases } from './marked';

/** Facilities named by three words or more before a weaker facility word, where a name of the name lists sat inside. */
describeMarkedCases('a facility of three words or more over the names inside it', [
  { name: 'after a place word', note: 'HD via L AVF x2 yr at «Eno River Dialysis|LOCATION» prior to transplant.' },
  { name: 'on its own line under a signature', note: 'Dr. «Leah Brightwater|NAME», FAAD\n«Fort Hamilton Dermatology|LOCATION»' },
  { name: 'after a cue phrase of a clinician, in capitals', note: 'FOLLOWED BY «LAKE REGION HEART CLINIC|LOCATION». TRACE PEDAL EDEMA.' },
  { name: 'a person after a clinician phrase before "at" stays a person', note: 'WILL MESSAGE NP «WILLA FRANKLIN|NAME» AT «CHILDREN\'S NEBRASKA|LOCATION» RE: 3RD LOW.' },
  { name: 'no longer where a cue opens the words', note: 'PCP «LAKE|NAME» REGION HEART CLINIC' },
  { name: 'a first name may open a facility\'s name', note: 'Outside PCP Dr. «Elaine Kowalczyk|NAME» at «James River Internal Medicine|LOCATION».' },
]);

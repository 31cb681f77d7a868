import { describeMarkedCases } from './marked';

/** In capitals, firms named in ordinary words before a company word, where a preposition or a bracket puts a place. */
describeMarkedCases('firms of ordinary words in capitals after a place cue', [
  { name: 'an ambulance service after "by" and "via"', note: 'ARRIVED BY «TWIN FALLS AMBULANCE|LOCATION» W/ WIFE «BONNIE|NAME» FOLLOWING.\nTO REHAB VIA «PINE TREE AMBULANCE|LOCATION».' },
  { name: 'an employer in brackets, a school after "for", a mine after "at"', note: 'PT ASKED THAT WE NOT TELL HIS EMPLOYER («SUNSHINE LAWN SERVICES|LOCATION»).\nKINDERGARTEN SHOTS FOR «TEN SLEEP SCHOOL|LOCATION».\nROOF BOLTER AT «TWIN FORKS MINING|LOCATION».' },
  { name: 'descriptions, meetings and kinds of work stay out', note: 'WORKS AT FAST FOOD RESTAURANT. SHOPS AT AUTO PARTS STORES. AT TRUCK STOP DINER. PLAN: WEEKLY LAB DRAW COMPANY.\nTRANSPORTED BY GROUND AMBULANCE. GRADUATED FROM LOCAL HIGH SCHOOL.\nPLAN: ART THERAPY GROUP ATTENDED.\nPEER MENTOR FROM SCI SUPPORT GROUP VISITED.\nDAY PROGRAM (PAID WORK SORTING RECYCLING).' },
]);

describeMarkedCases('firms named by a staffing agency, a processor, a YMCA or a guest house', [
  { name: 'in mixed case and in capitals', note: 'Working day labor through «Steadfast Staffing|LOCATION» on a roofing crew.\nMOTHER REACHED AT «DELTA CATFISH PROCESSORS|LOCATION», WILL PICK UP.\nAQUATIC PT @ «WESTSIDE JCC|LOCATION» POOL.' },
  { name: 'fitness of the heart and lungs is no firm', note: 'Cardiorespiratory Fitness improved.' },
]);

import { describeMarkedCases } from './marked';

/** In capitals, a word of the land (river, valley, ridge, city) before a facility's or a firm's head says whose it is. */
describeMarkedCases('facilities and firms named for a place, in capitals', [
  { name: 'a practice named for a river', note: 'PEDS F/U: DR «ABARA|NAME», «COAL RIVER PEDIATRICS|LOCATION». WT CHECK 2 WK.' },
  { name: 'a home health agency named for a valley, after "through"', note: 'DC HOME W/ SON AND HH THROUGH «BEAR VALLEY HOME HEALTH|LOCATION».' },
  { name: 'a drugstore named for a creek, with no cue before it', note: 'RX PICKED UP; «STONE CREEK DRUG|LOCATION» CALLED ABOUT COPAY.' },
  { name: 'a prison named for its flats, and a trauma centre for its ridge', note: 'RELEASED FROM «ALKALI FLATS CORRECTIONS CENTER|LOCATION». FLOWN TO «BITTERROOT RIDGE TRAUMA CENTER|LOCATION».' },
  { name: 'a home care agency written as one word', note: 'SN VISITS BY «SWEETGRASS MEADOWS HOMECARE|LOCATION» 2X/WK.' },
  { name: 'a kind of trauma centre, a denomination and a hospital ward name nothing', note: 'TRANSFER TO LEVEL I TRAUMA CENTER. SEEN IN TRAUMA CENTER. RELIGION: SOUTHERN BAPTIST.\nRIVER BLINDNESS CLINIC. HIGH ALTITUDE MOUNTAIN SICKNESS CLINIC.' },
]);

/** "Visiting nurses" is a head of two words: "visiting" before it ends nothing. */
describeMarkedCases('visiting nurse agencies', [
  { name: 'in capitals, named for lakes and for a mill town', note: 'DC HOME W/ «GREAT LAKES VISITING NURSES|LOCATION». HH: «MILL TOWN VISITING NURSES|LOCATION» TO CALL WITHIN 48H.' },
  { name: 'in title case, in brackets, by the rules alone', note: 'Home with VNA («Midcoast Visiting Nurses|LOCATION», RN weekly).', options: { learned: false } },
  { name: 'a relative visiting stays a relative', note: 'WIFE «HOKU|NAME» AND DTR «KAI|NAME» VISITING. CARDIAC REHAB REFERRAL PLACED.' },
]);

/** Centres named for the people they serve or the work they do. */
describeMarkedCases('senior, youth and learning centres', [
  { name: 'a senior centre and a youth centre, by the rules alone', note: 'FRIEND FROM «ROUNDUP SENIOR CENTER|LOCATION» VISITED. FAXED TO «DESERT HILLS YOUTH CENTER|LOCATION».', options: { learned: false } },
  { name: 'a learning centre in title case, by the rules alone', note: 'Daycare («Little Acorns Learning Center|LOCATION») had croup.', options: { learned: false } },
  { name: 'the kind alone, and generic services, name no centre', note: 'AT THE SENIOR CENTER TODAY. CALLED POISON CENTER. ATTENDS THE COMMUNITY CENTER.\nInstruments sent to Sterile Processing Center.' },
]);

/** A numbered suite or cubicle where a patient is seen. */
describeMarkedCases('suites and cubicles', [
  { name: 'a procedure suite and a cubicle', note: 'Direct to IR suite «3|LOCATION». Seen in cubicle «9|LOCATION».' },
  { name: 'a suite of tests is no room', note: 'SUITE OF TESTS IN 2 DAYS.' },
]);

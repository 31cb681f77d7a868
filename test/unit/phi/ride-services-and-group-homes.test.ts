import { describeMarkedCases } from './marked';

/** Ride services and group homes, which dialysis, disability and social-work notes name. */
describeMarkedCases('ride services and group homes', [
  { name: 'a ride service and a transit agency of uncommon words', note: 'VAN BACK AT 1530, «SUNFLOWER RIDES|LOCATION» CONFIRMED.\nWORKS AS «BUS DRIVER|PROFESSION» FOR «TRI-COUNTY TRANSIT|LOCATION».' },
  { name: 'a group home after "from"', note: 'BROUGHT IN FROM «HARMONY HOUSE GROUP HOME|LOCATION» ON «FOSTER AVE|LOCATION» BY STAFF.' },
  { name: "the small bowel's transit, a verb before transit and a benefit's rides name nothing", note: 'GASTRIC TRANSIT 0H41M. SB TRANSIT 4H12M. SW GAVE TRANSIT INFO. RIDES BOOKED VIA MEDICAID RIDES. OROCECAL TRANSIT 90 MIN. SITZMARK TRANSIT STUDY.' },
]);

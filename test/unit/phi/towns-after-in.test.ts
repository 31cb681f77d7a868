import { describeMarkedCases } from './marked';

/** Listed towns that are also words or surnames, capitalised mid-sentence after "in", "near" or "from". */
describeMarkedCases('listed towns after in, near or from, in mixed case', [
  { name: 'a town that is an English word', note: 'Wants to attend her graduation in «Flagstaff|LOCATION» in «May|DATE».' },
  { name: 'a town that is a surname', note: 'Ran a milk bar in «Brunswick|LOCATION» with her late husband for 30 years.' },
  { name: 'a first name after "from" is no town', note: 'A card from «Grace|NAME» arrived.' },
  { name: 'ordinary capitalised words after "in" are no towns', note: 'Improved in Recovery. Pain in Chest.' },
]);

describeMarkedCases('a region code after a town without its comma', [
  { name: 'where the field, the line or the clause ends', note: 'Crest Rehabilitation & Nursing, «Nashua|LOCATION» «NH|LOCATION» | Rm «131|LOCATION»\n«ROUGE RIVER GENERAL HOSPITAL|LOCATION», «DEARBORN|LOCATION» «MI|LOCATION»\nDATE: «01/29/2025|DATE»' },
  { name: 'a code that is also a word or a credential needs more', note: 'CAME TO «FLORENCE|LOCATION» IN 2002. RULE OUT MI.\nDr. «Denton|NAME» MD' },
]);

describeMarkedCases('a listed town of dictionary words after a street address', [
  { name: 'before a full stop, a colon or a dash', note: 'HOME: «1618 W. CHERRY ST|LOCATION», «GARDEN CITY|LOCATION». PARACENTESIS Q10 DAYS.\nFOLLOW UP AT «1010 MAINE ST|LOCATION», «EADS|LOCATION»: «THURSDAY, OCTOBER 24|DATE».' },
  { name: 'an everyday word is no town', note: 'LIVES AT «12 ELM ST|LOCATION», WEST. SON CALLS DAILY.' },
  { name: 'a label on the next line or after a full stop is no town', note: 'Address: «45 Oak St|LOCATION»\nMentor: none\nADDRESS: «45 OAK ST|LOCATION»\nPAROLE: YES' },
]);

describeMarkedCases('listed towns after in, near or from, in capitals', [
  { name: 'a town of one word no clinical prose uses, ending the clause', note: 'ON A RIG NEAR «KILLDEER|LOCATION». NAILBED LAC.\nSCRIPTS SENT TO THE PHARMACY IN «CANTON|LOCATION»; PT EVAL.\nLAST DENTAL CARE "YEARS AGO" IN «LIBERTY|LOCATION».' },
  { name: 'everyday words, languages and times of day are no towns', note: 'STAYED IN BED. PAIN IN CHEST. DISCUSSES HIS HEALTH IN NAVAJO. EPISODES NEAR SUNSET. BACK FROM HOME.' },
  { name: 'a dictionary word after what someone did, a plural or a part of a building is no town', note: 'INJURED IN TORNADO. HIKING IN CANYON. WORKS IN VINEYARDS. INJURED IN RODEO. PT IN ANNEX.' },
]);

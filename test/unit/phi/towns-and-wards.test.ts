import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Towns from the GeoNames list (server/src/core/phi/data/places.ts): a name that is nothing else is a town wherever it
 * stands; a town named by ordinary words only after a phrase about where someone lives or goes; and the towns that also
 * name a classification, a measure or a device stay clinical words. Wards named by a word of their own ("WILLOW UNIT").
 * Written for these tests.
 */
const cases: MarkedCase[] = [
  {
    name: 'a town name no dictionary or name list knows, with no cue, in capitals and in mixed case',
    note: 'LIVES W/ NEPH IN «POCATELLO|LOCATION». DAUGHTER DRIVES UP FROM «HATTIESBURG|LOCATION» WEEKLY.\nHer son in «Waukesha|LOCATION» calls daily; she summers near «Biddeford|LOCATION».',
  },
  {
    name: 'a town of several words when one of them is no English word',
    note: 'MOTHER ON THE WAY FROM «LAS CRUCES|LOCATION». SISTER IN «ROANOKE RAPIDS|LOCATION» AWARE. DTR DRIVES UP FROM «BAYOU LA BATRE|LOCATION» WEEKLY.',
  },
  {
    name: 'a town of ordinary words after a phrase about where someone lives or goes',
    note: 'GRANDDAUGHTER FLYING IN FROM «EAGLE PASS|LOCATION». LIVES ON A FARM OUTSIDE «FLAGSTAFF|LOCATION». PT GREW UP IN «PEARL CITY|LOCATION», RAISED BY GRANDMOTHER.',
  },
  {
    name: 'a town of ordinary words in title case after a preposition in mixed case',
    note: 'Moved here from «Rapid City|LOCATION» last year; her brother is in «Grand Junction|LOCATION».',
  },
  {
    name: 'ordinary words that are also a town, without a phrase about a place',
    note: 'METFORMIN ORDERED FROM STOCK. PT IN GOOD SPIRITS, EATING IN COMFORT. Where: the Country Club by the lake.',
  },
  {
    name: 'towns that name a classification, a measure or a device',
    note: 'FNA: BETHESDA II, BENIGN. Bethesda category IV on repeat. MONTEVIDEO UNITS > 200 BY IUPC. PCOS by Rotterdam criteria. Foley to gravity; no Cushing syndrome.',
  },
  {
    name: 'a person whose surname is also a town stays a name',
    note: 'Niece «Hope Ardmore|NAME» is HCP.\nYour patient «Eamon Fitzwilliam|NAME» («Fitzwilliam, Eamon P.|NAME») was seen today.',
  },
  {
    name: 'a ward named by a word of its own before UNIT, WING, WARD, HALL, HOUSE or SUITE, where a header or a room puts it',
    note: '«WILLOW UNIT|LOCATION» 7A-7P NSG NOTE\nMEMORY CARE, «MAGNOLIA WING|LOCATION». DEMENTIA, FAST 6D.\n«HARBOR HOUSE|LOCATION» RM «289A|LOCATION»\n«St. Aidan\'s Hospital|LOCATION», «Beacon Ward|LOCATION», room «6|LOCATION»',
  },
  {
    name: 'a ward of a kind, a relative\'s home or a way through a building is no named ward',
    note: 'TO LOCKED UNIT. FELL AT UNCLE\'S HOUSE. SLIPPED AT HER SISTER\'S HOUSE. SHARED BATHROOM DOWN HALL. the whole Unit aware. SUCTION UNIT AT BEDSIDE.',
  },
];

describeMarkedCases('PHI towns from the gazetteer and wards by name', cases);

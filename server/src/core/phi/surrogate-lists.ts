// Surrogate vocabularies: invented or very common values, chosen so no surrogate points to a real person
// or place in a note. Kept short; consistency matters more than variety.

export const SURROGATE_GIVEN_NAMES = [
  'Alden', 'Alma', 'Amara', 'Anders', 'Ansel', 'Arlo', 'Aurelia', 'Basil', 'Beatrix', 'Bram', 'Calla', 'Cedric',
  'Celia', 'Corin', 'Dalia', 'Darian', 'Delphine', 'Dorian', 'Edda', 'Elian', 'Elowen', 'Emrys', 'Esme', 'Ezra',
  'Fabian', 'Fenna', 'Florian', 'Gideon', 'Greta', 'Hale', 'Hollis', 'Ilse', 'Imre', 'Ines', 'Isolde', 'Jasper',
  'Juno', 'Kai', 'Kaspar', 'Lena', 'Leander', 'Linnea', 'Lorcan', 'Mael', 'Maren', 'Matteo', 'Mira', 'Nadia',
  'Nell', 'Niall', 'Noor', 'Odile', 'Orla', 'Osric', 'Pia', 'Quillon', 'Rafe', 'Rhea', 'Rosalind', 'Rune', 'Saoirse',
  'Selma', 'Silas', 'Soren', 'Sunniva', 'Tamsin', 'Teodor', 'Thea', 'Tobin', 'Ulla', 'Valen', 'Vesna', 'Wren',
  'Xavia', 'Yara', 'Ysolde', 'Zane', 'Zora', 'Anouk', 'Bastian', 'Cosima', 'Dagny', 'Elio', 'Fleur', 'Idris',
  'Jolie', 'Kenji', 'Liesel', 'Malik', 'Nika', 'Oren', 'Priya', 'Ravi', 'Sanna', 'Tariq', 'Uma', 'Viggo', 'Wilma',
];

export const SURROGATE_FAMILY_NAMES = [
  'Abernathy', 'Ashdown', 'Barlowe', 'Bellweather', 'Blackwood', 'Brightwater', 'Calloway', 'Carrow', 'Castellane',
  'Dunmore', 'Eastbrook', 'Ellery', 'Fairbanks', 'Farrow', 'Fenwick', 'Galloway', 'Grantham', 'Greaves', 'Halloran',
  'Harrowgate', 'Hollister', 'Ingleby', 'Jessop', 'Keswick', 'Kingsley', 'Lachance', 'Langford', 'Larkspur',
  'Lockridge', 'Mallory', 'Marchetti', 'Merriweather', 'Moorcroft', 'Northcott', 'Oakhurst', 'Okonkwo-Vale',
  'Penhallow', 'Pemberton', 'Quennell', 'Radcliffe', 'Ravensworth', 'Redfern', 'Rosewarne', 'Saltonstall', 'Seabright',
  'Sheringham', 'Stroud', 'Talbot', 'Thistlewood', 'Trevelyan', 'Underhill', 'Vandermeer', 'Varga', 'Wainwright',
  'Westbrook', 'Whitlock', 'Winterbourne', 'Yardley', 'Zelenko', 'Achterberg', 'Bertolini', 'Castaneda-Ruiz',
  'Delacroix', 'Esterhazy', 'Fonseca', 'Gundersen', 'Haverford', 'Ilunga', 'Jaramillo', 'Kowalczyk', 'Lindqvist',
  'Mbeki', 'Nakagawa', 'Oyelaran', 'Petrakis', 'Quispe', 'Rautio', 'Szabo', 'Tanaka-Hill', 'Ueda', 'Valdivia',
  'Wojcik', 'Xiong', 'Yilmaz', 'Zubiri', 'Ambrose', 'Brennagh', 'Corrigan', 'Dalgleish', 'Everly', 'Fitzallen',
];

export const SURROGATE_PLACE_WORDS = [
  'Alderbrook', 'Ashford', 'Briarwood', 'Cedar Hollow', 'Clearwater', 'Copperfield', 'Elmstead', 'Fallowmere',
  'Glenhaven', 'Greystone', 'Hollowell', 'Ironbridge', 'Juniper Falls', 'Kestrel Point', 'Lakemont', 'Maplecrest',
  'Millbrook', 'Northfield', 'Oakridge', 'Pinecrest', 'Quarry Hill', 'Ravenmoor', 'Riverside', 'Silverlake',
  'Stonebridge', 'Thornbury', 'Upton Vale', 'Westhaven', 'Willowdale', 'Windmere',
];

export const SURROGATE_STATES = [
  'Vermont', 'Montana', 'Delaware', 'Nebraska', 'Oregon', 'Maine', 'Idaho', 'Kansas', 'Nevada', 'Wyoming',
];
export const SURROGATE_STATE_CODES = ['VT', 'MT', 'DE', 'NE', 'OR', 'ME', 'ID', 'KS', 'NV', 'WY'];
export const SURROGATE_COUNTRIES = ['Norway', 'Portugal', 'Chile', 'Kenya', 'Estonia', 'Uruguay', 'Iceland', 'Malta'];

export const SURROGATE_PROFESSIONS = [
  'carpenter', 'librarian', 'accountant', 'bus driver', 'pharmacist', 'electrician', 'teacher', 'chef', 'gardener',
  'engineer', 'photographer', 'plumber', 'postal worker', 'architect', 'baker', 'musician', 'nurse aide', 'mechanic',
];

/** Words of organisation names that carry no identity and are kept so the text still reads naturally. */
export const KEEP_IN_ORGANIZATION_NAMES = new Set([
  'hospital', 'medical', 'center', 'centre', 'clinic', 'general', 'memorial', 'health', 'healthcare', 'university',
  'regional', 'community', 'county', 'children', "children's", 'institute', 'care', 'nursing', 'home', 'rehab',
  'rehabilitation', 'of', 'the', 'and', '&', 'st', 'saint', 'unit', 'icu', 'micu', 'sicu', 'ccu', 'nicu', 'picu',
  'floor', 'ward', 'wing', 'department', 'dept', 'room', 'rm', 'bed', 'suite', 'system', 'associates', 'group',
  'practice', 'family', 'primary', 'urgent', 'emergency', 'hospice', 'pharmacy', 'street', 'st.', 'avenue', 'ave',
  'road', 'rd', 'drive', 'dr', 'lane', 'ln', 'boulevard', 'blvd', 'court', 'ct', 'way', 'place', 'pl', 'apt',
  'north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'heights', 'hills', 'valley', 'mount', 'mt', 'lake', 'park',
]);

/** Titles and credentials inside a name span are left as they are. */
export const NAME_TITLES = new Set([
  'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'md', 'do', 'rn', 'np', 'pa', 'pa-c', 'phd', 'jr', 'sr', 'ii', 'iii',
  'iv', 'dds', 'lpn', 'cna', 'rph', 'pharmd', 'dpm', 'msw', 'lcsw', 'aprn', 'fnp', 'crna',
]);

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

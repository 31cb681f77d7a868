import { describeMarkedCases } from './marked';

/** After a facility's or a firm's name and a comma, a listed town where the clause ends is the town the place is in. */
describeMarkedCases('a town after a place and a comma', [
  { name: 'a town of two words before a comma', note: 'PA REJECTED AT «RED ROCK TRADING POST PHARMACY|LOCATION», «WINDOW ROCK|LOCATION», CALLED MD.' },
  { name: 'a town that is also a surname, at a clause end', note: 'ACCEPTED AT «TWIN RIVERS BEHAVIORAL|LOCATION», «HUNTINGTON|LOCATION». DEPUTIES TO TRANSPORT.' },
  { name: 'a town with a particle', note: 'Provider location: «Lakeview Family Medicine|LOCATION», «Fond du Lac|LOCATION».' },
  { name: 'an everyday word after a clinic is no town', note: 'SEEN AT «MERCY CLINIC|LOCATION», STABLE.' },
]);

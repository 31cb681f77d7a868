import { describeMarkedCases } from './marked';

/** Listed towns that are also words or surnames, capitalised mid-sentence after "in", "near" or "from". */
describeMarkedCases('listed towns after in, near or from, in mixed case', [
  { name: 'a town that is an English word', note: 'Wants to attend her graduation in «Flagstaff|LOCATION» in «May|DATE».' },
  { name: 'a town that is a surname', note: 'Ran a milk bar in «Brunswick|LOCATION» with her late husband for 30 years.' },
  { name: 'a first name after "from" is no town', note: 'A card from «Grace|NAME» arrived.' },
  { name: 'ordinary capitalised words after "in" are no towns', note: 'Improved in Recovery. Pain in Chest.' },
]);

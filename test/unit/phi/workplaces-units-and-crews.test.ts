import { describeMarkedCases } from './marked';

/** A job's place named with its article: any words but a kind of place or a time. */
describeMarkedCases('workplaces named with their article', [
  { name: 'a bistro after a line cook', note: "PT MENTIONED HE'S A «LINE COOK|PROFESSION» AT «THE ROOKERY BISTRO|LOCATION» - ADVISED SOFT DIET." },
  { name: 'one dictionary word after a bartender', note: 'OCCUPATION: «BARTENDER|PROFESSION» AT «THE LUMBERYARD|LOCATION», NIGHTS.' },
  { name: 'title case in prose', note: 'He worked part time as a «dishwasher|PROFESSION» at «The Livery|LOCATION». The police report is pending.' },
  { name: 'a kind of place is no name', note: 'COOK AT THE RESTAURANT. NURSE AT THE FRONT DESK. TECH AT THE TIME OF DRAW. RN AT THE BEDSIDE.' },
]);

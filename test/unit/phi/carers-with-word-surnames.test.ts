import { describeMarkedCases } from './marked';

/** After a care-team role, a frequent surname that is also a word names the carer where the phrase ends or a deed follows. */
describeMarkedCases('carers whose surnames are words', [
  { name: 'after a respiratory therapist, before a comma and a full stop', note: 'VENT W/ RT «CASH|NAME», IV PUMPS X2. WEANED TO 3L PER RT «BELL|NAME». CALL BELL IN REACH.' },
  { name: 'before what the carer did or where', note: 'SW «GRAVES|NAME» TO START HOSPICE REFERRAL. SIGNED OVER TO RN «WOODS|NAME» AT BEDSIDE.' },
  { name: 'right-side body parts, everyday words and a word going on stay out; a unit named for a compass point stays a place', note: 'DRSG TO RT SIDE. RN CASE MANAGER AWARE. TRANSPORT: «MEDIC WEST|LOCATION». RT BELL PEPPER ALLERGY. RASH RT CHEEK. AMBULATED TO RT WING. CRACKLES LT FIELDS. LACERATION FROM RT CHEEK TO CHIN. ABRASION, RT CHEEK. TECH CABLE TO BE REPLACED.' },
]);

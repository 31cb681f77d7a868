import { describeMarkedCases } from './marked';

/** A name alone in brackets right after a role, a relation or a service. */
describeMarkedCases('names in brackets after a role, a relation or a service', [
  { name: 'a listed name that is also a word, after a service', note: 'OFFICER REMAINS AT BEDSIDE. SECURITY («PRICE|NAME») ON STANDBY.\nBED PER INTAKE («SANDY|NAME»).' },
  { name: 'after a role', note: 'BREASTFEEDING, LACTATION («TEMPEST|NAME») TO SEE; Boots short on unit; central supply («Odalys|NAME») bringing up 4.' },
  { name: 'after a relation joined to the patient by a slash, and after family', note: 'DEBRIEF DONE WITH TEAM AND PT/HUSBAND («WARREN|NAME»). FAMILY («SANDY|NAME») NOTIFIED AT 17:15.' },
  { name: 'units, roles, codes, drugs and what happened stay out', note: 'GIVING: RN (CHARGE). EMT (DRIVER). 5 STAFF (CODE GRAY). PT (REFUSED) AGAIN. LAB (PENDING). FAMILY (WIFE) AT BEDSIDE. PT (NPO) FOR OR.' },
  { name: 'after the patient, a word in brackets says what the patient did or was', note: 'PT (WILL) CALL BACK. PT (DRY) WEIGHT 72 KG. PATIENT (LEFT) AMA. PT (WHITE) REPORTS NO PAIN.' },
]);

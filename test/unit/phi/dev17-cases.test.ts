import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI found missing (or falsely flagged) in synthetic-dev17.jsonl to synthetic-dev19.jsonl, written blind by new
 * hands (ALL-CAPS nursing from nursing homes to refugee clinics; specialty clinic letters; EMS, ED and crisis notes). Each
 * note marks its PHI «text|CATEGORY»; written for these tests, not taken from any corpus.
 */
const cases: MarkedCase[] = [
  {
    name: 'the login an electronic record puts after who entered or changed an entry',
    note: 'Last edited by «mventimi|NAME» 03:11\nEntered by: «tgreer2|NAME»\nRECORDED BY «KIWASAKI1|NAME»; COSIGNED BY «NORA SALAZAR-KING|NAME», MD\nPCR AUTHOR «JPRUITT_NSFD|NAME» | QA\nEVV ID «SWILLIAMS07|NAME»\nPatient portal: «jcastillohart|NAME». Clinic hours 8-5.\nLAST EDITED BY «BOKAFOR|NAME» «11-OCT-2024|DATE» 0022',
  },
  {
    name: 'who entered an entry, when it is a word, is no login',
    note: 'Entered by nursing. Reviewed by pharmacy. Edited by: staff.',
  },
];

describeMarkedCases('detectPhi generalisation cases (dev17 to dev19 classes)', cases);

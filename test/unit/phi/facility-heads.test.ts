import { describeMarkedCases } from './marked';

/** Facility heads that name a practice by their kind: institutes, disorders centres, oral surgery, occupational health, post-acute. */
describeMarkedCases('facilities named by an institute, a disorders centre or a kind of practice', [
  { name: 'an institute and a disorders centre', note: 'hx BCC (Mohs 2020, «Tidewater Skin Institute|LOCATION»), here for FBSE.\n«Upstate Movement Disorders Center|LOCATION»\nReturn visit' },
  { name: 'in capitals', note: '«AUGUSTINE ZELLER|NAME», MD (NEUROLOGY, «HOLY CROSS NEUROSCIENCE INSTITUTE|LOCATION»)\nADMISSION H&P -- «MAUNA LOA MATERNITY CENTER|LOCATION»\n«SUMMIT OCCUPATIONAL HEALTH|LOCATION» - WORK INJURY NOTE' },
  { name: 'oral surgery, occupational health and post-acute care', note: '«Treasure Valley Oral Surgery|LOCATION» - «Meridian|LOCATION», «Idaho|LOCATION»\nReferrals: «Lotus Garden Post-Acute|LOCATION» accepted.' },
  { name: 'the kind of care alone names no facility', note: 'Referred to occupational health. Post-acute care needs reviewed. Oral surgery consult requested.\nConsulted Oral Surgery for extraction. Referred to Employee Occupational Health. Eating Disorders Center intake. Overnight Sleep Lab study.' },
]);

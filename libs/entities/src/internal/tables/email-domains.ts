/** Consumer email domains with relative shares, by country (big free mail plus national ISPs). */
export const CONSUMER_DOMAINS: Record<'US' | 'CA', readonly (readonly [string, number])[]> = {
  US: [
    ['gmail.com', 38], ['yahoo.com', 12], ['hotmail.com', 8], ['outlook.com', 7], ['icloud.com', 8], ['aol.com', 3],
    ['comcast.net', 4], ['att.net', 2], ['sbcglobal.net', 2], ['verizon.net', 1], ['msn.com', 1], ['me.com', 1],
    ['live.com', 2], ['protonmail.com', 1], ['cox.net', 1], ['charter.net', 1],
  ],
  CA: [
    ['gmail.com', 40], ['hotmail.com', 10], ['outlook.com', 7], ['yahoo.ca', 6], ['yahoo.com', 3], ['icloud.com', 7],
    ['shaw.ca', 4], ['rogers.com', 4], ['sympatico.ca', 3], ['bell.net', 3], ['telus.net', 3], ['videotron.ca', 2],
    ['live.ca', 2], ['hotmail.ca', 2],
  ],
};

/** Words for business customers of a dealer group (fleet buyers, trades, professional firms). */
export const BUSINESS_WORDS: readonly string[] = [
  'Construction', 'Plumbing', 'Electric', 'Landscaping', 'Roofing', 'Logistics', 'Transport', 'Fleet Services',
  'Consulting', 'Dental', 'Realty', 'Properties', 'Holdings', 'Engineering', 'Heating & Cooling', 'Builders',
  'Delivery', 'Auto Body', 'Services', 'Supply', 'Home Care', 'Cleaning', 'Painting', 'Towing',
];

export const LEGAL_SUFFIXES: Record<'US' | 'CA', readonly string[]> = {
  US: ['LLC', 'Inc.', 'Co.', 'Corp.', 'Group', 'LLP'],
  CA: ['Inc.', 'Ltd.', 'Corp.', 'Group', 'Ltée', 'Co.'],
};

/** Street suffixes weighted towards the common ones (faker's full list covers the tail). */
export const COMMON_STREET_SUFFIXES: readonly (readonly [string, number])[] = [
  ['Street', 24], ['Avenue', 16], ['Road', 12], ['Drive', 12], ['Lane', 7], ['Court', 6], ['Boulevard', 5],
  ['Way', 5], ['Place', 4], ['Circle', 3], ['Parkway', 2], ['Terrace', 2], ['Trail', 2],
];

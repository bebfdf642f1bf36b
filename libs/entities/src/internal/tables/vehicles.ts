/** A make with its world manufacturer identifiers (VIN positions 1-3) and models with a base MSRP in USD. */
export interface Make {
  name: string;
  wmi: readonly string[];
  models: readonly (readonly [model: string, msrpUsd: number])[];
  /** Relative share of sales. */
  weight: number;
}

export const MAKES: readonly Make[] = [
  {
    name: 'Toyota',
    wmi: ['4T1', '2T3', '5TD', 'JTD'],
    weight: 14,
    models: [
      ['Corolla', 23000],
      ['Camry', 28500],
      ['RAV4', 30000],
      ['Highlander', 40000],
      ['Tacoma', 32000],
      ['Tundra', 42000],
    ],
  },
  {
    name: 'Ford',
    wmi: ['1FA', '1FM', '1FT'],
    weight: 13,
    models: [
      ['F-150', 38000],
      ['Escape', 29000],
      ['Explorer', 39000],
      ['Mustang', 32000],
      ['Bronco', 39000],
      ['Maverick', 24000],
    ],
  },
  {
    name: 'Chevrolet',
    wmi: ['1G1', '1GN', '1GC'],
    weight: 11,
    models: [
      ['Silverado 1500', 37000],
      ['Equinox', 27000],
      ['Malibu', 25000],
      ['Tahoe', 58000],
      ['Traverse', 38000],
      ['Colorado', 31000],
    ],
  },
  {
    name: 'Honda',
    wmi: ['1HG', '2HK', '5FN'],
    weight: 9,
    models: [
      ['Civic', 24500],
      ['Accord', 28500],
      ['CR-V', 31000],
      ['Pilot', 40000],
      ['HR-V', 25000],
    ],
  },
  {
    name: 'Nissan',
    wmi: ['1N4', '5N1', 'JN8'],
    weight: 6,
    models: [
      ['Altima', 27000],
      ['Rogue', 29000],
      ['Sentra', 21000],
      ['Frontier', 31000],
      ['Pathfinder', 37000],
    ],
  },
  {
    name: 'Hyundai',
    wmi: ['5NP', 'KM8'],
    weight: 5,
    models: [
      ['Elantra', 22000],
      ['Tucson', 29000],
      ['Santa Fe', 33000],
      ['Kona', 25000],
    ],
  },
  {
    name: 'Kia',
    wmi: ['5XY', 'KNA'],
    weight: 5,
    models: [
      ['Forte', 21000],
      ['Sportage', 28000],
      ['Sorento', 32000],
      ['Telluride', 37000],
    ],
  },
  {
    name: 'Jeep',
    wmi: ['1C4'],
    weight: 5,
    models: [
      ['Wrangler', 33000],
      ['Grand Cherokee', 40000],
      ['Cherokee', 31000],
      ['Compass', 28000],
    ],
  },
  {
    name: 'Ram',
    wmi: ['1C6', '3C6'],
    weight: 5,
    models: [
      ['1500', 40000],
      ['2500', 46000],
    ],
  },
  {
    name: 'GMC',
    wmi: ['1GT', '1GK'],
    weight: 4,
    models: [
      ['Sierra 1500', 40000],
      ['Acadia', 39000],
      ['Terrain', 30000],
      ['Yukon', 60000],
    ],
  },
  {
    name: 'Subaru',
    wmi: ['4S3', 'JF2'],
    weight: 4,
    models: [
      ['Outback', 30000],
      ['Forester', 29000],
      ['Crosstrek', 26000],
      ['Ascent', 36000],
    ],
  },
  {
    name: 'Mazda',
    wmi: ['JM1', 'JM3'],
    weight: 3,
    models: [
      ['Mazda3', 24000],
      ['CX-5', 29000],
      ['CX-50', 31000],
    ],
  },
  {
    name: 'Volkswagen',
    wmi: ['3VW', '1V2'],
    weight: 2,
    models: [
      ['Jetta', 23000],
      ['Tiguan', 29000],
      ['Atlas', 38000],
    ],
  },
  {
    name: 'Tesla',
    wmi: ['5YJ', '7SA'],
    weight: 3,
    models: [
      ['Model 3', 40000],
      ['Model Y', 45000],
    ],
  },
  {
    name: 'BMW',
    wmi: ['WBA', '5UX'],
    weight: 2,
    models: [
      ['3 Series', 46000],
      ['X3', 49000],
      ['X5', 66000],
    ],
  },
  {
    name: 'Mercedes-Benz',
    wmi: ['W1K', '4JG'],
    weight: 2,
    models: [
      ['C-Class', 48000],
      ['GLC', 50000],
      ['GLE', 63000],
    ],
  },
  {
    name: 'Lexus',
    wmi: ['JTH', '2T2'],
    weight: 2,
    models: [
      ['ES', 43000],
      ['RX', 50000],
      ['NX', 42000],
    ],
  },
  {
    name: 'Audi',
    wmi: ['WAU', 'WA1'],
    weight: 1,
    models: [
      ['A4', 42000],
      ['Q5', 46000],
    ],
  },
  {
    name: 'Dodge',
    wmi: ['2C3'],
    weight: 1,
    models: [
      ['Charger', 35000],
      ['Durango', 40000],
    ],
  },
];

/** Lenders by country (captives and banks). */
export const LENDERS: Record<'US' | 'CA', readonly string[]> = {
  US: [
    'Ally Financial',
    'Capital One Auto Finance',
    'Chase Auto',
    'Wells Fargo Auto',
    'Toyota Financial Services',
    'American Honda Finance',
    'Ford Credit',
    'GM Financial',
    'Bank of America',
    'Navy Federal Credit Union',
  ],
  CA: [
    'TD Auto Finance',
    'RBC Royal Bank',
    'Scotiabank',
    'BMO',
    'CIBC',
    'Desjardins',
    'Toyota Financial Services',
    'Ford Credit Canada',
    'GM Financial Canada',
  ],
};

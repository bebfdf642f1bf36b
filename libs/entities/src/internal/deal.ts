import type { Rng } from '@synth/random';
import type { GenContext } from './context';
import { LENDERS, MAKES, type Make } from './tables/vehicles';
import type { City, Region } from './tables/geo';
import { dealershipName } from './labels';
import { salesperson } from './names';
import { yearOfDay } from './record-context';
import { makeVin } from './vin';
import { Weighted } from './weighted';

export type Condition = 'new' | 'used' | 'certified_pre_owned';
export type PaymentMethod = 'finance' | 'lease' | 'cash';

/** How a deal is paid: financing terms (drawn only for entities that appear in financial). */
export interface Financing {
  payment: PaymentMethod;
  lender: string;
  termMonths: number;
  apr: number;
  downPayment: number;
  /** Invoice total: price + tax + fees, less the down payment when financed or leased. */
  amount: number;
  monthlyPayment: number;
}

/** One vehicle deal of an entity: what they asked about, bought and how they paid. Money in local currency. */
export interface Deal {
  make: Make;
  /** Position of `make` in `MAKES`. */
  makeIndex: number;
  model: string;
  /** Position of `model` in `make.models`. */
  modelIndex: number;
  year: number;
  condition: Condition;
  vin: string;
  price: number;
  budget: number;
  tradeIn: boolean;
  /** Days since epoch. */
  leadDay: number;
  leadSecond: number;
  orderDay: number;
  invoiceDay: number;
  dealership: string;
  salesperson: string;
  /** The money terms: their own object, shared by every deal without financial records (most deals). */
  financing: Readonly<Financing>;
  leadStatus: string;
}

const makes = new Weighted(
  MAKES,
  MAKES.map((m) => m.weight),
);
const conditions = Weighted.of<Condition>([
  ['new', 55],
  ['used', 35],
  ['certified_pre_owned', 10],
]);
const payments = Weighted.of<PaymentMethod>([
  ['finance', 62],
  ['lease', 20],
  ['cash', 18],
]);
const financeTerms = Weighted.of([
  [36, 8],
  [48, 15],
  [60, 35],
  [72, 30],
  [84, 12],
] as const);
const leaseTerms = Weighted.of([
  [24, 10],
  [36, 55],
  [39, 15],
  [48, 20],
] as const);
const openStatuses = Weighted.of([
  ['new', 20],
  ['contacted', 30],
  ['qualified', 15],
  ['appointment_set', 10],
  ['lost', 25],
] as const);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Money terms of the deal (only drawn for entities that appear in financial). */
function financing(
  rng: Rng,
  country: 'US' | 'CA',
  region: Region,
  business: boolean,
  condition: Condition,
  price: number,
): Financing {
  const payment: PaymentMethod = business && rng.next() < 0.3 ? 'lease' : payments.pick(rng);
  const lender = payment === 'cash' ? '' : rng.pick(LENDERS[country]);
  const termMonths = payment === 'finance' ? financeTerms.pick(rng) : payment === 'lease' ? leaseTerms.pick(rng) : 0;
  const aprBase =
    payment === 'lease' ? 2.9 + rng.next() * 5 : condition === 'new' ? 0.9 + rng.next() * 8 : 4.9 + rng.next() * 8;
  const apr = payment === 'cash' ? 0 : Math.round(aprBase * 100) / 100;
  const downPayment = payment === 'cash' ? 0 : Math.round((price * rng.next() * 0.25) / 100) * 100;
  const docFee = country === 'US' ? 85 + Math.floor(rng.next() * 815) : Math.floor(rng.next() * 700);
  const amount = round2(price * (1 + region.taxRate) + docFee - downPayment);
  const r = apr / 1200;
  const residual = payment === 'lease' ? price * 0.55 : 0;
  const monthlyPayment =
    payment === 'cash'
      ? 0
      : payment === 'lease'
        ? round2((amount - residual) / termMonths + (amount + residual) * (apr / 2400))
        : round2(r === 0 ? amount / termMonths : (amount * r) / (1 - Math.pow(1 + r, -termMonths)));
  return { payment, lender, termMonths, apr, downPayment, amount, monthlyPayment };
}

/** The financing of every deal not shown in financial: nothing drawn. */
const NO_FINANCING: Readonly<Financing> = Object.freeze({
  payment: 'cash',
  lender: '',
  termMonths: 0,
  apr: 0,
  downPayment: 0,
  amount: 0,
  monthlyPayment: 0,
});

/**
 * The entity's deal. `mask` says which sources the entity is in (1 leads, 2 sales, 4 financial): parts no
 * record of the entity shows (VIN and salesperson without sales, financing without financial, lead status
 * without leads) are not drawn.
 */
export function makeDeal(
  rng: Rng,
  ctx: GenContext,
  country: 'US' | 'CA',
  region: Region,
  city: City,
  business: boolean,
  mask: number,
): Deal {
  // `makes.pick(rng)`, keeping the index: the dealership and its salespeople are looked up by it.
  const makeIndex = makes.indexAt(rng.next());
  const make = MAKES[makeIndex];
  const modelIndex = Math.floor(rng.next() * make.models.length);
  const [model, msrp] = make.models[modelIndex];
  const condition = conditions.pick(rng);
  const leadDay = ctx.refDay - 60 - Math.floor(rng.next() * 670);
  const leadSecond = 11 * 3600 + Math.floor(rng.next() * 13 * 3600);
  const orderDay = leadDay + 1 + Math.floor(rng.next() * 40);
  const invoiceDay = orderDay + Math.floor(rng.next() * 11);
  const orderYear = yearOfDay(orderDay);
  const age = condition === 'new' ? 0 : 1 + Math.floor(rng.next() * (condition === 'used' ? 10 : 5));
  const year = condition === 'new' ? orderYear + (rng.next() < 0.3 ? 1 : 0) : orderYear - age;
  const fx = country === 'CA' ? 1.32 : 1;
  const price = Math.round(msrp * (1 + rng.next() * 0.25) * 0.86 ** age * fx);
  const budget = Math.round((price * (0.85 + rng.next() * 0.3)) / 1000) * 1000;
  const tradeIn = rng.next() < 0.35;
  const dealership = dealershipName(city, make, makeIndex);
  const sold = (mask & 2) !== 0;
  const vin = sold ? makeVin(rng, make.wmi[Math.floor(rng.next() * make.wmi.length)], year) : '';
  const seller = sold ? salesperson(city, makeIndex, dealership, Math.floor(rng.next() * 6)) : '';
  const money = mask & 4 ? financing(rng, country, region, business, condition, price) : NO_FINANCING;
  const leadStatus = sold ? 'sold' : mask & 1 ? openStatuses.pick(rng) : '';
  return {
    make,
    makeIndex,
    model,
    modelIndex,
    year,
    condition,
    vin,
    price,
    budget,
    tradeIn,
    leadDay,
    leadSecond,
    orderDay,
    invoiceDay,
    dealership,
    salesperson: seller,
    financing: money,
    leadStatus,
  };
}

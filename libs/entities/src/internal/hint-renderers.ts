import type { GeneratorHint } from '@synth/schema';
import { decimal } from './decimal';
import { vehicleLabel } from './labels';
import { isoDateTime, isoDay, pad, scramble, type FieldRenderer } from './record-context';

/** Multiples of 100 below this have their `toFixed(2)` text memoised, by `x / 100`. */
const MAX_WHOLE_AMOUNT = 1_000_000;
/** Round amounts' `toFixed(2)` text by `x / 100` (`''` until first asked for); a few hundred recur. */
const wholeAmounts: string[] = new Array<string>(MAX_WHOLE_AMOUNT / 100).fill('');

/**
 * `x.toFixed(2)`; the text of a multiple of 100 (budgets, down payments) below a million is memoised, one string
 * shared by every row that shows it (prices, which vary by the dollar, are formatted each time).
 */
export function money(x: number): string {
  if (x % 100 !== 0 || !(x >= 0 && x < MAX_WHOLE_AMOUNT)) return x.toFixed(2);
  const k = x / 100;
  let text = wholeAmounts[k];
  if (text === '') wholeAmounts[k] = text = x.toFixed(2);
  return text;
}
const account: FieldRenderer = ({ profile: p }) => p.account || `${p.first} ${p.last}`;

/** Renderers of the fields whose meaning a generator hint gives (enum-typed results are checked by the caller). */
export const HINT_RENDERERS: Partial<Record<GeneratorHint, FieldRenderer>> = {
  lead_status: ({ profile }) => profile.deal.leadStatus,
  lead_created_at: ({ profile: { deal }, ordinal, rng, day }) => {
    if (ordinal === 0) return isoDateTime(deal.leadDay, deal.leadSecond);
    return isoDateTime(day, 11 * 3600 + Math.floor(rng.next() * 13 * 3600));
  },
  vehicle_of_interest: ({ profile: { deal } }) => vehicleLabel(deal.makeIndex, deal.modelIndex, deal.year),
  vehicle_make: ({ profile }) => profile.deal.make.name,
  vehicle_model: ({ profile }) => profile.deal.model,
  vehicle_year: ({ profile }) => decimal(profile.deal.year),
  vehicle_condition: ({ profile }) => profile.deal.condition,
  vin: ({ profile }) => profile.deal.vin,
  budget: ({ profile }) => money(profile.deal.budget),
  trade_in: ({ profile }) => (profile.deal.tradeIn ? 'true' : 'false'),
  dealership: ({ profile }) => profile.deal.dealership,
  salesperson: ({ profile }) => profile.deal.salesperson,
  account,
  order_id: ({ profile, recordNumber, orderOffset, idWidth }) =>
    `SO-${isoDay(profile.deal.orderDay).slice(0, 4)}-` +
    `${pad(scramble(recordNumber, orderOffset, 7919, idWidth), idWidth)}`,
  order_date: ({ profile }) => isoDay(profile.deal.orderDay),
  order_value: ({ profile }) => money(profile.deal.price),
  invoice_id: ({ recordNumber, invoiceOffset, idWidth }) =>
    `INV-${pad(scramble(recordNumber, invoiceOffset, 6733, idWidth), idWidth)}`,
  invoice_date: ({ profile }) => isoDay(profile.deal.invoiceDay),
  invoice_amount: ({ profile }) => money(profile.deal.financing.amount),
  payment_method: ({ profile }) => profile.deal.financing.payment,
  lender: ({ profile }) => profile.deal.financing.lender,
  finance_term_months: ({ profile: { deal } }) => (deal.financing.termMonths ? decimal(deal.financing.termMonths) : ''),
  apr: ({ profile: { deal } }) => (deal.financing.payment === 'cash' ? '' : money(deal.financing.apr)),
  down_payment: ({ profile }) => money(profile.deal.financing.downPayment),
  monthly_payment: ({ profile: { deal } }) =>
    deal.financing.payment === 'cash' ? '' : money(deal.financing.monthlyPayment),
  invoice_status: ({ profile, refDay, rng }) => {
    const age = refDay - profile.deal.invoiceDay;
    if (age < 30) return rng.next() < 0.6 ? 'open' : 'paid';
    return rng.next() < 0.93 ? 'paid' : 'overdue';
  },
  currency: ({ profile }) => (profile.country === 'US' ? 'USD' : 'CAD'),
};

/** The address line, used for `address` and `billing_address`. */
export const ADDRESS_RENDERER: FieldRenderer = ({ profile }) => profile.address;

/**
 * Generator hints a field may name (`"hint"` in the schema file). A hint tells the generator what a
 * field means beyond its type, e.g. a `decimal` that is the vehicle price or the financed amount.
 * Fields without a hint are generated from their name when it is a required column, else from their type.
 */
export const GENERATOR_HINTS = [
  'lead_source',
  'lead_status',
  'lead_created_at',
  'vehicle_of_interest',
  'vehicle_make',
  'vehicle_model',
  'vehicle_year',
  'vehicle_condition',
  'vin',
  'budget',
  'trade_in',
  'dealership',
  'salesperson',
  'account',
  'order_id',
  'order_date',
  'order_value',
  'invoice_id',
  'invoice_date',
  'invoice_amount',
  'payment_method',
  'finance_term_months',
  'apr',
  'down_payment',
  'monthly_payment',
  'lender',
  'invoice_status',
  'currency',
] as const;

/** A generator hint, e.g. `'vin'` or `'apr'`. */
export type GeneratorHint = (typeof GENERATOR_HINTS)[number];

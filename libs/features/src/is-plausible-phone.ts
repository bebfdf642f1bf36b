import { normalizePhone } from './normalize-phone';

/**
 * True for a plausible North American phone number: only digits and formatting (`()+-./` and
 * spaces), 10 digits or 11 with a leading 1, optionally an extension (`x123`, `ext. 123`, `#123`).
 * Exactly the inputs {@link normalizePhone} accepts.
 *
 * @example
 * isPlausiblePhone('555.123.4567 x12'); // true
 * isPlausiblePhone('123-4567'); // false
 */
export function isPlausiblePhone(s: string): boolean {
  return normalizePhone(s) !== null;
}

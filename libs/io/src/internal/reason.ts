/** `': <message>'` for an error-like value (also from another realm, or a thrown string), else `''`. */
export function reason(e: unknown): string {
  if (typeof e === 'string') return `: ${e}`;
  if (e !== null && typeof e === 'object' && 'message' in e) return `: ${String(e.message)}`;
  return '';
}

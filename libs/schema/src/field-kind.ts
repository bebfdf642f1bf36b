import { FIELD_KINDS, type FieldKind } from '@synth/features';

/** The field kinds are part of the shared vocabulary of `@synth/features`; re-exported for schema readers. */
export { FIELD_KINDS };
export type { FieldKind };

/** Kinds that hold personal data; `pii` defaults to true for them. */
export const PII_KINDS: readonly FieldKind[] = ['email', 'phone', 'first_name', 'last_name', 'address'];

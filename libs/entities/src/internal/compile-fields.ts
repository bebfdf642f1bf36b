import type { Rng } from '@synth/random';
import type { EntitySpec, FieldSpec } from '@synth/schema';
import { ADDRESS_RENDERER, HINT_RENDERERS } from './hint-renderers';
import { isoDateTime, isoDay, type FieldRenderer } from './record-context';
import { rowBuilder, type RowBuilder } from './row-builder';
import { Weighted } from './weighted';

const TOKEN = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

function enumPicker(f: FieldSpec): (rng: Rng) => string {
  const values = f.values ?? [''];
  const w = new Weighted(values, f.weights ?? values.map(() => 1));
  return (rng) => w.pick(rng);
}

/** A renderer by kind: for fields without a hint (unknown fields are generated from their type). */
function kindRenderer(f: FieldSpec): FieldRenderer {
  switch (f.kind) {
    case 'id':
      return ({ id }) => id;
    case 'email':
      return ({ profile }) => profile.email;
    case 'phone':
      return ({ profile }) => profile.phone;
    case 'first_name':
      return ({ profile }) => profile.first;
    case 'last_name':
      return ({ profile }) => profile.last;
    case 'company':
      return f.name === 'account' ? (HINT_RENDERERS.account as FieldRenderer) : ({ profile }) => profile.company;
    case 'address':
      return ADDRESS_RENDERER;
    case 'city':
      return ({ profile }) => profile.city.name;
    case 'state':
      return ({ profile }) => profile.region.code;
    case 'zip':
      return ({ profile }) => profile.zip;
    case 'country':
      return ({ profile }) => profile.country;
    case 'date':
      return ({ profile: { deal }, rng }) =>
        isoDay(deal.leadDay + Math.floor(rng.next() * (deal.invoiceDay - deal.leadDay + 1)));
    case 'datetime':
      return ({ profile: { deal }, rng }) =>
        isoDateTime(
          deal.leadDay + Math.floor(rng.next() * (deal.invoiceDay - deal.leadDay + 1)),
          Math.floor(rng.next() * 86400),
        );
    case 'decimal': {
      const min = f.min ?? 0;
      const max = f.max ?? 1000;
      return ({ rng }) => (min + rng.next() * (max - min)).toFixed(2);
    }
    case 'integer': {
      const min = Math.ceil(f.min ?? 0);
      const max = Math.floor(f.max ?? 100);
      return ({ rng }) => String(min + Math.floor(rng.next() * (max - min + 1)));
    }
    case 'enum': {
      const pick = enumPicker(f);
      return ({ rng }) => pick(rng);
    }
    case 'boolean':
      return ({ rng }) => (rng.next() < 0.5 ? 'true' : 'false');
    case 'string':
      return ({ rng }) => {
        let s = '';
        for (let i = 0; i < 8; i++) s += TOKEN[Math.floor(rng.next() * TOKEN.length)];
        return s;
      };
  }
}

/** The renderer of one field: its hint's, else its kind's; enum results stay within `values`; `nullShare` applied. */
export function compileField(f: FieldSpec): FieldRenderer {
  const hinted = f.hint === undefined || f.hint === 'lead_source' ? undefined : HINT_RENDERERS[f.hint];
  let render = hinted ?? kindRenderer(f);
  if (hinted && f.kind === 'enum' && f.values) {
    const allowed = new Set(f.values);
    const pick = enumPicker(f);
    const inner = render;
    render = (rc) => {
      const v = inner(rc);
      return allowed.has(v) ? v : pick(rc.rng);
    };
  }
  if (f.kind === 'id' || f.nullShare <= 0) return render;
  const share = f.nullShare;
  const inner = render;
  return (rc) => (rc.rng.next() < share ? '' : inner(rc));
}

interface CompiledEntity {
  idPrefix: string;
  /** Renders a whole row (see {@link rowBuilder}). */
  build: RowBuilder;
}

const compiled = new WeakMap<EntitySpec, CompiledEntity>();

/** The id prefix and row builder of a source, compiled once per schema entity. */
export function compileEntity(spec: EntitySpec): CompiledEntity {
  let c = compiled.get(spec);
  if (!c) {
    const names = spec.fields.map((f) => f.name);
    c = { idPrefix: spec.idPrefix, build: rowBuilder(names, spec.fields.map(compileField)) };
    compiled.set(spec, c);
  }
  return c;
}

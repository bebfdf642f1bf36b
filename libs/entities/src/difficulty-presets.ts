import { DEFAULT_CONTACT_VARIATION, DEFAULT_GENERATION_OPTIONS, type ContactVariation } from './generation-options';

/** The names of the difficulty presets (`--difficulty`), easiest first. */
export const DIFFICULTIES = ['easy', 'realistic', 'hard'] as const;

/** A difficulty preset's name. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The generation knobs a difficulty preset sets together (noise rates are `@synth/noise`'s `NOISE_PRESETS`). */
export interface EntityPreset {
  confuserRate: number;
  sharedBuildings: number;
  contactVariation: ContactVariation;
}

/**
 * The entity side of each difficulty preset, as data. `realistic` is the defaults (derived from published rates,
 * see features.md); `easy` plants fewer confusers and shows fewer second contacts; `hard` plants twice the
 * confusers, more shared buildings, and more people with (and showing) second contacts, moving and changing
 * numbers twice as often. Explicit options override a preset's values.
 *
 * @example
 * resolveGenerationOptions({ ...ENTITY_PRESETS.hard, confuserRate: 0.1 }).confuserRate; // 0.1
 */
export const ENTITY_PRESETS: Readonly<Record<Difficulty, Readonly<EntityPreset>>> = Object.freeze({
  easy: {
    confuserRate: 0.08,
    sharedBuildings: 0.25,
    contactVariation: {
      ...DEFAULT_CONTACT_VARIATION,
      secondEmail: 0.5,
      secondPhone: 0.2,
      showAlternate: 0.25,
      personalAccount: 0.15,
    },
  },
  realistic: {
    confuserRate: DEFAULT_GENERATION_OPTIONS.confuserRate,
    sharedBuildings: DEFAULT_GENERATION_OPTIONS.sharedBuildings,
    contactVariation: DEFAULT_CONTACT_VARIATION,
  },
  hard: {
    confuserRate: 0.3,
    sharedBuildings: 0.6,
    contactVariation: {
      ...DEFAULT_CONTACT_VARIATION,
      secondEmail: 0.9,
      secondPhone: 0.5,
      showAlternate: 0.6,
      annualMoveRate: 0.2,
      annualPhoneChange: 0.2,
      movedCity: 0.5,
      personalAccount: 0.5,
    },
  },
});

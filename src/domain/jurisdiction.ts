// Where a group works decides which identity numbers, postcodes and phone numbers its
// material is checked for: a Medicare number in Sydney, a PPSN in Cork, an NHS number in Leeds.

export type Jurisdiction = 'uk' | 'ie' | 'au' | 'nz' | 'ca' | 'us';

/** Every jurisdiction the check knows, in the order a list offers them. */
export const JURISDICTIONS: readonly Jurisdiction[] = ['uk', 'ie', 'au', 'nz', 'ca', 'us'];

const BY_REGION: Readonly<Record<string, Jurisdiction>> = {
  GB: 'uk',
  UK: 'uk',
  IM: 'uk',
  JE: 'uk',
  GG: 'uk',
  IE: 'ie',
  AU: 'au',
  NZ: 'nz',
  CA: 'ca',
  US: 'us',
};

/**
 * The jurisdiction a locale ("en-AU", "fr-CA", "ga-IE") points to, by its region; the UK
 * where it names none we know ("en", "de-DE"), since the app's defaults are British.
 */
export function jurisdictionFromLocale(locale: string | undefined): Jurisdiction {
  const region = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b/i.exec(locale ?? '')?.[1];
  return (region && BY_REGION[region.toUpperCase()]) || 'uk';
}

/** A stored value that may be a jurisdiction, or undefined if it is not one. */
export function asJurisdiction(value: unknown): Jurisdiction | undefined {
  return JURISDICTIONS.find((j) => j === value);
}

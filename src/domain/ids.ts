/** Makes a new random id. Tests may pass their own generator where determinism matters. */
export type IdGenerator = () => string;

export const randomId: IdGenerator = () => crypto.randomUUID();

/** Makes a new id of a branded type. */
export function newId<T extends string>(generate: IdGenerator = randomId): T {
  return generate() as T;
}

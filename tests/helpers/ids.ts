/** Deterministic ids: "id-1", "id-2", … */
export function createSequentialIds(prefix = 'id') {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

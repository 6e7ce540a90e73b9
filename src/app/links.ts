// Ways into the Actions section from elsewhere (the run mode's quiet time). The address
// carries only a workshop id, never anything private.

/** `#/actions/new?workshop=<id>`: a new card linked to that workshop. */
export function newActionCardHref(workshopId: string): string {
  return `#/actions/new?${new URLSearchParams({ workshop: workshopId }).toString()}`;
}

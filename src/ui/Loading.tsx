/** What a screen shows while its data is read: brief, calm, announced once. */
export function Loading({ what }: { what?: string }) {
  return (
    <p class="screen loading" role="status">
      {what ? `Loading ${what}…` : 'Loading…'}
    </p>
  );
}

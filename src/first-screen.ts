/**
 * Whether the page shows Plan's first screen as index.html drew it at build time: the
 * address is the first screen's (the boot script in index.html marks any other) and the app has not yet
 * rendered over it.
 */
export function isFirstScreenDrawn(): boolean {
  return (
    document.getElementById('app')?.hasAttribute('data-prerendered') === true &&
    !document.documentElement.classList.contains('not-first-screen')
  );
}

// Which of the files already cached to keep when a new version installs. A page opened on
// the previous version stays on it until its user reloads, and may still ask for one of its
// own code files (a section it had not opened yet, the key-derivation worker). The new
// version no longer lists those files and the server may no longer have them, so they are
// kept aside for such pages (RELIABILITY T-2.5).

/** The revision marker Workbox adds to the cache key of a file whose name has no hash. */
const REVISION_PARAM = '__WB_REVISION__';

/** Cache keys as plain URLs: what a page actually requests. */
export function withoutRevision(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete(REVISION_PARAM);
  return parsed.href;
}

/**
 * The cached files to keep for pages on the previous version: the hashed build files under
 * `assets/` that the new version does not list. Files without a hash (the entry page, the
 * manifest, icons) are simply replaced by the new version's.
 */
export function previousAssetsToKeep(
  cachedUrls: readonly string[],
  newVersionUrls: readonly string[],
  scope: string,
): string[] {
  const assets = new URL('assets/', scope).href;
  const listed = new Set(newVersionUrls.map(withoutRevision));
  const keep = cachedUrls
    .map(withoutRevision)
    .filter((url) => url.startsWith(assets) && !listed.has(url));
  return [...new Set(keep)];
}

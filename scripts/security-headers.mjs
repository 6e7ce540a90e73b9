// One source of truth for the security policy: the build writes it into index.html as a
// <meta> (for hosts that send no headers) and the local server sends it as real headers.
import { BOOT_SCRIPT_SOURCE } from './first-screen-boot.mjs';

/**
 * Directives valid in a <meta> tag; the page never fetches, so connect-src is 'none'. The one
 * inline script allowed is the first screen's boot script, by its hash.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${BOOT_SCRIPT_SOURCE}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "media-src 'self' blob:",
  "form-action 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');

/** The service worker fetches the app's own files to precache them, so it needs connect-src 'self'. */
export const WORKER_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
].join('; ');

/** Headers every response gets from a host that can send them. */
export const SECURITY_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), serial=(), hid=()',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

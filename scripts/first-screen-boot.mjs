// The one script that runs before the first paint, written inline into index.html by the
// build (no request on the way to the first paint) and allowed by the page's security policy
// by its hash alone: no other inline script can run.
//
// index.html holds Plan's first screen, drawn at build time so that it paints before any
// module arrives. At any other address (a shared link, the room display) that screen would be
// wrong, so this marks the page and a stylesheet rule keeps it hidden until the app draws the
// right one.
import { createHash } from 'node:crypto';

export const BOOT_SCRIPT =
  "if(!/^#?\\/*(plan\\/*)?$/.test(location.hash))document.documentElement.classList.add('not-first-screen')";

/** The CSP source that allows exactly this script. */
export const BOOT_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

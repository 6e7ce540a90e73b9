// Runs before the first paint. index.html holds Plan's first screen, drawn at build time so
// that it paints before any module arrives; at any other address (a shared link, the room
// display) that screen would be wrong, so it stays hidden until the app draws the right one.
// A classic script, not a module, because only a blocking script runs before the first paint;
// a file, not inline, because the page's security policy allows no inline script.
if (!/^#?\/*(plan\/*)?$/.test(location.hash)) {
  document.documentElement.classList.add('not-first-screen');
}

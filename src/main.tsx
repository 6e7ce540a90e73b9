// The house styles, here so that index.html names them and they load before anything else.
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/forms.css';
import './ui/styles/screens.css';
import './ui/styles/passphrase.css';
import './ui/styles/print.css';
import { isFirstScreenDrawn } from './first-screen';

// index.html already holds the first screen, drawn at build time. The app's code (named in
// index.html, so already on its way) starts only once the page has painted it: compiling and
// running the app then never holds back the first sight of the screen on a slow tablet.
if (isFirstScreenDrawn()) await afterNextPaint();
await import('./start');

function afterNextPaint(): Promise<void> {
  // A hidden page never paints (nor runs animation frames): start at once.
  if (document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

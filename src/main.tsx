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
// A promise chain, not top-level await: WebKit does not report an error thrown while an
// awaiting module runs, and a failure at start must never pass unseen.
void (isFirstScreenDrawn() ? afterNextPaint() : Promise.resolve()).then(() => import('./start'));

function afterNextPaint(): Promise<void> {
  // A hidden page never paints (nor runs animation frames): start at once.
  if (document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

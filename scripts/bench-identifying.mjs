// The identifying-details check's share of `npm run bench`: over the fabricated corpus
// (tests/fixtures/identifying-details-corpus.ts), how much of what identifies someone it
// catches, how many ordinary sentences it flags, and its time per sentence as typing
// pauses. It runs the check's own TypeScript through Vite, in Node's V8, with no page.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROUNDS = 200;

/** Loads the check and the corpus as the app's build would compile them. */
async function load() {
  const vite = await createServer({
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const [check, corpus] = await Promise.all([
      vite.ssrLoadModule('/src/domain/anonymise.ts'),
      vite.ssrLoadModule('/tests/fixtures/identifying-details-corpus.ts'),
    ]);
    return { check, corpus };
  } finally {
    await vite.close();
  }
}

export async function benchIdentifyingDetails({ note }) {
  const { check, corpus } = await load();
  const { CLEAN, CORPUS, CORPUS_GROUP, FLAGGED } = corpus;
  const findIn = ({ text, jurisdiction }) =>
    check
      .findIdentifyingDetails(text, { ...CORPUS_GROUP, jurisdiction })
      .map((d) => `${d.kind}:${d.text}`);

  let expected = 0;
  const misses = [];
  for (const item of FLAGGED) {
    const found = findIn(item);
    for (const [kind, text] of item.expected) {
      expected += 1;
      if (!found.includes(`${kind}:${text}`)) misses.push(`${kind}:${text}  in “${item.text}”`);
    }
  }
  const falseAlarms = CLEAN.filter((item) => findIn(item).length > 0).map((item) => item.text);

  // Warm up, then time the whole corpus many times over.
  for (const item of CORPUS) findIn(item);
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) for (const item of CORPUS) findIn(item);
  const perSentence = (performance.now() - started) / (ROUNDS * CORPUS.length);

  const caught = (100 * (expected - misses.length)) / expected;
  const alarms = (100 * falseAlarms.length) / CLEAN.length;
  note(
    `Identifying details over ${CORPUS.length} sentences (${FLAGGED.length} with details, ${CLEAN.length} without):`,
  );
  note(
    `  caught ${caught.toFixed(1)} % of ${expected} (aim ≥ 95 %)${caught >= 95 ? '  ok' : '  UNDER AIM'}`,
  );
  note(
    `  false alarms ${alarms.toFixed(1)} % of ${CLEAN.length} (aim ≤ 5 %)${alarms <= 5 ? '  ok' : '  OVER AIM'}`,
  );
  for (const miss of misses) console.log(`  missed ${miss}`);
  for (const text of falseAlarms) console.log(`  flagged “${text}”`);
  const micros = Math.round(perSentence * 1000);
  note(
    `  the check: ${micros} µs a sentence (aim ≤ 1,000 µs)${micros <= 1000 ? '  ok' : '  OVER AIM'}`,
  );
}

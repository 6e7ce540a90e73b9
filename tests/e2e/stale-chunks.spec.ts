// T-2.5: a page still running the previous version, after a new one has taken over, can
// open every part of the app it had not opened yet, and unlock the journal, although the
// server no longer has the previous version's code files.
import { PASSPHRASE, setUpJournal, unlockWithPassphrase } from './journal-support';
import { renameCodeFiles, serveTwoBuilds } from './staged-builds';
import { SECTIONS, expect, goToSection, openControlled, test } from './support';

test('a page on the previous version keeps working after an update', async ({
  context,
  request,
}) => {
  const builds = await serveTwoBuilds(test.info(), renameCodeFiles);
  const { origin } = builds;
  try {
    const oldTab = await context.newPage();
    await openControlled(oldTab, origin);
    await setUpJournal(oldTab, 'Sam', `${origin}#/journal`);
    await oldTab.getByRole('button', { name: 'Lock now' }).click();
    await expect(oldTab.getByLabel('Passphrase', { exact: true })).toBeVisible();
    const oldWorker = await oldTab.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .find((name) => /argon2\.worker-[^/]*\.js$/.test(name)),
    );
    expect(oldWorker, 'the journal set-up used the key-derivation worker').toBeTruthy();

    // Build B is deployed, and another tab applies it.
    builds.deployB();
    expect((await request.get(oldWorker!)).status()).toBe(404);
    const newTab = await context.newPage();
    await newTab.goto(origin);
    await newTab.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(
      newTab.getByText('A new version is ready — reload when convenient.'),
    ).toBeVisible();
    await newTab.getByRole('button', { name: 'Reload now' }).click();
    await expect(newTab.locator('meta[name="build"]')).toHaveAttribute('content', 'B');
    await expect(
      oldTab.getByText('A new version is ready — reload when convenient.'),
    ).toBeVisible();
    await expect(oldTab.locator('meta[name="build"]')).toHaveCount(0);

    // The browser's HTTP cache may still hold the old files, but it is small and emptied at
    // will; the test empties it so that only what the app itself keeps can serve them.
    const devtools = await context.newCDPSession(oldTab);
    await devtools.send('Network.clearBrowserCache');

    // The old page unlocks its journal: the key-derivation worker is one of its own files.
    await unlockWithPassphrase(oldTab, PASSPHRASE);

    // And it opens every part of the app, whichever it had or had not loaded before.
    for (const section of SECTIONS) await goToSection(oldTab, section.label, section.heading);
    await oldTab.evaluate(() => (location.hash = '#/room'));
    await expect(oldTab.getByRole('heading', { level: 1 })).toHaveText('Waiting for the workshop');
    await expect(oldTab.getByText('This part of the app could not load')).toHaveCount(0);
    await expect(oldTab.locator('meta[name="build"]')).toHaveCount(0);
  } finally {
    builds.close();
  }
});

import { ON_PURPOSE, SECTIONS, expect, goToSection, openControlled, test } from './support';

test.describe('privacy', () => {
  test('no request leaves the app’s origin on a tour of every screen', async ({
    page,
    requests,
    baseURL,
  }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });

    await openControlled(page);
    for (const { label, heading } of SECTIONS) await goToSection(page, label, heading);
    await goToSection(page, 'Plan', 'Plan');
    await page.getByLabel('New group name').fill('Tour group');
    await page.getByRole('button', { name: 'Create group' }).click();
    await expect(page.getByText('Tour group')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });

    const origin = new URL(baseURL!).origin;
    expect(requests.length).toBeGreaterThan(5);
    const foreign = requests.filter(
      (r) => !r.url.startsWith(`${origin}/`) && !/^(data|blob):/.test(r.url),
    );
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('the Content-Security-Policy blocks requests to other origins', async ({ page }) => {
    test.info().annotations.push({ type: ON_PURPOSE, description: 'to see the CSP block it' });
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.effectiveDirective),
      );
      const fetched = await fetch('https://example.org/').then(
        () => 'sent',
        () => 'blocked',
      );
      const image = document.createElement('img');
      image.src = 'https://example.org/pixel.png';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { fetched, violations };
    });
    expect(outcome.fetched).toBe('blocked');
    expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
  });

  test('the production headers are sent', async ({ request }) => {
    const page = await request.get('./');
    expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers()['referrer-policy']).toBe('no-referrer');
    expect(page.headers()['cache-control']).toContain('no-cache');
    const worker = await request.get('./sw.js');
    expect(worker.headers()['cache-control']).toContain('no-cache');
    expect(worker.headers()['content-security-policy']).toContain("connect-src 'self'");
  });
});

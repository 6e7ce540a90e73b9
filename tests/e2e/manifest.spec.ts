import { expect, test } from './support';

test('the manifest is linked, complete, and its icons load', async ({ page }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');

  const manifestUrl = new URL(href!, page.url()).href;
  const response = await page.request.get(manifestUrl);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'Breathing Space',
    short_name: expect.any(String),
    description: expect.stringMatching(/reflect/i),
    display: 'standalone',
    start_url: './',
    scope: './',
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
  });

  const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
  expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);

  for (const icon of icons) {
    const url = new URL(icon.src, manifestUrl).href;
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, url);
    expect(size, icon.src).toBe(icon.sizes);
  }
});

test('the installed app opens its group files, and takes them from the share sheet', async ({
  page,
}) => {
  await page.goto('./');
  const manifest = await (await page.request.get('./manifest.webmanifest')).json();
  expect(manifest.file_handlers).toEqual([
    { action: './', accept: { 'application/vnd.breathing-space.group+json': ['.bsgroup'] } },
  ]);
  expect(manifest.share_target).toMatchObject({
    action: './share-target',
    method: 'POST',
    enctype: 'multipart/form-data',
    params: { files: [{ name: 'file', accept: expect.arrayContaining(['.bsgroup']) }] },
  });
});

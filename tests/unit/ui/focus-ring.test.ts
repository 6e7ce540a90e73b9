// The focus ring must never read as an error: a focused field should not look like one the
// app has flagged. It is a colour of its own, far from the danger red, and clear (at least
// 3:1, WCAG 1.4.11) against the page and the cards, in light and dark.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const tokens = readFileSync(new URL('../../../src/ui/styles/tokens.css', import.meta.url), 'utf8');
const [light = '', dark = ''] = tokens.split('@media (prefers-color-scheme: dark)');

function colour(block: string, name: string): [number, number, number] {
  const hex = new RegExp(`--${name}:\\s*#([0-9a-f]{6})`, 'i').exec(block)?.[1];
  if (!hex) throw new Error(`no --${name} in the tokens`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function hue([r, g, b]: [number, number, number]): number {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return 0;
  const d = max - min;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe.each([
  ['light', light],
  ['dark', dark],
])('the focus ring in %s mode', (_mode, block) => {
  it('is far in hue from the danger colour', () => {
    expect(hueDistance(hue(colour(block, 'focus')), hue(colour(block, 'danger')))).toBeGreaterThan(
      90,
    );
  });

  it('stands out against the page and the cards', () => {
    for (const ground of ['bg', 'surface']) {
      expect(contrast(colour(block, 'focus'), colour(block, ground))).toBeGreaterThanOrEqual(3);
    }
  });
});

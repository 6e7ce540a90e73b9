import { describe, expect, it } from 'vitest';
import { previousAssetsToKeep, withoutRevision } from '../../../src/sw/previous-assets';

const SCOPE = 'https://example.org/reflection/';
const url = (path: string) => `${SCOPE}${path}`;

describe('previousAssetsToKeep', () => {
  it('keeps the hashed files the new version no longer lists', () => {
    const cached = [
      url('assets/PlanScreen-aaaa.js'),
      url('assets/PlanScreen-bbbb.js'),
      url('assets/argon2.worker-aaaa.js'),
      url('assets/index-aaaa.css'),
    ];
    const newVersion = [url('assets/PlanScreen-bbbb.js'), url('assets/index-aaaa.css')];
    expect(previousAssetsToKeep(cached, newVersion, SCOPE)).toEqual([
      url('assets/PlanScreen-aaaa.js'),
      url('assets/argon2.worker-aaaa.js'),
    ]);
  });

  it('leaves files without a hash to be replaced by the new version', () => {
    const cached = [
      `${url('index.html')}?__WB_REVISION__=old`,
      `${url('manifest.webmanifest')}?__WB_REVISION__=old`,
      url('icons/icon-192.png'),
    ];
    expect(previousAssetsToKeep(cached, [], SCOPE)).toEqual([]);
  });

  it('compares files by address, whatever revision marker the cache added', () => {
    const cached = [`${url('assets/run-aaaa.js')}?__WB_REVISION__=1`];
    expect(previousAssetsToKeep(cached, [url('assets/run-aaaa.js')], SCOPE)).toEqual([]);
    expect(previousAssetsToKeep(cached, [], SCOPE)).toEqual([url('assets/run-aaaa.js')]);
  });

  it('keeps nothing of another scope', () => {
    const cached = ['https://example.org/other-app/assets/x-aaaa.js'];
    expect(previousAssetsToKeep(cached, [], SCOPE)).toEqual([]);
  });
});

describe('withoutRevision', () => {
  it('removes only the revision marker', () => {
    expect(withoutRevision(`${url('index.html')}?a=1&__WB_REVISION__=abc`)).toBe(
      `${url('index.html')}?a=1`,
    );
  });
});

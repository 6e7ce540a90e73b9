import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageSection } from '../../../src/features/settings/StorageSection';
import { renderWithApp } from '../../helpers/render';

function stubStorage(persisted: boolean, grant = false) {
  const storage = {
    persisted: vi.fn().mockResolvedValue(persisted),
    persist: vi.fn().mockImplementation(async () => {
      storage.persisted.mockResolvedValue(grant);
      return grant;
    }),
    estimate: vi.fn().mockResolvedValue({ usage: 1_400_000, quota: 2_000_000_000 }),
  };
  vi.stubGlobal('navigator', { ...navigator, storage });
  return storage;
}

afterEach(() => vi.unstubAllGlobals());

describe('storage in Settings', () => {
  it('shows best-effort storage, its usage, and asks to persist on request', async () => {
    const storage = stubStorage(false, true);
    renderWithApp(<StorageSection />);
    expect(await screen.findByText(/not guaranteed/i)).toBeVisible();
    expect(screen.getByTestId('storage-usage')).toHaveTextContent('1.4 MB of about 2.0 GB');

    fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep my data' }));
    expect(await screen.findByText(/yes — persistent storage/i)).toBeVisible();
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('explains Home Screen installation for iPad users', async () => {
    stubStorage(true);
    renderWithApp(<StorageSection />);
    expect(await screen.findByText(/yes — persistent storage/i)).toBeVisible();
    expect(screen.getByText(/add to home screen/i)).toBeVisible();
  });
});

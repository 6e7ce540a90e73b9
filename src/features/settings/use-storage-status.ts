import { useCallback, useEffect, useState } from 'preact/hooks';
import { getStorageStatus, requestPersistence, type StorageStatus } from '../../db/storage';

/** The device's storage status, refreshed on demand and after asking for persistence. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | undefined>();
  const refresh = useCallback(() => {
    void getStorageStatus().then(setStatus, () => undefined);
  }, []);
  useEffect(refresh, [refresh]);

  const askToPersist = useCallback(async () => {
    const granted = await requestPersistence();
    refresh();
    return granted;
  }, [refresh]);

  return { status, refresh, askToPersist };
}

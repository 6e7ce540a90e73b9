// Handing a file or a link to the device's share sheet, where it has one that takes files.
// The share sheet shows what it is given, so only material the user chose to share goes in.

/** Whether this device can hand this file to another app (AirDrop, Teams, Nearby Share…). */
export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

export function canShareLink(): boolean {
  return typeof navigator.share === 'function';
}

/** Shares; false when the person closed the share sheet. Other failures are thrown. */
export async function share(data: ShareData): Promise<boolean> {
  try {
    await navigator.share(data);
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return false;
    throw error;
  }
}

// Byte encodings for keys and backup files: base64 for machines, grouped base32 for the
// recovery key a person copies by hand (no 0/1/8 look-alikes: RFC 4648 alphabet).

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

type NativeBase64 = { fromBase64?: (text: string) => Uint8Array };
const nativeFromBase64 = (Uint8Array as unknown as NativeBase64).fromBase64?.bind(Uint8Array);

/**
 * Decodes base64; throws on anything that is not base64. The platform's decoder where there
 * is one (several times faster on a 30 MB backup), else atob.
 */
export function fromBase64(text: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64(text);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new Error('Not base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32, forgiving case, spaces, dashes and 0/1 typed for O/I; null if invalid. */
export function fromBase32(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/1/g, 'I');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** "ABCD EFGH …": groups of four, easier to read aloud and to copy. */
export function groupInFours(text: string): string {
  return text.match(/.{1,4}/g)?.join(' ') ?? '';
}

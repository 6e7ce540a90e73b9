// Bytes in an address: deflated (CompressionStream), then written in 42 characters that are
// all safe in a URL fragment as they are, none of them the app's "/" between route parts,
// and all in a QR code's alphanumeric set (0-9, A-Z, $*+-.:). Two bytes become three characters, and a QR code stores two such characters in
// 11 bits: about a third more fits in a code than with base64.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-.:';
const BASE = ALPHABET.length;
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]));

export class LinkDataError extends Error {
  override name = 'LinkDataError';
}

/**
 * Ends every link's data. Mail and chat apps leave a trailing "." or ":" out of a link they
 * spot, and a link copied in part loses its end: without its marker, data is known cut short.
 */
const END = 'Z';

export function toLinkText(bytes: Uint8Array): string {
  return `${encode(bytes)}${END}`;
}

function encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      let n = bytes[i]! * 256 + bytes[i + 1]!;
      const c = n % BASE;
      n = (n - c) / BASE;
      out += ALPHABET[c]! + ALPHABET[n % BASE]! + ALPHABET[Math.floor(n / BASE)]!;
    } else {
      const n = bytes[i]!;
      out += ALPHABET[n % BASE]! + ALPHABET[Math.floor(n / BASE)]!;
    }
  }
  return out;
}

export function fromLinkText(marked: string): Uint8Array {
  if (!marked.endsWith(END)) throw new LinkDataError('Link data cut short');
  const text = marked.slice(0, -END.length);
  if (text.length % 3 === 1) throw new LinkDataError('Link data cut short');
  const bytes = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  const digit = (char: string) => {
    const value = VALUE.get(char);
    if (value === undefined) throw new LinkDataError('Not link data');
    return value;
  };
  let at = 0;
  for (let i = 0; i < text.length; i += 3) {
    if (i + 2 < text.length) {
      const n = digit(text[i]!) + digit(text[i + 1]!) * BASE + digit(text[i + 2]!) * BASE * BASE;
      if (n > 0xffff) throw new LinkDataError('Not link data');
      bytes[at++] = n >> 8;
      bytes[at++] = n & 0xff;
    } else {
      const n = digit(text[i]!) + digit(text[i + 1]!) * BASE;
      if (n > 0xff) throw new LinkDataError('Not link data');
      bytes[at++] = n;
    }
  }
  return bytes;
}

export async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Undoes `deflate`, refusing to unpack more than `maxBytes`: a short link must not be able to
 * unfold into something that fills a tablet's memory.
 */
export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new LinkDataError('Link data too large');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof LinkDataError) throw error;
    throw new LinkDataError('Link data damaged');
  }
  const joined = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(joined);
  } catch {
    throw new LinkDataError('Link data damaged');
  }
}

/** The link data after `#/<route>/` in a pasted or shared address, or null if there is none. */
export function linkDataIn(text: string, route: string): string | null {
  const at = text.indexOf(`#/${route}/`);
  if (at < 0) return null;
  const data = /^[0-9A-Z$*+\-.:]+/.exec(text.slice(at + route.length + 3).trim())?.[0];
  return data ?? null;
}

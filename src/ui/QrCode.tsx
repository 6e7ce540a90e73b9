import { useEffect, useState } from 'preact/hooks';

/** The largest QR code there is (version 40): beyond it a link is too long for one. */
const MAX_VERSION = 40;

interface Code {
  size: number;
  version: number;
  path: string;
}

/** The dark modules as one SVG path: one square per module, drawn on a white ground. */
function pathOf(code: { size: number; get(x: number, y: number): boolean }): string {
  let path = '';
  for (let y = 0; y < code.size; y += 1) {
    for (let x = 0; x < code.size; x += 1) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  return path;
}

/**
 * A QR code of `text`, when it fits in one; its library loads only when a code is shown.
 * Low error correction leaves the most room for the link; a screen gives a clean image.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [code, setCode] = useState<Code | null | 'too-long'>(null);
  useEffect(() => {
    let isCurrent = true;
    void import('lean-qr').then(({ generate, correction }) => {
      let result: Code | 'too-long';
      try {
        const made = generate(text, { minCorrectionLevel: correction.L, maxVersion: MAX_VERSION });
        result = { size: made.size, version: (made.size - 17) / 4, path: pathOf(made) };
      } catch {
        result = 'too-long';
      }
      if (isCurrent) setCode(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [text]);
  if (code === null) return <p class="hint">Making the QR code…</p>;
  if (code === 'too-long') {
    return (
      <p class="hint">
        This series is too long for a QR code. Send the link, or save the group file instead.
      </p>
    );
  }
  const quiet = 4;
  const side = code.size + quiet * 2;
  return (
    <figure class="qr-code">
      <svg
        role="img"
        aria-label={label}
        viewBox={`${-quiet} ${-quiet} ${side} ${side}`}
        shape-rendering="crispEdges"
        data-version={code.version}
      >
        <rect x={-quiet} y={-quiet} width={side} height={side} fill="#fff" />
        <path d={code.path} fill="#000" />
      </svg>
      <figcaption class="hint">
        Scan it with the other tablet’s camera (QR code version {code.version}).
      </figcaption>
    </figure>
  );
}

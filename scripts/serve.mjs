// A small static server for the built app, sending the headers a production host should
// send (CSP, no-cache for the entry points, immutable hashed assets). Used by `npm start`
// and by the end-to-end tests, which can swap the folder it serves to stage an update.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { PAGE_CSP, SECURITY_HEADERS, WORKER_CSP } from './security-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function headersFor(path) {
  const name = path.split(sep).pop() ?? '';
  const isWorker = name === 'sw.js';
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Content-Security-Policy': isWorker ? WORKER_CSP : `${PAGE_CSP}; frame-ancestors 'none'`,
    // Hashed assets never change; everything else must be revalidated so updates arrive.
    'Cache-Control': path.includes(`${sep}assets${sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  };
  return headers;
}

/**
 * Serves `root` under `basePath` (e.g. "/" or "/teams/reflect/"). Returns the server and a
 * setRoot() to swap the folder served, as a redeploy would.
 */
export function createStaticServer({ root, basePath = '/' }) {
  let currentRoot = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(basePath)) {
      response.writeHead(404, SECURITY_HEADERS).end('Not found');
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(basePath.length)) || 'index.html';
    const path = normalize(join(currentRoot, relative));
    if (!path.startsWith(currentRoot) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' });
      response.end('Not found');
      return;
    }
    // Text is sent compressed, as any production host would; images and wasm are not.
    const headers = headersFor(path);
    const compress =
      /^(text\/|application\/(json|manifest\+json)|image\/svg)/.test(headers['Content-Type']) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (compress) Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else if (compress) createReadStream(path).pipe(createGzip()).pipe(response);
    else createReadStream(path).pipe(response);
  });
  return {
    server,
    setRoot(next) {
      currentRoot = resolve(next);
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = new Map(
    process.argv.slice(2).map((arg) => {
      const [key, value = ''] = arg.replace(/^--/, '').split('=');
      return [key, value];
    }),
  );
  const port = Number(args.get('port') || process.env.PORT || 4173);
  const host = args.get('host') || '127.0.0.1';
  const root = args.get('dir') || 'dist';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built app in ${root}/. Run "npm run build" first.`);
    process.exit(1);
  }
  const { server } = createStaticServer({ root });
  server.listen(port, host, () => {
    console.log(
      `Breathing Space is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
    );
    console.log('Press Ctrl+C to stop.');
  });
}

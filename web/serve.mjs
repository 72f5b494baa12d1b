#!/usr/bin/env node
// serve.mjs: a tiny static file server for the built page (web/dist by default).
// It sends the cross-origin isolation headers that the engine's pthreads need
// (SharedArrayBuffer), the right MIME types for .wasm and .js, and refuses paths
// outside the served directory. No dependencies: plain node http.
//
//   node web/serve.mjs [--dir DIR] [--port 8000] [--host 127.0.0.1] [--no-isolation]
//
// --no-isolation omits COOP/COEP, to check how the page explains a host without them.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const opts = { dir: path.join(here, 'dist'), port: 8000, host: '127.0.0.1', isolation: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--dir') opts.dir = path.resolve(value());
    else if (arg === '--port') opts.port = Number(value());
    else if (arg === '--host') opts.host = value();
    else if (arg === '--no-isolation') opts.isolation = false;
    else if (arg === '-h' || arg === '--help') {
      console.log('usage: node serve.mjs [--dir DIR] [--port N] [--host H] [--no-isolation]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error(`bad --port: ${opts.port}`);
  }
  return opts;
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function isolationHeaders(isolation) {
  return isolation
    ? {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'same-origin',
      }
    : {};
}

/** Maps a URL path to a file inside root, or null if it would escape root. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

function send(res, status, headers, body) {
  res.writeHead(status, headers);
  res.end(body);
}

export function createServer({ dir, isolation }) {
  const root = path.resolve(dir);
  const common = { ...isolationHeaders(isolation), 'X-Content-Type-Options': 'nosniff' };
  return http.createServer((req, res) => {
    const text = { ...common, 'Content-Type': 'text/plain; charset=utf-8' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, { ...text, Allow: 'GET, HEAD' }, 'method not allowed\n');
    }
    const urlPath = (req.url ?? '/').split(/[?#]/, 1)[0];
    let file = resolveInside(root, urlPath);
    if (file === null) return send(res, 403, text, 'forbidden\n');
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          return send(res, 301, { ...common, Location: urlPath + '/' }, '');
        }
        file = path.join(file, 'index.html');
        st = fs.existsSync(file) ? fs.statSync(file) : null;
      } else if (err) {
        st = null;
      }
      if (!st || !st.isFile()) return send(res, 404, text, 'not found\n');
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        ...common,
        'Content-Type': type,
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve.mjs: ${e.message}`);
    process.exit(2);
  }
  if (!fs.existsSync(opts.dir)) {
    console.error(`serve.mjs: no such directory: ${opts.dir} (run "npm run build" in web/ first)`);
    process.exit(1);
  }
  const server = createServer(opts);
  server.on('error', (e) => {
    console.error(`serve.mjs: ${e.message}`);
    process.exit(1);
  });
  server.listen(opts.port, opts.host, () => {
    const { port } = server.address();
    const iso = opts.isolation ? 'with COOP/COEP' : 'WITHOUT isolation headers';
    console.log(`serving ${opts.dir} at http://${opts.host}:${port}/ (${iso})`);
  });
  const quit = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}

import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createReadStream, statSync, type Stats } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/*
 * Serves the built Angular app. Its build (frontend/scripts/precompress.mjs) leaves `name.br` and `name.gz`
 * beside each text file; the smallest copy the browser accepts is sent as it is (no compression per request), else the
 * plain file. A file name carrying Angular's content hash never changes, so it is cached for a year; every
 * other file, index.html above all, is revalidated on each load (no-cache, with an ETag). Any other GET
 * outside /api is a client-side route and gets index.html. Decision: docs/decisions/0026-page-budgets.md.
 */

/** Angular's `outputHashing: all`: `main-Q4LPBZKU.js`, `chunk-BV2FLIIX.js`, `styles-M5YIPXT5.css`, media. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The precompressed copies, in the order preferred when the browser accepts both equally. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export function staticFrontend(dir: string): RequestHandler {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  return (request: Request, response: Response, next: NextFunction) => {
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (!isPage || request.path === '/api' || request.path.startsWith('/api/')) return next();
    const file = fileIn(root, request.path);
    send(request, response, next, file ?? index);
  };
}

/** The regular file the path names inside root; null for a missing file, a folder, a dot-file or a path out. */
function fileIn(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = resolve(root, `.${sep}${decoded}`);
  const inside = relative(root, path);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return null;
  if (inside.split(sep).some((part) => part.startsWith('.'))) return null;
  // The copies are reached through Accept-Encoding only, never by name.
  if (ENCODINGS.some((encoding) => path.endsWith(encoding.suffix))) return null;
  return stat(path)?.isFile() ? path : null;
}

function send(request: Request, response: Response, next: NextFunction, file: string): void {
  const variants = ENCODINGS.flatMap((encoding) => {
    const stats = stat(file + encoding.suffix);
    return stats?.isFile() ? [{ ...encoding, stats }] : [];
  });
  const plain = stat(file);
  if (!plain) return next();
  // The server's order decides among the encodings the browser accepts (q > 0), as nginx's brotli_static and
  // gzip_static do: Chrome lists "gzip, deflate, br, zstd" with equal weights, and brotli is the smaller.
  const chosen = variants.find((variant) => request.acceptsEncodings(variant.name) === variant.name);
  const path = chosen ? file + chosen.suffix : file;
  const stats = chosen?.stats ?? plain;

  response.type(extname(file) || 'application/octet-stream');
  response.setHeader('Cache-Control', HASHED_NAME.test(basename(file)) ? IMMUTABLE : 'no-cache');
  if (variants.length) response.vary('Accept-Encoding');
  if (chosen) response.setHeader('Content-Encoding', chosen.name);
  response.setHeader('Last-Modified', stats.mtime.toUTCString());
  response.setHeader(
    'ETag',
    `W/"${stats.size.toString(16)}-${stats.mtimeMs.toString(16)}-${chosen?.name ?? 'id'}"`,
  );
  if (request.fresh) {
    response.status(304).end();
    return;
  }
  response.setHeader('Content-Length', String(stats.size));
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', (error) => (response.headersSent ? response.destroy(error) : next(error)));
  stream.pipe(response);
}

function stat(path: string): Stats | null {
  return statSync(path, { throwIfNoEntry: false }) ?? null;
}

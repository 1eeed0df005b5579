#!/usr/bin/env node
/*
 * Run by `nx build frontend` after Angular's build: writes a brotli (.br) and a gzip (.gz) copy beside every
 * text file of the built app, with Node's own zlib at the highest levels (done once, at build time, so the
 * server spends no CPU on it). The backend (serveFrontend in backend/src/app.factory.ts) sends the copy the
 * browser accepts. A copy that would not be smaller than the file is not written.
 * Usage: node frontend/scripts/precompress.mjs <built folder>
 */
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.webmanifest',
  '.map',
]);

const folder = process.argv[2];
if (!folder || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`precompress: no built folder at "${folder ?? ''}"`);
  process.exit(1);
}

let files = 0;
let plain = 0;
let brotli = 0;
for (const file of walk(folder)) {
  if (!COMPRESSIBLE.has(extname(file))) continue;
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
  const gz = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
  write(`${file}.br`, br, bytes.length);
  write(`${file}.gz`, gz, bytes.length);
  files += 1;
  plain += bytes.length;
  brotli += Math.min(br.length, bytes.length);
}
console.log(
  `precompress: ${files} files in ${relative(process.cwd(), folder) || '.'}, ${kb(plain)} → ${kb(brotli)} brotli`,
);

function write(path, bytes, original) {
  if (bytes.length < original) writeFileSync(path, bytes);
  else if (statSync(path, { throwIfNoEntry: false })) unlinkSync(path);
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

#!/usr/bin/env node
// Draws the add-in's icons (a blue document with a white check mark) into assets/*.png: pure Node, own PNG encoder.
//
// Usage: npm run icons        (writes assets/icon-{16,32,64,80,128}.png and assets/logo-filled.png)
// Shapes are described in a 0..1 unit square and rendered with 16×16 supersampling per pixel, so every size is
// anti-aliased from the same geometry; the smallest sizes get thicker strokes so the check mark stays readable.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BLUE = [0x1f, 0x5f, 0xad];
const FOLD = [0x9d, 0xbc, 0xe3];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 16;

// ---- PNG encoding (RGBA, 8 bits per channel) ----

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes width×height RGBA pixels (Uint8Array, row-major) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

// ---- Geometry (unit square, y downwards) ----

function insideRoundedRect(x, y, r) {
  if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) return false;
  const cx = Math.min(Math.max(x, r.x0 + r.radius), r.x1 - r.radius);
  const cy = Math.min(Math.max(y, r.y0 + r.radius), r.y1 - r.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r.radius ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The icon as a function from a point to a colour (or null for transparent). `size` tunes stroke widths. */
function iconShape(size) {
  const page = { x0: 0.16, y0: 0.05, x1: 0.84, y1: 0.95, radius: 0.07 };
  const fold = 0.24; // the dog-eared top-right corner
  const foldX = page.x1 - fold;
  const foldY = page.y0 + fold;
  const stroke = size <= 16 ? 0.15 : size <= 32 ? 0.12 : 0.1;
  const check = [
    [0.3, 0.6],
    [0.45, 0.75],
    [0.71, 0.43],
  ];
  return (x, y) => {
    if (!insideRoundedRect(x, y, page)) return null;
    // Cut the corner off the page along the diagonal, then draw the folded flap below that diagonal.
    if (x > foldX && y < foldY) {
      const beyondDiagonal = x - foldX > y - page.y0;
      if (beyondDiagonal) return null;
      return FOLD;
    }
    if (distanceToSegment(x, y, check[0], check[1]) <= stroke / 2 || distanceToSegment(x, y, check[1], check[2]) <= stroke / 2) return WHITE;
    return BLUE;
  };
}

/** The 300×300 store logo: the white document on a blue rounded square. */
function logoShape() {
  const tile = { x0: 0.02, y0: 0.02, x1: 0.98, y1: 0.98, radius: 0.16 };
  const inner = iconShape(300);
  const scale = 0.62;
  const offset = (1 - scale) / 2;
  return (x, y) => {
    if (!insideRoundedRect(x, y, tile)) return null;
    const colour = inner((x - offset) / scale, (y - offset) / scale);
    if (colour === BLUE) return WHITE;
    if (colour === WHITE) return BLUE;
    if (colour === FOLD) return FOLD;
    return BLUE;
  };
}

/** Renders a shape to RGBA with SAMPLES×SAMPLES samples per pixel (coverage-weighted colour, straight alpha). */
function render(size, shape) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((covered / n) * 255);
      }
    }
  }
  return rgba;
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
const written = [];
for (const size of [16, 32, 64, 80, 128]) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, size, render(size, iconShape(size))));
  written.push(file);
}
const logo = path.join(outDir, "logo-filled.png");
fs.writeFileSync(logo, encodePng(300, 300, render(300, logoShape())));
written.push(logo);
for (const file of written) console.log(`${path.relative(process.cwd(), file)}: ${fs.statSync(file).size} bytes`);

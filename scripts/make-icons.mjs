// Draws the Fellowship Lens icon (a magnifying lens over a highlighted line) at the sizes browsers
// ask for, as PNGs in public/icon/. Procedural so the icon needs no design tool: `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel((x + 0.5) / size, (y + 0.5) / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Unit-square geometry: a rounded blue tile, a yellow highlight bar, a white lens ring and handle.
function pixel(x, y) {
  const r = 0.2,
    inTile =
      Math.max(Math.abs(x - 0.5) - (0.5 - r), 0) ** 2 + Math.max(Math.abs(y - 0.5) - (0.5 - r), 0) ** 2 <=
      r * r;
  if (!inTile) return [0, 0, 0, 0];
  const d = Math.hypot(x - 0.42, y - 0.42);
  const onHandle = x > 0.58 && y > 0.58 && Math.abs(x - y) < 0.09 && x < 0.84;
  if ((d > 0.2 && d < 0.28) || onHandle) return [255, 255, 255, 255];
  if (d <= 0.2 && y > 0.36 && y < 0.5) return [255, 214, 64, 255];
  return [34, 87, 197, 255];
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size, pixel));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);

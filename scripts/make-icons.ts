/**
 * Draws the app icons (our own artwork): color.png 192x192, a white "handshake of two columns"
 * mark on the accent blue; outline.png 32x32, the same mark in white on transparent, as Teams
 * requires. Run with `node dist/scripts/make-icons.js` after changing the design.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Pixel = [number, number, number, number];

function draw(size: number, background: Pixel | null, foreground: Pixel): Buffer {
  const png = new PNG({ width: size, height: size });
  const u = size / 32; // design grid: 32 x 32
  const inMark = (x: number, y: number): boolean => {
    const gx = x / u;
    const gy = y / u;
    // Two pillars (NPS and the YOS) joined by a bridge, and a tick above: "partnership kept on time".
    const leftPillar = gx >= 7 && gx < 12 && gy >= 12 && gy < 26;
    const rightPillar = gx >= 20 && gx < 25 && gy >= 12 && gy < 26;
    const bridge = gx >= 7 && gx < 25 && gy >= 16 && gy < 19;
    const base = gx >= 5 && gx < 27 && gy >= 25 && gy < 27;
    const tickShort = Math.abs(gy - (gx - 11) * 0.8 - 5) < 1.3 && gx >= 11 && gx < 15;
    const tickLong = Math.abs(gy - (8.2 - (gx - 15) * 0.75)) < 1.3 && gx >= 15 && gx < 22;
    return leftPillar || rightPillar || bridge || base || tickShort || tickLong;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const colour: Pixel = inMark(x, y) ? foreground : background ?? [0, 0, 0, 0];
      png.data[i] = colour[0];
      png.data[i + 1] = colour[1];
      png.data[i + 2] = colour[2];
      png.data[i + 3] = colour[3];
    }
  }
  return PNG.sync.write(png);
}

export function writeIcons(dir: string): void {
  fs.writeFileSync(path.join(dir, 'color.png'), draw(192, [0x1d, 0x4f, 0x91, 255], [255, 255, 255, 255]));
  fs.writeFileSync(path.join(dir, 'outline.png'), draw(32, null, [255, 255, 255, 255]));
}

if (require.main === module) writeIcons(path.resolve(__dirname, '..', '..', 'manifest'));

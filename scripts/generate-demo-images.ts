/**
 * Draws the demo illustrations into public/demo (committed): abstract compositions in each section's colours,
 * and lettered avatars. Run again only when sections or authors change: `npm run demo:images`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { allDemoImages, AVATAR_SIZE, HERO_SIZE, sectionHues } from '@/lib/db/seed/demo-images';
import { seededRandom } from '@/lib/db/seed/random';

const out = path.resolve('public');

function heroSvg(hue: number, seed: number): string {
  const rnd = seededRandom(seed);
  const { width, height } = HERO_SIZE;
  const shapes = Array.from({ length: 14 }, () => {
    const h = (hue + rnd.int(-30, 30) + 360) % 360;
    const l = rnd.int(25, 70);
    const x = rnd.int(0, width);
    const y = rnd.int(0, height);
    return rnd.next() < 0.5
      ? `<circle cx="${x}" cy="${y}" r="${rnd.int(60, 320)}" fill="hsl(${h} 60% ${l}%)" fill-opacity="0.55"/>`
      : `<rect x="${x - 200}" y="${y - 100}" width="${rnd.int(200, 700)}" height="${rnd.int(80, 400)}" fill="hsl(${h} 55% ${l}%)" fill-opacity="0.5" transform="rotate(${rnd.int(-25, 25)} ${x} ${y})"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 45% 22%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 50% 55%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}
  </svg>`;
}

function avatarSvg(name: string, hue: number): string {
  const initials = name
    .split(' ')
    .map((w) => w[0])
    .join('')
    .slice(0, 2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${AVATAR_SIZE}" height="${AVATAR_SIZE}">
    <rect width="100%" height="100%" fill="hsl(${hue} 45% 40%)"/>
    <text x="50%" y="54%" text-anchor="middle" dominant-baseline="middle" font-family="DejaVu Sans, sans-serif" font-size="104" font-weight="bold" fill="white">${initials}</text>
  </svg>`;
}

async function main() {
  const { heroes, avatars } = allDemoImages();
  for (const [i, h] of heroes.entries()) {
    const file = path.join(out, h.path);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await sharp(Buffer.from(heroSvg(sectionHues[h.section] ?? 0, i + 1))).webp({ quality: 70 }).toFile(file);
  }
  for (const a of avatars) {
    const file = path.join(out, a.path);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await sharp(Buffer.from(avatarSvg(a.name, a.hue))).webp({ quality: 80 }).toFile(file);
  }
  console.log(`Wrote ${heroes.length} hero images and ${avatars.length} avatars under public/demo.`);
}

void main();

import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { CraftSlug } from '@hirfa/shared';
import { DEMO_IMAGE_KEYS } from './demo-catalog';

export interface DemoImage {
  key: string;
  url: string;
  width: number;
  height: number;
  thumbUrl: string;
  thumbWidth: number;
  thumbHeight: number;
}

const SIZE = 800;
const THUMB_SIZE = 400;
const QUALITY = 70;
// sharp already spreads each render over libvips threads; a few at once keeps memory flat.
const CONCURRENCY = 4;

/**
 * Draws the demo product pictures locally (no download, no text so no fonts needed) and writes
 * them once: files already on disk are kept, so later starts only check that they exist.
 */
export async function ensureDemoImages(
  mediaDir: string,
  urlPrefix = '/media',
): Promise<Map<string, DemoImage>> {
  const directory = join(mediaDir, 'demo');
  await mkdir(directory, { recursive: true });
  const prefix = `${urlPrefix.replace(/\/+$/, '')}/demo`;

  const queue = [...DEMO_IMAGE_KEYS];
  const worker = async (): Promise<void> => {
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      await renderIfMissing(directory, key);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  return new Map(
    DEMO_IMAGE_KEYS.map((key) => [
      key,
      {
        key,
        url: `${prefix}/${key}-${SIZE}.webp`,
        width: SIZE,
        height: SIZE,
        thumbUrl: `${prefix}/${key}-${THUMB_SIZE}.webp`,
        thumbWidth: THUMB_SIZE,
        thumbHeight: THUMB_SIZE,
      },
    ]),
  );
}

async function renderIfMissing(directory: string, key: string): Promise<void> {
  const large = join(directory, `${key}-${SIZE}.webp`);
  const small = join(directory, `${key}-${THUMB_SIZE}.webp`);
  const missingLarge = !existsSync(large);
  const missingSmall = !existsSync(small);
  if (!missingLarge && !missingSmall) return;

  const image = sharp(Buffer.from(renderDemoImageSvg(key)));
  if (missingLarge) {
    await writeAtomically(large, await image.clone().webp({ quality: QUALITY }).toBuffer());
  }
  if (missingSmall) {
    const thumb = image.clone().resize(THUMB_SIZE, THUMB_SIZE).webp({ quality: QUALITY });
    await writeAtomically(small, await thumb.toBuffer());
  }
}

/** A crash mid-write must not leave a truncated file that later runs would take as done. */
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Drawing helpers.

type Rng = () => number;
type Point = [number, number];

function seeded(key: string): Rng {
  let state = 0;
  for (let i = 0; i < key.length; i++) state = (Math.imul(state, 31) + key.charCodeAt(i)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

type Attrs = Record<string, string | number>;

function el(name: string, attrs: Attrs, children = ''): string {
  const list = Object.entries(attrs)
    .map(([attr, value]) => ` ${attr}="${typeof value === 'number' ? round(value) : value}"`)
    .join('');
  return children ? `<${name}${list}>${children}</${name}>` : `<${name}${list}/>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const rect = (x: number, y: number, w: number, h: number, fill: string, more: Attrs = {}) =>
  el('rect', { x, y, width: w, height: h, fill, ...more });
const circle = (cx: number, cy: number, r: number, fill: string, more: Attrs = {}) =>
  el('circle', { cx, cy, r, fill, ...more });
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, more: Attrs = {}) =>
  el('ellipse', { cx, cy, rx, ry, fill, ...more });
const path = (d: string, fill: string, more: Attrs = {}) => el('path', { d, fill, ...more });
const polygon = (points: Point[], fill: string, more: Attrs = {}) =>
  el('polygon', {
    points: points.map(([x, y]) => `${round(x)},${round(y)}`).join(' '),
    fill,
    ...more,
  });
const group = (children: string, transform: string, more: Attrs = {}) =>
  el('g', transform ? { transform, ...more } : more, children);
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number) =>
  el('line', { x1, y1, x2, y2, stroke, 'stroke-width': width, 'stroke-linecap': 'round' });
const stroke = (color: string, width: number, more: Attrs = {}): Attrs => ({
  stroke: color,
  'stroke-width': width,
  ...more,
});

function starPoints(cx: number, cy: number, outer: number, inner: number, tips: number, turn = 0) {
  const points: Point[] = [];
  for (let i = 0; i < tips * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = turn + (Math.PI * i) / tips - Math.PI / 2;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return points;
}

/** The eight-pointed star of zellige and brasswork: two squares turned 45° apart. */
function star8(cx: number, cy: number, r: number, fill: string, more: Attrs = {}): string {
  return polygon(starPoints(cx, cy, r, r * 0.76, 8, Math.PI / 8), fill, more);
}

function lozenge(cx: number, cy: number, w: number, h: number, fill: string, more: Attrs = {}) {
  return polygon(
    [
      [cx, cy - h / 2],
      [cx + w / 2, cy],
      [cx, cy + h / 2],
      [cx - w / 2, cy],
    ],
    fill,
    more,
  );
}

/** An inward spiral, the scroll of wrought iron and of painted flowers. */
function spiral(cx: number, cy: number, radius: number, turns: number, flip = false): string {
  const steps = Math.round(turns * 24);
  const points: string[] = [];
  for (let i = 0; i <= steps; i++) {
    const angle = (i / 24) * Math.PI * 2 * (flip ? -1 : 1);
    const r = radius * (1 - i / (steps + 4));
    points.push(`${round(cx + r * Math.cos(angle))},${round(cy + r * Math.sin(angle))}`);
  }
  return `M${points.join(' L')}`;
}

function radial(id: string, inner: string, outer: string, cx = '40%', cy = '35%', r = '70%') {
  return el(
    'radialGradient',
    { id, cx, cy, r },
    el('stop', { offset: '0', 'stop-color': inner }) +
      el('stop', { offset: '1', 'stop-color': outer }),
  );
}

function linear(id: string, stops: string[], vertical = false): string {
  const attrs: Attrs = vertical
    ? { id, x1: '0', y1: '0', x2: '0', y2: '1' }
    : { id, x1: '0', y1: '0', x2: '1', y2: '0' };
  return el(
    'linearGradient',
    attrs,
    stops
      .map((color, i) => el('stop', { offset: round(i / (stops.length - 1)), 'stop-color': color }))
      .join(''),
  );
}

/** Wall, table edge and a soft shadow: a product photographed in a workshop. */
function scene(wall: string, table: string, shadowWidth = 260): string {
  return (
    rect(0, 0, SIZE, SIZE, wall) +
    rect(0, 600, SIZE, 200, table) +
    ellipse(400, 640, shadowWidth, 34, '#000', { opacity: 0.18 })
  );
}

function svgDocument(defs: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" ` +
    `viewBox="0 0 ${SIZE} ${SIZE}">${defs ? `<defs>${defs}</defs>` : ''}${body}</svg>`
  );
}

interface Drawing {
  defs?: string;
  body: string;
}

type Painter = (variant: number, rng: Rng) => Drawing;

// ---------------------------------------------------------------------------------------------
// One painter per craft; the variant (0-3) picks the object and its palette.

const pottery: Painter = (variant) => {
  const glazes = [
    ['#1d4f91', '#2f6fb8', '#f3ead8'],
    ['#1f6b4f', '#2f8f6a', '#f4e9cf'],
    ['#9b5a1e', '#c27a35', '#f0dfbf'],
    ['#1c5d8c', '#2a8c7e', '#f7f1e3'],
  ][variant];
  const [dark, mid, cream] = glazes;
  if (variant === 0) {
    const lid = 'M170,560 C300,540 355,340 382,205 L418,205 C445,340 500,540 630,560 Z';
    const bands = [300, 380, 460, 520]
      .map((y, i) => rect(0, y, SIZE, 14 + i * 2, i % 2 ? cream : '#e9b949', { opacity: 0.9 }))
      .join('');
    const dots = Array.from({ length: 9 }, (_, i) =>
      circle(300 + i * 25, 430 - Math.abs(i - 4) * 4, 6, cream),
    ).join('');
    return {
      defs: el('clipPath', { id: 'lid' }, path(lid, '#000')) + radial('glaze', mid, dark),
      body:
        scene('#efe4d2', '#d6c2a1', 300) +
        ellipse(400, 585, 285, 60, dark) +
        ellipse(400, 572, 270, 48, mid) +
        path(lid, 'url(#glaze)') +
        group(bands + dots, '', { 'clip-path': 'url(#lid)' }) +
        circle(400, 195, 30, mid) +
        circle(392, 186, 9, cream, { opacity: 0.6 }),
    };
  }
  if (variant === 1) {
    const petals = Array.from({ length: 12 }, (_, i) =>
      group(ellipse(400, 250, 34, 82, i % 2 ? dark : mid), `rotate(${i * 30} 400 400)`),
    ).join('');
    return {
      body:
        rect(0, 0, SIZE, SIZE, '#3a2f2a') +
        circle(410, 410, 330, '#000', { opacity: 0.25 }) +
        circle(400, 400, 330, cream) +
        circle(400, 400, 318, 'none', stroke(dark, 22)) +
        circle(400, 400, 270, 'none', stroke('#e9b949', 6)) +
        petals +
        circle(400, 400, 92, cream) +
        star8(400, 400, 80, dark) +
        circle(400, 400, 26, '#e9b949'),
    };
  }
  if (variant === 2) {
    const jar =
      'M340,170 L460,170 L455,215 C560,250 610,340 600,440 C590,540 520,610 400,615 ' +
      'C280,610 210,540 200,440 C190,340 240,250 345,215 Z';
    const bands = [260, 330, 470, 540]
      .map((y) => rect(0, y, SIZE, 12, cream, { opacity: 0.85 }))
      .join('');
    const zigzag = Array.from({ length: 14 }, (_, i) =>
      polygon(
        [
          [180 + i * 34, 430],
          [197 + i * 34, 395],
          [214 + i * 34, 430],
        ],
        dark,
      ),
    ).join('');
    return {
      defs: el('clipPath', { id: 'jar' }, path(jar, '#000')) + radial('body', mid, dark),
      body:
        scene('#e7ddd0', '#b59c7e', 230) +
        path('M345,235 C280,230 270,300 300,320', 'none', stroke(dark, 16)) +
        path('M455,235 C520,230 530,300 500,320', 'none', stroke(dark, 16)) +
        path(jar, 'url(#body)') +
        group(bands + zigzag, '', { 'clip-path': 'url(#jar)' }) +
        ellipse(400, 172, 62, 12, dark),
    };
  }
  const tiles: string[] = [];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      const x = col * 266;
      const y = row * 266;
      tiles.push(
        rect(x + 3, y + 3, 260, 260, cream) +
          circle(x + 3, y + 3, 70, mid) +
          circle(x + 263, y + 3, 70, mid) +
          circle(x + 3, y + 263, 70, mid) +
          circle(x + 263, y + 263, 70, mid) +
          star8(x + 133, y + 133, 92, dark) +
          star8(x + 133, y + 133, 56, cream) +
          circle(x + 133, y + 133, 22, '#e9b949'),
      );
    }
  }
  return { body: rect(0, 0, SIZE, SIZE, '#cfc6b8') + tiles.join('') };
};

const zellige: Painter = (variant) => {
  const palettes = [
    ['#f4f1ea', '#1f6e4a', '#163a2c', '#c9a23a'],
    ['#f6f2e8', '#1d4f9c', '#d9a43a', '#0f2547'],
    ['#f2eee4', '#2a7a55', '#2457a4', '#d8a431'],
    ['#f1e7d9', '#b5522c', '#2c6e5a', '#3b1e12'],
  ][variant];
  const [grout, a, b, c] = palettes;
  const shapes: string[] = [rect(0, 0, SIZE, SIZE, grout)];
  // Star-and-cross layout on a square grid: authentic, and few edges keep the WebP small.
  const step = SIZE / 3;
  for (let row = 0; row <= 3; row++) {
    for (let col = 0; col <= 3; col++) {
      const x = col * step;
      const y = row * step;
      const fill = (row + col) % 2 ? a : b;
      shapes.push(star8(x, y, 122, fill, stroke(grout, 8)));
      shapes.push(star8(x, y, 58, grout));
      shapes.push(lozenge(x, y, 40, 40, c));
      if (row < 3 && col < 3) {
        shapes.push(polygon(starPoints(x + step / 2, y + step / 2, 88, 30, 4, Math.PI / 4), c));
        shapes.push(circle(x + step / 2, y + step / 2, 16, grout));
      }
    }
  }
  return { body: shapes.join('') };
};

const leather: Painter = (variant) => {
  if (variant === 0) {
    const slipper = 'M0,-250 C80,-170 105,60 82,175 Q0,245 -82,175 C-105,60 -80,-170 0,-250 Z';
    const opening = 'M-62,20 C-60,-40 60,-40 62,20 L62,160 Q0,210 -62,160 Z';
    const one = (x: number, turn: number) =>
      group(
        path(slipper, '#d99a1e', stroke('#8a5a12', 4)) +
          path(opening, '#8a5a12') +
          path(slipper, 'none', stroke('#fff3c8', 3, { 'stroke-dasharray': '8 8', opacity: 0.7 })) +
          path('M-40,-120 Q0,-160 40,-120', 'none', stroke('#fff3c8', 4)),
        `translate(${x} 400) rotate(${turn}) scale(0.95)`,
      );
    return { body: rect(0, 0, SIZE, SIZE, '#a4532f') + one(290, -10) + one(510, 10) };
  }
  if (variant === 1) {
    const body = 'M200,330 L600,330 L640,650 L160,650 Z';
    return {
      defs: linear('hide', ['#b36a31', '#8a4b1f'], true),
      body:
        scene('#eadfcd', '#cdb592', 250) +
        path('M280,340 C280,170 520,170 520,340', 'none', stroke('#6d3a17', 22)) +
        path(body, 'url(#hide)') +
        path('M215,345 L585,345 L620,635 L180,635 Z', 'none', {
          ...stroke('#f1d7a8', 3),
          'stroke-dasharray': '10 8',
        }) +
        rect(200, 330, 400, 38, '#6d3a17', { opacity: 0.5 }),
    };
  }
  if (variant === 2) {
    const rays = Array.from({ length: 16 }, (_, i) =>
      group(line(400, 360, 400, 260, '#e8c36a', 4), `rotate(${i * 22.5} 400 360)`),
    ).join('');
    return {
      body:
        scene('#e4d6c3', '#b99b78', 280) +
        rect(140, 360, 520, 230, '#7b4524') +
        ellipse(400, 590, 260, 70, '#6a3a1d') +
        ellipse(400, 360, 260, 90, '#8e5530') +
        group(rays, 'matrix(1 0 0 0.35 0 234)') +
        group(star8(400, 360, 90, 'none', stroke('#e8c36a', 6)), 'matrix(1 0 0 0.35 0 234)') +
        Array.from({ length: 9 }, (_, i) =>
          path(
            `M${170 + i * 57},${420 + Math.abs(i - 4) * 6} l0,150`,
            'none',
            stroke('#e8c36a', 4, { 'stroke-dasharray': '12 10' }),
          ),
        ).join(''),
    };
  }
  const flap = 'M190,300 L610,300 L610,430 Q400,540 190,430 Z';
  const motifs = [300, 400, 500].map((x) => lozenge(x, 390, 60, 70, '#f2c14e')).join('');
  return {
    body:
      scene('#efe6d8', '#c9b190', 240) +
      path('M215,305 C215,80 585,80 585,305', 'none', stroke('#1f3f93', 16)) +
      rect(190, 300, 420, 320, '#2b52c4', { rx: 28 }) +
      path(flap, '#1f3f93') +
      motifs +
      path(flap, 'none', { ...stroke('#f6e7c1', 3), 'stroke-dasharray': '9 7' }) +
      circle(400, 470, 14, '#c99a3a'),
  };
};

function lightDots(rng: Rng, count: number, color: string): string {
  return Array.from({ length: count }, () =>
    circle(rng() * SIZE, rng() * 560, 3 + rng() * 9, color, { opacity: 0.25 + rng() * 0.6 }),
  ).join('');
}

const dinanderie: Painter = (variant, rng) => {
  if (variant === 0 || variant === 1) {
    const metal = variant === 0 ? ['#e2b95c', '#9c7425'] : ['#d98a4e', '#8c4a22'];
    const holes: string[] = [];
    for (let row = 0; row < 6; row++) {
      for (let col = 0; col < 5; col++) {
        const x = 330 + col * 35 + (row % 2 ? 17 : 0);
        const y = 320 + row * 42;
        holes.push(
          variant === 0
            ? circle(x, y, 7, '#fff2c2')
            : star8(x, y, 11, '#fff2c2', { opacity: 0.95 }),
        );
      }
    }
    const top = variant === 0 ? 180 : 220;
    return {
      defs:
        radial('glow', '#ffd98a', '#1b1624', '50%', '50%', '50%') +
        linear('metal', metal.concat(metal[0])),
      body:
        rect(0, 0, SIZE, SIZE, '#1b1624') +
        circle(400, 420, 380, 'url(#glow)', { opacity: 0.55 }) +
        lightDots(rng, 70, '#ffd27a') +
        (variant === 0 ? line(400, 0, 400, top, '#9c7425', 8) : '') +
        path(`M330,${top + 90} Q400,${top - 40} 470,${top + 90} Z`, 'url(#metal)') +
        circle(400, top, 14, metal[0]) +
        polygon(
          [
            [310, 290],
            [490, 290],
            [520, 350],
            [520, 540],
            [490, 580],
            [310, 580],
            [280, 540],
            [280, 350],
          ],
          'url(#metal)',
        ) +
        holes.join('') +
        polygon(
          [
            [310, 580],
            [490, 580],
            [400, variant === 0 ? 680 : 620],
          ],
          metal[1],
        ) +
        (variant === 1 ? rect(330, 620, 140, 24, metal[1], { rx: 6 }) : ''),
    };
  }
  if (variant === 2) {
    const rings = [300, 250, 190, 130]
      .map((r) => circle(400, 400, r, 'none', stroke('#8a6a24', 5)))
      .join('');
    const rays = Array.from({ length: 16 }, (_, i) =>
      group(lozenge(400, 175, 30, 80, '#8a6a24'), `rotate(${i * 22.5} 400 400)`),
    ).join('');
    return {
      defs: radial('brass', '#f3d27c', '#b08a34'),
      body:
        rect(0, 0, SIZE, SIZE, '#3d2a1e') +
        circle(412, 414, 340, '#000', { opacity: 0.35 }) +
        circle(400, 400, 340, 'url(#brass)') +
        circle(400, 400, 330, 'none', stroke('#8a6a24', 10)) +
        rings +
        rays +
        star8(400, 400, 110, 'none', stroke('#8a6a24', 6)) +
        star8(400, 400, 60, '#8a6a24'),
    };
  }
  return {
    defs: linear('silver', ['#8d949c', '#eef1f4', '#a9b0b8'], false),
    body:
      scene('#7c2230', '#4c1520', 260) +
      ellipse(400, 615, 250, 40, '#c9a14a') +
      path('M520,420 C600,400 640,300 690,260', 'none', stroke('#a9b0b8', 22)) +
      path('M285,330 C200,330 200,520 285,520', 'none', stroke('#a9b0b8', 18)) +
      path(
        'M290,300 C250,420 260,560 330,600 L470,600 C540,560 550,420 510,300 Z',
        'url(#silver)',
      ) +
      path('M320,300 Q400,200 480,300 Z', 'url(#silver)') +
      circle(400, 215, 18, '#dfe3e7') +
      path(
        'M300,430 Q400,470 500,430',
        'none',
        stroke('#6f767e', 4, { 'stroke-dasharray': '6 6' }),
      ),
  };
};

const wroughtIron: Painter = (variant) => {
  const iron = '#26262a';
  const scrollStroke = stroke(iron, 10, { 'stroke-linecap': 'round' });
  if (variant === 0) {
    const scrolls = Array.from({ length: 10 }, (_, i) =>
      group(
        path(spiral(400, 95, 45, 1.6, i % 2 === 1), 'none', scrollStroke),
        `rotate(${i * 36} 400 400)`,
      ),
    ).join('');
    return {
      defs: linear('glass', ['#c9dbe2', '#eef5f7', '#b7ccd5']),
      body:
        rect(0, 0, SIZE, SIZE, '#e8dfd0') +
        scrolls +
        circle(400, 400, 230, iron) +
        circle(400, 400, 205, 'url(#glass)') +
        path('M300,300 L360,240', 'none', stroke('#fff', 10, { opacity: 0.6 })),
    };
  }
  if (variant === 1) {
    const candle = (x: number, y: number) =>
      rect(x - 18, y - 90, 36, 90, '#f4ecd6') +
      ellipse(x, y - 108, 11, 22, '#ffb43c') +
      circle(x, y - 108, 40, '#ffd27a', { opacity: 0.25 });
    return {
      body:
        scene('#3a3340', '#262129', 200) +
        line(400, 630, 400, 330, iron, 14) +
        path('M400,420 C320,420 250,400 240,330', 'none', stroke('#4a4a52', 12)) +
        path('M400,420 C480,420 550,400 560,330', 'none', stroke('#4a4a52', 12)) +
        path(spiral(330, 470, 40, 1.5), 'none', stroke('#4a4a52', 8)) +
        path(spiral(470, 470, 40, 1.5, true), 'none', stroke('#4a4a52', 8)) +
        ellipse(400, 632, 110, 20, '#4a4a52') +
        [240, 400, 560].map((x) => rect(x - 32, 318, 64, 14, '#4a4a52') + candle(x, 318)).join(''),
    };
  }
  if (variant === 2) {
    const cells: string[] = [];
    for (let row = 0; row < 4; row++) {
      for (let col = 0; col < 9; col++) {
        const fill = (row + col) % 2 ? '#2a6f8f' : '#e0b23a';
        cells.push(star8(130 + col * 70 + (row % 2) * 35, 245 + row * 38, 22, fill));
      }
    }
    return {
      defs: el('clipPath', { id: 'top' }, ellipse(400, 300, 250, 70, '#000')),
      body:
        scene('#ece4d6', '#c8b596', 260) +
        path('M220,320 C240,450 180,560 200,640', 'none', scrollStroke) +
        path('M580,320 C560,450 620,560 600,640', 'none', scrollStroke) +
        path('M330,350 C340,470 320,560 330,630', 'none', scrollStroke) +
        path('M470,350 C460,470 480,560 470,630', 'none', scrollStroke) +
        path(spiral(260, 480, 40, 1.5), 'none', stroke(iron, 8)) +
        path(spiral(540, 480, 40, 1.5, true), 'none', stroke(iron, 8)) +
        ellipse(400, 312, 255, 74, iron) +
        group(ellipse(400, 300, 250, 70, '#f3efe6') + cells.join(''), '', {
          'clip-path': 'url(#top)',
        }),
    };
  }
  const bars = [300, 350, 400, 450, 500].map((x) => line(x, 300, x, 580, iron, 8)).join('');
  return {
    defs: radial('frost', '#fff4d6', '#d9d2c2', '50%', '55%'),
    body:
      scene('#d9cbb4', '#9d8a6d', 200) +
      rect(280, 300, 240, 280, 'url(#frost)') +
      bars +
      rect(270, 290, 260, 20, iron) +
      rect(270, 575, 260, 24, iron) +
      polygon(
        [
          [270, 290],
          [530, 290],
          [400, 190],
        ],
        iron,
      ) +
      circle(400, 170, 26, 'none', stroke(iron, 8)) +
      path(spiral(400, 440, 60, 1.8), 'none', stroke(iron, 7)),
  };
};

const tadelakt: Painter = (variant) => {
  const palettes = [
    ['#c8643b', '#8e3b1e', '#f1e9dc', '#d9ccb8'],
    ['#2d3f6b', '#161f3a', '#e3d3b4', '#bea57f'],
    ['#d8c39c', '#a58c5e', '#b5583a', '#7d3a25'],
    ['#f3efe7', '#c9c1b1', '#4a4a4e', '#2e2e31'],
  ][variant];
  const [light, dark, wall, table] = palettes;
  const defs = radial('polish', light, dark, '35%', '30%');
  if (variant === 0) {
    return {
      defs,
      body:
        scene(wall, table, 270) +
        path('M150,470 C170,620 630,620 650,470 Z', 'url(#polish)') +
        ellipse(400, 470, 250, 60, light) +
        ellipse(400, 478, 215, 44, dark, { opacity: 0.55 }) +
        rect(330, 440, 140, 56, '#eee2c8', { rx: 26 }) +
        ellipse(360, 455, 40, 8, '#fff', { opacity: 0.5 }),
    };
  }
  if (variant === 1) {
    return {
      defs,
      body:
        scene(wall, table, 170) +
        path(
          'M350,140 L450,140 C450,220 560,260 560,420 C560,560 480,630 400,630 ' +
            'C320,630 240,560 240,420 C240,260 350,220 350,140 Z',
          'url(#polish)',
        ) +
        ellipse(400, 140, 50, 12, dark) +
        path('M300,380 C300,300 330,260 350,240', 'none', stroke('#fff', 10, { opacity: 0.25 })),
    };
  }
  if (variant === 2) {
    return {
      defs,
      body:
        scene(wall, table, 180) +
        path('M300,120 L500,120 L560,300 L240,300 Z', '#f6efe1') +
        path('M300,120 L500,120 L560,300 L240,300 Z', 'none', stroke('#d9cdb6', 4)) +
        line(400, 300, 400, 340, '#7a6a55', 8) +
        path(
          'M400,330 C520,330 540,470 500,560 C470,620 330,620 300,560 C260,470 280,330 400,330 Z',
          'url(#polish)',
        ) +
        circle(400, 360, 130, '#fff3cf', { opacity: 0.12 }),
    };
  }
  return {
    defs,
    body:
      rect(0, 0, SIZE, SIZE, wall) +
      rect(0, 470, SIZE, 330, table) +
      path('M120,420 L680,420 L660,560 C600,640 200,640 140,560 Z', 'url(#polish)') +
      ellipse(400, 420, 280, 80, light) +
      ellipse(400, 430, 230, 56, dark, { opacity: 0.45 }) +
      circle(400, 440, 12, '#55514a') +
      path('M560,300 L560,360 C560,380 540,390 520,390', 'none', stroke('#b9b3a8', 16)),
  };
};

function rosette(cx: number, cy: number, r: number, petal: string, heart: string): string {
  const petals = Array.from({ length: 8 }, (_, i) =>
    group(ellipse(cx, cy - r * 0.6, r * 0.28, r * 0.5, petal), `rotate(${i * 45} ${cx} ${cy})`),
  ).join('');
  return petals + circle(cx, cy, r * 0.3, heart);
}

const paintedWood: Painter = (variant) => {
  const grounds = ['#2f6d5a', '#234a8a', '#3f7a3a', '#9c2f2a'];
  const ground = grounds[variant];
  const accents = ['#c8372d', '#e0ae3c', '#f1e6cc', '#2f6d5a'];
  const flowers = (points: Point[], r: number) =>
    points.map(([x, y], i) => rosette(x, y, r, accents[i % 3], accents[(i + 1) % 3])).join('');
  if (variant === 0) {
    const arch = 'M170,700 L170,330 C170,150 630,150 630,330 L630,700 Z';
    const glass = 'M260,640 L260,350 C260,230 540,230 540,350 L540,640 Z';
    return {
      defs: linear('mirror', ['#b9cfd6', '#eaf2f4', '#b0c6cf']),
      body:
        rect(0, 0, SIZE, SIZE, '#e9dfcf') +
        path(arch, ground, stroke('#5a3a1e', 10)) +
        path(glass, 'url(#mirror)', stroke('#e0ae3c', 8)) +
        flowers(
          [
            [215, 400],
            [215, 520],
            [215, 640],
            [585, 400],
            [585, 520],
            [585, 640],
            [300, 215],
            [400, 195],
            [500, 215],
          ],
          40,
        ),
    };
  }
  if (variant === 1 || variant === 3) {
    const small = variant === 3;
    const [x, y, w, h] = small ? [230, 340, 340, 230] : [130, 300, 540, 300];
    return {
      body:
        scene('#ede3d1', '#b89d78', small ? 190 : 290) +
        polygon(
          [
            [x, y],
            [x + 60, y - 70],
            [x + w + 60, y - 70],
            [x + w, y],
          ],
          ground,
          stroke('#4a2e16', 6),
        ) +
        rect(x, y, w, h, ground, stroke('#4a2e16', 6)) +
        polygon(
          [
            [x + w, y],
            [x + w + 60, y - 70],
            [x + w + 60, y + h - 70],
            [x + w, y + h],
          ],
          '#000',
          { opacity: 0.33 },
        ) +
        rect(x + 20, y + 20, w - 40, h - 40, 'none', stroke('#e0ae3c', 5)) +
        flowers(
          small
            ? [
                [x + 90, y + h / 2],
                [x + w / 2, y + h / 2],
                [x + w - 90, y + h / 2],
              ]
            : [
                [x + 110, y + h / 2],
                [x + w / 2, y + h / 2],
                [x + w - 110, y + h / 2],
              ],
          small ? 46 : 70,
        ) +
        (small ? '' : rect(x + w / 2 - 30, y - 8, 60, 40, '#c9a14a', { rx: 6 })),
    };
  }
  const octagon = starPoints(400, 400, 320, 320, 4, Math.PI / 8);
  return {
    body:
      rect(0, 0, SIZE, SIZE, '#d9c9ae') +
      polygon(octagon, ground, stroke('#4a2e16', 12)) +
      polygon(starPoints(400, 400, 260, 260, 4, Math.PI / 8), 'none', stroke('#e0ae3c', 8)) +
      star8(400, 400, 170, '#c8372d', stroke('#f1e6cc', 6)) +
      rosette(400, 400, 90, '#e0ae3c', '#f1e6cc') +
      flowers(
        [
          [400, 150],
          [650, 400],
          [400, 650],
          [150, 400],
        ],
        36,
      ),
  };
};

function burl(rng: Rng, clipId: string, base: string, count: number): string {
  const marks = Array.from({ length: count }, () => {
    const x = rng() * SIZE;
    const y = rng() * SIZE;
    const r = 6 + rng() * 26;
    return (
      ellipse(x, y, r, r * (0.5 + rng() * 0.5), '#5b2c12', { opacity: 0.35 + rng() * 0.3 }) +
      ellipse(x, y, r * 1.8, r * 1.2, 'none', stroke('#b66e38', 3, { opacity: 0.5 }))
    );
  }).join('');
  return group(rect(0, 0, SIZE, SIZE, base) + marks, '', { 'clip-path': `url(#${clipId})` });
}

const thuya: Painter = (variant, rng) => {
  const lemon = '#ecd9a4';
  const ebony = '#2a1a10';
  if (variant === 0) {
    const lid = rect(150, 230, 500, 340, '#000', { rx: 18 });
    return {
      defs: el('clipPath', { id: 'wood' }, lid),
      body:
        scene('#efe6d6', '#caa978', 280) +
        rect(150, 560, 500, 50, '#6b3518', { rx: 10 }) +
        burl(rng, 'wood', '#8f4a22', 55) +
        rect(175, 255, 450, 290, 'none', stroke(lemon, 8)) +
        rect(190, 270, 420, 260, 'none', stroke(ebony, 4)) +
        star8(400, 400, 95, lemon, stroke(ebony, 4)) +
        star8(400, 400, 50, ebony) +
        circle(400, 400, 16, '#f3f1f7') +
        [
          [230, 310],
          [570, 310],
          [230, 490],
          [570, 490],
        ]
          .map(([x, y]) => circle(x, y, 12, '#f3f1f7'))
          .join(''),
    };
  }
  if (variant === 1) {
    const squares: string[] = [];
    for (let row = 0; row < 8; row++) {
      for (let col = 0; col < 8; col++) {
        if ((row + col) % 2 === 0)
          squares.push(rect(160 + col * 60, 160 + row * 60, 60, 60, lemon));
      }
    }
    return {
      defs: el('clipPath', { id: 'wood' }, rect(100, 100, 600, 600, '#000', { rx: 16 })),
      body:
        rect(0, 0, SIZE, SIZE, '#2e2620') +
        rect(112, 112, 600, 600, '#000', { opacity: 0.35, rx: 16 }) +
        burl(rng, 'wood', '#8f4a22', 70) +
        squares.join('') +
        rect(160, 160, 480, 480, 'none', stroke(ebony, 6)),
    };
  }
  if (variant === 2) {
    return {
      defs: el('clipPath', { id: 'wood' }, ellipse(400, 400, 330, 220, '#000')),
      body:
        rect(0, 0, SIZE, SIZE, '#dfd3bf') +
        ellipse(412, 414, 330, 220, '#000', { opacity: 0.25 }) +
        burl(rng, 'wood', '#9a5228', 70) +
        ellipse(400, 400, 330, 220, 'none', stroke('#5b2c12', 14)) +
        ellipse(400, 400, 270, 165, 'none', stroke(lemon, 6)) +
        rect(50, 380, 50, 40, '#5b2c12', { rx: 14 }) +
        rect(700, 380, 50, 40, '#5b2c12', { rx: 14 }),
    };
  }
  const bowl = 'M150,330 C160,560 300,630 400,630 C500,630 640,560 650,330 Z';
  return {
    defs: el('clipPath', { id: 'wood' }, path(bowl, '#000')),
    body:
      scene('#e6dccb', '#b39266', 240) +
      burl(rng, 'wood', '#8a4520', 60) +
      ellipse(400, 330, 250, 52, '#5e2d12') +
      ellipse(400, 336, 226, 40, '#43200c'),
  };
};

const jewellery: Painter = (variant) => {
  const velvet = ['#1f2442', '#3f1220', '#14323a', '#2b1b3f'][variant];
  const silver = 'url(#silver)';
  const defs = linear('silver', ['#9aa1a9', '#f4f6f8', '#b9c0c7', '#eef1f3']);
  const background = rect(0, 0, SIZE, SIZE, velvet);
  if (variant === 0) {
    const engraving = Array.from({ length: 6 }, (_, i) =>
      line(300 + i * 8, 420 + i * 30, 500 - i * 8, 420 + i * 30, '#7d858d', 3),
    ).join('');
    return {
      defs,
      body:
        background +
        circle(400, 260, 110, 'none', stroke(silver, 26)) +
        line(280, 250, 520, 250, '#c9ced3', 10) +
        polygon(
          [
            [400, 330],
            [560, 640],
            [240, 640],
          ],
          silver,
          stroke('#7d858d', 4),
        ) +
        engraving +
        circle(400, 470, 26, '#c0392b') +
        circle(330, 590, 18, '#1f8a5b') +
        circle(470, 590, 18, '#e0a526') +
        [280, 340, 400, 460, 520]
          .map((x) => line(x, 640, x, 700, '#c9ced3', 4) + circle(x, 708, 9, silver))
          .join(''),
    };
  }
  if (variant === 1) {
    const beads: string[] = [];
    for (let i = 0; i <= 20; i++) {
      const t = i / 20;
      const x = 140 + t * 520;
      const y = 180 + Math.sin(t * Math.PI) * 300;
      beads.push(circle(x, y, i % 2 ? 15 : 22, i % 2 ? silver : '#d4533b'));
    }
    return {
      defs,
      body:
        background +
        path('M140,180 Q400,780 660,180', 'none', stroke('#c9ced3', 3)) +
        beads.join('') +
        path(
          'M400,500 C360,520 350,600 370,650 L430,650 C450,600 440,520 400,500 Z',
          silver,
          stroke('#7d858d', 3),
        ) +
        circle(400, 600, 14, '#d4533b'),
    };
  }
  if (variant === 2) {
    const marks = Array.from({ length: 9 }, (_, i) =>
      lozenge(195 + i * 51, 420, 34, 50, 'none', stroke('#6f767e', 4)),
    ).join('');
    return {
      defs,
      body:
        background +
        ellipse(400, 360, 240, 110, 'none', stroke('#6f767e', 70)) +
        path('M160,400 C170,520 630,520 640,400 L640,460 C630,580 170,580 160,460 Z', silver) +
        ellipse(400, 340, 240, 110, 'none', stroke(silver, 60)) +
        marks +
        ellipse(400, 290, 50, 26, '#161616', stroke('#c9ced3', 6)),
    };
  }
  const earring = (x: number) =>
    path(`M${x - 30},160 Q${x},100 ${x + 30},160`, 'none', stroke('#c9ced3', 6)) +
    line(x, 160, x, 260, '#c9ced3', 4) +
    circle(x, 340, 80, 'none', stroke(silver, 10)) +
    path(spiral(x - 35, 320, 30, 1.5), 'none', stroke('#dfe3e7', 4)) +
    path(spiral(x + 35, 320, 30, 1.5, true), 'none', stroke('#dfe3e7', 4)) +
    circle(x, 380, 16, '#d4533b') +
    [-50, -25, 0, 25, 50]
      .map(
        (dx) => line(x + dx, 420, x + dx, 520, '#c9ced3', 3) + lozenge(x + dx, 535, 16, 26, silver),
      )
      .join('');
  return { defs, body: background + earring(270) + earring(530) };
};

const weavingPalettes = [
  ['#b3262e', '#f0e2c4', '#1e1c22', '#e08a2c', '#2d4f8a'],
  ['#efe6d2', '#6b4a2f', '#c8a46e', '#2a2a2a', '#b3262e'],
  ['#d9a21c', '#8e2a2a', '#f3ead6', '#234e6d', '#1e1c22'],
  ['#2d4f8a', '#f0e2c4', '#7a3b62', '#c9a14a', '#1e1c22'],
];

function stripes(rng: Rng, palette: string[], x: number, y: number, w: number, h: number) {
  const bands: string[] = [];
  let top = y;
  let i = 0;
  while (top < y + h) {
    const height = Math.min(14 + Math.floor(rng() * 60), y + h - top);
    const color = palette[i % palette.length];
    bands.push(rect(x, top, w, height, color));
    if (height > 40 && i % 2 === 0) {
      const contrast = palette[(i + 2) % palette.length];
      for (let cx = x + 20; cx < x + w; cx += 40) {
        bands.push(lozenge(cx, top + height / 2, 26, height - 14, contrast));
      }
    }
    top += height;
    i++;
  }
  return bands.join('');
}

const weaving: Painter = (variant, rng) => {
  const palette = weavingPalettes[variant];
  if (variant === 0) return { body: stripes(rng, palette, 0, 0, SIZE, SIZE) };
  if (variant === 1) {
    const folds = [0, 1, 2]
      .map((i) => {
        const y = 470 - i * 110;
        return (
          rect(170, y, 460, 110, palette[0], { rx: 24 }) +
          rect(170, y + 30, 460, 16, palette[1]) +
          rect(170, y + 62, 460, 8, palette[4]) +
          rect(170, y, 460, 110, 'none', {
            ...stroke('#000', 3, { 'stroke-opacity': 0.2 }),
            rx: 24,
          })
        );
      })
      .join('');
    return { body: scene('#d8cbb7', '#9f8563', 260) + folds };
  }
  if (variant === 2) {
    const motifs: string[] = [];
    for (let row = 0; row < 4; row++) {
      for (let col = 0; col < 4; col++) {
        const x = 265 + col * 90;
        const y = 255 + row * 90;
        motifs.push(lozenge(x, y, 70, 80, palette[(row + col) % 2 ? 1 : 3]));
        motifs.push(circle(x, y, 7, '#f5f0e6'));
      }
    }
    const tassel = (x: number, y: number) =>
      polygon(
        [
          [x, y],
          [x - 18, y + 60],
          [x + 18, y + 60],
        ],
        palette[1],
      );
    return {
      defs: el('clipPath', { id: 'cushion' }, rect(200, 190, 400, 400, '#000', { rx: 40 })),
      body:
        scene('#e9e1d3', '#bfa886', 250) +
        rect(200, 190, 400, 400, palette[0], { rx: 40 }) +
        group(motifs.join(''), '', { 'clip-path': 'url(#cushion)' }) +
        tassel(205, 560) +
        tassel(595, 560) +
        tassel(205, 170) +
        tassel(595, 170),
    };
  }
  const fringes = Array.from({ length: 30 }, (_, i) =>
    line(262 + i * 9.5, 640, 262 + i * 9.5 + (i % 3) - 1, 710, palette[1], 4),
  ).join('');
  return {
    defs: el('clipPath', { id: 'shawl' }, rect(260, 80, 280, 560, '#000')),
    body:
      rect(0, 0, SIZE, SIZE, '#e4dccd') +
      rect(180, 70, 440, 14, '#6b4a2f', { rx: 7 }) +
      group(stripes(rng, palette, 260, 80, 280, 560), '', { 'clip-path': 'url(#shawl)' }) +
      fringes,
  };
};

const carpets: Painter = (variant, rng) => {
  const palettes = [
    ['#a3242a', '#1f1a1c', '#f1e3c6', '#e07b2a'],
    ['#c8742c', '#233a6b', '#f3e6cc', '#7a2a1e'],
    ['#b8332b', '#1e1a1a', '#e9a23b', '#f1e3c6'],
    ['#e35d8c', '#2d8ac9', '#f2c230', '#3fae6b'],
  ];
  const [field, ink, cream, accent] = palettes[variant];
  const parts: string[] = [rect(0, 0, SIZE, SIZE, cream)];
  parts.push(rect(60, 40, 680, 720, ink));
  parts.push(rect(80, 60, 640, 680, field));
  if (variant === 2) {
    [120, 300, 480].forEach((y, i) => parts.push(rect(80, y, 640, 110, i % 2 ? accent : ink)));
  }
  if (variant === 3) {
    const patches = [field, ink, cream, accent];
    for (let i = 0; i < 36; i++) {
      const x = 80 + (i % 6) * 107;
      const y = 60 + Math.floor(i / 6) * 113;
      parts.push(rect(x, y, 107, 113, patches[Math.floor(rng() * 4)], { opacity: 0.9 }));
    }
  }
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 3; col++) {
      const x = 200 + col * 200;
      const y = 140 + row * 130;
      parts.push(lozenge(x, y, 150, 120, 'none', stroke(variant === 2 ? cream : ink, 10)));
      parts.push(lozenge(x, y, 60, 50, accent));
      parts.push(lozenge(x, y, 20, 18, cream));
    }
  }
  for (let x = 90; x < 720; x += 26) {
    parts.push(
      polygon(
        [
          [x, 60],
          [x + 13, 80],
          [x + 26, 60],
        ],
        cream,
      ),
    );
    parts.push(
      polygon(
        [
          [x, 740],
          [x + 13, 720],
          [x + 26, 740],
        ],
        cream,
      ),
    );
  }
  for (let x = 70; x < 735; x += 12) {
    parts.push(line(x, 0, x, 40, cream, 4));
    parts.push(line(x, 760, x, 800, cream, 4));
  }
  return { body: parts.join('') };
};

const basketry: Painter = (variant) => {
  const straw = '#d8b878';
  const shade = '#a9844a';
  const dyes = [
    ['#b8322a', '#2f6b3c'],
    ['#2f6b3c', '#b8322a'],
    ['#7a3b62', '#e0a526'],
    ['#2d4f8a', '#b8322a'],
  ][variant];
  const coils = (top: number, bottom: number, left: number, right: number) =>
    Array.from({ length: Math.floor((bottom - top) / 18) }, (_, i) =>
      line(left, top + i * 18, right, top + i * 18, shade, 3),
    ).join('');
  if (variant === 0) {
    const body = 'M200,330 L600,330 L560,620 Q400,650 240,620 Z';
    const zigzag = Array.from({ length: 12 }, (_, i) =>
      polygon(
        [
          [200 + i * 34, 450],
          [217 + i * 34, 410],
          [234 + i * 34, 450],
        ],
        dyes[i % 2],
      ),
    ).join('');
    return {
      defs: el('clipPath', { id: 'basket' }, path(body, '#000')),
      body:
        scene('#efe7da', '#c6ad86', 220) +
        path(body, straw) +
        group(coils(340, 630, 180, 620) + zigzag, '', { 'clip-path': 'url(#basket)' }) +
        path('M190,335 Q400,160 610,335 Z', straw, stroke(shade, 3)) +
        path('M260,300 Q400,220 540,300', 'none', stroke(dyes[0], 12)) +
        circle(400, 215, 22, dyes[1]),
    };
  }
  if (variant === 1) {
    const cone = 'M180,470 L400,150 L620,470 Z';
    const triangles = Array.from({ length: 6 }, (_, i) =>
      polygon(
        [
          [230 + i * 57, 460],
          [258 + i * 57, 400],
          [286 + i * 57, 460],
        ],
        dyes[i % 2],
      ),
    ).join('');
    return {
      defs: el('clipPath', { id: 'cone' }, path(cone, '#000')),
      body:
        scene('#e8ddc9', '#b79c74', 250) +
        rect(170, 470, 460, 140, straw, { rx: 16 }) +
        group(coils(480, 610, 170, 630), '', { 'clip-path': 'none' }) +
        path(cone, straw) +
        group(coils(160, 480, 170, 630) + triangles, '', { 'clip-path': 'url(#cone)' }) +
        circle(400, 150, 18, dyes[0]),
    };
  }
  if (variant === 2) {
    const rings = [300, 260, 220, 180]
      .map((rx) => ellipse(400, 430, rx, rx * 0.42, 'none', stroke(shade, 4)))
      .join('');
    return {
      body:
        rect(0, 0, SIZE, SIZE, '#9fc3c9') +
        ellipse(410, 450, 340, 140, '#000', { opacity: 0.18 }) +
        ellipse(400, 430, 340, 140, straw) +
        rings +
        path('M270,420 C270,250 530,250 530,420 Z', straw, stroke(shade, 4)) +
        ellipse(400, 420, 130, 38, dyes[0]) +
        [300, 350, 450, 500].map((x, i) => circle(x, 470, 22, dyes[i % 2])).join(''),
    };
  }
  const bag = 'M220,330 L580,330 L620,630 L180,630 Z';
  const weave: string[] = [];
  for (let i = -10; i < 20; i++) {
    weave.push(line(160 + i * 40, 330, 160 + i * 40 + 300, 640, shade, 5));
    weave.push(line(160 + i * 40 + 300, 330, 160 + i * 40, 640, '#c8a564', 3));
  }
  return {
    defs: el('clipPath', { id: 'bag' }, path(bag, '#000')),
    body:
      scene('#eee4d4', '#c4aa82', 240) +
      path('M280,340 C280,170 520,170 520,340', 'none', stroke('#6d3a17', 18)) +
      path(bag, straw) +
      group(weave.join('') + rect(150, 430, 500, 40, dyes[0]), '', { 'clip-path': 'url(#bag)' }),
  };
};

const argan: Painter = (variant, rng) => {
  const leaf = (x: number, y: number, turn: number) =>
    group(ellipse(0, 0, 38, 13, '#5d7d3a'), `translate(${x} ${y}) rotate(${turn})`);
  const sprig = (x: number, y: number, scale: number) =>
    group(
      path('M0,0 C60,-40 120,-50 200,-40', 'none', stroke('#6b4a2f', 6)) +
        [30, 70, 110, 150, 185].map((d, i) => leaf(d, -18 - i * 4, -30 + (i % 2) * 60)).join('') +
        ellipse(120, 10, 22, 28, '#c7b33e') +
        ellipse(165, -5, 20, 26, '#d9c04c'),
      `translate(${x} ${y}) scale(${scale})`,
    );
  if (variant === 0) {
    return {
      defs: linear('oil', ['#c98a14', '#f0c04a', '#c98a14']),
      body:
        scene('#e5e9d6', '#c2b48e', 180) +
        rect(300, 280, 200, 340, '#f5f1e6', { rx: 40, opacity: 0.55 }) +
        rect(312, 360, 176, 250, 'url(#oil)', { rx: 32 }) +
        rect(365, 200, 70, 90, '#f5f1e6', { opacity: 0.7 }) +
        rect(355, 150, 90, 60, '#2d2a26', { rx: 10 }) +
        rect(320, 300, 30, 260, '#fff', { opacity: 0.35, rx: 15 }) +
        sprig(500, 600, 1),
    };
  }
  if (variant === 1) {
    return {
      defs: linear('jar', ['#8a5a1c', '#c98a14', '#8a5a1c']),
      body:
        scene('#f0e9dc', '#c7b08a', 230) +
        rect(230, 380, 340, 240, 'url(#jar)', { rx: 30 }) +
        rect(220, 320, 360, 80, '#f3efe6', { rx: 18 }) +
        ellipse(640, 560, 90, 40, '#f8f3e8') +
        path('M590,560 Q640,520 690,560', 'none', stroke('#e6dcc8', 6)) +
        sprig(120, 330, 0.9),
    };
  }
  if (variant === 2) {
    return {
      defs: radial('paste', '#5a4a22', '#2e2410'),
      body:
        scene('#e8dfd0', '#a88f6a', 270) +
        path('M160,440 C180,620 620,620 640,440 Z', '#c9643b') +
        ellipse(400, 440, 240, 60, '#a94f2c') +
        ellipse(400, 444, 215, 46, 'url(#paste)') +
        path('M330,440 Q400,410 470,445', 'none', stroke('#7a6a3a', 8, { opacity: 0.8 })) +
        rect(520, 520, 170, 90, '#6f5a2c', { rx: 14 }) +
        rect(520, 520, 170, 20, '#857043', { rx: 10 }),
    };
  }
  const nuts = Array.from({ length: 14 }, () =>
    ellipse(160 + rng() * 480, 470 + rng() * 150, 26, 19, rng() > 0.5 ? '#7a4a22' : '#e7cf98', {
      transform: `rotate(${Math.round(rng() * 180)} 400 540)`,
    }),
  ).join('');
  return {
    body:
      rect(0, 0, SIZE, SIZE, '#ece3cf') +
      sprig(90, 330, 1.6) +
      sprig(300, 200, 1.2) +
      ellipse(400, 560, 300, 110, '#c79b5a', { opacity: 0.45 }) +
      nuts,
  };
};

const clothing: Painter = (variant) => {
  const cloth = ['#f3efe6', '#0f6b55', '#e9dcc2', '#1f2c4f'][variant];
  const trim = ['#c9a14a', '#e8c15a', '#7a3b2a', '#d9d2c2'][variant];
  const robe =
    'M320,160 L480,160 L600,250 L690,430 L620,460 L560,360 L590,720 L210,720 L240,360 ' +
    'L180,460 L110,430 L200,250 Z';
  const buttons = Array.from({ length: 12 }, (_, i) => circle(400, 200 + i * 24, 5, trim)).join('');
  const hood =
    variant === 0
      ? path('M330,170 Q400,20 470,170 Z', cloth, stroke('#000', 4, { 'stroke-opacity': 0.14 }))
      : '';
  const belt = variant === 1 ? rect(236, 380, 328, 44, trim) + star8(400, 402, 30, '#f6e7b0') : '';
  const hem =
    variant === 1
      ? path('M210,720 L590,720', 'none', stroke(trim, 16)) +
        path('M240,360 L180,460', 'none', stroke(trim, 10)) +
        path('M560,360 L620,460', 'none', stroke(trim, 10))
      : '';
  const trousers =
    variant === 3 ? rect(285, 560, 105, 200, cloth) + rect(410, 560, 105, 200, cloth) : '';
  const short = variant === 3 ? 'scale(1 0.85)' : '';
  return {
    body:
      rect(0, 0, SIZE, SIZE, variant === 0 ? '#b9c7cf' : '#efe6d8') +
      line(400, 60, 400, 130, '#6b5a45', 6) +
      path('M300,150 Q400,110 500,150', 'none', stroke('#6b5a45', 8)) +
      trousers +
      hood +
      group(
        path(robe, cloth, stroke('#000', 4, { 'stroke-opacity': 0.15 })) +
          path('M360,160 Q400,215 440,160', 'none', stroke(trim, 8)) +
          line(400, 190, 400, variant === 2 ? 330 : 700, trim, 6) +
          buttons +
          belt +
          hem,
        short,
      ),
  };
};

const PAINTERS: Record<CraftSlug, Painter> = {
  pottery,
  zellige,
  leather,
  dinanderie,
  'wrought-iron': wroughtIron,
  tadelakt,
  'painted-wood': paintedWood,
  'thuya-marquetry': thuya,
  jewellery,
  weaving,
  carpets,
  basketry,
  argan,
  'traditional-clothing': clothing,
};

function isPaintedCraft(value: string): value is CraftSlug {
  return Object.prototype.hasOwnProperty.call(PAINTERS, value);
}

/** The SVG for a demo image key such as 'pottery-2' (exported for tests and previews). */
export function renderDemoImageSvg(key: string): string {
  const match = /^(.+)-([1-4])$/.exec(key);
  if (!match || !isPaintedCraft(match[1])) throw new Error(`Unknown demo image key ${key}`);
  const drawing = PAINTERS[match[1]](Number(match[2]) - 1, seeded(key));
  return svgDocument(drawing.defs ?? '', drawing.body);
}

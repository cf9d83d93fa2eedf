// npm run portrait-key
// Draws the picture key of the portrait numbers for the authoring guide (docs/portrait-key.png):
// one row per field (skin, hair, hairStyle, accent), one column per value 0..7, the other fields
// held at one face's values, drawn by the game's own portrait code in Chromium. Run it again after
// changing the portraits. Imports Vite (to serve the game's modules) and the browser launcher.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { launch, ROOT } from './chromium';
import type * as PortraitArt from '../game/art/portrait/index';

const OUT = resolve(ROOT, 'docs/portrait-key.png');

const server = await createServer({
  root: ROOT,
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1', hmr: false },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const browser = await launch();
try {
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  await page.goto(`http://127.0.0.1:${port}/`);
  const dataUrl = await page.evaluate(async () => {
    const art = (await import(
      /* @vite-ignore */ `${location.origin}/src/game/art/portrait/index.ts`
    )) as typeof PortraitArt;
    const fields = ['skin', 'hair', 'hairStyle', 'accent'] as const;
    const base = { skin: 2, hair: 1, hairStyle: 0, accent: 0 };
    const cell = 96;
    const label = 110;
    const head = 28;
    const canvas = document.createElement('canvas');
    const ratio = window.devicePixelRatio;
    canvas.width = (label + cell * 8) * ratio;
    canvas.height = (head + cell * fields.length) * ratio;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(ratio, ratio);
    ctx.fillStyle = '#f7f4ee';
    ctx.fillRect(0, 0, label + cell * 8, head + cell * fields.length);
    ctx.fillStyle = '#2b2622';
    ctx.font = '600 15px sans-serif';
    ctx.textAlign = 'center';
    for (let value = 0; value < 8; value++)
      ctx.fillText(String(value), label + value * cell + cell / 2, 19);
    fields.forEach((field, row) => {
      const top = head + row * cell;
      ctx.textAlign = 'left';
      ctx.font = '600 15px monospace';
      ctx.fillStyle = '#2b2622';
      ctx.fillText(field, 12, top + cell / 2 + 5);
      for (let value = 0; value < 8; value++) {
        ctx.save();
        ctx.translate(label + value * cell + 6, top + 6);
        art.drawPortrait(ctx, { ...base, [field]: value }, 'neutral', cell - 12);
        ctx.restore();
      }
    });
    return canvas.toDataURL('image/png');
  });
  writeFileSync(OUT, Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}

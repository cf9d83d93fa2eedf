// The company's headquarters at dusk: a tower of lit windows, the sign band the company's name is
// written over, a warm lobby and its door. Pure Canvas 2D: imports the palette and helpers.

import { COLOURS } from '../../../stage/theme';
import { fillRound } from '../canvas';
import type { Ctx } from '../canvas';
import { mix, rgba } from '../colour';
import { paintPlant } from '../plant';
import { pseudoRandom } from '../pseudo-random';

/** Where the backdrop's headquarters stands and where its door is (design pixels). */
export const HQ = { x: 790, y: 150, width: 380, height: 470, doorX: 980, groundY: 620 } as const;

/** The headquarters in an HQ.width × HQ.height box. */
export function paintHeadquarters(ctx: Ctx): void {
  const { width: w, height: h } = HQ;
  const body = mix(COLOURS.inkSoft, COLOURS.player, 0.18);
  const side = mix(body, COLOURS.ink, 0.35);
  // Glow at the foot of the building.
  const glow = ctx.createRadialGradient(w / 2, h, 10, w / 2, h, 220);
  glow.addColorStop(0, rgba(COLOURS.amber, 0.35));
  glow.addColorStop(1, rgba(COLOURS.amber, 0));
  ctx.fillStyle = glow;
  ctx.fillRect(0, h - 200, w, 200);
  // Main tower with a darker side face for depth, and a setback crown on top.
  ctx.fillStyle = side;
  ctx.fillRect(w - 70, 64, 50, h - 64);
  fillRound(ctx, 20, 56, w - 90, h - 56, 6, body);
  fillRound(ctx, 60, 20, w - 170, 44, 6, mix(body, COLOURS.ink, 0.1));
  ctx.fillStyle = mix(body, COLOURS.paper, 0.12);
  ctx.fillRect(20, 56, w - 90, 4);
  // The company's sign band (the name itself is a Text object over it).
  fillRound(ctx, 44, 76, w - 138, 40, 8, COLOURS.ink);
  ctx.strokeStyle = rgba(COLOURS.amber, 0.8);
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(44, 76, w - 138, 40, 8);
  ctx.stroke();
  // Window grid, most lit warm, a few dark.
  const rand = pseudoRandom(42);
  for (let row = 0; row < 11; row += 1) {
    for (let col = 0; col < 8; col += 1) {
      const x = 40 + col * 32;
      const y = 136 + row * 24;
      const on = rand() < 0.62;
      ctx.fillStyle = on
        ? mix(COLOURS.yellow, COLOURS.amber, 0.25 + rand() * 0.5)
        : mix(body, COLOURS.ink, 0.3);
      fillRound(ctx, x, y, 22, 15, 2, ctx.fillStyle);
    }
    // The side face has narrow windows.
    for (let col = 0; col < 2; col += 1) {
      ctx.fillStyle = rand() < 0.5 ? rgba(COLOURS.amber, 0.55) : mix(side, COLOURS.ink, 0.3);
      ctx.fillRect(w - 62 + col * 20, 140 + row * 24, 10, 13);
    }
  }
  // Lobby: a warm glass front behind a dark lintel, a lit door, a canopy, plants either side.
  const lobbyY = h - 62;
  const lobby = ctx.createLinearGradient(0, lobbyY, 0, h);
  lobby.addColorStop(0, mix(COLOURS.amber, COLOURS.paper, 0.6));
  lobby.addColorStop(1, mix(COLOURS.amber, COLOURS.paper, 0.3));
  fillRound(ctx, 34, lobbyY, w - 118, 62, 2, lobby);
  ctx.fillStyle = rgba(COLOURS.ink, 0.35);
  for (let x = 52; x < w - 100; x += 28) ctx.fillRect(x, lobbyY, 2, 62);
  // People inside the lobby, as soft silhouettes.
  ctx.fillStyle = rgba(COLOURS.inkSoft, 0.35);
  for (const px of [70, 118, 250, 276]) {
    ctx.beginPath();
    ctx.arc(px, lobbyY + 30, 5, 0, Math.PI * 2);
    ctx.fill();
    fillRound(ctx, px - 7, lobbyY + 36, 14, 26, 5, rgba(COLOURS.inkSoft, 0.35));
  }
  fillRound(ctx, 26, lobbyY - 8, w - 102, 9, 2, mix(body, COLOURS.ink, 0.45));
  const doorX = HQ.doorX - HQ.x;
  fillRound(ctx, doorX - 24, lobbyY + 12, 48, 50, 3, mix(COLOURS.inkSoft, COLOURS.ink, 0.3));
  fillRound(ctx, doorX - 21, lobbyY + 15, 42, 47, 2, mix(COLOURS.yellow, COLOURS.paper, 0.45));
  ctx.fillStyle = rgba(COLOURS.ink, 0.45);
  ctx.fillRect(doorX - 1, lobbyY + 15, 2, 47);
  fillRound(ctx, doorX - 8, lobbyY + 36, 3, 9, 1.5, COLOURS.inkSoft);
  fillRound(ctx, doorX + 5, lobbyY + 36, 3, 9, 1.5, COLOURS.inkSoft);
  fillRound(ctx, doorX - 46, lobbyY - 14, 92, 12, 5, COLOURS.player);
  fillRound(ctx, doorX - 46, lobbyY - 4, 92, 3, 1.5, mix(COLOURS.player, COLOURS.ink, 0.4));
  paintPlant(ctx, doorX - 40, h, 0.75, true);
  paintPlant(ctx, doorX + 40, h, 0.75, true);
  // Rooftop emblem: the power core, a ring around a bright centre.
  ctx.fillStyle = COLOURS.amber;
  ctx.beginPath();
  ctx.arc(w / 2 - 35, 20, 13, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = COLOURS.ink;
  ctx.beginPath();
  ctx.arc(w / 2 - 35, 20, 8, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = COLOURS.yellow;
  ctx.beginPath();
  ctx.arc(w / 2 - 35, 20, 4, 0, Math.PI * 2);
  ctx.fill();
}

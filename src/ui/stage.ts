// Scales the 1280×720 stage to the window, letterboxed, so every screen lays out in design
// pixels on a laptop or a projector alike. Imports the design size only.

import { DESIGN_HEIGHT, DESIGN_WIDTH } from './theme';

export function fitStage(stage: HTMLElement, win: Window): () => void {
  const fit = () => {
    const scale = Math.min(win.innerWidth / DESIGN_WIDTH, win.innerHeight / DESIGN_HEIGHT);
    stage.style.setProperty('--stage-scale', String(scale));
    stage.style.left = `${Math.round((win.innerWidth - DESIGN_WIDTH * scale) / 2)}px`;
    stage.style.top = `${Math.round((win.innerHeight - DESIGN_HEIGHT * scale) / 2)}px`;
  };
  fit();
  win.addEventListener('resize', fit);
  return () => win.removeEventListener('resize', fit);
}

// Scales the stage to the window so every screen lays out in design pixels on a laptop or a
// projector alike: 1280 wide, and 720 to 800 high so a 16:10 screen is filled rather than
// letterboxed. Tells the caller when the height changes (the floor is laid out again). Imports
// the design size only.

import { DESIGN_WIDTH, stageHeightFor } from '../stage/theme';

export function fitStage(
  stage: HTMLElement,
  win: Window,
  onHeight: (height: number) => void = () => undefined,
): () => void {
  let shown = 0;
  const fit = () => {
    const height = stageHeightFor(win.innerWidth, win.innerHeight);
    const scale = Math.min(win.innerWidth / DESIGN_WIDTH, win.innerHeight / height);
    stage.style.setProperty('--stage-scale', String(scale));
    stage.style.setProperty('--stage-height', `${height}px`);
    stage.style.left = `${Math.round((win.innerWidth - DESIGN_WIDTH * scale) / 2)}px`;
    stage.style.top = `${Math.round((win.innerHeight - height * scale) / 2)}px`;
    if (height !== shown) {
      shown = height;
      onHeight(height);
    }
  };
  fit();
  win.addEventListener('resize', fit);
  return () => win.removeEventListener('resize', fit);
}

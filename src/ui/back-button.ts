// The browser's Back button moves back through the game's screens, the way Esc does, instead of
// leaving the page and the game with it. One history entry is kept in front of the game's page:
// Back consumes it, the game goes back one step, and the entry is put back. On the title screen,
// with nowhere further back to go, Back leaves the page as usual. Imports nothing.

export interface BackTarget {
  /** Goes one step back in the game; false when there is nowhere to go (the title). */
  back(): boolean;
}

const MARK = 'power-core';

export function installBackButton(win: Window, target: BackTarget): () => void {
  const guard = () => {
    if ((win.history.state as { game?: string } | null)?.game !== MARK)
      win.history.pushState({ game: MARK }, '');
  };
  guard();
  const onPop = () => {
    if (target.back()) guard();
    else win.history.back();
  };
  win.addEventListener('popstate', onPop);
  return () => win.removeEventListener('popstate', onPop);
}

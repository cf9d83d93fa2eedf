// What every screen is given to draw itself: the state, the controller to act through, the
// translator, sound, and the edges (downloads, portraits) injected at the composition root.
// Imports only types.

import type { AppState, GameController } from '../store/app-store';
import type { Translator } from './i18n';
import type { SoundPlayer } from './sound';
import type { Mood, PortraitParams } from '../stage/floor-view';

export interface Edges {
  /** Offers a text file to the player (a result, a broken save). */
  download(fileName: string, text: string, type?: string): void;
  /** Puts text on the clipboard; false when the browser does not allow it. */
  copy(text: string): Promise<boolean>;
  /** Opens the browser's print dialog (the leaderboard's print view). */
  print(): void;
  /** A drawn portrait for a DOM panel. */
  portrait(params: PortraitParams, mood: Mood, size: number): HTMLElement;
}

export interface ScreenContext {
  readonly state: AppState;
  readonly game: GameController;
  readonly t: Translator;
  readonly sound: SoundPlayer;
  readonly edges: Edges;
}

export interface ScreenView {
  /** The parts of the state this screen shows: it is drawn again only when one changes. */
  deps(state: AppState): readonly unknown[];
  render(ctx: ScreenContext): HTMLElement;
}

// Switching the game's language from the title or the settings: the language's words are fetched
// first (and the built-in scenario's texts in it), then the setting changes, so no screen is ever
// drawn half in one language. The game in progress goes on (results and codes do not depend on
// the language). Imports the
// translator's loader and the store's type.

import type { GameController } from '../store/app-store';
import { loadLanguage } from './i18n';

export function chooseLanguage(game: GameController, code: string): void {
  loadLanguage(code)
    .then(() => game.changeLanguage(code))
    .catch((error: unknown) => console.error('The language could not be loaded.', error));
}

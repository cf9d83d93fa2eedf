// Switching the game's language from the title or the settings: the language's words are fetched
// first, then the setting changes, so no screen is ever drawn half in one language. The game in
// progress is untouched (results and codes do not depend on the language). Imports the
// translator's loader and the store's type.

import type { GameController } from '../store/app-store';
import { loadLanguage } from './i18n';

export function chooseLanguage(game: GameController, code: string): void {
  loadLanguage(code)
    .then(() => game.updateSettings({ language: code }))
    .catch((error: unknown) => console.error('The language could not be loaded.', error));
}

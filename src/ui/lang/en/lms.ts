// English: what the game says about a learning platform (LMS), in the SCORM packages only. Its
// own part, apart from the dictionary in en.ts, so the hosted game's first load does not carry
// it: src/ui/lms-notice.ts reads it. `{count}` is the number of characters the LMS keeps.
// Imports only the dictionary's type.

import type { Dictionary } from '../dictionary';

export const lms = {
  'lms.title': 'Learning platform (LMS)',
  'lms.lost':
    'The learning platform (LMS) is not answering, so this game is no longer being saved there. Play on: it is saved in this browser, and Continue on this computer brings it back. If your result does not reach the LMS, give your trainer the result code from the debrief (Result tab).',
  'lms.ended':
    'Your result is already in the learning platform (LMS): it keeps the game you finished. This new game is not sent there; it is saved in this browser as usual. To have another game recorded, open the course again from the LMS (if your trainer allows another attempt).',
  'lms.too-large': {
    one: 'This game has grown past the {count} character the learning platform (LMS) can keep, so the LMS keeps it only up to this point. Play on: it is saved in full in this browser (Continue on this computer brings it back), and your result still goes to the LMS at the end.',
    other:
      'This game has grown past the {count} characters the learning platform (LMS) can keep, so the LMS keeps it only up to this point. Play on: it is saved in full in this browser (Continue on this computer brings it back), and your result still goes to the LMS at the end.',
  },
  'lms.close': 'OK',
} satisfies Dictionary;

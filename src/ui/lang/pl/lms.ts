// Polish: what the game says about a learning platform (LMS), in the SCORM packages only (see
// ../en/lms.ts). Imports only types.

import type { Translation } from '../dictionary';
import type { lms as english } from '../en/lms';

export const lms: Translation<typeof english> = {
  'lms.title': 'Platforma e-learningowa (LMS)',
  'lms.lost':
    'Platforma e-learningowa (LMS) nie odpowiada, więc ta gra nie jest już tam zapisywana. Graj dalej: gra jest zapisana w tej przeglądarce, a przycisk Kontynuuj na tym komputerze ją przywróci. Jeśli wynik nie dotrze na platformę, przekaż osobie prowadzącej szkolenie kod wyniku z podsumowania gry (karta „Kod wyniku”).',
  'lms.ended':
    'Twój wynik jest już na platformie e-learningowej (LMS): platforma zachowuje ukończoną grę. Ta nowa gra nie zostanie tam wysłana; jak zwykle jest zapisywana w tej przeglądarce. Aby platforma zapisała kolejną grę, otwórz kurs ponownie z platformy (jeśli osoba prowadząca szkolenie pozwala na kolejne podejście).',
  'lms.too-large': {
    one: 'Ta gra przekroczyła {count} znak, który platforma e-learningowa (LMS) może przechować, więc platforma ma ją zapisaną tylko do tego miejsca. Graj dalej: w tej przeglądarce gra jest zapisana w całości (Kontynuuj na tym komputerze ją przywróci), a wynik i tak trafi na platformę na końcu gry.',
    few: 'Ta gra przekroczyła {count} znaki, które platforma e-learningowa (LMS) może przechować, więc platforma ma ją zapisaną tylko do tego miejsca. Graj dalej: w tej przeglądarce gra jest zapisana w całości (Kontynuuj na tym komputerze ją przywróci), a wynik i tak trafi na platformę na końcu gry.',
    many: 'Ta gra przekroczyła {count} znaków, które platforma e-learningowa (LMS) może przechować, więc platforma ma ją zapisaną tylko do tego miejsca. Graj dalej: w tej przeglądarce gra jest zapisana w całości (Kontynuuj na tym komputerze ją przywróci), a wynik i tak trafi na platformę na końcu gry.',
    other:
      'Ta gra przekroczyła {count} znaku, które platforma e-learningowa (LMS) może przechować, więc platforma ma ją zapisaną tylko do tego miejsca. Graj dalej: w tej przeglądarce gra jest zapisana w całości (Kontynuuj na tym komputerze ją przywróci), a wynik i tak trafi na platformę na końcu gry.',
  },
  'lms.close': 'OK',
};

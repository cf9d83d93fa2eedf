// Polish words of workshops: joining, the facilitator's pages, the leaderboard and verifying results. Part of the Polish dictionary. Imports only the types.

import type { Translation } from '../dictionary';
import type { workshop as english } from '../en/workshop';

export const workshop: Translation<typeof english> = {
  // --- Workshop: title entries, files, join -----------------------------------------------------
  'title.join': 'Dołącz do warsztatu',
  'title.facilitator': 'Dla prowadzących',
  'file.scenario-label': 'Wczytaj plik scenariusza',
  'file.scenario-hint': 'Upuść tutaj plik .yaml lub .json albo naciśnij Enter, aby go wybrać.',
  'file.checking': 'Sprawdzanie pliku {name}…',
  'file.problems': {
    one: 'W pliku {name} jest {count} problem',
    few: 'W pliku {name} są {count} problemy',
    many: 'W pliku {name} jest {count} problemów',
    other: 'W pliku {name} jest {count} problemu',
  },
  'file.whole': 'cały plik',
  'file.line': 'wiersz {line}, kolumna {column}',
  'file.more-problems': {
    one: '…i jeszcze {count}.',
    few: '…i jeszcze {count}.',
    many: '…i jeszcze {count}.',
    other: '…i jeszcze {count}.',
  },
  'file.too-large': 'Ten plik jest za duży ({size} KB); gra wczytuje pliki do {max} KB.',
  'file.unreadable': 'Nie udało się odczytać tego pliku.',
  'preview.company': 'Firma',
  'preview.core': 'Rdzeń władzy',
  'preview.silos': 'Silosy',
  'preview.segments': 'Klienci',
  'preview.content': 'Zawartość',
  'preview.counts': 'Inicjatywy: {initiatives}, zdarzenia: {events}',
  'scenario.from-file': 'Z pliku {name}',
  'join.title': 'Dołącz do warsztatu',
  'join.lead':
    'Wpisz kod, który podaje osoba prowadząca warsztat. Wszystkie zespoły z tym samym kodem rozgrywają tę samą grę.',
  'join.code': 'Kod warsztatu',
  'join.problem.empty': 'Wpisz kod.',
  'join.problem.characters': 'Kod składa się wyłącznie z liter i cyfr.',
  'join.problem.length':
    'Kod warsztatu składa się z 13 liter i cyfr (na przykład ABCD-EFGH-JKMN-P).',
  'join.problem.check': 'W kodzie jest literówka: sprawdź go znak po znaku.',
  'join.problem.version': 'Ten kod pochodzi z innej wersji Power Core.',
  'join.problem.seed': 'Ten kod jest uszkodzony: sprawdź go znak po znaku.',
  'join.game': 'Rdzeń władzy: {core} · ziarno {seed} · {seat} · podlegasz: {authority} · {urgency}',
  'join.needs-file':
    'Ten kod dotyczy pliku scenariusza, który wczytała osoba prowadząca. Aby zacząć, wczytaj ten sam plik.',
  'join.wrong-file':
    'Plik {name} zawiera inną wersję scenariusza niż ta, dla której utworzono ten kod. Poproś osobę prowadzącą o właściwy plik.',
  'join.start': 'Rozpocznij grę',

  // --- Facilitator --------------------------------------------------------------------------------
  'fac.agenda': 'Przykładowe agendy: 90 minut lub pół dnia',
  'fac.agenda.short': '90 minut (10 półroczy)',
  'fac.agenda.long': 'Pół dnia (20 kwartałów)',
  'fac.agenda.welcome': 'Powitanie, omówienie zadania, jak grać',
  'fac.agenda.welcome.short': '10 min',
  'fac.agenda.welcome.long': '20 min',
  'fac.agenda.play': 'Gra',
  'fac.agenda.play.short': '45 min',
  'fac.agenda.play.long': '90 min, z 15-minutową przerwą po drugim roku',
  'fac.agenda.results': 'Zbieranie kodów wyników do rankingu',
  'fac.agenda.results.short': '5 min',
  'fac.agenda.results.long': '10 min',
  'fac.agenda.debrief':
    'Podsumowanie gry: najpierw zakładka „Dyskusja” w każdym zespole, potem rozmowa z całą salą',
  'fac.agenda.debrief.short': '25 min',
  'fac.agenda.debrief.long': '45 min',
  'fac.agenda.spare': 'Zapas czasu',
  'fac.agenda.spare.short': '5 min',
  'fac.agenda.spare.long': '15 min i przerwy',
  'fac.title': 'Dla prowadzących',
  'fac.lead':
    'Przygotuj warsztat, sprawdź własny scenariusz, a na koniec porównaj wyniki zespołów.',
  'fac.workshop': 'Utwórz kod warsztatu',
  'fac.workshop.note':
    'Wybierz firmę, ziarno i poziom trudności; zespoły wpisują kod i rozgrywają dokładnie tę samą grę.',
  'fac.check': 'Sprawdź plik scenariusza',
  'fac.check.note':
    'Jeszcze przed warsztatem znajdź problemy we własnym scenariuszu i zobacz, czy dobrze się w niego gra.',
  'fac.leaderboard': 'Ranking',
  'fac.leaderboard.note':
    'Wklej kody wyników zespołów albo upuść ich pliki: każda gra zostaje odtworzona i zweryfikowana.',
  'workshop.title': 'Utwórz kod warsztatu',
  'workshop.lead':
    'Kod zawiera wszystko, co decyduje o przebiegu gry. Przeczytaj go na głos albo pokaż na rzutniku.',
  'workshop.scenario': 'Firma',
  'workshop.code': 'Kod warsztatu',
  'workshop.no-scenario': 'Najpierw wybierz firmę.',
  'workshop.tell-teams':
    'Zespoły wybierają „Dołącz do warsztatu” na ekranie tytułowym i wpisują ten kod.',
  'workshop.custom-note':
    'Ten kod jest przeznaczony dla twojego pliku {name}: przekaż zespołom dokładnie ten sam plik. Zmieniony plik nie będzie pasował do kodu.',
  'workshop.copy': 'Kopiuj kod',
  'check.title': 'Sprawdź plik scenariusza',
  'check.lead':
    'Te same testy co `npm run check-scenario`, a potem szybka seria gier automatycznych graczy, która pokazuje, czy scenariusz uczy tego, czego powinien.',
  'check.how':
    'Aby sprawdzić plik scenariusza, wczytaj go. Każde pole opisuje przewodnik scenarios/README.md.',
  'check.valid': 'Plik {name} zawiera poprawny scenariusz.',
  'check.balance': 'Szybki test balansu',
  'check.balance-note':
    'Automatyczni gracze – jeden, który nic nie robi, jeden losowy, jeden, który popełnia klasyczne błędy, ekspert i inni – wiele razy rozgrywają twój scenariusz.',
  'check.seeds-label': 'Liczba gier na gracza',
  'check.seeds': {
    one: '{count} ziarno',
    few: '{count} ziarna',
    many: '{count} ziaren',
    other: '{count} ziarna',
  },
  'check.run': 'Uruchom',
  'check.cancel': 'Anuluj',
  'check.progress': 'Postęp testu balansu',
  'check.played': 'Rozegrane gry: {done} z {total}…',
  'check.cancelled': 'Anulowano.',
  'check.failed': 'Test przerwany: {message}',
  'check.finished': 'Rozegrane gry: {total}.',
  'check.met': 'Spełniony',
  'check.missed': 'Niespełniony',
  'target.do-nothing-loses-40-60':
    'Firma, która nic nie robi, powinna w ciągu pięciu lat stracić 40–60% klientów, z którymi zaczynała: traci {lost}.',
  'target.controllable-60-73':
    'Spośród klientów, którzy odchodzą, 60–73% powinno odchodzić z powodu swoich doświadczeń z firmą: jest ich {controllable}.',
  'target.expert-beats-twin-90':
    'Ekspert powinien wygrać z firmą, która nic nie robi, w co najmniej 90% gier: wygrywa w {beats}.',
  'target.patience':
    'Przewaga eksperta powinna budować się powoli: po pierwszym roku powinna wynosić mniej niż jedną trzecią przewagi końcowej (liczba klientów: {q4} wobec {q20}).',
  'target.expert-far-above-random':
    'Ekspert powinien mieć wynik znacznie wyższy niż gracz losowy (o 150 punktów lub więcej): {expert} wobec {random}.',
  'target.no-spam-beats-expert':
    'Powtarzanie jednej inicjatywy nigdy nie powinno dawać lepszego wyniku niż gra eksperta: najlepiej wypada inicjatywa „{initiative}” – {spam} wobec {expert}.',
  'target.anti-pattern-below-random':
    'Klasyczne błędy powinny dawać wynik niższy niż gra losowa: {anti} wobec {random}.',
  'target.anti-pattern-fired':
    'Klasyczne błędy powinny dość często kończyć się zwolnieniem CCO (w 10% gier lub częściej): {fired}.',
  'target.aligned-beats-generic':
    'Ekspert, który współpracuje z rdzeniem władzy, powinien wyprzedzić eksperta, który go ignoruje, o co najmniej 40 punktów: {expert} wobec {generic}.',

  // --- Leaderboard --------------------------------------------------------------------------------
  'board.title': 'Ranking',
  'board.lead':
    'Decyzje każdego zespołu są tu odtwarzane, więc liczą się tylko gry rozegrane naprawdę. Przy remisie decyduje liczba klientów utrzymanych w porównaniu z bliźniakiem, a potem zysk.',
  'board.add': 'Dodaj wyniki',
  'board.paste': 'Wklej kody wyników',
  'board.paste-hint': 'Jeden kod lub więcej; każdy zaczyna się od PC1.',
  'board.add-codes': 'Dodaj kody',
  'board.files': 'Upuść pliki wyników',
  'board.files-hint':
    'Upuść pliki wyników zespołów (kilka naraz) albo naciśnij Enter, aby je wybrać. Tutaj możesz też upuścić plik własnego scenariusza.',
  'board.custom': 'Wczytano własny scenariusz: {name}',
  'board.rejected': 'Odrzucone wyniki',
  'board.rejected-because': 'odrzucono: {reason}',
  'board.verified': 'zweryfikowany',
  'board.clear': 'Wyczyść ranking',
  'board.ranking': 'Ranking',
  'board.empty': 'Nie ma jeszcze zweryfikowanych wyników.',
  'board.code-label': 'kod {n}',
  'board.scenario': 'Firma',
  'board.seed': 'Ziarno',
  'board.difficulty': 'Poziom trudności',
  'board.seat-time': 'Długość gry',
  'board.currency': 'Waluta',
  'board.part-points': '{part} (pkt)',
  'board.group': '{company} · ziarno {seed} · {difficulty} · {seat}',
  'board.groups-note': {
    one: 'Wszystkie gry rozegrano w tym samym wariancie.',
    few: 'Gry rozegrano w {count} różnych wariantach (firma, ziarno, poziom trudności lub długość gry). Ranking porównuje ze sobą tylko gry w tym samym wariancie.',
    many: 'Gry rozegrano w {count} różnych wariantach (firma, ziarno, poziom trudności lub długość gry). Ranking porównuje ze sobą tylko gry w tym samym wariancie.',
    other:
      'Gry rozegrano w {count} różnych wariantach (firma, ziarno, poziom trudności lub długość gry). Ranking porównuje ze sobą tylko gry w tym samym wariancie.',
  },
  'board.print-head': 'Wyniki warsztatu Power Core · {date} · {companies}',
  'board.rank': 'Miejsce',
  'board.team': 'Zespół',
  'board.score': 'Wynik',
  'board.title-column': 'Tytuł',
  'board.status': 'Status',
  'board.vs-twin': 'Klienci vs bliźniak',
  'board.retained': 'Utrzymani klienci vs bliźniak (%)',
  'board.profit': 'Zysk skumulowany',
  'board.quarter': 'Ostatni kwartał',
  'board.chart': 'Klienci każdego zespołu na tle bliźniaka, który nic nie robi',
  'board.chart-caption':
    'Wszystkie zespoły prowadziły tę samą firmę z takim samym szczęściem: różnice wynikają z ich decyzji.',
  'board.chart-mixed':
    'Zespoły rozgrywały różne gry (scenariusz, ziarno lub poziom trudności): na wykresie jest bliźniak pierwszego zespołu.',
  'board.csv-style': 'Format CSV',
  'board.csv-comma': 'Excel po angielsku (przecinek)',
  'board.csv-semicolon': 'Excel po polsku lub ukraińsku (średnik, przecinek dziesiętny)',
  'board.export-csv': 'Eksportuj CSV',
  'board.export-json': 'Eksportuj JSON',
  'board.print': 'Drukuj',

  // --- Verifying results -------------------------------------------------------------------------
  'verify.not-a-result': 'to nie jest kod ani plik wyniku Power Core',
  'verify.damaged':
    'kod lub plik jest uszkodzony (suma kontrolna się nie zgadza): skopiuj go jeszcze raz',
  'verify.edited': 'plik wyniku zmieniono po zakończeniu gry (suma kontrolna się nie zgadza)',
  'verify.unknown-scenario':
    'grę rozegrano w scenariuszu, którego nie ma w tym warsztacie: wczytaj plik tego scenariusza',
  'verify.scenario-version': 'grę rozegrano w innej wersji scenariusza „{scenario}”',
  'verify.engine-version': 'grę rozegrano w innej wersji Power Core ({found})',
  'verify.does-not-replay':
    'decyzji z tej gry nie da się odtworzyć (decyzja nr {decision} zostaje odrzucona)',
  'verify.unfinished': 'gra nie jest jeszcze zakończona',
  'verify.score-mismatch':
    'wynik zapisany w pliku ({claimed}) nie zgadza się z wynikiem obliczonym z zapisanych w nim decyzji ({actual})',
};

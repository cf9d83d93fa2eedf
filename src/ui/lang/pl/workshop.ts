// Polish words of workshops: joining, the facilitator's pages, a scenario file's problems, the leaderboard and verifying results. Part of the Polish dictionary. Imports only the types.

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

  // --- A scenario file's problems (src/scenario/problem.ts lists the keys) ------------------------
  // Reading the file
  'scenario-problem.file-too-large':
    'Plik jest za duży ({size} KB); plik scenariusza może mieć najwyżej {max} KB.',
  'scenario-problem.empty-file': 'Plik jest pusty.',
  'scenario-problem.binary':
    'To nie jest plik tekstowy (wygląda na plik binarny, np. obraz albo arkusz kalkulacyjny).',
  'scenario-problem.duplicate-key':
    'Klucz {key} występuje dwa razy w tej samej grupie; klucze nie mogą się powtarzać.',
  'scenario-problem.duplicate-key-unnamed':
    'Ten sam klucz występuje dwa razy w tej samej grupie; klucze nie mogą się powtarzać.',
  'scenario-problem.too-deep': {
    one: 'Plik jest zagnieżdżony zbyt głęboko (ponad {count} poziom).',
    few: 'Plik jest zagnieżdżony zbyt głęboko (ponad {count} poziomy).',
    many: 'Plik jest zagnieżdżony zbyt głęboko (ponad {count} poziomów).',
    other: 'Plik jest zagnieżdżony zbyt głęboko (ponad {count} poziomu).',
  },
  'scenario-problem.aliases':
    'Aliasy i kotwice YAML (*nazwa, &nazwa) są w plikach scenariuszy niedozwolone; wpisz wartość w całości.',
  'scenario-problem.alias-error':
    'Aliasy i kotwice YAML (*nazwa, &nazwa) są w plikach scenariuszy niedozwolone.',
  'scenario-problem.forbidden-key': 'Klucz {key} jest w plikach scenariuszy niedozwolony.',
  'scenario-problem.complex-key': 'Klucze muszą być zwykłymi nazwami, a nie listami ani grupami.',
  'scenario-problem.tag': 'Znacznik YAML {tag} jest w plikach scenariuszy niedozwolony.',
  'scenario-problem.custom-tags': 'Własne znaczniki YAML są w plikach scenariuszy niedozwolone.',
  'scenario-problem.too-deep-to-read': 'Pliku nie da się odczytać: jest zagnieżdżony zbyt głęboko.',
  'scenario-problem.unreadable': 'Nie udało się odczytać pliku ani jako JSON, ani jako YAML.',
  'scenario-problem.tabs': 'Ten wiersz ma wcięcie zrobione tabulatorem; użyj spacji.',
  'scenario-problem.colon-in-text':
    'Tekst zawiera dwukropek ze spacją (": "), więc trzeba go ująć w cudzysłów: {fix}',
  'scenario-problem.colon-at-end':
    'Tekst kończy się dwukropkiem, więc trzeba go ująć w cudzysłów: {fix}',
  'scenario-problem.text-after-quote':
    'Tekst ciągnie się dalej za cudzysłowem zamykającym; cudzysłów musi obejmować cały tekst: {fix}',
  'scenario-problem.unclosed-quote':
    'Ten tekst zaczyna się cudzysłowem, który nie jest nigdzie zamknięty; zakończ tekst takim samym cudzysłowem ({quote}).',
  'scenario-problem.unclosed-bracket':
    'Nawias {open} otwarty w tym miejscu nie jest nigdzie zamknięty; dopisz {close} tam, gdzie kończy się lista lub grupa.',
  'scenario-problem.no-space-after-colon': 'Po dwukropku za nazwą pola musi być spacja: {fix}',
  'scenario-problem.missing-colon': 'Po nazwie pola musi być dwukropek i spacja: {fix}',
  'scenario-problem.no-space-after-dash': 'Po myślniku elementu listy musi być spacja: {fix}',
  'scenario-problem.missing-comma':
    'Po tej wartości brakuje przecinka: w nawiasach [ ] i { } kolejne elementy oddziela się przecinkami.',
  'scenario-problem.indentation':
    'Wcięcie tego wiersza nie pasuje do sąsiednich wierszy: pola jednej grupy muszą zaczynać się w tej samej kolumnie.',
  'scenario-problem.flow-indent':
    'Ten wiersz jest dalszym ciągiem nawiasu [ … ] lub { … } z wiersza powyżej, więc musi mieć większe wcięcie niż wiersz, w którym nawias się otwiera.',
  'scenario-problem.not-yaml':
    'W tym miejscu plik nie jest poprawnym JSON-em ani YAML-em: {detail}',
  // The fields against the schema ({value}: a value from the file, or a scenario-problem.value phrase in
  // the accusative, after „podano”; scenario-scenario-problem.type phrases in the instrumental, after „ma być”)
  'scenario-problem.missing': 'brak wymaganego pola',
  'scenario-problem.unknown-field': 'nie ma tu takiego pola',
  'scenario-problem.unknown-field-hint': 'nie ma tu takiego pola (czy chodziło o {hint}?)',
  'scenario-problem.not-group': 'ma być grupą pól, a podano {value}',
  'scenario-problem.min-value': 'ma wynosić co najmniej {min}, a podano {value}',
  'scenario-problem.max-value': 'ma wynosić najwyżej {max}, a podano {value}',
  'scenario-problem.not-integer': 'ma być liczbą całkowitą, a podano {value}',
  'scenario-problem.empty-text': 'tekst nie może być pusty',
  'scenario-problem.too-long': {
    one: 'tekst jest za długi (najwyżej {count} znak)',
    few: 'tekst jest za długi (najwyżej {count} znaki)',
    many: 'tekst jest za długi (najwyżej {count} znaków)',
    other: 'tekst jest za długi (najwyżej {count} znaku)',
  },
  'scenario-problem.too-few-items': {
    one: 'lista ma mieć co najmniej {count} element, a ma {has}',
    few: 'lista ma mieć co najmniej {count} elementy, a ma {has}',
    many: 'lista ma mieć co najmniej {count} elementów, a ma {has}',
    other: 'lista ma mieć co najmniej {count} elementu, a ma {has}',
  },
  'scenario-problem.too-many-items': {
    one: 'lista może mieć najwyżej {count} element, a ma {has}',
    few: 'lista może mieć najwyżej {count} elementy, a ma {has}',
    many: 'lista może mieć najwyżej {count} elementów, a ma {has}',
    other: 'lista może mieć najwyżej {count} elementu, a ma {has}',
  },
  'scenario-problem.pattern': 'ma być {pattern}, a podano {value}',
  'scenario-problem.pattern.id':
    'identyfikatorem (od 1 do 48 znaków: małe litery a–z, cyfry i łączniki)',
  'scenario-problem.pattern.language':
    'kodem języka: dwie małe litery, ewentualnie z łącznikiem i dwiema wielkimi literami regionu (en, pl, uk, pt-BR)',
  'scenario-problem.pattern.silo-ref':
    'identyfikatorem silosu albo słowem role: z nazwą roli (małe litery a–z, cyfry i łączniki)',
  'scenario-problem.one-of': 'ma być jedną z wartości: {options}, a podano {value}',
  'scenario-problem.one-of-hint':
    'ma być jedną z wartości: {options}, a podano {value} (czy chodziło o {hint}?)',
  'scenario-problem.literal': 'ma być {expected}, a podano {value}',
  'scenario-problem.not-text':
    'ma być tekstem albo osobnym tekstem dla każdego języka, np. { en: "…" }, a podano {value}',
  'scenario-problem.no-language': 'podaj tekst w co najmniej jednym języku',
  'scenario-problem.min-above-max': 'wartość min nie może być większa niż max',
  'scenario-problem.wrong-type': 'ma być {wanted}, a podano {value}',
  'scenario-problem.type.number': 'liczbą',
  'scenario-problem.type.text': 'tekstem',
  'scenario-problem.type.boolean': 'wartością true albo false',
  'scenario-problem.type.list': 'listą',
  'scenario-problem.type.group': 'grupą pól',
  'scenario-problem.type.fixed': 'stałą wartością',
  'scenario-problem.type.other': 'czymś innym',
  'scenario-problem.value.empty': 'pustą wartość',
  'scenario-problem.value.nan': 'wartość, która nie jest liczbą',
  'scenario-problem.value.infinite': 'nieskończoność',
  'scenario-problem.value.list': 'listę',
  'scenario-problem.value.group': 'grupę pól',
  'scenario-problem.quoted': '„{text}”',
  // How the fields fit together
  'scenario-problem.duplicate-id.segment': 'inny segment ma już identyfikator {id}',
  'scenario-problem.duplicate-id.silo': 'inny silos ma już identyfikator {id}',
  'scenario-problem.duplicate-id.initiative': 'inna inicjatywa ma już identyfikator {id}',
  'scenario-problem.duplicate-id.event': 'inne zdarzenie ma już identyfikator {id}',
  'scenario-problem.duplicate-option-id': 'inna opcja tego zdarzenia ma już identyfikator {id}',
  'scenario-problem.unknown-silo': 'wskazuje silos {id}, ale nie ma silosu o takim identyfikatorze',
  'scenario-problem.core-silo-required':
    'to pole jest wymagane: wskaż silos, który jest rdzeniem władzy (powerCore: {core})',
  'scenario-problem.weights-sum': 'wagi mają sumować się do 1, a ich suma wynosi {total}',
  'scenario-problem.unknown-segment':
    'wskazuje segment {id}, ale nie ma segmentu o takim identyfikatorze',
  'scenario-problem.unknown-role': 'wymaga silosu z rolą {role}, ale żaden silos jej nie ma',
  'scenario-problem.unknown-shared-initiative':
    'wskazuje wspólną inicjatywę {id}, ale nie ma inicjatywy o takim identyfikatorze',
  'scenario-problem.last-before-first': 'nie może wypadać wcześniej niż firstQuarter ({first})',
  'scenario-problem.unknown-option':
    'wskazuje opcję {id}, ale to zdarzenie nie ma opcji o takim identyfikatorze',
  'scenario-problem.default-costs':
    'nie może nic kosztować: ta opcja wchodzi w życie, gdy nikt nie reaguje',
  'scenario-problem.unknown-initiative': 'wskazuje inicjatywę {id}, ale nie ma jej w katalogu',
  'scenario-problem.excluded-initiative':
    'wskazuje inicjatywę {id}, ale ten plik wyklucza ją ze wspólnych inicjatyw (defaultInitiatives.exclude), więc nigdy nie zostanie uruchomiona',
  // The list, and where a problem is (the command line's words)
  'scenario-problem.more': {
    one: '… i jeszcze {count} problem.',
    few: '… i jeszcze {count} problemy.',
    many: '… i jeszcze {count} problemów.',
    other: '… i jeszcze {count} problemu.',
  },
  'scenario-problem.file': '(plik)',
  'scenario-problem.line': 'wiersz {line}',
  'scenario-problem.line-column': 'wiersz {line}, kolumna {column}',
  // Finding the file, and the checker
  'scenario-problem.no-such-file': 'nie ma takiego pliku',
  'scenario-problem.folder': 'to jest folder, a nie plik',
  'scenario-problem.too-large-to-read': 'plik jest za duży ({size} KB)',
  'scenario-problem.no-built-in': 'nie ma wbudowanego scenariusza {id}',
  'scenario-problem.checker-stopped': 'sprawdzanie zostało przerwane',
  'scenario-problem.no-answer': 'sprawdzanie nie dało odpowiedzi',
  'scenario-problem.text': '{text}',
  'preview.company': 'Firma',
  'preview.core': 'Rdzeń władzy',
  'preview.silos': 'Silosy',
  'preview.segments': 'Klienci',
  'preview.content': 'Zawartość',
  'preview.counts': 'Inicjatywy: {initiatives}, zdarzenia: {events}',
  'scenario.from-file': 'Z pliku {name}',
  'join.title': 'Dołącz do warsztatu',
  'join.lead':
    'Wpisz kod, który podaje osoba prowadząca warsztat: kod warsztatu albo kod lub adres pokoju na żywo. Wszystkie zespoły z tym samym kodem rozgrywają tę samą grę.',
  'join.code': 'Kod warsztatu lub pokoju',
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
  'join.problem.room-address':
    'To kod pokoju na żywo. Wpisz cały adres pokoju, tak jak pokazuje go osoba prowadząca (zaczyna się od http://).',
  'join.room.title': 'Pokój na żywo {code}',
  'join.room':
    'Pod adresem {address}. Twoje decyzje trafiają na ekran osoby prowadzącej na bieżąco; sama gra działa tutaj, jak zawsze.',
  'join.room.joining': 'Dołączanie do pokoju…',
  'join.room.problem.no-room':
    'Pod adresem {address} nie ma pokoju o tym kodzie. Sprawdź kod z osobą prowadzącą.',
  'join.room.problem.closed': 'Ten pokój jest zamknięty: osoba prowadząca nie przyjmuje już gier.',
  'join.room.problem.name': 'Nadaj zespołowi nazwę (do 60 znaków).',
  'join.room.problem.name-taken':
    'Inny zespół w tym pokoju ma już tę nazwę. Wybierz inną albo dołącz ponownie kodem swojego zespołu poniżej.',
  'join.room.problem.rejoin':
    'To nie jest kod ponownego dołączenia żadnego zespołu w tym pokoju. Twój zespół widzi swój kod podczas gry (8 liter i cyfr).',
  'join.room.problem.too-fast': 'Pokój jest zajęty: spróbuj za chwilę.',
  'join.room.problem.unreachable':
    'Pokój pod adresem {address} nie odpowiada. Sprawdź adres i czy ten komputer jest w sieci pokoju.',
  'join.room.problem.no-rooms':
    'Ta kopia gry nie może dołączać do pokojów na żywo. Otwórz adres, który podaje osoba prowadząca.',
  'join.room.problem.scenario': 'Nie udało się wczytać scenariusza pokoju w tej przeglądarce.',
  'join.rejoin': 'Twój zespół jest już w tym pokoju na innym komputerze? Dołącz do niego tutaj',
  'join.rejoin.code': 'Kod ponownego dołączenia zespołu',
  'join.rejoin.start': 'Dołącz do zespołu',
  'room.label': 'Pokój na żywo',
  'room.badge': 'Pokój {code}',
  'room.badge.online': 'Pokój {code} · połączono',
  'room.badge.offline': 'Pokój {code} · brak połączenia',
  'room.offline':
    'W tej chwili nie ma połączenia z pokojem. Graj dalej: gra jest zapisywana tutaj, a pokój nadrobi zaległości, gdy połączenie wróci.',
  'room.rejoin': 'Kod dołączenia na innym komputerze: {code}',
  'room.held':
    'Osoba prowadząca zatrzymała wszystkie zespoły po roku {year} na omówienie. Możesz się rozejrzeć; decyzje poczekają na wznowienie gry.',
  'room.countdown': 'Ta runda kończy się o {time}.',
  'room.message': 'Od osoby prowadzącej: {text}',
  'room.closed':
    'Pokój jest zamknięty. Gra toczy się dalej tutaj; na koniec przekaż osobie prowadzącej kod wyniku z podsumowania gry.',
  'room.refused':
    'Pokój nie przyjął jednej z decyzji tej gry. Gra toczy się dalej tutaj; na koniec przekaż osobie prowadzącej kod wyniku z podsumowania gry.',
  'room.adopted': 'Twój zespół grał dalej na innym komputerze: teraz to jest gra z pokoju.',
  'room.waiting': {
    one: '{count} decyzja czeka na wysłanie do pokoju.',
    few: '{count} decyzje czekają na wysłanie do pokoju.',
    many: '{count} decyzji czeka na wysłanie do pokoju.',
    other: '{count} decyzji czeka na wysłanie do pokoju.',
  },

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
  'fac.live': 'Obserwuj pokój na żywo',
  'fac.live.note':
    'Gra każdego zespołu na bieżąco, w pokoju uruchomionym przez npm run room: wstrzymanie, odliczanie, komunikat.',
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
    'Decyzje każdego zespołu są tu odtwarzane, więc liczą się tylko gry rozegrane naprawdę. Przy remisie decyduje liczba klientów utrzymanych w porównaniu z bliźniakiem, a potem zysk. Wyniki zostają na tym komputerze, dopóki ich nie usuniesz.',
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
  'board.clear-sure': {
    one: 'Usunąć na dobre {count} wynik?',
    few: 'Usunąć na dobre wszystkie {count} wyniki?',
    many: 'Usunąć na dobre wszystkie {count} wyników?',
    other: 'Usunąć na dobre wszystkie {count} wyniku?',
  },
  'board.not-kept':
    'Ten komputer nie może przechować rankingu (pamięć przeglądarki jest pełna albo wyłączona): po odświeżeniu strony ranking zniknie. Wyeksportuj go przed zamknięciem strony.',
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

  // --- Narzędzia wiersza poleceń (balance, play, verify, check-scenario) ---------------------------
  'tool.check.ok':
    '{file}: ok (segmenty: {segments}, silosy: {silos}, inicjatywy: {initiatives}, zdarzenia: {events})',
  'tool.balance.heading': 'Scenariusz {scenario}, ziarna: {seeds}, poziom trudności {difficulty}',
  'tool.balance.columns':
    'strategia|mediana|p10|p90|zwolniony|utraceni|kontrol.|lepszy od bliźniaka|przewaga Q4|przewaga Q20',
  'tool.balance.targets': 'Cele zachowania:',
  'tool.met': 'spełniony',
  'tool.missed': 'NIESPEŁNIONY',
  'tool.balance.diagnosis': 'Co spotkało eksperta (żeby zobaczyć, czemu cel nie jest spełniony):',
  'tool.balance.silo':
    '{silo} rozmowy: {talks}, odmowy: {refused}%, zgody na papierze: {nominal}%; {load} {loadAtEnd} z {capacity} na koniec',
  'tool.balance.load': 'obciążenie',
  'tool.balance.overloaded': 'PRZECIĄŻENIE',
  'tool.balance.rare': 'uruchamiane w mniej niż 10% gier: {list}',
  'tool.adversaries.heading':
    'Przeciwnicy (optymalizator, budżet {budget}; wyniki na {seeds} nowych ziarnach):',
  'tool.adversaries.columns': 'strategia|średnia|mediana|poniżej best',
  'tool.adversaries.targets': 'Żadnej lekcji nie da się pominąć:',
  'tool.target.do-nothing-loses-40-60':
    'do-nothing traci do końca gry {lost} klientów, z którymi zaczynał (cel 40–60%)',
  'tool.target.controllable-60-73':
    '{controllable} klientów odchodzących od do-nothing odchodzi z powodów, na które firma ma wpływ (cel 60–73%)',
  'tool.target.expert-beats-twin-90':
    'ekspert kończy z większą liczbą klientów niż jego bliźniak w {beats} ziaren (cel co najmniej 90%)',
  'tool.target.patience':
    'przewaga eksperta nad bliźniakiem to {q4} klientów po kwartale 4 i {q20} po kwartale 20 (cel: mniej niż jedna trzecia)',
  'tool.target.expert-far-above-random':
    'mediana eksperta {expert} wobec losowego {random} (cel: co najmniej {need} więcej)',
  'tool.target.no-spam-beats-expert':
    'najlepsza strategia jednej inicjatywy, {strategy}, ma medianę {spam} wobec eksperta {expert}',
  'tool.target.anti-pattern-below-random': 'mediana anti-pattern {anti} wobec losowego {random}',
  'tool.target.anti-pattern-fired':
    'anti-pattern zostaje zwolniony w {fired} ziaren (cel co najmniej {need})',
  'tool.target.aligned-beats-generic':
    'ekspert, który ignoruje rdzeń władzy: mediana {generic} wobec eksperta zgodnego z rdzeniem {expert} (cel: co najmniej {need} mniej)',
  'tool.target.lesson-binds':
    '{strategy} ma wynik {mean} wobec best {best}: {gap} mniej (cel co najmniej {need})',
  'tool.target.expert-near-best':
    'ekspert ma wynik {expert} wobec best {best} (cel: co najmniej {need} tego wyniku)',
  'tool.target.report-only-near-do-nothing':
    'raportowanie bez pracy dla klientów daje {reportOnly} wobec do-nothing {idle} (cel: najwyżej {need} więcej)',
  'tool.play.summary': '{team}: {total} pkt ({title}), decyzje: {decisions}',
  'tool.play.written': 'plik z wynikiem zapisany: {file}',
  'tool.verify.verified':
    'sprawdzony: {team} – {total} pkt ({title}), scenariusz {scenario}, ziarno {seed}',
  'tool.verify.no-team': '(bez nazwy zespołu)',
  'tool.verify.rejected': 'odrzucony: {reason}',
  'tool.verify.rejected-team': 'odrzucony ({team}): {reason}',

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

// Polish words of the debrief: its tabs, charts, timeline, lessons, refusals, discussion and the prompts for each lesson note. Translation of ../en/debrief.ts. Imports only types.
import type { Translation } from '../dictionary';
import type { debrief as english } from '../en/debrief';

export const debrief: Translation<typeof english> = {
  // --- Debrief -----------------------------------------------------------------------------------
  'debrief.eyebrow': '{company} · {team}',
  'debrief.title': 'Podsumowanie gry',
  'debrief.parts': 'Części podsumowania',
  'debrief.tab.summary': 'Wynik',
  'debrief.tab.charts': 'Wykresy',
  'debrief.tab.timeline': 'Twoje decyzje',
  'debrief.tab.lessons': 'Lekcje',
  'debrief.score': 'Wynik',
  'debrief.of-1000': 'z 1000',
  'debrief.fired-note':
    'Zwolnienie: {quarter}. Wynik obejmuje tylko kwartały przetrwane na stanowisku i uwzględnia karę.',
  'debrief.breakdown': 'Z czego składa się wynik',
  'debrief.points': '{points} z {max} pkt',
  'debrief.customers':
    'Klienci na koniec gry: {you} (bliźniak, który nic nie robi: {twin}; na starcie: {start}).',
  'debrief.lost': {
    one: 'W trakcie gry odszedł {count} klient; {controllable} odejść wynikało z doświadczeń klientów z firmą.',
    few: 'W trakcie gry odeszło {count} klientów; {controllable} odejść wynikało z doświadczeń klientów z firmą.',
    many: 'W trakcie gry odeszło {count} klientów; {controllable} odejść wynikało z doświadczeń klientów z firmą.',
    other:
      'W trakcie gry odeszło {count} klienta; {controllable} odejść wynikało z doświadczeń klientów z firmą.',
  },
  'debrief.profit': 'Zysk z klientów w całej grze: {you} (bliźniak: {twin}).',
  'debrief.satisfaction':
    'Prawdziwe zadowolenie klientów na koniec: {truth}. Kierownictwo sądziło: {believed}.',
  'debrief.new-game': 'Nowa gra',
  'debrief.to-title': 'Ekran tytułowy',
  'score.retention': 'Utrzymani klienci',
  'score.retention.note': 'w porównaniu z bliźniakiem, który nic nie robi',
  'score.profit': 'Zysk z klientów',
  'score.profit.note': 'w porównaniu z bliźniakiem, po odjęciu twoich wydatków',
  'score.satisfaction': 'Prawdziwe zadowolenie',
  'score.satisfaction.note': 'co klienci naprawdę myślą na koniec',
  'score.engagement': 'Zaangażowanie pracowników',
  'score.engagement.note': 'ludzie, którzy tworzą doświadczenie klienta',
  'score.alignment': 'Zgranie silosów',
  'score.alignment.note': 'zaufanie szefów działów i myślenie o klientach',
  'score.ceoSupport': 'Poparcie prezesa',
  'score.ceoSupport.note': 'czy program będzie trwał dalej',
  'title.champion': 'Głos klientów',
  'title.architect': 'Filar lojalności',
  'title.diplomat': 'Most między silosami',
  'title.firefighter': 'Gaszenie pożarów',
  'title.bystander': 'Rola obserwatora',
  'title.fired': 'Zwolnienie w roku {year}',

  // --- Charts ----------------------------------------------------------------------------------
  'chart.start': 'Start',
  'chart.review': 'Podsumowanie {year}',
  'chart.fired': 'Zwolnienie',
  'chart.you': 'Twoja firma',
  'chart.twin': 'Bezczynny bliźniak',
  'chart.customers': 'Klienci: twoja firma na tle bliźniaka, który nic nie robi',
  'chart.customers.caption':
    'Bliźniak to ta sama firma, z tym samym szczęściem, tylko bez dyrektora ds. klientów.',
  'chart.customers.axis': 'Klienci',
  'chart.revenue': 'Przychody w kwartale',
  'chart.revenue.caption': 'Utrzymani klienci to utrzymane przychody.',
  'chart.revenue.axis': 'Przychody ({currency})',
  'chart.satisfaction': 'Prawdziwe zadowolenie klientów',
  'chart.satisfaction.caption': 'To, co klienci naprawdę czuli – do tej pory ukryte przed tobą.',
  'chart.satisfaction.axis': 'Zadowolenie (0–100, 50 = zgodnie z oczekiwaniami)',
  'chart.views': 'Zadowolenie: wyobrażone, zmierzone i prawdziwe',
  'chart.views.caption':
    'Kierownictwo uważa, że obsługa jest lepsza, niż jest naprawdę. Prawdę pokazuje tylko słuchanie klientów – i to w przybliżeniu: zacieniony pas to margines błędu pomiaru.',
  'chart.believed': 'Wyobrażone',
  'chart.measured': 'Zmierzone',
  'chart.true': 'Prawdziwe',
  /** Short, so the line's label fits beside the chart. */
  'chart.engagement': 'Zaangażowanie',
  'chart.people': 'Zaangażowanie i poparcie prezesa',
  'chart.people.caption':
    'Zaangażowani pracownicy sprawiają, że każda inicjatywa działa lepiej; od poparcia prezesa zależy, czy zostaniesz na stanowisku.',
  'chart.people.axis': '0–100',
  'chart.show-numbers': 'Pokaż liczby',
  'chart.show-chart': 'Pokaż wykres',
  'chart.notes': 'Uwagi',
  'chart.no-data': 'brak danych',
  'chart.period': 'Kwartał',

  // --- Timeline --------------------------------------------------------------------------------
  'timeline.launch.full': 'Uruchomiono: {initiative}',
  'timeline.launch.pilot': 'Uruchomiono pilotaż: {initiative}',
  'timeline.scale': 'Pełne wdrożenie: {initiative}',
  'timeline.stop': 'Zatrzymano: {initiative}',
  'timeline.negotiate':
    '{leader}: prośba o poparcie inicjatywy „{initiative}” (argument: „{approach}”)',
  'timeline.answered': '{leader}: {outcome}',
  'timeline.answer': '{event}: {option}',
  'timeline.listen': 'Wysłuchano klientów bezpośrednio: {segment}',
  'timeline.report': 'Raport dla prezesa',
  'timeline.report-result': 'Raport dla prezesa (poparcie {gain})',
  'timeline.report-money': 'Raport dla prezesa w pieniądzach (poparcie {gain})',
  'timeline.end': 'Koniec tury',
  'timeline.event': 'Zdarzenie: {event}',
  'timeline.event-defused': 'Zdarzenie zażegnane: {event}',
  'timeline.review': 'Podsumowanie roku {year} – ocena prezesa: {verdict}',
  'timeline.fired': 'Zwolnienie',
  'timeline.resolved': 'Klienci: {customers} (bliźniak: {twin})',
  'timeline.empty': 'Nie ma jeszcze żadnych decyzji.',

  // --- Lessons ---------------------------------------------------------------------------------
  'lesson.state.met': 'Zastosowana',
  'lesson.state.missed': 'Pominięta',
  'lesson.state.mixed': 'Różnie',
  'lesson.state.unseen': 'Nie wystąpiła',
  'lesson.by-decision': '– {what}, {when}.',
  'lesson.by-event': '– zdarzenie „{event}”, {when}.',
  'lesson.by-results': '– wyniki kwartału, {when}.',
  'lesson.L1.title': 'Klienci oceniają całą firmę, a nie jeden silos',
  'lesson.L1.summary':
    'Klienci odchodzą, gdy odsyła się ich od silosu do silosu, a silosy ze sobą nie współpracują.',
  'lesson.L2.title': 'Większość klientów odchodzi z powodu złej obsługi',
  'lesson.L2.summary':
    'Mniej więcej dwie trzecie odchodzących rezygnuje z powodu swoich doświadczeń z firmą. Zapytaj ich o powody.',
  'lesson.L3.title': 'Współpracuj z rdzeniem władzy, a nie walcz z nim',
  'lesson.L3.summary':
    'Mów o sprawach klientów językiem dominującego silosu i opieraj się na jego mocnych stronach.',
  'lesson.L4.title': 'Motywacja, mierzalność, wykonalność',
  'lesson.L4.summary':
    'Programy upadają, gdy nikt nie jest zmotywowany, niczego się nie mierzy albo usprawnień nie da się wdrożyć.',
  'lesson.L5.title': 'Ktoś musi odpowiadać za klienta',
  'lesson.L5.summary':
    'Konkretna osoba śledzi pozyskanych i utraconych klientów, ich problemy i to, jak zostały rozwiązane.',
  'lesson.L6.title': 'Premie za cele jednego silosu prowadzą do absurdów',
  'lesson.L6.summary':
    'Puste paczki i handlowcy, którzy obiecują za dużo, biorą się z tego, za co ludzie dostają premie.',
  'lesson.L7.title': 'Firmy oceniają swoją obsługę wyżej niż klienci',
  'lesson.L7.summary': 'Dopóki nie mierzysz, wiesz tylko, co myśli firma.',
  'lesson.L8.title': 'Słuchaj często i otwarcie, a odchodzących pytaj o powody',
  'lesson.L8.summary':
    'Krótkie, częste ankiety z otwartymi odpowiedziami dają więcej niż jeden duży wskaźnik raz w roku.',
  'lesson.L9.title': 'Zamykaj pętlę informacji zwrotnej',
  'lesson.L9.summary':
    'Informacja zwrotna schowana do szuflady rodzi cynizm. Działaj na jej podstawie i dziel się nią.',
  'lesson.L10.title': 'To pracownicy tworzą doświadczenie klienta',
  'lesson.L10.summary':
    'Własny osąd zamiast sztywnych reguł i swoboda rozwiązywania problemów od ręki.',
  'lesson.L11.title': 'Wyrażaj wartość klienta w pieniądzach',
  'lesson.L11.summary': 'Kierownictwo słucha, kiedy widzi przychody.',
  'lesson.L12.title': 'Kierownictwo musi uczestniczyć – przez lata',
  'lesson.L12.summary':
    'Budowanie lojalności trwa co najmniej pięć lat; programy umierają, gdy kierownictwu kończy się cierpliwość.',
  'lesson.L13.title': 'Obsługa, która ma znaczenie, a nie więcej obsługi',
  'lesson.L13.summary': 'Traktuj grupy klientów różnie: inwestuj tam, gdzie im naprawdę zależy.',
  'lesson.L14.title': 'Zacznij od małej skali: pilotaż, pomiar, powtórka',
  'lesson.L14.summary':
    'Pilotaże są tańsze, łatwiej uzyskać na nie zgodę i pokazują, co naprawdę działa.',
  'lesson.L1.handoffs':
    'Tam, gdzie silosy przekazują sobie klientów, obsługa w jednym kwartale skończyła się odejściami – łącznie {lost}. Nikt wcześniej nie powiązał wskaźników silosów.',
  'lesson.L1.linked':
    'Wskaźniki silosów zostały powiązane: klienci przestali gubić się między działami.',
  'lesson.L2.reasons-seen':
    'Powody odejść wyszły na jaw: do tego czasu {share}% odchodzących klientów zrezygnowało z powodu swoich doświadczeń z firmą.',
  'lesson.L2.unknown-reasons': 'Odeszli klienci – łącznie {lost} – a nikt nie wiedział dlaczego.',
  'lesson.L3.with-core': 'Inicjatywa „{initiative}” pasuje do rdzenia władzy.',
  'lesson.L3.against-core': 'Inicjatywa „{initiative}” szła wbrew rdzeniowi władzy.',
  'lesson.L3.aligned':
    'Dział {silo} się zgodził, bo argument padł w języku rdzenia władzy („{approach}”).',
  'lesson.L3.frontal':
    'Dział {silo} odrzucił argument sprzeczny ze sposobem myślenia firmy („{approach}”).',
  'lesson.L3.escalated-core': 'Sprawę rozegrano ponad głową kierownictwa rdzenia władzy ({silo}).',
  'lesson.L4.gauges-up':
    'Motywacja, mierzalność i wykonalność wzrosły: inicjatywy zaczęły działać.',
  'lesson.L4.gated':
    'Inicjatywy przyniosły tylko część efektu. Hamował je za niski poziom: {gauge}.',
  'lesson.L4.nominal':
    'Dział {silo} zgodził się na inicjatywę „{initiative}”, a potem niewiele zrobił.',
  'lesson.L5.tracking':
    'Od teraz ktoś śledzi pozyskanych i utraconych klientów i prowadzi problemy aż do ich rozwiązania.',
  'lesson.L5.decay': 'Nikt nie rozliczał silosów z uzgodnień, więc te po cichu się rozmyły.',
  'lesson.L6.incentives': 'Zmieniono to, za co ludzie dostają premie ({initiative}).',
  'lesson.L7.gap-found':
    'Kierownictwo oceniało zadowolenie na {believed}, a klienci – na {measured}.',
  'lesson.L7.fixed-belief':
    'Uruchomiono inicjatywę „{initiative}”, by poprawić etap „{stage}” w segmencie „{segment}”, bez pytania tych klientów o zdanie – a odchodzili przez etap „{leaving}”.',
  'lesson.L7.fixed-what-customers-said':
    'Uruchomiono inicjatywę „{initiative}” na etapie „{stage}”, na którym – jak mówili klienci z segmentu „{segment}” – firma ich zawodziła.',
  'lesson.L7.found-blind-spot':
    'Słuchanie klientów pokazało, że segment „{segment}” ocenia etap „{stage}” na {measured}, a kierownictwo zakładało {believed}.',
  'lesson.L7.never-measured': 'Niczego nie zmierzono, więc przekonań firmy nikt nie podważył.',
  'lesson.L8.listened': 'Wysłuchano klientów bezpośrednio ({segment}).',
  'lesson.L8.reasons': 'Odchodzących klientów zapytano o powody.',
  'lesson.L8.stages':
    'Słuchanie klientów pokazało etap po etapie, gdzie ścieżka klienta się sypie.',
  'lesson.L8.score-only-launch':
    'Inicjatywa „{initiative}” daje jedną ocenę rocznie i ukrywa powody.',
  'lesson.L8.scores-only':
    'Słuchanie klientów dało oceny, ale nigdy nie pokazało, dlaczego klienci odchodzą.',
  'lesson.L9.loop-closed':
    'Na podstawie informacji zwrotnej podjęto działania i podzielono się nią ze wszystkimi.',
  'lesson.L9.drawer':
    'Informację zwrotną zebrano i schowano do szuflady: wśród pracowników narósł cynizm.',
  'lesson.L10.empowered': 'Pracownicy dostali swobodę działania ({initiative}).',
  'lesson.L10.engaged':
    'Zaangażowanie pracowników osiągnęło poziom {engagement}: zaangażowani ludzie sprawili, że każda inicjatywa działała lepiej.',
  'lesson.L10.disengaged':
    'Zaangażowanie pracowników spadło do {engagement}: zniechęceni ludzie hamowali każdą inicjatywę.',
  'lesson.L11.money-argument': 'Pieniądze przekonały dział {silo}.',
  'lesson.L11.report-in-money':
    'Raport dla prezesa pokazał wyniki w pieniądzach (poparcie {gain}).',
  'lesson.L11.report-without-money':
    'Raport dla prezesa nie mówił nic o pieniądzach (poparcie {gain}).',
  'lesson.L11.review-without-money':
    'Podsumowanie roku odbyło się bez przełożenia wyników na pieniądze.',
  'lesson.L12.patience':
    'Poparcie prezesa spadło do {support}: cierpliwość prezesa zaczęła się wyczerpywać.',
  'lesson.L12.final-warning':
    'Podsumowanie roku {year} zakończyło się ostatnim ostrzeżeniem od prezesa.',
  'lesson.L12.nothing-to-show':
    'Raport dla prezesa nie pokazał nic nowego i podważył twoją wiarygodność.',
  'lesson.L12.stayed-the-course':
    'Poparcie prezesa przetrwało przez cały program (na koniec: {support}).',
  'lesson.L13.meaningful':
    'Inicjatywa „{initiative}” poprawiła to, na czym jej klientom najbardziej zależy.',
  'lesson.L13.wasted': 'Inicjatywa „{initiative}” poprawiła coś, na czym jej klientom mało zależy.',
  'lesson.L14.pilot': 'Inicjatywa „{initiative}” zaczęła się od pilotażu.',
  'lesson.L14.pilot-evidence': 'Wyniki pilotażu przekonały dział {silo}.',
  'lesson.L14.scaled':
    'Inicjatywę „{initiative}” wdrożono w pełni po pilotażu, który pokazał {share}% obiecanego efektu.',
  'lesson.L14.scaled-poor':
    'Inicjatywę „{initiative}” wdrożono w pełni, choć pilotaż pokazał tylko {share}% obiecanego efektu.',
  'lesson.L14.dud-rolled-out':
    'Inicjatywę „{initiative}” od razu wdrożono w pełni, a dała tylko {share}% obiecanego efektu. Pilotaż by to pokazał.',
  'lesson.event.met': 'Odpowiedź na zdarzenie „{event}” była zgodna z tą lekcją.',
  'lesson.event.missed': 'Odpowiedź na zdarzenie „{event}” minęła się z tą lekcją.',
  'lesson.event.defused': 'Zdarzenie „{event}” zażegnała jedna z twoich inicjatyw.',

  // --- Refusals --------------------------------------------------------------------------------
  'refusal.room-held':
    'Osoba prowadząca zatrzymała tu wszystkie zespoły na omówienie. Decyzje poczekają, aż wznowi grę w pokoju.',
  'refusal.save-conflict':
    'Ta gra została zapisana w innym oknie. Zanim podejmiesz tu decyzję, wybierz, która gra toczy się dalej.',
  'refusal.game-over': 'Gra się zakończyła.',
  'refusal.event-pending': 'Najpierw odpowiedz na zdarzenie.',
  'refusal.no-event-pending': 'Nie ma zdarzenia, na które trzeba odpowiedzieć.',
  'refusal.unknown-event': 'To zdarzenie nie czeka na odpowiedź.',
  'refusal.unknown-option': 'Nie ma takiej opcji.',
  'refusal.unknown-initiative': 'Nie ma takiej inicjatywy.',
  'refusal.unknown-silo': 'Nie ma takiego silosu.',
  'refusal.unknown-segment': 'Nie ma takiej grupy klientów.',
  'refusal.unknown-approach': 'Nie ma takiego argumentu.',
  'refusal.already-running': 'Ta inicjatywa już działa.',
  'refusal.not-running': 'Ta inicjatywa nie jest uruchomiona.',
  'refusal.not-a-pilot': 'Ta inicjatywa działa już w pełnym wdrożeniu.',
  'refusal.not-pilotable': 'Tej inicjatywy nie da się uruchomić w formie pilotażu.',
  'refusal.still-negotiating': 'Partnerzy tej inicjatywy jeszcze nie odpowiedzieli.',
  'refusal.not-a-partner': 'Ten silos nie jest partnerem tej inicjatywy.',
  'refusal.already-answered': 'Ten dział już się zobowiązał.',
  'refusal.already-asked': 'W tej turze już to zrobiono.',
  'refusal.needs-listening-data':
    'Potrzebny jest świeży pomiar (z ostatnich dwóch kwartałów): najpierw posłuchaj klientów.',
  'refusal.needs-value-model': 'Potrzebny jest model wartości klienta.',
  'refusal.no-action-points': {
    one: 'Za mało czasu w tej turze: potrzebne ruchy: {need}, dostępne: {have}.',
    few: 'Za mało czasu w tej turze: potrzebne ruchy: {need}, dostępne: {have}.',
    many: 'Za mało czasu w tej turze: potrzebne ruchy: {need}, dostępne: {have}.',
    other: 'Za mało czasu w tej turze: potrzebne ruchy: {need}, dostępne: {have}.',
  },
  'refusal.no-budget': 'Za mały budżet: potrzeba {need}, masz {have}.',
  'refusal.no-political-capital': 'Za mało kapitału politycznego: potrzeba {need}, masz {have}.',
  'refusal.no-ceo-support': 'Prezes tego nie poprze: zostało za mało poparcia.',
  'refusal.pilot-too-young':
    'Pilotaż musi potrwać dwa kwartały, zanim da się ocenić jego wyniki i go rozszerzyć.',
  'refusal.pilot-already-run': 'Pilotaż już się odbył.',
  'refusal.no-results-to-report': 'Nie masz wyników, które można pokazać w raporcie.',

  // --- Debrief: discussion, result, what-if ------------------------------------------------------
  'debrief.tab.discussion': 'Dyskusja',
  'debrief.tab.result': 'Kod wyniku',
  'debrief.practice-title': 'Podsumowanie treningu',
  'discussion.lead':
    'Pytania do sali, wynikające z decyzji tego zespołu. Zacznij od tego, co mu umknęło.',
  'result.lead':
    'Przekaż ten kod wyniku (albo plik) osobie prowadzącej warsztat. Ranking odtwarza twoje decyzje, żeby zweryfikować wynik.',
  'result.code': 'Twój kod wyniku',
  'result.copy': 'Kopiuj kod',
  'result.download': 'Pobierz plik wyniku',
  'result.practice':
    'To był trening od wybranego kwartału twojej gry: nie daje wyniku i niczego nie zmienia.',
  'result.back-to-real': 'Wróć do prawdziwej gry',
  'whatif.title': 'Co by było, gdyby…?',
  'whatif.text':
    'Wróć do wybranego kwartału tej gry i spróbuj innych decyzji. To trening: twoja prawdziwa gra i jej wynik pozostaną bez zmian.',
  'whatif.from': 'Od',
  'whatif.start': 'Zacznij trening stąd',
  'top.practice': 'Trening · bez punktacji',
  'menu.back-to-real': 'Zakończ trening i wróć do prawdziwej gry',

  // --- Discussion prompts -------------------------------------------------------------------------
  // One per lesson note (lesson.Lx.y → prompt.Lx.y): each asks about exactly what the note states,
  // with the same figures. `unseen` ones are for lessons the game never showed.
  'prompt.L1.linked':
    '{quarter}: wskaźniki silosów zostały powiązane i klienci przestali gubić się między działami. Czego to wymagało i kto się opierał?',
  'prompt.L1.handoffs':
    '{quarter}: silosy działały w oderwaniu od siebie, a przez obsługę odeszli klienci – łącznie {lost}. Gdzie przekazywano ich dalej i kto mógł wziąć za nich odpowiedzialność?',
  'prompt.L2.reasons-seen':
    '{quarter}: powody odejść wyszły na jaw – w {share}% były to doświadczenia klientów z firmą. Co w tych powodach zaskoczyło salę?',
  'prompt.L2.unknown-reasons':
    '{quarter}: do tego czasu odeszli klienci – łącznie {lost} – a nikt nie wiedział dlaczego. Ile kosztowałoby zapytanie ich o powody?',
  'prompt.L3.with-core':
    '{quarter}: uruchomiono inicjatywę „{initiative}”, która pasuje do rdzenia władzy ({core}). Dlaczego zgoda przyszła tak łatwo?',
  'prompt.L3.against-core':
    '{quarter}: uruchomiono inicjatywę „{initiative}” wbrew rdzeniowi władzy ({core}). Jak można było przedstawić ten sam cel jego językiem?',
  'prompt.L3.aligned':
    '{quarter}: dział {silo} się zgodził, gdy argument padł w języku rdzenia władzy („{approach}”). Dlaczego właśnie tam ten argument zadziałał?',
  'prompt.L3.frontal':
    '{quarter}: dział {silo} odrzucił argument sprzeczny ze sposobem myślenia firmy („{approach}”). Jak inaczej można było o to poprosić?',
  'prompt.L3.escalated-core':
    '{quarter}: sprawę rozegrano ponad głową kierownictwa rdzenia władzy ({silo}). Jaki był tego koszt w kolejnych kwartałach?',
  'prompt.L4.gauges-up':
    '{quarter}: motywacja, mierzalność i wykonalność wzrosły jednocześnie. Która z nich ruszyła pierwsza?',
  'prompt.L4.gated':
    '{quarter}: inicjatywa „{initiative}” dała tylko część efektu, bo hamował ją za niski poziom: {gauge}. Co mogło go podnieść?',
  'prompt.L4.nominal':
    '{quarter}: dział {silo} zgodził się na inicjatywę „{initiative}”, a potem niewiele zrobił. Jak odróżnić prawdziwe zaangażowanie od pozornej zgody?',
  'prompt.L5.tracking':
    '{quarter}: ktoś zaczął śledzić pozyskanych i utraconych klientów. Co się zmieniło, gdy wzięła to na siebie jedna osoba?',
  'prompt.L5.decay':
    '{quarter}: zobowiązanie działu {silo} wobec inicjatywy „{initiative}” po cichu się rozmyło. Kto powinien był to zauważyć i w jaki sposób?',
  'prompt.L6.incentives':
    '{quarter}: zmieniono to, za co ludzie dostają premie ({initiative}). Jakiemu absurdowi to zapobiegło?',
  'prompt.L7.gap-found':
    '{quarter}: kierownictwo oceniało zadowolenie na {believed}, a klienci – na {measured}. Jak kierownictwo przyjęło tę wiadomość?',
  'prompt.L7.found-blind-spot':
    '{quarter}: segment „{segment}” ocenił etap „{stage}” na {measured}, a kierownictwo zakładało {believed}. W czym jeszcze firma może się mylić?',
  'prompt.L7.fixed-what-customers-said':
    '{quarter}: uruchomiono inicjatywę „{initiative}” na etapie „{stage}”, na którym – jak mówili klienci z segmentu „{segment}” – firma ich zawodziła. Co zmieniło w planie to, że najpierw zapytano klientów?',
  'prompt.L7.fixed-belief':
    '{quarter}: uruchomiono inicjatywę „{initiative}”, by poprawić etap „{stage}” w segmencie „{segment}”, bez pytania tych klientów o zdanie – a odchodzili przez etap „{leaving}”. Co zmieniłoby wcześniejsze pytanie?',
  'prompt.L7.never-measured':
    '{quarter}: do tego czasu niczego nie zmierzono, więc przekonań firmy nikt nie podważył. Co pokazałaby jedna ankieta?',
  'prompt.L8.listened':
    '{quarter}: wysłuchano klientów bezpośrednio ({segment}). Co padło w tych rozmowach, czego sama ocena liczbowa by nie pokazała?',
  'prompt.L8.reasons':
    '{quarter}: powody odejść były już znane. Którym z nich zająć się najpierw i dlaczego?',
  'prompt.L8.stages':
    '{quarter}: słuchanie klientów pokazało już ścieżkę klienta etap po etapie. Czy pokazało też, dlaczego klienci odchodzą?',
  'prompt.L8.score-only-launch':
    '{quarter}: uruchomiono inicjatywę „{initiative}”, która daje jedną ocenę i żadnych powodów, a nic innego nie mówiło, dlaczego klienci odchodzą. Co ukryłaby ta ocena?',
  'prompt.L8.scores-only':
    '{quarter}: słuchanie klientów dało do tej pory same oceny, ale nigdy nie pokazało, dlaczego klienci odchodzą. Co te oceny ukryły?',
  'prompt.L9.loop-closed':
    '{quarter}: na podstawie informacji zwrotnej podjęto działania i podzielono się nią z ludźmi. Jak zareagowali pracownicy?',
  'prompt.L9.drawer':
    '{quarter}: informacja zwrotna trafiła do szuflady. Czego to uczy pracowników przed następną ankietą?',
  'prompt.L10.empowered':
    '{quarter}: pracownicy dostali swobodę działania ({initiative}). Którą historię z pierwszej linii warto opowiedzieć prezesowi?',
  'prompt.L10.engaged':
    '{quarter}: zaangażowanie pracowników osiągnęło poziom {engagement}. Co sprawiło, że ludziom zależało?',
  'prompt.L10.disengaged':
    '{quarter}: zaangażowanie pracowników spadło do {engagement}. Co sprawiło, że ludziom przestało zależeć?',
  'prompt.L11.money-argument':
    '{quarter}: pieniądze przekonały dział {silo}. Która liczba zaważyła najbardziej?',
  'prompt.L11.report-in-money':
    '{quarter}: raport dla prezesa pokazał wyniki w pieniądzach. Którą liczbę prezes zapamięta?',
  'prompt.L11.report-without-money':
    '{quarter}: raport dla prezesa nie mówił nic o pieniądzach. Jak brzmiałby ten sam raport w języku przychodów?',
  'prompt.L11.review-without-money':
    '{quarter}: podsumowanie roku odbyło się bez wyników w pieniądzach. Ile jest wart dla tej firmy jeden utrzymany klient?',
  'prompt.L12.stayed-the-course':
    'Poparcie prezesa przetrwało do końca gry (na koniec: {support}). Co i kiedy trzeba było pokazać prezesowi?',
  'prompt.L12.patience':
    '{quarter}: poparcie prezesa spadło do {support}. Co można było pokazać wcześniej?',
  'prompt.L12.final-warning':
    'Podsumowanie roku {year} zakończyło się ostatnim ostrzeżeniem od prezesa. Co mogło zmienić zdanie prezesa rok wcześniej?',
  'prompt.L12.nothing-to-show':
    '{quarter}: raport dla prezesa nie pokazał nic nowego. Co powinien zawierać raport i kiedy warto go składać?',
  'prompt.L13.meaningful':
    '{quarter}: inicjatywa „{initiative}” poprawiła to, na czym jej klientom najbardziej zależy. Skąd było wiadomo, co to jest?',
  'prompt.L13.wasted':
    '{quarter}: inicjatywa „{initiative}” poprawiła coś, na czym jej klientom mało zależy. Która grupa klientów czego naprawdę chciała?',
  'prompt.L14.pilot':
    '{quarter}: inicjatywa „{initiative}” zaczęła się od pilotażu. Co pokazał pilotaż, czego nie pokazałby żaden plan?',
  'prompt.L14.pilot-evidence':
    '{quarter}: wyniki pilotażu przekonały dział {silo}. Dlaczego wyniki przekonują tam, gdzie plany zawodzą?',
  'prompt.L14.scaled':
    '{quarter}: inicjatywę „{initiative}” wdrożono w pełni po pilotażu, który pokazał {share}% obiecanego efektu. Co warto teraz sprawdzić w pilotażu?',
  'prompt.L14.scaled-poor':
    '{quarter}: inicjatywę „{initiative}” wdrożono w pełni, choć pilotaż pokazał tylko {share}%. Dlaczego mimo to zdecydowano się iść dalej i ile pozwoliłoby zaoszczędzić jej zatrzymanie?',
  'prompt.L14.dud-rolled-out':
    '{quarter}: inicjatywa „{initiative}”, od razu wdrożona w pełni, dała tylko {share}% obiecanego efektu. Co pokazałby pilotaż?',
  'prompt.event.met':
    '{quarter}: odpowiedź na zdarzenie „{event}” była zgodna z tą lekcją. Dlaczego to była dobra decyzja?',
  'prompt.event.missed':
    '{quarter}: odpowiedź na zdarzenie „{event}” była sprzeczna z tą lekcją. Ile kosztowałaby inna odpowiedź, a co by przyniosła?',
  'prompt.event.defused':
    '{quarter}: zdarzenie „{event}” zażegnała jedna z twoich inicjatyw. Czy bez niej dało się przewidzieć, że nadchodzi?',
  'prompt.L1.unseen':
    'Przez które przekazania między silosami przechodzili twoi klienci? Kiedy można było ich poszukać?',
  'prompt.L2.unseen':
    'Do końca gry {share}% klientów, którzy odeszli, zrezygnowało z powodu swoich doświadczeń z firmą. Kiedy można było zapytać ich o powody?',
  'prompt.L3.unseen':
    'Co rdzeń władzy ({core}) ceni najbardziej i jak inicjatywa dla klientów mogłaby temu służyć?',
  'prompt.L4.unseen':
    'Który z trzech mierników – motywacja, mierzalność, wykonalność – był najsłabszy i co go hamowało?',
  'prompt.L5.unseen':
    '„Za klienta odpowiadają wszyscy” znaczy, że nie odpowiada nikt. Kto odpowiadał za twoich klientów w tej grze?',
  'prompt.L6.unseen': 'Który KPI silosu w tej firmie nagradza coś, co szkodzi klientom?',
  'prompt.L7.unseen':
    'Jak daleko obraz kierownictwa odbiegał od tego, co powiedzieliby klienci, i kiedy można było to sprawdzić?',
  'prompt.L8.unseen':
    'W tej grze nikt nie wysłuchał klientów bezpośrednio. Czego mógłby się dowiedzieć menedżer, dzwoniąc na infolinię?',
  'prompt.L9.unseen': 'Co się stało z tym, co mówili klienci? Kto w firmie w ogóle to zobaczył?',
  'prompt.L10.unseen':
    'Ile pracownicy pierwszej linii mogli naprawić od ręki? Co ich powstrzymywało?',
  'prompt.L11.unseen':
    'Ile jest wart dla tej firmy jeden utrzymany klient? Kiedy można było wycenić go w pieniądzach?',
  'prompt.L12.unseen':
    'Lojalność buduje się latami. Jak udało się utrzymać zaangażowanie prezesa, gdy wyników jeszcze nie było widać?',
  'prompt.L13.unseen':
    'Który etap ścieżki klienta jest najważniejszy dla każdej z twoich grup klientów?',
  'prompt.L14.unseen':
    'Żadnej inicjatywy nie sprawdzono w pilotażu. Co następnym razem warto najpierw wypróbować na małą skalę?',
};

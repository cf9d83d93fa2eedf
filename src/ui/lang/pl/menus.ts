// Polish words of the menus around a game: common words, the title, saves, scenario choice, power cores, the briefing, the top bar, settings and how to play. Translation of ../en/menus.ts. Imports only types.
import type { Translation } from '../dictionary';
import type { menus as english } from '../en/menus';

export const menus: Translation<typeof english> = {
  // --- Common --------------------------------------------------------------------------------
  'common.back': 'Wróć',
  'common.close': 'Zamknij',
  'common.continue': 'Dalej',
  'common.cancel': 'Anuluj',
  'common.loading': 'Wczytywanie…',
  'common.customers': {
    one: '{count} klient',
    few: '{count} klientów',
    many: '{count} klientów',
    other: '{count} klienta',
  },
  'replace.title': 'Zastąpić trwającą grę?',
  'replace.text':
    'Na tym komputerze można przechowywać tylko jedną trwającą grę: {team}, {company}, {turns}. Nowa gra ją zastąpi i nie da się jej już przywrócić.',
  'replace.continue': 'Wróć do tamtej gry',
  'replace.confirm': 'Zastąp i zacznij',
  'keys.unavailable': 'Opcji „{option}” nie można teraz wybrać: {reason}',
  'keys.unavailable-plain': 'Opcji „{option}” nie można teraz wybrać.',

  // --- Something went wrong ---------------------------------------------------------------------
  'problem.title': 'Na tym ekranie coś poszło nie tak',
  'problem.text':
    'Twoja gra jest bezpieczna: została zapisana po twojej ostatniej decyzji. Wróć do niej i graj dalej.',
  'problem.continue': 'Wróć do gry',

  // --- Title -----------------------------------------------------------------------------------
  'title.eyebrow': 'Warsztatowa gra symulacyjna o lojalności klientów',
  'title.tagline':
    'Obejmujesz stanowisko dyrektora ds. klientów (CCO). Masz pięć lat, firmę, którą rządzi jej rdzeń władzy, i klientów, którzy odchodzą po cichu. Zatrzymaj ich.',
  'title.menu': 'Menu główne',
  'title.continue': 'Kontynuuj',
  'title.new-game': 'Nowa gra',
  'title.how-to-play': 'Jak grać',
  'title.settings': 'Ustawienia',
  'title.no-team': 'Zespół bez nazwy',
  'title.not-started': 'przed pierwszą turą',
  'title.after-turns': {
    one: 'po {count} turze',
    few: 'po {count} turach',
    many: 'po {count} turach',
    other: 'po {count} tury',
  },
  'title.keys':
    'Klawisze: Tab przechodzi dalej · Enter zatwierdza · Esc cofa · 1–9 wybierają opcję',
  'title.update-ready': 'Nowa wersja jest gotowa: zacznie działać przy następnym otwarciu gry.',

  // --- Kept results ----------------------------------------------------------------------------
  'kept.title': 'Twoje wyniki',
  'kept.lead': 'Zakończone gry zostają tutaj razem z kodami wyników, dopóki ich nie usuniesz.',
  'kept.score': '{score} pkt',
  'kept.fired': 'Zwolnienie w roku {year} · {score} pkt',
  'kept.open': 'Podsumowanie',
  'kept.copy-code': 'Kopiuj kod wyniku',
  'kept.remove': 'Usuń',
  'kept.remove-sure': 'Usunąć na zawsze?',
  'kept.trouble.damaged':
    'Lista zachowanych wyników na tym komputerze jest uszkodzona. Niczego nie usunięto: pobierz ją i wyślij osobie prowadzącej warsztat. Nowe wyniki trafią na nową listę.',
  'kept.trouble.not-written':
    'Pamięć na tym komputerze jest pełna, więc nie udało się tu zachować wyniku. Skopiuj teraz jego kod i przekaż go osobie prowadzącej warsztat.',
  'kept.download-damaged': 'Pobierz uszkodzoną listę',
  'debrief.kept':
    'To zachowany wynik gry zakończonej {when}. Twoja trwająca gra pozostaje nienaruszona.',

  // --- Saves -----------------------------------------------------------------------------------
  'save.off':
    'Zapisywanie jest wyłączone: ta przeglądarka nie pozwala grze przechowywać danych (tryb prywatny?). Możesz grać, ale po odświeżeniu strony gra przepadnie.',
  'save.trouble.title': 'Nie udało się przywrócić zapisanej gry',
  'save.trouble.not-json': 'Zapisane dane są uszkodzone: w ogóle nie da się ich odczytać.',
  'save.trouble.not-a-save': 'Zapisane dane nie są zapisem gry Power Core.',
  'save.trouble.damaged': 'Zapisane dane są uszkodzone: niektórych części brakuje albo są błędne.',
  'save.trouble.engine-version':
    'Grę zapisano w innej wersji Power Core, która może inaczej rozegrać te same decyzje.',
  'save.trouble.scenario-changed':
    'Plik scenariusza zmienił się od czasu zapisu, więc nie da się dokładnie odtworzyć gry.',
  'save.trouble.scenario-missing':
    'Scenariusz, na którym toczyła się ta gra, nie jest już dostępny.',
  'save.trouble.refused':
    'Zapisanych decyzji nie da się już odtworzyć: ta wersja gry odrzuca jedną z nich.',
  'save.trouble.keep':
    'Nic nie zostało usunięte. Pobierz zapis, żeby go zachować (osoba prowadząca warsztat może pomóc), a potem zacznij od nowa.',
  'save.trouble.download': 'Pobierz zapis gry',
  'save.trouble.forget': 'Porzuć zapis i zacznij od nowa',
  'save.conflict.title': 'Ta gra toczy się w innym oknie',
  'save.conflict.lead':
    'Inne okno lub karta Power Core na tym komputerze zapisała grę później niż to okno. To okno przestało zapisywać, żeby żadna gra nie nadpisała drugiej.',
  'save.conflict.theirs': 'Zapisana w drugim oknie',
  'save.conflict.ours': 'Rozgrywana w tym oknie',
  'save.conflict.none':
    'Drugie okno usunęło zapis gry albo zostawiło taki, którego ta wersja nie potrafi odczytać.',
  'save.conflict.finished': 'zakończona',
  'save.conflict.take': 'Graj dalej grą z drugiego okna',
  'save.conflict.title-screen': 'Przejdź do ekranu tytułowego',
  'save.conflict.keep': 'Zostań przy grze z tego okna (zastąpi drugi zapis)',
  'save.conflict.advice': 'Zamknij okno, którego już nie używasz, żeby toczyła się jedna gra.',

  // --- Scenario choice ---------------------------------------------------------------------------
  'scenario.title': 'Wybierz firmę',
  'scenario.lead':
    'Każdą firmą rządzi inny rdzeń władzy. Zespoły, które wybiorą tę samą firmę, ziarno i poziom trudności, rozgrywają dokładnie tę samą grę.',
  'scenario.companies': 'Firmy',
  'scenario.options': 'Opcje gry',
  'scenario.broken': 'Tego scenariusza nie da się rozegrać: {problem}',
  'scenario.size': 'Silosy: {silos} · segmenty klientów: {segments} · klienci: {customers}',
  'scenario.team': 'Nazwa zespołu',
  'scenario.seed': 'Ziarno',
  'scenario.seed-note':
    'Zespoły, które wpiszą to samo ziarno, trafiają na ten sam rynek i te same zdarzenia.',
  'scenario.new-seed': 'Nowe ziarno',
  'scenario.seat-time': 'Czas gry',
  'scenario.authority': 'Twój przełożony',
  'scenario.urgency': 'Sytuacja',
  'scenario.guided': 'Poprowadź mnie przez pierwszy kwartał',
  'scenario.guided.half': 'Poprowadź mnie przez pierwsze półrocze',
  'scenario.start': 'Start',
  'seat.quarters': '20 kwartałów',
  'seat.quarters.note': '60–80 min gry',
  'seat.half-years': '10 półroczy',
  'seat.half-years.note': '35–45 min gry',
  'authority.ceo': 'Prezes',
  'authority.ceo.note': 'standard',
  'authority.vp': 'Wiceprezes',
  'authority.vp.note': 'trudniej',
  'urgency.steady': 'Powolny spadek',
  'urgency.steady.note': 'standard',
  'urgency.crisis': 'Kryzys odpływu',
  'urgency.crisis.note': 'trudniej: mniej cierpliwości',

  // --- Power cores -------------------------------------------------------------------------------
  'core.product': 'Produkt',
  'core.marketing': 'Marketing',
  'core.sales': 'Sprzedaż',
  'core.specialty': 'Eksperci',
  'core.it': 'IT',
  'core.customer': 'Klient',
  'core.product.explain':
    'Tą firmą rządzą inżynierowie i ludzie od produktu. Liczą się tu innowacje i jakość wykonania, a firma jest dumna z tego, co wytwarza. Ślepa plamka: budowanie tego, co podziwiają inżynierowie, zamiast tego, czego chcą klienci. Mów ich językiem – dowody, pilotaże, jakość – a będą cię słuchać.',
  'core.marketing.explain':
    'Tą firmą rządzi marketing. Liczą się tu kampanie, marka i błyskotliwa taktyka. Ślepa plamka: obietnica marki, której reszta firmy nie dotrzymuje. Zrób z pracy dla klientów opowieść o marce i oddaj jej prowadzenie marketingowi.',
  'core.sales.explain':
    'Tą firmą rządzi sprzedaż. Liczą się tu plany sprzedażowe, wyniki i nowe kontrakty. Ślepa plamka: po podpisaniu umowy o kliencie się zapomina, a handlowcy obiecują to, czego obsługa nie jest w stanie dowieźć. Rozmawiaj o odnowieniach, przychodach i realizacji planu, a nie o uczuciach.',
  'core.specialty.explain':
    'Tą firmą rządzą eksperci – ludzie, od których specjalistycznej wiedzy zależy cały biznes. Liczą się tu fachowość, precyzja i kontrola ryzyka. Ślepa plamka: wąskie spojrzenie i opór wobec zmian. Przynoś dowody, zaczynaj od pilotaży i pokazuj, jakim ryzykiem jest utrata klientów.',
  'core.it.explain':
    'Tą firmą rządzi IT. Liczą się tu systemy, architektura i własny budżet na rozwój. Ślepa plamka: narzędzia budowane pod potrzeby firmy, a nie klienta. Przedstawiaj pracę dla klientów jako lepsze systemy – mierzone i sprawdzane w pilotażu.',
  'core.customer.explain':
    'Ta firma jest zbudowana wokół swoich klientów: żaden silos nie dominuje. Liczy się to, czego chcą klienci. Ślepe plamki: samozadowolenie („przecież już myślimy o klientach”) i kultura, która rozmywa się w miarę, jak firma rośnie. Nie przestawaj słuchać klientów, mierz uczciwie i chroń ludzi, którzy tworzą doświadczenie klienta.',

  // --- Briefing ----------------------------------------------------------------------------------
  'briefing.eyebrow': 'Wprowadzenie',
  'briefing.to-title': 'Ekran tytułowy',
  'briefing.core': 'Rdzeń władzy: {core}',
  'briefing.core-hint':
    'Nie próbuj zmieniać rdzenia władzy. Współpracuj z nim: przedstawiaj swoje racje jego językiem i proś osobę, która nim kieruje, żeby objęła patronatem to, co do niego pasuje.',
  'briefing.mandate': 'Twój mandat',
  'briefing.ceo-expects': 'Czego oczekuje {name}',
  'briefing.customers': 'Twoi klienci',
  'briefing.org': 'Kto czym kieruje',
  'briefing.guided': 'Poprowadź mnie przez pierwszy kwartał',
  'briefing.guided.half': 'Poprowadź mnie przez pierwsze półrocze',
  'briefing.start': 'Rozpocznij pierwszy kwartał',
  'briefing.start.half': 'Rozpocznij pierwsze półrocze',

  // --- Time --------------------------------------------------------------------------------------
  'time.year-quarter': 'Rok {year} · kw. {quarter}',
  'time.year-half': 'Rok {year} · półrocze {half}',

  // --- Top bar -----------------------------------------------------------------------------------
  'top.label': 'Twoje zasoby',
  'top.turns-left': {
    one: 'ostatnia tura',
    few: 'zostały {count} tury',
    many: 'zostało {count} tur',
    other: 'zostało {count} tury',
  },
  'top.budget': 'Budżet',
  'top.budget.note': 'do końca roku',
  'top.capital': 'Kapitał polityczny',
  'top.action-points': 'Twój czas',
  'top.action-points.aria': {
    one: 'Twój czas: w tej turze został ci {count} ruch',
    few: 'Twój czas: w tej turze zostały ci {count} ruchy',
    many: 'Twój czas: w tej turze zostało ci {count} ruchów',
    other: 'Twój czas: w tej turze zostało ci {count} ruchu',
  },
  'top.ceo-support': 'Poparcie prezesa',
  'top.saved': 'Zapisano',
  'top.saving-off': 'Bez zapisu',
  'top.menu': 'Menu',

  // --- Settings ----------------------------------------------------------------------------------
  'settings.title': 'Ustawienia',
  'settings.language': 'Język',
  'settings.text-size': 'Rozmiar tekstu',
  'settings.size.normal': 'Normalny',
  'settings.size.large': 'Duży',
  'settings.size.larger': 'Większy',
  'settings.reduced-motion': 'Mniej animacji',
  'settings.reduced-motion.note': 'bez ruchów kamery, chodzących postaci i animowanych liczników',
  'settings.sound': 'Efekty dźwiękowe',
  'settings.music': 'Muzyka',
  'settings.music.note': 'spokojny, zapętlony podkład w tle',
  'settings.volume': 'Głośność: {value}%',
  'settings.not-remembered':
    'Ta przeglądarka nie pozwala grze przechowywać danych: ustawienia obowiązują do zamknięcia strony.',

  // --- How to play -------------------------------------------------------------------------------
  'how.title': 'Jak grać',
  'how.goal.title': 'Twój cel',
  'how.goal.text':
    'Firma po raz pierwszy ma dyrektora ds. klientów (CCO) – to ty. Masz pięć lat, żeby zatrzymać odpływ klientów. Nie kierujesz żadnym działem: do wszystkiego, co robisz, potrzebujesz silosów – a jeden z nich, rdzeń władzy, rządzi firmą.\nNa koniec twoja firma zostaje porównana ze swoim bliźniakiem, który nic nie robi: z tą samą firmą, z tym samym szczęściem, tylko bez ciebie.',
  'how.quarter.title': 'Kwartał',
  'how.quarter.text':
    'Kwartał może się zacząć od zdarzenia: w firmie coś się dzieje, a ty decydujesz, jak zareagować.\nPotem wykorzystujesz swój czas (ruchy), budżet i kapitał polityczny: uruchamiasz inicjatywy, negocjujesz z szefami działów, słuchasz klientów, składasz raport prezesowi.\nZakończ kwartał (E) i zobacz, jak klienci przychodzą i odchodzą. Raport pokaże, co się zmieniło i dlaczego.',
  'how.numbers.title': 'Trzy wersje każdej liczby',
  'how.numbers.text':
    'To, w co wierzy firma, to, co udało ci się zmierzyć, i prawda. W twoim kokpicie wartości, których nikt nie zmierzył, pokazują przekonania firmy: zbyt optymistyczne, zwłaszcza co do tego, co dostarcza sam rdzeń władzy. W każdym segmencie klientów jeden etap jest zwykle dużo gorszy, niż ktokolwiek sądzi – a wykryć go można tylko, pytając klientów.\nPomiary się starzeją: po dwóch kwartałach przestają się liczyć jako dowód, a ich niepewność rośnie. Prawda wychodzi na jaw w podsumowaniu gry.',
  'how.listen.title': 'Słuchanie i naprawianie',
  'how.listen.text':
    'Usprawnienie działa w pełni tylko tam, gdzie wiesz, czego klienci oczekują na danym etapie, bo niedawno to zmierzono (krótkie ankiety, telefony menedżerów do klientów, bezpośrednie słuchanie). Tam, gdzie odchodzący klienci wskazują ten etap jako powód odejścia (rozmowy z odchodzącymi klientami), działa w dużej mierze. Gdy działasz na wyczucie, większość efektu przepada. Wiedza o tym, dlaczego klienci odchodzą, pomaga też pracownikom ich odzyskiwać.\nZadowolenie mierzy się w skali od 0 do 100: 50 oznacza, że klienci dostają to, czego oczekują; powyżej jest lepiej, poniżej – rozczarowanie. Etapy ścieżki klienta mierzy się inaczej: jako jakość każdego kroku. Liczy się to, o ile ta jakość odstaje od oczekiwań klientów.\nOpinie, które zbierasz, ale na które nikt nie reaguje, rodzą cynizm: zamykaj pętlę informacji zwrotnej.',
  'how.pilots.title': 'Pilotaże',
  'how.pilots.text':
    'Katalog pokazuje, co inicjatywa obiecuje. Jak sprawdzi się w tej firmie, nie wiadomo: często słabiej, czasem wcale, a od czasu do czasu wręcz szkodzi. Pilotaż kosztuje mniej więcej jedną trzecią pełnego wdrożenia, trwa dwa kwartały i pokazuje, jak inicjatywa działa właśnie tutaj. Rozszerzaj to, co działa (zadziała wtedy lepiej, bo wiesz już więcej), i zatrzymuj to, co nie działa.\nSzefowie działów opierają się pełnemu wdrożeniu czegoś, czego nikt jeszcze nie widział w działaniu, a porażka kosztuje cię ich zaufanie i część poparcia prezesa.',
  'how.negotiate.title': 'Negocjacje',
  'how.negotiate.text':
    'Większość inicjatyw wymaga udziału innych silosów. Szefowie działów są rozliczani ze swoich KPI, każdy ma własny charakter i ufa ci w różnym stopniu. Wybierz argument: odwołaj się do ich KPI, przytocz słowa klientów, pokaż pieniądze, zaproponuj coś w zamian, poproś o pilotaż, oddaj im patronat albo eskaluj sprawę do prezesa. Ten sam argument użyty ponownie wobec tej samej osoby traci siłę.\nW odpowiedzi dostajesz pełne zaangażowanie, zgodę tylko na pilotaż, pozorną zgodę, za którą po cichu niewiele idzie, albo odmowę – zawsze z uzasadnieniem.\nOtwórz pokój działu, a zobaczysz, co ostatnio wpłynęło na zaufanie osoby, która nim kieruje, i co już dźwiga ten silos.',
  'how.silos.title': 'Silosy, przekazania i rdzeń władzy',
  'how.silos.text':
    'Każdy silos udźwignie tylko określoną liczbę inicjatyw (inicjatywa, w której prosisz o niewiele, zajmuje pół miejsca). Przeciążony silos dowozi tylko część tego, co obiecał, i częściej odmawia.\nNa kolejnych etapach ścieżki klienci są przekazywani z silosu do silosu. Tam, gdzie silosy współpracują – ich wskaźniki są powiązane z celami dotyczącymi klientów, a ich szefowie ci ufają – usprawnienia docierają do klienta. Tam, gdzie nie współpracują, przy każdym przekazaniu część każdego usprawnienia przepada. Uzgodnienia się rozmywają, jeśli nikt nie spina silosów ze sobą.\nMów językiem rdzenia władzy: inicjatywy i argumenty, które do niego pasują, zdobywają jego zaufanie, a gdy rdzeń staje po twojej stronie, udźwignie więcej i wszystko idzie łatwiej.',
  'how.gauges.title': 'Mierniki i pierwsza linia',
  'how.gauges.text':
    'Motywacja, mierzalność i wykonalność decydują o tym, jaka część efektu każdej inicjatywy naprawdę się pojawi. Zaangażowanie pracowników działa jak mnożnik dla wszystkiego.\nKażda inicjatywa dokłada pierwszej linii nowych procedur: powyżej trzech zaangażowanie spada – chyba że pracownicy dostają swobodę działania (własny osąd zamiast sztywnych reguł, fundusz na rozwiązywanie problemów od ręki, jedna osoba odpowiedzialna za każdą skargę). To pozwala udźwignąć obciążenie i podnosi zaangażowanie.\nPrzejdź klawiszem Tab do miernika po prawej albo najedź na niego kursorem, żeby zobaczyć, co zmieniło go w ostatniej turze – w punktach, które się sumują: inicjatywy, obciążenie, przeciążone silosy, prezes i powrót do zwykłego poziomu.',
  'how.ceo.title': 'Prezes',
  'how.ceo.text':
    'Poparcie prezesa słabnie, dopóki nie widać wyników. Raport pokazuje twoje wyniki na tle prognozy dla firmy, która nic nie robi: ilu klientów udało się utrzymać (do tego potrzebujesz kogoś, kto liczy klientów pozyskanych i utraconych), i świeżo zmierzone zadowolenie – w pieniądzach, jeśli masz model wartości klienta. Prezes docenia to, co nowe od twojego ostatniego raportu; raport bez nowości kosztuje cię wiarygodność.\nPrzy każdym podsumowaniu roku prezes ustala twój budżet na kolejny rok. Gdy poparcie spadnie do zera, tracisz stanowisko.',
  'how.score.title': 'Wynik',
  'how.score.text':
    'Maksymalnie 1000 punktów: jaką część klientów z początku gry udało się utrzymać i jaki zysk udało się osiągnąć – jedno i drugie w porównaniu z bliźniakiem; prawdziwe zadowolenie klientów; zaangażowanie pracowników; zgranie silosów i poparcie prezesa. Przy remisie decyduje liczba utrzymanych klientów, a potem zysk.',
  'how.keys.title': 'Klawisze',
  'how.keys.text':
    'Tab i Shift+Tab przenoszą między elementami; Enter zatwierdza; Esc cofa albo zamyka.\nCyfry 1–9 wybierają opcję na każdej liście – w widoku biura otwierają pokoje.\nI inicjatywy · L słuchanie klientów · R lub C prezes · E koniec kwartału · M menu.',
};

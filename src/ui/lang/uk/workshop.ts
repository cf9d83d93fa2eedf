// Ukrainian words of workshops: joining, the facilitator's pages, a scenario file's problems, the leaderboard and verifying results. Part of the Ukrainian dictionary. Imports only the types.
import type { Translation } from '../dictionary';
import type { workshop as english } from '../en/workshop';

export const workshop: Translation<typeof english> = {
  // --- Workshop: title entries, files, join -----------------------------------------------------
  'title.join': 'Приєднатися до воркшопу',
  'title.facilitator': 'Для фасилітаторів',
  'file.scenario-label': 'Завантажити файл сценарію',
  'file.scenario-hint':
    'Перетягніть сюди файл .yaml або .json чи натисніть Enter, щоб обрати його.',
  'file.checking': 'Перевірка файлу {name}…',
  'file.problems': {
    one: '{name}: виявлено {count} проблему',
    few: '{name}: виявлено {count} проблеми',
    many: '{name}: виявлено {count} проблем',
    other: '{name}: виявлено {count} проблеми',
  },
  'file.whole': 'увесь файл',
  'file.line': 'рядок {line}, стовпець {column}',
  'file.more-problems': {
    one: '…і ще {count} проблема.',
    few: '…і ще {count} проблеми.',
    many: '…і ще {count} проблем.',
    other: '…і ще {count} проблеми.',
  },
  'file.too-large': 'Файл завеликий ({size} КБ): гра читає файли розміром до {max} КБ.',
  'file.unreadable': 'Не вдалося прочитати цей файл.',

  // --- A scenario file's problems (src/scenario/problem.ts lists the keys) ------------------------
  // Reading the file
  'scenario-problem.file-too-large':
    'Файл завеликий ({size} КБ): файл сценарію може мати щонайбільше {max} КБ.',
  'scenario-problem.empty-file': 'Файл порожній.',
  'scenario-problem.binary':
    'Це не текстовий файл (схоже, що це двійковий файл, наприклад зображення чи електронна таблиця).',
  'scenario-problem.duplicate-key':
    'Ключ {key} трапляється двічі в одній групі; ключі не можуть повторюватися.',
  'scenario-problem.duplicate-key-unnamed':
    'Той самий ключ трапляється двічі в одній групі; ключі не можуть повторюватися.',
  'scenario-problem.too-deep': {
    one: 'Файл має надто глибоку вкладеність (понад {count} рівень).',
    few: 'Файл має надто глибоку вкладеність (понад {count} рівні).',
    many: 'Файл має надто глибоку вкладеність (понад {count} рівнів).',
    other: 'Файл має надто глибоку вкладеність (понад {count} рівня).',
  },
  'scenario-problem.aliases':
    'Аліаси та якорі YAML (*назва, &назва) у файлах сценаріїв заборонені; запишіть значення повністю.',
  'scenario-problem.alias-error':
    'Аліаси та якорі YAML (*назва, &назва) у файлах сценаріїв заборонені.',
  'scenario-problem.forbidden-key': 'Ключ {key} у файлах сценаріїв заборонений.',
  'scenario-problem.complex-key': 'Ключі мають бути простими назвами, а не списками чи групами.',
  'scenario-problem.tag': 'Тег YAML {tag} у файлах сценаріїв заборонений.',
  'scenario-problem.custom-tags': 'Власні теги YAML у файлах сценаріїв заборонені.',
  'scenario-problem.too-deep-to-read':
    'Файл не вдається прочитати: він має надто глибоку вкладеність.',
  'scenario-problem.unreadable': 'Не вдалося прочитати файл ні як JSON, ні як YAML.',
  'scenario-problem.tabs': 'Відступ у цьому рядку зроблено табуляцією; використовуйте пробіли.',
  'scenario-problem.colon-in-text':
    'Текст містить двокрапку з пробілом (": "), тому його треба взяти в лапки: {fix}',
  'scenario-problem.colon-at-end':
    'Текст закінчується двокрапкою, тому його треба взяти в лапки: {fix}',
  'scenario-problem.text-after-quote':
    'Текст продовжується після закривальної лапки; лапки мають охоплювати весь текст: {fix}',
  'scenario-problem.unclosed-quote':
    'Цей текст починається з лапки, яку ніде не закрито; завершіть текст такою самою лапкою ({quote}).',
  'scenario-problem.unclosed-bracket':
    'Дужку {open}, відкриту тут, ніде не закрито; додайте {close} там, де закінчується список або група.',
  'scenario-problem.no-space-after-colon': 'Після двокрапки за назвою поля має бути пробіл: {fix}',
  'scenario-problem.missing-colon': 'Після назви поля мають бути двокрапка й пробіл: {fix}',
  'scenario-problem.no-space-after-dash': 'Після дефіса елемента списку має бути пробіл: {fix}',
  'scenario-problem.missing-comma':
    'Після цього значення бракує коми: у дужках [ ] і { } елементи розділяють комами.',
  'scenario-problem.indentation':
    'Відступ цього рядка не збігається з сусідніми рядками: поля однієї групи мають починатися в тому самому стовпці.',
  'scenario-problem.flow-indent':
    'Цей рядок продовжує [ … ] або { … } з рядка вище, тому його відступ має бути більшим, ніж у рядка, де відкривається дужка.',
  'scenario-problem.not-yaml': 'У цьому місці файл не є коректним JSON чи YAML: {detail}',
  // The fields against the schema ({value}: a value from the file, or a scenario-problem.value phrase in
  // the accusative, after «вказано»; scenario-scenario-problem.type phrases in the instrumental, after «має бути»)
  'scenario-problem.missing': 'бракує обов’язкового поля',
  'scenario-problem.unknown-field': 'такого поля тут немає',
  'scenario-problem.unknown-field-hint':
    'такого поля тут немає (можливо, ви мали на увазі {hint}?)',
  'scenario-problem.not-group': 'має бути групою полів, а вказано {value}',
  'scenario-problem.min-value': 'має бути щонайменше {min}, а вказано {value}',
  'scenario-problem.max-value': 'має бути щонайбільше {max}, а вказано {value}',
  'scenario-problem.not-integer': 'має бути цілим числом, а вказано {value}',
  'scenario-problem.empty-text': 'текст не може бути порожнім',
  'scenario-problem.too-long': {
    one: 'текст задовгий (щонайбільше {count} символ)',
    few: 'текст задовгий (щонайбільше {count} символи)',
    many: 'текст задовгий (щонайбільше {count} символів)',
    other: 'текст задовгий (щонайбільше {count} символу)',
  },
  'scenario-problem.too-few-items': {
    one: 'список має містити щонайменше {count} елемент, а містить {has}',
    few: 'список має містити щонайменше {count} елементи, а містить {has}',
    many: 'список має містити щонайменше {count} елементів, а містить {has}',
    other: 'список має містити щонайменше {count} елемента, а містить {has}',
  },
  'scenario-problem.too-many-items': {
    one: 'список може містити щонайбільше {count} елемент, а містить {has}',
    few: 'список може містити щонайбільше {count} елементи, а містить {has}',
    many: 'список може містити щонайбільше {count} елементів, а містить {has}',
    other: 'список може містити щонайбільше {count} елемента, а містить {has}',
  },
  'scenario-problem.pattern': 'має бути {pattern}, а вказано {value}',
  'scenario-problem.pattern.id':
    'ідентифікатором (від 1 до 48 символів: малі латинські літери a–z, цифри й дефіси)',
  'scenario-problem.pattern.language':
    'кодом мови: дві малі латинські літери, за потреби з дефісом і двома великими літерами регіону (en, pl, uk, pt-BR)',
  'scenario-problem.pattern.silo-ref':
    'ідентифікатором силосу або словом role: з назвою ролі (малі латинські літери a–z, цифри й дефіси)',
  'scenario-problem.one-of': 'має бути одним зі значень: {options}, а вказано {value}',
  'scenario-problem.one-of-hint':
    'має бути одним зі значень: {options}, а вказано {value} (можливо, ви мали на увазі {hint}?)',
  'scenario-problem.literal': 'має бути {expected}, а вказано {value}',
  'scenario-problem.not-text':
    'має бути текстом або окремим текстом для кожної мови, наприклад { en: "…" }, а вказано {value}',
  'scenario-problem.no-language': 'вкажіть текст хоча б однією мовою',
  'scenario-problem.min-above-max': 'значення min не може бути більшим за max',
  'scenario-problem.wrong-type': 'має бути {wanted}, а вказано {value}',
  'scenario-problem.type.number': 'числом',
  'scenario-problem.type.text': 'текстом',
  'scenario-problem.type.boolean': 'значенням true або false',
  'scenario-problem.type.list': 'списком',
  'scenario-problem.type.group': 'групою полів',
  'scenario-problem.type.fixed': 'фіксованим значенням',
  'scenario-problem.type.other': 'чимось іншим',
  'scenario-problem.value.empty': 'порожнє значення',
  'scenario-problem.value.nan': 'значення, яке не є числом',
  'scenario-problem.value.infinite': 'нескінченність',
  'scenario-problem.value.list': 'список',
  'scenario-problem.value.group': 'групу полів',
  'scenario-problem.quoted': '«{text}»',
  // How the fields fit together
  'scenario-problem.duplicate-id.segment': 'інший сегмент уже має ідентифікатор {id}',
  'scenario-problem.duplicate-id.silo': 'інший силос уже має ідентифікатор {id}',
  'scenario-problem.duplicate-id.initiative': 'інша ініціатива вже має ідентифікатор {id}',
  'scenario-problem.duplicate-id.event': 'інша подія вже має ідентифікатор {id}',
  'scenario-problem.duplicate-option-id': 'інший варіант цієї події вже має ідентифікатор {id}',
  'scenario-problem.unknown-silo':
    'посилається на силос {id}, але силосу з таким ідентифікатором немає',
  'scenario-problem.core-silo-required':
    'це поле обов’язкове: вкажіть силос, який є ядром влади (powerCore: {core})',
  'scenario-problem.weights-sum': 'ваги мають у сумі давати 1, а дають {total}',
  'scenario-problem.unknown-segment':
    'посилається на сегмент {id}, але сегмента з таким ідентифікатором немає',
  'scenario-problem.unknown-role': 'потребує силосу з роллю {role}, але жоден силос її не має',
  'scenario-problem.unknown-shared-initiative':
    'посилається на спільну ініціативу {id}, але ініціативи з таким ідентифікатором немає',
  'scenario-problem.last-before-first': 'має бути не раніше за firstQuarter ({first})',
  'scenario-problem.unknown-option':
    'посилається на варіант {id}, але в цієї події немає варіанта з таким ідентифікатором',
  'scenario-problem.default-costs':
    'не може нічого коштувати: цей варіант спрацьовує, коли ніхто нічого не робить',
  'scenario-problem.unknown-initiative': 'посилається на ініціативу {id}, але її немає в каталозі',
  'scenario-problem.excluded-initiative':
    'посилається на ініціативу {id}, але цей файл виключає її зі спільних ініціатив (defaultInitiatives.exclude), тож вона ніколи не запуститься',
  // The list, and where a problem is (the command line's words)
  'scenario-problem.more': {
    one: '… і ще {count} проблема.',
    few: '… і ще {count} проблеми.',
    many: '… і ще {count} проблем.',
    other: '… і ще {count} проблеми.',
  },
  'scenario-problem.file': '(файл)',
  'scenario-problem.line': 'рядок {line}',
  'scenario-problem.line-column': 'рядок {line}, стовпець {column}',
  // Finding the file, and the checker
  'scenario-problem.no-such-file': 'такого файлу немає',
  'scenario-problem.folder': 'це тека, а не файл',
  'scenario-problem.too-large-to-read': 'файл завеликий ({size} КБ)',
  'scenario-problem.no-built-in': 'вбудованого сценарію {id} немає',
  'scenario-problem.checker-stopped': 'перевірку перервано',
  'scenario-problem.no-answer': 'перевірка не дала відповіді',
  'scenario-problem.text': '{text}',
  'preview.company': 'Компанія',
  'preview.core': 'Ядро влади',
  'preview.silos': 'Силоси',
  'preview.segments': 'Клієнти',
  'preview.content': 'Вміст',
  'preview.counts': 'Ініціатив: {initiatives}, подій: {events}',
  'scenario.from-file': 'З файлу {name}',
  'join.title': 'Приєднатися до воркшопу',
  'join.lead':
    'Введіть код, який ви отримали від фасилітатора: код воркшопу або код чи адресу кімнати наживо. Усі команди з однаковим кодом грають ту саму гру.',
  'join.code': 'Код воркшопу або кімнати',
  'join.problem.empty': 'Введіть код.',
  'join.problem.characters': 'Код складається лише з літер і цифр.',
  'join.problem.length':
    'Код воркшопу складається з 13 літер і цифр (наприклад, ABCD-EFGH-JKMN-P).',
  'join.problem.check': 'У коді є помилка: звірте його символ за символом.',
  'join.problem.version': 'Цей код створено в іншій версії Power Core.',
  'join.problem.seed': 'Код пошкоджено: звірте його символ за символом.',
  'join.game': 'Ядро влади: {core} · зерно {seed} · {seat} · ваш керівник: {authority} · {urgency}',
  'join.needs-file':
    'Цей код прив’язаний до файлу сценарію, який використовує фасилітатор. Щоб почати, завантажте той самий файл.',
  'join.wrong-file':
    'Файл {name} містить іншу версію сценарію, ніж та, для якої створено цей код. Попросіть у фасилітатора правильний файл.',
  'join.start': 'Почати гру',
  'join.problem.room-address':
    'Це код кімнати наживо. Введіть повну адресу кімнати так, як її показує фасилітатор (вона починається з http://).',
  'join.room.title': 'Кімната наживо {code}',
  'join.room':
    'За адресою {address}. Ваші рішення одразу потрапляють на екран фасилітатора; сама гра працює тут, як завжди.',
  'join.room.joining': 'Приєднання до кімнати…',
  'join.room.problem.no-room':
    'За адресою {address} немає кімнати з таким кодом. Звірте код із фасилітатором.',
  'join.room.problem.closed': 'Цю кімнату закрито: фасилітатор більше не приймає ігор.',
  'join.room.problem.name': 'Дайте команді назву (до 60 символів).',
  'join.room.problem.name-taken':
    'Інша команда в цій кімнаті вже має таку назву. Оберіть іншу або приєднайтеся знову кодом своєї команди нижче.',
  'join.room.problem.rejoin':
    'Це не код повторного приєднання жодної команди в цій кімнаті. Ваша команда бачить свій код під час гри (8 літер і цифр).',
  'join.room.problem.too-fast': 'Кімната зайнята: спробуйте за мить.',
  'join.room.problem.unreachable':
    'Кімната за адресою {address} не відповідає. Перевірте адресу і те, що цей комп’ютер у мережі кімнати.',
  'join.room.problem.no-rooms':
    'Ця копія гри не може приєднуватися до кімнат наживо. Відкрийте адресу, яку дає фасилітатор.',
  'join.room.problem.scenario': 'Не вдалося завантажити сценарій кімнати в цьому браузері.',
  'join.rejoin': 'Ваша команда вже в цій кімнаті на іншому комп’ютері? Приєднайтеся до неї тут',
  'join.rejoin.code': 'Код повторного приєднання команди',
  'join.rejoin.start': 'Приєднатися до команди',
  'room.label': 'Кімната наживо',
  'room.badge': 'Кімната {code}',
  'room.badge.online': 'Кімната {code} · з’єднано',
  'room.badge.offline': 'Кімната {code} · немає з’єднання',
  'room.offline':
    'Зараз немає з’єднання з кімнатою. Грайте далі: гра зберігається тут, а кімната надолужить усе, коли з’єднання відновиться.',
  'room.rejoin': 'Код для іншого комп’ютера: {code}',
  'room.held':
    'Фасилітатор зупинив усі команди після {year}-го року для обговорення. Можна роздивитися; рішення зачекають, доки гру не буде відновлено.',
  'room.countdown': 'Цей раунд закінчується о {time}.',
  'room.message': 'Від фасилітатора: {text}',
  'room.closed':
    'Кімнату закрито. Гра триває тут; наприкінці передайте фасилітатору код результату з підсумку гри.',
  'room.refused':
    'Кімната не прийняла одне з рішень цієї гри. Гра триває тут; наприкінці передайте фасилітатору код результату з підсумку гри.',
  'room.adopted': 'Ваша команда грала далі на іншому комп’ютері: тепер це гра з кімнати.',
  'room.waiting': {
    one: '{count} рішення чекає на надсилання до кімнати.',
    few: '{count} рішення чекають на надсилання до кімнати.',
    many: '{count} рішень чекають на надсилання до кімнати.',
    other: '{count} рішення чекає на надсилання до кімнати.',
  },

  // --- Facilitator --------------------------------------------------------------------------------
  'fac.agenda': 'Орієнтовна програма: 90 хвилин або пів дня',
  'fac.agenda.short': '90 хвилин (10 півріч)',
  'fac.agenda.long': 'Пів дня (20 кварталів)',
  'fac.agenda.welcome': 'Привітання, постановка завдання, як грати',
  'fac.agenda.welcome.short': '10 хв',
  'fac.agenda.welcome.long': '20 хв',
  'fac.agenda.play': 'Гра',
  'fac.agenda.play.short': '45 хв',
  'fac.agenda.play.long': '90 хв, після 2-го року — 15-хвилинна перерва',
  'fac.agenda.results': 'Коди результатів — у рейтинг',
  'fac.agenda.results.short': '5 хв',
  'fac.agenda.results.long': '10 хв',
  'fac.agenda.debrief':
    'Підсумок гри: спершу вкладка «Обговорення» в кожній команді, потім уся група разом',
  'fac.agenda.debrief.short': '25 хв',
  'fac.agenda.debrief.long': '45 хв',
  'fac.agenda.spare': 'Резерв часу',
  'fac.agenda.spare.short': '5 хв',
  'fac.agenda.spare.long': '15 хв і перерви',
  'fac.title': 'Для фасилітаторів',
  'fac.lead':
    'Підготуйте воркшоп, перевірте власний сценарій, а наприкінці порівняйте результати команд.',
  'fac.workshop': 'Створити код воркшопу',
  'fac.workshop.note':
    'Оберіть компанію, зерно й рівень складності: команди вводять код і грають ту саму гру.',
  'fac.check': 'Перевірити файл сценарію',
  'fac.check.note':
    'Ще до воркшопу знайдіть проблеми у власному сценарії та подивіться, чи добре він працює в грі.',
  'fac.leaderboard': 'Рейтинг',
  'fac.leaderboard.note':
    'Вставте коди результатів команд або перетягніть їхні файли: кожну гру буде відтворено й перевірено.',
  'fac.live': 'Стежити за кімнатою наживо',
  'fac.live.note':
    'Гра кожної команди в реальному часі, у кімнаті, запущеній через npm run room: пауза, відлік часу, повідомлення.',
  'workshop.title': 'Створити код воркшопу',
  'workshop.lead':
    'У код входить усе, що визначає гру. Зачитайте його вголос або покажіть на проєкторі.',
  'workshop.scenario': 'Компанія',
  'workshop.code': 'Код воркшопу',
  'workshop.no-scenario': 'Спершу оберіть компанію.',
  'workshop.tell-teams':
    'Команди обирають «Приєднатися до воркшопу» на головному екрані й вводять цей код.',
  'workshop.custom-note':
    'Цей код створено для вашого файлу {name}: дайте командам саме цей файл. Змінений файл не підійде.',
  'workshop.copy': 'Копіювати код',
  'check.title': 'Перевірити файл сценарію',
  'check.lead':
    'Ті самі перевірки, що й `npm run check-scenario`, а потім швидкий прогін автоматичних гравців: чи вчить сценарій того, чого має вчити.',
  'check.how':
    'Завантажте файл сценарію, щоб його перевірити. Кожне поле пояснено в посібнику scenarios/README.md.',
  'check.valid': 'Файл {name} містить коректний сценарій.',
  'check.balance': 'Швидка перевірка балансу',
  'check.balance-note':
    'Автоматичні гравці (бездіяльний, випадковий, «класичні помилки», експерт та інші) багато разів проходять ваш сценарій.',
  'check.seeds-label': 'Ігор на гравця',
  'check.seeds': {
    one: '{count} зерно',
    few: '{count} зерна',
    many: '{count} зерен',
    other: '{count} зерна',
  },
  'check.run': 'Запустити',
  'check.cancel': 'Скасувати',
  'check.progress': 'Прогрес перевірки балансу',
  'check.played': 'Зіграно ігор: {done} з {total}…',
  'check.cancelled': 'Скасовано.',
  'check.failed': 'Перевірка зупинилася: {message}',
  'check.finished': 'Зіграно ігор: {total}.',
  'check.met': 'Виконано',
  'check.missed': 'Не виконано',
  'target.do-nothing-loses-40-60':
    'Компанія, яка нічого не робить, має за п’ять років втратити 40–60% початкових клієнтів: вона втрачає {lost}.',
  'target.controllable-60-73':
    'Серед клієнтів, що пішли, частка тих, кого відштовхнув клієнтський досвід, має становити 60–73%: зараз {controllable}.',
  'target.expert-beats-twin-90':
    'Експерт має випереджати бездіяльну компанію щонайменше у 90% ігор: {beats}.',
  'target.patience':
    'Перевага експерта має наростати поступово: після 1-го року вона має бути меншою за третину підсумкової (клієнтів: {q4} проти {q20}).',
  'target.expert-far-above-random':
    'Експерт має набирати значно більше балів, ніж випадковий гравець (на 150 балів і більше): {expert} проти {random}.',
  'target.no-spam-beats-expert':
    'Повторення однієї ініціативи ніколи не має давати більше балів, ніж гра експерта: найкращий варіант — «{initiative}», {spam} проти {expert}.',
  'target.anti-pattern-below-random':
    'Класичні помилки мають давати менше балів, ніж випадковий гравець: {anti} проти {random}.',
  'target.anti-pattern-fired':
    'Класичні помилки мають помітно часто закінчуватися звільненням CCO (у 10% ігор і більше): {fired}.',
  'target.aligned-beats-generic':
    'Експерт, який працює з ядром влади, має випереджати того, хто його ігнорує, на 40 балів і більше: {expert} проти {generic}.',

  // --- Leaderboard --------------------------------------------------------------------------------
  'board.title': 'Рейтинг',
  'board.lead':
    'Тут заново відтворюються рішення кожної команди, тож зараховуються лише справжні ігри. За однакового результату вирішує кількість збережених клієнтів порівняно з двійником, а далі — прибуток. Результати залишаються на цьому комп’ютері, доки ви їх не видалите.',
  'board.add': 'Додати результати',
  'board.paste': 'Вставте коди результатів',
  'board.paste-hint': 'Один або кілька кодів, кожен починається з PC1.',
  'board.add-codes': 'Додати коди',
  'board.files': 'Перетягніть файли результатів',
  'board.files-hint':
    'Перетягніть сюди файли результатів команд (можна кілька одразу) або натисніть Enter, щоб їх обрати. Сюди ж можна перетягнути й файл власного сценарію.',
  'board.custom': 'Завантажено власний сценарій: {name}',
  'board.rejected': 'Відхилені результати',
  'board.rejected-because': 'відхилено: {reason}',
  'board.verified': 'перевірено',
  'board.clear': 'Очистити рейтинг',
  'board.clear-sure': {
    one: 'Остаточно видалити {count} результат?',
    few: 'Остаточно видалити всі {count} результати?',
    many: 'Остаточно видалити всі {count} результатів?',
    other: 'Остаточно видалити всі {count} результату?',
  },
  'board.not-kept':
    'Цей комп’ютер не може зберегти рейтинг (сховище браузера заповнене або вимкнене): після перезавантаження сторінки його не буде. Експортуйте рейтинг, перш ніж закрити сторінку.',
  'board.ranking': 'Таблиця місць',
  'board.empty': 'Перевірених результатів поки немає.',
  'board.code-label': 'код {n}',
  'board.scenario': 'Компанія',
  'board.seed': 'Зерно',
  'board.difficulty': 'Складність',
  'board.seat-time': 'Тривалість',
  'board.currency': 'Валюта',
  'board.part-points': '{part} (бали)',
  'board.group': '{company} · зерно {seed} · {difficulty} · {seat}',
  'board.groups-note': {
    one: 'Серед цих ігор є {count} різна конфігурація (компанія, зерно, складність, тривалість). Між собою порівнюються лише ігри з однаковою конфігурацією.',
    few: 'Серед цих ігор є {count} різні конфігурації (компанія, зерно, складність, тривалість). Між собою порівнюються лише ігри з однаковою конфігурацією.',
    many: 'Серед цих ігор є {count} різних конфігурацій (компанія, зерно, складність, тривалість). Між собою порівнюються лише ігри з однаковою конфігурацією.',
    other:
      'Серед цих ігор є {count} різної конфігурації (компанія, зерно, складність, тривалість). Між собою порівнюються лише ігри з однаковою конфігурацією.',
  },
  'board.print-head': 'Результати воркшопу Power Core · {date} · {companies}',
  'board.rank': 'Місце',
  'board.team': 'Команда',
  'board.score': 'Результат',
  'board.title-column': 'Звання',
  'board.status': 'Статус',
  'board.vs-twin': 'Клієнти проти двійника',
  'board.retained': 'Збережені клієнти, % від двійника',
  'board.profit': 'Накопичений прибуток',
  'board.quarter': 'Останній квартал',
  'board.chart': 'Клієнти кожної команди порівняно з бездіяльним двійником',
  'board.chart-caption':
    'Усі команди керували тією самою компанією за однакового везіння: різниця між ними — це їхні рішення.',
  'board.chart-mixed':
    'Команди грали різні ігри (сценарій, зерно чи складність): на графіку двійник першої команди.',
  'board.csv-style': 'CSV для',
  'board.csv-comma': 'Excel англійською (кома)',
  'board.csv-semicolon': 'Excel польською чи українською (крапка з комою, десяткова кома)',
  'board.export-csv': 'Експорт CSV',
  'board.export-json': 'Експорт JSON',
  'board.print': 'Друк',

  // --- Інструменти командного рядка (balance, play, verify, check-scenario) -------------------------
  'tool.check.ok':
    '{file}: ok (сегменти: {segments}, силоси: {silos}, ініціативи: {initiatives}, події: {events})',
  'tool.balance.heading': 'Сценарій {scenario}, зерна: {seeds}, складність {difficulty}',
  'tool.balance.columns':
    'стратегія|медіана|p10|p90|звільн.|втрачені|контрол.|краще за двійника|перевага Q4|перевага Q20',
  'tool.balance.targets': 'Цілі поведінки:',
  'tool.met': 'виконано',
  'tool.missed': 'НЕ ВИКОНАНО',
  'tool.balance.diagnosis': 'Що спіткало експерта (щоб побачити, чому ціль не виконано):',
  'tool.balance.silo':
    '{silo} переговори: {talks}, відмови: {refused}%, формальні згоди: {nominal}%; {load} {loadAtEnd} з {capacity} наприкінці',
  'tool.balance.load': 'навантаження',
  'tool.balance.overloaded': 'ПЕРЕВАНТАЖЕННЯ',
  'tool.balance.rare': 'запускали менш ніж у 10% ігор: {list}',
  'tool.adversaries.heading':
    'Суперники (оптимізатор, бюджет {budget}; результати на {seeds} нових зернах):',
  'tool.adversaries.columns': 'стратегія|середнє|медіана|нижче за best',
  'tool.adversaries.targets': 'Жодного уроку не можна оминути:',
  'tool.target.do-nothing-loses-40-60':
    'do-nothing втрачає до кінця гри {lost} клієнтів, з якими починав (ціль 40–60%)',
  'tool.target.controllable-60-73':
    '{controllable} клієнтів, що йдуть від do-nothing, ідуть із причин, на які компанія може вплинути (ціль 60–73%)',
  'tool.target.expert-beats-twin-90':
    'експерт завершує з більшою кількістю клієнтів, ніж його двійник, у {beats} зерен (ціль щонайменше 90%)',
  'tool.target.patience':
    'перевага експерта над двійником — {q4} клієнтів після кварталу 4 і {q20} після кварталу 20 (ціль: менше третини)',
  'tool.target.expert-far-above-random':
    'медіана експерта {expert} проти випадкового {random} (ціль: щонайменше на {need} більше)',
  'tool.target.no-spam-beats-expert':
    'найкраща стратегія однієї ініціативи, {strategy}, має медіану {spam} проти експерта {expert}',
  'tool.target.anti-pattern-below-random': 'медіана anti-pattern {anti} проти випадкового {random}',
  'tool.target.anti-pattern-fired':
    'anti-pattern звільняють у {fired} зерен (ціль щонайменше {need})',
  'tool.target.aligned-beats-generic':
    'експерт, який ігнорує ядро влади: медіана {generic} проти експерта, що працює з ядром, {expert} (ціль: щонайменше на {need} менше)',
  'tool.target.lesson-binds':
    '{strategy} має результат {mean} проти best {best}: на {gap} менше (ціль щонайменше {need})',
  'tool.target.expert-near-best':
    'експерт має результат {expert} проти best {best} (ціль: щонайменше {need} цього результату)',
  'tool.target.report-only-near-do-nothing':
    'звітування без роботи для клієнтів дає {reportOnly} проти do-nothing {idle} (ціль: щонайбільше на {need} більше)',
  'tool.play.summary': '{team}: {total} бал. ({title}), рішень: {decisions}',
  'tool.play.written': 'файл із результатом записано: {file}',
  'tool.verify.verified':
    'перевірено: {team} — {total} бал. ({title}), сценарій {scenario}, зерно {seed}',
  'tool.verify.no-team': '(без назви команди)',
  'tool.verify.rejected': 'відхилено: {reason}',
  'tool.verify.rejected-team': 'відхилено ({team}): {reason}',

  // --- Verifying results -------------------------------------------------------------------------
  'verify.not-a-result': 'це не код і не файл результату Power Core',
  'verify.damaged':
    'код або файл пошкоджено (контрольне значення не збігається): скопіюйте його ще раз',
  'verify.edited': 'файл результату змінено після гри (контрольне значення не збігається)',
  'verify.unknown-scenario':
    'гру зіграно за сценарієм, якого немає на цьому воркшопі: завантажте файл цього сценарію',
  'verify.scenario-version': 'гру зіграно за іншою версією сценарію «{scenario}»',
  'verify.engine-version': 'гру зіграно в іншій версії Power Core ({found})',
  'verify.does-not-replay': 'рішення гри не вдається відтворити (рішення № {decision} відхилено)',
  'verify.unfinished': 'гру ще не завершено',
  'verify.score-mismatch':
    'результат, записаний у файлі ({claimed}), не збігається з тим, що дають рішення гри ({actual})',
};

// English words of the menus around a game: common words, the title, saves, scenario choice, power cores, the briefing, the top bar, settings and how to play. Part of the English dictionary (../en.ts). Imports only the type.

import type { Dictionary } from '../dictionary';

export const menus = {
  // --- Common --------------------------------------------------------------------------------
  'common.back': 'Back',
  'common.close': 'Close',
  'common.continue': 'Continue',
  'common.cancel': 'Cancel',
  'common.loading': 'Loading…',
  'common.customers': { one: '{count} customer', other: '{count} customers' },
  'replace.title': 'Replace the game in progress?',
  'replace.text':
    'This computer keeps one game in progress: {team} at {company}, {turns}. Starting a new game replaces it, and it cannot be brought back.',
  'replace.continue': 'Continue that game',
  'replace.confirm': 'Replace it and start',
  'keys.unavailable': '“{option}” cannot be chosen now: {reason}',
  'keys.unavailable-plain': '“{option}” cannot be chosen now.',

  // --- Something went wrong ---------------------------------------------------------------------
  'problem.title': 'Something went wrong on this screen',
  'problem.text':
    'Your game is safe: it was saved after your last decision. Continue to go back to it.',
  'problem.continue': 'Back to the game',

  // --- Title -----------------------------------------------------------------------------------
  'title.eyebrow': 'A customer-loyalty simulation for workshops',
  'title.tagline':
    'You are the new Chief Customer Officer. Five years, a company run by its power core, and customers who leave quietly. Keep them.',
  'title.menu': 'Main menu',
  'title.continue': 'Continue',
  'title.new-game': 'New game',
  'title.how-to-play': 'How to play',
  'title.settings': 'Settings',
  'title.no-team': 'No team name',
  'title.not-started': 'not started yet',
  'title.after-turns': { one: 'after {count} turn', other: 'after {count} turns' },
  'title.keys': 'Keys: Tab moves · Enter confirms · Esc goes back · 1–9 pick an option',
  'title.update-ready': 'A new version is ready: it starts next time.',

  // --- Kept results ----------------------------------------------------------------------------
  'kept.title': 'Your results',
  'kept.lead': 'Finished games stay here, with their result codes, until you remove them.',
  'kept.score': '{score} points',
  'kept.fired': 'Fired in year {year} · {score} points',
  'kept.open': 'Debrief',
  'kept.copy-code': 'Copy result code',
  'kept.remove': 'Remove',
  'kept.remove-sure': 'Remove for good?',
  'kept.trouble.damaged':
    'The list of kept results on this computer is damaged. Nothing was deleted: download it and send it to the facilitator. New results go into a fresh list.',
  'kept.trouble.not-written':
    'This computer’s storage is full, so the result could not be kept here. Copy its code now and give it to the facilitator.',
  'kept.download-damaged': 'Download the damaged list',
  'debrief.kept': 'A kept result, finished {when}. Your game in progress is untouched.',

  // --- Saves -----------------------------------------------------------------------------------
  'save.off':
    'Saving is off: this browser does not let the game keep data (private mode?). You can play, but a reload will lose the game.',
  'save.trouble.title': 'Your saved game could not be restored',
  'save.trouble.not-json': 'The saved data is damaged: it is not readable at all.',
  'save.trouble.not-a-save': 'The saved data is not a Power Core save.',
  'save.trouble.damaged': 'The saved data is damaged: some of its parts are missing or wrong.',
  'save.trouble.engine-version':
    'The game was saved by a different version of Power Core, which may play the same decisions differently.',
  'save.trouble.scenario-changed':
    'The scenario file has changed since the game was saved, so the game cannot be rebuilt exactly.',
  'save.trouble.scenario-missing': 'The scenario this game was played on is no longer available.',
  'save.trouble.refused':
    'The saved decisions no longer replay: one of them is refused by this version of the game.',
  'save.trouble.keep':
    'Nothing has been deleted. Download the save to keep it (a facilitator may be able to help), then start again.',
  'save.trouble.download': 'Download the saved game',
  'save.trouble.forget': 'Forget it and start again',
  'save.conflict.title': 'This game goes on in another window',
  'save.conflict.lead':
    'Another window or tab of Power Core on this computer has saved a game since this one did. This window has stopped saving, so that neither game overwrites the other.',
  'save.conflict.theirs': 'Saved in the other window',
  'save.conflict.ours': 'Played in this window',
  'save.conflict.none':
    'The other window removed the saved game, or left one this version cannot read.',
  'save.conflict.finished': 'finished',
  'save.conflict.take': 'Go on with the other window’s game',
  'save.conflict.title-screen': 'Go to the title screen',
  'save.conflict.keep': 'Keep this window’s game (replaces the other save)',
  'save.conflict.advice': 'Close the window you no longer use, so that one game goes on.',

  // --- Scenario choice ---------------------------------------------------------------------------
  'scenario.title': 'Choose your company',
  'scenario.lead':
    'Each company is run by a different power core. Every team with the same company, seed and difficulty plays the same game.',
  'scenario.companies': 'Companies',
  'scenario.options': 'Game options',
  'scenario.broken': 'This scenario cannot be played: {problem}',
  'scenario.size': '{silos} silos · {segments} customer groups · {customers} customers',
  'scenario.team': 'Team name',
  'scenario.seed': 'Seed',
  'scenario.seed-note': 'Teams that type the same seed face the same market and events.',
  'scenario.new-seed': 'New seed',
  'scenario.seat-time': 'Seat time',
  'scenario.authority': 'You report to',
  'scenario.urgency': 'The situation',
  'scenario.guided': 'Guide me through the first quarter',
  'scenario.guided.half': 'Guide me through the first half-year',
  'scenario.start': 'Start',
  'seat.quarters': '20 quarters',
  'seat.quarters.note': '60–80 min of play',
  'seat.half-years': '10 half-years',
  'seat.half-years.note': '35–45 min of play',
  'authority.ceo': 'The CEO',
  'authority.ceo.note': 'standard',
  'authority.vp': 'A vice-president',
  'authority.vp.note': 'harder',
  'urgency.steady': 'Steady decline',
  'urgency.steady.note': 'standard',
  'urgency.crisis': 'Churn crisis',
  'urgency.crisis.note': 'harder: less patience',

  // --- Power cores -------------------------------------------------------------------------------
  'core.product': 'Product',
  'core.marketing': 'Marketing',
  'core.sales': 'Sales',
  'core.specialty': 'Specialty',
  'core.it': 'IT',
  'core.customer': 'Customer',
  'core.product.explain':
    'Engineers and product people run this company. It values innovation and engineering quality, and it is proud of what it makes. Its blind spot: building what engineers admire instead of what customers want. Speak its language - evidence, pilots, quality - and you will be heard.',
  'core.marketing.explain':
    'Marketing runs this company. It values campaigns, the brand and clever tactics. Its blind spot: a brand promise the rest of the company does not keep. Make customer work a brand story, and let marketing lead it.',
  'core.sales.explain':
    'Sales runs this company. It values quotas, performance and new deals. Its blind spot: customers are forgotten once the contract is signed, and sellers promise what service cannot deliver. Talk about renewals, revenue and quota, not about feelings.',
  'core.specialty.explain':
    'An expert function runs this company - the people whose deep knowledge the business depends on. It values expertise, precision and control of risk. Its blind spot: narrow focus and resistance to change. Bring evidence, start with pilots, and show the risk of losing customers.',
  'core.it.explain':
    'IT runs this company. It values systems, architecture and its development budget. Its blind spot: tools built for the company, not for the customer. Frame customer work as better systems, measured and piloted.',
  'core.customer.explain':
    'This company is built around its customers: no single silo dominates. It values what customers want. Its blind spots: complacency ("we already are customer-centred") and a culture that thins as the company grows. Keep listening, measure honestly, and protect the people who make the experience.',

  // --- Briefing ----------------------------------------------------------------------------------
  'briefing.eyebrow': 'Your briefing',
  'briefing.to-title': 'Title screen',
  'briefing.core': 'The power core: {core}',
  'briefing.core-hint':
    "Don't try to change the power core. Work with it: frame your case in its language, and ask its leader to champion what fits.",
  'briefing.mandate': 'Your mandate',
  'briefing.ceo-expects': 'What {name} expects',
  'briefing.customers': 'Your customers',
  'briefing.org': 'Who runs what',
  'briefing.guided': 'Guide me through the first quarter',
  'briefing.guided.half': 'Guide me through the first half-year',
  'briefing.start': 'Start the first quarter',
  'briefing.start.half': 'Start the first half-year',

  // --- Time --------------------------------------------------------------------------------------
  'time.year-quarter': 'Year {year} · Q{quarter}',
  'time.year-half': 'Year {year} · half {half}',

  // --- Top bar -----------------------------------------------------------------------------------
  'top.label': 'Your resources',
  'top.turns-left': { one: 'last turn', other: '{count} turns left' },
  'top.budget': 'Budget',
  'top.budget.note': 'left this year',
  'top.capital': 'Political capital',
  'top.action-points': 'Your time',
  'top.action-points.aria': {
    one: 'Your time: {count} action left this turn',
    other: 'Your time: {count} actions left this turn',
  },
  'top.ceo-support': 'CEO support',
  'top.saved': 'Saved',
  'top.saving-off': 'Saving off',
  'top.menu': 'Menu',

  // --- Settings ----------------------------------------------------------------------------------
  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.text-size': 'Text size',
  'settings.size.normal': 'Normal',
  'settings.size.large': 'Large',
  'settings.size.larger': 'Larger',
  'settings.reduced-motion': 'Reduce motion',
  'settings.reduced-motion.note': 'no camera moves, walking figures or counting numbers',
  'settings.sound': 'Sound effects',
  'settings.music': 'Music',
  'settings.music.note': 'a calm loop in the background',
  'settings.volume': 'Volume: {value}%',
  'settings.not-remembered':
    'This browser does not let the game keep data: settings last until you close the page.',

  // --- How to play -------------------------------------------------------------------------------
  'how.title': 'How to play',
  'how.goal.title': 'Your goal',
  'how.goal.text':
    'You are the company’s first Chief Customer Officer, with five years to stop customers leaving. You own no department: everything you do needs the silos - and one of them, the power core, runs the company.\nAt the end your company is compared with its do-nothing twin: the same company, with the same luck, without you.',
  'how.quarter.title': 'A quarter',
  'how.quarter.text':
    'Each quarter may start with an event: something happens at work and you decide how to answer.\nThen you spend your time (actions), budget and political capital: launch initiatives, negotiate with silo leaders, listen to customers, report to the CEO.\nEnd the quarter (E) and watch customers arrive and leave. The report tells you what changed and why.',
  'how.numbers.title': 'Three views of every number',
  'how.numbers.text':
    'What the company believes, what you have measured, and the truth. On your dashboard, unmeasured values are the company’s belief: too optimistic, most of all about what the power core itself delivers. In each customer segment one stage is usually far worse than anyone believes, and only asking customers finds it.\nMeasurements age: after two quarters they no longer count as evidence, and their uncertainty grows. The truth appears in the debrief.',
  'how.listen.title': 'Listening and fixing',
  'how.listen.text':
    'An improvement lands fully only where you know what customers want from that stage: where you measured it recently (pulse surveys, managers calling in, listening directly), or mostly where leaving customers blame it (exit interviews). On guesswork most of its effect is lost. Knowing why customers leave also helps staff win them back.\nSatisfaction runs from 0 to 100: 50 means customers get what they expect, above is better, below is a let-down. The journey stages are measured differently, as how good each step is; what matters is how far it falls short of what customers expect of it.\nFeedback you collect but never act on breeds cynicism: close the loop.',
  'how.pilots.title': 'Pilots',
  'how.pilots.text':
    'The catalogue shows what an initiative promises. How well it works in this company is uncertain: often less, sometimes not at all, now and then it does harm. A pilot costs about a third, runs for two quarters and shows how well it works here. Scale what works (it then works better, for what you learnt), stop what does not.\nLeaders resist a full roll-out that nobody has seen work, and a flop costs their trust and some of the CEO’s.',
  'how.negotiate.title': 'Negotiating',
  'how.negotiate.text':
    'Most initiatives need partner silos. Each leader is paid on a KPI, has a personality and trusts you more or less. Pick an approach: frame it in their KPI, bring customers’ words, show the money, offer a trade, ask for a pilot, make them the champion, or escalate to the CEO. The same argument used again on the same leader wears out.\nThey answer with full commitment, a pilot only, a nominal yes that quietly under-delivers, or a refusal - and tell you why.\nOpen a leader’s room to see what moved their trust lately and what their silo carries.',
  'how.silos.title': 'Silos, hand-offs and the power core',
  'how.silos.text':
    'Each silo can carry only so many initiatives (a small ask takes half a place). An overloaded silo delivers only part of what it promised and says no more often.\nCustomers are passed from silo to silo along the journey. Where the silos cooperate - their metrics tied to customer targets, their leaders trusting you - improvements reach the customer; where they do not, part of every improvement is lost at each hand-off. Agreements fade unless someone ties the silos together.\nWork in the power core’s language: initiatives and arguments that fit it win its trust, and once the core backs you it carries more and everything gets done more easily.',
  'how.gauges.title': 'The gauges and the front line',
  'how.gauges.text':
    'Motivation, measurability and implementability decide how much of any initiative’s effect is realised. Employee engagement multiplies everything.\nEvery initiative adds procedures for the front line: beyond three, engagement falls - unless staff are empowered (judgement over rules, a fund to fix problems on the spot, one owner per complaint), which absorbs the load and raises engagement.\nFocus or hover on a gauge on the right to see what moved it last turn, in points that add up: initiatives, strain, overloaded silos, the CEO, and the pull back toward its usual level.',
  'how.ceo.title': 'The CEO',
  'how.ceo.text':
    'CEO support wears down while results are invisible. A report shows your results against the forecast of doing nothing: customers kept (you need someone counting customers won and lost) and freshly measured satisfaction - in money if you have a customer-value model. The CEO credits what is new since your last report; a report with nothing new costs credibility.\nAt each year review the CEO sets your next budget. At zero support you are fired.',
  'how.score.title': 'The score',
  'how.score.text':
    'Up to 1,000 points: how many of the customers you started with you kept and the profit you made, both against the twin; true satisfaction; employee engagement; silo alignment; and CEO support. Ties are broken by customers kept, then profit.',
  'how.keys.title': 'Keys',
  'how.keys.text':
    'Tab and Shift+Tab move between controls; Enter confirms; Esc goes back or closes.\nDigits 1–9 pick an option in any list - on the office floor, they open the rooms.\nI initiatives · L listen · R or C the CEO · E end the quarter · M menu.',
} satisfies Dictionary;

// English: every user-visible string of the game outside the scenario files. A new language is a
// copy of this file with the values translated, plus one line in LANGUAGES (src/ui/i18n.ts).
// Plural entries use Intl.PluralRules categories (one, few, many, other). Imports nothing.

import type { Dictionary } from './dictionary';

export const en: Dictionary = {
  'game.name': 'Power Core',

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

  // --- Floor -------------------------------------------------------------------------------------
  'floor.label': 'The office floor: one room per silo',
  'floor.room': '{silo}: {leader}, trust {trust} ({mood})',
  'floor.ceo-room': "{name}'s office, CEO support {support}",
  'floor.waiting': 'Waiting for you',
  'floor.trust': 'Trust',
  'floor.support': 'Support',
  'floor.load': 'Load',
  'floor.overloaded': 'Overloaded',
  'floor.coffee': 'Coffee corner',
  'floor.ceo-backs': 'Backs your programme',
  'floor.ceo-watching': 'Watching the results',
  'floor.ceo-impatient': 'Patience running out',
  'floor.customers-this-quarter': 'Customers this quarter',
  'floor.customers-this-quarter.half': 'Customers this half-year',
  'floor.figure-unit': {
    one: 'Each figure = {count} customer',
    other: 'Each figure = {count} customers',
  },
  'floor.won': '+{count} won',
  'floor.lost-controllable': '−{count} could have kept',
  'floor.lost-uncontrollable': '−{count} beyond control',
  'floor.lost-unknown': '−{count} left, reasons unknown',
  'floor.legend-won': 'Won',
  'floor.legend-lost-controllable': 'Lost: could have kept',
  'floor.legend-lost-uncontrollable': 'Lost: beyond our control',
  'floor.legend-lost-unknown': 'Lost: nobody asked why',
  'mood.hostile': 'hostile',
  'mood.wary': 'wary',
  'mood.neutral': 'neutral',
  'mood.friendly': 'friendly',
  'mood.ally': 'an ally',

  // --- Action bar ------------------------------------------------------------------------------
  'actions.label': 'Actions',
  'actions.initiatives': 'Initiatives',
  'actions.listen': 'Listen to customers',
  'actions.ceo': 'Report to the CEO',
  'actions.end': 'End the quarter',
  'actions.end-half': 'End the half-year',

  // --- Dashboard -------------------------------------------------------------------------------
  'dash.label': 'What you can see',
  'dash.customers': 'Customers',
  'dash.legend-measured': 'Measured by you',
  'dash.legend-believed': 'The company believes',
  'dash.satisfaction': 'Satisfaction (50 = as expected)',
  'dash.measured-value': '{value} ± {plusminus}',
  'dash.measured-when': 'measured {when}',
  'dash.measured-stale': 'measured {when} - too old to count as evidence',
  'dash.belief-value': '≈ {value}',
  'dash.belief-note': 'belief, not measured',
  'dash.by-stage': 'By journey stage',
  'dash.stages-note':
    'How good each step is (0–100), beside what these customers expect of it. Satisfaction weighs the gaps by what matters to them: good steps that fall short of high expectations still disappoint.',
  'dash.expects': 'they expect {value}',
  'dash.why-leave': 'Why customers left (asked {when})',
  'dash.reason-other': 'Moved, closed, no budget',
  'dash.why-none': 'Nobody who left could be asked yet.',
  'dash.change-aria': 'change last turn: {change}',
  'dash.organisation': 'Your organisation',
  'dash.accountability': 'Customer accountability',

  'stage.awareness': 'Awareness',
  'stage.decision': 'Decision',
  'stage.purchase': 'Purchase',
  'stage.service': 'Service',
  'stage.repurchase': 'Repurchase',
  'gauge.engagement': 'Employee engagement',
  'gauge.motivation': 'Motivation',
  'gauge.measurability': 'Measurability',
  'gauge.implementability': 'Implementability',
  'capability.gainedLost': 'Customers won and lost tracked',
  'capability.serviceProblems': 'Service problems tracked',
  'capability.resolution': 'Problems resolved',
  'capability.linkage': "Silos' metrics linked",

  // --- Catalogue ---------------------------------------------------------------------------------
  'cat.title': 'Initiatives',
  'cat.filter': 'Show',
  'cat.running': 'Yours ({count})',
  'cat.all': 'All',
  'cat.none-running': 'Nothing is running yet. Pick an initiative from the catalogue.',
  'cat.cost': 'Cost',
  'cat.cost-value': '{launch} to launch, then {upkeep} a quarter',
  'cat.duration': 'Full effect',
  'cat.ramp': { one: 'after {count} quarter', other: 'after {count} quarters' },
  'cat.partners': 'Needs',
  'cat.no-partners': 'No partner silo: you can run it yourself',
  'cat.partner': '{silo} ({ask} ask)',
  'cat.for': 'For',
  'cat.moves': 'What it moves',
  'cat.raises.1': 'raises it a little',
  'cat.raises.2': 'raises it',
  'cat.raises.3': 'raises it a lot',
  'cat.lowers.1': 'lowers it a little',
  'cat.lowers.2': 'lowers it',
  'cat.lowers.3': 'lowers it a lot',
  'cat.launch': 'Launch · {cost}',
  'cat.pilot': 'Pilot · {cost}',
  'cat.negotiate': 'Negotiate',
  'category.listening': 'Listening',
  'category.accountability': 'Accountability',
  'category.empowerment': 'Empowerment',
  'category.incentives': 'Incentives',
  'category.experience': 'Experience',
  'category.technology': 'Technology',
  'category.leadership': 'Leadership',
  'category.value': 'Customer value',
  'ask.small': 'small',
  'ask.medium': 'medium',
  'ask.large': 'large',
  'fit.strong': 'Fits the {core} power core well: easier to sell, and it works better here.',
  'fit.some': 'Fits the {core} power core somewhat.',
  'fit.neutral': 'Neither fits nor fights the {core} power core.',
  'fit.awkward': 'Sits awkwardly with the {core} power core.',
  'fit.against': 'Goes against the {core} power core: expect resistance and a weaker effect.',
  'effect.recovery': 'Customers won back on the spot',
  'effect.acquisition': 'New customers',
  'effect.reveals': 'Shows you {what} (± {precision} points), {cadence}.',
  'effect.every-quarter': 'every quarter',
  'effect.every-n': { one: 'every quarter', other: 'every {count} quarters' },
  'effect.closes-loop': 'Closes the loop: feedback is acted on and shared with everyone.',
  'effect.value-model': 'Lets you show results in money, to the CEO and in negotiations.',
  'effect.uncertain':
    'How well it works in this company is uncertain: anywhere from {low} to {high} of what it promises. A pilot finds out.',
  'effect.uncertain-harm':
    'How well it works in this company is uncertain: up to {high} of what it promises - or not at all, or it may even do harm. A pilot finds out.',
  'effect.lands-where-asked':
    'Its improvements land fully only for customers you have asked recently about those stages.',
  'reveal.scores': 'satisfaction scores',
  'reveal.stages': 'scores for each journey stage',
  'reveal.churnReasons': 'why customers leave',
  'cost.ap': { one: '{count} action', other: '{count} actions' },
  'cost.pc': { one: '{count} political capital', other: '{count} political capital' },
  'cost.support': '{count} CEO support',
  'cost.free': 'no cost',

  // --- Running initiatives -------------------------------------------------------------------------
  'run.badge.negotiating': 'Waiting for partners',
  'run.badge.running': 'Running',
  'run.negotiating': 'Waiting for its partner silos to commit.',
  'run.running':
    'Running as a {scale} · ramped up {ramp} · realising {realised} of its full effect',
  'run.limited': 'Held back most by {gauge}.',
  'run.pilot-harm':
    'The pilot shows it does harm here: the opposite of what was promised, at {share} of its size (± {plusminus}). Stop it.',
  'run.pilot-reading':
    'The pilot shows it works here at {share} of the effect promised (± {plusminus}). Scale what works; stop what does not.',
  'run.scale': 'Roll out in full · {cost}',
  'run.stop': 'Stop it',
  'scale.pilot': 'pilot',
  'scale.full': 'full roll-out',
  'outcome.waiting': 'not asked yet',
  'outcome.full': 'Full commitment',
  'outcome.pilot': 'A pilot only',
  'outcome.nominal': 'A nominal yes',
  'outcome.refused': 'Refused',
  'outcome.full.short': 'committed ({commitment})',
  'outcome.pilot.short': 'pilot only ({commitment})',
  'outcome.nominal.short': 'nominal yes ({commitment})',
  'outcome.refused.short': 'refused',
  'outcome.full.means': 'Their people will carry their part of the initiative in full.',
  'outcome.pilot.means':
    'The initiative runs as a pilot: a smaller effect at a smaller cost. After two quarters you can read its result and roll it out.',
  'outcome.nominal.means':
    'They said yes, but little will happen: a nominal commitment quietly under-delivers. You can ask again next turn.',
  'outcome.refused.means':
    'Without them the initiative delivers only part of its effect. You can ask again next turn.',

  // --- Silo and CEO panels ---------------------------------------------------------------------
  'silo.paid-on': 'Paid on: {kpi}',
  'silo.core-badge': 'Power core',
  'silo.trust': 'Trust in you',
  'silo.orientation': 'Thinks about customers',
  'silo.load': 'Load: {load} of its {capacity} places taken',
  'silo.overloaded': 'Overloaded: {load} places asked of it, with room for {capacity}',
  'silo.load-part': { one: '{count} place', other: '{count} places' },
  'silo.capacity-backing':
    'Room for {capacity}: its usual {usual}, and {extra} more while its leader trusts you (the power core has the people).',
  'silo.overload-effect':
    'It delivers only {share} of what it promised to each initiative, and says no more often.',
  'silo.asks': 'What you need from them',
  'silo.no-asks': 'None of your initiatives needs this silo yet.',
  'personality.ambitious': 'Ambitious',
  'personality.cautious': 'Cautious',
  'personality.analytical': 'Analytical',
  'personality.proud': 'Proud',
  'personality.loyal': 'Loyal',
  'personality.pragmatic': 'Pragmatic',
  'ceo.office': "{name}'s office",
  'report.in-money': 'You can show results in money: the CEO listens to that far more.',
  'report.no-money':
    'You cannot put a price on customers yet: a customer-value model would make your reports count for much more.',
  'report.strong': 'You have good news to show.',
  'report.some': 'You have something to show.',
  'report.weak': 'Your results have not improved since your last report.',
  'report.empty':
    'Nothing new since your last report: a report with nothing to show costs credibility.',
  'report.gain': 'Expected change in CEO support: {gain} points (of 100).',
  'report.shows': 'What you can show, against the forecast of doing nothing',
  'report.kept': 'Customers kept: {customers} since you started ({share} fewer lost than forecast)',
  'report.no-ledger':
    'Customers kept: unknown - nobody counts customers won and lost (a gained/lost ledger would)',
  'report.satisfaction':
    'Satisfaction, freshly measured: {points} points (on the 0–100 index) against the do-nothing forecast',
  'report.no-satisfaction':
    'Satisfaction: no measurement from the last two quarters (listening would give you one)',
  'report.money': 'In money: {money} of revenue a year',
  'report.button': {
    one: 'Report to the CEO · {count} action',
    other: 'Report to the CEO · {count} actions',
  },
  'report.done': 'Reported this turn',
  'ceo.patience': 'Patience wears thin while results are invisible',
  'ceo.revenue-up': 'Revenue is rising',
  'ceo.revenue-down': 'Revenue is falling',
  'ceo.silence': 'No report for too long',
  'ceo.blind-spending': 'Money spent with nothing shown for it',
  'ceo.no-return': 'Year review: over half the budget spent with no convincing results',
  'results.other': 'Rounding (support is kept between 0 and 100)',
  'results.other-gauge': 'Rounding',
  'why.title': 'What moved it last turn',
  'why.none': 'Nothing yet: the first results come at the end of the quarter.',
  'trust.title': 'What moved it since the last turn ended',
  'trust.title-first': 'What moved it this turn',
  'trust.none': 'Nothing has moved it since the last turn ended.',
  'trust.none-first': 'Nothing has moved it yet.',
  'trust.negotiation': 'You asked them to back {initiative} (“{approach}”): {outcome}',
  'trust.launch': 'You launched {initiative}',
  'trust.core-aligned': '{initiative} speaks the power core’s language',
  'trust.core-frontal': '{initiative} goes against how the power core works',
  'trust.event': 'Your answer to “{event}”',
  'trust.delivery': 'Initiatives delivered together, with real commitment',
  'trust.dud': '{initiative} flopped in a full roll-out',
  'trust.other': 'Other events',
  'why.pull': 'Drifts back toward its usual level',
  'why.initiatives': 'Your initiatives',
  'why.strain': 'Strain: more initiatives than the front line can absorb',
  'why.drawer': 'Feedback left in a drawer',
  'why.engagement': 'Employee engagement',
  'why.ceo': 'The CEO’s support',
  'why.accountability': 'Counting customers won and lost, tracking problems',
  'why.overload': 'Overloaded: {silos}',
  'why.linkage': 'Silos’ metrics linked',
  'why.core': 'How much the power core backs you',
  'why.limits': 'The 0–100 limits',

  // --- Listening directly ----------------------------------------------------------------------------
  'listen.title': 'Listen to customers directly',
  'listen.explain':
    'Call customers, visit them, sit with the help line. You get a precise, current reading of one customer group - but only this once.',
  'listen.cost': 'Costs {ap} actions and {budget}.',

  // --- End of quarter ----------------------------------------------------------------------------
  'end.confirm-title': 'End the turn?',
  'end.confirm-text': {
    one: 'You have not done anything this turn, and {count} action is left. Unused time does not carry over.',
    other:
      'You have not done anything this turn, and {count} actions are left. Unused time does not carry over.',
  },
  'end.keep-playing': 'Keep playing',
  'end.confirm': 'End the turn',

  // --- Menu ------------------------------------------------------------------------------------
  'menu.title': 'Menu',
  'menu.resume': 'Back to the game',
  'menu.quit': 'Save and go to the title screen',
  'menu.saved': 'Your game is saved after every decision.',

  // --- Guide -----------------------------------------------------------------------------------
  'guide.title': 'Your first quarter',
  'guide.title.half': 'Your first half-year',
  'guide.listen':
    'The numbers on the right are what the company believes, not what customers think - and one stage per segment is usually far worse than anyone believes. Start by listening: press I for the initiatives and launch "Short pulse surveys" or "Ask leaving customers why", or press L to listen directly.',
  'guide.negotiate':
    'Your initiative needs a partner silo. Talk to the leader: choose the approach that fits their KPI and the power core. The bar under each approach shows your chances.',
  'guide.more':
    'Good. You still have time this quarter: visit a leader (press 1–7), or plan an initiative that fits the power core.',
  'guide.end':
    'When you are done, press E to end the quarter and see what happened to your customers.',
  'guide.hide': 'Hide the guide',

  // --- Negotiation -------------------------------------------------------------------------------
  'neg.about': 'About: {initiative}',
  'neg.leave': 'Leave',
  'neg.approaches': 'How will you make your case?',
  'neg.trust': 'trust in you {trust} ({mood})',
  'neg.orientation': 'Thinks about customers: {value} of 100',
  'neg.ask': 'You ask for a {ask} commitment ({scale})',
  'neg.evidence.none': 'You have no customer evidence yet.',
  'neg.evidence.stale': 'Your customer evidence is out of date.',
  'neg.evidence.weak': 'You have some scores, but not what customers said.',
  'neg.evidence.good': "You have customers' views of each stage of the journey.",
  'neg.evidence.strong': 'You know why customers leave, in their own words.',
  'neg.money.yes': 'You can put a price on customers kept and lost.',
  'neg.money.no': 'You cannot show the money yet.',
  'neg.core-leader': 'This leader holds the power core: going over their head will backfire.',
  'neg.odds': 'A yes is {chance}',
  'neg.costs': 'costs {costs}',
  'neg.why': 'Why',
  'neg.trust-change': 'Their trust in you: {change}',
  'neg.next': 'Next: {leader} about {initiative}',
  'neg.done': 'Back to the floor',
  'chance.very-likely': 'very likely',
  'chance.likely': 'likely',
  'chance.possible': 'possible',
  'chance.unlikely': 'unlikely',
  'chance.long-shot': 'a long shot',
  'factor.trust.for': 'They trust you.',
  'factor.trust.against': "They don't trust you yet.",
  'factor.orientation.for': 'They care about customers.',
  'factor.orientation.against': 'Customers are not what their department thinks about.',
  'factor.core.for': 'Your argument speaks the power core’s language.',
  'factor.core.against': 'Your argument goes against how this company thinks.',
  'factor.kpi.for': 'It fits what they are paid on.',
  'factor.kpi.against': 'It does nothing for what they are paid on.',
  'factor.fit.for': 'The initiative fits this company.',
  'factor.fit.against': 'The initiative does not fit this company.',
  'factor.personality.for': 'Your approach suits their personality.',
  'factor.personality.against': 'Your approach rubs them the wrong way.',
  'factor.evidence.for': 'What customers told you is hard to argue with.',
  'factor.evidence.against': 'Your evidence is thin.',
  'factor.money.for': 'The money speaks for itself.',
  'factor.money.against': 'The numbers did not convince them.',
  'factor.trade.for': 'The help for their own project weighed in.',
  'factor.trade.against': 'The trade was not worth it to them.',
  'factor.pilot.for': 'A pilot is a small, safe ask.',
  'factor.pilot.against': 'Even a pilot felt like too much.',
  'factor.champion.for': 'They like the idea of leading it.',
  'factor.champion.against': 'They did not want to put their name on it.',
  'factor.escalate.for': 'The CEO made the priority clear.',
  'factor.escalate.against': 'The CEO’s word counted for little.',
  'factor.backfire.for': 'Going over their head paid off, this time.',
  'factor.backfire.against': 'You went over the head of the power core’s leader.',
  'factor.pilot-result.for': 'The pilot’s results speak for it.',
  'factor.pilot-result.against': 'The pilot did not convince them.',
  'factor.ask.for': 'The ask is small.',
  'factor.ask.against': 'You are asking for a lot.',
  'factor.overload.for': 'They have room for more.',
  'factor.overload.against': 'Their team is already overloaded.',
  'factor.repeat.for': 'A fresh argument, for once.',
  'factor.unproven.for': 'It has already proved itself.',
  'factor.unproven.against': 'Nobody has seen it work here: a full roll-out is a leap of faith.',
  'factor.repeat.against': 'They have heard that argument from you before.',

  // --- Events ----------------------------------------------------------------------------------
  'event.eyebrow': 'Meanwhile, at work',
  'event.from': 'From {silo}',
  'event.options': 'What do you do?',
  'event.keys': 'Press {keys} to choose.',
  'event.defused': 'Defused: one of your initiatives was ready for this.',
  'event.you-chose': 'You chose: {option}',

  // --- Results -----------------------------------------------------------------------------------
  'results.title': 'Year {year}, quarter {quarter}: what happened',
  'results.title-half': 'Year {year}, quarters {from}–{to}: what happened',
  'results.customers': 'Customers',
  'results.won': { one: '+{count} new', other: '+{count} new' },
  'results.lost': { one: '−{count} left', other: '−{count} left' },
  'results.why-known':
    '{controllable} left because of their experience (mostly {stages}); {other} for reasons nobody controls.',
  'results.why-unknown': "Why they left: you don't know. Nobody asks leaving customers.",
  'results.money': 'Money',
  'results.revenue': 'Revenue this quarter',
  'results.revenue.half': 'Revenue in the half-year’s last quarter',
  'results.upkeep': 'Spent on running initiatives',
  'results.ceo': 'The CEO',
  'results.organisation': 'Your organisation',
  'results.notes': 'Also this quarter',
  'results.notes.half': 'Also this half-year',
  'results.fired':
    'The CEO has lost patience with the customer programme. You are fired. The debrief shows how far you got and why.',
  'results.next': 'Next quarter',
  'results.next.half': 'Next half-year',
  'results.to-review': 'To the year review',
  'results.to-debrief': 'To the debrief',
  'note.drawer': 'Feedback collected and put in a drawer: employees notice ({delta} engagement)',
  'note.pilot-reading': 'A pilot can now be read: see your initiatives',
  'note.unfunded': 'The budget ran out: {initiative} was stopped',
  'note.strain':
    'New procedures pile up on the front line: {delta} engagement (empowered staff would absorb them)',
  'note.dud':
    'A full roll-out did not work here: its partners lost trust in you ({delta}), and the CEO heard of it',

  // --- Year review -------------------------------------------------------------------------------
  'review.eyebrow': 'Year review with {name}',
  'review.title': 'Year {year} in review',
  'review.verdict.pleased':
    'This is what I hoped for. Keep going - you have my backing and a bigger budget.',
  'review.verdict.patient':
    'It is slower than I would like, but I can see where it is going. Carry on.',
  'review.verdict.worried':
    'I am worried. The board asks what we get for this programme, and I do not have an answer.',
  'review.verdict.final-warning':
    'This is your last warning. Show me results this year, or I will end the programme.',
  'review.verdict-short.pleased': 'pleased',
  'review.verdict-short.patient': 'patient',
  'review.verdict-short.worried': 'worried',
  'review.verdict-short.final-warning': 'a final warning',
  'review.revenue': 'Revenue in the last quarter',
  'review.customers': 'Customers',
  'review.budget': 'Your budget next year',
  'review.in-money': 'You showed the year in money. It made the difference.',
  'review.not-in-money':
    'The CEO saw no figures in money: a customer-value model would have helped.',
  'review.no-return':
    'You spent over half the budget and no report showed results. Support was cut.',
  'review.continue': 'On to the next year',

  // --- Debrief -----------------------------------------------------------------------------------
  'debrief.eyebrow': '{company} · {team}',
  'debrief.title': 'Debrief',
  'debrief.parts': 'Parts of the debrief',
  'debrief.tab.summary': 'Score',
  'debrief.tab.charts': 'Charts',
  'debrief.tab.timeline': 'Your decisions',
  'debrief.tab.lessons': 'Lessons',
  'debrief.score': 'Score',
  'debrief.of-1000': 'of 1,000',
  'debrief.fired-note':
    'Fired in {quarter}: the score counts the quarters you survived, with a penalty.',
  'debrief.breakdown': 'How the score is made',
  'debrief.points': '{points} of {max} points',
  'debrief.customers':
    'Customers at the end: {you} (the do-nothing twin: {twin}; at the start: {start}).',
  'debrief.lost': {
    one: '{count} customer left over the game; {controllable} of leavers left because of their experience.',
    other:
      '{count} customers left over the game; {controllable} of leavers left because of their experience.',
  },
  'debrief.profit': 'Customer profit over the game: {you} (the twin: {twin}).',
  'debrief.satisfaction': 'True satisfaction at the end: {truth}. Leadership believed: {believed}.',
  'debrief.new-game': 'New game',
  'debrief.to-title': 'Title screen',
  'score.retention': 'Customers kept',
  'score.retention.note': 'against the do-nothing twin',
  'score.profit': 'Customer profit',
  'score.profit.note': 'against the twin, after your spending',
  'score.satisfaction': 'True satisfaction',
  'score.satisfaction.note': 'what customers really think at the end',
  'score.engagement': 'Employee engagement',
  'score.engagement.note': 'the people who create the experience',
  'score.alignment': 'Silo alignment',
  'score.alignment.note': "leaders' trust and customer orientation",
  'score.ceoSupport': 'CEO support',
  'score.ceoSupport.note': 'whether the programme will go on',
  'title.champion': 'Customer Champion',
  'title.architect': 'Loyalty Architect',
  'title.diplomat': 'Silo Diplomat',
  'title.firefighter': 'Firefighter',
  'title.bystander': 'Bystander',
  'title.fired': 'Fired in year {year}',

  // --- Charts ----------------------------------------------------------------------------------
  'chart.start': 'Start',
  'chart.review': 'Review {year}',
  'chart.fired': 'Fired',
  'chart.you': 'Your company',
  'chart.twin': 'Do-nothing twin',
  'chart.customers': 'Customers: your company against its do-nothing twin',
  'chart.customers.caption':
    'The twin is the same company with the same luck and no Chief Customer Officer.',
  'chart.customers.axis': 'Customers',
  'chart.revenue': 'Revenue per quarter',
  'chart.revenue.caption': 'Customers kept are revenue kept.',
  'chart.revenue.axis': 'Revenue ({currency})',
  'chart.satisfaction': 'True customer satisfaction',
  'chart.satisfaction.caption': 'What customers really felt - hidden from you until now.',
  'chart.satisfaction.axis': 'Satisfaction (0–100, 50 = as expected)',
  'chart.views': 'Believed, measured and true satisfaction',
  'chart.views.caption':
    'Leadership believes service is better than it is. Only listening shows you the truth - roughly: the shaded band is the measurement’s margin of error.',
  'chart.believed': 'Believed',
  'chart.measured': 'Measured',
  'chart.true': 'True',
  /** Short, so the line's label fits beside the chart. */
  'chart.engagement': 'Engagement',
  'chart.people': 'Engagement and CEO support',
  'chart.people.caption':
    'Engaged employees make every initiative work better; the CEO’s support is your lifeline.',
  'chart.people.axis': '0–100',
  'chart.show-numbers': 'Show the numbers',
  'chart.show-chart': 'Show the chart',
  'chart.notes': 'Notes',
  'chart.no-data': 'no data',
  'chart.period': 'Quarter',

  // --- Timeline --------------------------------------------------------------------------------
  'timeline.launch.full': 'Launched {initiative}',
  'timeline.launch.pilot': 'Piloted {initiative}',
  'timeline.scale': 'Rolled out {initiative} in full',
  'timeline.stop': 'Stopped {initiative}',
  'timeline.negotiate': 'Asked {leader} to back {initiative} (“{approach}”)',
  'timeline.answered': '{leader}: {outcome}',
  'timeline.answer': '{event}: {option}',
  'timeline.listen': 'Listened to {segment} directly',
  'timeline.report': 'Reported to the CEO',
  'timeline.report-result': 'Reported to the CEO ({gain} support)',
  'timeline.report-money': 'Reported to the CEO in money ({gain} support)',
  'timeline.end': 'Ended the turn',
  'timeline.event': 'Event: {event}',
  'timeline.event-defused': 'Event defused: {event}',
  'timeline.review': 'Year {year} review: the CEO was {verdict}',
  'timeline.fired': 'Fired',
  'timeline.resolved': 'Customers: {customers} (twin: {twin})',
  'timeline.empty': 'No decisions yet.',

  // --- Lessons ---------------------------------------------------------------------------------
  'lesson.state.met': 'Shown',
  'lesson.state.missed': 'Missed',
  'lesson.state.mixed': 'Both',
  'lesson.state.unseen': 'Not seen',
  'lesson.by-decision': '- {what}, {when}.',
  'lesson.by-event': '- the event "{event}", {when}.',
  'lesson.by-results': '- the results of {when}.',
  'lesson.L1.title': 'Customers judge the whole company, not one silo',
  'lesson.L1.summary': 'Being passed between silos that do not cooperate drives customers away.',
  'lesson.L2.title': 'Most customers who leave, leave because of poor service',
  'lesson.L2.summary': 'About two thirds of leavers go because of their experience; ask them why.',
  'lesson.L3.title': 'Work with the power core, not against it',
  'lesson.L3.summary': 'Frame customer work in the dominant silo’s language and strengths.',
  'lesson.L4.title': 'Motivation, measurability, implementability',
  'lesson.L4.summary':
    'Programmes fail when nobody is motivated, nothing is measured, or fixes cannot be carried out.',
  'lesson.L5.title': 'Someone must own the customer',
  'lesson.L5.summary':
    'A named person tracks customers won and lost, problems and their resolution.',
  'lesson.L6.title': 'Single-silo incentives produce absurd results',
  'lesson.L6.summary': 'Empty boxes and over-promising sellers come from what people are paid on.',
  'lesson.L7.title': 'Companies believe their service is better than customers do',
  'lesson.L7.summary': 'Until you measure, you only know what the company believes.',
  'lesson.L8.title': 'Listen often, openly, and ask leavers why',
  'lesson.L8.summary': 'Short, frequent surveys with open answers beat one big yearly score.',
  'lesson.L9.title': 'Close the loop',
  'lesson.L9.summary': 'Feedback put in a drawer breeds cynicism; act on it and share it.',
  'lesson.L10.title': 'Employees create the experience',
  'lesson.L10.summary': 'Judgement over rules and the freedom to fix problems on the spot.',
  'lesson.L11.title': 'Express customer value in money',
  'lesson.L11.summary': 'Leadership listens when it sees revenue.',
  'lesson.L12.title': 'Leaders must take part, for years',
  'lesson.L12.summary':
    'Loyalty takes at least five years; programmes die when leaders lose patience.',
  'lesson.L13.title': 'Meaningful service, not more service',
  'lesson.L13.summary': 'Treat customer groups differently: spend where they care.',
  'lesson.L14.title': 'Start small: pilot, measure, repeat',
  'lesson.L14.summary': 'Pilots are cheaper, easier to agree to, and show what works.',
  'lesson.L1.handoffs':
    '{lost} customers left over service in one quarter, where silos pass customers to each other, and nobody had linked the silos’ metrics.',
  'lesson.L1.linked': "You linked the silos' metrics: customers stopped falling between them.",
  'lesson.L2.reasons-seen':
    'You saw why customers leave: by then {share}% of leavers had left because of their experience.',
  'lesson.L2.unknown-reasons': '{lost} customers left and nobody knew why.',
  'lesson.L3.with-core': '{initiative} fits the power core.',
  'lesson.L3.against-core': '{initiative} went against the power core.',
  'lesson.L3.aligned': '{silo} agreed when you spoke the power core’s language (“{approach}”).',
  'lesson.L3.frontal':
    '{silo} refused an argument that went against how the company thinks (“{approach}”).',
  'lesson.L3.escalated-core': 'You went over the head of the power core’s leader ({silo}).',
  'lesson.L4.gauges-up':
    'Motivation, measurability and implementability all rose: initiatives started to work.',
  'lesson.L4.gated': 'Initiatives delivered only part of their effect: {gauge} held them back.',
  'lesson.L4.nominal': '{silo} said yes to {initiative} and then did little.',
  'lesson.L5.tracking': 'Someone now tracks customers won and lost, and problems to their end.',
  'lesson.L5.decay': 'Without accountability, silo agreements quietly decayed.',
  'lesson.L6.incentives': 'You changed what people are paid on ({initiative}).',
  'lesson.L7.gap-found':
    'Leadership believed satisfaction was {believed}; customers said {measured}.',
  'lesson.L7.fixed-belief':
    'You launched {initiative} to fix {stage} for {segment} without asking them; they were leaving over {leaving}.',
  'lesson.L7.fixed-what-customers-said':
    'You launched {initiative} on {stage}, where {segment} had told you they were let down.',
  'lesson.L7.found-blind-spot':
    'Listening showed {segment} rate {stage} at {measured}, where leadership believed {believed}.',
  'lesson.L7.never-measured': 'You never measured: the company’s belief went unchallenged.',
  'lesson.L8.listened': 'You listened to customers directly ({segment}).',
  'lesson.L8.reasons': 'You asked leaving customers why.',
  'lesson.L8.stages': 'Your listening showed where the journey fails, stage by stage.',
  'lesson.L8.score-only-launch': '{initiative} gives one score a year and hides the reasons.',
  'lesson.L8.scores-only': 'Your listening showed scores, but never why customers leave.',
  'lesson.L9.loop-closed': 'Feedback was acted on and shared with everyone.',
  'lesson.L9.drawer': 'Feedback was collected and left in a drawer: employees became cynical.',
  'lesson.L10.empowered': 'You gave employees room to act ({initiative}).',
  'lesson.L10.engaged':
    'Employee engagement reached {engagement}: engaged employees made every initiative work better.',
  'lesson.L10.disengaged':
    'Employee engagement fell to {engagement}: disengaged employees held every initiative back.',
  'lesson.L11.money-argument': 'The money convinced {silo}.',
  'lesson.L11.report-in-money': 'You showed the CEO results in money ({gain} support).',
  'lesson.L11.report-without-money': 'Your report had no money in it ({gain} support).',
  'lesson.L11.review-without-money': 'The CEO reviewed the year without seeing it in money.',
  'lesson.L12.patience': 'CEO support fell to {support}: the CEO’s patience wore thin.',
  'lesson.L12.final-warning': 'The CEO gave you a final warning at the review of year {year}.',
  'lesson.L12.nothing-to-show':
    'You reported to the CEO with nothing new to show, and lost credibility.',
  'lesson.L12.stayed-the-course':
    'You kept the CEO with you for the whole programme (support {support} at the end).',
  'lesson.L13.meaningful': '{initiative} improved what its customers care about most.',
  'lesson.L13.wasted': '{initiative} improved what its customers care little about.',
  'lesson.L14.pilot': 'You piloted {initiative} first.',
  'lesson.L14.pilot-evidence': 'The pilot’s results won {silo} over.',
  'lesson.L14.scaled':
    'You rolled out {initiative} after its pilot showed {share}% of the promised effect.',
  'lesson.L14.scaled-poor':
    'You rolled out {initiative} although its pilot showed only {share}% of the promised effect.',
  'lesson.L14.dud-rolled-out':
    'You rolled out {initiative} in full and it worked at only {share}% of what was promised; a pilot would have shown it.',
  'lesson.event.met': 'Your answer to "{event}" showed it.',
  'lesson.event.missed': 'Your answer to "{event}" missed it.',
  'lesson.event.defused': '"{event}" was defused by an initiative you ran.',

  // --- Refusals --------------------------------------------------------------------------------
  'refusal.game-over': 'The game is over.',
  'refusal.event-pending': 'Answer the event first.',
  'refusal.no-event-pending': 'There is no event to answer.',
  'refusal.unknown-event': 'That event is not waiting for an answer.',
  'refusal.unknown-option': 'That is not one of the options.',
  'refusal.unknown-initiative': 'There is no such initiative.',
  'refusal.unknown-silo': 'There is no such silo.',
  'refusal.unknown-segment': 'There is no such customer group.',
  'refusal.unknown-approach': 'There is no such approach.',
  'refusal.already-running': 'That initiative is already running.',
  'refusal.not-running': 'That initiative is not running.',
  'refusal.not-a-pilot': 'It is already running in full.',
  'refusal.not-pilotable': 'This initiative cannot be piloted.',
  'refusal.still-negotiating': 'Its partners have not answered yet.',
  'refusal.not-a-partner': 'This silo is not a partner of that initiative.',
  'refusal.already-answered': 'They have already committed.',
  'refusal.already-asked': 'Already done this turn.',
  'refusal.needs-listening-data':
    'Needs fresh customer evidence (from the last two quarters): listen to customers first.',
  'refusal.needs-value-model': 'Needs the customer-value model.',
  'refusal.no-action-points': {
    one: 'Not enough time this turn: needs {need} action, you have {have}.',
    other: 'Not enough time this turn: needs {need} actions, you have {have}.',
  },
  'refusal.no-budget': 'Not enough budget: needs {need}, you have {have}.',
  'refusal.no-political-capital': 'Not enough political capital: needs {need}, you have {have}.',
  'refusal.no-ceo-support': 'The CEO would not back you: too little support left.',
  'refusal.pilot-too-young': 'The pilot needs two quarters before it can be read and rolled out.',
  'refusal.pilot-already-run': 'The pilot has already run.',
  'refusal.no-results-to-report': 'You have no results to report.',

  // --- Workshop: title entries, files, join -----------------------------------------------------
  'title.join': 'Join a workshop',
  'title.facilitator': 'For facilitators',
  'file.scenario-label': 'Load a scenario file',
  'file.scenario-hint': 'Drop a .yaml or .json file here, or press Enter to choose one.',
  'file.checking': 'Checking {name}…',
  'file.problems': {
    one: '{name} has {count} problem',
    other: '{name} has {count} problems',
  },
  'file.whole': 'the whole file',
  'file.line': 'line {line}, column {column}',
  'file.more-problems': { one: '…and {count} more.', other: '…and {count} more.' },
  'file.too-large': 'This file is too large ({size} KB); the game reads files up to {max} KB.',
  'file.unreadable': 'This file could not be read.',
  'preview.company': 'Company',
  'preview.core': 'Power core',
  'preview.silos': 'Silos',
  'preview.segments': 'Customers',
  'preview.content': 'Content',
  'preview.counts': '{initiatives} initiatives, {events} events',
  'scenario.from-file': 'From the file {name}',
  'join.title': 'Join a workshop',
  'join.lead':
    'Type the code your facilitator gives you. Every team with the same code plays the same game.',
  'join.code': 'Workshop code',
  'join.problem.empty': 'Type the code.',
  'join.problem.characters': 'A code has only letters and digits.',
  'join.problem.length':
    'A workshop code has 13 letters and digits (for example ABCD-EFGH-JKMN-P).',
  'join.problem.check': 'This code has a typo: check it letter by letter.',
  'join.problem.version': 'This code was made by a different version of Power Core.',
  'join.problem.seed': 'This code is damaged: check it letter by letter.',
  'join.game': 'Power core: {core} · seed {seed} · {seat} · you report to {authority} · {urgency}',
  'join.needs-file':
    'This code is for a scenario file your facilitator loaded. Load the same file to start.',
  'join.wrong-file':
    '{name} is a different version of the scenario than the one this code was made for. Ask your facilitator for the right file.',
  'join.start': 'Start the game',

  // --- Facilitator --------------------------------------------------------------------------------
  'fac.agenda': 'Agendas that fit: 90 minutes or half a day',
  'fac.agenda.short': '90 minutes (10 half-years)',
  'fac.agenda.long': 'Half a day (20 quarters)',
  'fac.agenda.welcome': 'Welcome, the brief, how to play',
  'fac.agenda.welcome.short': '10 min',
  'fac.agenda.welcome.long': '20 min',
  'fac.agenda.play': 'Play',
  'fac.agenda.play.short': '45 min',
  'fac.agenda.play.long': '90 min, with a 15-minute pause after year 2',
  'fac.agenda.results': 'Result codes on the leaderboard',
  'fac.agenda.results.short': '5 min',
  'fac.agenda.results.long': '10 min',
  'fac.agenda.debrief': 'Debrief: each team’s Discussion tab, then the room',
  'fac.agenda.debrief.short': '25 min',
  'fac.agenda.debrief.long': '45 min',
  'fac.agenda.spare': 'Spare time',
  'fac.agenda.spare.short': '5 min',
  'fac.agenda.spare.long': '15 min and breaks',
  'fac.title': 'For facilitators',
  'fac.lead': 'Prepare the workshop, check your own scenario, and compare the teams at the end.',
  'fac.workshop': 'Make a workshop code',
  'fac.workshop.note':
    'Pick a company, seed and difficulty; teams type the code and play the identical game.',
  'fac.check': 'Check a scenario file',
  'fac.check.note':
    'Find problems in your own scenario and see whether it plays well, before the workshop.',
  'fac.leaderboard': 'Leaderboard',
  'fac.leaderboard.note':
    "Paste the teams' result codes or drop their files: every game is replayed and verified.",
  'workshop.title': 'Make a workshop code',
  'workshop.lead':
    'Everything that decides the game goes into the code. Read it out or show it on the projector.',
  'workshop.scenario': 'Company',
  'workshop.code': 'Workshop code',
  'workshop.no-scenario': 'Choose a company first.',
  'workshop.tell-teams': 'Teams choose "Join a workshop" on the title screen and type this code.',
  'workshop.custom-note':
    'This code is for your file {name}: give the teams the very same file. A changed file will not match.',
  'workshop.copy': 'Copy the code',
  'check.title': 'Check a scenario file',
  'check.lead':
    'The same checks as `npm run check-scenario`, then a quick run of scripted players to see whether the scenario teaches what it should.',
  'check.how':
    'Load a scenario file to check it. The scenarios/README.md guide explains every field.',
  'check.valid': '{name} is a valid scenario.',
  'check.balance': 'Quick balance run',
  'check.balance-note':
    'Scripted players - one who does nothing, a random one, one who makes the classic mistakes, an expert, and others - play your scenario many times.',
  'check.seeds-label': 'Games per player',
  'check.seeds': { one: '{count} seed', other: '{count} seeds' },
  'check.run': 'Run',
  'check.cancel': 'Cancel',
  'check.progress': 'Balance run progress',
  'check.played': '{done} of {total} games played…',
  'check.cancelled': 'Cancelled.',
  'check.failed': 'The run stopped: {message}',
  'check.finished': '{total} games played.',
  'check.met': 'Met',
  'check.missed': 'Missed',
  'target.do-nothing-loses-40-60':
    'A company that does nothing should lose 40-60% of its starting customers in five years: it loses {lost}.',
  'target.controllable-60-73':
    'Of those who leave, 60-73% should leave because of their experience: {controllable} do.',
  'target.expert-beats-twin-90':
    'An expert should beat the do-nothing company in at least 90% of games: {beats}.',
  'target.patience':
    "The expert's lead should take time: after year 1 it should be under a third of the final lead ({q4} against {q20} customers).",
  'target.expert-far-above-random':
    'The expert should score far above random play (150 points or more): {expert} against {random}.',
  'target.no-spam-beats-expert':
    'Repeating one initiative should never beat the expert: the best, "{initiative}", scores {spam} against {expert}.',
  'target.anti-pattern-below-random':
    'The classic mistakes should score below random play: {anti} against {random}.',
  'target.anti-pattern-fired':
    'The classic mistakes should get the CCO fired noticeably often (10% or more): {fired}.',
  'target.aligned-beats-generic':
    'An expert who works with the power core should beat one who ignores it by 40 points or more: {expert} against {generic}.',

  // --- Leaderboard --------------------------------------------------------------------------------
  'board.title': 'Leaderboard',
  'board.lead':
    "Every team's decisions are replayed here, so only real games count. Ties are broken by customers kept against the twin, then by profit.",
  'board.add': 'Add results',
  'board.paste': 'Paste result codes',
  'board.paste-hint': 'One or many codes, each starting with PC1.',
  'board.add-codes': 'Add the codes',
  'board.files': 'Drop result files',
  'board.files-hint':
    "Drop the teams' result files (several at once), or press Enter to choose them. A custom scenario's file can be dropped here too.",
  'board.custom': 'Custom scenario loaded: {name}',
  'board.rejected': 'Rejected results',
  'board.rejected-because': 'rejected: {reason}',
  'board.verified': 'verified',
  'board.clear': 'Clear the leaderboard',
  'board.ranking': 'Ranking',
  'board.empty': 'No verified results yet.',
  'board.code-label': 'code {n}',
  'board.scenario': 'Company',
  'board.seed': 'Seed',
  'board.difficulty': 'Difficulty',
  'board.seat-time': 'Seat time',
  'board.currency': 'Currency',
  'board.part-points': '{part} (points)',
  'board.group': '{company} · seed {seed} · {difficulty} · {seat}',
  'board.groups-note': {
    one: 'These games were played on one setting.',
    other:
      'These games were played on {count} different settings (company, seed, difficulty or seat time). Only games of the same setting are ranked against each other.',
  },
  'board.print-head': 'Power Core workshop results · {date} · {companies}',
  'board.rank': 'Rank',
  'board.team': 'Team',
  'board.score': 'Score',
  'board.title-column': 'Title',
  'board.status': 'Status',
  'board.vs-twin': 'Customers vs twin',
  'board.retained': 'Customers kept vs twin (%)',
  'board.profit': 'Cumulative profit',
  'board.quarter': 'Last quarter',
  'board.chart': 'Customers of every team against the do-nothing twin',
  'board.chart-caption':
    'All teams played the same company with the same luck: the differences are their decisions.',
  'board.chart-mixed':
    'Teams played different games (scenario, seed or difficulty): the twin shown is the first team’s.',
  'board.csv-style': 'CSV for',
  'board.csv-comma': 'Excel in English (comma)',
  'board.csv-semicolon': 'Excel in Polish or Ukrainian (semicolon, decimal comma)',
  'board.export-csv': 'Export CSV',
  'board.export-json': 'Export JSON',
  'board.print': 'Print',

  // --- Debrief: discussion, result, what-if ------------------------------------------------------
  'debrief.tab.discussion': 'Discussion',
  'debrief.tab.result': 'Result',
  'debrief.practice-title': 'Debrief of your practice run',
  'discussion.lead': 'Questions for the room, from what this team did. Start with what it missed.',
  'result.lead':
    'Give this result code (or the file) to your facilitator. The leaderboard replays your decisions to verify the score.',
  'result.code': 'Your result code',
  'result.copy': 'Copy the code',
  'result.download': 'Download the result file',
  'result.practice':
    'This was practice from a quarter of your game: it is never a result and changes nothing.',
  'result.back-to-real': 'Back to your real game',
  'whatif.title': 'What if…?',
  'whatif.text':
    'Go back to a quarter of this game and try other decisions. It is practice: your real game and its result stay as they are.',
  'whatif.from': 'From',
  'whatif.start': 'Practise from there',
  'top.practice': 'Practice · not scored',
  'menu.back-to-real': 'Leave practice: back to your real game',

  // --- Discussion prompts -------------------------------------------------------------------------
  // One per lesson note (lesson.Lx.y → prompt.Lx.y): each asks about exactly what the note states,
  // with the same figures. `unseen` ones are for lessons the game never showed.
  'prompt.L1.linked':
    'In {quarter} the silos’ metrics were linked and customers stopped falling between them. What did it take, and who resisted?',
  'prompt.L1.handoffs':
    'In {quarter}, {lost} customers left over service while the silos worked apart. Where were they passed on, and who could have owned them?',
  'prompt.L2.reasons-seen':
    'In {quarter} you saw why customers leave: {share}% over their experience. What surprised the room in those reasons?',
  'prompt.L2.unknown-reasons':
    'By {quarter}, {lost} customers had left and nobody knew why. What would it have cost to ask them?',
  'prompt.L3.with-core':
    'In {quarter} you launched {initiative}, which fits the {core} power core. What made it an easy yes?',
  'prompt.L3.against-core':
    'In {quarter} you launched {initiative} against the {core} power core. How could the same goal have been framed in its language?',
  'prompt.L3.aligned':
    'In {quarter} {silo} agreed when you argued in the power core’s language (“{approach}”). Why did that argument work there?',
  'prompt.L3.frontal':
    'In {quarter} {silo} refused an argument that went against how the company thinks (“{approach}”). How else could you have asked?',
  'prompt.L3.escalated-core':
    'In {quarter} you went over the head of {silo}, the power core’s leader. What did that cost you later?',
  'prompt.L4.gauges-up':
    'In {quarter} motivation, measurability and implementability all rose together. Which of them moved first?',
  'prompt.L4.gated':
    'In {quarter} {initiative} delivered only part of its effect because {gauge} was low. What would have raised it?',
  'prompt.L4.nominal':
    'In {quarter} {silo} said yes to {initiative} and then did little. How do you tell a real commitment from a nominal one?',
  'prompt.L5.tracking':
    'In {quarter} someone started tracking customers won and lost. What changed once one person owned it?',
  'prompt.L5.decay':
    'In {quarter} the commitment of {silo} to {initiative} quietly decayed. Who should have noticed, and how?',
  'prompt.L6.incentives':
    'In {quarter} you changed what people are paid on ({initiative}). Which absurd result did that stop?',
  'prompt.L7.gap-found':
    'In {quarter} leadership believed satisfaction was {believed}; customers said {measured}. How did leadership take the news?',
  'prompt.L7.found-blind-spot':
    'In {quarter} {segment} rated {stage} at {measured}, where leadership believed {believed}. What else might the company be wrong about?',
  'prompt.L7.fixed-what-customers-said':
    'In {quarter} you launched {initiative} on {stage}, where {segment} had told you they were let down. How did asking first change the plan?',
  'prompt.L7.fixed-belief':
    'In {quarter} you launched {initiative} to fix {stage} for {segment} without asking them; they were leaving over {leaving}. What would asking first have changed?',
  'prompt.L7.never-measured':
    'By {quarter} nothing had been measured: the company’s belief went unchallenged. What would one survey have shown?',
  'prompt.L8.listened':
    'In {quarter} you listened to {segment} directly. What did you hear that a score would have hidden?',
  'prompt.L8.reasons':
    'By {quarter} you knew why leavers left. Which reason would you act on first, and why?',
  'prompt.L8.stages':
    'By {quarter} your listening showed the journey stage by stage. Did it also tell you why customers leave?',
  'prompt.L8.score-only-launch':
    'In {quarter} you launched {initiative}, which gives one score and no reasons, while nothing else told you why customers leave. What would the score hide?',
  'prompt.L8.scores-only':
    'By {quarter} your listening had shown scores but never why customers leave. What did the scores hide?',
  'prompt.L9.loop-closed':
    'In {quarter} feedback was acted on and shared. How did employees respond?',
  'prompt.L9.drawer':
    'In {quarter} feedback went into a drawer. What does that teach employees about the next survey?',
  'prompt.L10.empowered':
    'In {quarter} you gave employees room to act ({initiative}). Which story from the front line would you tell the CEO?',
  'prompt.L10.engaged':
    'In {quarter} employee engagement reached {engagement}. What made people care?',
  'prompt.L10.disengaged':
    'In {quarter} employee engagement fell to {engagement}. What made people stop caring?',
  'prompt.L11.money-argument':
    'In {quarter} the money convinced {silo}. Which number mattered most?',
  'prompt.L11.report-in-money':
    'In {quarter} you showed the CEO results in money. Which figure will the CEO remember?',
  'prompt.L11.report-without-money':
    'In {quarter} your report to the CEO had no money in it. How would the same report sound in revenue?',
  'prompt.L11.review-without-money':
    'At the review in {quarter} the CEO saw no results in money. What is one kept customer worth to this company?',
  'prompt.L12.stayed-the-course':
    'You kept the CEO with you to the end (support {support}). What did the CEO need to see, and when?',
  'prompt.L12.patience':
    'In {quarter} CEO support fell to {support}. What could have been shown earlier?',
  'prompt.L12.final-warning':
    'At the review of year {year} the CEO gave you a final warning. What would have changed the CEO’s mind a year earlier?',
  'prompt.L12.nothing-to-show':
    'In {quarter} you reported to the CEO with nothing new to show. What should a report bring, and when is it worth making?',
  'prompt.L13.meaningful':
    'In {quarter} {initiative} improved what its customers care about most. How did you know what that was?',
  'prompt.L13.wasted':
    'In {quarter} {initiative} improved what its customers care little about. Which group wanted what?',
  'prompt.L14.pilot':
    'In {quarter} you piloted {initiative} first. What did the pilot tell you that a plan could not?',
  'prompt.L14.pilot-evidence':
    'In {quarter} a pilot’s results won {silo} over. Why do results persuade where plans do not?',
  'prompt.L14.scaled':
    'In {quarter} you rolled out {initiative} after its pilot showed {share}% of the promised effect. What would you pilot next?',
  'prompt.L14.scaled-poor':
    'In {quarter} you rolled out {initiative} although its pilot showed only {share}%. Why go ahead, and what would stopping have saved?',
  'prompt.L14.dud-rolled-out':
    'In {quarter} {initiative}, rolled out in full, worked at only {share}% of what was promised. What would a pilot have shown?',
  'prompt.event.met':
    'In {quarter} your answer to "{event}" showed this lesson. What made it the right call?',
  'prompt.event.missed':
    'In {quarter} your answer to "{event}" went against this lesson. What would the other answer have cost, and won?',
  'prompt.event.defused':
    'In {quarter} "{event}" was defused by an initiative you ran. Would you have seen it coming?',
  'prompt.L1.unseen':
    'Which hand-offs between silos did your customers live through? When could you have looked for them?',
  'prompt.L2.unseen':
    'By the end, {share}% of leavers had left because of their experience. When could you have asked them why?',
  'prompt.L3.unseen':
    'What does the {core} power core value most, and how could a customer initiative serve that?',
  'prompt.L4.unseen':
    'Which of the three - motivation, measurability, implementability - was your weakest, and what held it down?',
  'prompt.L5.unseen':
    '"Everyone owns the customer" means nobody does. Who owned your customers in this game?',
  'prompt.L6.unseen': 'Which silo KPI in this company rewards the wrong thing for customers?',
  'prompt.L7.unseen':
    'How far was leadership’s picture from what customers would have said, and when could you have checked?',
  'prompt.L8.unseen':
    'You never listened to customers directly. What could a manager calling the help line have learnt?',
  'prompt.L9.unseen': 'What happened to what customers told you? Who in the company ever saw it?',
  'prompt.L10.unseen':
    'How much could your front-line employees fix on the spot? What stopped them?',
  'prompt.L11.unseen':
    'What is one kept customer worth to this company? When could you have put a price on it?',
  'prompt.L12.unseen':
    'Loyalty takes years. How did you keep the CEO involved while results were still invisible?',
  'prompt.L13.unseen': 'Which stage of the journey matters most to each of your customer groups?',
  'prompt.L14.unseen':
    'You never piloted anything. Which initiative would you try small first next time?',

  // --- Verifying results -------------------------------------------------------------------------
  'verify.not-a-result': 'this is not a Power Core result code or result file',
  'verify.damaged': 'the code or file is damaged (its check value does not match): copy it again',
  'verify.edited': 'the result file was changed after the game (its check value does not match)',
  'verify.unknown-scenario':
    'it was played on a scenario this workshop does not have: load that scenario file',
  'verify.scenario-version': 'it was played on a different version of {scenario}',
  'verify.engine-version': 'it was played on a different version of Power Core ({found})',
  'verify.does-not-replay': 'its decisions do not replay (decision {decision} is refused)',
  'verify.unfinished': 'the game is not finished yet',
  'verify.score-mismatch':
    'the score written in the file ({claimed}) is not what its decisions give ({actual})',

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
};

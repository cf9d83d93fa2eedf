// English words of the debrief: its tabs, charts, timeline, lessons, refusals, discussion and the prompts for each lesson note. Part of the English dictionary (../en.ts). Imports only the type.

import type { Dictionary } from '../dictionary';

export const debrief = {
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
  'refusal.room-held':
    'The facilitator is holding every team here for a discussion. Your decisions wait until the room is released.',
  'refusal.save-conflict':
    'This game was saved from another window. Choose which game goes on before deciding anything here.',
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
} satisfies Dictionary;

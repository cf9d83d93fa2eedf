// English words of workshops: joining, the facilitator's pages, the leaderboard and verifying results. Part of the English dictionary (../en.ts). Imports only the type.

import type { Dictionary } from '../dictionary';

export const workshop = {
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
} satisfies Dictionary;

// English words of workshops: joining, the facilitator's pages, a scenario file's problems, the leaderboard and verifying results. Part of the English dictionary (../en.ts); it must have every problem key the scenario loader gives. Imports only types.

import type { ProblemKey } from '../../../scenario/problem';
import type { Dictionary, Entry } from '../dictionary';

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

  // --- A scenario file's problems (src/scenario/problem.ts lists the keys) ------------------------
  // Reading the file
  'scenario-problem.file-too-large':
    'The file is too large ({size} KB); a scenario file may be at most {max} KB.',
  'scenario-problem.empty-file': 'The file is empty.',
  'scenario-problem.binary':
    'This is not a text file (it looks like a binary file, e.g. an image or a spreadsheet).',
  'scenario-problem.duplicate-key':
    'The key {key} appears twice in the same group; keys must be unique.',
  'scenario-problem.duplicate-key-unnamed':
    'The key appears twice in the same group; keys must be unique.',
  'scenario-problem.too-deep': {
    one: 'The file is nested too deeply (more than {count} level).',
    other: 'The file is nested too deeply (more than {count} levels).',
  },
  'scenario-problem.aliases':
    'YAML aliases and anchors (*name, &name) are not allowed in scenario files; write the value out.',
  'scenario-problem.alias-error':
    'YAML aliases and anchors (*name, &name) are not allowed in scenario files.',
  'scenario-problem.forbidden-key': 'The key {key} is not allowed in scenario files.',
  'scenario-problem.complex-key': 'Keys must be plain names, not lists or groups.',
  'scenario-problem.tag': 'The YAML tag {tag} is not allowed in scenario files.',
  'scenario-problem.custom-tags': 'Custom YAML tags are not allowed in scenario files.',
  'scenario-problem.too-deep-to-read': 'The file is nested too deeply to read.',
  'scenario-problem.unreadable': 'The file could not be read as JSON or YAML.',
  'scenario-problem.tabs': 'This line is indented with a tab; use spaces instead.',
  'scenario-problem.colon-in-text':
    'The text contains ": " (a colon and a space), so it must be put in quotes: {fix}',
  'scenario-problem.colon-at-end': 'The text ends with a colon, so it must be put in quotes: {fix}',
  'scenario-problem.text-after-quote':
    'The text goes on after its closing quote; the quotes must surround the whole text: {fix}',
  'scenario-problem.unclosed-quote':
    'This text starts with a quote mark that is never closed; end the text with the same quote mark ({quote}).',
  'scenario-problem.unclosed-bracket':
    'The {open} that opens here is never closed; add {close} where the list or group ends.',
  'scenario-problem.no-space-after-colon':
    'The colon after a field name must be followed by a space: {fix}',
  'scenario-problem.missing-colon': 'A field name must be followed by a colon and a space: {fix}',
  'scenario-problem.no-space-after-dash':
    'The dash of a list item must be followed by a space: {fix}',
  'scenario-problem.missing-comma':
    'A comma is missing after this value: inside [ ] and { }, items are separated by commas.',
  'scenario-problem.indentation':
    'This line is not indented like the lines around it: the fields of one group must start in the same column.',
  'scenario-problem.flow-indent':
    'This line continues a [ … ] or { … } from a line above, so it must be indented further than the line where the bracket opens.',
  'scenario-problem.not-yaml': 'This is not valid JSON or YAML here: {detail}',
  // The fields against the schema ({value}: a value from the file or a scenario-problem.value phrase)
  'scenario-problem.missing': 'is required but missing',
  'scenario-problem.unknown-field': 'is not a field here',
  'scenario-problem.unknown-field-hint': 'is not a field here (did you mean {hint}?)',
  'scenario-problem.not-group': 'should be a group of fields, but is {value}',
  'scenario-problem.min-value': 'should be at least {min}, but is {value}',
  'scenario-problem.max-value': 'should be at most {max}, but is {value}',
  'scenario-problem.not-integer': 'should be a whole number, but is {value}',
  'scenario-problem.empty-text': 'should not be empty',
  'scenario-problem.too-long': {
    one: 'is too long (at most {count} character)',
    other: 'is too long (at most {count} characters)',
  },
  'scenario-problem.too-few-items': {
    one: 'needs at least {count} item, but has {has}',
    other: 'needs at least {count} items, but has {has}',
  },
  'scenario-problem.too-many-items': {
    one: 'may have at most {count} item, but has {has}',
    other: 'may have at most {count} items, but has {has}',
  },
  'scenario-problem.pattern': 'should be {pattern}, but is {value}',
  'scenario-problem.pattern.id': 'an id (1 to 48 lower-case letters, digits and hyphens)',
  'scenario-problem.pattern.language':
    'a language code: two lower-case letters, optionally a hyphen and a two-letter region in capitals (en, pl, uk, pt-BR)',
  'scenario-problem.pattern.silo-ref':
    'a silo id, or role: and a role (lower-case letters, digits and hyphens)',
  'scenario-problem.one-of': 'should be one of {options}, but is {value}',
  'scenario-problem.one-of-hint':
    'should be one of {options}, but is {value} (did you mean {hint}?)',
  'scenario-problem.literal': 'should be {expected}, but is {value}',
  'scenario-problem.not-text':
    'should be a text, or one text per language like { en: "…" }, but is {value}',
  'scenario-problem.no-language': 'give the text in at least one language',
  'scenario-problem.min-above-max': 'min must not be above max',
  'scenario-problem.wrong-type': 'should be {wanted}, but is {value}',
  'scenario-problem.type.number': 'a number',
  'scenario-problem.type.text': 'a text',
  'scenario-problem.type.boolean': 'true or false',
  'scenario-problem.type.list': 'a list',
  'scenario-problem.type.group': 'a group of fields',
  'scenario-problem.type.fixed': 'a fixed value',
  'scenario-problem.type.other': 'something else',
  'scenario-problem.value.empty': 'empty',
  'scenario-problem.value.nan': 'not a number',
  'scenario-problem.value.infinite': 'infinite',
  'scenario-problem.value.list': 'a list',
  'scenario-problem.value.group': 'a group of fields',
  'scenario-problem.quoted': '"{text}"',
  // How the fields fit together ({id}, {role}: quoted from the file)
  'scenario-problem.duplicate-id.segment': 'another segment already has the id {id}',
  'scenario-problem.duplicate-id.silo': 'another silo already has the id {id}',
  'scenario-problem.duplicate-id.initiative': 'another initiative already has the id {id}',
  'scenario-problem.duplicate-id.event': 'another event already has the id {id}',
  'scenario-problem.duplicate-option-id': 'another option of this event already has the id {id}',
  'scenario-problem.unknown-silo': 'names the silo {id}, but there is no silo with that id',
  'scenario-problem.core-silo-required':
    'is required: name the silo that holds the {core} power core',
  'scenario-problem.weights-sum': 'should add up to 1, but they add up to {total}',
  'scenario-problem.unknown-segment':
    'names the segment {id}, but there is no segment with that id',
  'scenario-problem.unknown-role': 'asks for a silo with the role {role}, but no silo has it',
  'scenario-problem.unknown-shared-initiative':
    'names the shared initiative {id}, but there is none with that id',
  'scenario-problem.last-before-first': 'is before firstQuarter ({first})',
  'scenario-problem.unknown-option':
    'names the option {id}, but the event has no option with that id',
  'scenario-problem.default-costs': 'must cost nothing: it is what happens when nobody acts',
  'scenario-problem.unknown-initiative':
    'names the initiative {id}, but it is not in the catalogue',
  'scenario-problem.excluded-initiative':
    'names the initiative {id}, but this file excludes it from the shared initiatives (defaultInitiatives.exclude), so it can never run',
  // The list, and where a problem is (the command line's words)
  'scenario-problem.more': {
    one: '… and {count} more problem.',
    other: '… and {count} more problems.',
  },
  'scenario-problem.file': '(file)',
  'scenario-problem.line': 'line {line}',
  'scenario-problem.line-column': 'line {line}, column {column}',
  // Finding the file, and the checker
  'scenario-problem.no-such-file': 'there is no such file',
  'scenario-problem.folder': 'this is a folder, not a file',
  'scenario-problem.too-large-to-read': 'the file is too large ({size} KB)',
  'scenario-problem.no-built-in': 'there is no built-in scenario {id}',
  'scenario-problem.checker-stopped': 'the checker stopped',
  'scenario-problem.no-answer': 'the checker gave no answer',
  'scenario-problem.text': '{text}',
  'preview.company': 'Company',
  'preview.core': 'Power core',
  'preview.silos': 'Silos',
  'preview.segments': 'Customers',
  'preview.content': 'Content',
  'preview.counts': '{initiatives} initiatives, {events} events',
  'scenario.from-file': 'From the file {name}',
  'join.title': 'Join a workshop',
  'join.lead':
    "Type the code your facilitator gives you: a workshop code, or a live room's code or address. Every team with the same code plays the same game.",
  'join.code': 'Workshop or room code',
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
  'join.problem.room-address':
    "This is a live room's code. Type the room's whole address as your facilitator shows it (it starts with http://).",
  'join.room.title': 'Live room {code}',
  'join.room':
    "At {address}. Your decisions go to the facilitator's screen as you play; the game itself runs here, as always.",
  'join.room.joining': 'Joining the room…',
  'join.room.problem.no-room':
    'There is no room with this code at {address}. Check the code with your facilitator.',
  'join.room.problem.closed': 'This room is closed: the facilitator is no longer taking games.',
  'join.room.problem.name': 'Give your team a name (up to 60 characters).',
  'join.room.problem.name-taken':
    "Another team in this room has that name. Choose another, or rejoin with your team's code below.",
  'join.room.problem.rejoin':
    'This is not the rejoin code of a team in this room. Your team sees its code during the game (8 letters and digits).',
  'join.room.problem.too-fast': 'The room is busy: try again in a moment.',
  'join.room.problem.unreachable':
    "The room at {address} does not answer. Check the address, and that this computer is on the room's network.",
  'join.room.problem.no-rooms':
    'This copy of the game cannot join live rooms. Open the address your facilitator gives you.',
  'join.room.problem.scenario': "The room's scenario could not be loaded in this browser.",
  'join.rejoin': 'Your team is already in this room on another computer? Rejoin it here',
  'join.rejoin.code': "Your team's rejoin code",
  'join.rejoin.start': 'Rejoin the team',
  'room.label': 'Live room',
  'room.badge': 'Room {code}',
  'room.badge.online': 'Room {code} · connected',
  'room.badge.offline': 'Room {code} · not connected',
  'room.offline':
    'Not connected to the room just now. Play on: the game is saved here, and the room catches up when it is back.',
  'room.rejoin': 'Rejoin code for another computer: {code}',
  'room.held':
    'The facilitator is holding every team after year {year} for a discussion. Look around; your decisions wait for the release.',
  'room.countdown': 'This round ends at {time}.',
  'room.message': 'From the facilitator: {text}',
  'room.closed':
    'The room is closed. Your game goes on here; at the end, give your facilitator the result code from the debrief.',
  'room.refused':
    'The room did not accept a decision of this game. It goes on here; at the end, give your facilitator the result code from the debrief.',
  'room.adopted': "Your team played on at another computer: this is the room's game now.",
  'room.waiting': {
    one: '{count} decision is waiting to reach the room.',
    other: '{count} decisions are waiting to reach the room.',
  },

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
  'fac.live': 'Watch a live room',
  'fac.live.note':
    'Every team’s game as it happens, in a room started with npm run room: hold, countdown, message.',
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
    "Every team's decisions are replayed here, so only real games count. Ties are broken by customers kept against the twin, then by profit. The results stay on this computer until you clear them.",
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
  'board.clear-sure': {
    one: 'Remove {count} result for good?',
    other: 'Remove all {count} results for good?',
  },
  'board.not-kept':
    'This computer cannot keep the leaderboard (its storage is full or switched off): a reload loses it. Export it before you close the page.',
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

  // --- Command-line tools (balance, play, verify, check-scenario) ----------------------------------
  // The names of strategies and constraints (expert, do-nothing, no-listening …) are the tools'
  // own names, the same in every language. Column headings are separated by "|".
  'tool.check.ok':
    '{file}: ok ({segments} segments, {silos} silos, {initiatives} initiatives, {events} events)',
  'tool.balance.heading': 'Scenario {scenario}, {seeds} seeds, difficulty {difficulty}',
  'tool.balance.columns': 'strategy|median|p10|p90|fired|lost|ctrl|beats twin|lead Q4|lead Q20',
  'tool.balance.targets': 'Behaviour targets:',
  'tool.met': 'met',
  'tool.missed': 'MISSED',
  'tool.balance.diagnosis': 'What the expert met (to see why a target is missed):',
  'tool.balance.silo':
    '{silo} {talks} talks, {refused}% refused, {nominal}% nominal yes; {load} {loadAtEnd} of {capacity} at the end',
  'tool.balance.load': 'load',
  'tool.balance.overloaded': 'OVERLOADED',
  'tool.balance.rare': 'launched in under 10% of games: {list}',
  'tool.adversaries.heading':
    'Adversaries (optimiser, {budget} budget; scores on {seeds} fresh seeds):',
  'tool.adversaries.columns': 'strategy|mean|median|below best',
  'tool.adversaries.targets': 'No lesson can be skipped:',
  'tool.target.do-nothing-loses-40-60':
    'do-nothing loses {lost} of its starting customers by the end (target 40-60%)',
  'tool.target.controllable-60-73':
    "{controllable} of do-nothing's leavers leave for controllable reasons (target 60-73%)",
  'tool.target.expert-beats-twin-90':
    'the expert ends with more customers than its twin in {beats} of seeds (target at least 90%)',
  'tool.target.patience':
    "the expert's lead over the twin is {q4} customers after quarter 4 and {q20} after quarter 20 (target: less than a third)",
  'tool.target.expert-far-above-random':
    'expert median {expert} vs random {random} (target at least {need} above)',
  'tool.target.no-spam-beats-expert':
    'best single-initiative strategy {strategy} has median {spam} vs expert {expert}',
  'tool.target.anti-pattern-below-random': 'anti-pattern median {anti} vs random {random}',
  'tool.target.anti-pattern-fired':
    'anti-pattern is fired in {fired} of seeds (target at least {need})',
  'tool.target.aligned-beats-generic':
    'expert ignoring the power core: median {generic} vs aligned expert {expert} (target at least {need} below)',
  'tool.target.lesson-binds':
    '{strategy} scores {mean} against best {best}: {gap} below (target at least {need})',
  'tool.target.expert-near-best':
    'the expert scores {expert} against best {best} (target at least {need} of it)',
  'tool.target.report-only-near-do-nothing':
    'reporting without customer work scores {reportOnly} against do-nothing {idle} (target at most {need} above)',
  'tool.play.summary': '{team}: {total} points ({title}), {decisions} decisions',
  'tool.play.written': 'result file written to {file}',
  'tool.verify.verified': 'verified: {team} - {total} points ({title}) on {scenario}, seed {seed}',
  'tool.verify.no-team': '(no team name)',
  'tool.verify.rejected': 'rejected: {reason}',
  'tool.verify.rejected-team': 'rejected ({team}): {reason}',

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
} satisfies Dictionary & Record<ProblemKey, Entry>;

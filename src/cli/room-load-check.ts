// What a loaded room must have kept of every team (room-load.ts): the team's decisions, all of
// them, in order, none twice; every decision it acknowledged before a kill still there after
// the restart; and a result that verifies by replay to the score of the team's own game. Returns
// each problem in words; none means the room lost nothing. Node only.

import type { Scenario } from '../engine';
import { canonicalJson, computeScore, replay } from '../engine';
import { verifyResult } from '../workshop/verify';
import type { TeamOutcome } from './room-load';

export function checkRoomGames(scenario: Scenario, teams: readonly TeamOutcome[]): string[] {
  const problems: string[] = [];
  for (const team of teams) {
    const say = (text: string) => problems.push(`${team.name} (${team.bot}): ${text}`);
    const differs = team.played.findIndex(
      (action, i) => canonicalJson(action) !== canonicalJson(team.held[i] ?? null),
    );
    if (team.held.length !== team.played.length)
      say(`the room holds ${team.held.length} decisions, the team made ${team.played.length}`);
    else if (differs >= 0) say(`the room's decision ${differs + 1} is not the team's`);
    if (
      team.acknowledgedAtKill !== null &&
      team.heldAfterRestart !== null &&
      team.heldAfterRestart < team.acknowledgedAtKill
    )
      say(
        `${team.acknowledgedAtKill} decisions were acknowledged before the kill, ` +
          `${team.heldAfterRestart} were there after the restart`,
      );
    if (!team.resultCode) {
      say('no result on the facilitator’s page');
      continue;
    }
    const verified = verifyResult(team.resultCode, [scenario]);
    if (!verified.ok) {
      say(`the result does not verify (${verified.reason})`);
      continue;
    }
    const own = replay(scenario, verified.state.seed, verified.state.difficulty, [...team.played]);
    if (!own.ok) say('the team’s own decisions do not replay');
    else if (computeScore(scenario, own.state).total !== verified.score.total)
      say(`the result's score ${verified.score.total} is not the team's game's`);
    if (verified.result.team !== team.name) say(`the result names "${verified.result.team}"`);
  }
  return problems;
}

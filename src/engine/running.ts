// What happens to the running initiatives at the end of a quarter: they ramp, pilots are read,
// full roll-outs that prove duds cost trust, agreements fade or hold (lessons L4, L5, L14), and
// the upkeep is paid. Imports only engine modules.

import type { Scenario } from './scenario-types';
import type { ChangeReason, GameState } from './state-types';
import { clamp, clampPercent, roundTo } from './numbers';
import { moveTrust } from './trust';
import { stream, triangular } from './rng';
import { TUNING } from './tuning';
import { upkeepCost } from './costs';
import { initiativeTable, partnersAnswered, runningTables } from './initiatives';
import { hasCustomerEffects } from './truth';
import { evidenceQuality } from './information';
import { recordLesson } from './lessons';

/** Ramps every running initiative, reads pilots, and lets agreements fade or hold. */
export function progressInitiatives(
  scenario: Scenario,
  state: GameState,
  quarter: number,
  notes: ChangeReason[],
): void {
  const linkage = state.capabilities.linkage / 100;
  const runs = state.initiatives;
  const tables = runningTables(scenario, runs);
  for (let n = 0; n < runs.length; n++) {
    const run = runs[n]!;
    // Partners are kept in the catalogue's order, so their silos' positions are the table's.
    const table = tables[n]!;
    const def = table.def;
    const siloAt = table.partnerPositions;
    if (partnersAnswered(run) || run.quartersRunning > 0) {
      run.quartersRunning += 1;
      run.status = 'running';
    }
    const factor = state.effectFactors[table.position]!;
    if (run.scale === 'pilot' && run.quartersRunning === TUNING.pilotQuarters) {
      run.pilotReading = pilotReading(state, run.id, factor, quarter);
      notes.push({
        key: 'note.pilot-reading',
        delta: run.pilotReading.share,
        params: { initiative: def.id },
      });
    }
    // A full roll-out that turns out a dud costs the partners' trust in the CCO (lesson L14).
    if (
      run.scale === 'full' &&
      !run.dudSeen &&
      run.quartersRunning >= def.rampQuarters &&
      factor < TUNING.dudShare &&
      hasCustomerEffects(def)
    ) {
      run.dudSeen = true;
      for (let k = 0; k < run.partners.length; k++) {
        const partner = run.partners[k]!;
        if (partner.outcome !== 'full' && partner.outcome !== 'pilot') continue;
        const silo = state.silos[siloAt[k]!]!;
        moveTrust(state, silo, -TUNING.dudTrust, 'trust.dud', { initiative: def.id });
      }
      state.ceoSupport = clampPercent(state.ceoSupport - TUNING.dudSupport);
      notes.push({ key: 'note.dud', delta: -TUNING.dudTrust, params: { initiative: def.id } });
      recordLesson(state, 'L14', 'missed', { type: 'resolution' }, 'lesson.L14.dud-rolled-out', {
        initiative: def.id,
        share: Math.round(factor * 100),
      });
    }
    // Agreements fade where nobody ties the silos' metrics together (lesson L5).
    for (let k = 0; k < run.partners.length; k++) {
      const partner = run.partners[k]!;
      if (partner.outcome === undefined || partner.outcome === 'refused') continue;
      const trust = state.silos[siloAt[k]!]!.trust;
      const cap = partner.outcome === 'nominal' ? TUNING.nominalCommitment : 1;
      // Without someone tying the silos' metrics together, every agreement fades; trusting
      // leaders let it fade more slowly. Linkage holds it and, with trust, builds it back.
      const before = partner.commitment;
      const fade = TUNING.commitmentDecay * (1 - linkage) * (trust >= 70 ? 0.5 : 1);
      const grow = trust >= 60 ? TUNING.commitmentGain * linkage : 0;
      partner.commitment = clamp(partner.commitment - fade + grow, TUNING.commitmentFloor, cap);
      if (before >= 0.5 && partner.commitment < 0.5) {
        recordLesson(state, 'L5', 'missed', { type: 'resolution' }, 'lesson.L5.decay', {
          silo: partner.silo,
          initiative: run.id,
        });
      }
    }
  }
}

/**
 * What a pilot shows once it has run: the share of the stated effect the initiative has in this
 * company, measured with an error that shrinks with measurability and grows without any
 * listening to tell how customers took it (lessons L8, L14). Noise from `q07|pilot|<id>`.
 */
function pilotReading(state: GameState, id: string, factor: number, quarter: number) {
  const blind = evidenceQuality(state) === null;
  const uncertainty =
    (TUNING.pilotReadingBase + TUNING.pilotReadingSlope * (1 - state.gauges.measurability / 100)) *
    (blind ? TUNING.pilotReadingBlind : 1);
  const noise = triangular(stream(state.seed, quarter, `pilot|${id}`));
  return {
    quarter,
    share: roundTo(clamp(factor + noise * uncertainty, -1, 2), 2),
    uncertainty: roundTo(uncertainty, 2),
  };
}

/** Pays the quarter's upkeep; when the budget runs out, the newest initiatives stop. */
export function payUpkeep(scenario: Scenario, state: GameState, notes: ChangeReason[]): number {
  let total = 0;
  const runs = state.initiatives;
  const tables = runningTables(scenario, runs);
  for (let n = 0; n < runs.length; n++) total += upkeepCost(tables[n]!.def, runs[n]!.scale);
  while (total > state.budget && state.initiatives.length > 0) {
    const stopped = state.initiatives.pop()!;
    total -= upkeepCost(initiativeTable(scenario, stopped.id)!.def, stopped.scale);
    notes.push({ key: 'note.unfunded', delta: 0, params: { initiative: stopped.id } });
  }
  state.budget -= total;
  state.spentThisYear += total;
  // Upkeep comes out of profit in resolveQuarter itself, not through the turn's spending.
  return total;
}

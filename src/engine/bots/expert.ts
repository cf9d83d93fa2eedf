// The expert plays by the lessons: it listens first and keeps listening (open answers and exit
// reasons, not scores), fixes the stages customers actually find weak, pilots what is uncertain
// and scales what works, builds customer accountability, empowers the front line, closes the
// loop, shows results to the CEO in money, and frames everything in the power core's language.
// `expert-generic` is the same player ignoring the power core: shared initiatives only,
// arguments judged as if the core did not exist. Both are the parameterised strategy
// (bots/policy.ts) with the expert's parameters. Imports only engine modules.

import type { Bot } from './bot';
import { policyBot } from './policy';
import { EXPERT_PARAMS } from './strategy-params';

export function expert(generic: boolean): Bot {
  return policyBot(generic ? 'expert-generic' : 'expert', EXPERT_PARAMS, { generic });
}

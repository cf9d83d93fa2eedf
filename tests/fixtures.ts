// Fixed inputs for golden tests, independent of the scenario files (which are tuned over time).
import type { Segment } from '../src/engine';

export const GOLDEN_SEGMENT: Segment = {
  id: 'golden',
  name: 'Golden segment',
  description: 'A fixed segment for golden tests.',
  customers: 1000,
  revenuePerCustomer: 2,
  acquisition: 0.02,
  uncontrollableChurn: 0.012,
  baseChurn: 0.004,
  churnPerGapPoint: 0.0012,
  weights: { awareness: 0.1, decision: 0.2, purchase: 0.2, service: 0.3, repurchase: 0.2 },
  experience: { awareness: 60, decision: 60, purchase: 55, service: 50, repurchase: 52 },
  expectations: { awareness: 62, decision: 66, purchase: 65, service: 68, repurchase: 64 },
  expectationDrift: 0.45,
};

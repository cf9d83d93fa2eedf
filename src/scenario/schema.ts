// The scenario file format as a valibot schema: the single source of the checks the loader runs
// and of scenarios/schema.json (generated from it, so editors can autocomplete scenario files).
// Cross-references (a partner silo that exists, a default option among the options) are checked
// after this, in references.ts. Its own messages (a pattern's name, a check) are problem keys.
// Imports valibot, engine constants and the problem keys' type.

import * as v from 'valibot';
import {
  APPROACHES,
  ASK_SIZES,
  CAPABILITIES,
  CATEGORIES,
  GAUGES,
  KPI_FOCUSES,
  LESSONS,
  PERSONALITIES,
  POWER_CORES,
  REVEALS,
  STAGES,
  VERDICTS,
} from '../engine';
import type { ProblemKey } from './problem';

export const SCENARIO_FORMAT = 'power-core-scenario/1';
export const DEFAULTS_FORMAT = 'power-core-defaults/1';

const MAX_TEXT = 4000;

const describe = <S extends v.GenericSchema>(schema: S, text: string) =>
  v.pipe(schema, v.description(text));

const range = (min: number, max: number, text: string) =>
  v.pipe(v.number(), v.minValue(min), v.maxValue(max), v.description(text));

const whole = (min: number, max: number, text: string) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max), v.description(text));

export const idSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'scenario-problem.pattern.id' satisfies ProblemKey),
  v.description('An identifier: lower-case letters, digits and hyphens, e.g. "key-accounts".'),
);

const languageCode = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'scenario-problem.pattern.language' satisfies ProblemKey),
);

/** A text shown to players: one string, or one string per language code. */
export const textSchema = v.pipe(
  v.union([
    v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
    v.pipe(
      v.record(languageCode, v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT))),
      v.check(
        (r) => Object.keys(r).length > 0,
        'scenario-problem.no-language' satisfies ProblemKey,
      ),
    ),
  ]),
  v.description(
    'A text for players: a string, or one string per language, e.g. { en: "…", pl: "…" }.',
  ),
);

const stageNumbers = (text: string) =>
  describe(
    v.strictObject(
      Object.fromEntries(
        STAGES.map((s) => [s, range(0, 100, `${text} (${s}), 0..100.`)]),
      ) as Record<(typeof STAGES)[number], ReturnType<typeof range>>,
    ),
    text,
  );

const stageDeltas = (min: number, max: number, text: string) =>
  describe(
    v.strictObject(
      Object.fromEntries(
        STAGES.map((s) => [s, v.optional(range(min, max, `${text} (${s}).`))]),
      ) as Record<(typeof STAGES)[number], v.OptionalSchema<ReturnType<typeof range>, undefined>>,
    ),
    text,
  );

const partialRecord = <K extends readonly string[], S extends v.GenericSchema>(
  keys: K,
  value: S,
  text: string,
) =>
  describe(
    v.strictObject(
      Object.fromEntries(keys.map((k) => [k, v.optional(value)])) as {
        [P in K[number]]: v.OptionalSchema<S, undefined>;
      },
    ),
    text,
  );

const fullRecord = <K extends readonly string[], S extends v.GenericSchema>(
  keys: K,
  value: S,
  text: string,
) =>
  describe(
    v.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as { [P in K[number]]: S }),
    text,
  );

const lessonList = describe(
  v.pipe(v.array(v.picklist(LESSONS)), v.maxLength(14)),
  'Lessons of the game (L1..L14) this shows; see the authoring guide.',
);

const siloChanges = describe(
  v.record(v.string(), range(-50, 50, 'Change in points.')),
  'Changes by silo id; "*" means every silo and "core" the power-core silo.',
);

export const effectsSchema = describe(
  v.strictObject({
    experience: v.optional(
      stageDeltas(-40, 40, 'A temporary shift of true experience, in points; it fades back.'),
    ),
    structural: v.optional(
      stageDeltas(-40, 40, 'A lasting shift of the experience level the company returns to.'),
    ),
    expectations: v.optional(stageDeltas(-20, 20, 'A shift of what customers expect, in points.')),
    segments: v.optional(
      describe(v.array(idSchema), 'Only these segments are affected (all when left out).'),
    ),
    engagement: v.optional(range(-40, 40, 'Employee engagement change, in points.')),
    gauges: v.optional(partialRecord(GAUGES, range(-50, 50, 'Points.'), 'Systemic gauge changes.')),
    capabilities: v.optional(
      partialRecord(CAPABILITIES, range(-50, 50, 'Points.'), 'Accountability capability changes.'),
    ),
    ceoSupport: v.optional(range(-50, 50, 'CEO support change, in points.')),
    budget: v.optional(range(-100000, 100000, "Change of this year's CCO budget, in thousands.")),
    politicalCapital: v.optional(whole(-5, 5, "Change of this turn's political capital.")),
    trust: v.optional(siloChanges),
    orientation: v.optional(siloChanges),
    customersLost: v.optional(range(0, 0.3, 'Share of customers that leave at once, 0..0.3.')),
    customersLostStage: v.optional(
      describe(v.picklist(STAGES), 'The journey stage that customers leaving at once blame.'),
    ),
    beliefGap: v.optional(
      range(-40, 40, "Change of leadership's optimism about the experience, in points."),
    ),
  }),
  'One-off effects.',
);

const initiativeEffects = describe(
  v.strictObject({
    experience: v.optional(
      stageDeltas(0, 40, 'Experience lift at full ramp and full realisation, in points.'),
    ),
    engagement: v.optional(range(-20, 30, 'Engagement lift while it runs, in points.')),
    gauges: v.optional(
      partialRecord(GAUGES, range(-30, 40, 'Points.'), 'Systemic gauge lifts while it runs.'),
    ),
    capabilities: v.optional(
      partialRecord(
        CAPABILITIES,
        range(0, 100, 'Level, 0..100.'),
        'Accountability capability levels it builds while it runs.',
      ),
    ),
    recovery: v.optional(
      range(0, 0.5, 'Share of controllable churn won back by fixing problems on the spot.'),
    ),
    acquisition: v.optional(range(0, 0.5, 'Extra acquisition, as a share of the base.')),
    closesLoop: v.optional(
      describe(v.boolean(), 'Feedback is acted on and shared with employees (lesson L9).'),
    ),
    valueModel: v.optional(
      describe(v.boolean(), 'Lets the CCO show results in money (lesson L11).'),
    ),
  }),
  'Effects while the initiative runs, scaled by its ramp and realisation.',
);

export const initiativeSchema = describe(
  v.strictObject({
    id: idSchema,
    name: textSchema,
    summary: textSchema,
    category: describe(v.picklist(CATEGORIES), 'Catalogue category.'),
    cost: describe(
      v.strictObject({
        launch: range(0, 100000, 'Budget to launch, in thousands.'),
        upkeep: range(0, 100000, 'Budget each quarter while it runs, in thousands.'),
        actionPoints: v.optional(whole(0, 4, 'Action points to launch (default 1).'), 1),
        politicalCapital: v.optional(whole(0, 4, 'Political capital to launch (default 0).'), 0),
      }),
      'What it costs.',
    ),
    rampQuarters: whole(1, 8, 'Quarters until it has its full effect.'),
    partners: v.optional(
      describe(
        v.pipe(
          v.array(
            v.strictObject({
              silo: describe(
                v.pipe(
                  v.string(),
                  v.regex(
                    /^(role:)?[a-z0-9][a-z0-9-]{0,47}$/,
                    'scenario-problem.pattern.silo-ref' satisfies ProblemKey,
                  ),
                ),
                'A silo id, or "role:<role>" for whichever silo has that role.',
              ),
              ask: describe(v.picklist(ASK_SIZES), 'How much the silo is asked to give.'),
            }),
          ),
          v.maxLength(4),
        ),
        'Silos whose commitment it needs; each is negotiated with.',
      ),
      [],
    ),
    pilotable: v.optional(
      describe(v.boolean(), 'Whether it can start as a pilot (default true).'),
      true,
    ),
    affinity: v.optional(
      partialRecord(
        POWER_CORES,
        range(-1, 1, 'Fit, -1..1.'),
        'Fit with each power core (lesson L3).',
      ),
      {},
    ),
    effectRange: v.optional(
      describe(
        v.pipe(
          v.strictObject({
            min: range(-1, 2, 'Lowest share of the stated effect it may have here.'),
            max: range(0, 3, 'Highest share of the stated effect it may have here.'),
          }),
          v.check((r) => r.min <= r.max, 'scenario-problem.min-above-max' satisfies ProblemKey),
        ),
        'How well it really works in this company, as a share of the stated effect, drawn per game (lesson L14; default -0.5 to 1.5 for initiatives that act on customers, exactly 1 otherwise).',
      ),
    ),
    segments: v.optional(
      describe(v.array(idSchema), 'Segments it is aimed at (all when left out).'),
      [],
    ),
    effects: initiativeEffects,
    listening: v.optional(
      describe(
        v.strictObject({
          reveals: describe(
            v.pipe(v.array(v.picklist(REVEALS)), v.minLength(1)),
            'What it measures: scores, stages (open answers per journey stage) or churnReasons.',
          ),
          precision: range(1, 30, 'Uncertainty (±points) of its measurements at full ramp.'),
          cadence: whole(
            1,
            4,
            'Quarters between measurements: 1 = every quarter, 4 = once a year.',
          ),
        }),
        'Makes it a listening programme (lesson L8).',
      ),
    ),
    onLaunch: v.optional(effectsSchema),
    lessons: v.optional(lessonList, []),
    tags: v.optional(describe(v.array(idSchema), 'Free tags for bots and filters.'), []),
  }),
  'An initiative the CCO can launch.',
);

const optionSchema = describe(
  v.strictObject({
    id: idSchema,
    label: textSchema,
    outcome: textSchema,
    cost: v.optional(
      v.strictObject({
        budget: v.optional(range(0, 100000, 'Budget, in thousands.'), 0),
        actionPoints: v.optional(whole(0, 4, 'Action points.'), 0),
        politicalCapital: v.optional(whole(0, 4, 'Political capital.'), 0),
      }),
      { budget: 0, actionPoints: 0, politicalCapital: 0 },
    ),
    effects: v.optional(effectsSchema, {}),
    lessons: v.optional(lessonList, []),
  }),
  'One way to answer an event.',
);

export const eventSchema = describe(
  v.strictObject({
    id: idSchema,
    title: textSchema,
    text: textSchema,
    silo: v.optional(describe(idSchema, 'The silo at the centre of the story.')),
    weight: v.optional(range(0, 100, 'How likely it is drawn, relative to other events.'), 1),
    firstQuarter: v.optional(whole(1, 20, 'First quarter it can happen.'), 1),
    lastQuarter: v.optional(whole(1, 20, 'Last quarter it can happen.'), 20),
    coreWeights: v.optional(
      partialRecord(POWER_CORES, range(0, 10, 'Multiplier.'), 'Weight multiplier per power core.'),
      {},
    ),
    options: describe(
      v.pipe(v.array(optionSchema), v.minLength(1), v.maxLength(4)),
      'Ways to answer it.',
    ),
    defaultOption: describe(idSchema, 'What happens if nobody acts (and in the do-nothing twin).'),
    mitigatedBy: v.optional(
      describe(v.array(idSchema), 'Running any of these initiatives defuses the event.'),
      [],
    ),
    mitigatedText: v.optional(textSchema),
    lessons: v.optional(lessonList, []),
  }),
  'Something that happens at work, with options to answer it.',
);

const portraitSchema = describe(
  v.strictObject({
    skin: whole(0, 7, 'Skin tone, 0..7.'),
    hair: whole(0, 7, 'Hair colour, 0..7.'),
    hairStyle: whole(0, 7, 'Hair style, 0..7.'),
    accent: whole(0, 7, 'Clothing accent colour, 0..7.'),
  }),
  'How the portrait is drawn (chosen from the name when left out).',
);

const segmentSchema = describe(
  v.strictObject({
    id: idSchema,
    name: textSchema,
    description: textSchema,
    customers: whole(10, 10_000_000, 'Customers at the start.'),
    revenuePerCustomer: range(0.001, 100000, 'Revenue per customer per quarter, in thousands.'),
    acquisition: range(0, 0.2, 'New customers per quarter as a share of the starting count.'),
    uncontrollableChurn: range(0, 0.1, 'Quarterly churn nobody can prevent, 0..0.1.'),
    baseChurn: range(0, 0.1, 'Quarterly controllable churn when experience meets expectations.'),
    churnPerGapPoint: range(0, 0.01, 'Extra quarterly churn per point of experience gap.'),
    weights: describe(
      v.strictObject(
        Object.fromEntries(STAGES.map((s) => [s, range(0, 1, `Weight of ${s}.`)])) as Record<
          (typeof STAGES)[number],
          ReturnType<typeof range>
        >,
      ),
      'How much each journey stage matters to the segment; they add up to 1.',
    ),
    experience: stageNumbers('True experience at the start'),
    expectations: stageNumbers('What customers expect at the start'),
    expectationDrift: range(0, 3, 'Points per quarter by which expectations rise.'),
  }),
  'A group of customers.',
);

const siloSchema = describe(
  v.strictObject({
    id: idSchema,
    name: textSchema,
    role: describe(idSchema, 'A broad role (sales, marketing, service, product, it, …).'),
    leader: v.strictObject({
      name: textSchema,
      title: textSchema,
      personality: describe(v.picklist(PERSONALITIES), 'How the leader reacts to approaches.'),
      bio: textSchema,
      portrait: v.optional(portraitSchema),
      voice: v.optional(
        describe(
          v.record(v.string(), textSchema),
          'Lines instead of the defaults, keyed like "refused.trust".',
        ),
        {},
      ),
    }),
    kpi: v.strictObject({
      name: textSchema,
      focus: describe(v.picklist(KPI_FOCUSES), 'What kind of measure the leader is paid on.'),
    }),
    influence: range(0, 100, 'Weight in the company, 0..100.'),
    trust: range(0, 100, "The leader's trust in the CCO at the start, 0..100."),
    orientation: range(0, 100, 'How much the silo thinks about customers, 0..100.'),
    capacity: whole(1, 6, 'Initiatives it can carry at once.'),
    stages: describe(
      v.pipe(v.array(v.picklist(STAGES)), v.maxLength(5)),
      'Journey stages it delivers.',
    ),
  }),
  'A department with its leader.',
);

const approachOverride = v.strictObject({
  name: v.optional(textSchema),
  description: v.optional(textSchema),
  coreAffinity: v.optional(partialRecord(POWER_CORES, range(-1, 1, 'Fit.'), 'Fit per power core.')),
  kpiAffinity: v.optional(partialRecord(KPI_FOCUSES, range(-1, 1, 'Fit.'), 'Fit per KPI focus.')),
  personality: v.optional(
    partialRecord(PERSONALITIES, range(-1, 1, 'Fit.'), 'Fit per personality.'),
  ),
});

export const scenarioFileSchema = v.strictObject({
  $schema: v.optional(describe(v.string(), 'Path of the JSON Schema, for editors.')),
  format: describe(v.literal(SCENARIO_FORMAT), `Always "${SCENARIO_FORMAT}".`),
  id: idSchema,
  version: whole(1, 1_000_000, 'Version number of this scenario; raise it when you change it.'),
  title: textSchema,
  powerCore: describe(v.picklist(POWER_CORES), 'Which function dominates the company.'),
  coreSilo: v.optional(describe(idSchema, 'The silo that holds the power core.')),
  company: v.strictObject({
    name: textSchema,
    industry: textSchema,
    tagline: textSchema,
    history: textSchema,
    currency: describe(
      v.pipe(v.string(), v.minLength(1), v.maxLength(4)),
      'Currency symbol, e.g. €.',
    ),
    margin: range(0.01, 0.9, 'Share of revenue that is profit.'),
  }),
  ceo: v.strictObject({
    name: textSchema,
    title: textSchema,
    expectations: textSchema,
    portrait: v.optional(portraitSchema),
    voice: v.optional(
      partialRecord(
        VERDICTS,
        textSchema,
        "The CEO's words at a year review instead of the game's, keyed by verdict.",
      ),
    ),
  }),
  mandate: textSchema,
  budget: range(1, 10_000_000, "The CCO's budget for the first year, in thousands."),
  organisation: v.strictObject({
    engagement: range(0, 100, 'Employee engagement at the start.'),
    gauges: fullRecord(GAUGES, range(0, 100, 'Level.'), 'The three systemic gauges at the start.'),
    beliefGap: range(0, 50, 'How much better leadership believes the experience is, in points.'),
    blindSpot: v.optional(
      range(
        0,
        1,
        "Share of each segment's weighted shortfall that really sits in one stage, its blind spot (lesson L7; default 0.9).",
      ),
    ),
    coreBias: v.optional(
      range(
        0,
        40,
        'How much more the power core overrates the stages it owns, in points (default 8).',
      ),
    ),
  }),
  segments: describe(
    v.pipe(v.array(segmentSchema), v.minLength(2), v.maxLength(4)),
    '2 to 4 segments.',
  ),
  silos: describe(v.pipe(v.array(siloSchema), v.minLength(4), v.maxLength(7)), '4 to 7 silos.'),
  initiatives: v.optional(
    describe(v.pipe(v.array(initiativeSchema), v.maxLength(60)), "The scenario's own initiatives."),
    [],
  ),
  defaultInitiatives: v.optional(
    describe(
      v.strictObject({
        include: v.optional(
          describe(v.boolean(), 'Offer the shared catalogue too (default true).'),
          true,
        ),
        exclude: v.optional(describe(v.array(idSchema), 'Shared initiatives to leave out.'), []),
        costScale: v.optional(
          range(0.1, 20, 'Multiplies the budget costs of the shared initiatives (default 1).'),
          1,
        ),
      }),
      'Whether the shared initiatives are offered.',
    ),
    { include: true, exclude: [], costScale: 1 },
  ),
  events: describe(
    v.pipe(v.array(eventSchema), v.minLength(1), v.maxLength(80)),
    'The event deck.',
  ),
  approaches: v.optional(
    partialRecord(APPROACHES, approachOverride, 'Changes to how negotiation approaches work here.'),
    {},
  ),
  voice: v.optional(
    describe(
      v.record(v.string(), textSchema),
      'Default leader lines to replace, keyed like "full.kpi".',
    ),
    {},
  ),
});

export type ScenarioFile = v.InferOutput<typeof scenarioFileSchema>;

const approachInfo = v.strictObject({
  name: textSchema,
  description: textSchema,
  coreAffinity: fullRecord(POWER_CORES, range(-1, 1, 'Fit.'), 'Fit per power core.'),
  kpiAffinity: fullRecord(KPI_FOCUSES, range(-1, 1, 'Fit.'), 'Fit per KPI focus.'),
  personality: fullRecord(PERSONALITIES, range(-1, 1, 'Fit.'), 'Fit per personality.'),
});

export const defaultsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal(DEFAULTS_FORMAT),
  approaches: v.strictObject(
    Object.fromEntries(APPROACHES.map((a) => [a, approachInfo])) as Record<
      (typeof APPROACHES)[number],
      typeof approachInfo
    >,
  ),
  initiatives: v.pipe(v.array(initiativeSchema), v.minLength(1)),
  voice: v.record(v.string(), textSchema),
});

export type DefaultsFile = v.InferOutput<typeof defaultsFileSchema>;

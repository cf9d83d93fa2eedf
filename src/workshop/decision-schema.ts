// The shape of decisions and difficulty in saves and result files, checked with valibot when a
// file comes from outside (a browser's storage, a team's result file). Imports valibot and
// engine constants.

import * as v from 'valibot';
import { APPROACHES } from '../engine';

const id = v.pipe(v.string(), v.maxLength(80));

export const actionSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('launch'),
    initiative: id,
    scale: v.picklist(['pilot', 'full']),
  }),
  v.strictObject({ type: v.literal('scale'), initiative: id }),
  v.strictObject({ type: v.literal('stop'), initiative: id }),
  v.strictObject({
    type: v.literal('negotiate'),
    initiative: id,
    silo: id,
    approach: v.picklist(APPROACHES),
  }),
  v.strictObject({ type: v.literal('answerEvent'), event: id, option: id }),
  v.strictObject({ type: v.literal('listen'), segment: id }),
  v.strictObject({ type: v.literal('reportToCeo') }),
  v.strictObject({ type: v.literal('endQuarter') }),
]);

export const decisionsSchema = v.pipe(v.array(actionSchema), v.maxLength(5000));

export const difficultySchema = v.strictObject({
  authority: v.picklist(['ceo', 'vp']),
  urgency: v.picklist(['steady', 'crisis']),
  seatTime: v.picklist(['quarters', 'half-years']),
});

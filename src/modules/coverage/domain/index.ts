/** Public surface of the pure coverage core. */

export { DEFAULT_SEGMENTS, defaultCoverageModel } from './default-models.ts';
export { DEFAULT_DETECTORS, findGaps } from './gap-engine.ts';
export { gapKey } from './gap-support.ts';
export { type HeatCell, heatCell, isSilentAccount } from './heat-cell.ts';
export { type MatrixPoint, stakeholderMatrix } from './matrix.ts';
export { type ExistingAction, type PlanNames, planAction, reconcileActions } from './plan.ts';
export { activeHolders, isRecencyBreached, type PersonaRecency, recencyByPersona } from './recency.ts';
export { matchSegment, segmentMatches } from './segments.ts';
export { type EffectiveSentiment, effectiveSentiment, type SentimentSource } from './sentiment.ts';
export * from './types.ts';

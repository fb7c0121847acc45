/** Public surface of the pure assessments core. */

export { isEmailAddress } from './email.ts';
export * from './fatigue.ts';
export * from './follow-up.ts';
export * from './nps.ts';
export * from './past-responses.ts';
export * from './questionnaire.ts';
export * from './sentiment.ts';
export * from './targeting.ts';
export * from './themes.ts';
export * from './types.ts';

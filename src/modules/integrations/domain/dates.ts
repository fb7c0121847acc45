/** Calendar dates as people write them live in src/domain/dates.ts: imports and past answers read them alike. */
export * from '../../../domain/dates.ts';

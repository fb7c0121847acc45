/** Demo portfolio: a deterministic generator (pure) and a bulk loader for it. */

export { type LoadOptions, loadPortfolio } from './demo.repository.ts';
export { demoLogins, isDemoLoaded, loadDemoPortfolio } from './demo.service.ts';
export { type GenerateOptions, generatePortfolio } from './domain/generate-portfolio.ts';
export type {
  DemoLogin,
  Portfolio,
  StoryAccount,
  StoryKind,
} from './domain/portfolio.ts';

/** Account counts: `demo` is what `npm start` shows; `bench` is the scale the benchmarks load. */
export const DEMO_SCALES = { demo: 300, bench: 20_000 } as const;

/** Line-oriented logger; JSON when not on a terminal so logs can be shipped. */
import { systemClock } from './clock.ts';

export type Logger = {
  debug(msg: string, extra?: Record<string, unknown>): void;
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
};

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
export type LogLevel = keyof typeof LEVELS;

export function createLogger(level: LogLevel, json = !process.stdout.isTTY, now: () => Date = systemClock): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>, msg: string, extra?: Record<string, unknown>) => {
    if (LEVELS[at] < LEVELS[level]) return;
    const line = json
      ? JSON.stringify({ level: at, time: now().toISOString(), msg, ...extra })
      : `${at.padEnd(5)} ${msg}${extra ? ` ${JSON.stringify(extra)}` : ''}`;
    (at === 'error' || at === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: (m, e) => emit('debug', m, e),
    info: (m, e) => emit('info', m, e),
    warn: (m, e) => emit('warn', m, e),
    error: (m, e) => emit('error', m, e),
  };
}

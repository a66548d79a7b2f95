// Small levelled logger for the cache server and store. One line per event,
// written to stderr (or a sink given by the caller, e.g. a test).
//
// Store faults can happen on every request while a backend is down, so
// `warnOnce` rate-limits a warning per topic: the first one is printed, then
// at most one per `intervalMs`, with the number of suppressed repeats.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function isLogLevel(s: string): s is LogLevel {
  return Object.prototype.hasOwnProperty.call(rank, s);
}

export interface Logger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
  /** A warning that repeats while a fault lasts: printed at most once per interval per topic. */
  warnOnce(topic: string, msg: string): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go (default: process.stderr). */
  sink?: (line: string) => void;
  /** Minimum gap between two warnings of the same topic (default 10 s). */
  intervalMs?: number;
  /** Prefix of each line (default "aithon-cache"). */
  name?: string;
  now?: () => number;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = rank[opts.level ?? 'info'];
  const sink = opts.sink ?? ((line: string) => process.stderr.write(line + '\n'));
  const intervalMs = opts.intervalMs ?? 10_000;
  const name = opts.name ?? 'aithon-cache';
  const now = opts.now ?? Date.now;
  const topics = new Map<string, { last: number; suppressed: number }>();

  const emit = (lvl: Exclude<LogLevel, 'silent'>, msg: string) => {
    if (rank[lvl] < level) return;
    sink(`${new Date(now()).toISOString()} ${name} ${lvl}: ${msg}`);
  };

  return {
    debug: (m) => emit('debug', m),
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
    warnOnce(topic, msg) {
      const t = now();
      const state = topics.get(topic);
      if (state && t - state.last < intervalMs) {
        state.suppressed++;
        return;
      }
      const suffix = state && state.suppressed > 0 ? ` (${state.suppressed} similar warnings suppressed)` : '';
      topics.set(topic, { last: t, suppressed: 0 });
      emit('warn', msg + suffix);
    },
  };
}

/** A logger that drops everything (the default for library use). */
export const silentLogger: Logger = createLogger({ level: 'silent' });

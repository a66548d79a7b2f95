// `aithon cache-server`: run the shared build cache (Nx self-hosted remote
// cache API) until SIGINT/SIGTERM. Called from compiler/src/cli.ts.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createLogger, isLogLevel, type Logger, type LogLevel } from './log';
import { ArtifactStore, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_TIMEOUT_MS, SIGNING_KEY_ENV } from './store';
import { CacheServer } from './server';

export const DEFAULT_PORT = 8765;

export const cacheServerUsage = `usage: aithon cache-server [options]

Serves Nx's self-hosted remote cache API (GET/PUT /v1/cache/{hash}) from a
Redis server or a local folder. Point Nx at it with
  NX_SELF_HOSTED_REMOTE_CACHE_SERVER=http://HOST:PORT
  NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN=<a read or write token>

options:
  --port P              port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H              address to listen on (default 127.0.0.1; 0.0.0.0 for a team)
  --store URL           redis://[user:pass@]host:port[/db], rediss://..., or a folder
                        (default: $AITHON_CACHE_DIR/remote-cache, i.e. ~/.cache/aithon/remote-cache)
  --read-token T        token that may read (repeatable or comma-separated; env AITHON_CACHE_READ_TOKEN)
  --write-token T       token that may read and write (env AITHON_CACHE_WRITE_TOKEN)
  --max-entry-size N    largest artifact, bytes or with K/M/G suffix (default 256M)
  --store-timeout MS    bound on one store operation (default ${DEFAULT_TIMEOUT_MS})
  --tls-cert FILE       serve HTTPS with this PEM certificate (with --tls-key)
  --tls-key FILE        PEM private key for --tls-cert
  --log-level L         debug (one line per request), info (default), warn, error
  -h, --help            this text

environment:
  ${SIGNING_KEY_ENV}   sign entries with HMAC-SHA256 and reject unsigned or forged ones`;

class UsageError extends Error {}

export interface CacheServerArgs {
  port: number;
  host: string;
  store: string;
  readTokens: string[];
  writeTokens: string[];
  maxEntryBytes: number;
  timeoutMs: number;
  logLevel: LogLevel;
  tlsCert?: string;
  tlsKey?: string;
  help: boolean;
}

export function parseSize(text: string): number {
  const m = /^(\d+)\s*([kmg]?)(i?b)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`invalid size '${text}' (use bytes or a K/M/G suffix)`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Number(m[1]) * unit;
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`invalid size '${text}'`);
  return n;
}

function splitTokens(values: (string | undefined)[]): string[] {
  return values.flatMap((v) => (v ?? '').split(',')).map((t) => t.trim()).filter(Boolean);
}

export function parseCacheServerArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CacheServerArgs {
  const cacheDir = env.AITHON_CACHE_DIR || join(homedir(), '.cache', 'aithon');
  const a: CacheServerArgs = {
    port: DEFAULT_PORT,
    host: '127.0.0.1',
    store: join(cacheDir, 'remote-cache'),
    readTokens: [],
    writeTokens: [],
    maxEntryBytes: DEFAULT_MAX_ENTRY_BYTES,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    logLevel: isLogLevel(env.AITHON_CACHE_LOG_LEVEL ?? '') ? (env.AITHON_CACHE_LOG_LEVEL as LogLevel) : 'info',
    help: false,
  };
  const readFlags: string[] = [];
  const writeFlags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    let flag = argv[i];
    let value: string | undefined;
    const eq = flag.indexOf('=');
    if (flag.startsWith('--') && eq > 0) {
      value = flag.slice(eq + 1);
      flag = flag.slice(0, eq);
    }
    const next = (): string => {
      if (value !== undefined) return value;
      const v = argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const v = next();
        const p = Number(v);
        if (!/^\d+$/.test(v) || p > 65535) throw new UsageError(`invalid port '${v}'`);
        a.port = p;
        break;
      }
      case '--host':
        a.host = next();
        break;
      case '--store':
        a.store = next();
        break;
      case '--read-token':
        readFlags.push(next());
        break;
      case '--write-token':
        writeFlags.push(next());
        break;
      case '--max-entry-size':
        a.maxEntryBytes = parseSize(next());
        break;
      case '--store-timeout': {
        const v = next();
        if (!/^\d+$/.test(v) || Number(v) <= 0) throw new UsageError(`invalid timeout '${v}'`);
        a.timeoutMs = Number(v);
        break;
      }
      case '--tls-cert':
        a.tlsCert = next();
        break;
      case '--tls-key':
        a.tlsKey = next();
        break;
      case '--log-level': {
        const v = next();
        if (!isLogLevel(v)) throw new UsageError(`invalid log level '${v}' (debug, info, warn, error, silent)`);
        a.logLevel = v;
        break;
      }
      case '-h':
      case '--help':
        a.help = true;
        break;
      default:
        throw new UsageError(flag.startsWith('-') ? `unknown option '${flag}'` : `unexpected argument '${flag}'`);
    }
  }
  a.readTokens = splitTokens(readFlags.length ? readFlags : [env.AITHON_CACHE_READ_TOKEN]);
  a.writeTokens = splitTokens(writeFlags.length ? writeFlags : [env.AITHON_CACHE_WRITE_TOKEN]);
  if (!a.help && a.readTokens.length + a.writeTokens.length === 0) {
    throw new UsageError('no tokens: give --write-token/--read-token or set AITHON_CACHE_WRITE_TOKEN/AITHON_CACHE_READ_TOKEN');
  }
  if (Boolean(a.tlsCert) !== Boolean(a.tlsKey)) throw new UsageError('--tls-cert and --tls-key go together');
  return a;
}

function mib(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}

export interface RunningCacheServer {
  server: CacheServer;
  store: ArtifactStore;
  url: string;
  close(): Promise<void>;
}

/** Open the store and start listening (no signal handling): for tests and embedding. */
export async function startCacheServer(a: CacheServerArgs, logger: Logger, env: NodeJS.ProcessEnv = process.env): Promise<RunningCacheServer> {
  const signingKey = env[SIGNING_KEY_ENV] || null;
  if (signingKey && signingKey.length < 16) logger.warn(`${SIGNING_KEY_ENV} is shorter than 16 characters: use 32 random bytes, e.g. \`openssl rand -hex 32\``);
  for (const t of [...a.readTokens, ...a.writeTokens]) {
    if (t.length < 16) {
      logger.warn('a token is shorter than 16 characters: use long random tokens, e.g. `openssl rand -hex 24`');
      break;
    }
  }
  const store = new ArtifactStore({ url: a.store, signingKey, maxEntryBytes: a.maxEntryBytes, timeoutMs: a.timeoutMs, logger });
  const tls = a.tlsCert && a.tlsKey ? { cert: readFileSync(a.tlsCert), key: readFileSync(a.tlsKey) } : undefined;
  let server: CacheServer;
  let url: string;
  let up: boolean;
  try {
    server = new CacheServer({ store, readTokens: a.readTokens, writeTokens: a.writeTokens, logger, maxEntryBytes: a.maxEntryBytes, tls });
    up = await store.waitReady(Math.min(a.timeoutMs, 3_000));
    url = await server.listen(a.port, a.host);
  } catch (e) {
    await store.close();
    throw e;
  }
  logger.info(
    `aithon cache-server listening on ${url} (store: ${store.kind} ${store.description}; ` +
      `signing: ${store.signed ? 'on' : 'off'}; max entry ${mib(a.maxEntryBytes)}; ` +
      `${a.writeTokens.length} write token(s), ${a.readTokens.length} read token(s))`,
  );
  if (!up) logger.warn(`the ${store.kind} store ${store.description} does not answer yet: reads are misses and writes are dropped until it does`);
  return { server, store, url, close: () => server.close() };
}

/** The `aithon cache-server` command: runs until SIGINT/SIGTERM, then shuts down gracefully. */
export async function cacheServerMain(argv: string[]): Promise<number> {
  let a: CacheServerArgs;
  try {
    a = parseCacheServerArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`aithon cache-server: ${e.message}\n\n${cacheServerUsage}\n`);
    return 2;
  }
  if (a.help) {
    process.stdout.write(cacheServerUsage + '\n');
    return 0;
  }
  const logger = createLogger({ level: a.logLevel });
  let running: RunningCacheServer;
  try {
    running = await startCacheServer(a, logger);
  } catch (e) {
    logger.error(`cannot start: ${(e as Error).message}`);
    return 1;
  }
  return new Promise<number>((done) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn(`${signal} again: exiting now`);
        process.exit(130);
      }
      stopping = true;
      logger.info(`${signal}: shutting down (finishing requests in flight)`);
      running.close().then(
        () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          logger.info('stopped');
          done(0);
        },
        (e: unknown) => {
          logger.error(`shutdown: ${(e as Error).message}`);
          done(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

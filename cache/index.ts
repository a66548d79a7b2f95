// The shared build cache: artifact store (Redis or a folder, over keyv) and
// the Nx self-hosted remote cache server. See docs/remote-cache.md.
export * from './frame';
export * from './log';
export * from './store';
export * from './server';
export { KeyvFileStore } from './file-store';
export { cacheServerMain, cacheServerUsage, parseCacheServerArgs, startCacheServer, type CacheServerArgs, type RunningCacheServer } from './cli';

// @aithon/nx:init: register the plugin in nx.json. Idempotent; `nx add
// @aithon/nx` runs it after installing the package.
import { formatFiles, readNxJson, updateNxJson, type GeneratorCallback, type Tree } from '@nx/devkit';
import { PLUGIN_NAME } from '../../plugin/index';

export interface InitGeneratorSchema {
  skipFormat?: boolean;
  /** Accepted for `nx add` compatibility; this plugin adds no dependencies. */
  keepExistingVersions?: boolean;
}

export function hasAithonPlugin(plugins: ReadonlyArray<string | { plugin: string }> | undefined): boolean {
  return (plugins ?? []).some((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN_NAME);
}

export async function initGenerator(tree: Tree, options: InitGeneratorSchema = {}): Promise<GeneratorCallback> {
  const nxJson = readNxJson(tree) ?? {};
  if (!hasAithonPlugin(nxJson.plugins)) {
    nxJson.plugins = [...(nxJson.plugins ?? []), PLUGIN_NAME];
    updateNxJson(tree, nxJson);
  }
  if (!options.skipFormat) await formatFiles(tree);
  return () => {};
}

export default initGenerator;

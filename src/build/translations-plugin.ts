import type { Plugin } from 'vite';
import type { DeployConfig } from './deploy-config.ts';
import { loadDirectory, type DirectoryOptions } from './services-plugin.ts';
import { checkDeployable, translationState } from './translations.ts';

/**
 * Fails the build when the offered languages are not what deploy.config.json `translations`
 * accepts: unreviewed text when the area refuses it, or missing text in a language not marked
 * partial (shared pages, strings, service texts and the deployed areas' own pages). Also checks every locales/<lang>/_meta.json (one review flag per string file).
 */
export function translationsPlugin(
  deploy: DeployConfig,
  directory: Omit<DirectoryOptions, 'root'>,
): Plugin {
  let root = process.cwd();
  return {
    name: 'translations',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      // The areas' own pages count too: a page an area writes in English only is missing in
      // every other language it offers, as a shared page would be.
      const states = translationState(root, loadDirectory({ root, ...directory }), directory);
      checkDeployable(states, deploy.languages, deploy.translations);
    },
  };
}

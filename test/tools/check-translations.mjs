// npm run check:translations: for every language in locales/, prints the share of English words
// translated, then what a native speaker has not yet checked (pages, string files, service
// translations) and what is missing (pages, the deployed areas' own pages as <area>/<slug>,
// strings, service entries), and checks the result against deploy.config.json `translations` as
// the build does. Exits 1 if the build would refuse it. SERVICES_AREA / SERVICES_AREA_DIR pick
// other areas (packs and pages), as for check:services; DEPLOY_CONFIG another deployment's
// settings, as for the build.
import { runnerImport } from 'vite';

const root = process.cwd();
const load = async (path) => (await runnerImport(path, { root, configFile: false })).module;
const deployConfig = await load('/src/build/deploy-config.ts');
const plugin = await load('/src/build/services-plugin.ts');
const translations = await load('/src/build/translations.ts');

const deploy = deployConfig.readDeployConfig(process.env.DEPLOY_CONFIG);
const areas = {
  areas: process.env.SERVICES_AREA?.split(',') ?? deployConfig.deployAreas(deploy),
  areaDir: process.env.SERVICES_AREA_DIR,
};
const directory = plugin.loadDirectory({ root, ...areas });
const states = translations.translationState(root, directory, areas);
console.log(translations.translationReport(states));
console.log('');
try {
  translations.checkDeployable(states, deploy.languages, deploy.translations);
  console.log(
    `deploy.config.json accepts this: unreviewed text is "${deploy.translations.unreviewed}", partial languages: ${deploy.translations.partial.join(', ') || 'none'}.`,
  );
} catch (error) {
  console.log(error.message);
  process.exitCode = 1;
}

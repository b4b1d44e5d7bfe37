// npm run check:services: validates the service packs for the deploying area and lists every
// entry last checked more than deploy.config.json serviceMaxAgeDays ago. Exits 1 if any need a
// check, so a deploying team can run it in CI. SERVICES_AREA / SERVICES_AREA_DIR pick another pack.
import { runnerImport } from 'vite';

const root = process.cwd();
const { module: deployConfig } = await runnerImport('/src/build/deploy-config.ts', {
  root,
  configFile: false,
});
const { module: plugin } = await runnerImport('/src/build/services-plugin.ts', {
  root,
  configFile: false,
});
const { module: check } = await runnerImport('/src/build/check-services.ts', {
  root,
  configFile: false,
});

const deploy = deployConfig.readDeployConfig();
const directory = plugin.loadDirectory({
  root,
  area: process.env.SERVICES_AREA ?? deploy.area,
  areaDir: process.env.SERVICES_AREA_DIR,
});
const stale = check.staleEntries(directory, new Date(), deploy.serviceMaxAgeDays);
console.log(`${directory.services.length} service entries for "${directory.area.id}" are valid.`);
console.log(check.staleReport(stale, deploy.serviceMaxAgeDays));
process.exitCode = stale.length > 0 ? 1 : 0;

// npm run check:services: validates the service packs for the deploying area, then lists
// 1. every entry that needs a live check before launch (no "liveChecked" date: nobody has yet
//    confirmed it by phone or on the operator's live web page), and
// 2. every entry last checked more than deploy.config.json serviceMaxAgeDays ago (the live check
//    when there is one, otherwise "checked").
// Exits 1 if either list has an entry, so a deploying team can run it in CI. It is a maintenance
// command, not part of npm test. SERVICES_AREA / SERVICES_AREA_DIR pick another pack.
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
const unconfirmed = check.unconfirmedEntries(directory);
const stale = check.staleEntries(directory, new Date(), deploy.serviceMaxAgeDays);
console.log(`${directory.services.length} service entries for "${directory.area.id}" are valid.`);
console.log('');
console.log(check.liveCheckReport(unconfirmed));
console.log('');
console.log(check.staleReport(stale, deploy.serviceMaxAgeDays));
process.exitCode = unconfirmed.length > 0 || stale.length > 0 ? 1 : 0;

// npm run check:services: checks the service packs and pages for the deployment, then lists
// 1. each area's postcode districts and which entry fills each role (a role left empty leaves the
//    lines that need it out of pages, the plan and the reflection),
// 2. every entry that needs a live check before launch (no "liveChecked" date: nobody has yet
//    confirmed it by phone or on the operator's live web page), and
// 3. every entry last checked more than deploy.config.json serviceMaxAgeDays ago (the live check
//    when there is one, otherwise "checked").
// Exits 1 on a bad pack or page, or if list 2 or 3 has an entry, so a deploying team can run it in
// CI. It is a maintenance command, not part of npm test. DEPLOY_CONFIG picks another settings file;
// SERVICES_AREA (comma-separated) and SERVICES_AREA_DIR pick other packs.
import { runnerImport } from 'vite';

const root = process.cwd();
const load = async (id) => (await runnerImport(id, { root, configFile: false })).module;
const deployConfig = await load('/src/build/deploy-config.ts');
const plugin = await load('/src/build/services-plugin.ts');
const content = await load('/src/build/content-plugin.ts');
const check = await load('/src/build/check-services.ts');
const schema = await load('/src/regions/schema.ts');

function fail(what, error) {
  console.error(`${what}\n\n${error instanceof Error ? error.message : String(error)}`);
  console.error('\nREADME "Deploying for another area" says what each message means.');
  process.exit(1);
}

let deploy;
try {
  deploy = deployConfig.readDeployConfig(process.env.DEPLOY_CONFIG);
} catch (error) {
  fail('The deployment settings are not valid:', error);
}
const options = {
  areas: process.env.SERVICES_AREA?.split(',') ?? deployConfig.deployAreas(deploy),
  areaDir: process.env.SERVICES_AREA_DIR,
};
let directory;
try {
  directory = plugin.loadDirectory({ root, ...options });
} catch (error) {
  fail('A service pack is not valid:', error);
}
try {
  content.loadAllPages(root, { ...options, directory: () => directory });
} catch (error) {
  fail('A page does not fit the packs:', error);
}

const ids = directory.areas.map((a) => a.id).join('", "');
console.log(`${directory.services.length} service entries for "${ids}" are valid.`);
console.log('');
const districts = new Map();
for (const area of directory.areas) {
  const name = area.name.en ?? area.id;
  console.log(`${name} (${area.id}): postcode districts ${area.postcodes.join(', ')}`);
  for (const role of schema.AREA_ROLES) {
    const id = area.roles[role];
    console.log(`  ${role.padEnd(22)} ${id ?? '(not filled: lines that need it are left out)'}`);
  }
  for (const d of area.postcodes) districts.set(d, [...(districts.get(d) ?? []), area.id]);
}
const shared = [...districts].filter(([, areas]) => areas.length > 1);
if (shared.length > 0) {
  console.log('');
  console.log('Districts listed by more than one area (the person picks between them):');
  for (const [d, areas] of shared) console.log(`  ${d}: ${areas.join(', ')}`);
}
const unconfirmed = check.unconfirmedEntries(directory);
const stale = check.staleEntries(directory, new Date(), deploy.serviceMaxAgeDays);
console.log('');
console.log(check.liveCheckReport(unconfirmed));
console.log('');
console.log(check.staleReport(stale, deploy.serviceMaxAgeDays));
process.exitCode = unconfirmed.length > 0 || stale.length > 0 ? 1 : 0;

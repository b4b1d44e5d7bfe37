import { readFileSync } from 'node:fs';
import * as v from 'valibot';

/** Words that must never appear where a browser, phone or storage screen shows a name. */
export const REVEALING_WORDS =
  /abuse|domestic|violence|violent|help|safety|safe|refuge|escape|shelter|victim|survivor|plan|crisis|dv\b/i;

const neutral = (what: string) =>
  v.check((s: string) => !REVEALING_WORDS.test(s), `${what} must not say what the app is for`);

const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));

/** deploy.config.json: what a deploying area sets without touching code. */
export const deployConfigSchema = v.object({
  area: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  title: v.pipe(v.string(), v.minLength(2), v.maxLength(40), neutral('title')),
  identity: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), neutral('identity')),
  exit: v.pipe(
    v.object({ default: httpsUrl, choices: v.pipe(v.array(httpsUrl), v.minLength(1)) }),
    v.check((e) => e.choices.includes(e.default), 'exit.default must be one of exit.choices'),
  ),
  languages: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))), v.minLength(1)),
  coverFirst: v.boolean(),
  serviceMaxAgeDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export type DeployConfig = v.InferOutput<typeof deployConfigSchema>;

export function readDeployConfig(file = 'deploy.config.json'): DeployConfig {
  const result = v.safeParse(deployConfigSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    throw new Error(`${file} is not valid:\n  ${problems.join('\n  ')}`);
  }
  return result.output;
}

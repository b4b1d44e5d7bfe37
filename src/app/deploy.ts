/** What the deploying area configured in deploy.config.json, fixed at build time. */
declare const __DEPLOY__: {
  area: string;
  exit: { default: string; choices: string[] };
  languages: string[];
  coverFirst: boolean;
  serviceMaxAgeDays: number;
};

export const deploy = __DEPLOY__;

declare const __BUILD__: string;

/** Which build this is (the update tests publish a second build with another label). */
export const build = __BUILD__;

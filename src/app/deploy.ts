/** What the deploying area configured in deploy.config.json, fixed at build time. */
declare const __DEPLOY__: {
  area: string;
  exit: { default: string; choices: string[] };
  languages: string[];
  coverFirst: boolean;
  serviceMaxAgeDays: number;
};

export const deploy = __DEPLOY__;

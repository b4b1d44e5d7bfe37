/** What the deploying area configured in deploy.config.json, fixed at build time. */
declare const __DEPLOY__: {
  exit: { default: string; choices: string[] };
  languages: string[];
  coverFirst: boolean;
  /** With coverFirst: the first cover and the hash of the area's shared code; otherwise null. */
  coverStart: {
    app: string;
    code: { alg: 'PBKDF2-SHA256'; iterations: number; salt: string; hash: string };
  } | null;
  /** The name and icon set the area chose (files public/<identity>.webmanifest, icons/<identity>*). */
  identity: string;
  serviceMaxAgeDays: number;
};

export const deploy = __DEPLOY__;

declare const __BUILD__: string;

/** Which build this is (the update tests publish a second build with another label). */
export const build = __BUILD__;

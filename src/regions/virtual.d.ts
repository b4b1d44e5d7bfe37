declare module 'virtual:services' {
  /** The validated directory for the deploying area, built by src/build/services-plugin.ts. */
  export const directory: import('./schema.ts').Directory;
}

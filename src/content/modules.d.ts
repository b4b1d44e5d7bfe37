declare module '*.md' {
  const page: import('./types.ts').Page;
  export default page;
}

declare module 'virtual:content-index' {
  export const pages: import('./types.ts').PageSummary[];
}

declare module 'virtual:content-search' {
  export const documents: import('./types.ts').SearchDocument[];
}

declare module 'virtual:area-pages' {
  /** Each deployed area's own pages: area id, then language, then slug, to a lazy loader. */
  export const areaPages: Record<
    string,
    Record<string, Record<string, () => Promise<import('./types.ts').Page>>>
  >;
}

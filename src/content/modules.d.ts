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

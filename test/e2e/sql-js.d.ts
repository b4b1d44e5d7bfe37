/**
 * The small part of sql.js (SQLite compiled to WebAssembly) that the browser-history test uses to
 * read Chromium's History file. The package ships no types of its own.
 */
declare module 'sql.js' {
  interface QueryResult {
    columns: string[];
    values: unknown[][];
  }
  interface Database {
    exec(sql: string): QueryResult[];
    close(): void;
  }
  interface SqlJs {
    Database: new (data: Uint8Array) => Database;
  }
  export default function initSqlJs(): Promise<SqlJs>;
}

// What src/core/csv.ts uses of csv-parse/sync, for the core's type check only (tsconfig.core.json
// maps the module here). csv-parse's own declarations reference Node's types (streams, Buffer),
// which would bring Node's globals into a core that must compile without them. The bundles
// and the tests use the real package.
export interface Options {
  skip_empty_lines?: boolean;
  relax_column_count?: boolean;
  info?: boolean;
  trim?: boolean;
}
export function parse(input: string, options?: Options): unknown;

// Compiled with the real packages' declarations (tsconfig.json includes this file; only
// tsconfig.core.json maps the modules to the stand-ins here): it stops compiling when a stand-in
// promises something the real package does not accept.
import type * as CsvParse from 'csv-parse/sync';
import type * as CsvParseStandIn from './csv-parse-sync';

type Accepts<Real, StandIn> = StandIn extends Real ? true : never;

export const csvParseOptions: Accepts<CsvParse.Options, CsvParseStandIn.Options> = true;
export const csvParseInput: Accepts<Parameters<typeof CsvParse.parse>[0], string> = true;

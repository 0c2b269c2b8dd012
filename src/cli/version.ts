// The product's name and version as the CLI and its SARIF output report them; esbuild
// inlines just these fields of package.json.
import { name, version } from '../../package.json';

export const PRODUCT_NAME: string = name;
export const PRODUCT_VERSION: string = version;
export const INFORMATION_URI = 'https://github.com/exchange-runbook/exchange-runbook';

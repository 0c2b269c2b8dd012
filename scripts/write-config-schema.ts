// Writes what the configuration's schemas derive from the rule catalogue
// (src/core/config-schema.ts): schemas/exchange-runbook-config.schema.json, the
// `exchangeRunbook.rules` setting in package.json and its per-rule descriptions in
// package.nls.json and package.nls.sv.json. Run `npx tsx scripts/write-config-schema.ts`
// after adding, removing or describing a rule; test/unit/config-schema.test.ts says when.
import * as fs from 'fs';
import * as path from 'path';
import { configSchema, rulesSettingSchema, rulesSettingStrings } from '../src/core/config-schema';

const ROOT = path.join(__dirname, '..');
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

/** Each file's text as it should be committed, by path relative to the repository. */
export function configSchemaFiles(): Record<string, string> {
  const pkg = read('package.json') as { contributes: { configuration: { properties: Record<string, unknown> } } };
  pkg.contributes.configuration.properties['exchangeRunbook.rules'] = rulesSettingSchema();
  const strings = (file: string, locale: 'en' | 'sv') => {
    const table = read(file);
    for (const key of Object.keys(table)) if (key.startsWith('config.rules.')) delete table[key];
    return json({ ...table, ...rulesSettingStrings(locale) });
  };
  return {
    'schemas/exchange-runbook-config.schema.json': json(configSchema()),
    'package.json': json(pkg),
    'package.nls.json': strings('package.nls.json', 'en'),
    'package.nls.sv.json': strings('package.nls.sv.json', 'sv'),
  };
}

if (require.main === module) {
  for (const [file, text] of Object.entries(configSchemaFiles())) {
    const target = path.join(ROOT, file);
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) continue;
    fs.writeFileSync(target, text);
    console.log(`wrote ${file}`);
  }
}

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { configSchema } from '../../src/core/config-schema';
import { parseConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { configSchemaFiles } from '../../scripts/write-config-schema';

const ROOT = path.join(__dirname, '..', '..');

describe('config schemas (.exchange-runbook.json, exchangeRunbook.rules)', () => {
  it('are committed as generated from the rule catalogue', () => {
    for (const [file, text] of Object.entries(configSchemaFiles())) {
      assert.strictEqual(
        fs.readFileSync(path.join(ROOT, file), 'utf8'),
        text,
        `run \`npx tsx scripts/write-config-schema.ts\` and commit ${file}`,
      );
    }
  });

  it('name exactly the rules of the catalogue, in the setting and in the file', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['exchangeRunbook.rules'];
    const ids = RULES.map((r) => r.id);
    assert.deepStrictEqual(Object.keys(setting.properties), ids);
    assert.strictEqual(setting.additionalProperties, false);
    const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'exchange-runbook-config.schema.json'), 'utf8'));
    assert.deepStrictEqual(Object.keys(file.properties.rules.properties), ids);
    const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.sv.json'), 'utf8'));
    for (const id of ids) assert.ok(nls[`config.rules.${id}`], id);
  });

  it('accept and refuse the same config files as the linter', () => {
    const validate = new Ajv({ strict: false }).compile(configSchema());
    const samples = [
      '{}',
      '{"$schema": "./x.json", "rules": {"hybrid-size": "off", "end-of-support": "error"}, "asOf": "2026-11-23"}',
      '{"rules": {"hybird-size": "off"}}',
      '{"rules": {"hybrid-size": "fatal"}}',
      '{"rules": {"hybrid-size": 1}}',
      '{"rules": []}',
      '{"rule": {}}',
      '{"asOf": "next week"}',
      '{"asOf": 20261123}',
      '[]',
      '"rules"',
    ];
    for (const sample of samples) {
      assert.strictEqual(validate(JSON.parse(sample)), parseConfig(sample).problems.length === 0, sample);
    }
    // The one difference: the pattern cannot know the calendar; the linter refuses 2026-02-30.
    assert.strictEqual(validate({ asOf: '2026-02-30' }), true);
    assert.strictEqual(parseConfig('{"asOf": "2026-02-30"}').problems.length, 1);
  });

  it('give every setting a scope: folder settings for what judges a runbook, window for the UI, machine for running commands', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const scopes = Object.fromEntries(
      Object.entries(pkg.contributes.configuration.properties as Record<string, { scope?: string }>).map(([k, v]) => [
        k,
        v.scope,
      ]),
    );
    assert.deepStrictEqual(scopes, {
      'exchangeRunbook.asOf': 'resource',
      'exchangeRunbook.rules': 'resource',
      'exchangeRunbook.lintDelay': 'resource',
      'exchangeRunbook.language': 'window',
      'exchangeRunbook.preview.followActiveEditor': 'window',
      // Who a tick records: a workspace must not sign in someone else's name.
      'exchangeRunbook.executor': 'application',
      // User settings only: a workspace's settings must not make Run in terminal press Enter.
      'exchangeRunbook.terminal.execute': 'machine',
    });
    assert.deepStrictEqual(pkg.contributes.jsonValidation, [
      { fileMatch: '.exchange-runbook.json', url: './schemas/exchange-runbook-config.schema.json' },
    ]);
  });
});

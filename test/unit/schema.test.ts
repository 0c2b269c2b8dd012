import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, Finding } from '../../src/core';
import { lintFixture, lintText, ofRule } from './helpers';
import { runbookSchemaText } from '../../src/core/schema-definition';
import { closest } from '../../src/core/schema';
import {
  ACTIONS,
  COMMON_STEP_FIELDS,
  STEP_FIELDS,
  serverFieldsOf,
  batchFieldsOf,
} from '../../src/core/knowledge/actions';

// A valid runbook; each test changes a line or two. Line numbers are in the comments.
const BASE = [
  'runbook: 1', // 1
  'title: Contoso – Exchange 2013', // 2
  'asOf: 2026-11-23', // 3
  'organization:', // 4
  '  name: Contoso', // 5
  '  mailboxes: 100', // 6
  'servers:', // 7
  '  - name: EX07', // 8
  '    version: "2007"', // 9
  '    update: SP3 RU10', // 10
  'target:', // 11
  '  platform: on-premises', // 12
  '  version: "2013"', // 13
  'phases:', // 14
  '  - id: upgrade', // 15
  '    title: Upgrade', // 16
  '    steps:', // 17
  '      - action: prepare-schema', // 18
  '        version: "2013"', // 19
  '      - action: install-exchange', // 20
  '        server: EX13', // 21
  '        version: "2013"', // 22
  '',
].join('\n');

/** BASE with line `n` (1-based) replaced by `lines` (none to delete it). */
function change(n: number, ...lines: string[]): string {
  const all = BASE.split('\n');
  all.splice(n - 1, 1, ...lines);
  return all.join('\n');
}

/** BASE without the given lines (1-based). */
function drop(...lines: number[]): string {
  return BASE.split('\n')
    .filter((_, i) => !lines.includes(i + 1))
    .join('\n');
}

function schemaFindings(text: string, locale: 'en' | 'sv' = 'en'): Finding[] {
  return ofRule(lintText(text, { locale }), 'schema');
}

/** [line, column, endLine, endColumn, message] of each schema finding. */
function described(text: string, locale: 'en' | 'sv' = 'en'): [number, number, number, number, string][] {
  return schemaFindings(text, locale).map((f) => [
    f.range.line,
    f.range.column,
    f.range.endLine,
    f.range.endColumn,
    f.message,
  ]);
}

function only(text: string): Finding {
  const found = schemaFindings(text);
  assert.strictEqual(
    found.length,
    1,
    `expected one schema finding, got:\n${found.map((f) => `${f.range.line}:${f.range.column} ${f.message}`).join('\n')}`,
  );
  return found[0];
}

const VERSIONS = '2003, 2007, 2010, 2013, 2016, 2019, SE';

describe('schema rule', () => {
  describe('valid runbooks', () => {
    it('finds nothing in the base runbook', () => {
      assert.deepStrictEqual(described(BASE), []);
    });

    for (const name of [
      'cutover-small',
      'hybrid-2007',
      'invalid-2016-over-2007',
      'onprem-2007-to-2016',
      'staged-two-waves',
    ]) {
      it(`finds nothing in the fixture ${name}`, () => {
        assert.deepStrictEqual(
          ofRule(lintFixture(`${name}.runbook.yaml`), 'schema').map((f) => f.message),
          [],
        );
      });
    }

    it('accepts `from` as a list for move-client-access', () => {
      const text =
        BASE + ['      - action: move-client-access', '        from: [EX07, EX13]', '        to: EX13', ''].join('\n');
      assert.deepStrictEqual(described(text), []);
    });

    it('accepts every common step field', () => {
      const text =
        BASE +
        [
          '      - action: switch-mx',
          '        id: mx',
          '        title: MX',
          '        owner: Ana',
          '        done: true',
          '        duration: 1.5d',
          '        notes: |',
          '          text',
          '',
        ].join('\n');
      assert.deepStrictEqual(described(text), []);
    });

    it('reads asOf as text under %YAML 1.1 too', () => {
      assert.deepStrictEqual(described('%YAML 1.1\n---\n' + BASE), []);
    });
  });

  describe('unknown keys', () => {
    it('top level: a misspelt key is one finding on the key, with a rename fix', () => {
      const f = only(change(7, 'serverz:'));
      assert.deepStrictEqual([f.range.line, f.range.column, f.range.endLine, f.range.endColumn], [7, 1, 7, 8]);
      assert.strictEqual(f.message, 'unknown key `serverz` (did you mean `servers`?)');
      assert.strictEqual(f.fix?.title, 'Rename `serverz` to `servers`');
      assert.strictEqual(applyEdits(change(7, 'serverz:'), f.fix!.edits), BASE);
    });

    it('in organization', () => {
      assert.deepStrictEqual(described(change(6, '  mailboxs: 100')), [
        [6, 3, 6, 11, 'unknown key `mailboxs` (did you mean `mailboxes`?)'],
      ]);
    });

    it('in a server, with no close match: lists what is allowed', () => {
      assert.deepStrictEqual(described(change(10, '    update: SP3 RU10', '    colour: blue')), [
        [
          11,
          5,
          11,
          11,
          'unknown key `colour`; allowed here: `name`, `version`, `update`, `os`, `roles`, `mailboxes`, `publicFolders`',
        ],
      ]);
    });

    it('in a step: fields of another action are unknown', () => {
      assert.deepStrictEqual(described(change(19, '        version: "2013"', '        server: EX07')), [
        [
          20,
          9,
          20,
          15,
          'unknown key `server`; allowed here: `action`, `version`, `id`, `title`, `owner`, `done`, `duration`, `at`, `notes`, `doneAt`, `doneBy`, `skipped`, `evidence`, `verify`, `rollback`',
        ],
      ]);
    });

    it('in a step: a misspelt required field is one finding, not also "needs server"', () => {
      const f = only(change(21, '        serverr: EX13'));
      assert.deepStrictEqual(
        [f.range.line, f.range.column, f.range.endColumn, f.message],
        [21, 9, 16, 'unknown key `serverr` (did you mean `server`?)'],
      );
    });

    it('does not suggest a key that is already there', () => {
      const text = change(3, 'asOf: 2026-11-23', 'titel: again');
      assert.deepStrictEqual(described(text), [
        [
          4,
          1,
          4,
          6,
          'unknown key `titel`; allowed here: `runbook`, `title`, `asOf`, `schedule`, `inventory`, `organization`, `servers`, `target`, `phases`',
        ],
      ]);
    });
  });

  describe('missing fields', () => {
    it('top level: at the first key of the file', () => {
      assert.deepStrictEqual(described(change(2)), [[1, 1, 1, 8, 'the runbook needs `title`']]);
    });

    it('top level, several at once: one finding', () => {
      const text = ['# only a title', 'title: x', ''].join('\n');
      assert.deepStrictEqual(described(text), [
        [2, 1, 2, 6, 'the runbook needs `runbook`, `organization`, `servers`, `target` and `phases`'],
      ]);
    });

    it('organization.name: at the organization key', () => {
      assert.deepStrictEqual(described(change(5)), [[4, 1, 4, 13, '`organization` needs `name`']]);
    });

    it('server: at the item’s first key, naming the server', () => {
      assert.deepStrictEqual(described(change(9)), [[8, 5, 8, 9, 'server `EX07` needs `version`']]);
    });

    it('server without a name', () => {
      const text = drop(9).replace('  - name: EX07', '  - version: "2007"');
      assert.deepStrictEqual(described(text), [[8, 5, 8, 12, 'a server needs `name`']]);
    });

    it('target: the version an on-premises target needs', () => {
      assert.deepStrictEqual(described(change(13)), [
        [11, 1, 11, 7, '`target` needs `version` when `platform` is `on-premises`'],
      ]);
    });

    it('phase: at its first key', () => {
      assert.deepStrictEqual(described(change(16)), [[15, 5, 15, 7, 'phase `upgrade` needs `title`']]);
    });

    it('step: `install-exchange` needs `server`, at the action key', () => {
      assert.deepStrictEqual(described(change(21)), [[20, 9, 20, 15, '`install-exchange` needs `server`']]);
    });

    it('step: two missing fields make one finding', () => {
      assert.deepStrictEqual(described(drop(21, 22)), [
        [20, 9, 20, 15, '`install-exchange` needs `server` and `version`'],
      ]);
    });

    it('step: verify-domain needs domain', () => {
      const text = BASE + '      - action: verify-domain\n';
      assert.deepStrictEqual(described(text), [[23, 9, 23, 15, '`verify-domain` needs `domain`']]);
    });

    it('step: custom needs a title', () => {
      const text = BASE + '      - action: custom\n';
      assert.deepStrictEqual(described(text), [[23, 9, 23, 15, '`custom` needs `title`']]);
    });

    it('step without an action: at its first key', () => {
      const text = BASE + '      - server: EX13\n';
      assert.deepStrictEqual(described(text), [
        [23, 9, 23, 15, 'a step needs `action` (what the step does, e.g. `install-exchange`)'],
      ]);
    });

    it('an empty list of steps', () => {
      const text = change(17, '    steps: []').split('\n').slice(0, 17).join('\n') + '\n';
      assert.deepStrictEqual(described(text), [[17, 12, 17, 14, '`steps` needs at least one entry']]);
    });
  });

  describe('wrong values', () => {
    it('a numeric version is ONE finding on its value, with a fix that quotes it', () => {
      const text = change(22, '        version: 2013');
      const f = only(text);
      assert.deepStrictEqual([f.range.line, f.range.column, f.range.endLine, f.range.endColumn], [22, 18, 22, 22]);
      assert.strictEqual(f.message, '`version` must be a string: write "2013"');
      assert.strictEqual(f.severity, 'error');
      assert.strictEqual(f.fix?.title, 'Write "2013"');
      assert.strictEqual(applyEdits(text, f.fix!.edits), BASE);
    });

    it('a numeric server version too', () => {
      assert.deepStrictEqual(described(change(9, '    version: 2007')), [
        [9, 14, 9, 18, '`version` must be a string: write "2007"'],
      ]);
    });

    it('a numeric version that is no version: the enum message, no quoting fix', () => {
      const f = only(change(13, '  version: 2017'));
      assert.strictEqual(f.message, `\`version\` must be one of ${VERSIONS}; got \`2017\``);
      assert.strictEqual(f.fix, undefined);
    });

    it('a bad enum value: the allowed values and what was written', () => {
      const f = only(change(13, '  version: "2017"'));
      assert.deepStrictEqual([f.range.line, f.range.column, f.range.endColumn], [13, 12, 18]);
      assert.strictEqual(f.message, `\`version\` must be one of ${VERSIONS}; got \`2017\``);
      assert.strictEqual(f.fix, undefined, '2017 is as close to 2016 as to 2019: no guess');
    });

    it('a bad enum value with a close match gets the nearest as a fix', () => {
      const text = change(12, '  platform: on-premise');
      const f = only(text);
      assert.deepStrictEqual([f.range.line, f.range.column, f.range.endColumn], [12, 13, 23]);
      assert.strictEqual(
        f.message,
        '`platform` must be one of on-premises, exchange-online; got `on-premise` (did you mean `on-premises`?)',
      );
      assert.strictEqual(applyEdits(text, f.fix!.edits), BASE);
    });

    it('a misspelt action, with the nearest action as a fix', () => {
      const text = change(20, '      - action: instal-exchange');
      const f = only(text);
      assert.deepStrictEqual([f.range.line, f.range.column, f.range.endColumn], [20, 17, 32]);
      assert.strictEqual(f.message, 'unknown action `instal-exchange` (did you mean `install-exchange`?)');
      assert.strictEqual(applyEdits(text, f.fix!.edits), BASE);
    });

    it('an action nothing is close to lists the actions', () => {
      const f = only(change(20, '      - action: frobnicate'));
      assert.match(
        f.message,
        /^unknown action `frobnicate`; write one of `update-server`, `prepare-schema`, .*`custom`$/,
      );
      assert.strictEqual(f.fix, undefined);
    });

    it('a wrong type: the expected type and what was written', () => {
      assert.deepStrictEqual(described(change(6, '  mailboxes: many')), [
        [6, 14, 6, 18, '`mailboxes` must be a whole number; got `many`'],
      ]);
    });

    it('a negative count of mailboxes', () => {
      assert.deepStrictEqual(described(change(6, '  mailboxes: -3')), [
        [6, 14, 6, 16, '`mailboxes` must be 0 or more; got `-3`'],
      ]);
    });

    it('a mapping where a list belongs: at the key', () => {
      assert.deepStrictEqual(
        described(
          change(7, 'servers:', '  EX07: {}').replace(
            /  - name: EX07\n    version: "2007"\n    update: SP3 RU10\n/,
            '',
          ),
        ),
        [[7, 1, 7, 8, '`servers` must be a list; got a mapping']],
      );
    });

    it('an empty value where a mapping belongs', () => {
      const text = change(4, 'organization:').replace('  name: Contoso\n  mailboxes: 100\n', '');
      assert.deepStrictEqual(described(text), [
        [4, 1, 4, 13, '`organization` must be a mapping (indented `key: value` lines); got nothing'],
      ]);
    });

    it('a bad duration', () => {
      const text = change(22, '        version: "2013"', '        duration: 2 days');
      assert.deepStrictEqual(described(text), [
        [23, 19, 23, 25, '`duration` must be a number followed by h, d or w (e.g. 4h, 2d, 1.5w); got `2 days`'],
      ]);
    });

    it('a bad item in `from`', () => {
      const text =
        BASE + ['      - action: move-transport', '        from: [EX07, 3]', '        to: EX13', ''].join('\n');
      const f = only(text);
      assert.deepStrictEqual(
        [f.range.line, f.range.column, f.range.endColumn, f.message],
        [24, 22, 23, 'entries of `from` must be strings: write "3"'],
      );
    });

    it('a misspelt role offers the nearest role', () => {
      const text = change(10, '    update: SP3 RU10', '    roles: [mailbox, Hubtransport]');
      assert.deepStrictEqual(described(text), [
        [
          11,
          22,
          11,
          34,
          'entries of `roles` must be one of mailbox, clientAccess, hubTransport, edgeTransport, unifiedMessaging; got `Hubtransport` (did you mean `hubTransport`?)',
        ],
      ]);
    });

    it('the format version', () => {
      assert.deepStrictEqual(described(change(1, 'runbook: 2')), [
        [1, 10, 1, 11, '`runbook` must be 1 (the format version); got `2`'],
      ]);
    });

    it('a date that is not YYYY-MM-DD', () => {
      assert.deepStrictEqual(described(change(3, 'asOf: 23/11/2026')), [
        [3, 7, 3, 17, '`asOf` must be a date written YYYY-MM-DD; got `23/11/2026`'],
      ]);
    });

    it('a phase id that is not kebab-case', () => {
      assert.deepStrictEqual(described(change(15, '  - id: Upgrade_1')), [
        [
          15,
          9,
          15,
          18,
          '`id` must be kebab-case: lowercase letters, digits and hyphens (e.g. move-mailboxes-1); got `Upgrade_1`',
        ],
      ]);
    });

    it('several independent mistakes give one finding each', () => {
      const text = change(6, '  mailboxes: many').replace('    version: "2007"', '    version: 2007');
      assert.deepStrictEqual(
        described(text).map((d) => d.slice(0, 2)),
        [
          [6, 14],
          [9, 14],
        ],
      );
    });
  });

  describe('the file as a whole', () => {
    it('a list at the root', () => {
      assert.deepStrictEqual(described('- a\n- b\n'), [
        [
          1,
          1,
          1,
          4,
          'a runbook is a mapping of keys (`runbook`, `title`, `organization`, `servers`, `target`, `phases`), not a list',
        ],
      ]);
    });

    it('a single value at the root', () => {
      assert.deepStrictEqual(described('just text\n'), [
        [
          1,
          1,
          1,
          10,
          'a runbook is a mapping of keys (`runbook`, `title`, `organization`, `servers`, `target`, `phases`), not a single value',
        ],
      ]);
    });

    it('an empty file: one finding at 1:1', () => {
      const found = lintText('');
      assert.deepStrictEqual(
        found.map((f) => [f.ruleId, f.range.line, f.range.column, f.message]),
        [
          [
            'schema',
            1,
            1,
            'the file is empty: a runbook needs `runbook: 1`, `title`, `organization`, `servers`, `target` and `phases`',
          ],
        ],
      );
    });

    it('a duplicate key is reported through the schema rule', () => {
      const found = schemaFindings(change(2, 'title: a', 'title: b'));
      assert.deepStrictEqual(
        found.map((f) => [f.range.line, f.message]),
        [[3, 'this key appears twice in the same mapping; keep one']],
      );
    });

    it('broken YAML gets yaml-syntax only', () => {
      const found = lintText('runbook: 1\ntitle: [unclosed\n');
      assert.ok(found.length > 0);
      assert.deepStrictEqual([...new Set(found.map((f) => f.ruleId))], ['yaml-syntax']);
    });
  });

  describe('Swedish', () => {
    it('words the numeric version and its fix', () => {
      const [f] = schemaFindings(change(22, '        version: 2013'), 'sv');
      assert.strictEqual(f.message, '`version` måste vara en sträng: skriv "2013"');
      assert.strictEqual(f.fix?.title, 'Skriv "2013"');
    });

    it('words a missing field with "och"', () => {
      assert.deepStrictEqual(described(drop(21, 22), 'sv'), [
        [20, 9, 20, 15, '`install-exchange` behöver `server` och `version`'],
      ]);
    });

    it('words a pattern hint', () => {
      const found = described(change(10, '    update: SP3RU10'), 'sv');
      assert.deepStrictEqual(found, [
        [
          10,
          13,
          10,
          20,
          '`update` måste vara en uppdateringsnivå: RTM, SP<n>, SP<n> RU<m> eller CU<n> (t.ex. SP3 RU10, CU23); fick `SP3RU10`',
        ],
      ]);
    });
  });

  describe('closest', () => {
    it('guesses only when one candidate is clearly closest', () => {
      assert.strictEqual(closest('2017', ['2007', '2013', '2016', '2019']), undefined);
      assert.strictEqual(closest('on-premise', ['on-premises', 'exchange-online']), 'on-premises');
      assert.strictEqual(closest('Mailbox', ['mailbox', 'clientAccess']), 'mailbox');
      assert.strictEqual(closest('zzzzzz', ['mailbox', 'clientAccess']), undefined);
    });
  });
});

describe('runbook JSON Schema', () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', 'runbook.schema.json'), 'utf8');

  it('the committed schema is the one generated from actions.ts', () => {
    assert.strictEqual(
      committed,
      runbookSchemaText(),
      'run `node scripts/compile-schema.js` and commit schemas/runbook.schema.json',
    );
  });

  it('every property has a description and a markdownDescription', () => {
    const missing: string[] = [];
    const walk = (schema: Record<string, unknown>, where: string) => {
      const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [name, sub] of Object.entries(properties ?? {})) {
        const target = sub.$ref ? resolveRef(String(sub.$ref)) : sub;
        if (typeof target.description !== 'string' || typeof target.markdownDescription !== 'string')
          missing.push(`${where}.${name}`);
      }
    };
    const schema = JSON.parse(committed);
    const resolveRef = (ref: string) => schema.definitions[ref.replace('#/definitions/', '')];
    walk(schema, '');
    for (const [name, def] of Object.entries(schema.definitions as Record<string, Record<string, unknown>>))
      walk(def, name);
    assert.deepStrictEqual(missing, []);
  });

  it('closes every object (unknown keys are mistakes)', () => {
    const schema = JSON.parse(committed);
    const open = Object.entries(schema.definitions as Record<string, Record<string, unknown>>)
      .filter(([name, def]) => def.type === 'object' && name !== 'step' && def.additionalProperties !== false)
      .map(([name]) => name);
    assert.deepStrictEqual(open, []);
    assert.strictEqual(schema.additionalProperties, false);
  });

  it('discriminates steps on action, one branch per action', () => {
    const schema = JSON.parse(committed);
    assert.deepStrictEqual(schema.definitions.step.discriminator, { propertyName: 'action' });
    assert.strictEqual(schema.definitions.step.oneOf.length, ACTIONS.length);
    assert.strictEqual(schema.definitions['step-install-exchange'].properties.action.const, 'install-exchange');
    assert.deepStrictEqual(schema.definitions['step-install-exchange'].required, ['action', 'server', 'version']);
  });
});

describe('action vocabulary', () => {
  it('has the 23 actions of spec section 3', () => {
    assert.strictEqual(ACTIONS.length, 23);
    assert.strictEqual(new Set(ACTIONS.map((a) => a.id)).size, 23);
  });

  it('describes every field it lists, and lists every field it describes', () => {
    for (const action of ACTIONS) {
      const listed = [...action.required, ...action.optional].filter((f) => !(f in STEP_FIELDS));
      assert.deepStrictEqual(listed.sort(), Object.keys(action.fields).sort(), action.id);
    }
  });

  it('has English and Swedish for every description, and https sources', () => {
    for (const action of ACTIONS) {
      assert.ok(action.description.en && action.description.sv, action.id);
      assert.match(action.source, /^https:\/\//, action.id);
      for (const c of action.commands) assert.match(c.url, /^https:\/\//, `${action.id}: ${c.text}`);
      for (const [name, field] of Object.entries(action.fields))
        assert.ok(field.description.en && field.description.sv, `${action.id}.${name}`);
    }
    for (const name of COMMON_STEP_FIELDS) assert.ok(STEP_FIELDS[name].description.sv, name);
  });

  it('knows which fields name servers and batches', () => {
    assert.deepStrictEqual(serverFieldsOf('move-mailboxes'), ['from', 'to']);
    assert.deepStrictEqual(serverFieldsOf('install-exchange'), ['server']);
    assert.deepStrictEqual(serverFieldsOf('switch-mx'), []);
    assert.deepStrictEqual(batchFieldsOf('start-migration-batch'), ['batch']);
  });

  it('names the Microsoft commands of the main actions', () => {
    const texts = (id: string) =>
      ACTIONS.find((a) => a.id === id)!
        .commands.map((c) => c.text)
        .join(' | ');
    assert.match(
      texts('install-exchange'),
      /Setup\.exe \/Mode:Install \/Roles:Mailbox \/IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF/,
    );
    assert.match(texts('move-mailboxes'), /New-MoveRequest/);
    assert.match(texts('move-mailboxes'), /New-MigrationBatch -Local/);
    assert.match(texts('create-migration-batch'), /New-MigrationBatch/);
    assert.match(texts('prepare-schema'), /Setup\.exe \/PrepareSchema/);
    assert.match(texts('run-hybrid-wizard'), /Hybrid Configuration Wizard/);
  });
});

describe('compile-schema script', () => {
  it('does nothing when the validator is up to date', () => {
    const { compileSchema } = require('../../scripts/compile-schema.js') as { compileSchema: () => string[] };
    compileSchema();
    assert.deepStrictEqual(compileSchema(), []);
  });
});

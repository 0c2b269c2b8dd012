// Behaviour that the linear-time rewrites of the engine and the model must keep: each of many
// disable comments silences its own next line, and a completed batch takes mailboxes from the
// oldest version first, in list order within a version.
import * as assert from 'assert';
import { parseRunbook } from '../../src/core/parse';
import { stateAt } from '../../src/core/model';
import { lintText, ofRule } from './helpers';
import { runbook } from './rules/onprem-helpers';

describe('linear-time engine and model', () => {
  it('each of several runbook-disable-next-line comments silences the line after it, and only that line', () => {
    const server = (name: string, silenced?: string) =>
      `${silenced ? `  # runbook-disable-next-line ${silenced}\n` : ''}  - name: ${name}\n    version: "2016"\n    update: CU23\n    colour: blue\n`;
    const text = runbook({
      servers:
        server('S1') +
        server('S2').replace('    colour', '    # runbook-disable-next-line schema\n    colour') +
        server('S3') +
        server('S4').replace('    colour', '    # runbook-disable-next-line unknown-server\n    colour') +
        server('S5').replace('    colour', '    # runbook-disable-next-line\n    colour'),
      phases: '  - id: go\n    title: Go\n    steps:\n      - action: custom\n        title: Check\n',
    });
    const lines = text.split('\n');
    const colourLines = lines.flatMap((l, i) => (l.trim() === 'colour: blue' ? [i + 1] : []));
    assert.strictEqual(colourLines.length, 5);
    const reported = ofRule(lintText(text), 'schema').map((f) => f.range.line);
    // S2 (schema) and S5 (every rule) are silenced; S4's comment names another rule.
    assert.deepStrictEqual(reported, [colourLines[0], colourLines[2], colourLines[3]]);
  });

  it('a completed remote-move batch empties the oldest version first, servers of one version in list order', () => {
    const text = [
      'runbook: 1',
      'title: Order',
      'asOf: 2025-06-01',
      'organization:',
      '  name: Fabrikam',
      '  mailboxes: 400',
      '  domains: [fabrikam.com]',
      'servers:',
      '  - name: A16\n    version: "2016"\n    update: CU23\n    mailboxes: 100',
      '  - name: B10\n    version: "2010"\n    update: SP3 RU32\n    mailboxes: 100',
      '  - name: C16\n    version: "2016"\n    update: CU23\n    mailboxes: 100',
      '  - name: D10\n    version: "2010"\n    update: SP3 RU32\n    mailboxes: 100',
      'target:',
      '  platform: exchange-online',
      '  method: hybrid',
      'phases:',
      '  - id: moves',
      '    title: Moves',
      '    steps:',
      '      - action: create-migration-batch\n        batch: w1\n        method: remote-move\n        mailboxes: 250',
      '      - action: complete-migration-batch\n        batch: w1',
      '      - action: custom\n        title: After',
      '',
    ].join('\n');
    const parsed = parseRunbook(text);
    const after = stateAt(parsed, 2);
    assert.deepStrictEqual(
      [...after.servers.values()].map((s) => [s.name, s.hosts.mailboxes]),
      [
        ['A16', 50],
        ['B10', 0],
        ['C16', 100],
        ['D10', 0],
      ],
    );
    assert.strictEqual(after.onlineMailboxes, 250);
  });
});

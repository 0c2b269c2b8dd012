import * as assert from 'assert';
import { lintText, lintFixture, ofRule } from './helpers';

describe('core engine', () => {
  it('reports a duplicate step id at the second use', () => {
    const text = [
      'runbook: 1',
      'title: t',
      'organization: {name: o, mailboxes: 1}',
      'servers: []',
      'target: {platform: on-premises, version: "2016"}',
      'phases:',
      '  - id: a',
      '    title: A',
      '    steps:',
      '      - action: custom',
      '        title: x',
      '        id: same',
      '      - action: custom',
      '        title: y',
      '        id: same',
      '',
    ].join('\n');
    const found = ofRule(lintText(text), 'duplicate-id');
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual([found[0].range.line, found[0].range.column, found[0].range.endColumn], [15, 13, 17]);
  });

  it('points unknown-server at the misspelt name and offers the nearest', () => {
    const text = [
      'runbook: 1',
      'title: t',
      'organization: {name: o, mailboxes: 1}',
      'servers:',
      '  - name: EX07',
      '    version: "2007"',
      'target: {platform: on-premises, version: "2016"}',
      'phases:',
      '  - id: a',
      '    title: A',
      '    steps:',
      '      - action: decommission',
      '        server: EX7',
      '',
    ].join('\n');
    const [finding] = ofRule(lintText(text), 'unknown-server');
    assert.ok(finding, 'finding');
    assert.strictEqual(finding.range.line, 13);
    assert.match(finding.message, /did you mean `EX07`/);
    assert.ok(finding.fix);
  });

  it('honours runbook-disable-next-line', () => {
    const text = [
      'runbook: 1',
      'title: t',
      'organization: {name: o, mailboxes: 1}',
      'servers: []',
      'target: {platform: on-premises, version: "2016"}',
      'phases:',
      '  - id: a',
      '    title: A',
      '    steps:',
      '      - action: decommission',
      '        # runbook-disable-next-line unknown-server',
      '        server: EX7',
      '',
    ].join('\n');
    assert.strictEqual(ofRule(lintText(text), 'unknown-server').length, 0);
  });

  it('lints the shared examples without crashing', () => {
    for (const name of [
      'cutover-small',
      'hybrid-2007',
      'invalid-2016-over-2007',
      'onprem-2007-to-2016',
      'staged-two-waves',
    ]) {
      lintFixture(`${name}.runbook.yaml`);
    }
  });
});

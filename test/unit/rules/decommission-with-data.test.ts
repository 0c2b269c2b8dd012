import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll } from '../../../src/core';
import { GOLDEN, lintText, ofRule } from '../helpers';
import { runbook, span, spanOf } from './onprem-helpers';

const golden = (name: string) =>
  fs.readFileSync(path.join(GOLDEN, 'decommission-with-data', `${name}.input.runbook.yaml`), 'utf8');

describe('decommission-with-data', () => {
  it('reports what the server still hosts at the decommission step', () => {
    const text = golden('mailboxes-left');
    const found = ofRule(lintText(text), 'decommission-with-data');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'error');
    assert.deepStrictEqual(span(found[0]), [41, 9, 41, 29]);
    assert.strictEqual(
      found[0].message,
      'FC-EX10 still hosts client access, transport (mail flow), 50 mailboxes and public folders when it is decommissioned: ' +
        'Setup cannot uninstall a server with mailbox or public folder databases, and users and mail flow still depend on it. Move them to another server first',
    );
    assert.strictEqual(found[0].fix?.title, 'Insert the moves that empty FC-EX10 before its decommission');
  });

  it('reports a client access server that still serves clients (one load), in Swedish too', () => {
    const text = runbook({
      organization: '  name: Contoso\n  mailboxes: 0',
      servers: '  - name: CAS10\n    version: "2010"\n    roles: [clientAccess]\n  - name: EX16\n    version: "2016"\n',
      phases: '  - id: go\n    title: Go\n    steps:\n      - action: decommission\n        server: CAS10\n',
    });
    const [finding] = ofRule(lintText(text), 'decommission-with-data');
    assert.deepStrictEqual(span(finding), spanOf(text, 'action: decommission'));
    assert.match(
      finding.message,
      /^CAS10 still hosts client access when it is decommissioned: .* Move it to another server first$/,
    );
    const [sv] = ofRule(lintText(text, { locale: 'sv' }), 'decommission-with-data');
    assert.match(
      sv.message,
      /^CAS10 har fortfarande klientåtkomst när den avvecklas: .* Flytta den till en annan server först$/,
    );
  });

  it('stays quiet once everything has moved', () => {
    const text = runbook({
      organization: '  name: Contoso\n  mailboxes: 10',
      servers: '  - name: OLD\n    version: "2013"\n    mailboxes: 10\n  - name: NEW\n    version: "2016"\n',
      phases:
        '  - id: go\n    title: Go\n    steps:\n' +
        ['move-client-access', 'move-transport', 'move-mailboxes']
          .map((a) => `      - action: ${a}\n        from: OLD\n        to: NEW\n`)
          .join('') +
        '      - action: decommission\n        server: OLD\n',
    });
    assert.deepStrictEqual(ofRule(lintText(text), 'decommission-with-data'), []);
  });

  it('offers no fix when no other server can take the load', () => {
    const text = runbook({
      servers: '  - name: ONLY\n    version: "2016"\n',
      phases: '  - id: go\n    title: Go\n    steps:\n      - action: decommission\n        server: ONLY\n',
    });
    const [finding] = ofRule(lintText(text), 'decommission-with-data');
    assert.ok(finding);
    assert.strictEqual(finding.fix, undefined);
  });

  it('fixAll is idempotent and leaves no decommission-with-data', () => {
    const once = fixAll(golden('mailboxes-left'), {});
    assert.deepStrictEqual(ofRule(once.findings, 'decommission-with-data'), []);
    assert.strictEqual(fixAll(once.text, {}).text, once.text);
  });

  describe('one load is "it", mailboxes or public folders alone are "them"', () => {
    const decommission = (servers: string, organization = '  name: Contoso\n  mailboxes: 0') =>
      ofRule(
        lintText(
          runbook({
            organization,
            servers: servers + '  - name: EX16\n    version: "2016"\n',
            phases: '  - id: go\n    title: Go\n    steps:\n      - action: decommission\n        server: OLD\n',
          }),
        ),
        'decommission-with-data',
      );

    it('transport alone: it', () => {
      const [f] = decommission('  - name: OLD\n    version: "2010"\n    roles: [hubTransport]\n');
      assert.match(f.message, /^OLD still hosts transport \(mail flow\) when .* Move it to another server first$/);
      assert.deepStrictEqual(f.data?.loads, ['transport']);
    });

    it('mailboxes alone: them (one mailbox too)', () => {
      const [f] = decommission('  - name: OLD\n    version: "2010"\n    roles: [mailbox]\n    mailboxes: 1\n');
      assert.match(f.message, /^OLD still hosts 1 mailbox when .* Move them to another server first$/);
      assert.deepStrictEqual(f.data?.loads, ['mailboxes']);
    });

    it('public folders alone: them', () => {
      const [f] = decommission(
        '  - name: OLD\n    version: "2010"\n    roles: [mailbox]\n    mailboxes: 0\n    publicFolders: true\n',
      );
      assert.match(f.message, /^OLD still hosts public folders when .* Move them to another server first$/);
    });

    it('a server with nothing left on it: quiet', () => {
      assert.deepStrictEqual(
        decommission('  - name: OLD\n    version: "2010"\n    roles: [mailbox]\n    mailboxes: 0\n'),
        [],
      );
    });
  });
});

import * as assert from 'assert';
import { CUTOVER, HYBRID_2007, STAGED, at, edit, findings, where } from './online-helpers';

const ON_PREMISES = `runbook: 1
title: Fabrikam 2013 to 2016
asOf: 2022-06-01
organization:
  name: Fabrikam
  mailboxes: 100
servers:
  - name: FAB-EX13
    version: "2013"
    update: CU23
    roles: [mailbox, clientAccess]
target:
  platform: on-premises
  version: "2016"
phases:
  - id: p
    title: Move to 2016
    steps:
      - action: install-exchange
        server: FAB-EX16
        version: "2016"
        update: CU23
      - action: configure-outlook-anywhere
        server: FAB-EX16
      - action: move-mailboxes
        from: FAB-EX13
        to: FAB-EX16
`;

describe('method-mismatch', () => {
  it('reports online actions in an on-premises runbook at the action', () => {
    const text =
      ON_PREMISES +
      '      - action: switch-mx\n      - action: create-migration-batch\n        batch: b\n        method: remote-move\n';
    const found = findings(text, 'method-mismatch', 2);
    assert.deepStrictEqual(where(found[0]), at(text, '- action: switch-mx', 'switch-mx'));
    assert.strictEqual(found[0].severity, 'error');
    assert.strictEqual(
      found[0].message,
      '`switch-mx` acts on Exchange Online, but this runbook’s target is on-premises Exchange 2016: remove the step, or change `target` to exchange-online',
    );
    assert.deepStrictEqual(where(found[1]), at(text, '- action: create-migration-batch', 'create-migration-batch'));
  });

  it('reports a move to exchange-online in an on-premises runbook at `to`', () => {
    const text = edit(ON_PREMISES, 'to: FAB-EX16', 'to: exchange-online');
    const [f] = findings(text, 'method-mismatch', 1, { locale: 'sv' });
    assert.deepStrictEqual(where(f), at(text, 'to: exchange-online', 'exchange-online'));
    assert.strictEqual(
      f.message,
      'steget flyttar till Exchange Online, men körbokens mål är lokala Exchange 2016: flytta till en server i organisationen i stället',
    );
  });

  it('reports install-exchange and the hybrid wizard in a cutover, and a batch of another method', () => {
    let text = edit(
      CUTOVER,
      '      - action: verify-domain\n',
      '      - action: install-exchange\n        server: CON-EX13\n        version: "2013"\n      - action: verify-domain\n',
    );
    text = edit(text, 'method: cutover\n      - action: start', 'method: remote-move\n      - action: start');
    text = edit(
      text,
      '      - action: assign-licenses\n',
      '      - action: assign-licenses\n      - action: run-hybrid-wizard\n        server: CON-EX10\n',
    );
    const found = findings(text, 'method-mismatch', 3);
    assert.deepStrictEqual(where(found[2]), at(text, '- action: run-hybrid-wizard', 'run-hybrid-wizard'));
    assert.match(
      found[2].message,
      /^`run-hybrid-wizard` belongs to a hybrid deployment, but this runbook is a cutover migration/,
    );
    assert.deepStrictEqual(where(found[0]), at(text, '- action: install-exchange', 'install-exchange'));
    assert.strictEqual(
      found[0].message,
      '`install-exchange` belongs to a hybrid deployment, but this runbook is a cutover migration, which needs no on-premises server installed or configured for hybrid: remove the step, or change `target.method` to hybrid',
    );
    assert.deepStrictEqual(where(found[1]), at(text, 'method: remote-move', 'remote-move'));
    assert.strictEqual(
      found[1].message,
      'a `remote-move` batch in a cutover migration: this runbook’s batches are `cutover` batches',
    );
  });

  it('reports remote moves and cutover batches in a staged runbook', () => {
    let text = edit(
      STAGED,
      '      - action: switch-mx\n',
      '      - action: move-mailboxes\n        from: WT-EX07\n        to: exchange-online\n      - action: switch-mx\n',
    );
    text = edit(text, 'method: staged\n        csv: staged-wave2.csv', 'method: cutover');
    const found = findings(text, 'method-mismatch', 2);
    assert.deepStrictEqual(where(found[0]), at(text, 'method: cutover', 'cutover'));
    assert.deepStrictEqual(where(found[1]), at(text, 'to: exchange-online', 'exchange-online'));
    assert.strictEqual(
      found[1].message,
      'a mailbox move to Exchange Online is a hybrid remote move, but this runbook is a staged migration: migrate with `staged` migration batches instead',
    );
  });

  it('reports a non-hybrid install, a staged batch and convert-to-mail-users in a hybrid runbook', () => {
    const text = edit(
      HYBRID_2007,
      '      - action: switch-mx\n',
      '      - action: install-exchange\n        server: NT-EX13-02\n        version: "2013"\n      - action: create-migration-batch\n        batch: w\n        method: staged\n        csv: staged-wave1.csv\n      - action: convert-to-mail-users\n      - action: switch-mx\n',
    );
    const found = findings(text, 'method-mismatch', 3);
    assert.deepStrictEqual(
      where(found[0]),
      at(text, '- action: install-exchange\n        server: NT-EX13-02', 'install-exchange'),
    );
    assert.strictEqual(
      found[0].message,
      'a hybrid migration installs only hybrid servers, and NT-EX13-02 is neither marked `hybrid: true` nor named by `run-hybrid-wizard`: mark it as the hybrid server, or remove the install',
    );
    assert.deepStrictEqual(where(found[1]), at(text, 'method: staged\n        csv', 'staged'));
    assert.deepStrictEqual(where(found[2]), at(text, '- action: convert-to-mail-users', 'convert-to-mail-users'));
  });

  it('takes a server the wizard names as a hybrid server, and fits Outlook Anywhere and permissions everywhere', () => {
    let text = edit(HYBRID_2007, '        hybrid: true\n', '');
    findings(text, 'method-mismatch', 0);
    text = edit(
      text,
      '      - action: switch-mx\n',
      '      - action: configure-outlook-anywhere\n        server: NT-HYB13\n        certificate: trusted\n      - action: switch-mx\n',
    );
    findings(text, 'method-mismatch', 0);
    findings(CUTOVER, 'method-mismatch', 0);
    findings(STAGED, 'method-mismatch', 0);
    findings(ON_PREMISES, 'method-mismatch', 0);
  });
});

import * as assert from 'assert';
import { applyEdits } from '../../../src/core';
import { HYBRID_2007, at, edit, findings, where } from './online-helpers';

/** HYBRID_2007 without its hybrid-server phase: the wizard runs against the 2007 server. */
const NO_HYBRID = edit(
  edit(
    HYBRID_2007,
    HYBRID_2007.slice(HYBRID_2007.indexOf('  - id: hybrid-server'), HYBRID_2007.indexOf('  - id: hybrid\n')),
    '',
  ),
  'server: NT-HYB13',
  'server: NT-EX07',
);

describe('hybrid-server', () => {
  it('reports the wizard in an Exchange 2007 organization without a hybrid server, at its server', () => {
    const [f] = findings(NO_HYBRID, 'hybrid-server', 1);
    assert.strictEqual(f.severity, 'error');
    assert.deepStrictEqual(where(f), at(NO_HYBRID, '- action: run-hybrid-wizard\n        server: NT-EX07', 'NT-EX07'));
    assert.strictEqual(
      f.message,
      'the Hybrid Configuration Wizard cannot run in an Exchange 2007 organization without a hybrid server, and none is installed before this step: an Exchange 2007 organization needs Exchange 2013 CU2 (mailbox + clientAccess) / Exchange 2010 SP3 (mailbox + clientAccess + hubTransport); install one first and run the wizard against it',
    );
    assert.strictEqual(f.fix?.title, 'Install NT-HYB13 (Exchange 2013 CU23) as the hybrid server before the wizard');
  });

  it("inserts the hybrid server as documented steps: id, title and notes in the runbook's language", () => {
    const [f] = findings(NO_HYBRID, 'hybrid-server', 1, { locale: 'sv' });
    const fixed = applyEdits(NO_HYBRID, f.fix!.edits);
    const inserted = fixed.slice(NO_HYBRID.indexOf('      - action: run-hybrid-wizard'));
    assert.match(
      inserted,
      /- action: prepare-ad\n {8}version: "2013"\n {8}id: prepare-ad-2013\n {8}title: Förbered Active Directory och alla domäner för Exchange 2013\n {8}notes: \|\n {10}Kör `Setup\.exe \/PrepareAD/,
    );
    assert.match(
      inserted,
      /- action: install-exchange\n {8}server: NT-HYB13\n {8}version: "2013"\n {8}update: CU23\n {8}roles: \[mailbox, clientAccess\]\n {8}hybrid: true\n {8}id: install-nt-hyb13\n {8}title: Installera Exchange 2013 CU23 på hybridservern NT-HYB13\n {8}notes: \|\n {10}Installera Exchange 2013 CU23 \(/,
    );
  });

  it('does not accept a 2013 server below CU2 or without the Client Access role', () => {
    const cu1 = edit(HYBRID_2007, 'update: CU23', 'update: CU1');
    const [old] = findings(cu1, 'hybrid-server', 1);
    assert.deepStrictEqual(where(old), at(cu1, '- action: run-hybrid-wizard\n        server: NT-HYB13', 'NT-HYB13'));
    assert.strictEqual(
      old.message,
      'the Hybrid Configuration Wizard runs against NT-HYB13 (Exchange 2013 CU1), which is below Exchange 2013 CU2, the lowest level a hybrid server of an Exchange 2007 organization can run; update it first',
    );
    assert.strictEqual(old.fix?.title, 'Update NT-HYB13 to CU23 before the wizard');
    const mailboxOnly = edit(
      HYBRID_2007,
      'roles: [mailbox, clientAccess]\n        hybrid: true',
      'roles: [mailbox]\n        hybrid: true',
    );
    const [f] = findings(mailboxOnly, 'hybrid-server', 1, { locale: 'sv' });
    assert.match(
      f.message,
      /^guiden för hybridkonfiguration kan inte köras i en Exchange 2007-organisation utan en hybridserver/,
    );
  });

  it('names the valid hybrid server when the wizard runs against another one', () => {
    const text = edit(
      HYBRID_2007,
      'server: NT-HYB13\n      - action: create',
      'server: NT-EX07\n      - action: create',
    );
    const [f] = findings(text, 'hybrid-server', 1);
    assert.strictEqual(
      f.message,
      'the Hybrid Configuration Wizard runs against NT-EX07 (Exchange 2007 SP3 RU23), which cannot be the hybrid server of an Exchange 2007 organization (it needs Exchange 2013 CU2 (mailbox + clientAccess) / Exchange 2010 SP3 (mailbox + clientAccess + hubTransport)); run it against NT-HYB13',
    );
    assert.strictEqual(f.fix?.title, 'Run the wizard against NT-HYB13');
  });

  it('stays quiet with a valid hybrid server, an unknown update level, in 2010+ organizations and outside hybrid runbooks', () => {
    findings(HYBRID_2007, 'hybrid-server', 0);
    findings(edit(HYBRID_2007, '        update: CU23\n', ''), 'hybrid-server', 0);
    const org2010 = edit(edit(NO_HYBRID, 'version: "2007"', 'version: "2010"'), 'update: SP3 RU23', 'update: SP3 RU32');
    findings(org2010, 'hybrid-server', 0);
    findings(edit(NO_HYBRID, 'method: hybrid', 'method: cutover'), 'hybrid-server', 0);
  });

  it('leaves a wizard before the install of its server to unknown-server', () => {
    const install = HYBRID_2007.slice(
      HYBRID_2007.indexOf('      - action: install-exchange'),
      HYBRID_2007.indexOf('  - id: hybrid\n'),
    );
    const moved = edit(
      edit(HYBRID_2007, install, ''),
      '      - action: create-migration-endpoint\n',
      install + '      - action: create-migration-endpoint\n',
    );
    findings(moved, 'hybrid-server', 0);
  });

  it('reports Exchange 2007 servers below SP3 RU10 next to a listed Exchange 2013 hybrid server', () => {
    const text = edit(
      edit(HYBRID_2007, 'update: SP3 RU23', 'update: SP3 RU9'),
      '    roles: [mailbox, clientAccess, hubTransport]\n',
      '    roles: [mailbox, clientAccess, hubTransport]\n  - name: NT-EX13\n    version: "2013"\n    update: CU23\n    roles: [mailbox, clientAccess]\n',
    ).replace('server: NT-HYB13\n      - action: create', 'server: NT-EX13\n      - action: create');
    const [f] = findings(text, 'hybrid-server', 1);
    assert.deepStrictEqual(where(f), at(text, '- action: run-hybrid-wizard', 'action: run-hybrid-wizard'));
    assert.strictEqual(
      f.message,
      'NT-EX07 (Exchange 2007 SP3 RU9) must be at Exchange 2007 SP3 RU10 or later to coexist with the hybrid server NT-EX13 (a requirement of the hybrid deployment); update before running the wizard',
    );
    // A hybrid server the runbook installs was judged at its install (coexistence-update).
    findings(edit(HYBRID_2007, 'update: SP3 RU23', 'update: SP3 RU9'), 'hybrid-server', 0);
  });
});

// Runbooks and helpers shared by the Exchange Online rule tests. Each base runbook lints
// clean; tests change one thing and assert the exact finding (line, columns, message).
import * as assert from 'assert';
import { Finding, LintOptions } from '../../../src/core';
import { lintText, ofRule, describeFindings } from '../helpers';
import { edit, yaml } from '../rule-tester';

export const CUTOVER = `runbook: 1
title: Contoso cutover
asOf: 2026-11-23
organization:
  name: Contoso
  mailboxes: 120
  domains: [contoso.com]
servers:
  - name: CON-EX10
    version: "2010"
    update: SP3 RU32
    roles: [mailbox, clientAccess, hubTransport]
target:
  platform: exchange-online
  method: cutover
phases:
  - id: prepare
    title: Prepare
    steps:
      - action: configure-outlook-anywhere
        server: CON-EX10
        certificate: trusted
      - action: grant-migration-permissions
        account: admin@contoso.com
      - action: verify-domain
        domain: contoso.com
      - action: create-migration-endpoint
        type: outlook-anywhere
  - id: migrate
    title: Migrate
    steps:
      - action: create-migration-batch
        batch: all
        method: cutover
      - action: start-migration-batch
        batch: all
      - action: switch-mx
      - action: complete-migration-batch
        batch: all
      - action: assign-licenses
      - action: decommission
        server: CON-EX10
`;

export const STAGED = `runbook: 1
title: Wingtip staged
asOf: 2026-11-23
organization:
  name: Wingtip
  mailboxes: 5
  domains: [wingtiptoys.com]
servers:
  - name: WT-EX07
    version: "2007"
    update: SP3 RU23
    roles: [mailbox, clientAccess, hubTransport]
target:
  platform: exchange-online
  method: staged
phases:
  - id: prepare
    title: Prepare
    steps:
      - action: configure-outlook-anywhere
        server: WT-EX07
        certificate: trusted
      - action: grant-migration-permissions
        account: admin@wingtiptoys.com
      - action: verify-domain
        domain: wingtiptoys.com
      - action: configure-directory-sync
      - action: create-migration-endpoint
        type: outlook-anywhere
  - id: waves
    title: Waves
    steps:
      - action: create-migration-batch
        batch: wave-1
        method: staged
        csv: staged-wave1.csv
      - action: start-migration-batch
        batch: wave-1
      - action: convert-to-mail-users
        batch: wave-1
      - action: create-migration-batch
        batch: wave-2
        method: staged
        csv: staged-wave2.csv
      - action: start-migration-batch
        batch: wave-2
      - action: convert-to-mail-users
        batch: wave-2
      - action: switch-mx
      - action: complete-migration-batch
        batch: wave-1
      - action: complete-migration-batch
        batch: wave-2
      - action: decommission
        server: WT-EX07
`;

export const HYBRID_2007 = `runbook: 1
title: Northwind hybrid
asOf: 2019-09-01
organization:
  name: Northwind
  mailboxes: 1800
  domains: [northwindtraders.com]
servers:
  - name: NT-EX07
    version: "2007"
    update: SP3 RU23
    roles: [mailbox, clientAccess, hubTransport]
target:
  platform: exchange-online
  method: hybrid
phases:
  - id: hybrid-server
    title: Hybrid server
    steps:
      - action: prepare-schema
        version: "2013"
      - action: prepare-ad
        version: "2013"
      - action: install-exchange
        server: NT-HYB13
        version: "2013"
        update: CU23
        roles: [mailbox, clientAccess]
        hybrid: true
  - id: hybrid
    title: Hybrid
    steps:
      - action: verify-domain
        domain: northwindtraders.com
      - action: configure-directory-sync
      - action: grant-migration-permissions
        account: admin@northwindtraders.com
      - action: run-hybrid-wizard
        server: NT-HYB13
      - action: create-migration-endpoint
        type: remote-move
      - action: move-mailboxes
        from: NT-EX07
        to: exchange-online
      - action: switch-mx
`;

export { at, edit } from '../rule-tester';

/** An on-premises runbook (2013 to 2016) where the online rules have nothing to say. */
export const ON_PREMISES = yaml`
  runbook: 1
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

/** CUTOVER with nothing prepared and a staged batch: method-mismatch reports it, online-prerequisites leaves it. */
export const STAGED_BATCH_IN_CUTOVER = edit(
  CUTOVER,
  CUTOVER.slice(CUTOVER.indexOf('      - action: configure-outlook-anywhere'), CUTOVER.indexOf('  - id: migrate')),
  '      - action: custom\n        title: x\n',
  'method: cutover\n      - action: start',
  'method: staged\n        csv: staged-wave1.csv\n      - action: start',
);

export function where(f: Finding): { line: number; column: number; endColumn: number } {
  return { line: f.range.line, column: f.range.column, endColumn: f.range.endColumn };
}

/** The findings of one rule; asserts how many there are and shows all findings when that fails. */
export function findings(text: string, ruleId: string, expected: number, options: LintOptions = {}): Finding[] {
  const all = lintText(text, options);
  const found = ofRule(all, ruleId);
  assert.strictEqual(
    found.length,
    expected,
    `${ruleId}: expected ${expected} finding(s), got:\n${describeFindings(all)}`,
  );
  return found;
}

/** A readFile over in-memory CSVs. */
export function files(map: Record<string, string>): (p: string) => string | undefined {
  return (p) => map[p];
}

// The rule families (`tags` on each rule definition): which rules judge on-premises
// transitions, which judge migrations to Exchange Online, and which judge the runbook
// itself. The family tests (onprem-rules, online-rules, procedures-online) run the rules
// of a family, so a rule that left its family would drop out of them unnoticed.
import * as assert from 'assert';
import { RULES } from '../../../src/core';
import { ruleIdsTagged } from '../helpers';

describe('rule families', () => {
  it('on-premises: the rules of transitions between Exchange versions', () => {
    assert.deepStrictEqual(ruleIdsTagged('on-premises').sort(), [
      'client-support',
      'coexistence',
      'coexistence-update',
      'decommission-with-data',
      'end-of-support',
      'forest-level',
      'os-requirement',
      'prepare-before-install',
      'source-remains',
    ]);
  });
  it('exchange-online: the rules of migrations to Exchange Online', () => {
    assert.deepStrictEqual(ruleIdsTagged('exchange-online').sort(), [
      'cutover-size',
      'directory-sync',
      'hybrid-server',
      'hybrid-size',
      'mail-flow-order',
      'method-duration',
      'method-mismatch',
      'online-prerequisites',
      'public-folders',
      'staged-csv',
      'staged-source',
    ]);
  });
  it('no family: the rules of the runbook itself', () => {
    assert.deepStrictEqual(
      RULES.filter((r) => r.tags.length === 0)
        .map((r) => r.id)
        .sort(),
      ['duplicate-id', 'inventory-drift', 'schedule', 'schema', 'unknown-server', 'yaml-syntax'],
    );
  });
});

// What the fixes insert must itself be right by the facts, not only silence the finding.
import * as assert from 'assert';
import { applyEdits, fixAll, lint } from '../../../src/core';
import { readScenario } from '../scenarios/helpers';

describe('review: inserted steps follow the documented facts', () => {
  it('the SE-over-2013 transition installs Exchange 2019 CU14, not CU15 (2019 CU15 Setup no longer accepts Exchange 2013)', () => {
    const text = readScenario('se-over-2013.runbook.yaml');
    const [finding] = lint(text).findings;
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.match(fixed, /action: install-exchange\n {8}server: REL-EX19-01\n {8}version: "2019"\n {8}update: CU14\n/);
    assert.match(fixed, /title: Install Exchange 2019 CU14 on REL-EX19-01/);
    // The 2019 transition server is past its end of support: advice (info), as the spec says.
    assert.deepStrictEqual(
      lint(fixed).findings.map((f) => `${f.severity} ${f.ruleId}`),
      ['info end-of-support'],
    );
  });

  it('the hybrid server the hybrid-server fix installs into a 2007 organization below SP3 RU10 comes after an update of the 2007 server', () => {
    const text = readScenario('combined-mistakes-hybrid.runbook.yaml');
    const finding = lint(text).findings.find((f) => f.ruleId === 'hybrid-server')!;
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.match(
      fixed,
      /- action: update-server\n {8}server: CB-EX07\n {8}update: SP3 RU23\n {6}- action: prepare-schema\n {8}version: "2013"\n/,
    );
    assert.deepStrictEqual(
      lint(fixed).findings.filter((f) => f.ruleId === 'coexistence-update' || f.ruleId === 'hybrid-server'),
      [],
    );
  });

  it('cutover-size switches a 400-mailbox cutover with cutover batches to hybrid, with directory sync on before the first batch', () => {
    const text = readScenario('cutover-400.runbook.yaml');
    const [finding] = lint(text).findings;
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.match(fixed, /\n {2}method: hybrid\n/);
    assert.match(
      fixed,
      /- action: configure-directory-sync\n {8}enabled: true\n {6}- action: create-migration-batch\n {8}batch: everyone\n {8}method: remote-move\n/,
    );
    // Everything fixable, fixed: only the 2013 hybrid server's end of support is left (true as of 2026).
    const all = fixAll(text);
    assert.deepStrictEqual(
      all.findings.map((f) => `${f.severity} ${f.ruleId}`),
      ['warning end-of-support'],
    );
    assert.match(all.text, /- action: install-exchange\n {8}server: AD-HYB13\n {8}version: "2013"\n {8}update: CU23\n/);
  });
});

describe('review: the new server’s own update level next to old versions', () => {
  it('Exchange 2013 CU1 cannot join an Exchange 2007/2010 organization (2013 needs CU2+): coexistence-update, with a fix to the latest CU', () => {
    const text = readScenario('mixed-2007-2010-to-2013.runbook.yaml')
      .replace('update: SP3 RU8', 'update: SP3 RU23')
      .replace('update: SP2', 'update: SP3 RU32')
      .replace('        update: CU10\n', '        update: CU1\n');
    const findings = lint(text).findings;
    assert.deepStrictEqual(
      findings.map(
        (f) => `${f.range.line}:${f.range.column}-${f.range.endColumn} ${f.severity} ${f.ruleId}: ${f.message}`,
      ),
      [
        '32:17-20 warning coexistence-update: Exchange 2013 CU1 cannot join an organization with Exchange 2007 and 2010 servers: Setup needs Exchange 2013 CU2 or later there; install a later update',
      ],
    );
    const fixed = applyEdits(text, findings[0].fix!.edits);
    // The latest CU released by the runbook's asOf (2015-06-01): CU8 (2015-03-17), not CU23 (2019).
    assert.match(fixed, /server: LIT-EX13\n {8}version: "2013"\n {8}update: CU8\n/);
    assert.deepStrictEqual(lint(fixed).findings, []);
  });
});

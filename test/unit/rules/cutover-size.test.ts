import * as assert from 'assert';
import { applyEdits } from '../../../src/core';
import type { Finding } from '../../../src/core';
import { CUTOVER, at, edit, findings, where } from './online-helpers';

describe('cutover-size', () => {
  it('warns above 150 mailboxes, at target.method', () => {
    const text = edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 151');
    const [f] = findings(text, 'cutover-size', 1);
    assert.strictEqual(f.severity, 'warning');
    assert.deepStrictEqual(where(f), at(text, 'method: cutover', 'cutover'));
    assert.strictEqual(
      f.message,
      'a cutover migration of 151 mailboxes takes longer than Microsoft recommends: cutover is meant for 150 mailboxes or fewer, migrated within a week; consider a staged migration (Exchange 2003/2007 sources) or a hybrid migration',
    );
    assert.strictEqual(f.fix?.title, 'Switch to hybrid migration (remote-move batches)');
  });

  it('is an error above 2,000 mailboxes', () => {
    const text = edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 2001');
    const [f] = findings(text, 'cutover-size', 1);
    assert.strictEqual(f.severity, 'error');
    assert.match(
      f.message,
      /^a cutover migration of 2,001 mailboxes is not supported: a cutover moves at most 2,000 mailboxes;/,
    );
  });

  it('counts the mailboxes the servers list when they exceed organization.mailboxes', () => {
    const text = edit(
      CUTOVER,
      '    roles: [mailbox, clientAccess, hubTransport]\n',
      '    roles: [mailbox, clientAccess, hubTransport]\n    mailboxes: 400\n',
    );
    const [f] = findings(text, 'cutover-size', 1);
    assert.match(f.message, /of 400 mailboxes/);
  });

  it('says it in Swedish', () => {
    const text = edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 2500');
    const [f] = findings(text, 'cutover-size', 1, { locale: 'sv' });
    // Thousands grouped with the space Intl gives for Swedish (a no-break space on Node 20).
    const sv = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
    assert.ok(
      f.message.startsWith(
        `en snabb migrering av ${sv(2500)} postlådor stöds inte: en snabb migrering flyttar högst ${sv(2000)} postlådor`,
      ),
      f.message,
    );
    assert.ok(!f.message.includes('2 500'), 'no breaking (ASCII) space between the digits');
    assert.strictEqual(f.fix?.title, 'Byt till hybridmigrering (batchar med fjärrflytt)');
  });

  it('stays quiet at exactly 150 mailboxes and for other methods', () => {
    findings(edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 150'), 'cutover-size', 0);
    const staged = edit(
      edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 3000'),
      'method: cutover\nphases',
      'method: hybrid\nphases',
    );
    findings(staged, 'cutover-size', 0);
  });

  it('offers staged for an Exchange 2007 organization without cutover batches', () => {
    const text = CUTOVER.replace(/ {2}- id: migrate[\s\S]*$/, '')
      .replace('"2010"', '"2007"')
      .replace('SP3 RU32', 'SP3 RU23')
      .replace('mailboxes: 120', 'mailboxes: 600');
    const [f] = findings(text, 'cutover-size', 1);
    assert.strictEqual(f.fix?.title, 'Switch to staged migration');
  });
});

// Each case below is one edge of the choice between the staged and the hybrid fix, or of
// what the hybrid fix rewrites; found by mutation testing (docs/testing.md).
/** The cutover runbook without its batches, with 600 mailboxes (over the recommended 150). */
const NO_BATCHES = edit(CUTOVER.replace(/ {2}- id: migrate[\s\S]*$/, ''), 'mailboxes: 120', 'mailboxes: 600');
const ON_2007 = NO_BATCHES.replace('"2010"', '"2007"').replace('SP3 RU32', 'SP3 RU23');
const SECOND_SERVER = (version: string, mailboxes: number) =>
  `  - name: CON-EX2\n    version: "${version}"\n    roles: [mailbox]\n    mailboxes: ${mailboxes}\ntarget:`;
const fixOf = (text: string): Finding['fix'] => findings(text, 'cutover-size', 1)[0].fix;
const fixed = (text: string) => applyEdits(text, fixOf(text)!.edits);

describe('cutover-size: which fix', () => {
  it('offers hybrid, not staged, when an Exchange 2010 server holds the mailboxes (no batches yet)', () => {
    assert.strictEqual(fixOf(NO_BATCHES)?.title, 'Switch to hybrid migration (remote-move batches)');
  });

  it('still offers staged when the only non-staged-source server holds no mailboxes (mailboxes: 0)', () => {
    const text = edit(ON_2007, 'target:', SECOND_SERVER('2010', 0));
    assert.strictEqual(fixOf(text)?.title, 'Switch to staged migration');
  });

  it('offers hybrid when that server holds even one mailbox', () => {
    const text = edit(ON_2007, 'target:', SECOND_SERVER('2010', 1));
    assert.strictEqual(fixOf(text)?.title, 'Switch to hybrid migration (remote-move batches)');
  });

  it('a server of a version it does not know does not rule out staged', () => {
    const text = edit(ON_2007, 'target:', SECOND_SERVER('2008', 50));
    assert.strictEqual(fixOf(text)?.title, 'Switch to staged migration');
  });

  it('offers hybrid for an Exchange 2007 organization once a cutover batch exists (the batch would need a CSV)', () => {
    const text = CUTOVER.replace('"2010"', '"2007"')
      .replace('SP3 RU32', 'SP3 RU23')
      .replace('mailboxes: 120', 'mailboxes: 600');
    assert.strictEqual(fixOf(text)?.title, 'Switch to hybrid migration (remote-move batches)');
  });
});

describe('cutover-size: what the hybrid fix rewrites', () => {
  it('leaves a batch whose method is not cutover as it is, and then staged stays possible', () => {
    const staged = edit(
      CUTOVER.replace('"2010"', '"2007"').replace('SP3 RU32', 'SP3 RU23').replace('mailboxes: 120', 'mailboxes: 600'),
      '        method: cutover\n',
      '        method: staged\n        csv: wave.csv\n',
    );
    assert.strictEqual(fixOf(staged)?.title, 'Switch to staged migration');
    const hybrid = edit(
      edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 600'),
      '        method: cutover\n',
      '        method: staged\n',
    );
    assert.match(
      fixed(hybrid),
      /method: hybrid\n[\s\S]*- action: create-migration-batch\n {8}batch: all\n {8}method: staged\n/,
    );
  });

  it('rewrites only the method of create-migration-batch steps (a stray method elsewhere stays)', () => {
    const text = edit(
      edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 600'),
      '      - action: start-migration-batch\n        batch: all\n',
      '      - action: start-migration-batch\n        batch: all\n        method: cutover\n',
    );
    const out = fixed(text);
    assert.match(out, /- action: create-migration-batch\n {8}batch: all\n {8}method: remote-move\n/);
    assert.match(out, /- action: start-migration-batch\n {8}batch: all\n {8}method: cutover\n/);
  });

  it('a start-migration-batch step is a first batch too: directory sync comes on before it', () => {
    const text = edit(
      edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 600'),
      '      - action: create-migration-batch\n        batch: all\n        method: cutover\n',
      '',
    );
    assert.match(
      fixed(text),
      /- action: configure-directory-sync\n {8}enabled: true\n {6}- action: start-migration-batch\n/,
    );
  });

  it('turns on only a "sync off" step before the first batch; one after it stays and a step is inserted', () => {
    const text = edit(
      edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 600'),
      '      - action: switch-mx\n',
      '      - action: configure-directory-sync\n        enabled: false\n      - action: switch-mx\n',
    );
    const out = fixed(text);
    assert.match(out, /- action: configure-directory-sync\n {8}enabled: true\n {6}- action: create-migration-batch\n/);
    assert.match(out, /- action: configure-directory-sync\n {8}enabled: false\n {6}- action: switch-mx\n/);
  });

  it('needs no directory sync edit when a sync step without "enabled" (on) runs before the batch', () => {
    const text = edit(
      edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 600'),
      '      - action: create-migration-endpoint\n',
      '      - action: configure-directory-sync\n      - action: create-migration-endpoint\n',
    );
    const fix = fixOf(text)!;
    assert.strictEqual(fix.edits.length, 2, 'the method and the one batch');
    assert.doesNotMatch(fixed(text), /enabled/);
  });

  it('a stray enabled: false on another step is not a "sync off" step', () => {
    const text = edit(
      edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 600'),
      '      - action: verify-domain\n        domain: contoso.com\n',
      '      - action: configure-directory-sync\n        enabled: false\n      - action: verify-domain\n        domain: contoso.com\n        enabled: false\n',
    );
    const out = fixed(text);
    assert.match(out, /- action: configure-directory-sync\n {8}enabled: true\n/);
    assert.match(out, /domain: contoso.com\n {8}enabled: false\n/);
  });

  it('gives the mailbox count as data, for clients', () => {
    const [f] = findings(edit(CUTOVER, 'mailboxes: 120', 'mailboxes: 151'), 'cutover-size', 1);
    assert.deepStrictEqual(f.data, { mailboxes: 151 });
  });

  it('says the recommendation and the staged fix in Swedish', () => {
    const [f] = findings(edit(ON_2007, 'mailboxes: 600', 'mailboxes: 151'), 'cutover-size', 1, { locale: 'sv' });
    assert.strictEqual(
      f.message,
      'en snabb migrering av 151 postlådor tar längre tid än Microsoft rekommenderar: snabb migrering är avsedd för högst 150 postlådor som migreras inom en vecka; överväg stegvis migrering (källa Exchange 2003/2007) eller hybridmigrering',
    );
    assert.strictEqual(f.fix?.title, 'Byt till stegvis migrering');
  });
});

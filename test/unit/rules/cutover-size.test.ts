import * as assert from 'assert';
import { checkGoldenFix } from '../helpers';
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

  it('fixes by switching to staged (2007, no batches yet)', () => checkGoldenFix('cutover-size', 'staged-skeleton'));
  it('fixes by switching to hybrid: batches become remote-move and directory sync comes on', () =>
    checkGoldenFix('cutover-size', 'hybrid-with-batches'));
  it('fixes by switching to hybrid, turning an explicit "directory sync off" step back on', () =>
    checkGoldenFix('cutover-size', 'hybrid-sync-step'));
});

import * as assert from 'assert';
import { STAGED, at, edit, findings, where } from './online-helpers';

describe('staged-source', () => {
  it('reports Exchange 2010 mailboxes in a staged migration, at target.method', () => {
    const text = edit(edit(STAGED, 'version: "2007"', 'version: "2010"'), 'update: SP3 RU23', 'update: SP3 RU32');
    const [f] = findings(text, 'staged-source', 1);
    assert.strictEqual(f.severity, 'error');
    assert.deepStrictEqual(where(f), at(text, 'method: staged\nphases', 'staged'));
    assert.strictEqual(
      f.message,
      'a staged migration cannot move mailboxes from Exchange 2010 or later, but there are mailboxes on WT-EX07 (Exchange 2010 SP3 RU32): staged migration reads only Exchange 2003 and 2007; use a cutover migration (up to 2,000 mailboxes) or a hybrid migration',
    );
    assert.strictEqual(f.fix, undefined);
  });

  it('names every newer server that hosts mailboxes in a mixed organization', () => {
    const text = edit(
      STAGED,
      '    roles: [mailbox, clientAccess, hubTransport]\n',
      '    roles: [mailbox, clientAccess, hubTransport]\n    mailboxes: 3\n  - name: WT-EX13\n    version: "2013"\n    roles: [mailbox, clientAccess]\n    mailboxes: 2\n',
    );
    const [f] = findings(text, 'staged-source', 1, { locale: 'sv' });
    assert.match(
      f.message,
      /^en stegvis migrering kan inte flytta postlådor från Exchange 2010 eller senare, men det finns postlådor på WT-EX13 \(Exchange 2013\):/,
    );
  });

  it('stays quiet for Exchange 2003/2007 sources and for a newer server without mailboxes', () => {
    findings(STAGED, 'staged-source', 0);
    findings(edit(STAGED, 'version: "2007"', 'version: "2003"'), 'staged-source', 0);
    const casOnly = edit(
      STAGED,
      '    roles: [mailbox, clientAccess, hubTransport]\n',
      '    roles: [mailbox, clientAccess, hubTransport]\n  - name: WT-EX10-CAS\n    version: "2010"\n    roles: [clientAccess]\n',
    );
    findings(casOnly, 'staged-source', 0);
  });

  it('a newer mailbox server is judged by its mailboxes: quiet at 0, reported from 1, every one named in data', () => {
    const newer = (n10: number, n13: number) =>
      edit(
        STAGED,
        '    roles: [mailbox, clientAccess, hubTransport]\n',
        '    roles: [mailbox, clientAccess, hubTransport]\n    mailboxes: 3\n' +
          `  - name: WT-EX10\n    version: "2010"\n    roles: [mailbox]\n    mailboxes: ${n10}\n` +
          `  - name: WT-EX13\n    version: "2013"\n    roles: [mailbox]\n    mailboxes: ${n13}\n`,
      );
    findings(newer(0, 0), 'staged-source', 0);
    assert.deepStrictEqual(findings(newer(1, 0), 'staged-source', 1)[0].data, { servers: ['WT-EX10'] });
    assert.deepStrictEqual(findings(newer(1, 1), 'staged-source', 1)[0].data, { servers: ['WT-EX10', 'WT-EX13'] });
  });
});

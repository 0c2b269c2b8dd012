// staged-source: a staged migration reads only Exchange 2003 and 2007 mailboxes (the
// finding at `target.method`, naming every newer server that hosts mailboxes).
import { RuleTester } from '../rule-tester';
import { STAGED, edit } from './online-helpers';

/** STAGED with a newer mailbox server of each version, holding `n10` and `n13` mailboxes. */
const newer = (n10: number, n13: number) =>
  edit(
    STAGED,
    '    roles: [mailbox, clientAccess, hubTransport]\n',
    '    roles: [mailbox, clientAccess, hubTransport]\n    mailboxes: 3\n' +
      `  - name: WT-EX10\n    version: "2010"\n    roles: [mailbox]\n    mailboxes: ${n10}\n` +
      `  - name: WT-EX13\n    version: "2013"\n    roles: [mailbox]\n    mailboxes: ${n13}\n`,
  );

new RuleTester().run('staged-source', {
  valid: [
    { name: 'Exchange 2007 mailboxes', code: STAGED },
    {
      name: 'Exchange 2003 mailboxes',
      code: edit(STAGED, '    version: "2007"\n', '    version: "2003"\n'),
    },
    {
      name: 'a newer server without mailboxes (client access only)',
      code: edit(
        STAGED,
        'target:\n',
        '  - name: WT-EX10-CAS\n    version: "2010"\n    roles: [clientAccess]\ntarget:\n',
      ),
    },
    { name: 'newer mailbox servers are judged by their mailboxes: quiet at 0', code: newer(0, 0) },
  ],
  invalid: [
    {
      name: 'Exchange 2010 mailboxes, at target.method',
      code: edit(STAGED, '    version: "2007"\n    update: SP3 RU23\n', '    version: "2010"\n    update: SP3 RU32\n'),
      errors: [
        {
          message:
            'a staged migration cannot move mailboxes from Exchange 2010 or later, but there are mailboxes on WT-EX07 (Exchange 2010 SP3 RU32): staged migration reads only Exchange 2003 and 2007; use a cutover migration (up to 2,000 mailboxes) or a hybrid migration',
          line: 15,
          column: 11,
          endColumn: 17,
          severity: 'error',
        },
      ],
      output: null,
    },
    {
      name: 'every newer server that hosts mailboxes in a mixed organization, in Swedish',
      code: edit(
        STAGED,
        'target:\n',
        '    mailboxes: 3\n  - name: WT-EX13\n    version: "2013"\n    roles: [mailbox, clientAccess]\n    mailboxes: 2\ntarget:\n',
      ),
      options: { locale: 'sv' },
      errors: [
        {
          message:
            /^en stegvis migrering kan inte flytta postlådor från Exchange 2010 eller senare, men det finns postlådor på WT-EX13 \(Exchange 2013\):/,
          line: 20,
        },
      ],
      output: null,
    },
    {
      name: 'reported from 1 mailbox on a newer server, named in data',
      code: newer(1, 0),
      errors: [{ details: { servers: ['WT-EX10'] } }],
      output: null,
    },
    {
      name: 'every newer server with mailboxes named, in the message and in data',
      code: newer(1, 1),
      errors: [
        {
          message: /mailboxes on WT-EX10 \(Exchange 2010\), WT-EX13 \(Exchange 2013\): /,
          details: { servers: ['WT-EX10', 'WT-EX13'] },
        },
      ],
      output: null,
    },
  ],
});

import { RuleTester, yaml } from '../rule-tester';

/** A hybrid migration (or another `method`) of `mailboxes` mailboxes. */
function migration(mailboxes: number, method = 'hybrid'): string {
  return yaml`
    runbook: 1
    title: Northwind
    asOf: 2026-11-23
    organization:
      name: Northwind
      mailboxes: ${mailboxes}
    servers:
      - name: NT-EX16
        version: "2016"
        update: CU23
        roles: [mailbox]
    target:
      platform: exchange-online
      method: ${method}
    phases:
      - id: move
        title: Move
        steps:
          - action: switch-mx
  `;
}

new RuleTester().run('hybrid-size', {
  valid: [
    { name: 'hybrid from 150 mailboxes', code: migration(150) },
    { name: 'hybrid for many', code: migration(1800) },
    { name: 'a cutover of 20 mailboxes', code: migration(20, 'cutover') },
  ],
  invalid: [
    {
      name: 'hybrid for 149 mailboxes: advice at target.method',
      code: migration(149),
      errors: [
        {
          message:
            'full hybrid for 149 mailboxes: Microsoft finds full hybrid worth its effort (hybrid server, certificates, directory sync, months of coexistence) from about 150 mailboxes; for fewer, a cutover migration, or a staged migration from Exchange 2003/2007, is usually simpler',
          severity: 'info',
          line: 14,
          column: 11,
          endLine: 14,
          endColumn: 17,
          // The mailbox count it judged, for clients.
          details: { mailboxes: 149 },
        },
      ],
      output: null,
    },
    {
      name: 'a tiny organization, in Swedish',
      code: migration(12),
      options: { locale: 'sv' },
      errors: [
        {
          messageId: 'small',
          data: { count: '12', threshold: 150 },
          message: /^fullständig hybridmigrering för 12 postlådor: .* från ungefär 150 postlådor;/,
        },
      ],
      output: null,
    },
  ],
});

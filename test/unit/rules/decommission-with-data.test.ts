import * as assert from 'assert';
import { fixAll } from '../../../src/core';
import { LINKS } from '../../../src/core/knowledge/procedures';
import { ofRule } from '../helpers';
import { RuleTester, at, edit, golden, indent, yaml } from '../rule-tester';
import { onPremises } from './onprem-helpers';

/** OLD (Exchange 2010, a mailbox server with no mailboxes left) decommissioned, EX16 beside it. */
const EMPTY = onPremises({
  mailboxes: 0,
  servers: yaml`
    - name: OLD
      version: "2010"
      roles: [mailbox]
      mailboxes: 0
    - name: EX16
      version: "2016"
  `,
  steps: yaml`
    - action: decommission
      server: OLD
  `,
});
/** OLD with `roles: [mailbox]` and `mailboxes: 0` replaced by `fields`. */
const old = (fields: string) => edit(EMPTY, '    roles: [mailbox]\n    mailboxes: 0\n', fields);
const CAS = edit(old('    roles: [clientAccess]\n'), 'name: OLD', 'name: CAS10', 'server: OLD', 'server: CAS10');
const MOVED = onPremises({
  mailboxes: 10,
  servers: yaml`
    - name: OLD
      version: "2013"
      mailboxes: 10
    - name: NEW
      version: "2016"
  `,
  steps: yaml`
    - action: move-client-access
      from: OLD
      to: NEW
    - action: move-transport
      from: OLD
      to: NEW
    - action: move-mailboxes
      from: OLD
      to: NEW
    - action: decommission
      server: OLD
  `,
});
new RuleTester().run('decommission-with-data', {
  valid: [
    { name: 'everything has moved', code: MOVED },
    { name: 'a server with nothing left on it', code: EMPTY },
  ],
  invalid: [
    {
      name: 'what the server still hosts, at the decommission step',
      code: golden('decommission-with-data', 'mailboxes-left'),
      errors: [
        {
          severity: 'error',
          line: 41,
          column: 9,
          endLine: 41,
          endColumn: 29,
          message:
            'FC-EX10 still hosts client access, transport (mail flow), 50 mailboxes and public folders when it is decommissioned: ' +
            'Setup cannot uninstall a server with mailbox or public folder databases, and users and mail flow still depend on it. Move them to another server first',
          fix: 'Insert the moves that empty FC-EX10 before its decommission',
        },
      ],
      output: golden('decommission-with-data', 'mailboxes-left', 'expected'),
    },
    {
      name: 'a client access server that still serves clients: one load is "it"',
      code: CAS,
      errors: [
        {
          ...at(CAS, 'action: decommission'),
          endLine: at(CAS, 'action: decommission').line,
          message: /^CAS10 still hosts client access when it is decommissioned: .* Move it to another server first$/,
        },
      ],
      output: edit(
        CAS,
        '      - action: decommission\n',
        indent(
          6,
          yaml`
            - action: move-client-access
              from: CAS10
              to: EX16
              id: move-client-access-to-ex16
              title: Move client access from CAS10 to EX16
              notes: |
                Create a legacy host name (e.g. \`legacy.contoso.com\`) for the old servers while mailboxes remain on them;
                enable Outlook Anywhere on the old client access servers (\`Set-OutlookAnywhere\`); configure the virtual
                directories and certificates of EX16 (\`Set-OwaVirtualDirectory\`, \`Set-WebServicesVirtualDirectory\`,
                \`New-ExchangeCertificate\`, \`Enable-ExchangeCertificate\`); set the Autodiscover SCP
                (\`Set-ClientAccessServer -AutoDiscoverServiceInternalUri\`), then point the DNS namespace at EX16.
                See [Outlook Anywhere](https://learn.microsoft.com/en-us/exchange/outlook-anywhere-exchange-2013-help) and [certificates](https://learn.microsoft.com/en-us/exchange/digital-certificates-and-ssl-exchange-2013-help).
            - action: decommission
          `,
        ),
      ),
    },
    {
      name: 'the same in Swedish',
      code: CAS,
      options: { locale: 'sv' },
      errors: [
        {
          message: /^CAS10 har fortfarande klientåtkomst när den avvecklas: .* Flytta den till en annan server först$/,
          fix: 'Infoga flyttarna som tömmer CAS10 före avvecklingen',
        },
      ],
    },
    {
      name: 'transport alone: it',
      code: old('    roles: [hubTransport]\n'),
      errors: [
        {
          message: /^OLD still hosts transport \(mail flow\) when .* Move it to another server first$/,
          details: { loads: ['transport'], source: LINKS.decommission },
          fix: 'Insert the moves that empty OLD before its decommission',
        },
      ],
    },
    {
      name: 'mailboxes alone: them (one mailbox too)',
      code: old('    roles: [mailbox]\n    mailboxes: 1\n'),
      errors: [
        {
          message: /^OLD still hosts 1 mailbox when .* Move them to another server first$/,
          details: { loads: ['mailboxes'], source: LINKS.decommission },
          fix: 'Insert the moves that empty OLD before its decommission',
        },
      ],
    },
    {
      name: 'public folders alone: them',
      code: old('    roles: [mailbox]\n    mailboxes: 0\n    publicFolders: true\n'),
      errors: [
        {
          message: /^OLD still hosts public folders when .* Move them to another server first$/,
          fix: 'Insert the moves that empty OLD before its decommission',
        },
      ],
    },
    {
      name: 'no fix when no other server can take the load',
      code: onPremises({
        servers: yaml`
          - name: ONLY
            version: "2016"
        `,
        steps: yaml`
          - action: decommission
            server: ONLY
        `,
      }),
      errors: [{ fix: null }],
      output: null,
    },
  ],
});

describe('decommission-with-data: with every rule', () => {
  it('fixAll is idempotent and leaves no decommission-with-data', () => {
    const once = fixAll(golden('decommission-with-data', 'mailboxes-left'), {});
    assert.deepStrictEqual(ofRule(once.findings, 'decommission-with-data'), []);
    assert.strictEqual(fixAll(once.text, {}).text, once.text);
  });
});

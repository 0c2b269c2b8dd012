// online-prerequisites at its edges (issue 17): which steps are batches or moves to judge,
// which server the fix configures Outlook Anywhere on (a pre-2013 Client Access server at
// 2010, not at 2013), when Outlook Anywhere counts as published, the hybrid wizard in each
// kind of organization, prerequisites without a fix, and the keys clients read.
import * as assert from 'assert';
import { fixAll } from '../../../src/core';
import { RuleTester, at, edit } from '../rule-tester';
import { CUTOVER, HYBRID_2007 } from './online-helpers';

const OA = '      - action: configure-outlook-anywhere\n        server: CON-EX10\n        certificate: trusted\n';
const SERVER_10 =
  '  - name: CON-EX10\n    version: "2010"\n    update: SP3 RU32\n    roles: [mailbox, clientAccess, hubTransport]\n';
/** CUTOVER without Outlook Anywhere and with `servers` instead of CON-EX10 alone. */
const withServers = (servers: string) => edit(CUTOVER, OA, '', SERVER_10, servers);
const server = (name: string, version: string, update: string, roles: string, extra = '') =>
  `  - name: ${name}\n    version: "${version}"\n    update: ${update}\n    roles: [${roles}]\n${extra}`;
const FIX_OA = (name: string) =>
  `      - action: configure-outlook-anywhere\n        server: ${name}\n        certificate: trusted\n`;
const BATCH = '      - action: create-migration-batch\n';
const START = '      - action: start-migration-batch\n';
const CAS_13_THEN_10 = withServers(
  server('CON-EX13', '2013', 'CU23', 'clientAccess') +
    server('CON-EX10', '2010', 'SP3 RU32', 'mailbox, clientAccess, hubTransport'),
);
const MAILBOX_ONLY = withServers(server('CON-EX10', '2010', 'SP3 RU32', 'mailbox', '    mailboxes: 120\n'));
const NO_START_NAME = edit(CUTOVER, OA, '', '      - action: start-migration-batch\n        batch: all\n', START);
const NO_DOMAINS = edit(
  CUTOVER,
  '  domains: [contoso.com]\n',
  '',
  '      - action: verify-domain\n        domain: contoso.com\n',
  '',
  '      - action: create-migration-endpoint\n        type: outlook-anywhere\n',
  '',
);
/** HYBRID_2007 without its hybrid-server phase and its wizard. */
const HYB_PHASE = HYBRID_2007.slice(
  HYBRID_2007.indexOf('  - id: hybrid-server'),
  HYBRID_2007.indexOf('  - id: hybrid\n'),
);
const NO_WIZARD = edit(HYBRID_2007, HYB_PHASE, '', '      - action: run-hybrid-wizard\n        server: NT-HYB13\n', '');
const NO_WIZARD_NOR_DOMAIN = edit(
  NO_WIZARD,
  '      - action: verify-domain\n        domain: northwindtraders.com\n',
  '',
);
const HYBRID_2010 = edit(
  HYBRID_2007,
  HYB_PHASE,
  '',
  'version: "2007"\n    update: SP3 RU23',
  'version: "2010"\n    update: SP3 RU32',
  'roles: [mailbox, clientAccess, hubTransport]',
  'roles: [mailbox, clientAccess, hubTransport]',
  'server: NT-HYB13',
  'server: NT-EX07',
);
const MOVE = '      - action: move-mailboxes\n        from: NT-EX07\n        to: exchange-online\n';

new RuleTester().run('online-prerequisites', {
  valid: [
    {
      name: 'a move to Exchange Online in a cutover runbook is no remote move to judge (method-mismatch’s)',
      code: edit(
        CUTOVER,
        '      - action: switch-mx\n',
        '      - action: move-mailboxes\n        from: CON-EX10\n        to: exchange-online\n      - action: switch-mx\n',
      ),
    },
    {
      name: 'a move between servers in a hybrid runbook is not judged',
      code: edit(
        HYBRID_2007,
        MOVE,
        '      - action: move-mailboxes\n        from: NT-EX07\n        to: NT-HYB13\n' + MOVE,
      ),
    },
    {
      name: 'the wizard against a server that cannot be the hybrid server of a 2007 organization: hybrid-server’s finding',
      code: edit(HYBRID_2007, HYB_PHASE, '', 'server: NT-HYB13', 'server: NT-EX07'),
    },
    { name: 'an Exchange 2010 organization whose wizard runs against its own server', code: HYBRID_2010 },
    {
      name: 'a move between servers in a hybrid runbook, before any prerequisite is in place, is not judged',
      code: edit(
        HYBRID_2007,
        '      - action: verify-domain\n',
        '      - action: move-mailboxes\n        from: NT-EX07\n        to: NT-HYB13\n        count: 1\n      - action: verify-domain\n',
      ),
    },
    {
      name: 'public folders migrated to Exchange Online in a hybrid runbook, before any prerequisite is in place, are no remote move to judge',
      code: edit(
        HYBRID_2007,
        '      - action: verify-domain\n',
        '      - action: migrate-public-folders\n        from: NT-EX07\n        to: exchange-online\n      - action: verify-domain\n',
      ),
    },
    {
      name: 'Outlook Anywhere counts as published: a 2016 server with the mailboxes next to a 2010 one without any',
      code: withServers(
        server('CON-EX10', '2010', 'SP3 RU32', 'clientAccess, hubTransport', '    mailboxes: 0\n') +
          server('CON-EX16', '2016', 'CU23', 'mailbox', '    mailboxes: 120\n'),
      ),
    },
    {
      name: 'Outlook Anywhere counts as published on Exchange 2013 (the value)',
      code: withServers(server('CON-EX13', '2013', 'CU23', 'mailbox, clientAccess', '    mailboxes: 120\n')),
    },
    {
      name: 'no `domains` but a verified domain: nothing missing',
      code: edit(CUTOVER, '  domains: [contoso.com]\n', ''),
    },
  ],
  invalid: [
    {
      name: 'Outlook Anywhere is configured on the 2010 Client Access server even when a 2013 one is listed first',
      code: CAS_13_THEN_10,
      errors: [{ details: { missing: ['outlook-anywhere'] } }],
      output: (code) => edit(code, BATCH, FIX_OA('CON-EX10') + BATCH),
    },
    {
      name: 'without a Client Access server: on the server with the mailboxes',
      code: MAILBOX_ONLY,
      errors: [{ details: { missing: ['outlook-anywhere'] } }],
      output: (code) => edit(code, BATCH, FIX_OA('CON-EX10') + BATCH),
    },
    {
      name: 'a 2013 Client Access server and a 2010 server with only mailboxes: on the Client Access server',
      code: withServers(
        server('CON-EX10', '2010', 'SP3 RU32', 'mailbox', '    mailboxes: 120\n') +
          server('CON-EX13', '2013', 'CU23', 'clientAccess'),
      ),
      errors: [{ details: { missing: ['outlook-anywhere'] } }],
      output: (code) => edit(code, BATCH, FIX_OA('CON-EX13') + BATCH),
    },
    {
      name: 'without any server to configure and without permissions: no fix for the permissions alone either',
      code: edit(
        withServers(server('CON-EX10', '2010', 'SP3 RU32', 'hubTransport', '    mailboxes: 0\n')),
        '      - action: grant-migration-permissions\n        account: admin@contoso.com\n',
        '',
      ),
      errors: [{ fix: null, details: { missing: ['outlook-anywhere', 'permissions'] } }],
      output: null,
    },
    {
      name: 'without any server to configure: no fix',
      code: withServers(server('CON-EX10', '2010', 'SP3 RU32', 'hubTransport', '    mailboxes: 0\n')),
      errors: [{ fix: null }],
      output: null,
    },
    {
      name: 'Outlook Anywhere configured on a server the organization does not have',
      code: edit(
        CUTOVER,
        '        server: CON-EX10\n        certificate: trusted\n',
        '        server: CON-OLD\n        certificate: trusted\n',
      ),
      errors: [{ details: { missing: ['outlook-anywhere'] } }],
      output: (code) => edit(code, BATCH, FIX_OA('CON-EX10') + BATCH),
    },
    {
      name: 'a self-signed certificate on an Exchange 2016 source is judged (configured, so not taken as published)',
      code: edit(
        withServers(server('CON-EX16', '2016', 'CU23', 'mailbox', '    mailboxes: 120\n')),
        '      - action: grant-migration-permissions\n',
        '      - action: configure-outlook-anywhere\n        server: CON-EX16\n        certificate: self-signed\n      - action: grant-migration-permissions\n',
      ),
      errors: [
        {
          message: /Outlook Anywhere on CON-EX16 has a certificate from a trusted CA/,
          details: { missing: ['outlook-anywhere'] },
        },
      ],
      output: (code) => edit(code, 'certificate: self-signed', 'certificate: trusted'),
    },
    {
      name: 'a batch start without a name',
      code: NO_START_NAME,
      errors: [
        { message: /^the migration batch `\?` starts before these prerequisites are in place: Outlook Anywhere/ },
      ],
      output: (code) => edit(code, START, FIX_OA('CON-EX10') + START),
    },
    {
      name: 'no domain known and no endpoint: one item has no fix, so the finding has none',
      code: NO_DOMAINS,
      errors: [{ fix: null, details: { missing: ['domain:*', 'endpoint:outlook-anywhere'] } }],
      output: null,
    },
    {
      name: 'no domain known, none verified: the account has no domain',
      code: edit(NO_DOMAINS, '      - action: grant-migration-permissions\n        account: admin@contoso.com\n', ''),
      errors: [{ details: { missing: ['domain:*', 'permissions', 'endpoint:outlook-anywhere'] } }],
      output: null,
    },
    {
      name: 'no `domains` but a verified one: the account takes it',
      code: edit(
        CUTOVER,
        '  domains: [contoso.com]\n',
        '',
        '      - action: grant-migration-permissions\n        account: admin@contoso.com\n',
        '',
      ),
      errors: [{ details: { missing: ['permissions'] } }],
      output: (code) =>
        edit(
          code,
          BATCH,
          '      - action: grant-migration-permissions\n        account: migration-admin@contoso.com\n' + BATCH,
        ),
    },
    {
      name: 'a 2007 organization without a hybrid server or wizard: the fix installs one and runs the wizard, domain first in the list',
      code: NO_WIZARD_NOR_DOMAIN,
      errors: [
        {
          ...at(NO_WIZARD_NOR_DOMAIN, '- action: move-mailboxes', 'action: move-mailboxes'),
          message:
            /^the move to Exchange Online starts before these prerequisites are in place: the domain `northwindtraders.com` is verified in the tenant; the Hybrid Configuration Wizard/,
          details: { missing: ['domain:northwindtraders.com', 'hybrid-wizard'] },
          fix: 'Insert the missing prerequisites before the batch',
        },
      ],
      output: (code) => {
        // Before the move: the domain, then the 2013 hybrid server (schema, AD, install) and the wizard against it.
        const fixed = fixAll(code, {}, 'online-prerequisites').text;
        const inserted = fixed.slice(code.indexOf(MOVE), fixed.length - (code.length - code.indexOf(MOVE)));
        assert.deepStrictEqual(
          [...inserted.matchAll(/^ {6}- action: (\S+)\n {8}(\w+: \S+)/gm)].map((m) => `${m[1]} ${m[2]}`),
          [
            'verify-domain domain: northwindtraders.com',
            'prepare-schema version: "2013"',
            'prepare-ad version: "2013"',
            'install-exchange server: NT-HYB13',
            'run-hybrid-wizard server: NT-HYB13',
          ],
        );
        assert.match(inserted, /update: CU23\n {8}roles: \[mailbox, clientAccess\]\n {8}hybrid: true\n/);
        assert.ok(fixed.endsWith(code.slice(code.indexOf(MOVE))));
        return fixed;
      },
    },
    {
      name: 'the same before Exchange 2013 CU2 was released: no fix, and the message says why',
      code: edit(NO_WIZARD, 'asOf: 2019-09-01', 'asOf: 2013-05-01'),
      errors: [
        {
          message: /; no fix is offered: no update of Exchange 2013 at CU2 or later was released by 2013-05-01$/,
          fix: null,
        },
      ],
      output: null,
    },
  ],
});

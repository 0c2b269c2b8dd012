import { RuleTester, indent, yaml } from '../rule-tester';
import { CUTOVER, HYBRID_2007, STAGED, STAGED_BATCH_IN_CUTOVER, at, edit } from './online-helpers';

const PREPARE = CUTOVER.slice(
  CUTOVER.indexOf('      - action: configure-outlook-anywhere'),
  CUTOVER.indexOf('  - id: migrate'),
);
const NOTHING_PREPARED = edit(CUTOVER, PREPARE, '      - action: custom\n        title: Unhide mailboxes\n');
const SELF_SIGNED = edit(STAGED, 'certificate: trusted', 'certificate: self-signed');
const NO_ENDPOINT = edit(STAGED, '      - action: create-migration-endpoint\n        type: outlook-anywhere\n', '');
const NO_PROXY = edit(
  HYBRID_2007,
  '      - action: run-hybrid-wizard\n        server: NT-HYB13\n      - action: create-migration-endpoint\n        type: remote-move\n',
  '',
);
const start = (text: string, batch: string) =>
  at(text, `- action: start-migration-batch\n        batch: ${batch}`, 'action: start-migration-batch');

new RuleTester().run('online-prerequisites', {
  valid: [
    { name: 'a cutover ready to start', code: CUTOVER },
    { name: 'a staged migration ready to start', code: STAGED },
    { name: 'a hybrid migration ready to move', code: HYBRID_2007 },
    {
      name: 'a domain verified in another case is verified: mixed case on both sides',
      code: edit(
        CUTOVER,
        '  domains: [contoso.com]\n',
        '  domains: [Contoso.COM]\n',
        '        domain: contoso.com\n',
        '        domain: CONTOSO.com\n',
      ),
    },
    { name: 'Outlook Anywhere without a certificate named', code: edit(CUTOVER, '        certificate: trusted\n', '') },
    {
      name: 'Outlook Anywhere on an Exchange 2013+ source is taken as published',
      code: edit(
        CUTOVER,
        'version: "2010"\n    update: SP3 RU32\n    roles: [mailbox, clientAccess, hubTransport]',
        'version: "2016"\n    update: CU23',
        '      - action: configure-outlook-anywhere\n        server: CON-EX10\n        certificate: trusted\n',
        '',
      ).replaceAll('CON-EX10', 'CON-EX16'),
    },
    {
      name: 'batches of another method are left to method-mismatch (its table reports this one)',
      code: STAGED_BATCH_IN_CUTOVER,
    },
  ],
  invalid: [
    {
      name: 'every missing prerequisite, listed at the batch start',
      code: NOTHING_PREPARED,
      errors: [
        {
          ...start(NOTHING_PREPARED, 'all'),
          severity: 'warning',
          message:
            'the migration batch `all` starts before these prerequisites are in place: the domain `contoso.com` is verified in the tenant; ' +
            'Outlook Anywhere is enabled on the source server with a certificate from a trusted CA (Exchange Online connects through it); ' +
            'the migration account has FullAccess or Receive As on the mailboxes; a migration endpoint of type `outlook-anywhere` exists',
          fix: 'Insert the missing prerequisites before the batch',
        },
      ],
      output: edit(
        NOTHING_PREPARED,
        '    steps:\n      - action: create-migration-batch\n',
        '    steps:\n' +
          indent(
            6,
            yaml`
              - action: verify-domain
                domain: contoso.com
              - action: configure-outlook-anywhere
                server: CON-EX10
                certificate: trusted
              - action: grant-migration-permissions
                account: migration-admin@contoso.com
              - action: create-migration-endpoint
                type: outlook-anywhere
            `,
          ) +
          '      - action: create-migration-batch\n',
      ),
    },
    {
      name: 'a self-signed Outlook Anywhere certificate',
      code: SELF_SIGNED,
      errors: [
        {
          ...start(SELF_SIGNED, 'wave-1'),
          message:
            'the migration batch `wave-1` starts before these prerequisites are in place: Outlook Anywhere on WT-EX07 has a certificate from a trusted CA (Exchange Online cannot use a self-signed one)',
        },
      ],
      output: STAGED,
    },
    {
      name: 'each missing prerequisite once, at the first batch that needs it',
      code: NO_ENDPOINT,
      errors: [{ ...start(NO_ENDPOINT, 'wave-1') }],
      output: edit(
        NO_ENDPOINT,
        '    steps:\n      - action: create-migration-batch\n',
        '    steps:\n      - action: create-migration-endpoint\n        type: outlook-anywhere\n      - action: create-migration-batch\n',
      ),
    },
    {
      name: 'the MRS proxy path of remote moves: a wizard against a valid hybrid server and a remote-move endpoint',
      code: NO_PROXY,
      options: { locale: 'sv' },
      errors: [
        {
          ...at(NO_PROXY, '- action: move-mailboxes', 'action: move-mailboxes'),
          message:
            'flytten till Exchange Online startar innan de här förutsättningarna är på plats: guiden för hybridkonfiguration har körts mot en giltig hybridserver (fjärrflyttar går via dess MRS-proxy); en migreringsslutpunkt av typen `remote-move` finns',
        },
      ],
      output: HYBRID_2007,
    },
    {
      name: 'no fix when no domain is known to verify',
      code: edit(
        CUTOVER,
        '  domains: [contoso.com]\n',
        '',
        '      - action: verify-domain\n        domain: contoso.com\n',
        '',
      ),
      errors: [{ message: /a domain is verified in the tenant \(add a `verify-domain` step\)$/, fix: null }],
      output: null,
    },
  ],
});

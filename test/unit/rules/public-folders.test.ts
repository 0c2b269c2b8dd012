import { RuleTester } from '../rule-tester';
import { CUTOVER, HYBRID_2007, ON_PREMISES, at, edit } from './online-helpers';

const PF_SERVER = edit(
  HYBRID_2007,
  '    roles: [mailbox, clientAccess, hubTransport]\n',
  '    roles: [mailbox, clientAccess, hubTransport]\n    publicFolders: true\n',
);
const SWITCH = '      - action: switch-mx\n';
/** PF_SERVER with the public folders migrated `from` → `to` before the MX switch (pairs). */
const migrated = (...hops: [string, string][]) =>
  edit(
    PF_SERVER,
    SWITCH,
    hops
      .map(([from, to]) => `      - action: migrate-public-folders\n        from: ${from}\n        to: ${to}\n`)
      .join('') + SWITCH,
  );
const STRAIGHT = migrated(['NT-EX07', 'exchange-online']);
const RU5 = edit(STRAIGHT, 'version: "2007"', 'version: "2010"', 'update: SP3 RU23', 'update: SP3 RU5');
const IN_ORGANIZATION = edit(
  CUTOVER,
  '  domains: [contoso.com]\n',
  '  domains: [contoso.com]\n  publicFolders: true\n',
);

/** ON_PREMISES with public folders on the 2013 server and no Outlook Anywhere step. */
const PF_ON_PREMISES = edit(
  ON_PREMISES,
  '    roles: [mailbox, clientAccess]\n',
  '    roles: [mailbox, clientAccess]\n    publicFolders: true\n',
  '      - action: configure-outlook-anywhere\n        server: FAB-EX16\n',
  '',
);

new RuleTester().run('public-folders', {
  valid: [
    { name: 'Exchange 2010 public folders at SP3 RU8', code: edit(RU5, 'update: SP3 RU5', 'update: SP3 RU8') },
    {
      name: 'the documented path: to Exchange 2013 first, then to Exchange Online',
      code: migrated(['NT-EX07', 'NT-HYB13'], ['NT-HYB13', 'exchange-online']),
    },
    {
      name: 'on premises, migrated to a server of the target version',
      code: PF_ON_PREMISES + '      - action: migrate-public-folders\n        from: FAB-EX13\n        to: FAB-EX16\n',
    },
  ],
  invalid: [
    {
      name: 'public folders that stay on premises at the end of an online migration, at the server',
      code: PF_SERVER,
      errors: [
        {
          ...at(PF_SERVER, 'publicFolders: true', 'true'),
          severity: 'error',
          message:
            'the public folders on NT-EX07 (Exchange 2007 SP3 RU23) stay on premises at the end: nothing migrates them to Exchange Online; add a `migrate-public-folders` step to `exchange-online` (public folders on Exchange 2007 or older move to Exchange 2010 SP3 RU8 or later, or Exchange 2013 first)',
        },
      ],
      output: null,
    },
    {
      name: 'organization.publicFolders when no step migrates them and their server is gone',
      code: IN_ORGANIZATION,
      options: { locale: 'sv' },
      errors: [
        {
          ...at(IN_ORGANIZATION, 'publicFolders: true', 'true'),
          message:
            'organisationen har gemensamma mappar, men inget steg migrerar dem till Exchange Online: de går förlorade när deras servrar avvecklas; lägg till ett `migrate-public-folders`-steg',
        },
      ],
      output: null,
    },
    {
      name: 'public folders migrated from Exchange 2007 straight to Exchange Online, at the source',
      code: STRAIGHT,
      errors: [
        {
          ...at(STRAIGHT, 'from: NT-EX07\n        to: exchange-online\n      - action: switch-mx', 'NT-EX07'),
          message:
            'public folders cannot be migrated from NT-EX07 (Exchange 2007 SP3 RU23) straight to Exchange Online: Exchange Online takes legacy public folders only from Exchange 2010 SP3 RU8 or later, or Exchange 2013; migrate them there first, then to Exchange Online',
        },
      ],
      output: null,
    },
    {
      name: 'Exchange 2010 public folders below SP3 RU8',
      code: RU5,
      errors: [
        {
          message:
            /^public folders cannot be migrated from NT-EX07 \(Exchange 2010 SP3 RU5\) to Exchange Online: Exchange 2010 public folders need Exchange 2010 SP3 RU8 or later;/,
        },
      ],
      output: null,
    },
    {
      name: 'public folders left on a server older than the on-premises target',
      code: PF_ON_PREMISES,
      errors: [
        {
          ...at(PF_ON_PREMISES, 'publicFolders: true', 'true'),
          message:
            'the public folders on FAB-EX13 (Exchange 2013 CU23) are not migrated to Exchange 2016: they stay on a server older than the target version, which has to go (source-remains); migrate them to an Exchange 2016 server first',
        },
      ],
      output: null,
    },
  ],
});

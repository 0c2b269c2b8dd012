import { RuleTester, indent, yaml } from '../rule-tester';
import { HYBRID_2007, at, edit } from './online-helpers';

/** HYBRID_2007 without its hybrid-server phase: the wizard runs against the 2007 server. */
const NO_HYBRID = edit(
  HYBRID_2007,
  HYBRID_2007.slice(HYBRID_2007.indexOf('  - id: hybrid-server'), HYBRID_2007.indexOf('  - id: hybrid\n')),
  '',
  'server: NT-HYB13',
  'server: NT-EX07',
);
/** The install of the hybrid server, moved after the wizard. */
const INSTALL = HYBRID_2007.slice(
  HYBRID_2007.indexOf('      - action: install-exchange'),
  HYBRID_2007.indexOf('  - id: hybrid\n'),
);
const CU1 = edit(HYBRID_2007, 'update: CU23', 'update: CU1');
const MAILBOX_ONLY = edit(
  HYBRID_2007,
  'roles: [mailbox, clientAccess]\n        hybrid: true',
  'roles: [mailbox]\n        hybrid: true',
);
const AGAINST_2007 = edit(
  HYBRID_2007,
  'server: NT-HYB13\n      - action: create',
  'server: NT-EX07\n      - action: create',
);
/** Exchange 2007 at SP3 RU9, and the wizard against NT-EX13, a listed Exchange 2013 server. */
const BELOW_RU10 = edit(
  HYBRID_2007,
  'update: SP3 RU23',
  'update: SP3 RU9',
  '    roles: [mailbox, clientAccess, hubTransport]\n',
  '    roles: [mailbox, clientAccess, hubTransport]\n  - name: NT-EX13\n    version: "2013"\n    update: CU23\n    roles: [mailbox, clientAccess]\n',
  'server: NT-HYB13\n      - action: create',
  'server: NT-EX13\n      - action: create',
);

new RuleTester().run('hybrid-server', {
  valid: [
    { name: 'a valid hybrid server', code: HYBRID_2007 },
    { name: 'its update level unknown', code: edit(HYBRID_2007, '        update: CU23\n', '') },
    {
      name: 'an Exchange 2010 organization',
      code: edit(NO_HYBRID, 'version: "2007"', 'version: "2010"', 'update: SP3 RU23', 'update: SP3 RU32'),
    },
    { name: 'not a hybrid runbook', code: edit(NO_HYBRID, 'method: hybrid', 'method: cutover') },
    {
      name: 'a wizard before the install of its server is left to unknown-server',
      code: edit(
        HYBRID_2007,
        INSTALL,
        '',
        '      - action: create-migration-endpoint\n',
        INSTALL + '      - action: create-migration-endpoint\n',
      ),
    },
    {
      // A hybrid server the runbook installs was judged at its install (coexistence-update).
      name: 'Exchange 2007 below SP3 RU10 next to an installed hybrid server',
      code: edit(HYBRID_2007, 'update: SP3 RU23', 'update: SP3 RU9'),
    },
  ],
  invalid: [
    {
      name: 'the wizard in an Exchange 2007 organization without a hybrid server, at its server',
      code: NO_HYBRID,
      errors: [
        {
          ...at(NO_HYBRID, '- action: run-hybrid-wizard\n        server: NT-EX07', 'NT-EX07'),
          severity: 'error',
          message:
            'the Hybrid Configuration Wizard cannot run in an Exchange 2007 organization without a hybrid server, and none is installed before this step: an Exchange 2007 organization needs Exchange 2013 CU2 (mailbox + clientAccess) / Exchange 2010 SP3 (mailbox + clientAccess + hubTransport); install one first and run the wizard against it',
          fix: 'Install NT-HYB13 (Exchange 2013 CU23) as the hybrid server before the wizard',
        },
      ],
    },
    {
      name: "the hybrid server inserted as documented steps: id, title and notes in the runbook's language",
      code: NO_HYBRID,
      options: { locale: 'sv' },
      errors: [{ fix: 'Installera NT-HYB13 (Exchange 2013 CU23) som hybridserver före guiden' }],
      output: edit(
        NO_HYBRID,
        '      - action: run-hybrid-wizard\n        server: NT-EX07\n',
        indent(
          6,
          yaml`
            - action: prepare-schema
              version: "2013"
              id: prepare-schema-2013
              title: Utöka Active Directory-schemat med installationsmediet för Exchange 2013
              notes: |
                Kör \`Setup.exe /PrepareSchema /IAcceptExchangeServerLicenseTerms\` från installationsmediet för Exchange 2013, i samma Active Directory-plats som schemahanteraren,
                som medlem i Schema Admins och Enterprise Admins; vänta på replikeringen före nästa steg.
                Se [Förbereda Active Directory och domäner](https://learn.microsoft.com/en-us/exchange/prepare-active-directory-and-domains-exchange-2013-help).
            - action: prepare-ad
              version: "2013"
              id: prepare-ad-2013
              title: Förbered Active Directory och alla domäner för Exchange 2013
              notes: |
                Kör \`Setup.exe /PrepareAD /IAcceptExchangeServerLicenseTerms\` och sedan \`Setup.exe /PrepareAllDomains /IAcceptExchangeServerLicenseTerms\`
                (lägg till \`/TenantOrganizationConfig\` om hybrid är konfigurerad). Se [Förbereda Active Directory och domäner](https://learn.microsoft.com/en-us/exchange/prepare-active-directory-and-domains-exchange-2013-help).
            - action: install-exchange
              server: NT-HYB13
              version: "2013"
              update: CU23
              roles: [mailbox, clientAccess]
              hybrid: true
              id: install-nt-hyb13
              title: Installera Exchange 2013 CU23 på hybridservern NT-HYB13
              notes: |
                Installera Exchange 2013 CU23 (Mailbox och Client Access) på Windows Server 2008 R2, 2012 eller 2012 R2.
                Kontrollera med \`Get-ExchangeServer | ft Name,AdminDisplayVersion,ServerRole\`.
                Se [checklistan för uppgraderingen](https://learn.microsoft.com/en-us/exchange/checklist-upgrade-from-exchange-2007-exchange-2013-help) och [systemkraven](https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements).
          `,
        ) + '      - action: run-hybrid-wizard\n        server: NT-HYB13\n',
      ),
    },
    {
      name: 'a 2013 server below CU2',
      code: CU1,
      errors: [
        {
          ...at(CU1, '- action: run-hybrid-wizard\n        server: NT-HYB13', 'NT-HYB13'),
          message:
            'the Hybrid Configuration Wizard runs against NT-HYB13 (Exchange 2013 CU1), which is below Exchange 2013 CU2, the lowest level a hybrid server of an Exchange 2007 organization can run; update it first',
          fix: 'Update NT-HYB13 to CU23 before the wizard',
        },
      ],
    },
    {
      name: 'a 2013 server without the Client Access role, in Swedish',
      code: MAILBOX_ONLY,
      options: { locale: 'sv' },
      errors: [
        {
          message:
            /^guiden för hybridkonfiguration kan inte köras i en Exchange 2007-organisation utan en hybridserver/,
          fix: 'Installera NT-HYB13-2 (Exchange 2013 CU23) som hybridserver före guiden',
        },
      ],
    },
    {
      name: 'the wizard against another server names the valid one',
      code: AGAINST_2007,
      errors: [
        {
          message:
            'the Hybrid Configuration Wizard runs against NT-EX07 (Exchange 2007 SP3 RU23), which cannot be the hybrid server of an Exchange 2007 organization (it needs Exchange 2013 CU2 (mailbox + clientAccess) / Exchange 2010 SP3 (mailbox + clientAccess + hubTransport)); run it against NT-HYB13',
          fix: 'Run the wizard against NT-HYB13',
        },
      ],
      output: HYBRID_2007,
    },
    {
      name: 'Exchange 2007 servers below SP3 RU10 next to a listed Exchange 2013 hybrid server',
      code: BELOW_RU10,
      errors: [
        {
          ...at(BELOW_RU10, '- action: run-hybrid-wizard', 'action: run-hybrid-wizard'),
          message:
            'NT-EX07 (Exchange 2007 SP3 RU9) must be at Exchange 2007 SP3 RU10 or later to coexist with the hybrid server NT-EX13 (a requirement of the hybrid deployment); update before running the wizard',
        },
      ],
      output: edit(
        BELOW_RU10,
        '      - action: run-hybrid-wizard\n',
        '      - action: update-server\n        server: NT-EX07\n        update: SP3 RU23\n      - action: run-hybrid-wizard\n',
      ),
    },
  ],
});

import { RuleTester, edit, indent, yaml } from '../rule-tester';
import { onPremises } from './onprem-helpers';

/** Exchange 2016 installed after the preparation for 2019, which covers it. */
const COVERED = onPremises({
  title: 'Contoso',
  steps: yaml`
    - action: prepare-schema
      version: "2019"
    - action: prepare-ad
      version: "2019"
    - action: install-exchange
      server: X
      version: "2016"
  `,
});

new RuleTester().run('prepare-before-install', {
  valid: [
    {
      name: 'preparation for a newer version covers an older install',
      code: COVERED,
    },
    {
      name: 'a second server of a version the organization already runs needs no new preparation',
      code: onPremises({
        title: 'Contoso',
        servers: yaml`
          - name: A
            version: "2016"
            update: CU23
        `,
        steps: yaml`
          - action: install-exchange
            server: B
            version: "2016"
        `,
      }),
    },
  ],
  invalid: [
    {
      name: 'neither step: both documented steps go in above the comment that introduces the install',
      code: edit(
        COVERED,
        '      - action: prepare-schema\n        version: "2019"\n      - action: prepare-ad\n        version: "2019"\n',
        '      # The first server.\n',
        '        server: X\n',
        '        server: EX16-01\n',
      ),
      errors: [
        {
          messageId: 'both',
          data: { version: '2016' },
          severity: 'warning',
          line: 16,
          column: 9,
          endLine: 16,
          endColumn: 33,
        },
      ],
      output: (code) =>
        edit(
          code,
          '      # The first server.\n',
          indent(
            6,
            yaml`
            - action: prepare-schema
              version: "2016"
              id: prepare-schema-2016
              title: Extend the Active Directory schema with Exchange 2016 media
              notes: |
                Run \`Setup.exe /PrepareSchema /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF\` from the Exchange 2016 media, in the schema master's site,
                as a member of Schema Admins and Enterprise Admins; wait for replication before the next step.
                See [Prepare Active Directory and domains](https://learn.microsoft.com/en-us/exchange/plan-and-deploy/prepare-ad-and-domains).
            - action: prepare-ad
              version: "2016"
              id: prepare-ad-2016
              title: Prepare Active Directory and all domains for Exchange 2016
              notes: |
                Run \`Setup.exe /PrepareAD /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF\`, then \`Setup.exe /PrepareAllDomains /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF\`
                (add \`/TenantOrganizationConfig\` if hybrid is configured). See [Prepare Active Directory and domains](https://learn.microsoft.com/en-us/exchange/plan-and-deploy/prepare-ad-and-domains).
            `,
          ) + '      # The first server.\n',
        ),
    },
    {
      name: 'preparation for an older version only: the range leaves out the trailing comment; in Swedish',
      code: edit(
        COVERED,
        '        version: "2019"\n      - action: prepare-ad\n',
        '        version: "2016"\n      - action: prepare-ad\n',
        '        version: "2019"\n      - action: install-exchange\n',
        '        version: "2013"\n      - action: install-exchange   # the new server\n',
      ),
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'Exchange 2016 installeras innan Active Directory har förberetts för den: lägg till `prepare-ad` med installationsmediet för Exchange 2016 före det här steget',
          line: 19,
          column: 9,
          endColumn: 33,
        },
      ],
      output: (code) =>
        edit(
          code,
          '      - action: install-exchange   # the new server\n',
          indent(
            6,
            yaml`
            - action: prepare-ad
              version: "2016"
              id: prepare-ad-2016
              title: Förbered Active Directory och alla domäner för Exchange 2016
              notes: |
                Kör \`Setup.exe /PrepareAD /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF\` och sedan \`Setup.exe /PrepareAllDomains /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF\`
                (lägg till \`/TenantOrganizationConfig\` om hybrid är konfigurerad). Se [Förbereda Active Directory och domäner](https://learn.microsoft.com/en-us/exchange/plan-and-deploy/prepare-ad-and-domains).
            `,
          ) + '      - action: install-exchange   # the new server\n',
        ),
    },
  ],
});

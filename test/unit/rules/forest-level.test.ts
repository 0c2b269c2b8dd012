import { RuleTester, yaml } from '../rule-tester';
import { onPremises } from './onprem-helpers';

/** Exchange `version` installed twice into a forest at `level` (none: the runbook does not say). */
function forest(level: string | undefined, version: string): string {
  return onPremises({
    mailboxes: 10,
    organization: level ? `forestFunctionalLevel: "${level}"\n` : undefined,
    version,
    steps: yaml`
      - action: prepare-schema
        version: "${version}"
      - action: prepare-ad
        version: "${version}"
      - action: install-exchange
        server: NEW
        version: "${version}"
      - action: install-exchange
        server: NEW2
        version: "${version}"
    `,
  });
}

new RuleTester().run('forest-level', {
  valid: [
    { name: 'Exchange 2016 at the minimum, Windows Server 2008 R2', code: forest('2008R2', '2016') },
    { name: 'Exchange 2019 above the minimum', code: forest('2016', '2019') },
    { name: 'the level not given', code: forest(undefined, '2019') },
    { name: 'a level the list does not know', code: forest('2099', '2019') },
    { name: 'Exchange 2013 in a Windows Server 2003 forest', code: forest('2003', '2013') },
  ],
  invalid: [
    {
      name: 'Exchange 2016 in a Windows Server 2008 forest: one finding, at the first install’s version',
      code: yaml`
        runbook: 1
        title: Test
        asOf: 2024-01-15
        organization:
          name: Contoso
          mailboxes: 10
          forestFunctionalLevel: "2008"
        servers: []
        target:
          platform: on-premises
          version: "2016"
        phases:
          - id: go
            title: Go
            steps:
              - action: prepare-schema
                version: "2016"
              - action: prepare-ad
                version: "2016"
              - action: install-exchange
                server: NEW
                version: "2016"
              - action: install-exchange
                server: NEW2
                version: "2016"
      `,
      errors: [
        {
          message:
            'Exchange 2016 needs a forest functional level of Windows Server 2008 R2 or higher, but this forest is at Windows Server 2008: raise the forest functional level before preparing Active Directory',
          severity: 'error',
          line: 22,
          column: 18,
          endLine: 22,
          endColumn: 24,
        },
      ],
      output: null,
    },
    {
      // The lowest level of the list (rank 0) is a level like any other, not "not given".
      name: 'Exchange 2016 in a Windows Server 2003 forest',
      code: forest('2003', '2016'),
      errors: [{ messageId: 'low', data: { version: '2016', minimum: '2008 R2', level: '2003' }, line: 22 }],
      output: null,
    },
    {
      name: 'Exchange 2019 below Windows Server 2012 R2',
      code: forest('2012', '2019'),
      errors: [{ messageId: 'low', data: { version: '2019', minimum: '2012 R2', level: '2012' }, line: 22 }],
      output: null,
    },
    {
      name: 'Exchange SE below Windows Server 2012 R2, in Swedish',
      code: forest('2008R2', 'SE'),
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'Exchange SE kräver skogens funktionsnivå Windows Server 2012 R2 eller högre, men den här skogen har Windows Server 2008 R2: höj skogens funktionsnivå innan Active Directory förbereds',
        },
      ],
      output: null,
    },
  ],
});

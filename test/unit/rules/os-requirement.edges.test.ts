// os-requirement at its edges (issue 17): only an install step is judged by its own fields;
// another step that happens to carry `version` and `os` is not.
import { RuleTester, yaml } from '../rule-tester';

new RuleTester().run('os-requirement', {
  valid: [
    {
      name: 'a prepare-schema step with a stray os of a Windows Server Exchange 2019 does not run on',
      code: yaml`
        runbook: 1
        title: Test
        asOf: 2024-01-15
        organization:
          name: Contoso
          mailboxes: 100
        servers: []
        target:
          platform: on-premises
          version: "2019"
        phases:
          - id: go
            title: Go
            steps:
              - action: prepare-schema
                version: "2019"
                os: "2012"
      `,
    },
  ],
  invalid: [
    {
      name: 'the same fields on an install step are judged',
      code: yaml`
        runbook: 1
        title: Test
        asOf: 2024-01-15
        organization:
          name: Contoso
          mailboxes: 100
        servers: []
        target:
          platform: on-premises
          version: "2019"
        phases:
          - id: go
            title: Go
            steps:
              - action: install-exchange
                server: NEW
                version: "2019"
                os: "2012"
      `,
      errors: [
        {
          message:
            'Exchange 2019 does not run on Windows Server 2012 (NEW): it supports Windows Server 2019, 2022 (CU12+) or 2025 (CU14+)',
          line: 18,
          column: 13,
        },
      ],
      output: null,
    },
  ],
});

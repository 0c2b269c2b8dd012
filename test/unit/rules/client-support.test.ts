// client-support: Outlook older than an Exchange version supports, judged at the version's
// first install (or at the oldest client in `outlookClients` when the target version is never
// installed); quiet without `outlookClients`.
import * as assert from 'assert';
import { PLATFORM } from '../../../src/core/knowledge/platform';
import { lintText, ofRule } from '../helpers';
import { RuleTester, yaml } from '../rule-tester';
import { runbook } from './onprem-helpers';

const SE_WITH_OLD_OUTLOOK = yaml`
  runbook: 1
  title: Test
  asOf: 2024-01-15
  organization:
    name: Contoso
    mailboxes: 10
    outlookClients: ["2010", "2013", "365"]
  servers:
    - name: OLD
      version: "2013"
      update: CU23
  target:
    platform: on-premises
    version: SE
  phases:
    - id: go
      title: Go
      steps:
        - action: install-exchange
          server: N0
          version: "SE"
`;

new RuleTester().run('client-support', {
  valid: [
    {
      name: 'supported clients',
      code: yaml`
        runbook: 1
        title: Test
        asOf: 2024-01-15
        organization:
          name: Contoso
          mailboxes: 10
          outlookClients: ["2010", "365"]
        servers:
          - name: OLD
            version: "2013"
            update: CU23
        target:
          platform: on-premises
          version: "2016"
        phases:
          - id: go
            title: Go
            steps:
              - action: install-exchange
                server: N0
                version: "2016"
      `,
    },
    {
      name: 'outlookClients not given',
      code: yaml`
        runbook: 1
        title: Test
        asOf: 2024-01-15
        organization:
          name: Contoso
          mailboxes: 10
        servers:
          - name: OLD
            version: "2013"
            update: CU23
        target:
          platform: on-premises
          version: "2019"
        phases:
          - id: go
            title: Go
            steps:
              - action: install-exchange
                server: N0
                version: "2019"
      `,
    },
    {
      name: 'Outlook 2007 with Exchange 2013',
      code: yaml`
        runbook: 1
        title: Test
        asOf: 2024-01-15
        organization:
          name: Contoso
          mailboxes: 10
          outlookClients: ["2007"]
        servers:
          - name: OLD
            version: "2013"
            update: CU23
        target:
          platform: on-premises
          version: "2013"
        phases:
          - id: go
            title: Go
            steps:
              - action: install-exchange
                server: N0
                version: "2013"
      `,
    },
  ],
  invalid: [
    {
      name: 'Outlook 2007 meets Exchange 2016: at the install',
      code: yaml`
        runbook: 1
        title: Test
        asOf: 2024-01-15
        organization:
          name: Contoso
          mailboxes: 10
          outlookClients: ["2007", "2013"]
        servers:
          - name: OLD
            version: "2013"
            update: CU23
        target:
          platform: on-premises
          version: "2016"
        phases:
          - id: go
            title: Go
            steps:
              - action: install-exchange
                server: N0
                version: "2016"
      `,
      errors: [
        {
          message:
            'Exchange 2016 does not support Outlook 2007, which is in use here: the oldest Outlook it supports is Outlook 2010. Upgrade those clients before users move to Exchange 2016',
          line: 21,
          column: 18,
          endLine: 21,
          endColumn: 24,
          severity: 'warning',
        },
      ],
      output: null,
    },
    {
      name: 'every client too old for SE',
      code: SE_WITH_OLD_OUTLOOK,
      errors: [
        {
          message:
            /^Exchange SE does not support Outlook 2010 and 2013, which is in use here: the oldest Outlook it supports is Outlook 2016\./,
        },
      ],
      output: null,
    },
    {
      name: 'every client too old for SE, in Swedish',
      code: SE_WITH_OLD_OUTLOOK,
      options: { locale: 'sv' },
      errors: [
        {
          message:
            /^Exchange SE stöder inte Outlook 2010 och 2013, som används här: den äldsta Outlook som stöds är Outlook 2016\./,
        },
      ],
      output: null,
    },
    {
      name: 'the target version never installed: at the oldest client in outlookClients',
      code: yaml`
        runbook: 1
        title: Test
        asOf: 2024-01-15
        organization:
          name: Contoso
          mailboxes: 10
          outlookClients: ["2016", "2007"]
        servers:
          - name: OLD
            version: "2013"
            update: CU23
        target:
          platform: on-premises
          version: "2016"
        phases:
          - id: go
            title: Go
            steps:
              - action: custom
                title: nothing
      `,
      errors: [
        {
          messageId: 'old',
          data: { version: '2016', clients: '2007', minimum: '2010' },
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 34,
        },
      ],
      output: null,
    },
  ],
});

// Edges: the finding's source, clients oldest first whatever their order, each version judged
// once, and a target that is no Exchange version.
function plan(clients: string | undefined, installs: string[], target = '2016'): string {
  return runbook({
    organization: '  name: Contoso\n  mailboxes: 10' + (clients ? `\n  outlookClients: [${clients}]` : ''),
    servers: '  - name: OLD\n    version: "2013"\n    update: CU23\n',
    target: `  platform: on-premises\n  version: "${target}"`,
    phases:
      '  - id: go\n    title: Go\n    steps:\n' +
      installs
        .map((v, i) => `      - action: install-exchange\n        server: N${i}\n        version: "${v}"\n`)
        .join(''),
  });
}

describe('client-support: edges', () => {
  it("gives the platform table's source as data", () => {
    const [finding] = ofRule(lintText(plan('"2007", "2013"', ['2016'])), 'client-support');
    assert.deepStrictEqual(finding.data, { source: PLATFORM['2016']!.outlookSource });
  });

  it('names the old clients oldest first whatever their order in outlookClients', () => {
    const [finding] = ofRule(lintText(plan('"2013", "365", "2010"', ['SE'], 'SE')), 'client-support');
    assert.match(finding.message, /^Exchange SE does not support Outlook 2010 and 2013, which is in use here/);
  });

  it('judges each version once: a second install of it is not reported again', () => {
    const found = ofRule(lintText(plan('"2007"', ['2016', '2016'])), 'client-support');
    assert.strictEqual(found.length, 1);
  });

  it('an Exchange Online target is not an Exchange version the clients must support', () => {
    const text = plan('"2007"', []).replace(
      '  platform: on-premises\n  version: "2016"',
      '  platform: exchange-online\n  version: "2016"',
    );
    assert.deepStrictEqual(ofRule(lintText(text), 'client-support'), []);
  });
});

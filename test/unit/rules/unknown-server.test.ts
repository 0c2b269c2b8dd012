// unknown-server: each action's server fields, a name that never exists, one installed
// later, one retired earlier, a misspelt name with its fix, a name repeated on several
// lines, and a runbook without a `servers` list. Names compared without case are in
// test/unit/server-names.test.ts.
import { onPremises } from './onprem-helpers';
import { RuleTester, at, edit, yaml } from '../rule-tester';

/** Two Exchange 2016 servers, EX16-A and EX16-B (no mailboxes on B). */
const SERVERS = yaml`
  - name: EX16-A
    version: "2016"
    update: CU23
    mailboxes: 100
  - name: EX16-B
    version: "2016"
    update: CU23
    mailboxes: 0
`;
const withSteps = (steps: string) => onPremises({ servers: SERVERS, steps });

/** Every action that names an existing server, each field naming a name far from any server (no suggestion). */
const EVERY_FIELD = withSteps(yaml`
  - action: update-server
    server: QQ1
    update: CU23
  - action: move-client-access
    from: QQ2
    to: QQ3
  - action: move-transport
    from: QQ4
    to: QQ5
  - action: move-mailboxes
    from: QQ6
    to: QQ7
  - action: migrate-public-folders
    from: QQ8
    to: QQ9
  - action: configure-outlook-anywhere
    server: QQ10
  - action: run-hybrid-wizard
    server: QQ11
  - action: decommission
    server: QQ12
`);
const never = (code: string, name: string, occurrence = 1) => ({
  ...at(code, `: ${name}\n`, name, occurrence),
  messageId: 'never',
  data: { name },
  fix: null,
});

const LATER = withSteps(yaml`
  - action: update-server
    server: EX19
    update: CU14
  - action: install-exchange
    server: EX19
    version: "2019"
    update: CU14
`);
const RETIRED = withSteps(yaml`
  - action: decommission
    server: EX16-B
  - action: update-server
    server: EX16-B
    update: CU23
`);
/** EX16-AA: one letter from EX16-A, two from EX16-B. */
const MISSPELT = withSteps(yaml`
  - action: update-server
    server: EX16-AA
    update: CU23
`);
/** The same misspelt name three times; in the move, EX16-A is the other end, so there it means EX16-B. */
const MISSPELT_THRICE = withSteps(yaml`
  - action: update-server
    server: EX16-AA
    update: CU23
  - action: configure-outlook-anywhere
    server: EX16-AA
  - action: move-mailboxes
    from: EX16-AA
    to: EX16-A
`);
const REPEATED = withSteps(yaml`
  - action: update-server
    server: NOPE
    update: CU23
  - action: configure-outlook-anywhere
    server: NOPE
`);
const REPEATED_THRICE = withSteps(yaml`
  - action: update-server
    server: NOPE
    update: CU23
  - action: configure-outlook-anywhere
    server: NOPE
  - action: run-hybrid-wizard
    server: NOPE
`);
const NO_SERVERS_LIST = edit(
  onPremises({
    steps: yaml`
      - action: update-server
        server: NOPE
        update: CU23
      - action: update-server
        server: EX19
        update: CU14
      - action: install-exchange
        server: EX19
        version: "2019"
        update: CU14
    `,
  }),
  'servers: []\n',
  '',
);

/** Named before its install, and decommissioned at the end: it exists later, it was not retired earlier. */
const LATER_THEN_RETIRED = withSteps(yaml`
  - action: update-server
    server: EX19
    update: CU14
  - action: install-exchange
    server: EX19
    version: "2019"
    update: CU14
  - action: decommission
    server: EX19
`);
/** A step repeated through a YAML alias: one node, read twice. */
const ALIASED = withSteps(yaml`
  - &check
    action: configure-outlook-anywhere
    server: NOPE
  - action: custom
    title: between
  - *check
`);
const FROM_TENANT = withSteps(yaml`
  - action: move-mailboxes
    from: exchange-online
    to: EX16-A
`);
const DECOMMISSIONED_TWICE = withSteps(yaml`
  - action: decommission
    server: EX16-B
  - action: decommission
    server: EX16-B
`);

new RuleTester().run('unknown-server', {
  valid: [
    {
      name: 'every field naming a listed server; a move to exchange-online',
      code: withSteps(yaml`
        - action: update-server
          server: EX16-A
          update: CU23
        - action: move-client-access
          from: EX16-A
          to: EX16-B
        - action: move-transport
          from: [EX16-A]
          to: EX16-B
        - action: move-mailboxes
          from: EX16-A
          to: exchange-online
        - action: configure-outlook-anywhere
          server: EX16-B
        - action: run-hybrid-wizard
          server: EX16-B
        - action: migrate-public-folders
          from: EX16-A
          to: EX16-B
        - action: decommission
          server: EX16-A
      `),
    },
    {
      name: 'a server installed by an earlier step',
      code: withSteps(yaml`
        - action: install-exchange
          server: EX19
          version: "2019"
          update: CU14
        - action: update-server
          server: ex19
          update: CU14
      `),
    },
  ],
  invalid: [
    {
      name: 'each server field of each action, in file order',
      code: EVERY_FIELD,
      errors: ['QQ1', 'QQ2', 'QQ3', 'QQ4', 'QQ5', 'QQ6', 'QQ7', 'QQ8', 'QQ9', 'QQ10', 'QQ11', 'QQ12'].map((name) =>
        never(EVERY_FIELD, name),
      ),
      output: null,
    },
    {
      name: 'installed later: the line of the install',
      code: LATER,
      errors: [
        {
          ...at(LATER, 'server: EX19', 'EX19'),
          messageId: 'later',
          data: { name: 'EX19', line: at(LATER, '- action: install-exchange').line },
          fix: null,
        },
      ],
      output: null,
    },
    {
      name: 'installed later and decommissioned after that: later, at the install',
      code: LATER_THEN_RETIRED,
      errors: [
        {
          ...at(LATER_THEN_RETIRED, 'server: EX19', 'EX19'),
          messageId: 'later',
          data: { name: 'EX19', line: at(LATER_THEN_RETIRED, '- action: install-exchange').line },
        },
      ],
      output: null,
    },
    {
      name: 'decommissioned earlier: the line of the decommission',
      code: RETIRED,
      errors: [
        {
          ...at(RETIRED, 'server: EX16-B', 'EX16-B', 2),
          messageId: 'retired',
          data: { name: 'EX16-B', line: at(RETIRED, '- action: decommission').line },
          fix: null,
        },
      ],
      output: null,
    },
    {
      name: 'a misspelt name: the nearest server, and a fix',
      code: MISSPELT,
      errors: [
        {
          ...at(MISSPELT, 'server: EX16-AA', 'EX16-AA'),
          message:
            '`EX16-AA` is not a server of this organization: it is neither listed under `servers` nor installed by a step (did you mean `EX16-A`?)',
          fix: 'Change to `EX16-A`',
          details: { suggestion: 'EX16-A' },
        },
      ],
      output: (code) => edit(code, 'server: EX16-AA', 'server: EX16-A'),
    },
    {
      name: 'a misspelt name three times: one finding, whose fix renames only where the name means the same server (in the move the other end is EX16-A: there it means EX16-B)',
      code: MISSPELT_THRICE,
      errors: [
        {
          ...at(MISSPELT_THRICE, 'server: EX16-AA', 'EX16-AA'),
          message: `\`EX16-AA\` is not a server of this organization: it is neither listed under \`servers\` nor installed by a step (also named on lines ${at(MISSPELT_THRICE, 'server: EX16-AA', 'EX16-AA', 2).line} and ${at(MISSPELT_THRICE, 'from: EX16-AA').line}) (did you mean \`EX16-A\`?)`,
          fix: 'Change to `EX16-A`',
        },
      ],
      output: (code) =>
        edit(
          code,
          '        server: EX16-AA\n        update',
          '        server: EX16-A\n        update',
          '        server: EX16-AA\n      - action: move',
          '        server: EX16-A\n      - action: move',
          // Fix-all's next pass: the move's reference, now alone, gets its own fix.
          'from: EX16-AA',
          'from: EX16-B',
        ),
    },
    {
      name: 'a name that exists nowhere, twice: one finding at the first, naming the other line',
      code: REPEATED,
      errors: [
        {
          ...at(REPEATED, 'server: NOPE', 'NOPE'),
          message: `\`NOPE\` is not a server of this organization: it is neither listed under \`servers\` nor installed by a step (also named on line ${at(REPEATED, 'server: NOPE', 'NOPE', 2).line})`,
          fix: null,
        },
      ],
      output: null,
    },
    {
      name: 'three times: the two other lines',
      code: REPEATED_THRICE,
      errors: [
        {
          ...at(REPEATED_THRICE, 'server: NOPE', 'NOPE'),
          message: `\`NOPE\` is not a server of this organization: it is neither listed under \`servers\` nor installed by a step (also named on lines ${at(REPEATED_THRICE, 'server: NOPE', 'NOPE', 2).line} and ${at(REPEATED_THRICE, 'server: NOPE', 'NOPE', 3).line})`,
        },
      ],
      output: null,
    },
    {
      name: 'a step repeated through an alias: one finding, not "also named" on its own line',
      code: ALIASED,
      errors: [never(ALIASED, 'NOPE')],
      output: null,
    },
    {
      name: 'only `to` may name the tenant: `from: exchange-online` is not a server',
      code: FROM_TENANT,
      errors: [never(FROM_TENANT, 'exchange-online')],
      output: null,
    },
    {
      name: 'a second decommission of a server: retired at the first',
      code: DECOMMISSIONED_TWICE,
      errors: [
        {
          ...at(DECOMMISSIONED_TWICE, 'server: EX16-B', 'EX16-B', 2),
          messageId: 'retired',
          data: { name: 'EX16-B', line: at(DECOMMISSIONED_TWICE, '- action: decommission').line },
        },
      ],
      output: null,
    },
    {
      name: 'without a `servers` list: no finding for a name that exists nowhere, one for a server installed later',
      code: NO_SERVERS_LIST,
      errors: [
        {
          ...at(NO_SERVERS_LIST, 'server: EX19', 'EX19'),
          messageId: 'later',
          data: { name: 'EX19', line: at(NO_SERVERS_LIST, '- action: install-exchange').line },
        },
      ],
      output: null,
    },
  ],
});

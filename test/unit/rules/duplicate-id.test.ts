// duplicate-id for phase and step ids: which use is the duplicate (the later one in the
// file, whatever its kind) and what the message names, in English and Swedish. Server
// names are in test/unit/server-names.test.ts.
import { RuleTester, indent, yaml } from '../rule-tester';

/** A runbook with one Exchange 2016 server and these `phases` (a YAML list). */
const phases = (list: string) =>
  yaml`
    runbook: 1
    title: Test
    asOf: 2024-01-15
    organization:
      name: Contoso
      mailboxes: 100
    servers:
      - name: EX16
        version: "2016"
        update: CU23
        roles: [mailbox]
    target:
      platform: on-premises
      version: "2016"
    phases:
  ` + indent(2, list);

const TWO_STEPS = phases(yaml`
  - id: go
    title: Phase go
    steps:
      - action: custom
        id: check
        title: Step check
      - action: custom
        id: check
        title: Step check
`);

const TWO_PHASES = phases(yaml`
  - id: go
    title: Phase go
    steps:
      - action: custom
        id: a
        title: Step a
  - id: go
    title: Phase go
    steps:
      - action: custom
        id: b
        title: Step b
`);

new RuleTester().run('duplicate-id', {
  valid: [
    {
      name: 'different ids',
      code: phases(yaml`
        - id: go
          title: Phase go
          steps:
            - action: custom
              id: a
              title: Step a
            - action: custom
              id: b
              title: Step b
        - id: then
          title: Phase then
          steps:
            - action: custom
              id: c
              title: Step c
      `),
    },
  ],
  invalid: [
    {
      name: 'the second step with an id, at its id, naming the step and line of the first',
      code: TWO_STEPS,
      errors: [
        {
          message: 'the id `check` is already used by the step on line 20; ids must be unique across the runbook',
          line: 23,
          column: 13,
          endColumn: 18,
        },
      ],
      output: null,
    },
    {
      name: 'a phase is named as the phase',
      code: TWO_PHASES,
      errors: [
        { messageId: 'duplicate', data: { id: 'go', kind: 'phase', line: 16 }, line: 22, column: 9, endColumn: 11 },
      ],
      output: null,
    },
    {
      name: 'the later use is the duplicate, whatever its kind: a phase after a step with its id',
      code: phases(yaml`
        - id: first
          title: Phase first
          steps:
            - action: custom
              id: later
              title: Step later
        - id: later
          title: Phase later
          steps:
            - action: custom
              id: b
              title: Step b
      `),
      errors: [
        { messageId: 'duplicate', data: { id: 'later', kind: 'step', line: 20 }, line: 22, column: 9, endColumn: 14 },
      ],
      output: null,
    },
    {
      name: 'in Swedish, with the Swedish word for a step',
      code: TWO_STEPS,
      options: { locale: 'sv' },
      errors: [
        {
          message: 'id:t `check` används redan av steget på rad 20; id:n måste vara unika i hela körboken',
          line: 23,
        },
      ],
      output: null,
    },
    {
      name: 'in Swedish, with the Swedish word for a phase',
      code: TWO_PHASES,
      options: { locale: 'sv' },
      errors: [{ messageId: 'duplicate', data: { id: 'go', kind: 'phase', line: 16 }, line: 22 }],
      output: null,
    },
  ],
});

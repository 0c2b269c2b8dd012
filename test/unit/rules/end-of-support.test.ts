// end-of-support: versions past their end of support at the runbook's `asOf`: the
// on-premises target (a warning at target.version), a transition server decommissioned
// later (info), a server still there at the end (a warning at its install or entry).
import * as assert from 'assert';
import { lintFixture, ofRule } from '../helpers';
import { VERSION_FACTS } from '../../../src/core/knowledge/versions';
import { RuleTester, at, edit, yaml } from '../rule-tester';
import { onPremises } from './onprem-helpers';

/** 2007 → 2013 → 2016, dated 2026-11-23: the 2013 transition server is retired before the end. */
const TO_2016_TODAY = onPremises({
  asOf: '2026-11-23',
  mailboxes: 0,
  servers: yaml`
    - name: EX07
      version: "2007"
      update: SP3 RU23
      roles: [clientAccess]
  `,
  steps: yaml`
    - action: install-exchange
      server: EX13
      version: "2013"
    - action: move-client-access
      from: EX07
      to: EX13
    - action: move-transport
      from: EX07
      to: EX13
    - action: decommission
      server: EX07
    - action: install-exchange
      server: EX16
      version: "2016"
    - action: move-client-access
      from: EX13
      to: EX16
    - action: move-transport
      from: EX13
      to: EX16
    - action: decommission
      server: EX13
  `,
});

/** The same path dated 2025-06-01, when Exchange 2016 was still supported. */
const TO_2016_IN_2025 = edit(TO_2016_TODAY, 'asOf: 2026-11-23\n', 'asOf: 2025-06-01\n');

/** The same path in 2025 without the retirement of the 2013 server: it stays. */
const EX13_STAYS = edit(
  TO_2016_IN_2025,
  '      - action: move-client-access\n        from: EX13\n        to: EX16\n      - action: move-transport\n        from: EX13\n        to: EX16\n      - action: decommission\n        server: EX13\n',
  '',
);

/** KEEP10 (Exchange 2010) stays next to SE1 (Exchange SE), the on-premises target; nothing happens. */
const KEPT = onPremises({
  asOf: '2026-11-23',
  servers: yaml`
    - name: KEEP10
      version: "2010"
    - name: SE1
      version: SE
  `,
  version: 'SE',
  steps: yaml`
    - action: custom
      title: nothing
  `,
});
/** The same with an Exchange 2016 server and target, past their end: only 2016 findings are hidden by the target's. */
const KEPT_2016 = edit(
  KEPT,
  '  - name: SE1\n    version: SE\n',
  '  - name: EX16\n    version: "2016"\n',
  '  version: "SE"\n',
  '  version: "2016"\n',
);

new RuleTester().run('end-of-support', {
  valid: [
    {
      name: 'an Exchange Online target has no end of support: a stray target.version "2013" is not reported',
      code: edit(
        KEPT,
        '  - name: KEEP10\n    version: "2010"\n',
        '',
        'platform: on-premises\n  version: "SE"',
        'platform: exchange-online\n  version: "2013"',
      ),
    },
  ],
  invalid: [
    {
      name: 'the target past its end of support: a warning at target.version; the 2013 transition server: info',
      code: TO_2016_TODAY,
      errors: [
        {
          message:
            'Exchange 2016 reached its end of support on 2025-10-14 (as of 2026-11-23): plan for a supported version (Exchange Server SE)',
          line: 14,
          column: 12,
          endLine: 14,
          endColumn: 18,
          severity: 'warning',
          // The lifecycle page of its version.
          details: { source: VERSION_FACTS['2016'].source },
        },
        { line: 21, severity: 'info' },
      ],
      output: null,
    },
    {
      name: 'a transition server as info, and nothing for the listed 2007 server it retires',
      code: TO_2016_IN_2025,
      errors: [
        {
          message:
            'EX13 runs Exchange 2013, past its end of support on 2023-04-11 (as of 2025-06-01); it is a transition server and is decommissioned later, so keep that period short',
          line: 21,
          column: 18,
          endLine: 21,
          endColumn: 24,
          severity: 'info',
        },
      ],
      output: null,
    },
    {
      name: 'a server past its end of support still there at the end',
      code: EX13_STAYS,
      errors: [
        {
          message:
            'EX13 runs Exchange 2013, which reached its end of support on 2023-04-11 (as of 2025-06-01), and is still in the organization at the end of the runbook',
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
      name: 'a server past its end of support still there at the end, in Swedish',
      code: EX13_STAYS,
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'EX13 kör Exchange 2013, vars support upphörde 2023-04-11 (per 2025-06-01), och finns kvar i organisationen när körboken slutar',
        },
      ],
      output: null,
    },
    {
      name: 'at the entry of a listed server that stays, and never for SE',
      code: KEPT,
      errors: [{ line: 8, column: 5, endLine: 8, endColumn: 17, severity: 'warning' }],
      output: null,
    },
    {
      name: 'a target past its end hides only the servers of that version: a kept 2010 server still warns',
      code: KEPT_2016,
      errors: [
        { ...at(KEPT_2016, 'name: KEEP10'), endLine: 8, severity: 'warning' },
        { ...at(KEPT_2016, '"2016"', '"2016"', 2), severity: 'warning' },
      ],
      output: null,
    },
  ],
});

describe("end-of-support: the runbook's date and the source", () => {
  it('judges against asOf: nothing is past its end in 2019 for the hybrid example, the 2013 hybrid server warns today', () => {
    assert.deepStrictEqual(ofRule(lintFixture('hybrid-2007.runbook.yaml'), 'end-of-support'), []);
    const today = ofRule(lintFixture('hybrid-2007.runbook.yaml', { asOf: '2026-11-23' }), 'end-of-support');
    assert.deepStrictEqual(
      today.map((f) => `${f.severity} ${f.range.line}:${f.range.column}`),
      ['warning 34:18'],
    );
  });
});

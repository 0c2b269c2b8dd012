// os-requirement: the Windows Server an Exchange version (at its update) runs on, judged at
// each install's `os` and each listed server's (knowledge/platform.ts, the section 3a table).
import * as assert from 'assert';
import { judgeOs } from '../../../src/core/knowledge/platform';
import { RuleTester, edit, indent, yaml } from '../rule-tester';
import { onPremises } from './onprem-helpers';

/** Exchange `version` (at `update`; none: not said) prepared for and installed on NEW, running Windows Server `os`. */
const install = (version: string, update: string | undefined, os: string) =>
  onPremises({
    version,
    steps:
      yaml`
        - action: prepare-schema
          version: "${version}"
        - action: prepare-ad
          version: "${version}"
        - action: install-exchange
          server: NEW
          version: "${version}"
      ` + indent(2, (update ? `update: ${update}\n` : '') + `os: "${os}"\n`),
  });
/** OLD13, a listed Exchange 2013 CU2 server on Windows Server 2012 R2, next to a new Exchange 2016 CU23. */
const OLD13 = edit(
  install('2016', 'CU23', '2016'),
  'servers: []\n',
  'servers:\n  - name: OLD13\n    version: "2013"\n    update: CU2\n    os: "2012R2"\n',
);
const EXCHANGE_2019_ON_2016 = install('2019', 'CU15', '2016');

new RuleTester().run('os-requirement', {
  valid: [
    { name: 'Exchange 2016 CU3 on Windows Server 2016', code: install('2016', 'CU3', '2016') },
    { name: 'Exchange 2019 CU12 on Windows Server 2022', code: install('2019', 'CU12', '2022') },
    { name: 'an unknown update that decides it is not guessed', code: install('2016', undefined, '2016') },
    { name: 'Exchange SE on Windows Server 2025', code: install('SE', undefined, '2025') },
    {
      name: 'a listed server updated before the end',
      code: edit(
        OLD13,
        '    steps:\n',
        '    steps:\n      - action: update-server\n        server: OLD13\n        update: CU23\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'Exchange 2016 CU2 on Windows Server 2016: at the os value',
      code: install('2016', 'CU2', '2016'),
      errors: [
        {
          message:
            'Exchange 2016 CU2 is not supported on Windows Server 2016 (NEW): Windows Server 2016 needs Exchange 2016 CU3 or later',
          line: 23,
          column: 13,
          endLine: 23,
          endColumn: 19,
          severity: 'error',
        },
      ],
      output: null,
    },
    {
      name: 'Exchange 2019 on Windows Server 2016, with the list it supports',
      code: EXCHANGE_2019_ON_2016,
      errors: [
        {
          message:
            'Exchange 2019 does not run on Windows Server 2016 (NEW): it supports Windows Server 2019, 2022 (CU12+) or 2025 (CU14+)',
        },
      ],
      output: null,
    },
    {
      name: 'Exchange 2019 on Windows Server 2016, in Swedish',
      code: EXCHANGE_2019_ON_2016,
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'Exchange 2019 körs inte på Windows Server 2016 (NEW): den stöder Windows Server 2019, 2022 (CU12+) eller 2025 (CU14+)',
        },
      ],
      output: null,
    },
    {
      name: 'a listed server at its os value, with the update the runbook gives it',
      code: OLD13,
      errors: [
        {
          message:
            'Exchange 2013 CU2 is not supported on Windows Server 2012 R2 (OLD13): Windows Server 2012 R2 needs Exchange 2013 SP1 or later',
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 17,
        },
      ],
      output: null,
    },
  ],
});

describe('os-requirement: the platform table', () => {
  it('knows the section 3a table', () => {
    assert.deepStrictEqual(judgeOs('2016', 'CU2', '2016'), {
      ok: false,
      reason: 'needs-update',
      needsUpdate: 'CU3',
      source: 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements',
    });
    assert.deepStrictEqual(judgeOs('2016', 'CU3', '2016'), { ok: true });
    assert.deepStrictEqual(judgeOs('2013', 'SP1', '2012R2'), { ok: true });
    assert.strictEqual((judgeOs('2013', 'CU3', '2012R2') as { reason: string }).reason, 'needs-update');
    assert.strictEqual((judgeOs('2019', 'CU11', '2022') as { needsUpdate: string }).needsUpdate, 'CU12');
    assert.strictEqual((judgeOs('2019', 'CU15', '2016') as { reason: string }).reason, 'unsupported');
    assert.strictEqual(judgeOs('2007', 'SP3', '2003'), undefined, 'no facts for 2007: not judged');
    assert.strictEqual(judgeOs('2016', undefined, '2016'), undefined, 'unknown update: not guessed');
  });
});

import * as assert from 'assert';
import { fixAll } from '../../../src/core';
import { COEXISTENCE } from '../../../src/core/knowledge/coexistence';
import { lintText, ofRule } from '../helpers';
import { RuleTester, at, edit, golden, yaml } from '../rule-tester';
import { onPremises } from './onprem-helpers';

const BELOW_RU10 = golden('coexistence-update', '2007-below-ru10');
const BELOW_CU21 = golden('coexistence-update', '2013-below-cu21-before-2019');
const line = (text: string, needle: string, part = needle) => {
  const p = at(text, needle, part);
  return { ...p, endLine: p.line };
};

/** NEW (Exchange 2016) installed next to A10, an Exchange 2010 server at SP3 RU32. */
const NEXT_TO_2010 = onPremises({
  servers: yaml`
    - name: A10
      version: "2010"
      update: SP3 RU32
  `,
  steps: yaml`
    - action: install-exchange
      server: NEW
      version: "2016"
  `,
});
/** A new `version` server at `update`, judged at `asOf`, next to the servers listed instead of A10. */
const install = (servers: string, version: string, update: string, asOf = '2024-01-15') =>
  edit(
    NEXT_TO_2010,
    '  - name: A10\n    version: "2010"\n    update: SP3 RU32\n',
    servers,
    'asOf: 2024-01-15',
    `asOf: ${asOf}`,
    '  version: "2016"\nphases',
    `  version: "${version}"\nphases`,
    '        version: "2016"\n',
    `        version: "${version}"\n        update: ${update}\n`,
  );
// Listed 2010 first, then a 2013 server (no minimum for a new 2013 next to it), then 2007.
const MIXED = install(
  '  - name: A10\n    version: "2010"\n    update: SP3 RU32\n' +
    '  - name: B13\n    version: "2013"\n    update: CU23\n' +
    '  - name: C07\n    version: "2007"\n    update: SP3 RU23\n',
  '2013',
  'CU1',
);
const A10_B13 = install(
  '  - name: A10\n    version: "2010"\n    update: SP3 RU10\n  - name: B13\n    version: "2013"\n    update: CU9\n',
  '2016',
  'CU23',
);
const B16 = (asOf: string) => install('  - name: B16\n    version: "2016"\n    update: CU22\n', '2019', 'CU11', asOf);

new RuleTester().run('coexistence-update', {
  valid: [
    {
      name: 'an earlier update-server step counts',
      code: edit(
        NEXT_TO_2010,
        'update: SP3 RU32',
        'update: SP3',
        '    steps:\n',
        '    steps:\n      - action: update-server\n        server: A10\n        update: SP3 RU11\n',
      ),
    },
    { name: 'the update of the older server unknown', code: edit(NEXT_TO_2010, '    update: SP3 RU32\n', '') },
  ],
  invalid: [
    {
      name: 'Exchange 2007 below SP3 RU10 before Exchange 2013, at the install',
      code: BELOW_RU10,
      errors: [
        {
          severity: 'warning',
          line: 25,
          column: 9,
          endLine: 25,
          endColumn: 33,
          message:
            'AD-EX07 runs Exchange 2007 SP3 RU8, but Exchange 2013 Setup needs SP3 RU10 or later on every Exchange 2007 server: update AD-EX07 before this install',
          fix: 'Insert an `update-server` step that brings AD-EX07 to Exchange 2007 SP3 RU18',
        },
      ],
      output: golden('coexistence-update', '2007-below-ru10', 'expected'),
    },
    {
      name: 'judged later, the fix brings the latest update released by then',
      code: BELOW_RU10,
      options: { asOf: '2026-11-23' },
      errors: [{ fix: 'Insert an `update-server` step that brings AD-EX07 to Exchange 2007 SP3 RU23' }],
    },
    {
      name: 'Exchange 2013 below CU21 before Exchange 2019',
      code: BELOW_CU21,
      errors: [
        {
          ...line(BELOW_CU21, 'action: install-exchange'),
          message: /^AD-EX13 runs Exchange 2013 CU19, but Exchange 2019 Setup needs CU21 or later/,
        },
      ],
      output: golden('coexistence-update', '2013-below-cu21-before-2019', 'expected'),
    },
    {
      name: 'the same in Swedish',
      code: BELOW_CU21,
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'AD-EX13 kör Exchange 2013 CU19, men installationsprogrammet för Exchange 2019 kräver CU21 eller senare på alla Exchange 2013-servrar: uppdatera AD-EX13 före den här installationen',
          fix: 'Infoga ett `update-server`-steg som uppdaterar AD-EX13 till Exchange 2013 CU23',
        },
      ],
    },
    {
      name: 'one finding per lagging server: 2010 below SP3 RU11 and 2013 below CU10 before 2016',
      code: A10_B13,
      errors: [
        {
          details: { server: 'A10', minimum: 'SP3 RU11', source: COEXISTENCE['2016']!['2010']!.source },
          fix: 'Insert an `update-server` step that brings A10 to Exchange 2010 SP3 RU32',
        },
        {
          details: { server: 'B13', minimum: 'CU10', source: COEXISTENCE['2016']!['2013']!.source },
          fix: 'Insert an `update-server` step that brings B13 to Exchange 2013 CU23',
        },
      ],
    },
    {
      name: 'a new server below the minimum its older neighbours set: oldest first, fixed to the latest released update',
      code: MIXED,
      errors: [
        {
          ...line(MIXED, 'CU1'),
          message:
            'Exchange 2013 CU1 cannot join an organization with Exchange 2007 and 2010 servers: Setup needs Exchange 2013 CU2 or later there; install a later update',
          details: { minimum: 'CU2', source: COEXISTENCE['2013']!['2007']!.source },
          fix: 'Install Exchange 2013 CU23 instead',
        },
      ],
      output: edit(MIXED, 'update: CU1', 'update: CU23'),
    },
    {
      name: 'no fix when no update at the minimum was released by asOf (2013 CU2 came out on 2013-07-09)',
      code: install('  - name: A10\n    version: "2010"\n    update: SP3\n', '2013', 'CU1', '2013-07-08'),
      errors: [
        {
          message:
            'Exchange 2013 CU1 cannot join an organization with Exchange 2010 servers: Setup needs Exchange 2013 CU2 or later there; install a later update; no fix is offered: no update of Exchange 2013 at CU2 or later was released by 2013-07-08',
          fix: null,
        },
      ],
      output: null,
    },
    {
      name: 'no fix for a lagging server whose minimum was not released by asOf (2016 CU23 came out on 2022-04-20)',
      code: B16('2022-04-19'),
      errors: [
        {
          message:
            'B16 runs Exchange 2016 CU22, but Exchange 2019 Setup needs CU23 or later on every Exchange 2016 server: update B16 before this install; no fix is offered: no update of Exchange 2016 at CU23 or later was released by 2022-04-19',
          details: { server: 'B16', minimum: 'CU23', source: COEXISTENCE['2019']!['2016']!.source },
          fix: null,
        },
      ],
      output: null,
    },
    {
      name: 'on the release day itself the update is there to install',
      code: B16('2022-04-20'),
      errors: [{ fix: 'Insert an `update-server` step that brings B16 to Exchange 2016 CU23' }],
    },
  ],
});

describe('coexistence-update: with every rule', () => {
  it('fixAll is idempotent', () => {
    const once = fixAll(BELOW_RU10, {}).text;
    assert.strictEqual(fixAll(once, {}).text, once);
    assert.deepStrictEqual(ofRule(lintText(once), 'coexistence-update'), []);
  });
});

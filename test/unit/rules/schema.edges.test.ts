// schema at its edges (issue 17): the step a problem belongs to when phase and step numbers
// have two digits (a problem at a step itself and one inside it), the data clients read
// (the path, and the suggestion only when there is one), and the Swedish terms.
import * as assert from 'assert';
import { lint } from '../../../src/core';
import { parseRunbook } from '../../../src/core/parse';
import { RuleTester, at } from '../rule-tester';

const custom = (title: string) => `      - action: custom\n        title: ${title}\n`;
/** Ten phases of one step, then an eleventh (index 10) of eleven steps and two broken ones. */
const phases =
  Array.from({ length: 10 }, (_, i) => `  - id: p${i}\n    title: P${i}\n    steps:\n${custom(`s${i}`)}`).join('') +
  `  - id: p10\n    title: P10\n    steps:\n${Array.from({ length: 11 }, (_, i) => custom(`t${i}`)).join('')}` +
  '      - title: no action\n      - action: prepare-schemaa\n        version: "2019"\n';
const CODE = `runbook: 1\ntitle: T\nasOf: 2024-01-15\norganization:\n  name: C\n  mailboxes: lots\nservers: []\ntarget:\n  platform: on-premises\n  version: "2019"\nphases:\n${phases}`;

new RuleTester().run('schema', {
  valid: [],
  invalid: [
    {
      name: 'problems in the organization, at a step and inside a step of phase 10: the path, and a suggestion only when there is one',
      code: CODE,
      errors: [
        { message: '`mailboxes` must be a whole number; got `lots`', details: { path: '/organization/mailboxes' } },
        { ...at(CODE, '- title: no action', 'title'), details: { path: '/phases/10/steps/11' } },
        {
          message: 'unknown action `prepare-schemaa` (did you mean `prepare-schema`?)',
          details: { path: '/phases/10/steps/12/action', suggestion: 'prepare-schema' },
          fix: 'Change `prepare-schemaa` to `prepare-schema`',
        },
      ],
      output: CODE.replace('prepare-schemaa', 'prepare-schema'),
    },
    {
      name: 'in Swedish, with the Swedish terms',
      code: CODE,
      options: { locale: 'sv' },
      errors: [{ message: '`mailboxes` måste vara ett heltal; fick `lots`' }, {}, {}],
      output: CODE.replace('prepare-schemaa', 'prepare-schema'),
    },
  ],
});

describe('schema: the step of each problem', () => {
  it('a problem at a step and one inside it belong to those steps; one in the organization to none', () => {
    const steps = parseRunbook(CODE).steps;
    const found = lint(CODE, { today: '2026-11-23' }).findings.filter((f) => f.ruleId === 'schema');
    assert.deepStrictEqual(
      found.map((f) => f.stepIndex),
      [undefined, steps[steps.length - 2].index, steps[steps.length - 1].index],
    );
  });
});

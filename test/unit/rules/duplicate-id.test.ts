// duplicate-id for phase and step ids: which use is the duplicate (the later one in the
// file, whatever its kind) and what the message names, in English and Swedish. Server
// names are in test/unit/server-names.test.ts.
import * as assert from 'assert';
import { lintText, ofRule } from '../helpers';
import { at, runbook, valueSpan, span } from './onprem-helpers';

const SERVERS = '  - name: EX16\n    version: "2016"\n    update: CU23\n    roles: [mailbox]\n';
const step = (id: string) => `      - action: custom\n        id: ${id}\n        title: Step ${id}\n`;
const phase = (id: string, steps: string) => `  - id: ${id}\n    title: Phase ${id}\n    steps:\n${steps}`;

function duplicates(phases: string, locale?: 'sv') {
  const text = runbook({ servers: SERVERS, phases });
  return { text, found: ofRule(lintText(text, locale ? { locale } : {}), 'duplicate-id') };
}

describe('duplicate-id: phase and step ids', () => {
  it('reports the second step with an id at its id, naming the step and line of the first', () => {
    const { text, found } = duplicates(phase('go', step('check') + step('check')));
    assert.deepStrictEqual(found.map(span), [valueSpan(text, 'id: check', 2)]);
    assert.strictEqual(
      found[0].message,
      `the id \`check\` is already used by the step on line ${at(text, 'id: check').line}; ids must be unique across the runbook`,
    );
  });

  it('names a phase as the phase', () => {
    const { text, found } = duplicates(phase('go', step('a')) + phase('go', step('b')));
    assert.deepStrictEqual(found.map(span), [valueSpan(text, 'id: go', 2)]);
    assert.match(found[0].message, new RegExp(`used by the phase on line ${at(text, 'id: go').line};`));
  });

  it('the later use is the duplicate, whatever its kind: a phase after a step with its id', () => {
    const { text, found } = duplicates(phase('first', step('later')) + phase('later', step('b')));
    assert.deepStrictEqual(found.map(span), [valueSpan(text, 'id: later', 2)]);
    assert.match(found[0].message, new RegExp(`used by the step on line ${at(text, 'id: later').line};`));
  });

  it('says it in Swedish, with the Swedish word for a step and for a phase', () => {
    const steps = duplicates(phase('go', step('check') + step('check')), 'sv');
    assert.strictEqual(
      steps.found[0].message,
      `id:t \`check\` används redan av steget på rad ${at(steps.text, 'id: check').line}; id:n måste vara unika i hela körboken`,
    );
    const phases = duplicates(phase('go', step('a')) + phase('go', step('b')), 'sv');
    assert.match(
      phases.found[0].message,
      new RegExp(`används redan av fasen på rad ${at(phases.text, 'id: go').line};`),
    );
  });

  it('different ids are quiet', () => {
    assert.deepStrictEqual(duplicates(phase('go', step('a') + step('b')) + phase('then', step('c'))).found, []);
  });
});

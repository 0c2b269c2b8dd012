// Which step a tick in the preview means: finding a step again by its identity after the
// document changed; the webview message contract. The tick's edits: checklist-record.test.ts.
import * as assert from 'assert';
import { parseRunbook } from '../../src/core/parse';
import { findStep, resolveToggleTarget, stepAt, stepIdentities } from '../../src/core/checklist';
import { parseWebviewMessage } from '../../src/core/checklist/protocol';

const HEAD = `runbook: 1
title: T
organization: {name: N, mailboxes: 10}
servers:
  - name: EX13
    version: "2013"
target: {platform: on-premises, version: "2016"}
phases:
`;

const STEPS = `${HEAD}  - id: prepare
    title: Prepare
    steps:
      # Schema first.
      - action: prepare-schema   # from the schema master's site
        version: "2016"
        done: false # not yet
      - action: prepare-ad
        version: "2016"
        notes: |
          Run /PrepareAllDomains too.

      # The install follows.
      - action: install-exchange
        server: EX16
        version: "2016"
        done: true
`;

describe('finding a step again', () => {
  it('by id, then by action, title, phase and occurrence', () => {
    const text = `${HEAD}  - id: a\n    title: A\n    steps:\n      - action: custom\n        title: Same\n      - action: custom\n        title: Same\n      - id: uniq\n        action: switch-mx\n`;
    const before = parseRunbook(text);
    const identities = stepIdentities(before);
    assert.deepStrictEqual(identities, [
      { action: 'custom', title: 'Same', phase: 'a', occurrence: 0 },
      { action: 'custom', title: 'Same', phase: 'a', occurrence: 1 },
      { id: 'uniq', action: 'switch-mx', phase: 'a', occurrence: 0 },
    ]);
    // A step inserted above moves every index; identity still finds the right ones.
    const after = parseRunbook(text.replace('    steps:\n', '    steps:\n      - action: assign-licenses\n'));
    assert.strictEqual(findStep(after, identities[0])!.index, 1);
    assert.strictEqual(findStep(after, identities[1])!.index, 2);
    assert.strictEqual(findStep(after, identities[2])!.index, 3);
    // Gone or ambiguous: nothing, never a guess.
    assert.strictEqual(
      findStep(parseRunbook(text.replace('      - id: uniq\n        action: switch-mx\n', '')), identities[2]),
      undefined,
    );
    const duplicated = parseRunbook(text + '      - id: uniq\n        action: switch-mx\n');
    assert.strictEqual(findStep(duplicated, identities[2]), undefined);
    const retitled = parseRunbook(text.replace('title: Same\n      - action', 'title: Other\n      - action'));
    assert.strictEqual(
      findStep(retitled, identities[1]),
      undefined,
      'the second "Same" is now the first: not the same step',
    );
  });

  it('maps an editor offset to its step, from the dash line to the last value', () => {
    const parsed = parseRunbook(STEPS);
    assert.strictEqual(stepAt(parsed, STEPS.indexOf('      - action: prepare-schema')), parsed.steps[0]);
    assert.strictEqual(stepAt(parsed, STEPS.indexOf('Run /Prepare'))?.index, 1);
    assert.strictEqual(stepAt(parsed, STEPS.indexOf('server: EX16'))?.index, 2);
    assert.strictEqual(stepAt(parsed, STEPS.indexOf('title: Prepare')), undefined);
    assert.strictEqual(stepAt(parsed, 0), undefined);
  });
});

describe('which step a tick means', () => {
  const text = `${HEAD}  - id: a\n    title: A\n    steps:\n      - action: custom\n        title: One\n      - action: custom\n        title: Two\n`;
  const parsed = parseRunbook(text);
  const [one, two] = stepIdentities(parsed);
  const indexOf = (target: ReturnType<typeof resolveToggleTarget>) =>
    'step' in target ? target.step.index : target.refused;

  it('same version: the index, when it still names the same step', () => {
    assert.strictEqual(indexOf(resolveToggleTarget(parsed, 4, { stepIndex: 1, identity: two, version: 4 })), 1);
    assert.strictEqual(
      indexOf(resolveToggleTarget(parsed, 4, { stepIndex: 0, identity: two, version: 4 })),
      'stepChanged',
    );
    assert.strictEqual(
      indexOf(resolveToggleTarget(parsed, 4, { stepIndex: 9, identity: two, version: 4 })),
      'stepChanged',
    );
  });

  it('newer version: found again by identity, or refused', () => {
    const moved = parseRunbook(text.replace('    steps:\n', '    steps:\n      - action: switch-mx\n'));
    assert.strictEqual(indexOf(resolveToggleTarget(moved, 5, { stepIndex: 0, identity: one, version: 4 })), 1);
    assert.strictEqual(indexOf(resolveToggleTarget(moved, 5, { stepIndex: 1, identity: two, version: 4 })), 2);
    const renamed = parseRunbook(text.replace('title: Two', 'title: Deux'));
    assert.strictEqual(
      indexOf(resolveToggleTarget(renamed, 5, { stepIndex: 1, identity: two, version: 4 })),
      'stepMoved',
    );
  });
});

describe('webview message contract', () => {
  const identity = { action: 'custom', title: 'X', phase: 'p', occurrence: 0 };

  it('accepts well-formed messages', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(
      parseWebviewMessage({ type: 'revealStep', stepIndex: 2, identity, version: 7, offset: 100 }),
      { type: 'revealStep', stepIndex: 2, identity, version: 7 },
    );
    assert.deepStrictEqual(parseWebviewMessage({ type: 'revealPhase', phaseIndex: 0 }), {
      type: 'revealPhase',
      phaseIndex: 0,
    });
    assert.deepStrictEqual(
      parseWebviewMessage({ type: 'toggle', stepIndex: 3, identity, version: 7, done: true, extra: 1 }),
      {
        type: 'toggle',
        stepIndex: 3,
        identity,
        version: 7,
        done: true,
      },
    );
  });

  it('rejects anything else', () => {
    const bad: unknown[] = [
      null,
      'toggle',
      [],
      { type: 'eval', code: 'x' },
      // An offset alone is no longer enough: it may be from an older text.
      { type: 'reveal', offset: 5 },
      { type: 'revealStep', stepIndex: 2, version: 7 },
      { type: 'revealStep', stepIndex: -1, identity, version: 7 },
      { type: 'revealStep', stepIndex: 1_000_001, identity, version: 7 },
      { type: 'revealStep', stepIndex: 2, identity, version: 1.5 },
      { type: 'revealStep', stepIndex: '2', identity, version: 7 },
      { type: 'revealPhase', phaseIndex: -1 },
      { type: 'revealPhase', phaseIndex: 1.5 },
      { type: 'revealPhase', phaseIndex: '0' },
      { type: 'revealPhase', phaseIndex: 1_000_001 },
      { type: 'revealPhase' },
      { type: 'toggle', stepIndex: -1, identity, version: 1, done: true },
      { type: 'toggle', stepIndex: 0.5, identity, version: 1, done: true },
      { type: 'toggle', stepIndex: 0, identity, version: 1, done: 'true' },
      { type: 'toggle', stepIndex: 0, identity, version: NaN, done: true },
      { type: 'toggle', stepIndex: 0, identity: { ...identity, occurrence: -1 }, version: 1, done: true },
      { type: 'toggle', stepIndex: 0, identity: { ...identity, id: 5 }, version: 1, done: true },
      { type: 'toggle', stepIndex: 0, identity: { ...identity, title: 'x'.repeat(10_001) }, version: 1, done: true },
      { type: 'toggle', stepIndex: 0, version: 1, done: true },
    ];
    for (const message of bad)
      assert.strictEqual(parseWebviewMessage(message), undefined, JSON.stringify(message)?.slice(0, 80));
  });
});

// toggleDoneEdit: the minimal edit behind a tick in the preview; finding a step again by
// its identity after the document changed; the webview message contract.
import * as assert from 'assert';
import { applyEdits } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { parseRunbook } from '../../src/core/parse';
import { findStep, resolveToggleTarget, stepAt, stepIdentities, toggleDoneEdit } from '../../src/core/checklist';
import { parseWebviewMessage } from '../../src/core/checklist/protocol';

function toggled(text: string, stepIndex: number, done: boolean): string {
  const edit = toggleDoneEdit(parseRunbook(text), stepIndex, done);
  assert.ok(edit, 'an edit');
  return applyEdits(text, [edit!]);
}

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

describe('toggleDoneEdit', () => {
  it('flips an existing `done: false`, keeping the comment on its line', () => {
    const edit = toggleDoneEdit(parseRunbook(STEPS), 0, true)!;
    const at = STEPS.indexOf('false # not yet');
    assert.deepStrictEqual(edit, { offset: at, length: 5, text: 'true' });
    assert.strictEqual(applyEdits(STEPS, [edit]), STEPS.replace('done: false # not yet', 'done: true # not yet'));
  });

  it('flips `done: true` back to false', () => {
    assert.strictEqual(toggled(STEPS, 2, false), STEPS.replace(/done: true\n$/, 'done: false\n'));
  });

  it('inserts `done: true` at the key column after the step’s last line (block notes included)', () => {
    const expected = STEPS.replace(
      '          Run /PrepareAllDomains too.\n',
      '          Run /PrepareAllDomains too.\n        done: true\n',
    );
    assert.strictEqual(toggled(STEPS, 1, true), expected);
    // The comment that introduces the next step stays with it.
    assert.ok(
      expected.includes('        done: true\n\n      # The install follows.\n      - action: install-exchange'),
    );
  });

  it('does nothing when the step already says so, or has no `done` and should be false', () => {
    const parsed = parseRunbook(STEPS);
    assert.strictEqual(toggleDoneEdit(parsed, 0, false), undefined);
    assert.strictEqual(toggleDoneEdit(parsed, 2, true), undefined);
    assert.strictEqual(toggleDoneEdit(parsed, 1, false), undefined);
    assert.strictEqual(toggleDoneEdit(parsed, 3, true), undefined);
    assert.strictEqual(toggleDoneEdit(parsed, -1, true), undefined);
  });

  it('keeps CRLF line endings', () => {
    const crlf = STEPS.replace(/\n/g, '\r\n');
    const out = toggled(crlf, 1, true);
    assert.strictEqual(
      out,
      STEPS.replace(
        '          Run /PrepareAllDomains too.\n',
        '          Run /PrepareAllDomains too.\n        done: true\n',
      ).replace(/\n/g, '\r\n'),
    );
    assert.ok(!/[^\r]\n/.test(out));
  });

  it('follows a four-space layout and a last step without a final newline', () => {
    const text = `${HEAD}    -   id: p\n        title: P\n        steps:\n            -   action: switch-mx\n                owner: Ana`;
    assert.strictEqual(toggled(text, 0, true), `${text}\n                done: true`);
  });

  it('fills an empty `done:` and edits flow-style steps', () => {
    const empty = `${HEAD}  - id: p\n    title: P\n    steps:\n      - action: custom\n        title: X\n        done:\n      - action: custom\n        title: Y\n`;
    assert.strictEqual(toggled(empty, 0, true), empty.replace('        done:\n', '        done: true\n'));
    const flow = `${HEAD}  - id: p\n    title: P\n    steps:\n      - {action: custom, title: X}\n      - { action: custom, title: Y, done: false }\n`;
    assert.strictEqual(
      toggled(flow, 0, true),
      flow.replace('{action: custom, title: X}', '{action: custom, title: X, done: true}'),
    );
    assert.strictEqual(toggled(flow, 1, true), flow.replace('done: false }', 'done: true }'));
  });

  it('keeps every comment and re-lints without new findings', () => {
    for (const [index, done] of [
      [0, true],
      [1, true],
      [2, false],
    ] as const) {
      const out = toggled(STEPS, index, done);
      const comments = (s: string) => s.match(/#.*$/gm);
      assert.deepStrictEqual(comments(out), comments(STEPS));
      const ids = (s: string) =>
        lint(s, { asOf: '2026-11-23' })
          .findings.map((f) => f.ruleId)
          .sort();
      assert.deepStrictEqual(ids(out), ids(STEPS));
      assert.strictEqual(
        parseRunbook(out)
          .steps.map((s) => s.node.get('done'))
          .filter((d) => d === true).length,
        [0, 1].includes(index) ? 2 : 0,
      );
    }
  });
});

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
  const limits = { textLength: 100 };
  const identity = { action: 'custom', title: 'X', phase: 'p', occurrence: 0 };

  it('accepts well-formed messages', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready' }, limits), { type: 'ready' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'reveal', offset: 100 }, limits), {
      type: 'reveal',
      offset: 100,
    });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'revealPhase', phaseIndex: 0 }, limits), {
      type: 'revealPhase',
      phaseIndex: 0,
    });
    assert.deepStrictEqual(
      parseWebviewMessage({ type: 'toggle', stepIndex: 3, identity, version: 7, done: true, extra: 1 }, limits),
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
      { type: 'reveal', offset: 101 },
      { type: 'reveal', offset: -1 },
      { type: 'reveal', offset: 1.5 },
      { type: 'reveal', offset: '5' },
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
      assert.strictEqual(parseWebviewMessage(message, limits), undefined, JSON.stringify(message)?.slice(0, 80));
  });
});

// What the preview sends after an edit (src/core/checklist/patch.ts): only the changed
// step, phase head or top (never the steps an edit above them only moved); nothing (a
// whole render) when the phases or steps themselves changed.
import * as assert from 'assert';
import { buildChecklist, renderChecklistParts } from '../../src/core/checklist';
import { pageChanges, type SentPage } from '../../src/core/checklist/patch';
import { previewFromLint } from '../../src/core/checklist/preview';
import { joinBodyParts, renderChecklistBody } from '../../src/core/checklist/html';
import { lint } from '../../src/core/lint';

const RUNBOOK = `runbook: 1
title: Patches
asOf: 2026-11-23
organization:
  name: Tailspin Toys
  mailboxes: 85
  domains: [tailspintoys.com]
target:
  platform: exchange-online
  method: cutover
phases:
  - id: prepare
    title: Prepare
    steps:
      - action: verify-domain
        domain: tailspintoys.com
        owner: Ana
      - action: create-migration-endpoint
        type: outlook-anywhere
  - id: migrate
    title: Migrate
    steps:
      - action: create-migration-batch
        batch: all
        method: cutover
        owner: Bo
      - action: start-migration-batch
        batch: all
`;

function page(text: string, version = 1): SentPage {
  let parts: SentPage['parts'] | undefined;
  const content = previewFromLint(lint(text, { asOf: '2026-11-23' }), 'en', (checklist) => {
    parts = renderChecklistParts(checklist, { mode: 'preview' });
    return '';
  });
  return { version, parts: parts!, steps: content.steps };
}

describe('checklist preview patches', () => {
  it('the parts join to the body renderChecklistBody writes', () => {
    const checklist = buildChecklist(lint(RUNBOOK, { asOf: '2026-11-23' }), 'en');
    assert.strictEqual(
      joinBodyParts(renderChecklistParts(checklist, { mode: 'preview' })),
      renderChecklistBody(checklist, { mode: 'preview' }),
    );
  });

  it('the same text changes nothing', () => {
    assert.deepStrictEqual(pageChanges(page(RUNBOOK), page(RUNBOOK, 2)), { phases: [], steps: [] });
  });

  it('a character typed in a step: that step only, not the steps after it (their items hold no offsets)', () => {
    const changes = pageChanges(page(RUNBOOK), page(RUNBOOK.replace('owner: Ana', 'owner: Anax'), 2));
    assert.ok(changes);
    assert.deepStrictEqual(
      changes.steps.map((s) => [s.index, s.html?.includes('Anax'), s.info]),
      [[0, true, undefined]],
    );
    assert.deepStrictEqual(changes.phases, []);
    assert.strictEqual(changes.top, undefined);
  });

  it('spaces typed after a value: nothing to send, though every step below moved', () => {
    const edited = RUNBOOK.replace('type: outlook-anywhere', 'type: outlook-anywhere  ');
    const changes = pageChanges(page(RUNBOOK), page(edited, 2));
    assert.deepStrictEqual(changes, { phases: [], steps: [] });
    assert.ok(!page(edited).parts.phases[1].steps[0].includes('data-offset'), 'no offsets in the preview’s items');
  });

  it('a phase title: that phase head only (steps know their phase by its id)', () => {
    const changes = pageChanges(page(RUNBOOK), page(RUNBOOK.replace('title: Migrate', 'title: Migrate all'), 2));
    assert.ok(changes);
    assert.deepStrictEqual(
      changes.phases.map((p) => [p.index, p.head.includes('Migrate all')]),
      [[1, true]],
    );
    assert.deepStrictEqual(changes.steps, []);
  });

  it('the title: the top part', () => {
    const changes = pageChanges(page(RUNBOOK), page(RUNBOOK.replace('title: Patches', 'title: Patched'), 2));
    assert.ok(changes?.top?.includes('Patched'));
  });

  it('a step added, removed or moved to another phase: no patch (the whole body is sent)', () => {
    const added = RUNBOOK + '      - action: assign-licenses\n';
    assert.strictEqual(pageChanges(page(RUNBOOK), page(added, 2)), undefined);
    assert.strictEqual(pageChanges(page(added), page(RUNBOOK, 2)), undefined);
    const otherPhase = RUNBOOK.replace(
      '        type: outlook-anywhere\n  - id: migrate\n    title: Migrate\n    steps:\n      - action: create-migration-batch',
      '        type: outlook-anywhere\n      - action: create-migration-batch',
    ).replace('        owner: Bo\n', '        owner: Bo\n  - id: migrate\n    title: Migrate\n    steps:\n');
    assert.strictEqual(pageChanges(page(RUNBOOK), page(otherPhase, 2)), undefined);
  });

  it('ticking a step: its item and its info (done); a finding below it names a line one further', () => {
    const changes = pageChanges(
      page(RUNBOOK),
      page(RUNBOOK.replace('        owner: Bo\n', '        owner: Bo\n        done: true\n'), 2),
    );
    assert.deepStrictEqual(
      changes?.steps.map((s) => [s.index, s.html?.includes(' checked'), s.info?.done]),
      [
        [2, true, true],
        [3, false, undefined],
      ],
    );
  });
});

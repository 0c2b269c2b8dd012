// The preview's "Copy commands" / "Run in terminal" buttons: rendered only in the preview,
// only on steps with commands, "Run in terminal" only where a terminal is offered; the
// message the webview sends for them is checked field by field.
import * as assert from 'assert';
import { buildChecklist, renderChecklistBody, renderChecklistDocument } from '../../src/core/checklist';
import { parseWebviewMessage } from '../../src/core/checklist/protocol';
import { lint } from '../../src/core/lint';

const RUNBOOK = `runbook: 1
title: Buttons
organization:
  name: Contoso
servers:
  - name: EX07
    version: "2007"
target:
  platform: exchange-online
  method: cutover
phases:
  - title: Prepare
    steps:
      - action: grant-migration-permissions
        account: admin@contoso.com
      - action: custom
        title: "<img src=x onerror=alert(1)>"
`;

const checklist = buildChecklist(lint(RUNBOOK, { asOf: '2026-11-23' }), 'en');

function buttons(html: string): string[] {
  return html.match(/<button type="button" class="cl-run"[^>]*>[^<]*<\/button>/g) ?? [];
}

describe('preview: Copy commands and Run in terminal buttons', () => {
  it('are on the steps the extension says have commands, both where a terminal is offered', () => {
    const html = renderChecklistBody(checklist, { mode: 'preview', run: { steps: new Set([0, 1]), terminal: true } });
    assert.deepStrictEqual(buttons(html), [
      '<button type="button" class="cl-run" id="step-0-copy" data-step="0" data-run="copy" aria-label="Copy commands: Grant migration permissions to admin@contoso.com">Copy commands</button>',
      '<button type="button" class="cl-run" id="step-0-terminal" data-step="0" data-run="terminal" aria-label="Run in terminal: Grant migration permissions to admin@contoso.com">Run in terminal</button>',
      '<button type="button" class="cl-run" id="step-1-copy" data-step="1" data-run="copy" aria-label="Copy commands: &lt;img src=x onerror=alert(1)&gt;">Copy commands</button>',
      '<button type="button" class="cl-run" id="step-1-terminal" data-step="1" data-run="terminal" aria-label="Run in terminal: &lt;img src=x onerror=alert(1)&gt;">Run in terminal</button>',
    ]);
  });

  it('leave out Run in terminal where there is none (Restricted Mode, no terminal), and manual steps', () => {
    const html = renderChecklistBody(checklist, { mode: 'preview', run: { steps: new Set([0]), terminal: false } });
    assert.deepStrictEqual(
      buttons(html).map((b) =>
        b
          .match(/data-step="(\d)" data-run="(\w+)"/)!
          .slice(1)
          .join(' '),
      ),
      ['0 copy'],
    );
    assert.deepStrictEqual(buttons(renderChecklistBody(checklist, { mode: 'preview' })), []);
  });

  it('are never in an export', () => {
    const html = renderChecklistBody(checklist, { mode: 'export', run: { steps: new Set([0, 1]), terminal: true } });
    assert.deepStrictEqual(buttons(html), []);
    assert.ok(!renderChecklistDocument(checklist, { styles: '' }).includes('cl-run'));
  });

  it('send a runStep message the extension checks field by field', () => {
    const identity = { action: 'custom', title: 'X', phase: 'p', occurrence: 0 };
    for (const how of ['copy', 'terminal'] as const)
      assert.deepStrictEqual(
        parseWebviewMessage({ type: 'runStep', how, stepIndex: 2, identity, version: 7, extra: 'x' }),
        { type: 'runStep', how, stepIndex: 2, identity, version: 7 },
      );
    const bad: unknown[] = [
      { type: 'runStep', how: 'execute', stepIndex: 0, identity, version: 1 },
      { type: 'runStep', stepIndex: 0, identity, version: 1 },
      { type: 'runStep', how: 'copy', stepIndex: -1, identity, version: 1 },
      { type: 'runStep', how: 'copy', stepIndex: 1_000_001, identity, version: 1 },
      { type: 'runStep', how: 'copy', stepIndex: 0.5, identity, version: 1 },
      { type: 'runStep', how: 'copy', stepIndex: 0, identity, version: -1 },
      { type: 'runStep', how: 'copy', stepIndex: 0, version: 1 },
      { type: 'runStep', how: 'copy', stepIndex: 0, identity: { ...identity, occurrence: 'a' }, version: 1 },
    ];
    for (const message of bad) assert.strictEqual(parseWebviewMessage(message), undefined, JSON.stringify(message));
  });
});

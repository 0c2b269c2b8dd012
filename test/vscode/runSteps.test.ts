// Steps you can run, in a real VS Code: the CodeLens on each step, "Copy commands" on the
// clipboard, and "Run in terminal": the terminal "Exchange Management Shell" receives the
// commands and, by default, does not run them. VS Code's shell integration (bash here)
// reports every command line the shell starts, so the test sees that nothing started
// until it presses Enter itself, and that the line that then runs is the step's.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseRunbook, stepCommandLines, stepCommands } from '../../src/core';

import { lensesAt, openFixture, positionOf, waitFor } from './support/editor';

const TERMINAL = 'Exchange Management Shell';

interface Started {
  terminal: vscode.Terminal;
  commandLine: string;
}

/** Shell integration's API (VS Code 1.93), newer than the 1.74 typings the extension builds against. */
interface ShellIntegrationWindow {
  onDidStartTerminalShellExecution(
    listener: (event: { terminal: vscode.Terminal; execution: { commandLine: { value: string } } }) => void,
  ): vscode.Disposable;
}

function recordExecutions(): { started: Started[]; dispose(): void } {
  const started: Started[] = [];
  const subscription = (vscode.window as unknown as ShellIntegrationWindow).onDidStartTerminalShellExecution((e) =>
    started.push({ terminal: e.terminal, commandLine: e.execution.commandLine.value }),
  );
  return { started, dispose: () => subscription.dispose() };
}

function emsTerminals(): vscode.Terminal[] {
  return vscode.window.terminals.filter((t) => t.name === TERMINAL);
}

async function shellReady(terminal: vscode.Terminal): Promise<void> {
  await waitFor(
    () => (terminal as unknown as { shellIntegration?: unknown }).shellIntegration,
    (integration) => integration !== undefined,
    'shell integration in the terminal',
    30_000,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('steps you can run', function () {
  this.timeout(120_000);

  afterEach(async () => {
    await vscode.workspace
      .getConfiguration('exchangeRunbook')
      .update('terminal.execute', undefined, vscode.ConfigurationTarget.Global);
    for (const terminal of emsTerminals()) terminal.dispose();
    await waitFor(emsTerminals, (list) => list.length === 0, 'the terminal to close');
  });

  it('puts "Copy commands" and "Run in terminal" on a step with commands, "Manual step" on one without', async () => {
    const document = await openFixture('cutover-small.runbook.yaml');
    const grant = positionOf(document, '      - action: grant-migration-permissions', 8).line;
    const commands = await lensesAt(document, grant);
    assert.deepStrictEqual(
      commands.map((c) => [c.title, c.command]),
      [
        ['$(copy) Copy commands', 'exchangeRunbook.copyStepCommands'],
        ['$(terminal) Run in terminal', 'exchangeRunbook.runStepInTerminal'],
      ],
    );
    const verify = positionOf(document, '      - action: verify-domain', 8).line;
    assert.deepStrictEqual(
      (await lensesAt(document, verify)).map((c) => [c.title, c.command]),
      [['Manual step: no command to run', '']],
    );
  });

  it('"Copy commands" puts the step\'s command lines on the clipboard', async () => {
    const document = await openFixture('cutover-small.runbook.yaml');
    const grant = positionOf(document, '      - action: grant-migration-permissions', 8).line;
    const [copy] = await lensesAt(document, grant);
    await vscode.env.clipboard.writeText('before');
    await vscode.commands.executeCommand(copy.command, ...(copy.arguments ?? []));
    const parsed = parseRunbook(document.getText());
    const expected = stepCommandLines(stepCommands(parsed, parsed.steps[1])).join('\n');
    assert.ok(expected.includes('Add-MailboxPermission'), expected);
    assert.ok(expected.includes('migration-admin@tailspintoys.com'), expected);
    assert.strictEqual(await vscode.env.clipboard.readText(), expected);
  });

  it('"Run in terminal" types the commands into "Exchange Management Shell" and does not run them', async () => {
    const executions = recordExecutions();
    try {
      const document = await openFixture('cutover-small.runbook.yaml');
      const grant = positionOf(document, '      - action: grant-migration-permissions', 8).line;
      const [, run] = await lensesAt(document, grant);
      assert.strictEqual(emsTerminals().length, 0);
      const result = await vscode.commands.executeCommand<{ text: string; executed: boolean }>(
        run.command,
        ...(run.arguments ?? []),
      );
      assert.strictEqual(result.executed, false);
      assert.ok(result.text.startsWith('Get-Mailbox -ResultSize '), result.text);
      assert.ok(result.text.includes(' | Add-MailboxPermission '), result.text);
      assert.ok(!/[\r\n]/.test(result.text), 'one line: a line break would run what is before it');
      const [terminal] = await waitFor(emsTerminals, (list) => list.length === 1, 'the terminal');
      // Created with how to connect, written to the screen as comments, never sent to the shell.
      const message = (terminal.creationOptions as vscode.TerminalOptions).message ?? '';
      assert.ok(
        message.includes(
          '#   $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://<server>/PowerShell/ -Authentication Kerberos',
        ),
        message,
      );
      assert.ok(
        message.split('\r\n').every((line) => line === '' || line.startsWith('#')),
        message,
      );
      await shellReady(terminal);
      // The shell has the text at its prompt; nothing ran.
      await sleep(1500);
      assert.deepStrictEqual(
        executions.started.filter((e) => e.terminal === terminal).map((e) => e.commandLine),
        [],
      );
      // Enter, pressed here by the test: the line that runs is exactly the step's.
      terminal.sendText('', true);
      const [ran] = await waitFor(
        () => executions.started.filter((e) => e.terminal === terminal),
        (list) => list.length > 0,
        'the command to start after Enter',
      );
      assert.strictEqual(ran.commandLine, result.text);
      // A second run reuses the terminal.
      await vscode.commands.executeCommand(run.command, ...(run.arguments ?? []));
      assert.strictEqual(emsTerminals().length, 1);
    } finally {
      executions.dispose();
    }
  });

  it('with exchangeRunbook.terminal.execute true it presses Enter, except on a line with a placeholder', async () => {
    await vscode.workspace
      .getConfiguration('exchangeRunbook')
      .update('terminal.execute', true, vscode.ConfigurationTarget.Global);
    const executions = recordExecutions();
    try {
      const document = await openFixture('cutover-small.runbook.yaml');
      const grant = positionOf(document, '      - action: grant-migration-permissions', 8).line;
      const [, run] = await lensesAt(document, grant);
      const result = await vscode.commands.executeCommand<{ text: string; executed: boolean }>(
        run.command,
        ...(run.arguments ?? []),
      );
      assert.strictEqual(result.executed, true);
      const [terminal] = await waitFor(emsTerminals, (list) => list.length === 1, 'the terminal');
      const [ran] = await waitFor(
        () => executions.started.filter((e) => e.terminal === terminal),
        (list) => list.length > 0,
        'the command to start by itself',
        30_000,
      );
      assert.strictEqual(ran.commandLine, result.text.split('\n')[0]);
      // A step with a value the runbook lacks is typed but never run: the placeholder must be filled in.
      const outlookAnywhere = positionOf(document, '      - action: configure-outlook-anywhere', 8).line;
      const [, runPlaceholder] = await lensesAt(document, outlookAnywhere);
      const typed = await vscode.commands.executeCommand<{ text: string; executed: boolean }>(
        runPlaceholder.command,
        ...(runPlaceholder.arguments ?? []),
      );
      assert.strictEqual(typed.executed, false);
      assert.ok(typed.text.includes('-ExternalHostname <ExternalHostname>'), typed.text);
      await sleep(1500);
      assert.deepStrictEqual(
        executions.started.filter((e) => e.terminal === terminal).map((e) => e.commandLine),
        [ran.commandLine],
      );
    } finally {
      executions.dispose();
    }
  });
});

// Steps you can run: a CodeLens on every step ("Copy commands", "Run in terminal"; a
// step without a command says it is manual) and the same two buttons in the checklist
// preview (./preview.ts forwards them here). The commands are the core's
// (src/core/powershell/): the step's cmdlets with the runbook's values, a `<Placeholder>`
// where the runbook lacks one (PowerShell refuses to run it), manual instructions as
// `#` comments. "Run in terminal" types them into the terminal "Exchange Management
// Shell" and never presses Enter unless exchangeRunbook.terminal.execute is true (a user
// setting only: a workspace cannot turn it on), and never for a line with a placeholder.
// In Restricted Mode, and in a browser window without a terminal (vscode.dev), only
// "Copy commands" is offered.
import * as vscode from 'vscode';
import {
  type ParsedRunbook,
  resolveToggleTarget,
  stepCommandLines,
  stepCommands,
  type StepEntry,
  stepIdentities,
  type StepIdentity,
} from '../core';
import type { RemoteAnalysis } from './analysis';
import { parsedOf, remoteFor } from './documents';
import { SECTION, SELECTOR, t } from './settings';

export const COPY_COMMANDS_COMMAND = 'exchangeRunbook.copyStepCommands';
export const RUN_IN_TERMINAL_COMMAND = 'exchangeRunbook.runStepInTerminal';
export const TERMINAL_NAME = 'Exchange Management Shell';

/** Which step a lens or a preview button means: the document and the step as rendered. */
export interface StepReference {
  uri: string;
  stepIndex: number;
  /** Absent on a large runbook's lens (drawn from the worker's outline): then only `version` itself matches. */
  identity?: StepIdentity;
  version: number;
}

export interface StepRunText {
  /** Every line, manual instructions as `#` comments: what "Copy commands" copies. */
  lines: string[];
  /** The command lines only: what the terminal gets. */
  commands: string[];
  /** No command at all. */
  manual: boolean;
  /** The runbook lacks a value a command needs: its line holds a `<Placeholder>`. */
  placeholders: boolean;
}

export function stepRunText(parsed: ParsedRunbook, step: StepEntry): StepRunText {
  const commands = stepCommands(parsed, step);
  const lines = stepCommandLines(commands);
  return {
    lines,
    commands: lines.filter((line) => !line.startsWith('#')),
    manual: commands.manual,
    placeholders: commands.parameters.length > 0,
  };
}

/** A terminal here: not in a browser window without a remote (vscode.dev, github.dev have no shell). */
export function hasTerminal(): boolean {
  return !(vscode.env.uiKind === vscode.UIKind.Web && vscode.env.remoteName === undefined);
}

/** Run in terminal is offered: a trusted workspace in a window with a terminal. */
export function canRunInTerminal(): boolean {
  return vscode.workspace.isTrusted && hasTerminal();
}

/** exchangeRunbook.terminal.execute from the user's settings only (never a workspace's). */
function executeSetting(): boolean {
  const inspected = vscode.workspace.getConfiguration(SECTION).inspect<boolean>('terminal.execute');
  return (inspected?.globalValue ?? inspected?.defaultValue) === true;
}

class StepLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    // A runbook slow to check is parsed in the worker only (./documents.ts offThread): its
    // lenses come from the worker's outline, and the step's commands are worked out when
    // one is clicked, so typing in it costs this thread no parse.
    const remote = await remoteFor(document);
    if (remote) return outlineLenses(document, remote);
    return this.parsedLenses(document);
  }

  private parsedLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const parsed = parsedOf(document);
    const identities = stepIdentities(parsed);
    const run = canRunInTerminal();
    const lenses: vscode.CodeLens[] = [];
    for (const step of parsed.steps) {
      // A step reached through an alias has its text elsewhere: the lens goes there once.
      if (step.via || !step.node.range) continue;
      const position = document.positionAt(step.node.range[0]);
      const range = new vscode.Range(position, position);
      const text = stepRunText(parsed, step);
      if (text.manual) {
        lenses.push(manualLens(document, range));
        continue;
      }
      const reference: StepReference = {
        uri: document.uri.toString(),
        stepIndex: step.index,
        identity: identities[step.index],
        version: document.version,
      };
      lenses.push(...stepLenses(document, range, reference, run));
    }
    return lenses;
  }
}

function manualLens(document: vscode.TextDocument, range: vscode.Range): vscode.CodeLens {
  return new vscode.CodeLens(range, { title: t('extension.run.manual', undefined, document.uri), command: '' });
}

/** "Copy commands", and "Run in terminal" where `run`, on the step `reference` means. */
function stepLenses(
  document: vscode.TextDocument,
  range: vscode.Range,
  reference: StepReference,
  run: boolean,
): vscode.CodeLens[] {
  const lens = (icon: string, id: 'extension.run.copy' | 'extension.run.run', command: string) =>
    new vscode.CodeLens(range, {
      title: `$(${icon}) ${t(id, undefined, document.uri)}`,
      command,
      arguments: [reference],
    });
  const copy = lens('copy', 'extension.run.copy', COPY_COMMANDS_COMMAND);
  return run ? [copy, lens('terminal', 'extension.run.run', RUN_IN_TERMINAL_COMMAND)] : [copy];
}

/** The same lenses from the worker's outline and its list of manual steps (no parse here). */
function outlineLenses(document: vscode.TextDocument, remote: RemoteAnalysis): vscode.CodeLens[] {
  const run = canRunInTerminal();
  const manual = new Set(remote.manualSteps);
  const lenses: vscode.CodeLens[] = [];
  for (const step of remote.symbols.flatMap((phase) => phase.children)) {
    if (step.kind !== 'step' || step.stepIndex === undefined) continue;
    const position = document.positionAt(step.range.start);
    const range = new vscode.Range(position, position);
    if (manual.has(step.stepIndex)) {
      lenses.push(manualLens(document, range));
      continue;
    }
    // No identity: the reference holds only for the version it was drawn on (resolveStep).
    const reference: StepReference = {
      uri: document.uri.toString(),
      stepIndex: step.stepIndex,
      version: document.version,
    };
    lenses.push(...stepLenses(document, range, reference, run));
  }
  return lenses;
}

/** The step a reference means now, or undefined (and the user is told) when it is gone. */
async function resolveStep(reference: unknown): Promise<{ parsed: ParsedRunbook; step: StepEntry } | undefined> {
  const ref = reference as Partial<StepReference> | undefined;
  if (!ref || typeof ref.uri !== 'string' || typeof ref.stepIndex !== 'number' || typeof ref.version !== 'number')
    return undefined;
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(vscode.Uri.parse(ref.uri, true));
  } catch {
    return undefined;
  }
  const parsed = parsedOf(document);
  const target = ref.identity
    ? resolveToggleTarget(parsed, document.version, {
        stepIndex: ref.stepIndex,
        identity: ref.identity,
        version: ref.version,
      })
    : ref.version === document.version
      ? stepByIndex(parsed, ref.stepIndex)
      : { refused: 'stepChanged' as const };
  if ('refused' in target) {
    void vscode.window.showWarningMessage(t('extension.run.stepGone', undefined, document.uri));
    return undefined;
  }
  return { parsed, step: target.step };
}

function stepByIndex(parsed: ParsedRunbook, index: number): { step: StepEntry } | { refused: 'stepChanged' } {
  const step = parsed.steps.find((entry) => entry.index === index && !entry.via);
  return step ? { step } : { refused: 'stepChanged' };
}

export interface CopyResult {
  text: string;
}

async function copyCommands(reference: unknown): Promise<CopyResult | undefined> {
  const resolved = await resolveStep(reference);
  if (!resolved) return undefined;
  const text = stepRunText(resolved.parsed, resolved.step);
  if (text.manual && text.lines.length === 0) return undefined;
  const copied = text.lines.join('\n');
  await vscode.env.clipboard.writeText(copied);
  void vscode.window.setStatusBarMessage(t('extension.run.copied', { count: text.lines.length }), 4000);
  return { text: copied };
}

let terminal: vscode.Terminal | undefined;

/** How to connect, printed (not sent to the shell) when the terminal opens: `#` comments. */
function connectHint(): string {
  const lines = [
    `# ${t('extension.run.hintOnPremises')}`,
    '#   $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://<server>/PowerShell/ -Authentication Kerberos',
    '#   Import-PSSession $Session -DisableNameChecking',
    `# ${t('extension.run.hintOnline')}`,
    '#   Connect-ExchangeOnline -UserPrincipalName <admin@contoso.com>',
    `# ${t('extension.run.hintEnter')}`,
  ];
  return lines.join('\r\n') + '\r\n';
}

function shellTerminal(): vscode.Terminal {
  if (terminal && terminal.exitStatus === undefined && vscode.window.terminals.includes(terminal)) return terminal;
  const windows = typeof process !== 'undefined' && process.platform === 'win32';
  terminal = vscode.window.createTerminal({
    name: TERMINAL_NAME,
    // The Exchange Management Shell is Windows PowerShell; elsewhere the user's default profile.
    ...(windows ? { shellPath: 'powershell.exe' } : {}),
    message: connectHint(),
    iconPath: new vscode.ThemeIcon('terminal-powershell'),
  });
  return terminal;
}

export interface RunResult {
  /** What was typed into the terminal. */
  text: string;
  /** Enter was pressed. */
  executed: boolean;
}

async function runInTerminal(reference: unknown): Promise<RunResult | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(t('extension.run.untrusted'));
    return undefined;
  }
  if (!hasTerminal()) {
    void vscode.window.showWarningMessage(t('extension.run.noTerminal'));
    return undefined;
  }
  const resolved = await resolveStep(reference);
  if (!resolved) return undefined;
  const text = stepRunText(resolved.parsed, resolved.step);
  if (text.commands.length === 0) {
    void vscode.window.showInformationMessage(t('extension.run.manual'));
    return undefined;
  }
  const target = shellTerminal();
  target.show(false);
  // A placeholder must be filled in by hand first: such a step is never run.
  const executed = executeSetting() && !text.placeholders;
  if (executed) {
    for (const line of text.commands) target.sendText(line, true);
    return { text: text.commands.join('\n'), executed };
  }
  // One line, no Enter: a line break inside the text would run the lines before it.
  const line = text.commands.join('; ');
  target.sendText(line, false);
  void vscode.window.setStatusBarMessage(t('extension.run.sent'), 6000);
  return { text: line, executed };
}

export function registerRunSteps(context: vscode.ExtensionContext): void {
  const lenses = new StepLenses();
  context.subscriptions.push(
    vscode.languages.registerCodeLensProvider(SELECTOR, lenses),
    vscode.commands.registerCommand(COPY_COMMANDS_COMMAND, copyCommands),
    vscode.commands.registerCommand(RUN_IN_TERMINAL_COMMAND, runInTerminal),
    vscode.workspace.onDidGrantWorkspaceTrust(() => lenses.refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) lenses.refresh();
    }),
    vscode.window.onDidCloseTerminal((closed) => {
      if (closed === terminal) terminal = undefined;
    }),
  );
}

/** The step has a command to copy (the preview's buttons): not a manual step. */
export function isRunnable(parsed: ParsedRunbook, step: StepEntry): boolean {
  return !stepCommands(parsed, step).manual;
}

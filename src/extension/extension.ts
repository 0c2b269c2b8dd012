// The VS Code adapter's entry point: each feature lives in its own file and registers
// itself here. Nothing is linted or parsed until a runbook is open; the activation time
// goes to the "Exchange Runbook" output channel.
import { loadStarted } from './loadClock';
import * as vscode from 'vscode';
import { loadNewRunbook } from './lazy';
import { registerInventory } from './inventory';
import { type PreviewMessages, registerPreview } from './preview';
import { type AnalysisRuns, analysisRuns, registerAnalysis } from './analysis';
import { disposeLintWorker } from './worker';
import { RunbookDiagnostics } from './diagnostics';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import { registerHover } from './hover';
import { registerNavigation } from './navigation';
import { registerCommands } from './commands';
import { registerScriptExport } from './script';
import { registerConfig } from './config';
import { registerChangeRequest } from './changeRequest';
import { registerRunSteps } from './runSteps';
import { log, t } from './settings';

/** The bundle's modules are evaluated by now; VS Code calls activate() later. */
const evaluated = performance.now();

export interface ExchangeRunbookApi {
  /** Milliseconds from the start of loading the bundle to the end of activate(). */
  activationMs: number;
  /** Of which evaluating the bundle's code. */
  evaluateMs: number;
  /** Of which activate() itself. */
  activateMs: number;
  /** For the tests: how often the cached version of a document (by URI) was parsed and linted. */
  analysisRuns(uri: string): AnalysisRuns | undefined;
  /** For the tests: the type and JSON size of each message a runbook's preview posted. */
  previewMessages: PreviewMessages;
}

export async function activate(context: vscode.ExtensionContext): Promise<ExchangeRunbookApi> {
  const started = performance.now();
  // First: the edits of each version are recorded before any feature asks for its analysis.
  registerAnalysis(context);
  context.subscriptions.push({ dispose: disposeLintWorker });
  registerConfig(context);
  // The assistant is loaded when its command first runs.
  context.subscriptions.push(
    vscode.commands.registerCommand('exchangeRunbook.newRunbook', (arg?: unknown) =>
      loadNewRunbook().runNewRunbook(arg),
    ),
  );
  registerInventory(context);
  const previewMessages = registerPreview(context);
  const diagnostics = new RunbookDiagnostics();
  context.subscriptions.push(diagnostics);
  registerCodeActions(context);
  registerCompletion(context);
  registerHover(context);
  registerNavigation(context);
  registerCommands(context, diagnostics);
  registerScriptExport(context);
  registerChangeRequest(context);
  registerRunSteps(context);
  // Runbooks already open (restored editors) are linted after activation returns.
  setTimeout(() => diagnostics.lintAllOpen(), 0);
  const now = performance.now();
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const api = {
    activationMs: round(now - loadStarted),
    evaluateMs: round(evaluated - loadStarted),
    activateMs: round(now - started),
    analysisRuns,
    previewMessages,
  };
  log(t('extension.activated', { ms: api.activationMs, load: api.evaluateMs, activate: api.activateMs }));
  return api;
}

export function deactivate(): void {}

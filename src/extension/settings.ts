// The extension's settings (exchangeRunbook.*) as lint options and a display language,
// plus its localized strings and output channel. VS Code has no Swedish display language,
// so `exchangeRunbook.language` decides; `auto` follows VS Code's.
import * as vscode from 'vscode';
import {
  CORE,
  type CoreArgsParam,
  type FixWithdrawal,
  type LintOptions,
  lintOptionsFromSettings,
  localDateIso,
  type Locale,
  lookupMessage,
  type MessageArgs,
  type MessageId,
} from '../core';

export const SECTION = 'exchangeRunbook';
export const LANGUAGE_ID = 'exchange-runbook';
export const SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

export function extensionLocale(scope?: vscode.ConfigurationScope): Locale {
  return lintSettings(scope).locale ?? 'en';
}

/** asOf, rules and locale from the settings (for the document's folder when given), and today's local date. */
export function lintSettings(
  scope?: vscode.ConfigurationScope,
): Pick<LintOptions, 'asOf' | 'rules' | 'locale' | 'today'> {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const options = lintOptionsFromSettings(
    { asOf: config.get('asOf'), rules: config.get('rules'), language: config.get('language') },
    vscode.env.language,
  );
  return { ...options, today: localDateIso(new Date()) };
}

export function lintDelay(scope?: vscode.ConfigurationScope): number {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<number>('lintDelay', 300);
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), 5000) : 300;
}

/** A user-facing string in the extension's language. */
export function t<K extends MessageId>(
  id: K,
  ...rest: [...CoreArgsParam<K>, (vscode.ConfigurationScope | undefined)?]
): string {
  const [args, scope] = rest as unknown as [MessageArgs | undefined, vscode.ConfigurationScope | undefined];
  return lookupMessage(CORE, extensionLocale(scope), id, args);
}

let channel: vscode.OutputChannel | undefined;

export function output(): vscode.OutputChannel {
  channel ??= vscode.window.createOutputChannel('Exchange Runbook');
  return channel;
}

export function log(message: string): void {
  output().appendLine(`[${new Date().toISOString().slice(11, 23)}] ${message}`);
}

const withdrawalsLogged = new Set<string>();

/**
 * Logs a fix the core withdrew (it would have broken the YAML, added an error or overlapped
 * itself) once per session: a rule's fault to report, never an error for the user.
 */
export function logFixWithdrawn(withdrawal: FixWithdrawal): void {
  const key = `${withdrawal.ruleId}|${withdrawal.reason}|${withdrawal.title}`;
  if (withdrawalsLogged.has(key)) return;
  withdrawalsLogged.add(key);
  log(`fix withdrawn (${withdrawal.reason}): ${withdrawal.ruleId}: ${withdrawal.title}`);
}

export function isRunbook(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

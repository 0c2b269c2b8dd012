// Code actions on runbook diagnostics: the finding's own fix (preferred), "Fix all <rule>
// problems" when the rule has more than one fix, "Disable <rule> for this line", "Show
// documentation for <rule>"; and "Fix all auto-fixable problems" as a source.fixAll
// action, so `editor.codeActionsOnSave: { "source.fixAll.exchangeRunbook": "explicit" }`
// fixes on save. Every edit is the core's (offsets converted to positions), and only
// fixes the core has proved are offered (see fixKeepsErrors in src/core/lint.ts).
import * as vscode from 'vscode';
import {
  disableNextLineEdit,
  type Finding,
  fixAllEdits,
  fixKeepsErrors,
  type LintResult,
  type TextEdit,
} from '../core';
import { currentLint, lintOptionsNow, parsedOf, remoteFor } from './documents';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { SELECTOR, t } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('exchangeRunbook');
export const SHOW_RULE_DOCS_COMMAND = 'exchangeRunbook.showRuleDocs';

export function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(
      document.uri,
      new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)),
      e.text,
    );
  }
  return edit;
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** The finding behind a diagnostic: same rule, same range, same message. */
function findingOf(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  diagnostic: vscode.Diagnostic,
): Finding | undefined {
  const ruleId = ruleOf(diagnostic);
  if (!ruleId) return undefined;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return (
    findings.find(
      (f) =>
        f.ruleId === ruleId &&
        f.range.offset === start &&
        f.range.endOffset === end &&
        f.message === diagnostic.message,
    ) ?? findings.find((f) => f.ruleId === ruleId && f.range.offset === start && f.range.endOffset === end)
  );
}

/**
 * A fix-all action: its edit is computed when VS Code resolves it (applying it, or
 * codeActionsOnSave), not for every light-bulb request, since fixAll re-lints per pass.
 */
class FixAllAction extends vscode.CodeAction {
  constructor(
    title: string,
    kind: vscode.CodeActionKind,
    readonly document: vscode.TextDocument,
    readonly version: number,
    readonly ruleId?: string,
  ) {
    super(title, kind);
  }
}

export class RunbookCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const only = context.only;
    const wantsFixAll = !only || only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only);
    const wantsQuickFixes = !only || only.contains(vscode.CodeActionKind.QuickFix);
    const actions: vscode.CodeAction[] = [];
    // A runbook linted in the worker: its findings from there (the light bulb is asked for
    // at every cursor move); the parse only when a fix is checked.
    const version = document.version;
    const remote = await remoteFor(document);
    if (document.version !== version) return [];
    const findings = remote?.findings ?? currentLint(document).findings;
    let before: LintResult | undefined;
    const result = (): LintResult =>
      (before ??= remote ? { findings: remote.findings, parsed: parsedOf(document) } : currentLint(document));
    if (wantsQuickFixes) {
      const rulesDone = new Set<string>();
      for (const diagnostic of context.diagnostics) {
        const finding = findingOf(document, findings, diagnostic);
        if (!finding) continue;
        // lint re-parsed every fix it offers; a quick fix is also re-linted, so it never adds an error.
        if (finding.fix && fixKeepsErrors(document.getText(), finding.fix, lintOptionsNow(document.uri), result())) {
          const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
          action.isPreferred = true;
          action.diagnostics = [diagnostic];
          action.edit = workspaceEdit(document, finding.fix.edits);
          actions.push(action);
        }
        if (finding.ruleId !== 'yaml-syntax') {
          const action = new vscode.CodeAction(
            t('extension.action.disable', { rule: finding.ruleId }, document.uri),
            vscode.CodeActionKind.QuickFix,
          );
          action.diagnostics = [diagnostic];
          action.edit = workspaceEdit(document, [
            disableNextLineEdit(document.getText(), finding.range.offset, finding.ruleId),
          ]);
          actions.push(action);
        }
        if (rulesDone.has(finding.ruleId)) continue;
        rulesDone.add(finding.ruleId);
        const sameRule = findings.filter((f) => f.ruleId === finding.ruleId && f.fix);
        if (sameRule.length > 1) {
          const title = t('extension.action.fixAllRule', { rule: finding.ruleId }, document.uri);
          const action = new FixAllAction(
            title,
            vscode.CodeActionKind.QuickFix,
            document,
            document.version,
            finding.ruleId,
          );
          action.diagnostics = context.diagnostics.filter((d) => ruleOf(d) === finding.ruleId);
          actions.push(action);
        }
        const docs = new vscode.CodeAction(
          t('extension.action.docs', { rule: finding.ruleId }, document.uri),
          vscode.CodeActionKind.QuickFix,
        );
        docs.diagnostics = [diagnostic];
        docs.command = { command: SHOW_RULE_DOCS_COMMAND, title: docs.title, arguments: [finding.ruleId] };
        actions.push(docs);
      }
    }
    if (wantsFixAll && findings.some((f) => f.fix)) {
      actions.push(
        new FixAllAction(
          t('extension.action.fixAll', undefined, document.uri),
          FIX_ALL_KIND,
          document,
          document.version,
        ),
      );
    }
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (
      action instanceof FixAllAction &&
      !action.edit &&
      !action.document.isClosed &&
      action.document.version === action.version
    ) {
      const fixed = fixAllEdits(action.document.getText(), lintOptionsNow(action.document.uri), action.ruleId);
      action.edit = workspaceEdit(action.document, fixed.edits);
    }
    return action;
  }
}

export function registerCodeActions(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(SELECTOR, new RunbookCodeActions(), RunbookCodeActions.metadata),
  );
}

// Completion in runbooks; the items come from the core (core/editor/completion.ts).
import * as vscode from 'vscode';
import { CompletionKind, completionsAt, formatDoneAt } from '../core';
import { executorName } from './executor';
import { SELECTOR, extensionLocale } from './settings';
import { analysisOf } from './analysis';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  action: vscode.CompletionItemKind.Function,
  field: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  server: vscode.CompletionItemKind.Reference,
  tenant: vscode.CompletionItemKind.Constant,
  batch: vscode.CompletionItemKind.Reference,
  domain: vscode.CompletionItemKind.Value,
};

export class RunbookCompletion implements vscode.CompletionItemProvider {
  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): Promise<vscode.CompletionItem[]> {
    const analysis = analysisOf(document);
    const line = document.lineAt(position.line).text;
    // Who is at the keyboard is worked out (git may run) only where it is offered.
    const executor = /^\s*(?:-\s+)?doneBy\s*:/.test(line) ? await executorName(document.uri) : undefined;
    if (document.version !== analysis.version) return [];
    // The shared parse serves a value's context (a key being typed is parsed with its line
    // repaired); the diagnostics of this version need the same parse anyway.
    const entries = completionsAt(
      analysis.text,
      document.offsetAt(position),
      {
        locale: extensionLocale(document.uri),
        now: formatDoneAt(Date.now(), -new Date().getTimezoneOffset()),
        executor,
      },
      analysis.parsed(),
    );
    return entries.map((entry) => {
      const item = new vscode.CompletionItem(entry.label, KINDS[entry.kind]);
      item.insertText = entry.insertText;
      item.sortText = entry.sortText;
      item.filterText = entry.label;
      if (entry.detail) item.detail = entry.detail;
      if (entry.documentation) item.documentation = new vscode.MarkdownString(entry.documentation);
      const start = document.positionAt(entry.range.start);
      const end = document.positionAt(entry.range.end);
      // Replace the word the cursor is in; the part before the cursor filters the list.
      item.range = { inserting: new vscode.Range(start, position), replacing: new vscode.Range(start, end) };
      if (entry.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: '' };
      return item;
    });
  }
}

export function registerCompletion(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      new RunbookCompletion(),
      ' ',
      ':',
      '[',
      ',',
      '"',
      "'",
      '-',
    ),
  );
}

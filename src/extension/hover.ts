// Hover in runbooks; the Markdown comes from the core (core/editor/hover.ts).
import * as vscode from 'vscode';
import { hoverAt } from '../core';
import { runbookSettingsNow } from './config';
import { SELECTOR } from './settings';
import { inventoryHover } from './inventory';
import { analysisOf } from './analysis';

export class RunbookHover implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const settings = runbookSettingsNow(document.uri);
    const analysis = analysisOf(document);
    const content = hoverAt(
      analysis.text,
      document.offsetAt(position),
      { locale: settings.locale, asOf: settings.asOf, today: settings.today },
      analysis.parsed(),
    );
    // A server name: what the runbook's inventory says about that server.
    const word = document.getWordRangeAtPosition(position, /[A-Za-z0-9_.-]+/);
    const extra = word ? inventoryHover(document.uri, document.getText(word), settings.locale ?? 'en') : undefined;
    if (!content && !extra) return undefined;
    const markdown = [content?.markdown, extra].filter(Boolean).join('\n\n---\n\n');
    const range = content
      ? new vscode.Range(document.positionAt(content.range.start), document.positionAt(content.range.end))
      : word;
    return new vscode.Hover(new vscode.MarkdownString(markdown), range);
  }
}

export function registerHover(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(SELECTOR, new RunbookHover()));
}

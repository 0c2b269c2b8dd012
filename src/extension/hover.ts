// Hover in runbooks; the Markdown comes from the core (core/editor/hover.ts).
import * as vscode from 'vscode';
import { hoverAt } from '../core/editor/hover';
import { SELECTOR, lintSettings } from './settings';

export class RunbookHover implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const settings = lintSettings(document.uri);
    const content = hoverAt(document.getText(), document.offsetAt(position), { locale: settings.locale, asOf: settings.asOf, today: settings.today });
    if (!content) return undefined;
    const range = new vscode.Range(document.positionAt(content.range.start), document.positionAt(content.range.end));
    return new vscode.Hover(new vscode.MarkdownString(content.markdown), range);
  }
}

export function registerHover(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(SELECTOR, new RunbookHover()));
}

// Outline, folding, go to definition, find references and rename for runbooks; the
// logic is the core's (core/editor/symbols.ts, references.ts).
import * as vscode from 'vscode';
import {
  definitionAt,
  documentSymbols,
  foldingRanges,
  OutlineSymbol,
  prepareRenameAt,
  referencesAt,
  renameEdits,
} from '../core';
import { parsedOf, remoteFor } from './documents';
import { analysisOf, type RemoteAnalysis } from './analysis';
import { workspaceEdit } from './codeActions';
import { SELECTOR, extensionLocale, t } from './settings';

function range(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

function toSymbol(document: vscode.TextDocument, symbol: OutlineSymbol): vscode.DocumentSymbol {
  const kind = symbol.kind === 'phase' ? vscode.SymbolKind.Namespace : vscode.SymbolKind.Event;
  const result = new vscode.DocumentSymbol(
    symbol.name,
    symbol.detail,
    kind,
    range(document, symbol.range),
    range(document, symbol.selectionRange),
  );
  result.children = symbol.children.map((child) => toSymbol(document, child));
  return result;
}

/**
 * Outline and folding of a runbook linted in the worker come from the worker's parse,
 * unless this thread has parsed the version anyway (then that is quicker).
 */
async function fromWorker(document: vscode.TextDocument): Promise<RemoteAnalysis | 'stale' | undefined> {
  if (analysisOf(document).hasParse()) return undefined;
  const version = document.version;
  const remote = await remoteFor(document);
  // Typed on meanwhile: VS Code asks again for the new version and drops this answer.
  return document.version === version ? remote : 'stale';
}

export class RunbookNavigation
  implements
    vscode.DocumentSymbolProvider,
    vscode.DefinitionProvider,
    vscode.ReferenceProvider,
    vscode.RenameProvider,
    vscode.FoldingRangeProvider
{
  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const remote = await fromWorker(document);
    if (remote === 'stale') return [];
    const symbols = remote?.symbols ?? documentSymbols(parsedOf(document), extensionLocale(document.uri));
    return symbols.map((s) => toSymbol(document, s));
  }

  async provideFoldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    const remote = await fromWorker(document);
    if (remote === 'stale') return [];
    return (remote?.folding ?? foldingRanges(parsedOf(document)))
      .map(
        (f) =>
          new vscode.FoldingRange(
            document.positionAt(f.start).line,
            document.positionAt(f.end).line,
            vscode.FoldingRangeKind.Region,
          ),
      )
      .filter((f) => f.end > f.start);
  }

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const definition = definitionAt(parsedOf(document), document.offsetAt(position));
    return definition ? new vscode.Location(document.uri, range(document, definition.range)) : undefined;
  }

  provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): vscode.Location[] {
    return referencesAt(parsedOf(document), document.offsetAt(position), context.includeDeclaration).map(
      (o) => new vscode.Location(document.uri, range(document, o.range)),
    );
  }

  prepareRename(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): { range: vscode.Range; placeholder: string } {
    const target = prepareRenameAt(parsedOf(document), document.offsetAt(position));
    if (!target) throw new Error(t('extension.rename.notAName', undefined, document.uri));
    return { range: range(document, target.range), placeholder: target.name };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const result = renameEdits(parsedOf(document), document.offsetAt(position), newName);
    if ('error' in result) {
      const id =
        result.error === 'notAName'
          ? 'extension.rename.notAName'
          : result.error === 'taken'
            ? 'extension.rename.taken'
            : result.kind === 'batch'
              ? 'extension.rename.invalidBatch'
              : 'extension.rename.invalidServer';
      throw new Error(t(id, undefined, document.uri));
    }
    return workspaceEdit(document, result.edits);
  }
}

export function registerNavigation(context: vscode.ExtensionContext): void {
  const navigation = new RunbookNavigation();
  // One provider answers outline, folding, go to definition, references and rename.
  const { languages } = vscode;
  const features = [
    languages.registerDocumentSymbolProvider,
    languages.registerFoldingRangeProvider,
    languages.registerDefinitionProvider,
    languages.registerReferenceProvider,
    languages.registerRenameProvider,
  ];
  context.subscriptions.push(...features.map((register) => register(SELECTOR, navigation)));
}

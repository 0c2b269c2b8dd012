// `.exchange-runbook.json` in the editor, so the Problems panel and CI agree: the core
// finds the nearest one to each runbook (read from an open editor first, else through
// vscode.workspace.fs, which also serves virtual workspaces) and the settings go on top.
// A config file's problems are diagnostics on its keys; wrong rule ids or severities in
// the `exchangeRunbook.rules` setting are a warning notification and a line in the
// output channel (settings.json underlines them too, from the setting's schema).
import * as vscode from 'vscode';
import {
  CONFIG_FILE_NAME,
  ConfigFinder,
  ConfigHost,
  ConfigProblem,
  configProblemMessage,
  FILE_LIMITS,
  FoundConfig,
  type LintOptions,
  parseConfig,
  rulesProblems,
  withSettings,
} from '../core';
import { describeRefusal, readRegularUri, statUri } from './files';
import { lintSettings, log, SECTION, t } from './settings';

export const CONFIG_DIAGNOSTIC_SOURCE = 'exchange-runbook';

function openText(uri: vscode.Uri): string | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.getText();
}

const host: ConfigHost<vscode.Uri> = {
  parent: (dir) => {
    if (!dir.path.startsWith('/') || dir.path === '/') return undefined;
    const parent = vscode.Uri.joinPath(dir, '..');
    return parent.path === dir.path ? undefined : parent;
  },
  join: (dir, name) => vscode.Uri.joinPath(dir, name),
  key: (uri) => uri.toString(),
  read: async (file) => {
    const open = openText(file);
    if (open !== undefined) return open;
    // A regular file of at most 1 MB, as the CLI reads it: a FIFO under the name would
    // otherwise block a reader thread of the extension host for good. A directory there
    // is passed over quietly; anything else unreadable is passed over and logged.
    const stat = await statUri(file);
    if (stat && 'type' in stat && stat.type & vscode.FileType.Directory) return undefined;
    const read = await readRegularUri(file, FILE_LIMITS.config);
    if (read === undefined || typeof read === 'string') return read;
    if (read instanceof Uint8Array) return new TextDecoder().decode(read);
    log(t('extension.config.unreadable', { file: file.toString(true), reason: describeRefusal(read) }));
    return undefined;
  },
};

export function isConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CONFIG_FILE_NAME}`);
}

function dirOf(runbook: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(runbook, '..');
}

class ConfigFiles implements vscode.Disposable {
  readonly finder = new ConfigFinder(host);
  readonly collection = vscode.languages.createDiagnosticCollection('exchange-runbook-config');
  /** The last config found for each directory, for features that cannot wait, and the generation it was found in. */
  readonly latest = new Map<string, { found: FoundConfig<vscode.Uri>; generation: number }>();
  /** Moves on whenever a config file may have changed: a config found in an older generation may be stale. */
  generation = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private shownSettingsProblems = new Set<string>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    this.disposables.push(
      this.collection,
      this.changed,
      watcher,
      watcher.onDidCreate(() => this.invalidate()),
      watcher.onDidChange(() => this.invalidate()),
      watcher.onDidDelete((uri) => {
        this.collection.delete(uri);
        this.invalidate();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (isConfigFile(document.uri)) this.publish(document.uri, document.getText());
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!isConfigFile(event.document.uri) || event.contentChanges.length === 0) return;
        this.publish(event.document.uri, event.document.getText());
        this.invalidate();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // Unsaved edits are gone: the file on disk applies again.
        if (isConfigFile(document.uri) && document.isDirty) this.invalidate();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.rules`)) this.checkSettings();
      }),
    );
    for (const document of vscode.workspace.textDocuments)
      if (isConfigFile(document.uri)) this.publish(document.uri, document.getText());
  }

  private invalidate(): void {
    this.generation++;
    this.finder.clear();
    this.changed.fire();
  }

  async forRunbook(runbook: vscode.Uri): Promise<FoundConfig<vscode.Uri>> {
    // An untitled runbook is in no folder: no config file applies, only the settings.
    if (runbook.scheme === 'untitled' || !runbook.path.startsWith('/')) return { config: { rules: {} }, problems: [] };
    const dir = dirOf(runbook);
    let generation: number;
    let found: FoundConfig<vscode.Uri>;
    let tries = 0;
    // A lookup that began before a config file changed may have read the old file: look
    // again (a few times; a file rewritten without pause gets its own lint when it settles).
    do {
      generation = this.generation;
      found = await this.finder.forDirectory(dir);
    } while (generation !== this.generation && ++tries < 3);
    const previous = this.latest.get(dir.toString())?.found;
    this.latest.set(dir.toString(), { found, generation });
    if (found.file && found.text !== undefined && previous !== found) this.publish(found.file, found.text);
    return found;
  }

  /** The config file's problems as diagnostics on its keys (errors: the CLI stops on them). */
  publish(file: vscode.Uri, text: string): void {
    const { problems } = parseConfig(text);
    const clean = text.replace(/^\uFEFF/, '');
    const locale = lintSettings(file).locale ?? 'en';
    this.collection.set(
      file,
      problems.map((problem) => {
        const diagnostic = new vscode.Diagnostic(
          rangeOf(clean, problem),
          configProblemMessage(locale, problem),
          vscode.DiagnosticSeverity.Error,
        );
        diagnostic.source = CONFIG_DIAGNOSTIC_SOURCE;
        diagnostic.code = `config-${problem.id}`;
        return diagnostic;
      }),
    );
  }

  /**
   * Wrong entries of `exchangeRunbook.rules` in any settings scope: logged, and shown once
   * per session as a warning that opens the settings.
   */
  checkSettings(): string[] {
    // Folder settings exist apart from the workspace's only in a multi-root workspace.
    const folders = vscode.workspace.workspaceFile ? (vscode.workspace.workspaceFolders ?? []) : [];
    const scopes: (vscode.WorkspaceFolder | undefined)[] = [undefined, ...folders];
    const lines: string[] = [];
    for (const scope of scopes) {
      const inspected = vscode.workspace.getConfiguration(SECTION, scope).inspect('rules');
      const values: [string, unknown][] = scope
        ? [[scope.name, inspected?.workspaceFolderValue]]
        : [
            ['User', inspected?.globalValue],
            ['Workspace', inspected?.workspaceValue],
          ];
      for (const [where, value] of values) {
        for (const problem of rulesProblems(value)) {
          const id = problem.problem === 'rule' ? 'extension.settings.rule' : 'extension.settings.severity';
          lines.push(t(id, { where, rule: problem.rule, value: problem.value ?? '' }));
        }
      }
    }
    const unseen = [...new Set(lines)].filter((line) => !this.shownSettingsProblems.has(line));
    for (const line of unseen) {
      this.shownSettingsProblems.add(line);
      log(line);
    }
    if (unseen.length) {
      const open = t('extension.settings.open');
      void vscode.window.showWarningMessage(unseen.join(' '), open).then((choice) => {
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.rules`);
      });
    }
    return lines;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function rangeOf(text: string, problem: ConfigProblem): vscode.Range {
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = (before.match(/\n/g) ?? []).length;
    return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
  };
  return new vscode.Range(position(problem.offset), position(problem.offset + problem.length));
}

let files: ConfigFiles | undefined;

export function registerConfig(context: vscode.ExtensionContext): ConfigFiles {
  files = new ConfigFiles();
  context.subscriptions.push(files, { dispose: () => (files = undefined) });
  // After activation: a notification must not hold up start-up.
  setTimeout(() => files?.checkSettings(), 0);
  return files;
}

export function onDidChangeConfigFile(listener: () => void): vscode.Disposable {
  return files?.onDidChange(listener) ?? new vscode.Disposable(() => undefined);
}

/** asOf, rules and locale for a runbook: its nearest config file, the settings on top. */
export async function runbookSettings(
  runbook: vscode.Uri,
): Promise<Pick<LintOptions, 'asOf' | 'rules' | 'locale' | 'today'>> {
  const settings = lintSettings(runbook);
  const found = files ? await files.forRunbook(runbook) : undefined;
  return found ? { locale: settings.locale, today: settings.today, ...withSettings(found.config, settings) } : settings;
}

/** The same without waiting (code actions, hover): the config last found for the runbook's folder. */
export function runbookSettingsNow(runbook: vscode.Uri): Pick<LintOptions, 'asOf' | 'rules' | 'locale' | 'today'> {
  const settings = lintSettings(runbook);
  const found = files?.latest.get(dirOf(runbook).toString())?.found;
  return found ? { locale: settings.locale, today: settings.today, ...withSettings(found.config, settings) } : settings;
}

/**
 * The config runbookSettingsNow gives for the runbook is the one on disk: found since the
 * config files last changed. Until then a lint made with it must not stand as the version's
 * lint (the diagnostics would publish the old config's findings).
 */
export function configIsCurrent(runbook: vscode.Uri): boolean {
  if (!files || runbook.scheme === 'untitled' || !runbook.path.startsWith('/')) return true;
  return files.latest.get(dirOf(runbook).toString())?.generation === files.generation;
}

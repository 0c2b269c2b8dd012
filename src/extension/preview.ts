// The checklist preview: a webview beside the runbook that shows it as a checklist and
// writes ticks back as `done:` edits. One preview per runbook, restored after a reload,
// optionally following the active runbook editor; plus the Markdown and HTML exports.
// Rendering and the edit come from the core (the CLI uses the same code); the renderers
// are loaded when the first preview or export needs them (./lazy.ts).
import * as vscode from 'vscode';
import {
  type BodyParts,
  buildChecklist,
  type ChecklistArgsParam,
  ChecklistMemo,
  commandContextKey,
  checklistMessage,
  ChecklistMessageId,
  type LintOptions,
  type Locale,
  pageChanges,
  ParsedRunbook,
  parseWebviewMessage,
  PREVIEW_VIEW_TYPE,
  previewContent,
  previewFromLint,
  PreviewState,
  type SentPage,
  type FromWebview,
  resolveToggleTarget,
  skipEdits,
  stepAt,
  StepInfo,
  tickEdits,
  type TextEdit,
  unskipEdits,
  untickEdits,
  formatDoneAt,
  ToWebview,
} from '../core';
import { executorName } from './executor';
import { extensionLocale, lintDelay } from './settings';
import { workspaceEdit } from './codeActions';
import { nonce } from './nonce';
import { lintOptionsFor, remoteFor } from './documents';
import { loadRenderer } from './lazy';
import { onDidChangeConfigFile } from './config';
import { analysisOf } from './analysis';
import { checkDelay } from './debounce';
import { canRunInTerminal, COPY_COMMANDS_COMMAND, isRunnable, RUN_IN_TERMINAL_COMMAND } from './runSteps';

const RUNBOOK_NAME = /\.runbook\.ya?ml$/i;

export function isRunbookDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'exchange-runbook' || RUNBOOK_NAME.test(document.uri.path);
}

/** exchangeRunbook.language: `auto` follows VS Code's display language. */
export function previewLocale(): Locale {
  return extensionLocale();
}

function t<K extends ChecklistMessageId>(id: K, ...args: ChecklistArgsParam<K>): string {
  return checklistMessage(previewLocale(), id, ...args);
}

/**
 * The same options the editor's diagnostics use (asOf, rules for the document's folder,
 * the files it names read through vscode.workspace.fs), so the findings agree.
 */
async function lintOptions(document: vscode.TextDocument, locale: Locale): Promise<LintOptions> {
  const analysis = analysisOf(document);
  return { ...(await lintOptionsFor(document.uri, analysis.text, analysis.parsed())), locale };
}

/** The file name at the end of a URI's path. */
function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

interface Rendered {
  version: number;
  parsed: ParsedRunbook;
}

class ChecklistPreview {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private rendered: Rendered | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private renderTicket = 0;
  /** The page the webview shows, when it was sent whole or patched: the next render sends the changes. */
  private sent: SentPage | undefined;
  /** The previous build's steps and their HTML: a keystroke rebuilds only the steps it changed. */
  private memo = new ChecklistMemo();
  /** Size of each message posted (test hook, the API's previewMessages). */
  readonly posted: { type: string; length: number }[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    public uri: vscode.Uri,
    private readonly manager: PreviewManager,
  ) {
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [
        vscode.Uri.joinPath(manager.extensionUri, 'media'),
        vscode.Uri.joinPath(manager.extensionUri, 'dist', 'webview'),
      ],
    };
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message) => void this.onMessage(message)),
      panel.onDidChangeViewState(() => {
        if (panel.active) manager.lastActive = this;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    this.setHtml();
  }

  /** The page itself, set once per panel (and when the language changes); content arrives by message. */
  setHtml(): void {
    const webview = this.panel.webview;
    const scriptNonce = nonce();
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.manager.extensionUri, 'media', 'preview.css'));
    const script = webview.asWebviewUri(
      vscode.Uri.joinPath(this.manager.extensionUri, 'dist', 'webview', 'preview.js'),
    );
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${scriptNonce}'`,
      `img-src ${webview.cspSource} https: data:`,
    ].join('; ');
    this.ready = false;
    this.sent = undefined;
    this.panel.title = t('preview.title', { file: baseName(this.uri) });
    webview.html = [
      '<!DOCTYPE html>',
      `<html lang="${previewLocale()}">`,
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<link rel="stylesheet" href="${style}">`,
      '</head>',
      '<body>',
      '<main id="checklist" class="cl-checklist"></main>',
      `<script nonce="${scriptNonce}" src="${script}"></script>`,
      '</body>',
      '</html>',
    ].join('\n');
  }

  retarget(uri: vscode.Uri): void {
    this.uri = uri;
    this.rendered = undefined;
    this.sent = undefined;
    this.memo = new ChecklistMemo();
    this.posted.length = 0;
    this.panel.title = t('preview.title', { file: baseName(uri) });
    void this.render();
  }

  scheduleRender(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, this.delay());
  }

  /** The diagnostics' wait (./debounce.ts): the render then takes their lint of the version. */
  private delay(): number {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
    return document ? checkDelay(document, lintDelay(this.uri)) : lintDelay(this.uri);
  }

  async render(): Promise<void> {
    if (!this.ready) return;
    const locale = previewLocale();
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(this.uri);
    } catch (err) {
      const reason = (err as Error)?.message ?? String(err);
      void this.post({
        type: 'render',
        html: `<p class="cl-empty">${escapeText(t('preview.fileMissing', { file: baseName(this.uri), reason }))}</p>`,
        version: -1,
        uri: this.uri.toString(),
        steps: [],
        highlight: -1,
      });
      return;
    }
    const analysis = analysisOf(document);
    const version = analysis.version;
    const ticket = ++this.renderTicket;
    // A runbook linted in the worker: its findings from there, the checklist from this
    // thread's parse (the preview needs the syntax tree).
    const remote = remoteFor(document);
    const options = await lintOptions(document, locale);
    const fromWorker = remote ? await remote : undefined;
    // Reading the files it names took a while: a newer render (or a retarget) wins.
    if (ticket !== this.renderTicket || document.uri.toString() !== this.uri.toString()) return;
    // Always posted, also in the error state: the page must not keep showing an older runbook.
    const now = Date.now();
    const renderer = loadRenderer();
    let parts: BodyParts | undefined;
    const memo = this.memo;
    // The body in parts, joined only when it is sent whole. Without `now`: the webview draws
    // the timeline again in the viewer's time zone with it, and the parts stay comparable.
    const content = previewContent(
      analysis.text,
      options,
      locale,
      (checklist) => {
        // The steps with commands get Copy commands / Run in terminal buttons (./runSteps.ts);
        // the memo asks again only for the steps that changed.
        const parsed = analysis.parsed();
        const steps = memo.runnable(parsed, commandContextKey(parsed), (step) => isRunnable(parsed, step));
        const run = { steps, terminal: canRunInTerminal() };
        parts = renderer.renderChecklistParts(checklist, { mode: 'preview', run }, memo);
        return '';
      },
      (_text, lintOptions, contentLocale, renderBody) =>
        previewFromLint(
          fromWorker ? { findings: fromWorker.findings, parsed: analysis.parsed() } : analysis.lint(lintOptions),
          contentLocale,
          renderBody,
          memo,
        ),
    );
    this.rendered = content.parsed ? { version, parsed: content.parsed } : undefined;
    const page: SentPage | undefined = parts && content.parsed ? { version, parts, steps: content.steps } : undefined;
    const highlight = content.parsed ? this.cursorStep(content.parsed) : -1;
    const timeline = content.timeline ? { timeline: content.timeline, now } : {};
    const changes = page && this.sent ? pageChanges(this.sent, page) : undefined;
    const message: ToWebview =
      changes && this.sent
        ? {
            type: 'patch',
            base: this.sent.version,
            version,
            uri: this.uri.toString(),
            highlight,
            ...(changes.top !== undefined ? { top: changes.top, ...timeline } : {}),
            phases: changes.phases,
            steps: changes.steps,
          }
        : {
            type: 'render',
            html: page ? renderer.joinBodyParts(page.parts) : content.html,
            version,
            uri: this.uri.toString(),
            steps: content.steps,
            highlight,
            ...timeline,
          };
    this.sent = page;
    if (!(await this.post(message))) this.sent = undefined;
  }

  /** The step under the cursor of a visible editor of this runbook, or -1. */
  private cursorStep(parsed: ParsedRunbook): number {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    if (!editor) return -1;
    return stepAt(parsed, editor.document.offsetAt(editor.selection.active))?.index ?? -1;
  }

  highlightAt(document: vscode.TextDocument, offset: number): void {
    if (!this.rendered || this.rendered.version !== document.version) return;
    void this.post({ type: 'highlight', stepIndex: stepAt(this.rendered.parsed, offset)?.index ?? -1 });
  }

  /** False when the message did not reach the page (closed meanwhile, or hidden and not kept). */
  private async post(message: ToWebview): Promise<boolean> {
    if (message.type !== 'highlight') {
      this.posted.push({ type: message.type, length: JSON.stringify(message).length });
      if (this.posted.length > 100) this.posted.shift();
    }
    try {
      return await this.panel.webview.postMessage(message);
    } catch {
      return false;
    }
  }

  private async onMessage(raw: unknown): Promise<void> {
    let document: vscode.TextDocument | undefined;
    try {
      document = await vscode.workspace.openTextDocument(this.uri);
    } catch {
      document = undefined;
    }
    const message = parseWebviewMessage(raw);
    if (!message) return;
    if (message.type === 'ready') {
      // A new page (a reload, or a patch it could not apply): it gets the whole body.
      this.ready = true;
      this.sent = undefined;
      await this.render();
      return;
    }
    if (!document) return;
    if (message.type === 'revealStep') {
      const target = resolveToggleTarget(analysisOf(document).parsed(), document.version, message);
      // A step that changed or is gone since the page was drawn: the page is drawn again instead.
      if ('refused' in target) await this.render();
      else await this.reveal(document, target.step.node.range?.[0] ?? 0);
      return;
    }
    if (message.type === 'runStep') {
      const { stepIndex, identity, version } = message;
      const command = message.how === 'copy' ? COPY_COMMANDS_COMMAND : RUN_IN_TERMINAL_COMMAND;
      await vscode.commands.executeCommand(command, { uri: this.uri.toString(), stepIndex, identity, version });
      return;
    }
    if (message.type === 'revealPhase') {
      // The phase as the document has it now (the bar may be from an older render).
      const parsed = analysisOf(document).parsed();
      const phase = parsed.phases[message.phaseIndex];
      if (phase) await this.reveal(document, phase.node.range?.[0] ?? 0);
      return;
    }
    if (message.type === 'skip') {
      await this.skip(document, message);
      return;
    }
    await this.toggle(document, message.stepIndex, message.identity, message.version, message.done);
  }

  private async reveal(document: vscode.TextDocument, offset: number): Promise<void> {
    const position = document.positionAt(offset);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
    const column =
      visible?.viewColumn ??
      (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /**
   * Writes `done:` for the step the webview showed. When the document changed since that
   * render, the step is found again by its identity; when that is not certain, nothing is
   * written: a tick must never land on another step.
   */
  private async toggle(
    document: vscode.TextDocument,
    stepIndex: number,
    identity: StepInfo['identity'],
    version: number,
    done: boolean,
  ): Promise<void> {
    // Who and when are settled before the document is read again: git may take a moment.
    const stamp = done
      ? { doneAt: formatDoneAt(Date.now(), -new Date().getTimezoneOffset()), doneBy: await executorName(document.uri) }
      : undefined;
    await this.write(document, { stepIndex, identity, version }, (parsed, index) =>
      stamp ? tickEdits(parsed, index, stamp) : untickEdits(parsed, index),
    );
  }

  /** "Skip step…": asks why, then writes `skipped: <reason>`; or takes a skip back. */
  private async skip(document: vscode.TextDocument, message: Extract<FromWebview, { type: 'skip' }>): Promise<void> {
    let reason: string | undefined;
    if (message.skip) {
      reason = await vscode.window.showInputBox({
        title: t('preview.skipTitle'),
        prompt: t('preview.skipPrompt'),
        placeHolder: t('preview.skipPlaceholder'),
        ignoreFocusOut: true,
        validateInput: (value) => (value.trim() ? undefined : t('preview.skipEmpty')),
      });
      if (reason === undefined || !reason.trim()) return;
    }
    await this.write(document, message, (parsed, index) =>
      reason !== undefined ? skipEdits(parsed, index, reason) : unskipEdits(parsed, index),
    );
  }

  /**
   * Applies the edits `make` gives for the step the webview showed, as one undoable
   * change. When the document changed since that render, the step is found again by its
   * identity; when that is not certain, nothing is written: a tick must never land on
   * another step.
   */
  private async write(
    document: vscode.TextDocument,
    request: { stepIndex: number; identity: StepInfo['identity']; version: number },
    make: (parsed: ParsedRunbook, stepIndex: number) => TextEdit[] | undefined,
  ): Promise<void> {
    const parsed = analysisOf(document).parsed();
    const target = resolveToggleTarget(parsed, document.version, request);
    if ('refused' in target) {
      void vscode.window.showWarningMessage(
        t(target.refused === 'stepChanged' ? 'preview.stepChanged' : 'preview.stepMoved'),
      );
      await this.render();
      return;
    }
    const edits = make(parsed, target.step.index);
    if (!edits || edits.length === 0) {
      if (!edits) void vscode.window.showWarningMessage(t('preview.editFailed'));
      await this.render();
      return;
    }
    const wasDirty = document.isDirty;
    const applied = await vscode.workspace.applyEdit(workspaceEdit(document, edits));
    if (!applied) {
      void vscode.window.showWarningMessage(t('preview.editFailed'));
      await this.render();
      return;
    }
    // A tick in a saved runbook is saved too (undo in the editor still takes it back);
    // a runbook with unsaved work stays unsaved, as the user left it.
    if (!wasDirty) await document.save();
    await this.render();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.manager.forget(this);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function escapeText(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

class PreviewManager {
  private readonly previews = new Set<ChecklistPreview>();
  lastActive: ChecklistPreview | undefined;

  constructor(readonly extensionUri: vscode.Uri) {}

  find(uri: vscode.Uri): ChecklistPreview | undefined {
    const key = uri.toString();
    for (const preview of this.previews) if (preview.uri.toString() === key) return preview;
    return undefined;
  }

  open(uri: vscode.Uri): ChecklistPreview {
    const existing = this.find(uri);
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn, true);
      this.lastActive = existing;
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      t('preview.title', { file: baseName(uri) }),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true },
    );
    return this.adopt(panel, uri);
  }

  adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): ChecklistPreview {
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-icon.svg');
    const preview = new ChecklistPreview(panel, uri, this);
    this.previews.add(preview);
    this.lastActive = preview;
    return preview;
  }

  forget(preview: ChecklistPreview): void {
    this.previews.delete(preview);
    if (this.lastActive === preview) this.lastActive = undefined;
  }

  all(): ChecklistPreview[] {
    return [...this.previews];
  }

  /** With followActiveEditor, the last used preview shows whichever runbook becomes active. */
  follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isRunbookDocument(editor.document)) return;
    if (!vscode.workspace.getConfiguration('exchangeRunbook').get<boolean>('preview.followActiveEditor', true)) return;
    if (this.find(editor.document.uri)) return;
    const preview = this.lastActive;
    if (!preview || !preview.panel.visible) return;
    preview.retarget(editor.document.uri);
  }
}

/** The runbook a command is about: its argument (explorer, editor title), the active editor, or the active preview. */
function runbookUri(manager: PreviewManager, arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  if (editor && isRunbookDocument(editor.document)) return editor.document.uri;
  const active = manager.all().find((p) => p.panel.active) ?? manager.lastActive;
  return active?.uri;
}

async function exportChecklist(manager: PreviewManager, arg: unknown, format: 'markdown' | 'html'): Promise<void> {
  const uri = runbookUri(manager, arg);
  if (!uri) {
    void vscode.window.showInformationMessage(t('preview.noRunbook'));
    return;
  }
  const locale = previewLocale();
  const document = await vscode.workspace.openTextDocument(uri);
  const checklist = buildChecklist(analysisOf(document).lint(await lintOptions(document, locale)), locale);
  const base = baseName(uri)
    .replace(/\.runbook\.ya?ml$/i, '')
    .replace(/\.ya?ml$/i, '');
  const extension = format === 'markdown' ? 'md' : 'html';
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(uri, '..', `${base}.checklist.${extension}`),
    filters: format === 'markdown' ? { Markdown: ['md'] } : { HTML: ['html', 'htm'] },
  });
  if (!target) return;
  let content: string;
  if (format === 'markdown') {
    content = loadRenderer().renderChecklistMarkdown(checklist);
  } else {
    const styles = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(vscode.Uri.joinPath(manager.extensionUri, 'media', 'preview.css')),
    );
    // No `now`: a file is read long after it is written, and a now line frozen at export
    // time would mislead; the CLI writes the same bytes.
    content = loadRenderer().renderChecklistDocument(checklist, { styles, fileName: baseName(uri) });
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    void vscode.window.showInformationMessage(t('preview.exported', { file: baseName(target) }));
  } catch (err) {
    void vscode.window.showErrorMessage(
      t('preview.exportFailed', { file: baseName(target), reason: (err as Error)?.message ?? String(err) }),
    );
  }
}

/** The sizes of the messages a runbook's preview posted, oldest first (the tests' view of what travels). */
export type PreviewMessages = (uri: string) => { type: string; length: number }[];

export function registerPreview(context: vscode.ExtensionContext): PreviewMessages {
  const manager = new PreviewManager(context.extensionUri);
  const forDocument = (document: vscode.TextDocument) =>
    manager.all().filter((p) => p.uri.toString() === document.uri.toString());
  context.subscriptions.push(
    vscode.commands.registerCommand('exchangeRunbook.openPreview', (arg?: unknown) => {
      const uri = runbookUri(manager, arg);
      if (!uri) {
        void vscode.window.showInformationMessage(t('preview.noRunbook'));
        return undefined;
      }
      manager.open(uri);
      return undefined;
    }),
    vscode.commands.registerCommand('exchangeRunbook.exportMarkdown', (arg?: unknown) =>
      exportChecklist(manager, arg, 'markdown'),
    ),
    vscode.commands.registerCommand('exchangeRunbook.exportHtml', (arg?: unknown) =>
      exportChecklist(manager, arg, 'html'),
    ),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const saved = state as Partial<PreviewState> | undefined;
        let uri: vscode.Uri | undefined;
        try {
          uri = typeof saved?.uri === 'string' ? vscode.Uri.parse(saved.uri, true) : undefined;
        } catch {
          uri = undefined;
        }
        if (!uri || manager.find(uri)) {
          panel.dispose();
          return;
        }
        manager.adopt(panel, uri);
      },
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      for (const preview of forDocument(event.document)) preview.scheduleRender();
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      for (const preview of forDocument(document)) preview.scheduleRender();
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      const previews = forDocument(event.textEditor.document);
      if (!previews.length) return;
      const offset = event.textEditor.document.offsetAt(event.selections[0].active);
      for (const preview of previews) preview.highlightAt(event.textEditor.document, offset);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => manager.follow(editor)),
    onDidChangeConfigFile(() => {
      for (const preview of manager.all()) preview.scheduleRender();
    }),
    // Trusting the workspace brings the "Run in terminal" buttons.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      for (const preview of manager.all()) preview.scheduleRender();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('exchangeRunbook.language')) {
        for (const preview of manager.all()) preview.setHtml();
      } else if (event.affectsConfiguration('exchangeRunbook')) {
        for (const preview of manager.all()) preview.scheduleRender();
      }
    }),
    { dispose: () => manager.all().forEach((p) => p.panel.dispose()) },
  );
  return (uri) => [...(manager.find(vscode.Uri.parse(uri))?.posted ?? [])];
}

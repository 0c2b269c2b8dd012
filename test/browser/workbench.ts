// Drives the checklist preview's browser tests: a real VS Code (code-server, from the
// shared harness in test/harness/) with this extension loaded from source, its web
// workbench in Debian's Chromium through playwright-core, and the few workbench gestures
// the tests need (command palette, Quick Open, the webview's nested frames).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { launchBrowser, ROOT, startCodeServer, waitForWorkbench } from '../harness';

export { ROOT };

export interface Workbench {
  page: Page;
  workspace: string;
  settingsFile: string;
  /** Messages of every dialog (alert, confirm…) the page opened; each was dismissed. */
  dialogs: string[];
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  /** Files to put into the workspace folder: name → content. */
  files: Record<string, string>;
  settings?: Record<string, unknown>;
  /** Folder of the extension under test (default: this checkout; it must be built). */
  extensionPath?: string;
  /** The browser's time zone (default: the machine's). */
  timezoneId?: string;
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-preview-ws-'));
  for (const [name, content] of Object.entries(options.files)) fs.writeFileSync(path.join(workspace, name), content);
  const server = await startCodeServer({
    settings: {
      'workbench.tips.enabled': false,
      'chat.disableAIFeatures': true,
      'editor.minimap.enabled': false,
      'files.autoSave': 'off',
      ...options.settings,
    },
  });
  let session: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  const close = async () => {
    await session?.close();
    await server.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  };
  try {
    session = await launchBrowser({
      viewport: { width: 1400, height: 860 },
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    const extensionDevelopmentPath = options.extensionPath ?? process.env.PREVIEW_EXTENSION_PATH ?? ROOT;
    await session.page.goto(server.url({ folder: workspace, extensionDevelopmentPath }));
    await waitForWorkbench(session.page);
    return { page: session.page, workspace, settingsFile: server.settingsFile, dialogs: session.dialogs, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Runs a command from the command palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  // The first row is not always the best match: click the row whose label starts with the title.
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ hasText: new RegExp(`^${escaped}`) })
    .first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
}

/** Opens a workspace file through Quick Open. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
  await input.press('Enter');
  await page.locator(`.tab[aria-label*="${name}"]`).first().waitFor({ timeout: 15_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/**
 * Gives the keyboard focus to the text editor by clicking its first visible line, near its
 * left edge. Clicking the middle of `.view-lines` is not safe: that element is as wide as the
 * longest line and as tall as the file, so beside the preview its middle can lie outside the
 * editor, where the overview ruler took the click (seen in CI). The point is chosen in the
 * page, inside the visible editor, and checked to hit the editor's text before it is clicked.
 */
export async function focusEditor(page: Page): Promise<void> {
  const point = await poll(
    () =>
      page.evaluate(() => {
        for (const editor of Array.from(document.querySelectorAll('.part.editor .monaco-editor'))) {
          const guard = editor.querySelector('.overflow-guard')?.getBoundingClientRect();
          const lines = editor.querySelector('.view-lines');
          const box = lines?.getBoundingClientRect();
          if (!guard || !lines || !box || guard.width === 0 || guard.height === 0) continue;
          const x = Math.max(box.left, guard.left) + 20;
          // Lower lines when the first are under the sticky-scroll overlay (a deep cursor).
          for (const dy of [8, 40, 80, 120, 160, 200]) {
            const y = Math.max(box.top, guard.top) + dy;
            const hit = document.elementFromPoint(x, y);
            if (hit && editor.querySelector('.lines-content')?.contains(hit)) return { x, y };
          }
        }
        return undefined;
      }),
    (p) => p !== undefined,
    'a visible text editor line to click',
    30_000,
  );
  await page.mouse.click(point!.x, point!.y);
}

/** The content frame of the (one) visible webview: the outer iframe.webview, then #active-frame. */
export function webviewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

export async function webviewFrameHandle(page: Page): Promise<Frame> {
  const element = await webviewFrame(page).locator('html').elementHandle({ timeout: 30_000 });
  const frame = await element!.ownerFrame();
  if (!frame) throw new Error('no webview frame');
  return frame;
}

export async function poll<T>(
  read: () => T | Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 20_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${String(value).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

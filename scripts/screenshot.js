#!/usr/bin/env node
// `npm run screenshot`: docs/images/editor.png (1280x800) for the README: the invalid
// example (Exchange 2016 over 2007) in a real VS Code with the coexistence error visible,
// as a squiggle with its hover on line 31 and in the Problems panel. Uses the same
// headless code-server + Chromium as the tests, with the extension packaged and installed
// as a user would have it (so no "[Extension Development Host]" in the title).
require('tsx/cjs');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { launchBrowser, ROOT, startCodeServer, waitForWorkbench } = require('../test/harness/index.ts');

const FILE = 'invalid-2016-over-2007.runbook.yaml';
const OUT = path.join(ROOT, 'docs', 'images', 'editor.png');

async function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-screenshot-'));
  const workspace = path.join(scratch, 'northwind');
  fs.mkdirSync(workspace);
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', FILE), path.join(workspace, FILE));
  const vsix = path.join(scratch, 'exchange-runbook.vsix');
  const packaged = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (packaged.status !== 0) throw new Error(`packaging failed:\n${packaged.stdout}${packaged.stderr}`);
  let server;
  let session;
  try {
    server = await startCodeServer({
      vsix: [vsix],
      settings: {
        'workbench.colorTheme': 'Default Light Modern',
        'editor.minimap.enabled': false,
        'workbench.tips.enabled': false,
        'chat.disableAIFeatures': true,
        'window.commandCenter': false,
        'breadcrumbs.enabled': false,
        'editor.hover.delay': 100,
        'exchangeRunbook.language': 'en',
      },
    });
    session = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    const { page } = session;
    await page.goto(server.url({ folder: workspace }));
    await waitForWorkbench(page);

    // Quick Open the runbook.
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(FILE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().waitFor({ timeout: 15_000 });
    await input.press('Enter');
    await page.locator(`.tab[aria-label*="${FILE}"]`).first().waitFor({ timeout: 15_000 });

    // The Problems panel, once the extension has linted the file.
    await page.keyboard.press('Control+Shift+M');
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: 'Exchange 2016 Setup refuses' })
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(() => {
        throw new Error('no coexistence diagnostic appeared in the Problems panel within 60 s');
      });

    // Cursor on `install-exchange` (line 31, column 17), then the hover.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await input.waitFor();
    await input.fill(':31:17');
    await input.press('Enter');
    await page.waitForTimeout(300);
    await page.mouse.move(1279, 799); // off the editor, so the pointer neither hides the hover nor highlights anything
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page.locator('.monaco-hover:visible', { hasText: 'Exchange 2016 Setup refuses' }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    console.log(`saved ${path.relative(ROOT, OUT)}`);
  } finally {
    await session?.close();
    await server?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

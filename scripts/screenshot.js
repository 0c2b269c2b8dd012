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
  const packaged = spawnSync(
    process.execPath,
    [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', vsix],
    { cwd: ROOT, encoding: 'utf8' },
  );
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
    await page
      .locator('.monaco-hover:visible', { hasText: 'Exchange 2016 Setup refuses' })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    const shot = await page.screenshot();
    // PNG bytes differ run to run (a blinking cursor, anti-aliasing), so the tracked image
    // is rewritten only when the picture changed: compared pixel by pixel, decoded by the
    // same Chromium.
    const changed = fs.existsSync(OUT) ? await pixelsDiffer(session.context, fs.readFileSync(OUT), shot) : 'new';
    if (!changed) {
      console.log(`${path.relative(ROOT, OUT)} unchanged (same pixels within tolerance); not rewritten`);
      return;
    }
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, shot);
    console.log(`saved ${path.relative(ROOT, OUT)} (${changed})`);
  } finally {
    await session?.close();
    await server?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Why two PNGs are different pictures, or '' when they are the same: same size, and at
 * most 0.1 % of the pixels differ by more than 24 of 255 in a channel (the text cursor
 * alone is about 40 pixels; a changed word or colour is far more).
 */
async function pixelsDiffer(context, before, after) {
  const page = await context.newPage();
  try {
    const result = await page.evaluate(
      async ([a, b]) => {
        const decode = async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context2d = canvas.getContext('2d');
          context2d.drawImage(image, 0, 0);
          return context2d.getImageData(0, 0, image.width, image.height);
        };
        const [x, y] = [await decode(a), await decode(b)];
        if (x.width !== y.width || x.height !== y.height)
          return { size: `${x.width}x${x.height} -> ${y.width}x${y.height}` };
        let differing = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          for (let c = 0; c < 4; c++) {
            if (Math.abs(x.data[i + c] - y.data[i + c]) > 24) {
              differing++;
              break;
            }
          }
        }
        return { differing, total: x.width * x.height };
      },
      [before.toString('base64'), after.toString('base64')],
    );
    if (result.size) return `size ${result.size}`;
    return result.differing > result.total / 1000 ? `${result.differing} of ${result.total} pixels changed` : '';
  } finally {
    await page.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

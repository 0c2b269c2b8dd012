// The preview's "Run in terminal" and "Copy commands" buttons in a real VS Code
// (code-server) driven by Chromium: a click in the webview opens the terminal "Exchange
// Management Shell", which shows how to connect and has the step's command typed at its
// prompt, not run; Copy says what it copied.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openFile, poll, ROOT, runCommand, startWorkbench, webviewFrame, Workbench } from './workbench';

describe('preview buttons: Copy commands and Run in terminal', function () {
  this.timeout(180_000);
  let bench: Workbench;

  before(async function () {
    bench = await startWorkbench({
      files: {
        'cutover-small.runbook.yaml': fs.readFileSync(
          path.join(ROOT, 'test', 'fixtures', 'cutover-small.runbook.yaml'),
          'utf8',
        ),
      },
      // The DOM renderer, so that the terminal's screen is text the test can read.
      settings: { 'exchangeRunbook.language': 'en', 'terminal.integrated.gpuAcceleration': 'off' },
    });
  });

  after(async () => {
    await bench?.close();
  });

  it('Run in terminal types the step into "Exchange Management Shell" without running it', async () => {
    const { page } = bench;
    await openFile(page, 'cutover-small.runbook.yaml');
    await runCommand(page, 'Exchange Runbook: Open Checklist Preview');
    const frame = webviewFrame(page);
    await frame.locator('h1.cl-title').waitFor({ timeout: 60_000 });
    // Step 2 (index 1), grant-migration-permissions, has a command; verify-domain (index 2) has none.
    assert.deepStrictEqual(await frame.locator('#step-1 .cl-run').allTextContents(), [
      'Copy commands',
      'Run in terminal',
    ]);
    assert.strictEqual(await frame.locator('#step-2 .cl-run').count(), 0);

    await frame.locator('#step-1 .cl-run[data-run="terminal"]').click();
    const tab = page
      .locator('.terminal-tabs-entry, .single-terminal-tab')
      .filter({ hasText: 'Exchange Management Shell' });
    await tab.first().waitFor({ timeout: 60_000 });
    const screen = page.locator('.terminal-wrapper.active .xterm-rows, .xterm-rows').first();
    const text = await poll(
      async () => ((await screen.innerText().catch(() => '')) ?? '').replace(/\u00a0/g, ' '),
      (t) => t.includes("Add-MailboxPermission -User 'migration-admin@tailspintoys.com'"),
      'the command at the prompt',
      60_000,
    );
    assert.ok(text.includes('# Connect to Exchange on-premises first:'), text);
    assert.ok(text.includes('New-PSSession -ConfigurationName Microsoft.Exchange'), text);
    // Not run: bash would have answered "command not found".
    await page.waitForTimeout(1500);
    const after = ((await screen.innerText()) ?? '').replace(/\u00a0/g, ' ');
    assert.ok(!/command not found/.test(after), after);
  });

  it('Copy commands says what it copied', async () => {
    const { page } = bench;
    const frame = webviewFrame(page);
    await frame.locator('#step-1 .cl-run[data-run="copy"]').click();
    await poll(
      () =>
        page
          .locator('.statusbar')
          .innerText()
          .catch(() => ''),
      (t) => t.includes('Copied 1 command line to the clipboard'),
      'the status bar message',
    );
  });
});

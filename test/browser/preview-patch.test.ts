// The preview sends changes, not pages: in a real VS Code (code-server) with a 300-step
// runbook, a character typed into one step reaches the webview as a small `patch`
// message, and the page shows it with every other step's element left in place (and the
// scroll position kept).
import * as assert from 'assert';
import * as path from 'path';
import * as fs from 'fs';
import { generateRunbook } from '../../scripts/bench';
import {
  openFile,
  poll,
  runCommand,
  startWorkbench,
  webviewFrame,
  webviewFrameHandle,
  Workbench,
  focusEditor,
} from './workbench';

interface Recorded {
  __messages: { type: string; length: number }[];
}

describe('checklist preview patches in code-server', function () {
  this.timeout(180_000);
  let bench: Workbench;

  before(async function () {
    bench = await startWorkbench({
      files: { 'large.runbook.yaml': generateRunbook(300) },
      settings: { 'exchangeRunbook.language': 'en' },
    });
  });

  after(async () => {
    await bench?.close();
  });

  it('a character typed into one step posts a small patch, and the page shows it in place', async () => {
    const { page, workspace } = bench;
    await openFile(page, 'large.runbook.yaml');
    await runCommand(page, 'Exchange Runbook: Open Checklist Preview');
    const frame = webviewFrame(page);
    await frame.locator('#step-299').waitFor({ timeout: 60_000 });
    const handle = await webviewFrameHandle(page);
    const pageSize = await handle.evaluate(() => {
      const w = window as unknown as Recorded & Window;
      w.__messages = [];
      window.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { type?: string };
        if (data?.type === 'render' || data?.type === 'patch')
          w.__messages.push({ type: data.type, length: JSON.stringify(data).length });
      });
      // Elements that must survive the patch: a step far from the edit, and the edited step's phase.
      (document.getElementById('step-200') as unknown as { __kept: number }).__kept = 1;
      window.scrollTo(0, 300);
      return document.getElementById('checklist')!.innerHTML.length;
    });
    assert.ok(pageSize > 150_000, `the page is ${pageSize} characters`);
    assert.strictEqual(await frame.locator('#step-1 .cl-owner').textContent(), 'Owner: Ana');

    // Typed in the editor at the end of the second step's `owner: Ana`.
    const lines = fs.readFileSync(path.join(workspace, 'large.runbook.yaml'), 'utf8').split('\n');
    const owners = lines.flatMap((l, i) => (l === '        owner: Ana' ? [i + 1] : []));
    await focusEditor(page);
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type(String(owners[1]));
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    await poll(
      () => frame.locator('#step-1 .cl-owner').textContent(),
      (t) => t === 'Owner: Anax',
      'the edited owner in the preview',
    );
    const after = await handle.evaluate(() => {
      const w = window as unknown as Recorded & Window;
      return {
        messages: w.__messages,
        kept: (document.getElementById('step-200') as unknown as { __kept?: number }).__kept,
        scrollY: window.scrollY,
      };
    });
    assert.ok(after.messages.length > 0, 'a message arrived');
    assert.deepStrictEqual(
      after.messages.map((m) => m.type),
      after.messages.map(() => 'patch'),
    );
    for (const message of after.messages) assert.ok(message.length < 5_000, `a patch of ${message.length} characters`);
    assert.strictEqual(after.kept, 1, 'the other steps’ elements stay (patched, not replaced)');
    assert.strictEqual(after.scrollY, 300);
  });
});

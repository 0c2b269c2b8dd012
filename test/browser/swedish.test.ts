// Swedish in a real VS Code: VS Code has no Swedish display language here, so the
// extension's own setting `exchangeRunbook.language: "sv"` must switch the diagnostics
// and the checklist preview to Swedish, as a Swedish migration team would see them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openFile, poll, ROOT, runCommand, startWorkbench, webviewFrame, Workbench } from './workbench';

const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', name), 'utf8');

describe('Swedish in code-server (exchangeRunbook.language: sv)', function () {
  this.timeout(180_000);
  let bench: Workbench;

  before(async () => {
    bench = await startWorkbench({
      files: {
        'invalid-2016-over-2007.runbook.yaml': fixture('invalid-2016-over-2007.runbook.yaml'),
        'cutover-small.runbook.yaml': fixture('cutover-small.runbook.yaml'),
      },
      settings: { 'exchangeRunbook.language': 'sv' },
    });
  });

  after(async () => {
    await bench?.close();
  });

  it('shows the coexistence diagnostic in Swedish in the Problems panel', async () => {
    const { page } = bench;
    await openFile(page, 'invalid-2016-over-2007.runbook.yaml');
    await runCommand(page, 'View: Focus Problems');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'coexistence' }).first();
    await row.waitFor({ timeout: 60_000 });
    const text = await row.innerText();
    assert.match(text, /Installationsprogrammet för Exchange 2016 vägrar köras medan Exchange 2007-servrar finns kvar/);
    assert.doesNotMatch(text, /Setup refuses/);
  });

  it('renders the checklist preview in Swedish', async () => {
    const { page } = bench;
    await openFile(page, 'cutover-small.runbook.yaml');
    await runCommand(page, 'Exchange Runbook: Open Checklist Preview');
    const frame = webviewFrame(page);
    const overall = frame.locator('#cl-overall .cl-progress-text');
    await overall.waitFor({ timeout: 60_000 });
    await poll(
      () => overall.textContent(),
      (t) => t === '0 av 11 klara · 5 d',
      'Swedish progress text',
    );
    // A derived step title in Swedish: switch-mx has no title of its own.
    const title = await frame.locator('#step-6-title').textContent();
    assert.ok(title && !/Point MX/.test(title), `Swedish title expected, got ${title}`);
    assert.strictEqual(await frame.locator('html').getAttribute('lang'), 'sv');
  });
});

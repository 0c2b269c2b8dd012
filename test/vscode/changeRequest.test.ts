// "Export Change Request (HTML)" in a real VS Code: the command writes the same document
// as `exchange-runbook checklist --format change-request` for the active runbook.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, workspaceUri } from './support/editor';

describe('Export Change Request (HTML)', function () {
  this.timeout(60_000);

  it('writes the change request of the active runbook where it is told', async () => {
    const document = await openFixture('cutover-small.runbook.yaml');
    const target = workspaceUri('cutover-small.change-request.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'exchangeRunbook.exportChangeRequest',
      document.uri,
      target,
    );
    assert.strictEqual(written?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'), html.slice(0, 200));
    assert.ok(html.includes('<title>Change request: Tailspin Toys – cutover migration to Microsoft 365</title>'));
    assert.ok(html.includes('<tr><th scope="row">Planned start</th><td>2026-12-04 18:00 +01:00</td></tr>'));
    assert.ok(html.includes('The checker reports no open findings for this runbook.'));
    assert.ok(html.includes('id="cr-approval-title"'));
    assert.ok(
      html.includes(
        '<footer class="cr-footer">Generated from cutover-small.runbook.yaml by Exchange Runbook.</footer>',
      ),
    );
    await vscode.workspace.fs.delete(target);
  });
});

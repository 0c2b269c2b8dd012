// Hover in a real VS Code through vscode.executeHoverProvider: an action's meaning and
// commands, a version's end of support and platform minimums, a server's state at the step.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, positionOf } from './support/editor';

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers =
    (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

describe('hover', function () {
  this.timeout(60_000);

  it('explains an action: what it does, its commands and source', async () => {
    const document = await openFixture('onprem-2007-to-2016.runbook.yaml');
    const text = await hoverText(document, positionOf(document, '      - action: prepare-ad', 20));
    assert.ok(text.startsWith('**prepare-ad** — Prepare Active Directory and every domain for that version.'), text);
    assert.ok(
      text.includes(
        '- [`Setup.exe /PrepareAD /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF`](https://learn.microsoft.com/en-us/exchange/plan-and-deploy/prepare-ad-and-domains)',
      ),
      text,
    );
    assert.ok(
      text.includes('Source: [https://learn.microsoft.com/en-us/exchange/plan-and-deploy/prepare-ad-and-domains]'),
      text,
    );
  });

  it("gives a version's end of support (as of the runbook's asOf) and platform minimums", async () => {
    const document = await openFixture('onprem-2007-to-2016.runbook.yaml');
    const text = await hoverText(
      document,
      positionOf(document, 'target:\n  platform: on-premises\n  version: "2016"', 44),
    );
    assert.ok(text.includes('**Exchange Server 2016** (build 15.1)'), text);
    assert.ok(text.includes('- End of support: 2025-10-14 (still supported on 2025-06-01)'), text);
    assert.ok(text.includes('- Forest functional level: 2008 R2 or higher'), text);
    assert.ok(text.includes('- Windows Server: 2012, 2012 R2, 2016 (CU3 or later)'), text);
  });

  it('shows the organization as the step finds it on a server name', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    const text = await hoverText(
      document,
      positionOf(document, '      - action: move-mailboxes\n        from: NW-EX07', 50),
    );
    assert.ok(
      text.startsWith(
        '**NW-EX07**\n\nBefore this step: Exchange 2007 SP3 RU23\n\nStill hosts: 300 mailboxes\n\nServers before this step:',
      ),
      text,
    );
    assert.ok(text.includes('| NW-EX16-01 | Exchange 2016 CU23 | client access, transport |'), text);
  });
});

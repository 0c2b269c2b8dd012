// Hover content (core/editor/hover.ts) on actions, versions, server names and keys, en and sv.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hoverAt } from '../../../src/core/editor';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** Hover at the `index`-th character of the first occurrence of `needle` in the text. */
function hover(text: string, needle: string, index: number, locale: 'en' | 'sv' = 'en', asOf?: string) {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not found`);
  return hoverAt(text, start + index, { locale, asOf });
}

describe('editor hover', () => {
  const invalid = fixture('invalid-2016-over-2007.runbook.yaml');
  const onprem = fixture('onprem-2007-to-2016.runbook.yaml');

  it('explains an action: meaning, required fields, commands with links, source', () => {
    const h = hover(invalid, '      - action: decommission', 18)!;
    assert.strictEqual(
      h.markdown,
      [
        '**decommission** — Uninstall the server from the organization.',
        '',
        'Required fields: `server`',
        '',
        'Commands:',
        '- [`Setup.exe /Mode:Uninstall`](https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deploy-new-installations/unattended-installs)',
        '',
        'Source: [https://blogs.technet.microsoft.com/mspfe/2015/08/26/decommissioning-legacy-exchange-servers/](https://blogs.technet.microsoft.com/mspfe/2015/08/26/decommissioning-legacy-exchange-servers/)',
      ].join('\n'),
    );
    const start = invalid.indexOf('      - action: decommission') + 16;
    assert.deepStrictEqual(h.range, { start, end: start + 'decommission'.length });
  });

  it('explains an action in Swedish', () => {
    const h = hover(invalid, '      - action: decommission', 18, 'sv')!;
    assert.ok(
      h.markdown.startsWith(
        '**decommission** — Avinstallera servern från organisationen.\n\nObligatoriska fält: `server`\n\nKommandon:\n',
      ),
      h.markdown,
    );
    assert.ok(h.markdown.includes('\nKälla: ['));
  });

  it("gives a version's end of support as of the runbook's asOf, its last update and platform minimums", () => {
    const needle =
      '      - action: install-exchange   # expect: coexistence\n        server: NW-EX16-01\n        version: "2016"';
    const h = hover(invalid, needle, needle.length - 3)!;
    assert.strictEqual(
      h.markdown,
      [
        '**Exchange Server 2016** (build 15.1)',
        '',
        '- End of support: 2025-10-14 (still supported on 2025-06-01) ([lifecycle](https://learn.microsoft.com/lifecycle/products/exchange-server-2016))',
        '- Last update: CU23',
        '- Windows Server: 2012, 2012 R2, 2016 (CU3 or later) ([source](https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements))',
        '- Forest functional level: 2008 R2 or higher ([source](https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements))',
        '- Outlook: 2010 or later ([source](https://learn.microsoft.com/en-us/microsoft-365/enterprise/exchange-2007-end-of-support))',
      ].join('\n'),
    );
  });

  it("says when support has ended (the setting's asOf wins), and that 2007 has no platform facts; Swedish", () => {
    const h = hover(invalid, '    version: "2007"', 15, 'en', '2026-11-23')!;
    assert.ok(h.markdown.includes('- End of support: 2017-04-11, past as of 2026-11-23'), h.markdown);
    assert.ok(
      h.markdown.includes('- Platform minimums: not covered by the product’s facts for this version'),
      h.markdown,
    );
    const sv = hover(invalid, 'target:\n  platform: on-premises\n  version: "2016"', 44, 'sv', '2026-11-23')!;
    assert.ok(sv.markdown.includes('- Supporten upphörde: 2025-10-14, passerat per 2026-11-23'), sv.markdown);
    assert.ok(sv.markdown.includes('- Skogens funktionsnivå: 2008 R2 eller högre'), sv.markdown);
  });

  it("shows a server's state at the step and the organization's servers", () => {
    const h = hover(onprem, '      - action: decommission\n        server: FAB-EX07-CAS', 50)!;
    assert.strictEqual(
      h.markdown,
      [
        '**FAB-EX07-CAS**',
        '',
        'Before this step: Exchange 2007 SP3 RU23',
        '',
        'Hosts no mailboxes, public folders, client access or transport',
        '',
        'Servers before this step:',
        '',
        '| Server | Version | Hosts |',
        '|---|---|---|',
        '| FAB-EX07-CAS | Exchange 2007 SP3 RU23 | – |',
        '| FAB-EX13-01 | Exchange 2013 CU23 | 640 mailboxes, public folders, client access, transport |',
      ].join('\n'),
    );
  });

  it('on a server entry, the state at the start; on an install, that the step installs it; after a decommission, where', () => {
    const start = hover(onprem, '  - name: FAB-EX07-MBX', 12)!;
    assert.ok(
      start.markdown.startsWith(
        '**FAB-EX07-MBX**\n\nAt the start: Exchange 2007 SP3 RU23\n\nStill hosts: 640 mailboxes, public folders\n\nServers at the start:',
      ),
      start.markdown,
    );
    const install = hover(onprem, '        server: FAB-EX16-01', 20)!;
    assert.ok(install.markdown.startsWith('**FAB-EX16-01**\n\nInstalled by this step\n'), install.markdown);
    const retired = onprem.replace(
      '      - action: decommission\n        server: FAB-EX13-01',
      '      - action: decommission\n        server: FAB-EX13-01\n      - action: decommission\n        server: FAB-EX13-01',
    );
    const second = retired.lastIndexOf('server: FAB-EX13-01') + 12;
    assert.ok(
      hoverAt(retired, second)!.markdown.startsWith(
        '**FAB-EX13-01**\n\nNo longer exists at this step: decommissioned on line 103\n',
      ),
    );
  });

  it('describes a key, and gives nothing on free text or a broken file', () => {
    assert.strictEqual(
      hover(invalid, '        os: "2016"', 9)!.markdown,
      '**`os`** — Windows Server version of the server.',
    );
    assert.strictEqual(hover(invalid, 'title: Northwind', 10), undefined);
    assert.strictEqual(hoverAt('a: [', 1), undefined);
    assert.strictEqual(hoverAt('', 0), undefined);
  });
});

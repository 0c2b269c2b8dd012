// The change request (src/core/change-request/): the plan, the open findings, every step
// with owner, duration, planned time, status, verify and rollback, the sign-off block;
// hostile runbooks print as inert text; `checklist --format change-request` prints it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/lint';
import { renderChangeRequest } from '../../src/core/change-request';
import { checklistCommand } from '../../src/cli/checklist';
import type { Locale } from '../../src/core/types';
import { FIXTURES } from './helpers';

const ROOT = path.join(__dirname, '..', '..');

function changeRequest(text: string, locale: Locale = 'en'): string {
  return renderChangeRequest(lint(text, { locale, asOf: '2026-11-23' }), { locale, fileName: 'plan.runbook.yaml' });
}

/** The text content of the first element with this id (tags dropped, entities kept). */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `no element #${id}`);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

function article(html: string, stepIndex: number): string {
  const start = html.indexOf(`<article class="cr-step`, html.indexOf(`id="cr-step-${stepIndex}"`) - 60);
  assert.ok(start >= 0, `no step ${stepIndex}`);
  return html.slice(start, html.indexOf('</article>', start));
}

const PLAN = `runbook: 1
title: Contoso cutover
asOf: 2026-11-23
organization:
  name: Contoso
  mailboxes: 40
  domains: [contoso.com]
servers:
  - name: EX07
    version: "2007"
    update: SP3 RU23
    roles: [mailbox, clientAccess, hubTransport]
    mailboxes: 40
target:
  platform: exchange-online
  method: cutover
schedule:
  start: 2026-12-04T18:00+01:00
phases:
  - id: prepare
    title: Prepare
    steps:
      - action: configure-outlook-anywhere
        server: EX07
        certificate: trusted
        owner: Ann
        duration: 2h
      - action: verify-domain
        domain: contoso.com
        duration: 1d
`;

describe('change request', () => {
  it('shows the plan: title, organization, servers, target, schedule and step count', () => {
    const html = changeRequest(PLAN);
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
    assert.ok(html.includes('<title>Change request: Contoso cutover</title>'));
    assert.ok(html.includes('<h1 class="cr-title">Contoso cutover</h1>'));
    const plan = section(html, 'cr-plan-title');
    assert.ok(plan.includes('<tr><th scope="row">Organization</th><td>Contoso · 40 mailboxes</td></tr>'), plan);
    assert.ok(plan.includes('<td>EX07 (Exchange 2007 SP3 RU23)</td>'), plan);
    assert.ok(plan.includes('<td>Exchange Online (cutover migration)</td>'), plan);
    assert.ok(plan.includes('<tr><th scope="row">Planned start</th><td>2026-12-04 18:00 +01:00</td></tr>'), plan);
    // 2 h plus 1 d after the start.
    assert.ok(plan.includes('<tr><th scope="row">Planned end</th><td>2026-12-05 20:00 +01:00</td></tr>'), plan);
    assert.ok(plan.includes('<td>2 steps in 1 phase, 0 done, 0 skipped</td>'), plan);
    assert.ok(plan.includes('<tr><th scope="row">Planned work</th><td>1d 2h</td></tr>'), plan);
  });

  it('says when the runbook has no schedule instead of inventing dates', () => {
    const html = changeRequest(PLAN.replace(/schedule:\n {2}start: .*\n/, ''));
    assert.ok(html.includes('not scheduled (the runbook has no schedule.start)'));
    assert.ok(!html.includes('Planned end'));
    assert.ok(!html.includes('<tr><th scope="row">Planned</th>'));
  });

  it('gives every step its owner, duration, planned window, status, verify and rollback', () => {
    const text = PLAN.replace(
      '        duration: 2h\n',
      '        duration: 2h\n        verify: Run `Test-OutlookConnectivity` and see **Success**.\n        rollback: |\n          - Restore the old URL\n          - Tell the help desk\n',
    );
    const html = changeRequest(text);
    const first = article(html, 0);
    assert.ok(
      first.includes('<h4 id="cr-step-0-title">1.1 Configure Outlook Anywhere on EX07 (trusted certificate)</h4>'),
    );
    assert.ok(first.includes('<tr><th scope="row">Owner</th><td>Ann</td></tr>'));
    assert.ok(first.includes('<tr><th scope="row">Duration</th><td>2h</td></tr>'));
    assert.ok(first.includes('<td>2026-12-04 18:00 +01:00 – 2026-12-04 20:00 +01:00</td>'));
    assert.ok(first.includes('<tr><th scope="row">Status</th><td>to do</td></tr>'));
    assert.ok(
      first.includes(
        '<div class="cr-verify"><p class="cr-label">Verify</p>\n<p>Run <code>Test-OutlookConnectivity</code> and see <strong>Success</strong>.</p>\n</div>',
      ),
      first,
    );
    assert.ok(first.includes('<li>Restore the old URL</li>\n<li>Tell the help desk</li>'), first);
    // What a change board must see is missing is shown as missing.
    const second = article(html, 1);
    assert.ok(second.includes('<td><span class="cr-missing">not assigned</span></td>'), second);
    assert.ok(
      second.includes('<div class="cr-verify"><p class="cr-label">Verify</p>\n<p class="cr-missing">not given</p>'),
    );
    assert.ok(
      second.includes('<div class="cr-rollback"><p class="cr-label">Rollback</p>\n<p class="cr-missing">not given</p>'),
    );
  });

  it('shows who did a step and when, and why a step is skipped', () => {
    const text = PLAN.replace(
      '        duration: 2h\n',
      '        duration: 2h\n        done: true\n        doneAt: 2026-12-04T19:40:00+01:00\n        doneBy: Ann Berg\n',
    ).replace('        duration: 1d\n', '        duration: 1d\n        skipped: Verified last year\n');
    const html = changeRequest(text);
    assert.ok(article(html, 0).startsWith('<article class="cr-step cr-done"'));
    assert.ok(article(html, 0).includes('<td>done by Ann Berg, 2026-12-04 19:40 +01:00</td>'));
    assert.ok(article(html, 1).startsWith('<article class="cr-step cr-skipped"'));
    assert.ok(article(html, 1).includes('<td>skipped: Verified last year</td>'));
    assert.ok(html.includes('<td>2 steps in 1 phase, 1 done, 1 skipped</td>'));
    // A doneAt that is no date is shown as written, not as a date it is not.
    const odd = changeRequest(
      PLAN.replace('        duration: 2h\n', '        duration: 2h\n        done: true\n        doneAt: after lunch\n'),
    );
    assert.ok(article(odd, 0).includes('<td>done after lunch</td>'));
    const bare = changeRequest(PLAN.replace('        duration: 2h\n', '        duration: 2h\n        done: true\n'));
    assert.ok(article(bare, 0).includes('<tr><th scope="row">Status</th><td>done</td></tr>'));
  });

  it('lists the open findings worst first, each at its step or the whole runbook', () => {
    // The server is not in the organization (unknown-server, an error, at step 0) and
    // 2007 is long out of support (end-of-support, a warning about the organization).
    const text = PLAN.replace('        server: EX07\n', '        server: EX99\n');
    const html = changeRequest(text);
    const findings = section(html, 'cr-findings-title');
    const rows = findings.match(/<tr class="cr-finding cr-(\w+)">/g)!.map((r) => r.replace(/.*cr-(\w+)">/, '$1'));
    assert.deepStrictEqual(
      rows,
      [...rows].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    );
    assert.strictEqual(rows[0], 'error');
    assert.ok(
      findings.includes('<td><a href="#cr-step-0">Configure Outlook Anywhere on EX99 (trusted certificate)</a></td>'),
      findings,
    );
    assert.ok(findings.includes('<code>unknown-server</code>, line 24'), findings);
    assert.ok(findings.includes('<td>the whole runbook</td>'), findings);
    assert.match(findings, /<p class="cr-summary">1 error, \d+ warnings?, \d+ notes?<\/p>/);
    assert.ok(article(html, 0).includes('<a href="#cr-findings-title">1 open finding</a>'));
  });

  it('says there are no open findings when the checker reports none', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'cutover-small.runbook.yaml'), 'utf8');
    const html = changeRequest(text);
    assert.ok(html.includes('<p class="cr-none">The checker reports no open findings for this runbook.</p>'));
    assert.ok(!html.includes('cr-finding-table'));
  });

  it('ends with the sign-off block: four roles and the decision', () => {
    const approval = section(changeRequest(PLAN), 'cr-approval-title');
    for (const role of ['Requested by', 'Technical review', 'Implementer', 'Change advisory board'])
      assert.ok(approval.includes(`<tr><th scope="row">${role}</th><td></td><td></td><td></td></tr>`), role);
    assert.ok(approval.includes('<strong>Decision:</strong>'));
    assert.ok(approval.includes('☐</span> Approved'));
  });

  it('prints a hostile runbook as inert text: no markup, no script, no script link', () => {
    const hostile = `runbook: 1
title: "<script>alert(1)</script> & \\"quotes\\" 'x'"
organization:
  name: "<img src=x onerror=alert(2)>"
servers:
  - name: EX07
    version: "2007"
target:
  platform: exchange-online
  method: cutover
phases:
  - title: "</section><h1>phase</h1>"
    steps:
      - action: custom
        title: "<b onclick=alert(3)>step</b>"
        owner: "<i>owner</i>"
        verify: "[click](javascript:alert(4)) <script>alert(5)</script> ![x](data:text/html,hi)"
        rollback: "<iframe src=https://evil.example></iframe> [ok](https://learn.microsoft.com)"
        skipped: "</td><script>alert(6)</script>"
`;
    const html = changeRequest(hostile);
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/<(img|iframe|b|i)[\s>]/i.test(html), 'no element from the runbook');
    assert.ok(!/<[a-z]+[^>]*\son\w+=/i.test(html), 'no event handler attribute');
    assert.ok(!/href="(javascript|data):/i.test(html), 'no script link');
    assert.ok(
      html.includes(
        '<title>Change request: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;x&#39;</title>',
      ),
    );
    assert.ok(html.includes('<h3 id="cr-phase-0">1. &lt;/section&gt;&lt;h1&gt;phase&lt;/h1&gt;</h3>'));
    assert.ok(html.includes('<td>&lt;i&gt;owner&lt;/i&gt;</td>'));
    assert.ok(html.includes('<td>skipped: &lt;/td&gt;&lt;script&gt;alert(6)&lt;/script&gt;</td>'));
    assert.ok(html.includes('<a href="https://learn.microsoft.com">ok</a>'), 'an https link stays a link');
    assert.ok(html.includes('[click](javascript:alert(4))'), 'a script link stays text');
    // The document runs nothing whatever it holds.
    assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:"`));
  });

  it('prints an unreadable runbook as its findings, without throwing', () => {
    const html = changeRequest('title: [unclosed\nphases: {');
    assert.ok(html.includes('The runbook cannot be read as YAML; this change request shows only its findings.'));
    assert.ok(html.includes('<code>yaml-syntax</code>'));
    assert.ok(!html.includes('This runbook has no steps yet.'));
    assert.ok(html.includes('cr-approval'));
  });

  it('speaks Swedish', () => {
    const html = changeRequest(PLAN, 'sv');
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="sv">'));
    assert.ok(html.includes('<title>Ändringsbegäran: Contoso cutover</title>'));
    assert.ok(html.includes('<tr><th scope="row">Ansvarig</th><td>Ann</td></tr>'));
    assert.ok(html.includes('<p class="cr-label">Återställning</p>'));
    assert.ok(html.includes('<td>2 steg i 1 fas, 0 klara, 0 överhoppade</td>'));
    assert.ok(html.includes('Godkännande'));
  });

  it('is printable: page margins, steps and the sign-off block kept whole', () => {
    const html = changeRequest(PLAN);
    assert.ok(html.includes('@page { margin: 16mm 14mm; }'));
    assert.match(html, /@media print \{[^]*\.cr-approval \{ break-before: page; \}/);
    assert.ok(
      html.includes(
        '.cr-step { border: 1px solid #9a9a9a; border-radius: 3px; padding: 0.6rem 0.8rem; margin: 0.7rem 0; break-inside: avoid; }',
      ),
    );
  });

  it('exchange-runbook checklist --format change-request prints the same document', async () => {
    let stdout = '';
    let stderr = '';
    const file = 'test/fixtures/cutover-small.runbook.yaml';
    const code = await checklistCommand([file, '--format', 'change-request', '--locale', 'sv'], {
      cwd: ROOT,
      env: {},
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    });
    assert.deepStrictEqual([code, stderr], [0, '']);
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    assert.strictEqual(
      stdout,
      renderChangeRequest(lint(text, { locale: 'sv', fileName: file }), {
        locale: 'sv',
        fileName: 'cutover-small.runbook.yaml',
      }),
    );
    assert.ok(
      stdout.includes('<footer class="cr-footer">Skapad från cutover-small.runbook.yaml av Exchange Runbook.</footer>'),
    );
  });
});

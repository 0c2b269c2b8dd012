// What the preview shows (src/core/checklist/preview.ts): a runbook it cannot read is shown
// as such, with nothing to tick; never an exception, which left the previous page up.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { previewContent } from '../../src/core/checklist';
import { renderChecklistBody } from '../../src/core/checklist/html';
import { FIXTURES } from './helpers';

const OPTIONS = { asOf: '2026-11-23', readFile: () => undefined };
const BODY = (checklist: Parameters<typeof renderChecklistBody>[0]) =>
  renderChecklistBody(checklist, { mode: 'preview' });

describe('checklist preview content', () => {
  it('a runbook shows its steps, tickable, with the parse the highlight needs', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'cutover-small.runbook.yaml'), 'utf8');
    const content = previewContent(text, OPTIONS, 'en', BODY);
    assert.strictEqual(content.steps.length, 11);
    assert.ok(content.parsed);
    assert.ok(content.html.includes('id="step-10-check"'));
  });

  it('a recursive alias shows the unreadable state with its finding, and nothing to tick', () => {
    const content = previewContent('runbook: 1\na: &x\n  b: *x\n', OPTIONS, 'en', BODY);
    assert.deepStrictEqual(content.steps, []);
    assert.ok(content.html.includes('The runbook cannot be read as YAML; fix the syntax error to see the checklist.'));
    assert.ok(content.html.includes('sits inside the value its anchor <code>&amp;x</code> names'), content.html);
  });

  it('a failure while building becomes an error state in the preview’s language, escaped', () => {
    const failing = () => {
      throw new Error('boom <img src=x onerror=alert(1)>\nsecond line');
    };
    assert.deepStrictEqual(previewContent('runbook: 1\n', OPTIONS, 'en', BODY, failing), {
      html: '<p class="cl-empty cl-failed" role="alert">The checklist cannot be shown for this runbook: boom &lt;img src=x onerror=alert(1)&gt;</p>',
      steps: [],
    });
    assert.ok(
      previewContent('runbook: 1\n', OPTIONS, 'sv', BODY, failing).html.includes(
        'Checklistan kan inte visas för den här körboken: boom',
      ),
    );
  });
});

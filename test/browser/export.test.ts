// The exports of a hostile runbook opened in headless Chromium. The Markdown export is
// rendered by markdown-it with raw HTML on and every link scheme allowed (a careless
// reader); the HTML export is opened as written and once more with its CSP removed (a
// viewer that ignores it). In every case no dialog opens, no script runs and no link
// points at `javascript:`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { buildChecklist, renderChecklistDocument, renderChecklistMarkdown } from '../../src/core/checklist';
import { lint } from '../../src/core/lint';
import { BrowserSession, launchBrowser, ROOT } from '../harness';

const HOSTILE = path.join(ROOT, 'test', 'golden', 'checklist', 'hostile.runbook.yaml');
const STYLES = fs.readFileSync(path.join(ROOT, 'media', 'preview.css'), 'utf8');

function checklist() {
  return buildChecklist(lint(fs.readFileSync(HOSTILE, 'utf8'), { locale: 'en', asOf: '2026-11-23' }), 'en');
}

function permissiveRender(md: string): string {
  const reader = new MarkdownIt({ html: true });
  reader.validateLink = () => true;
  return reader.render(md);
}

interface Outcome {
  pwned: unknown;
  scriptHrefs: number;
  links: number;
  images: number;
  handlers: number;
}

describe('hostile exports in Chromium', function () {
  this.timeout(120_000);
  let session: BrowserSession;

  before(async () => {
    session = await launchBrowser();
  });

  after(async () => {
    await session?.close();
  });

  async function open(html: string): Promise<Outcome> {
    const { page } = session;
    session.dialogs.length = 0;
    // setContent keeps the window object: forget what an earlier page set.
    await page.evaluate(() => delete (window as unknown as { __pwned?: unknown }).__pwned);
    await page.setContent(html, { waitUntil: 'load' });
    // Broken images fire onerror after load; give them time, then click every link.
    await page.waitForTimeout(500);
    const outcome = await page.evaluate(() => {
      const links = Array.from(document.querySelectorAll('a'));
      for (const a of links) a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scriptHrefs: Array.from(document.querySelectorAll('[href], [src]')).filter((e) =>
          /^\s*(javascript|vbscript|data):/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
        ).length,
        links: links.length,
        images: document.querySelectorAll('img').length,
        handlers: Array.from(document.querySelectorAll('*')).filter((e) =>
          Array.from(e.attributes).some((a) => a.name.startsWith('on')),
        ).length,
      };
    });
    return outcome;
  }

  it('the unsafe notes really attack a permissive reader (the test can fail)', async () => {
    const notes = fs.readFileSync(HOSTILE, 'utf8').split('title: Notes a regex misjudged\n        notes: |\n')[1];
    const raw = notes.replace(/^ {10}/gm, '');
    const outcome = await open(permissiveRender(raw));
    // Four <img onerror=alert(…)> and three javascript: links, each spelled differently.
    assert.deepStrictEqual([...session.dialogs].sort(), ['10', '11', '15', '9']);
    assert.strictEqual(outcome.scriptHrefs, 3);
  });

  it('Markdown export rendered with html: true: 0 dialogs, 0 javascript: hrefs', async () => {
    const md = renderChecklistMarkdown(checklist());
    const outcome = await open(`<!DOCTYPE html><html><body>${permissiveRender(md)}</body></html>`);
    assert.deepStrictEqual(session.dialogs, []);
    assert.deepStrictEqual(outcome, { pwned: undefined, scriptHrefs: 0, links: 0, images: 0, handlers: 0 });
  });

  for (const csp of [true, false]) {
    it(`HTML export${csp ? '' : ' with its CSP removed'}: 0 dialogs, 0 javascript: hrefs`, async () => {
      let doc = renderChecklistDocument(checklist(), { styles: STYLES, fileName: 'hostile.runbook.yaml' });
      if (!csp) {
        doc = doc.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        assert.ok(!doc.includes('Content-Security-Policy'));
      }
      const outcome = await open(doc);
      assert.deepStrictEqual(session.dialogs, []);
      assert.deepStrictEqual(outcome, { pwned: undefined, scriptHrefs: 0, links: 0, images: 0, handlers: 0 });
    });
  }
});

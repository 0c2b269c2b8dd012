// The preview in each built-in theme (Light+, Dark+, High Contrast, High Contrast Light):
// every visible text has WCAG AA contrast against what is behind it (4.5:1, 3:1 for large
// text), measured from computed styles, and the timeline's marks (bars, pins, the now
// line) stand out from the background at 3:1 (WCAG 1.4.11, non-text contrast); then a keyboard-only pass: Tab reaches every
// checkbox, button and link, focus is visible, Space ticks and Enter reveals, and each
// checkbox is named by its step's title for a screen reader.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  openFile,
  poll,
  ROOT,
  runCommand,
  startWorkbench,
  webviewFrame,
  webviewFrameHandle,
  Workbench,
  focusEditor,
} from './workbench';

const RUNBOOK = fs
  .readFileSync(path.join(ROOT, 'test', 'golden', 'checklist', 'progress.runbook.yaml'), 'utf8')
  // Code in a note, next to the finding's rule id in code: both must be readable.
  .replace(
    '          - `Get-ExchangeCertificate`\n',
    '          - `Get-ExchangeCertificate`\n\n          ```\n          Get-ExchangeServer | ft Name\n          ```\n',
  )
  // A plan with a start draws the timeline above the checklist: its texts and marks are measured too.
  .concat('schedule:\n  start: 2026-11-20T08:00+01:00\n');

// The theme's label in the Color Theme picker, and the class VS Code gives the webview's body.
const THEMES: [string, string][] = [
  ['Light+', 'vscode-light'],
  ['Dark+', 'vscode-dark'],
  ['Dark High Contrast', 'vscode-high-contrast'],
  ['Light High Contrast', 'vscode-high-contrast-light'],
];

interface Failure {
  text: string;
  element: string;
  color: string;
  background: string;
  ratio: number;
  needed: number;
}

describe('checklist preview: contrast in every built-in theme, keyboard only', function () {
  this.timeout(240_000);
  let bench: Workbench;

  before(async () => {
    bench = await startWorkbench({
      files: { 'contoso.runbook.yaml': RUNBOOK },
      settings: { 'workbench.colorTheme': 'Default Light Modern', 'exchangeRunbook.language': 'en' },
    });
    await openFile(bench.page, 'contoso.runbook.yaml');
    await runCommand(bench.page, 'Exchange Runbook: Open Checklist Preview');
    await webviewFrame(bench.page).locator('.cl-rule code').first().waitFor({ timeout: 60_000 });
  });

  after(async () => {
    await bench?.close();
  });

  for (const [theme, bodyClass] of THEMES) {
    it(`${theme}: every visible text at WCAG AA contrast`, async () => {
      const { page } = bench;
      // Keys typed while the webview has focus stay there: give the focus to the editor first.
      await focusEditor(page);
      await runCommand(page, 'Preferences: Color Theme');
      const input = page.locator('.quick-input-widget input[placeholder*="Color Theme"]');
      await input.waitFor({ state: 'visible' });
      await input.fill(theme);
      const escaped = theme.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await page
        .locator('.quick-input-list .monaco-list-row')
        .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escaped}$`) }) })
        .first()
        .click();
      const frame = await webviewFrameHandle(page);
      await poll(
        () => frame.evaluate((c) => document.body.classList.contains(c), bodyClass),
        (v) => v,
        `${theme} in the webview`,
        30_000,
      );
      await bench.page.waitForTimeout(300);
      // tsx names inner functions with an __name helper the page does not have.
      await frame.evaluate('window.__name = (f) => f');
      const { checked, failures } = await frame.evaluate(measureContrast);
      const timeline = await frame.evaluate(measureTimelineMarks);
      assert.ok(checked > 40, `only ${checked} texts measured`);
      assert.ok(timeline.texts >= 6, `only ${timeline.texts} timeline texts`);
      assert.deepStrictEqual(
        { texts: failures as Failure[], marks: timeline.failures },
        { texts: [], marks: [] },
        `${theme}: texts below WCAG AA, timeline marks below 3:1`,
      );
    });
  }

  it('keyboard only: Tab reaches every checkbox, button, link and timeline bar with visible focus; Space ticks, Enter reveals', async () => {
    const { page } = bench;
    const handle = await webviewFrameHandle(page);
    const frame = webviewFrame(page);
    const targets = await handle.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('input, button, a[href], [tabindex="0"]')).map(
        (e) => e.id || `${e.tagName}:${e.textContent}`,
      ),
    );
    // 6 checkboxes, 6 reveal buttons, 2 links, and the timeline's 3 phases.
    assert.ok(targets.length >= 6 + 6 + 2 + 3, `${targets.length} focusable elements`);
    // Into the preview with the keyboard only: focus its body, then Tab through it.
    await frame.locator('h1.cl-title').click();
    await handle.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < targets.length + 2 && reached.length < targets.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await handle.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return undefined;
        const style = getComputedStyle(e);
        // A timeline bar or pin (SVG) shows its focus as a wide stroke on its row or marker.
        const stroked = (c: Element) => {
          const s = getComputedStyle(c);
          return s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2;
        };
        const visible =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) ||
          style.boxShadow !== 'none' ||
          (e instanceof SVGElement && Array.from(e.querySelectorAll('.tl-row, path')).some(stroked));
        return { key: e.id || `${e.tagName}:${e.textContent}`, visible };
      });
      if (!focused) continue;
      reached.push(focused.key);
      if (!focused.visible) invisible.push(focused.key);
    }
    assert.deepStrictEqual(reached, targets, 'Tab visits every control in document order');
    assert.deepStrictEqual(invisible, [], 'every focused control shows a focus outline');

    // Space on a focused box ticks it (and the file follows); Space again unticks it.
    const file = path.join(bench.workspace, 'contoso.runbook.yaml');
    const untouched = fs.readFileSync(file, 'utf8');
    await frame.locator('#step-2-check').focus();
    await page.keyboard.press('Space');
    await poll(
      () => frame.locator('#step-2-check').isChecked(),
      (v) => v,
      'ticked by Space',
    );
    await poll(
      () =>
        /\n {8}done: true\n {8}doneAt: [^\n]+\n( {8}doneBy: [^\n]+\n)?( {6}- id: move-everything)/.test(
          fs.readFileSync(file, 'utf8'),
        ),
      (v) => v,
      'done: true, doneAt and doneBy on disk',
    );
    await poll(
      () => frame.locator('#step-2 .cl-record-done').count(),
      (n) => n === 1,
      'the preview rendered from the ticked file (who and when)',
    );
    await frame.locator('#step-2-check').focus();
    await page.keyboard.press('Space');
    await poll(
      () => frame.locator('#step-2-check').isChecked(),
      (v) => !v,
      'unticked by Space',
    );
    // The box shows the untick at once; the file and the page the preview renders from it follow.
    await poll(
      () => fs.readFileSync(file, 'utf8'),
      (text) => text === untouched,
      'the untick on disk',
    );
    await poll(
      () => frame.locator('#step-2 .cl-record-done').count(),
      (n) => n === 0,
      'the preview rendered from the unticked file',
    );
    // Enter on a reveal button moves the editor to the step; the preview highlights it.
    await frame.locator('#step-5 .cl-reveal').focus();
    await page.keyboard.press('Enter');
    await poll(
      () => frame.locator('#step-5.cl-highlighted').count(),
      (n) => n === 1,
      'step revealed by Enter',
    );
    // Links are real links (<a href>): the browser's own Enter opens them.
    assert.deepStrictEqual(
      await handle.evaluate(() =>
        Array.from(document.querySelectorAll('.cl-notes a')).map((a) => a.getAttribute('href')),
      ),
      [
        'https://learn.microsoft.com/exchange/plan-and-deploy/deploy-new-installations/install-mailbox-role',
        'mailto:ops@contoso.com',
      ],
    );
  });

  it('a screen reader gets each step by its title: checkboxes and reveal buttons are named', async () => {
    const frame = webviewFrame(bench.page);
    const titles = await frame.locator('.cl-step-title').allTextContents();
    assert.strictEqual(titles.length, 6);
    for (const title of titles) {
      assert.strictEqual(
        await frame.getByRole('checkbox', { name: title, exact: true }).count(),
        1,
        `checkbox "${title}"`,
      );
      assert.strictEqual(
        await frame.getByRole('button', { name: `Show in the editor: ${title}`, exact: true }).count(),
        1,
        `button for "${title}"`,
      );
    }
    assert.strictEqual(await frame.getByRole('progressbar').count(), 3);
    // Three phases and the timeline.
    assert.strictEqual(await frame.getByRole('heading', { level: 2 }).count(), 4);
  });
});

/** Runs in the webview: the contrast of every visible text node's element against its effective background. */
function measureContrast(): { checked: number; failures: Failure[] } {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1]
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = ([r, g, b]: Rgba) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const background = (element: Element): Rgba => {
    // Backgrounds from the element up to the root, composed from the bottom.
    const layers: Rgba[] = [];
    for (let e: Element | null = element; e; e = e.parentElement)
      layers.push(parse(getComputedStyle(e).backgroundColor));
    let result: Rgba = parse(getComputedStyle(document.documentElement).backgroundColor);
    if (result[3] < 1) result = over(result, [255, 255, 255, 1]);
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const failures: Failure[] = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const element = node.parentElement;
    if (!text || !element) continue;
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    // SVG text (the timeline) is painted with its fill, not its colour.
    const paint = element instanceof SVGElement ? style.fill : style.color;
    // Visually hidden (the phases' progress labels are for assistive technology only).
    if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden' || style.display === 'none') continue;
    if (element.closest('progress')) continue;
    const bg = background(element);
    const fg = over(parse(paint), bg);
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    checked++;
    if (ratio < needed) {
      failures.push({
        text: text.slice(0, 40),
        element: `${element.tagName.toLowerCase()}.${element.className}`,
        color: paint,
        background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
        ratio: Math.round(ratio * 100) / 100,
        needed,
      });
    }
  }
  return { checked, failures };
}

/**
 * Runs in the webview: each colour the timeline marks its bars, pins and now line with,
 * against the preview's background (3:1, WCAG 1.4.11), and how many of its texts were shown.
 * The colours are read from the stylesheet's variables, so every state is measured even
 * when the runbook shows only some of them today.
 */
function measureTimelineMarks(): { texts: number; failures: string[] } {
  const rgb = (value: string): number[] => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    return m
      ? m[1]
          .split(/[ ,/]+/)
          .filter(Boolean)
          .map(Number)
      : [0, 0, 0, 0];
  };
  const luminance = ([r, g, b]: number[]) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const timeline = document.getElementById('cl-timeline');
  const texts = timeline ? Array.from(timeline.querySelectorAll('svg text')).filter((t) => t.textContent?.trim()) : [];
  const background = rgb(getComputedStyle(document.body).backgroundColor);
  const failures: string[] = [];
  for (const mark of ['planned', 'active', 'done', 'late', 'pin', 'now']) {
    const probe = document.createElement('span');
    probe.style.color = `var(--tl-${mark})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    const [l1, l2] = [luminance(rgb(colour)), luminance(background)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < 3) failures.push(`--tl-${mark} ${colour}: ${Math.round(ratio * 100) / 100}:1`);
  }
  return { texts: texts.length, failures };
}

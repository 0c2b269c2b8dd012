// The checklist as HTML: one body fragment for the VS Code preview (which patches it in
// place) and a standalone, printable document for the export. Every string from the
// runbook is escaped; notes go through markdown-it with raw HTML off and only http(s)
// and mailto links, so a hostile runbook renders as inert text.
import type { Locale } from '../types';
import { checklistMessage, CHECKLIST_MESSAGES } from './messages';
import { messagesIn } from '../l10n/catalogue';
import type { Checklist, ChecklistFinding, ChecklistPhase, ChecklistStep } from './model';
import { Progress, progressText } from './progress';
import { notesParser } from './notes';
import { renderTimeline } from '../timeline-svg';
import { doneText, evidenceLink, formatMinutes, skippedText } from './record';
import type { ChecklistMemo } from './memo';

/** Markdown notes as safe HTML. */
export function renderNotes(notes: string): string {
  return notesParser().render(notes);
}

export function escapeHtml(value: string | number): string {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export interface HtmlOptions {
  /**
   * `preview`: live checkboxes, step titles that reveal the step in the editor;
   * `export`: a static document (checkboxes shown but disabled, as on GitHub).
   */
  mode: 'preview' | 'export';
  /** The current moment (epoch ms) for the timeline's now line and late colouring; none without. */
  now?: number;
  /**
   * Preview only: the steps that have commands to copy ("Copy commands" buttons), and
   * whether "Run in terminal" is offered here (not in Restricted Mode, not without a terminal).
   */
  run?: { steps: ReadonlySet<number>; terminal: boolean };
}

/** The checklist's body: header with summary and overall progress, then one section per phase. */
export function renderChecklistBody(checklist: Checklist, options: HtmlOptions): string {
  return joinBodyParts(renderChecklistParts(checklist, options));
}

/**
 * The body in the pieces the preview patches one by one: everything above the phases
 * (`top`), and per phase its head (section, title, progress) and each step's item.
 * joinBodyParts puts them together as renderChecklistBody writes them.
 */
export interface BodyParts {
  top: string;
  phases: { head: string; steps: string[] }[];
}

export function joinBodyParts(parts: BodyParts): string {
  const phases = parts.phases.map((phase) =>
    [phase.head, ...(phase.steps.length ? ['<ul class="cl-steps">', ...phase.steps, '</ul>'] : []), '</section>'].join(
      '\n',
    ),
  );
  return [parts.top, ...phases].join('\n') + '\n';
}

/**
 * With `memo` (the one buildChecklist made `checklist` with, ./memo.ts), a step whose
 * checklist entry was reused keeps its HTML: the very string of the render before.
 */
export function renderChecklistParts(checklist: Checklist, options: HtmlOptions, memo?: ChecklistMemo): BodyParts {
  const locale = checklist.locale;
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const out: string[] = [];
  out.push('<header class="cl-header">');
  out.push(`<h1 class="cl-title">${escapeHtml(checklist.title)}</h1>`);
  out.push('<dl class="cl-summary">');
  const org = checklist.organization;
  const organization = organizationHtml(org, (n) => t('summary.mailboxes', { n }));
  if (organization !== undefined) out.push(summaryItem(t('summary.organization'), organization));
  const servers = serversHtml(
    org,
    (s, version) => (s.version ? ` <span class="cl-muted">(Exchange ${version})</span>` : ''),
    t('summary.noServers'),
  );
  out.push(summaryItem(t('summary.servers'), servers));
  out.push(summaryItem(t('summary.target'), escapeHtml(org.target)));
  out.push('</dl>');
  out.push(
    progressBar(
      'cl-overall',
      t('progress.overall'),
      checklist.progress,
      locale,
      t('progress.aria', { done: checklist.progress.done, total: checklist.progress.total }),
    ),
  );
  out.push('</header>');
  // The schedule as a picture, above the checklist. In the preview the webview draws it
  // again in the viewer's local time (src/webview/preview.ts); this one shows the offsets
  // as written, which is what the export keeps.
  if (checklist.timeline)
    out.push(
      renderTimeline(checklist.timeline, {
        locale,
        mode: options.mode,
        ...(options.now !== undefined ? { now: options.now } : {}),
      }),
    );

  if (checklist.general.length) {
    out.push('<section class="cl-general" aria-labelledby="cl-general-title">');
    out.push(`<h2 id="cl-general-title" class="cl-general-title">${escapeHtml(t('general.findings'))}</h2>`);
    out.push(findingList(checklist.general, locale, t('general.findings')));
    out.push('</section>');
  }
  if (checklist.broken) {
    out.push(`<p class="cl-empty">${escapeHtml(t('checklist.broken'))}</p>`);
  } else if (checklist.phases.every((p) => p.steps.length === 0)) {
    out.push(`<p class="cl-empty">${escapeHtml(t('checklist.noPhases'))}</p>`);
  }
  const terminal = options.run?.terminal ?? false;
  const render = (step: ChecklistStep): string => stepItem(step, locale, options);
  const item = (step: ChecklistStep): string =>
    memo && options.mode === 'preview'
      ? memo.html(step, options.run?.steps.has(step.index) ?? false, terminal, render)
      : render(step);
  const parts = {
    top: out.join('\n'),
    phases: checklist.phases.map((phase) => ({
      head:
        memo && options.mode === 'preview'
          ? memo.phaseHead(phase, (p) => phaseHead(p, locale))
          : phaseHead(phase, locale),
      steps: phase.steps.map(item),
    })),
  };
  return parts;
}

/**
 * The organization's name and mailboxes ("Contoso · 2,500 mailboxes"), escaped, as the
 * checklist's and the change request's summaries show it; undefined when it has neither.
 */
export function organizationHtml(org: Checklist['organization'], mailboxes: (n: number) => string): string | undefined {
  const parts = [org.name, org.mailboxes !== undefined ? mailboxes(org.mailboxes) : undefined].filter(
    (p): p is string => p !== undefined,
  );
  return parts.length ? parts.map(escapeHtml).join(' · ') : undefined;
}

/** The servers, each with what `version` makes of its escaped version and update, or `none`. */
export function serversHtml(
  org: Checklist['organization'],
  version: (server: Checklist['organization']['servers'][number], escaped: string) => string,
  none: string,
): string {
  if (!org.servers.length) return escapeHtml(none);
  return org.servers
    .map((s) => escapeHtml(s.name) + version(s, escapeHtml([s.version, s.update].filter(Boolean).join(' '))))
    .join(', ');
}

function summaryItem(term: string, html: string): string {
  return `<div class="cl-summary-item"><dt>${escapeHtml(term)}</dt><dd>${html}</dd></div>`;
}

function progressBar(id: string, label: string, progress: Progress, locale: Locale, ariaText: string): string {
  // <progress> is a progressbar to assistive technology with its value and max; the
  // visible text repeats it with the duration for everyone.
  return [
    `<div class="cl-progress" id="${id}">`,
    `<span class="cl-progress-label" id="${id}-label">${escapeHtml(label)}</span>`,
    `<progress class="cl-progress-bar" max="${Math.max(progress.total, 1)}" value="${progress.done}" aria-labelledby="${id}-label" aria-valuetext="${escapeHtml(ariaText)}">${escapeHtml(ariaText)}</progress>`,
    `<span class="cl-progress-text">${escapeHtml(progressText(progress, locale))}</span>`,
    '</div>',
  ].join('');
}

/** A phase's section up to its steps: the opening tag, the title and the progress bar. */
function phaseHead(phase: ChecklistPhase, locale: Locale): string {
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const id = `phase-${phase.index}`;
  return [
    `<section class="cl-phase" id="${id}" aria-labelledby="${id}-title">`,
    `<h2 class="cl-phase-title" id="${id}-title">${escapeHtml(phase.title)}</h2>`,
    progressBar(
      `${id}-progress`,
      phase.title,
      phase.progress,
      locale,
      t('progress.phaseAria', { phase: phase.title, done: phase.progress.done, total: phase.progress.total }),
    ),
  ].join('\n');
}

function stepItem(step: ChecklistStep, locale: Locale, options: HtmlOptions): string {
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const id = `step-${step.index}`;
  const classes = [
    'cl-step',
    step.done ? 'cl-done' : '',
    !step.done && step.skipped !== undefined ? 'cl-skipped' : '',
    worstSeverity(step.findings) ? `cl-has-${worstSeverity(step.findings)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const out: string[] = [];
  out.push(`<li class="${classes}" id="${id}" data-step="${step.index}">`);
  out.push('<div class="cl-step-head">');
  const disabled = options.mode === 'export' ? ' disabled' : '';
  out.push(
    `<input type="checkbox" class="cl-check" id="${id}-check" data-step="${step.index}"${step.done ? ' checked' : ''}${disabled}>`,
  );
  out.push(
    // The export keeps where the step is in the text; the preview finds the step by its
    // index and identity (src/webview/preview.ts), so text typed above it changes nothing here.
    `<label class="cl-step-title" for="${id}-check" id="${id}-title"${options.mode === 'export' ? ` data-offset="${step.offset}"` : ''}>${escapeHtml(step.title)}</label>`,
  );
  if (options.mode === 'preview') {
    // Ids on the buttons: a live update replaces the step, and the webview puts the focus back by id.
    const reveal = `${t('step.reveal')}: ${step.title}`;
    out.push(
      `<button type="button" class="cl-reveal" id="${id}-reveal" title="${escapeHtml(t('step.reveal'))}" aria-label="${escapeHtml(reveal)}"><span aria-hidden="true">↗</span></button>`,
    );
    out.push(skipButton(step, locale));
  }
  out.push('</div>');
  if (options.mode === 'preview' && options.run?.steps.has(step.index)) out.push(runButtons(step, locale, options.run));
  const meta: string[] = [];
  if (step.owner)
    meta.push(
      `<span class="cl-owner"><span class="cl-meta-label">${escapeHtml(t('step.owner'))}:</span> ${escapeHtml(step.owner)}</span>`,
    );
  if (step.duration)
    meta.push(
      `<span class="cl-duration"><span class="cl-meta-label">${escapeHtml(t('step.duration'))}:</span> ${escapeHtml(step.duration)}</span>`,
    );
  if (step.actualMinutes !== undefined)
    meta.push(
      `<span class="cl-actual"><span class="cl-meta-label">${escapeHtml(t('record.actual'))}:</span> ${escapeHtml(formatMinutes(step.actualMinutes, locale))}</span>`,
    );
  if (meta.length) out.push(`<div class="cl-meta">${meta.join(' <span aria-hidden="true">·</span> ')}</div>`);
  out.push(...recordHtml(step, locale));
  if (step.notes) out.push(`<div class="cl-notes">${renderNotes(step.notes)}</div>`);
  for (const key of ['verify', 'rollback'] as const) {
    const text = step[key];
    if (text)
      out.push(
        `<div class="cl-${key}"><p class="cl-section-label">${escapeHtml(t(`step.${key}`))}</p>${renderNotes(text)}</div>`,
      );
  }
  if (step.findings.length) out.push(findingList(step.findings, locale, t('step.findings')));
  out.push('</li>');
  return out.join('\n');
}

/** "Skip step…" for a step not settled, "Un-skip" for a skipped one (preview only). */
function skipButton(step: ChecklistStep, locale: Locale): string {
  if (step.done) return '';
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const skipped = step.skipped !== undefined;
  const label = skipped ? t('step.unskipLabel', { title: step.title }) : t('step.skipLabel', { title: step.title });
  return `<button type="button" class="${skipped ? 'cl-unskip' : 'cl-skip'}" data-step="${step.index}" aria-label="${escapeHtml(label)}">${escapeHtml(t(skipped ? 'step.unskip' : 'step.skip'))}</button>`;
}

/** Who and when, why skipped, and the evidence (links only to http(s) and mailto). */
function recordHtml(step: ChecklistStep, locale: Locale): string[] {
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const out: string[] = [];
  const done = doneText(step, locale);
  if (done) out.push(`<p class="cl-record cl-record-done">${escapeHtml(done)}</p>`);
  const skipped = skippedText(step, locale);
  if (skipped) out.push(`<p class="cl-record cl-record-skipped">${escapeHtml(skipped)}</p>`);
  if (step.evidence?.length) {
    const items = step.evidence.map((entry) => {
      const link = evidenceLink(entry);
      return link
        ? `<li><a href="${escapeHtml(link)}" rel="noopener noreferrer">${escapeHtml(entry)}</a></li>`
        : `<li>${escapeHtml(entry)}</li>`;
    });
    out.push(
      `<div class="cl-evidence"><span class="cl-meta-label">${escapeHtml(t('record.evidence'))}:</span> <ul class="cl-evidence-list">${items.join('')}</ul></div>`,
    );
  }
  return out;
}

/** "Copy commands" and "Run in terminal" (src/extension/runSteps.ts does the work). */
function runButtons(step: ChecklistStep, locale: Locale, run: NonNullable<HtmlOptions['run']>): string {
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const button = (how: 'copy' | 'terminal', label: string) =>
    `<button type="button" class="cl-run" id="step-${step.index}-${how}" data-step="${step.index}" data-run="${how}" aria-label="${escapeHtml(`${label}: ${step.title}`)}">${escapeHtml(label)}</button>`;
  const buttons = [button('copy', t('step.copyCommands'))];
  if (run.terminal) buttons.push(button('terminal', t('step.runInTerminal')));
  return `<div class="cl-run-buttons">${buttons.join('')}</div>`;
}

function findingList(findings: ChecklistFinding[], locale: Locale, label: string): string {
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const items = findings.map(
    (f) =>
      `<li class="cl-finding cl-${f.severity}"><span class="cl-severity">${escapeHtml(t(`severity.${f.severity}`))}</span> ` +
      `<span class="cl-message">${messageHtml(f.message)}</span> ` +
      `<span class="cl-rule">(<code>${escapeHtml(f.ruleId)}</code>, ${escapeHtml(t('finding.line', { line: f.line }))})</span></li>`,
  );
  return `<ul class="cl-findings" aria-label="${escapeHtml(label)}">\n${items.join('\n')}\n</ul>`;
}

/** Rule messages quote names and values in backticks: those become code, after escaping. */
function messageHtml(message: string): string {
  return escapeHtml(message).replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

function worstSeverity(findings: ChecklistFinding[]): string | undefined {
  for (const severity of ['error', 'warning', 'info'] as const)
    if (findings.some((f) => f.severity === severity)) return severity;
  return undefined;
}

export interface DocumentOptions {
  /** The stylesheet (media/preview.css), inlined so the file stands alone. */
  styles: string;
  /** Shown in the footer: where the checklist came from. */
  fileName?: string;
  /** The moment of the export (epoch ms), for the timeline's now line. */
  now?: number;
}

/** A standalone, printable HTML document (the export). */
export function renderChecklistDocument(checklist: Checklist, options: DocumentOptions): string {
  const locale = checklist.locale;
  const styles = options.styles.replace(/<\/style/gi, '<\\/style');
  const footer = options.fileName
    ? `<footer class="cl-footer">${escapeHtml(checklistMessage(locale, 'checklist.generated', { file: options.fileName }))}</footer>\n`
    : '';
  return [
    ...standaloneHead(locale, checklist.title, `${styles}\n`),
    '<body class="cl-standalone">',
    '<main class="cl-checklist">',
    renderChecklistBody(checklist, {
      mode: 'export',
      ...(options.now !== undefined ? { now: options.now } : {}),
    }) + '</main>',
    footer + '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The start of an exported HTML file up to `</head>`. Exports have no scripts at all, and
 * the Content-Security-Policy says so to any browser that opens one.
 */
export function standaloneHead(locale: Locale, title: string, styles: string): string[] {
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${styles}</style>`,
    '</head>',
  ];
}

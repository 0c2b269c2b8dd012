// The runbook as a change request for a change advisory board: a standalone, printable
// HTML document with the plan (title, organization, target, schedule), the findings the
// checker still reports, every phase's steps with owner, duration, planned time, status,
// `verify` and `rollback`, and a sign-off block. Built from the checklist model and the
// schedule; every string from the runbook is escaped, and `verify` / `rollback` are the
// user's Markdown rendered by the checklist's parser (raw HTML off, only http(s) and
// mailto links), so a hostile runbook prints as inert text. No script at all.
import type { LintResult } from '../lint';
import type { Locale } from '../types';
import { fieldString, type StepEntry } from '../parse';
import { buildChecklist, type Checklist, type ChecklistFinding, type ChecklistStep } from '../checklist/model';
import { escapeHtml, organizationHtml, renderNotes, serversHtml, standaloneHead } from '../checklist/html';
import { formatDuration } from '../checklist/progress';
import { oneLine } from '../checklist/titles';
import { computeSchedule, formatInstantShort, parseInstant, type Schedule, type TimedStep } from '../schedule';
import { messagesIn } from '../l10n/catalogue';
import { CHANGE_REQUEST_MESSAGES } from './messages';
import { CHANGE_REQUEST_STYLES } from './styles';

export interface ChangeRequestOptions {
  locale?: Locale;
  /** Shown in the footer: where the change request came from. */
  fileName?: string;
}

type T = ReturnType<typeof messagesIn<(typeof CHANGE_REQUEST_MESSAGES)['en']>>;

/** What the execution record says about a step, as written (one line each). */
interface StepRecord {
  verify?: string;
  rollback?: string;
  skipped?: string;
  doneAt?: string;
  doneBy?: string;
}

interface Context {
  t: T;
  checklist: Checklist;
  schedule?: Schedule;
  records: Map<number, StepRecord>;
  timed: Map<number, TimedStep>;
}

/** The change request of one lint result, as a whole HTML document. */
export function renderChangeRequest(result: LintResult, options: ChangeRequestOptions = {}): string {
  const locale = options.locale ?? 'en';
  const checklist = buildChecklist(result, locale);
  const schedule = checklist.broken ? undefined : computeSchedule(result.parsed);
  const context: Context = {
    t: messagesIn(CHANGE_REQUEST_MESSAGES, locale),
    checklist,
    ...(schedule ? { schedule } : {}),
    records: new Map(result.parsed.steps.map((step) => [step.index, stepRecord(step, result)])),
    timed: new Map((schedule?.steps ?? []).map((timed) => [timed.step.index, timed])),
  };
  const t = context.t;
  const footer = options.fileName
    ? `<footer class="cr-footer">${escapeHtml(t('document.generated', { file: options.fileName }))}</footer>`
    : '';
  return [
    ...standaloneHead(locale, t('document.title', { title: checklist.title }), CHANGE_REQUEST_STYLES),
    '<body class="cr">',
    '<main>',
    header(context),
    planSection(context),
    findingsSection(context),
    phasesSection(context),
    approvalSection(t),
    '</main>',
    footer,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

function stepRecord(step: StepEntry, result: LintResult): StepRecord {
  const doc = result.parsed.doc;
  const text = (key: string) => {
    const value = fieldString(step.node, key, doc);
    return value !== undefined && value.trim() ? value : undefined;
  };
  const record: StepRecord = {};
  const verify = text('verify');
  const rollback = text('rollback');
  const skipped = text('skipped');
  const doneAt = text('doneAt');
  const doneBy = text('doneBy');
  if (verify) record.verify = verify;
  if (rollback) record.rollback = rollback;
  if (skipped) record.skipped = oneLine(skipped);
  if (doneAt) record.doneAt = oneLine(doneAt);
  if (doneBy) record.doneBy = oneLine(doneBy);
  return record;
}

function header({ t, checklist }: Context): string {
  return [
    '<header class="cr-header">',
    `<p class="cr-kind">${escapeHtml(t('document.kind'))}</p>`,
    `<h1 class="cr-title">${escapeHtml(checklist.title)}</h1>`,
    '</header>',
  ].join('\n');
}

function row(label: string, html: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${html}</td></tr>`;
}

function planSection(context: Context): string {
  const { t, checklist, schedule } = context;
  const org = checklist.organization;
  const rows: string[] = [];
  const organization = organizationHtml(org, (n) => t('plan.mailboxes', { n }));
  if (organization !== undefined) rows.push(row(t('plan.organization'), organization));
  const servers = serversHtml(org, (_, version) => (version ? ` (Exchange ${version})` : ''), t('plan.noServers'));
  rows.push(row(t('plan.servers'), servers));
  rows.push(row(t('plan.target'), escapeHtml(org.target)));
  if (schedule) {
    rows.push(row(t('plan.start'), escapeHtml(formatInstantShort(schedule.start))));
    rows.push(row(t('plan.end'), escapeHtml(formatInstantShort(schedule.end))));
  } else {
    rows.push(row(t('plan.start'), `<span class="cr-missing">${escapeHtml(t('plan.noSchedule'))}</span>`));
  }
  const progress = checklist.progress;
  rows.push(
    row(
      t('plan.stepsLabel'),
      escapeHtml(
        t('plan.steps', {
          total: progress.total,
          phases: checklist.phases.filter((p) => p.steps.length > 0).length,
          // The checklist counts a skipped step as settled; here the two are told apart.
          done: progress.done - progress.skipped,
          skipped: progress.skipped,
        }),
      ),
    ),
  );
  if (progress.hours > 0) rows.push(row(t('plan.hours'), escapeHtml(formatDuration(progress.hours, checklist.locale))));
  return [
    '<section class="cr-plan" aria-labelledby="cr-plan-title">',
    `<h2 id="cr-plan-title">${escapeHtml(t('plan.heading'))}</h2>`,
    '<table class="cr-facts">',
    ...rows,
    '</table>',
    '</section>',
  ].join('\n');
}

interface PlacedFinding {
  finding: ChecklistFinding;
  step?: ChecklistStep;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every finding the checker reports, worst first, then in file order. */
function openFindings(checklist: Checklist): PlacedFinding[] {
  const placed: PlacedFinding[] = checklist.general.map((finding) => ({ finding }));
  for (const phase of checklist.phases)
    for (const step of phase.steps) for (const finding of step.findings) placed.push({ finding, step });
  return placed.sort(
    (a, b) =>
      SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
      a.finding.line - b.finding.line ||
      a.finding.column - b.finding.column,
  );
}

function findingsSection({ t, checklist }: Context): string {
  const out = [
    '<section class="cr-findings" aria-labelledby="cr-findings-title">',
    `<h2 id="cr-findings-title">${escapeHtml(t('findings.heading'))}</h2>`,
  ];
  if (checklist.broken) out.push(`<p class="cr-warning">${escapeHtml(t('broken.text'))}</p>`);
  const findings = openFindings(checklist);
  if (findings.length === 0) {
    out.push(`<p class="cr-none">${escapeHtml(t('findings.none'))}</p>`, '</section>');
    return out.join('\n');
  }
  const count = (severity: ChecklistFinding['severity']) =>
    findings.filter((f) => f.finding.severity === severity).length;
  out.push(
    `<p class="cr-summary">${escapeHtml(t('findings.summary', { errors: count('error'), warnings: count('warning'), infos: count('info') }))}</p>`,
    '<table class="cr-finding-table">',
    `<thead><tr><th scope="col">${escapeHtml(t('findings.severity'))}</th><th scope="col">${escapeHtml(t('findings.where'))}</th><th scope="col">${escapeHtml(t('findings.message'))}</th><th scope="col">${escapeHtml(t('findings.rule'))}</th></tr></thead>`,
    '<tbody>',
  );
  for (const { finding, step } of findings) {
    const where = step
      ? `<a href="#cr-step-${step.index}">${escapeHtml(step.title)}</a>`
      : escapeHtml(t('findings.wholeRunbook'));
    out.push(
      `<tr class="cr-finding cr-${finding.severity}">` +
        `<td class="cr-severity">${escapeHtml(t(`severity.${finding.severity}`))}</td>` +
        `<td>${where}</td>` +
        `<td>${messageHtml(finding.message)}</td>` +
        `<td><code>${escapeHtml(finding.ruleId)}</code>, ${escapeHtml(t('findings.line', { line: finding.line }))}</td>` +
        '</tr>',
    );
  }
  out.push('</tbody>', '</table>', '</section>');
  return out.join('\n');
}

/** Rule messages quote names and values in backticks: those become code, after escaping. */
function messageHtml(message: string): string {
  return escapeHtml(message).replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

function phasesSection(context: Context): string {
  const { t, checklist } = context;
  const out = [
    '<section class="cr-phases" aria-labelledby="cr-phases-title">',
    `<h2 id="cr-phases-title">${escapeHtml(t('phases.heading'))}</h2>`,
  ];
  if (!checklist.broken && checklist.phases.every((p) => p.steps.length === 0))
    out.push(`<p class="cr-none">${escapeHtml(t('phases.none'))}</p>`);
  for (const phase of checklist.phases) {
    const id = `cr-phase-${phase.index}`;
    out.push(`<section class="cr-phase" aria-labelledby="${id}">`);
    out.push(`<h3 id="${id}">${escapeHtml(`${phase.index + 1}. ${phase.title}`)}</h3>`);
    const timed = context.schedule?.phases[phase.index];
    if (timed && phase.steps.length)
      out.push(
        `<p class="cr-window">${escapeHtml(t('phase.window', { start: formatInstantShort(timed.start), end: formatInstantShort(timed.end) }))}</p>`,
      );
    phase.steps.forEach((step, i) => out.push(stepBlock(context, step, `${phase.index + 1}.${i + 1}`)));
    out.push('</section>');
  }
  out.push('</section>');
  return out.join('\n');
}

function stepBlock(context: Context, step: ChecklistStep, number: string): string {
  const { t } = context;
  const record = context.records.get(step.index) ?? {};
  const timed = context.timed.get(step.index);
  const missing = (text: string) => `<span class="cr-missing">${escapeHtml(text)}</span>`;
  const facts = [
    row(t('step.owner'), step.owner ? escapeHtml(step.owner) : missing(t('step.noOwner'))),
    row(t('step.duration'), step.duration ? escapeHtml(step.duration) : missing(t('step.notGiven'))),
  ];
  if (timed)
    facts.push(
      row(t('step.planned'), escapeHtml(`${formatInstantShort(timed.start)} – ${formatInstantShort(timed.end)}`)),
    );
  facts.push(row(t('step.status'), escapeHtml(statusText(t, step, record))));
  const classes = ['cr-step', step.done ? 'cr-done' : '', record.skipped ? 'cr-skipped' : ''].filter(Boolean);
  const out = [
    `<article class="${classes.join(' ')}" id="cr-step-${step.index}" aria-labelledby="cr-step-${step.index}-title">`,
    `<h4 id="cr-step-${step.index}-title">${escapeHtml(`${number} ${step.title}`)}</h4>`,
    '<table class="cr-step-facts">',
    ...facts,
    '</table>',
    markdownBlock(t('step.verify'), 'cr-verify', record.verify, t),
    markdownBlock(t('step.rollback'), 'cr-rollback', record.rollback, t),
  ];
  if (step.findings.length)
    out.push(
      `<p class="cr-step-findings"><a href="#cr-findings-title">${escapeHtml(t('step.findings', { n: step.findings.length }))}</a></p>`,
    );
  out.push('</article>');
  return out.join('\n');
}

function markdownBlock(label: string, className: string, markdown: string | undefined, t: T): string {
  const body = markdown ? renderNotes(markdown) : `<p class="cr-missing">${escapeHtml(t('step.notGiven'))}</p>`;
  return `<div class="${className}"><p class="cr-label">${escapeHtml(label)}</p>\n${body.trimEnd()}\n</div>`;
}

function statusText(t: T, step: ChecklistStep, record: StepRecord): string {
  if (record.skipped && !step.done) return t('status.skipped', { reason: record.skipped });
  if (!step.done) return t('status.open');
  const at = record.doneAt ? parseInstant(record.doneAt) : undefined;
  const when = at ? formatInstantShort(at) : record.doneAt;
  if (record.doneBy && when) return t('status.doneByAt', { who: record.doneBy, when });
  if (record.doneBy) return t('status.doneBy', { who: record.doneBy });
  if (when) return t('status.doneAt', { when });
  return t('status.done');
}

function approvalSection(t: T): string {
  const roles = ['approval.requester', 'approval.reviewer', 'approval.implementer', 'approval.board'] as const;
  const box = '<span class="cr-box" aria-hidden="true">☐</span>';
  return [
    '<section class="cr-approval" aria-labelledby="cr-approval-title">',
    `<h2 id="cr-approval-title">${escapeHtml(t('approval.heading'))}</h2>`,
    `<p>${escapeHtml(t('approval.intro'))}</p>`,
    '<table class="cr-sign">',
    `<thead><tr><th scope="col">${escapeHtml(t('approval.role'))}</th><th scope="col">${escapeHtml(t('approval.name'))}</th><th scope="col">${escapeHtml(t('approval.date'))}</th><th scope="col">${escapeHtml(t('approval.signature'))}</th></tr></thead>`,
    '<tbody>',
    ...roles.map((role) => `<tr><th scope="row">${escapeHtml(t(role))}</th><td></td><td></td><td></td></tr>`),
    '</tbody>',
    '</table>',
    `<p class="cr-decision"><strong>${escapeHtml(t('approval.decision'))}:</strong> ` +
      [t('approval.approved'), t('approval.rejected'), t('approval.deferred')]
        .map((label) => `${box} ${escapeHtml(label)}`)
        .join(' &#160; ') +
      '</p>',
    `<p class="cr-conditions"><strong>${escapeHtml(t('approval.conditions'))}:</strong></p>`,
    '</section>',
  ].join('\n');
}

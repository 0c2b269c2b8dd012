// The checklist as GitHub-flavoured Markdown: a task list (`- [ ]` / `- [x]`) with a
// `##` section per phase. Names and titles from the runbook are escaped so they read as
// written; notes are the user's own Markdown, parsed and written out again from tokens
// (./notes.ts) so that nothing in them is HTML or a script link to any later reader.
import type { Locale } from '../types';
import { checklistMessage, CHECKLIST_MESSAGES } from './messages';
import { messagesIn } from '../l10n/catalogue';
import type { Checklist, ChecklistFinding, ChecklistStep } from './model';
import { progressText } from './progress';
import { escapeMarkdown, notesToMarkdown } from './notes';
import { renderMermaidGantt, timelineHeading } from '../timeline-mermaid';
import { doneText, evidenceLink, formatMinutes, skippedText } from './record';

export { escapeMarkdown };

export function renderChecklistMarkdown(checklist: Checklist): string {
  const locale = checklist.locale;
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(checklist.title)}`, '');
  const org = checklist.organization;
  const orgParts = [
    org.name,
    org.mailboxes !== undefined ? t('summary.mailboxes', { n: org.mailboxes }) : undefined,
  ].filter((p): p is string => p !== undefined);
  if (orgParts.length) lines.push(`- **${t('summary.organization')}:** ${orgParts.map(escapeMarkdown).join(' · ')}`);
  const servers = org.servers.length
    ? org.servers
        .map((s) =>
          escapeMarkdown(s.name + (s.version ? ` (Exchange ${[s.version, s.update].filter(Boolean).join(' ')})` : '')),
        )
        .join(', ')
    : t('summary.noServers');
  lines.push(`- **${t('summary.servers')}:** ${servers}`);
  lines.push(`- **${t('summary.target')}:** ${escapeMarkdown(org.target)}`);
  lines.push(`- **${t('progress.overall')}:** ${progressText(checklist.progress, locale)}`, '');
  if (checklist.timeline) {
    lines.push(`## ${timelineHeading(locale)}`, '');
    lines.push(renderMermaidGantt(checklist.timeline, checklist.title));
  }

  if (checklist.general.length) {
    lines.push(`**${t('general.findings')}:**`, '');
    for (const f of checklist.general) lines.push(`- ${findingText(f, locale)}`);
    lines.push('');
  }
  if (checklist.broken) lines.push(`_${t('checklist.broken')}_`, '');
  else if (checklist.phases.every((p) => p.steps.length === 0)) lines.push(`_${t('checklist.noPhases')}_`, '');

  for (const phase of checklist.phases) {
    lines.push(`## ${escapeMarkdown(phase.title)}`, '');
    lines.push(`_${progressText(phase.progress, locale)}_`, '');
    for (const step of phase.steps) lines.push(...stepLines(step, locale));
    if (phase.steps.length) lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

function stepLines(step: ChecklistStep, locale: Locale): string[] {
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const lines = [`- [${step.done ? 'x' : ' '}] ${escapeMarkdown(step.title)}`];
  const meta: string[] = [];
  if (step.owner) meta.push(`${t('step.owner')}: ${escapeMarkdown(step.owner)}`);
  if (step.duration) meta.push(`${t('step.duration')}: ${escapeMarkdown(step.duration)}`);
  if (step.actualMinutes !== undefined)
    meta.push(`${t('record.actual')}: ${escapeMarkdown(formatMinutes(step.actualMinutes, locale))}`);
  const record = [doneText(step, locale), skippedText(step, locale)].filter((r): r is string => r !== undefined);
  const evidence = step.evidence?.length
    ? [`${t('record.evidence')}: ${step.evidence.map(evidenceMarkdown).join(', ')}`]
    : [];
  // Two trailing spaces: a line break inside the list item, not a new paragraph.
  const extra = [...(meta.length ? [meta.join(' · ')] : []), ...record.map(escapeMarkdown), ...evidence];
  for (const line of extra) {
    lines[lines.length - 1] += '  ';
    lines.push(`  ${line}`);
  }
  const blocks: string[] = [];
  if (step.notes) blocks.push(notesToMarkdown(step.notes));
  for (const key of ['verify', 'rollback'] as const) {
    const text = step[key];
    if (text) blocks.push(`**${t(`step.${key}`)}:**`, notesToMarkdown(text));
  }
  for (const block of blocks) {
    lines.push('');
    for (const line of block.split('\n')) lines.push(line.trim() ? `  ${line}` : '');
  }
  if (step.findings.length) {
    if (blocks.length) lines.push('');
    for (const f of step.findings) lines.push(`  - ${findingText(f, locale)}`);
  }
  if (blocks.length) lines.push('');
  return lines;
}

/** A link where it is one the exports allow (and writes safely as a Markdown destination), else escaped text. */
function evidenceMarkdown(entry: string): string {
  const link = evidenceLink(entry);
  return link && /^[^\s<>()\\`]+$/.test(link) ? `[${escapeMarkdown(entry)}](${link})` : escapeMarkdown(entry);
}

function findingText(f: ChecklistFinding, locale: Locale): string {
  const severity = checklistMessage(locale, `severity.${f.severity}`);
  // Messages quote names in backticks: keep those as code spans, escape the rest.
  const message = f.message
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part)))
    .join('');
  return `**${severity}:** ${message} (\`${f.ruleId}\`, ${checklistMessage(locale, 'finding.line', { line: f.line })})`;
}

// The schedule as a Mermaid `gantt` block for the Markdown export: GitHub, GitLab and
// Azure DevOps draw it where the file is read. One section per phase, one task per step
// with its planned start and end, steps without a duration as milestones, pinned steps
// (`at`) marked critical, done steps done.
//
// Times are the wall clock as the runbook writes them, each in its own offset (the same
// as `exchange-runbook schedule` prints): Mermaid reads dates without an offset, in the
// reader's zone, so the block reads the same as the table for everyone.
//
// Escaping: the user's text goes where Mermaid's grammar gives meaning to `:` (task
// data), `;` and line breaks (statement ends), `#` (entity codes), `%%` (comments) and
// backticks (the Markdown fence around the block). Those characters, and < > & " for
// good measure, are written as Mermaid entity codes (`#58;`), which it decodes when it
// draws the text.
import type { Instant } from './schedule';
import type { Locale } from './types';
import type { TimelineData } from './timeline';
import { capText } from './timeline-svg';

// A line that starts with one of the gantt grammar's keywords (case-insensitive) is that
// statement, not a task: a step titled "Section 3 cleanup" would become a section.
const KEYWORD =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|weekday|weekend|todaymarker|title|acctitle|accdescr|section|click|call|href)/i;

const entity = (c: string) => `#${c.codePointAt(0)};`;

/** Text for a title, section or task name in a Mermaid diagram. */
export function mermaidText(text: string, max = 120): string {
  const escaped = capText(text, max).replace(/[:;#%`<>&"\\]/g, entity) || '-';
  return KEYWORD.test(escaped) ? entity(escaped[0]) + escaped.slice(1) : escaped;
}

/** `2026-03-28 22:00` in the instant's own offset. */
function wallClock(instant: Instant): string {
  const d = new Date(instant.epochMs + instant.offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function timelineHeading(locale: Locale): string {
  return locale === 'sv' ? 'Tidslinje' : 'Timeline';
}

/** The block, fenced, ending with a newline. */
export function renderMermaidGantt(data: TimelineData, title: string): string {
  const lines = [
    '```mermaid',
    'gantt',
    `  title ${mermaidText(title)}`,
    '  dateFormat YYYY-MM-DD HH:mm',
    '  axisFormat %d %b %H:%M',
  ];
  for (const phase of data.phases) {
    lines.push(`  section ${mermaidText(phase.title, 60)}`);
    for (const step of phase.steps) {
      const tags = [step.done ? 'done' : '', step.pinned ? 'crit' : ''].filter(Boolean);
      const id = `s${step.index}`;
      const name = mermaidText(step.title, 80);
      if (step.end.epochMs > step.start.epochMs) {
        lines.push(`  ${name} :${[...tags, id, wallClock(step.start), wallClock(step.end)].join(', ')}`);
      } else {
        lines.push(`  ${name} :${['milestone', ...tags, id, wallClock(step.start), '0m'].join(', ')}`);
      }
    }
  }
  lines.push('```');
  return lines.join('\n') + '\n';
}

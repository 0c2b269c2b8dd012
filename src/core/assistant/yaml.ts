// Writes the generated runbook as a person would: two-space indentation, versions quoted,
// short lists in flow style, notes as literal blocks, comments where they help. The text
// is built here rather than by a YAML library so that its layout matches the shared
// examples (test/fixtures) and survives the fix engine's layout inference unchanged.

import { escapeInvisible } from '../util/escape';

export type YamlValue = string | number | boolean | string[];

export interface YamlStep {
  action: string;
  fields: [string, YamlValue][];
  title?: string;
  duration?: string;
  notes?: string;
}

export interface YamlPhase {
  id: string;
  title: string;
  steps: YamlStep[];
}

const PLAIN = /^[\p{L}\p{N}][^\n]*$/u;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;
const NUMERIC = /^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

// Line breaks other than LF (CR, NEL, U+2028/9), other controls and invisible characters:
// an inventory's server or domain name may hold them (CLIXML `_x000D_`), and in the YAML
// they would break a line (adding keys or servers) or reach the terminal.
const escaped = (text: string) => escapeInvisible(text, '\t\n');

/** A scalar as plain text when YAML reads it back as the same string, else double-quoted. */
export function yamlString(text: string): string {
  const safe =
    escaped(text) === text &&
    PLAIN.test(text) &&
    !RESERVED.test(text) &&
    !NUMERIC.test(text) &&
    !DATE_LIKE.test(text) &&
    // Versions and Windows Server levels ("2012R2") read best quoted, as the examples write them.
    !/^\d/.test(text) &&
    !/:\s|:$|\s#|\s$/.test(text);
  // JSON escapes C0 controls; YAML reads the `\u` escapes of the others back as they were.
  return safe ? text : escaped(JSON.stringify(text));
}

export function yamlScalarOf(value: YamlValue): string {
  if (Array.isArray(value)) return `[${value.map(yamlString).join(', ')}]`;
  if (typeof value === 'string') return yamlString(value);
  return String(value);
}

/** A literal block (`|`) for notes and multi-line text, a scalar for one line. */
function textField(key: string, text: string, indent: string, block = false): string {
  // A block scalar has no escapes: the characters show as their escape text instead.
  const lines = text.replace(/\s+$/, '').split('\n');
  if (lines.length > 1 || block) lines.forEach((l, i) => (lines[i] = escaped(l)));
  if (lines.length === 1 && !block) return `${indent}${key}: ${yamlString(lines[0])}\n`;
  return `${indent}${key}: |\n${lines.map((l) => (l.length ? `${indent}  ${l.replace(/\s+$/, '')}` : '')).join('\n')}\n`;
}

export function renderStep(step: YamlStep, dashIndent: string): string {
  const inner = dashIndent + '  ';
  let out = `${dashIndent}- action: ${step.action}\n`;
  for (const [key, value] of step.fields) out += `${inner}${key}: ${yamlScalarOf(value)}\n`;
  if (step.title) out += textField('title', step.title, inner);
  if (step.duration) out += `${inner}duration: ${step.duration}\n`;
  if (step.notes) out += textField('notes', step.notes, inner, true);
  return out;
}

export function renderPhases(phases: YamlPhase[]): string {
  let out = 'phases:\n';
  for (const phase of phases) {
    out += `  - id: ${phase.id}\n`;
    out += textField('title', phase.title, '    ');
    out += '    steps:\n';
    for (const step of phase.steps) out += renderStep(step, '      ');
  }
  return out;
}

/** `# ` comment lines, wrapped at about `width` characters. */
export function commentLines(text: string, width = 96): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    // A list item (a source URL) stays on one line however long it is.
    if (paragraph.startsWith('- ')) {
      out.push(paragraph);
      continue;
    }
    const words = paragraph.split(/\s+/).filter(Boolean);
    let line = '';
    for (const word of words) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = '  ' + word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out.map((l) => (l ? `# ${l}` : '#')).join('\n') + '\n';
}

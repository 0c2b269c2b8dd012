// Small builders for the on-premises rule tests: a runbook from its parts, and the exact
// 1-based line/column of a piece of text, so expectations stay exact and readable.
import * as assert from 'assert';
import type { Finding } from '../../../src/core';
import { indent, yaml } from '../rule-tester';

export interface OnPremises {
  /** Default `Test`. */
  title?: string;
  /** Default 2024-01-15. */
  asOf?: string;
  /** organization.mailboxes, default 100. */
  mailboxes?: number;
  /** More lines under `organization` (YAML). */
  organization?: string;
  /** The `servers` list (YAML); none: `servers: []`. */
  servers?: string;
  /** The on-premises target version, default 2016. */
  version?: string;
  /** The steps of the one phase, `go` (a YAML list). */
  steps: string;
}

/**
 * An on-premises runbook of Contoso with one phase, for the rule tables: a case gives only
 * its servers and steps (each a `yaml` block) and what else differs.
 */
export function onPremises(o: OnPremises): string {
  return (
    yaml`
      runbook: 1
      title: ${o.title ?? 'Test'}
      asOf: ${o.asOf ?? '2024-01-15'}
      organization:
        name: Contoso
        mailboxes: ${o.mailboxes ?? 100}
    ` +
    indent(2, o.organization ?? '') +
    (o.servers ? 'servers:\n' + indent(2, o.servers) : 'servers: []\n') +
    yaml`
      target:
        platform: on-premises
        version: "${o.version ?? '2016'}"
      phases:
        - id: go
          title: Go
          steps:
    ` +
    indent(6, o.steps)
  );
}

export interface Parts {
  asOf?: string;
  organization?: string;
  servers: string;
  target?: string;
  phases: string;
}

/** A runbook with two-space indentation; `servers` and `phases` are the YAML under those keys. */
export function runbook(parts: Parts): string {
  return [
    'runbook: 1',
    'title: Test',
    `asOf: ${parts.asOf ?? '2024-01-15'}`,
    'organization:',
    parts.organization ?? '  name: Contoso\n  mailboxes: 100',
    parts.servers.trim() === '[]' ? 'servers: []' : 'servers:\n' + parts.servers.replace(/\n$/, ''),
    'target:',
    parts.target ?? '  platform: on-premises\n  version: "2016"',
    'phases:',
    parts.phases.replace(/\n$/, ''),
    '',
  ].join('\n');
}

/** Line and column (1-based) of the n-th occurrence of `needle`. */
export function at(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" (occurrence ${occurrence}) not in the text`);
  }
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** [line, column, endLine, endColumn] of a finding, for deepStrictEqual. */
export function span(f: Finding): [number, number, number, number] {
  return [f.range.line, f.range.column, f.range.endLine, f.range.endColumn];
}

/** The span of `needle` (n-th occurrence) on one line. */
export function spanOf(text: string, needle: string, occurrence = 1): [number, number, number, number] {
  const p = at(text, needle, occurrence);
  return [p.line, p.column, p.line, p.column + needle.length];
}

/** The span of the value in `key: value` (n-th occurrence of that text). */
export function valueSpan(text: string, keyAndValue: string, occurrence = 1): [number, number, number, number] {
  const p = at(text, keyAndValue, occurrence);
  const offset = keyAndValue.indexOf(': ') + 2;
  return [p.line, p.column + offset, p.line, p.column + keyAndValue.length];
}

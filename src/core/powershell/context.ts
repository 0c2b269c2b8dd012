// A step's values as command arguments: the runbook's value when it has one that can be
// written safely, otherwise a parameter the operator supplies (never a guess).
import { fieldString, fieldStrings, type ParsedRunbook, type StepEntry } from '../parse';
import { sameServerName } from '../util/server-name';
import type { PsValue, ScriptParameter } from './model';
import { isSafeValue, oneLineText } from './quote';

export class StepContext {
  private readonly used = new Map<string, ScriptParameter>();

  constructor(
    readonly parsed: ParsedRunbook,
    readonly step: StepEntry,
  ) {}

  /** The step's number as people count (1-based), for per-step parameter names. */
  get number(): number {
    return this.step.index + 1;
  }

  get parameters(): ScriptParameter[] {
    return [...this.used.values()];
  }

  /** The field as written (scalars of any type as text), or undefined. */
  raw(field: string): string | undefined {
    return fieldString(this.step.node, field, this.parsed.doc);
  }

  /** A field that may be one value or a list of them. */
  list(field: string): string[] {
    return fieldStrings(this.step.node, field, this.parsed.doc).map((v) => v.value);
  }

  /** The field as a command value, or a parameter of this step when the runbook lacks it. */
  value(field: string, label: string, description: string): PsValue {
    const raw = this.raw(field);
    if (raw !== undefined && isSafeValue(raw)) return { kind: 'string', value: raw };
    return this.stepParameter(
      label,
      description + (raw === undefined ? '' : ' (the runbook’s value cannot be written into a command)'),
    );
  }

  /** A value the runbook never holds and every step shares (the migration endpoint's name). */
  shared(name: string, description: string, type: ScriptParameter['type'] = 'string'): PsValue {
    return this.use({ name, label: name, description, type });
  }

  /** A value the runbook lacks for this step only: its parameter is named after the step. */
  stepParameter(label: string, description: string, type: ScriptParameter['type'] = 'string'): PsValue {
    return this.use({
      name: `Step${this.number}${label}`,
      label,
      description: `Step ${this.number}: ${description}`,
      type,
    });
  }

  private use(parameter: ScriptParameter): PsValue {
    const known = this.used.get(parameter.name);
    if (!known) this.used.set(parameter.name, parameter);
    return { kind: 'parameter', parameter: known ?? parameter };
  }

  /** The field for an instruction the operator reads: one line, or `<field>` when missing. */
  text(field: string): string {
    const raw = this.raw(field);
    const line = raw === undefined ? '' : oneLineText(raw);
    return line || `<${field}>`;
  }

  /** The Exchange version of a server: from `servers`, else from the step that installs it. */
  serverVersion(name: string): string | undefined {
    const doc = this.parsed.doc;
    for (const server of this.parsed.servers)
      if (sameServerName(server.name, name)) return fieldString(server.node, 'version', doc);
    for (const step of this.parsed.steps)
      if (step.action === 'install-exchange' && sameServerName(fieldString(step.node, 'server', doc), name))
        return fieldString(step.node, 'version', doc);
    return undefined;
  }

  /** The `method` of the create-migration-batch step that makes this batch. */
  batchMethod(batch: string): string | undefined {
    const doc = this.parsed.doc;
    for (const step of this.parsed.steps)
      if (step.action === 'create-migration-batch' && fieldString(step.node, 'batch', doc) === batch)
        return fieldString(step.node, 'method', doc);
    return undefined;
  }
}

/**
 * Everything a step's commands read beyond the step itself (StepContext above and the
 * templates: the servers, the steps that install Exchange or create a migration batch, the
 * organization's domains), as one string: while it and a step's text stay the same, so do
 * its commands (the preview's memo, src/core/checklist/memo.ts, keeps "has commands" per
 * step on that). Whatever StepContext starts reading belongs here too.
 */
export function commandContextKey(parsed: ParsedRunbook): string {
  const doc = parsed.doc;
  const parts: (string | undefined)[][] = [
    fieldStrings(parsed.organization, 'domains', doc).map((v) => v.value),
    ...parsed.servers.map((server) => ['server', server.name, fieldString(server.node, 'version', doc)]),
  ];
  for (const step of parsed.steps) {
    if (step.action === 'install-exchange')
      parts.push(['install', fieldString(step.node, 'server', doc), fieldString(step.node, 'version', doc)]);
    else if (step.action === 'create-migration-batch')
      parts.push(['batch', fieldString(step.node, 'batch', doc), fieldString(step.node, 'method', doc)]);
  }
  return JSON.stringify(parts);
}

// Server and batch names as symbols: where each is defined (its `servers` entry or the
// step that installs it; the step that creates the batch), every place that names it,
// and the minimal edits that rename it (one replaced scalar per occurrence; quotes and
// comments stay as written).
import { actionSpec, EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';
import { fieldNode, isScalar, isSeq } from '../parse';
import type { ParsedRunbook, Scalar, StepEntry } from '../parse';
import { meantAction } from '../model';
import { sameServerName } from '../util/server-name';
import type { OffsetRange, TextEdit } from '../types';
import { nameRange, scalarAt } from './locate';

export type NameKind = 'server' | 'batch';

export interface NameOccurrence {
  kind: NameKind;
  name: string;
  node: Scalar;
  /** The name's text (inside quotes). */
  range: OffsetRange;
  /** A `servers` entry's name, an install's server, a batch creation's name. */
  defines: boolean;
  step?: StepEntry;
}

const SERVER_NAME = /^[A-Za-z0-9_.-]+$/;

/** Every server and batch name in the runbook, in file order. */
export function nameOccurrences(parsed: ParsedRunbook): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  const push = (kind: NameKind, node: unknown, defines: boolean, step?: StepEntry) => {
    if (!isScalar(node) || !node.range || node.value === null || node.value === undefined) return;
    const name = String(node.value);
    if (kind === 'server' && name === EXCHANGE_ONLINE_TARGET) return;
    out.push({ kind, name, node, range: nameRange(node), defines, step });
  };
  for (const server of parsed.servers) push('server', fieldNode(server.node, 'name', parsed.doc), true);
  for (const step of parsed.steps) {
    const action = meantAction(step.action);
    const spec = actionSpec(action);
    if (!spec) continue;
    for (const [field, fieldSpec] of Object.entries(spec.fields)) {
      const kind: NameKind | undefined =
        fieldSpec.names === 'server' || fieldSpec.names === 'server-or-tenant' || fieldSpec.names === 'new-server'
          ? 'server'
          : fieldSpec.names === 'batch'
            ? 'batch'
            : undefined;
      if (!kind) continue;
      const node = fieldNode(step.node, field, parsed.doc);
      const defines =
        (kind === 'server' && action === 'install-exchange') ||
        (kind === 'batch' && action === 'create-migration-batch');
      if (isSeq(node)) for (const item of node.items) push(kind, item, defines, step);
      else push(kind, node, defines, step);
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** The server or batch name under the cursor. */
export function nameAt(parsed: ParsedRunbook, offset: number): NameOccurrence | undefined {
  const hit = scalarAt(parsed, offset);
  if (!hit || hit.role !== 'value') return undefined;
  return nameOccurrences(parsed).find((o) => o.node === hit.node);
}

/** Server names compare as Windows compares them (util/server-name.ts); batch names exactly. */
function sameName(a: NameOccurrence, b: { kind: NameKind; name: string }): boolean {
  return a.kind === b.kind && (a.kind === 'server' ? sameServerName(a.name, b.name) : a.name === b.name);
}

/** Where the name under the cursor is defined: the first `servers` entry, else the first install (or batch creation). */
export function definitionAt(parsed: ParsedRunbook, offset: number): NameOccurrence | undefined {
  const at = nameAt(parsed, offset);
  if (!at) return undefined;
  const all = nameOccurrences(parsed).filter((o) => sameName(o, at) && o.defines);
  return all.find((o) => !o.step) ?? all[0];
}

export function referencesAt(parsed: ParsedRunbook, offset: number, includeDeclaration = true): NameOccurrence[] {
  const at = nameAt(parsed, offset);
  if (!at) return [];
  return nameOccurrences(parsed).filter((o) => sameName(o, at) && (includeDeclaration || !o.defines));
}

export type RenameResult = { edits: TextEdit[] } | { error: 'notAName' | 'invalidName' | 'taken'; kind?: NameKind };

/** The name under the cursor and its span, when it can be renamed. */
export function prepareRenameAt(
  parsed: ParsedRunbook,
  offset: number,
): { range: OffsetRange; name: string; kind: NameKind } | undefined {
  const at = nameAt(parsed, offset);
  return at ? { range: at.range, name: at.name, kind: at.kind } : undefined;
}

export function renameEdits(parsed: ParsedRunbook, offset: number, newName: string): RenameResult {
  const at = nameAt(parsed, offset);
  if (!at) return { error: 'notAName' };
  const valid =
    at.kind === 'server'
      ? SERVER_NAME.test(newName) && newName !== EXCHANGE_ONLINE_TARGET
      : newName.trim() !== '' && !/[\r\n]/.test(newName);
  if (!valid) return { error: 'invalidName', kind: at.kind };
  const all = nameOccurrences(parsed);
  // A new spelling of the same name (EX01 → ex01) is a rename, not a clash.
  if (!sameName(at, { kind: at.kind, name: newName }) && all.some((o) => sameName(o, { kind: at.kind, name: newName })))
    return { error: 'taken', kind: at.kind };
  const edits: TextEdit[] = [];
  for (const o of all) {
    if (!sameName(o, at)) continue;
    edits.push(replacement(o.node, newName));
  }
  return { edits };
}

/** The edit that writes `value` in place of a scalar, keeping its quoting style. */
function replacement(node: Scalar, value: string): TextEdit {
  const [start, end] = node.range!;
  if (node.type === 'QUOTE_DOUBLE')
    return { offset: start + 1, length: end - start - 2, text: JSON.stringify(value).slice(1, -1) };
  if (node.type === 'QUOTE_SINGLE')
    return { offset: start + 1, length: end - start - 2, text: value.replace(/'/g, "''") };
  const plain =
    /^[A-Za-z0-9_][A-Za-z0-9_.@/-]*$/.test(value) &&
    !/^(true|false|yes|no|on|off|null|y|n|~)$/i.test(value) &&
    !/^[\d.]+$/.test(value);
  return { offset: start, length: end - start, text: plain ? value : JSON.stringify(value) };
}

// Which fields a part of the runbook has, from the vocabulary (knowledge/actions.ts): the
// one place completion and hover look them up.
import {
  ACTIONS_BY_ID,
  COMMON_STEP_FIELDS,
  FieldSpec,
  OBJECT_SPECS,
  ObjectKind,
  STEP_FIELDS,
} from '../knowledge/actions';
import type { Container } from './context';

export interface FieldEntry {
  name: string;
  spec: FieldSpec;
  required: boolean;
}

/** The fields of a container in the order they are usually written, required first. */
export function fieldsOf(container: Container, action?: string): FieldEntry[] {
  const object = container in OBJECT_SPECS ? OBJECT_SPECS[container as ObjectKind] : undefined;
  if (object) {
    const names = Object.keys(object.fields);
    const required = names.filter((n) => object.required.includes(n));
    const optional = names.filter((n) => !object.required.includes(n));
    return [...required, ...optional].map((name) => ({
      name,
      spec: object.fields[name],
      required: object.required.includes(name),
    }));
  }
  if (container !== 'step') return [];
  const spec = action === undefined ? undefined : ACTIONS_BY_ID.get(action);
  const out: FieldEntry[] = [{ name: 'action', spec: STEP_FIELDS.action, required: true }];
  if (spec) {
    for (const name of spec.required) out.push({ name, spec: spec.fields[name] ?? STEP_FIELDS[name], required: true });
    for (const name of spec.optional) out.push({ name, spec: spec.fields[name] ?? STEP_FIELDS[name], required: false });
  }
  for (const name of COMMON_STEP_FIELDS) {
    if (out.some((f) => f.name === name)) continue;
    out.push({ name, spec: STEP_FIELDS[name], required: false });
  }
  return out;
}

export function fieldSpec(container: Container, action: string | undefined, key: string): FieldSpec | undefined {
  return fieldsOf(container, action).find((f) => f.name === key)?.spec;
}

/** Values that look like numbers are written quoted, so YAML keeps them strings (`version: "2016"`). */
export function needsQuotes(spec: FieldSpec | undefined): boolean {
  return !!spec?.enum?.some((v) => /^\d/.test(v));
}

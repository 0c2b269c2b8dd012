// Node-by-node comparison of two yaml Documents: the same classes, every own property
// (ranges, values, scalar types and sources, flow flags, comments, blank-line flags,
// formats), the same options, directives and schema. Used to prove the fast composer
// (src/core/fast-compose.ts) gives exactly what yaml's parseDocument gives.
import { Document, isCollection, isDocument } from 'yaml';

/** The path of the first difference between `a` and `b`, or undefined when there is none. */
export function firstDifference(a: Document, b: Document): string | undefined {
  return differ(a, b, 'doc', new Set());
}

function differ(a: unknown, b: unknown, at: string, seen: Set<unknown>): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${show(a)} ≠ ${show(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: class ${name(a)} ≠ ${name(b)}`;
  if (seen.has(a)) return undefined;
  seen.add(a);
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return `${at}: length ${a.length} ≠ ${bb.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = differ(a[i], bb[i], `${at}[${i}]`, seen);
      if (d) return d;
    }
    return undefined;
  }
  if (a instanceof RegExp) return String(a) === String(b) ? undefined : `${at}: ${String(a)} ≠ ${String(b)}`;
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  if (keysA.join() !== keysB.join()) return `${at}: keys ${keysA.join(',')} ≠ ${keysB.join(',')}`;
  // Collections hold their document's schema (not enumerable): each its own document's.
  if (isCollection(a) && isCollection(b) && !!a.schema !== !!b.schema) return `${at}: schema`;
  for (const key of keysA) {
    if (isDocument(a) && key === 'schema') continue;
    const d = differ((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`, seen);
    if (d) return d;
  }
  if (isDocument(a)) return differ(a.schema.tags, (b as Document).schema.tags, `${at}.schema.tags`, seen);
  return undefined;
}

function name(x: object): string {
  return (x.constructor as { name?: string } | undefined)?.name ?? 'Object';
}

function show(x: unknown): string {
  return typeof x === 'string' ? JSON.stringify(x) : String(x);
}

// The scalar under the cursor in a parsed runbook, with what it is: a key or a value, of
// which field, in which step, server entry or other part.
import { isMap, isScalar, isSeq } from '../parse';
import { MAX_NODE_DEPTH } from '../yaml-data';
import type { ParsedRunbook, Scalar, YAMLMap } from '../parse';
import { describeContainer, ContainerInfo } from './context';

export interface ScalarHit extends ContainerInfo {
  node: Scalar;
  role: 'key' | 'value';
  /** The field: the key itself, or the key whose value (or list item) this is. */
  field: string;
  /** The mapping that holds the field. */
  map: YAMLMap;
  /** The value is one item of a list. */
  inList: boolean;
}

export function scalarAt(parsed: ParsedRunbook, offset: number): ScalarHit | undefined {
  if (!parsed.root) return undefined;
  const contains = (node: Scalar) => !!node.range && node.range[0] <= offset && offset <= node.range[1];
  let hit:
    | { node: Scalar; role: 'key' | 'value'; field: string; map: YAMLMap; path: (string | number)[]; inList: boolean }
    | undefined;
  const visit = (node: unknown, path: (string | number)[]): void => {
    // The path is the depth; aliases are not followed (isMap/isSeq), so the walk ends.
    if (hit || path.length > MAX_NODE_DEPTH) return;
    if (isMap(node)) {
      if (node.range && (offset < node.range[0] || offset > node.range[2])) return;
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const field = String(pair.key.value);
        if (contains(pair.key)) {
          hit = { node: pair.key, role: 'key', field, map: node, path, inList: false };
          return;
        }
        const value = pair.value;
        if (isScalar(value) && contains(value)) {
          hit = { node: value, role: 'value', field, map: node, path, inList: false };
          return;
        }
        if (isSeq(value) && value.range && offset >= value.range[0] && offset <= value.range[2]) {
          for (const item of value.items) {
            if (isScalar(item) && contains(item)) {
              hit = { node: item, role: 'value', field, map: node, path, inList: true };
              return;
            }
          }
        }
        visit(value, [...path, field]);
      }
    } else if (isSeq(node)) {
      if (node.range && (offset < node.range[0] || offset > node.range[2])) return;
      node.items.forEach((item, i) => visit(item, [...path, i]));
    }
  };
  visit(parsed.root, []);
  if (!hit) return undefined;
  const info = describeContainer(parsed, hit.path, hit.map) ?? { container: 'unknown' as const };
  return { ...info, node: hit.node, role: hit.role, field: hit.field, map: hit.map, inList: hit.inList };
}

/** The span of a scalar's text, inside its quotes when it has them. */
export function nameRange(node: Scalar): { start: number; end: number } {
  const [start, end] = node.range!;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return quoted ? { start: start + 1, end: Math.max(start + 1, end - 1) } : { start, end };
}

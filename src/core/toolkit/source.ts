// Reading the runbook's YAML for rules (ESLint's `context.sourceCode`): a field's value
// through anchors and aliases, its node, pair and offsets, and the node kinds. Every rule
// reads the same way, so `version: 2016` is "2016" and an alias is its anchor's value for
// all of them alike.
import type { Document } from 'yaml';
import {
  fieldBoolean,
  fieldNode,
  fieldNumber,
  fieldString,
  fieldStrings,
  getPair,
  isMap,
  isScalar,
  isSeq,
  nodeRange,
  stringValue,
  type Node,
  type Pair,
  type ParsedRunbook,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from '../parse';
import { endOfNode } from '../fix';
import type { OffsetRange } from '../types';

export interface SourceReader {
  /** A field's value as a string (scalars of any type, as written: `2016` reads "2016"). */
  string(map: YAMLMap | undefined, key: string): string | undefined;
  /** A field that may be one value or a list of them (`from: [A, B]`), with their nodes. */
  strings(map: YAMLMap | undefined, key: string): { value: string; node: Node }[];
  number(map: YAMLMap | undefined, key: string): number | undefined;
  boolean(map: YAMLMap | undefined, key: string): boolean | undefined;
  /** A field's value node (an alias followed to its anchor). */
  node(map: YAMLMap | undefined, key: string): Node | undefined;
  /** A field's key and value as written (no alias followed). */
  pair(map: YAMLMap | undefined, key: string): Pair<Scalar, Node> | undefined;
  /** A node's value as a string, as `string` reads a field. */
  value(node: unknown): string | undefined;
  /** A node's offsets (without trailing comments and blanks). */
  range(node: Node | null | undefined): OffsetRange | undefined;
  /** The offset after a node's last line, its line break included. */
  end(node: Node): number;
  isMap(node: unknown): node is YAMLMap;
  isSeq(node: unknown): node is YAMLSeq;
  isScalar(node: unknown): node is Scalar;
}

export function sourceReader(parsed: ParsedRunbook): SourceReader {
  const doc: Document | undefined = parsed.doc;
  return {
    string: (map, key) => fieldString(map, key, doc),
    strings: (map, key) => fieldStrings(map, key, doc),
    number: (map, key) => fieldNumber(map, key, doc),
    boolean: (map, key) => fieldBoolean(map, key, doc),
    node: (map, key) => fieldNode(map, key, doc),
    pair: getPair,
    value: (node) => stringValue(doc, node),
    range: nodeRange,
    end: (node) => endOfNode(parsed.text, node),
    isMap: (node): node is YAMLMap => isMap(node),
    isSeq: (node): node is YAMLSeq => isSeq(node),
    isScalar: (node): node is Scalar => isScalar(node),
  };
}

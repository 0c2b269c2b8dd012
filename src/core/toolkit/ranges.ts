// Where findings point: one helper for every rule, so a step's line, a field's value and
// a section's field are underlined the same way whichever rule reports them.
import type { Node, YAMLMap } from 'yaml';
import { firstLineRange, getPair, nodeRange, ParsedRunbook, StepEntry } from '../parse';
import type { OffsetRange } from '../types';

export interface Ranges {
  /** An item's first line (a step, a server entry), without trailing blanks or a trailing comment. */
  line(item: StepEntry | Node): OffsetRange;
  /** A field's value in a map (a step, a server entry, `organization`), else its key, else the map's first line. */
  field(map: StepEntry | YAMLMap | undefined, key: string): OffsetRange;
  /**
   * A field of a top-level section (`target.method`, `organization.directorySync`): its
   * value, else its key, else the section's key, else the start of the document.
   */
  section(section: 'target' | 'organization', key: string): OffsetRange;
}

function mapOf(item: StepEntry | Node): Node {
  return 'node' in item && 'phase' in item ? item.node : (item as Node);
}

export function rangesFor(parsed: ParsedRunbook): Ranges {
  const text = parsed.text;
  const line = (item: StepEntry | Node): OffsetRange => {
    const range = firstLineRange(text, mapOf(item));
    let end = range.end;
    while (end > range.start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    return { start: range.start, end };
  };
  const pairRange = (map: YAMLMap | undefined, key: string): OffsetRange | undefined => {
    const pair = getPair(map, key);
    return pair ? (nodeRange(pair.value as Node) ?? nodeRange(pair.key)) : undefined;
  };
  return {
    line,
    field(map, key) {
      if (!map) return { start: 0, end: 0 };
      const node = mapOf(map) as YAMLMap;
      return pairRange(node, key) ?? firstLineRange(text, node);
    },
    section(section, key) {
      const range = pairRange(parsed[section], key);
      if (range) return range;
      const sectionPair = parsed.root ? getPair(parsed.root, section) : undefined;
      return (sectionPair && nodeRange(sectionPair.key as Node)) ?? { start: 0, end: 0 };
    },
  };
}

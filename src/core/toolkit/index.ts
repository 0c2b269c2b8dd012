// The toolkit a rule gets on its context (../rule.ts): where findings point, and a fixer
// that writes documented steps and phases in the file's own layout and line endings. One
// per lint, shared by every rule, so ids drawn for inserted steps never collide.
import type { Node } from 'yaml';
import type { ParsedRunbook, PhaseEntry, StepEntry } from '../parse';
import { replaceNode, YamlEntries } from '../fix';
import type { RunbookFacts } from '../model';
import type { Locale, TextEdit } from '../types';
import { validateParsed, type SchemaProblem } from '../schema';
import {
  computeSchedule,
  formatGap,
  formatInstant,
  formatInstantShort,
  inOffset,
  type Instant,
  type Schedule,
} from '../schedule';
import { rangesFor, Ranges } from './ranges';
import { releasesAt, Releases, StepWriter } from './steps';
import { serverKit, ServerKit } from './servers';
import { sourceReader, SourceReader } from './source';
import { textKit, TextKit } from './text';
import {
  appendAfter,
  dashIndentOf,
  deleteItem,
  insertPhasesBefore,
  insertStepsBefore,
  renderPhases,
  renderSteps,
} from './edits';

export type { Ranges } from './ranges';
export type { Releases, StepWriter } from './steps';
export type { Load, ServerKit } from './servers';
export type { SourceReader } from './source';
export type { TextKit } from './text';

/** Fix building for rules (ESLint's RuleFixer, for runbooks): every edit it returns is plain data. */
export interface RuleFixer {
  /** Writes documented steps and phases: ids unique in the file, title and notes in the runbook's locale. */
  readonly steps: StepWriter;
  /** Steps inserted before a step, above the comment lines that introduce it; declined in flow style. */
  insertStepsBefore(step: StepEntry, steps: YamlEntries[]): TextEdit;
  /** Phases inserted before a phase, above the comment lines that introduce it; declined in flow style. */
  insertPhasesBefore(phase: PhaseEntry, phases: YamlEntries[]): TextEdit;
  /** Steps appended after a step (the last of its phase), at its indentation. */
  appendStepsAfter(step: StepEntry, steps: YamlEntries[]): TextEdit;
  /** Phases appended after a phase (the last one), at its indentation. */
  appendPhasesAfter(phase: PhaseEntry, phases: YamlEntries[]): TextEdit;
  /** Removes an item's lines; its comments stay as comment lines. */
  deleteItem(node: Node): TextEdit;
  /** Replaces a scalar's source text. */
  replace(node: Node, text: string): TextEdit;
}

/** The runbook's schedule (../schedule.ts) and its times as messages write them. */
export interface Timing {
  /** The schedule, when the runbook has one (computed once per lint). */
  schedule(): Schedule | undefined;
  /** ISO 8601 in the instant's own offset: `2026-03-28T22:00+01:00`. */
  instant(instant: Instant): string;
  /** For tables: `2026-03-28 22:00 +01:00`. */
  instantShort(instant: Instant): string;
  /** A gap in whole minutes as people say it: `3 h 20 min`, `2 d 4 h`. */
  gap(minutes: number): string;
  /** The same instant on the clock of another UTC offset. */
  inOffset(instant: Instant, offsetMinutes: number): Instant;
}

export interface Toolkit {
  /** Where a finding points: an item's first line, a field's value, a section's field (ranges.ts). */
  range: Ranges;
  /**
   * Builds fixes: documented steps and phases (id, title, notes in the runbook's locale)
   * inserted in the file's own indentation, style and line endings (this file).
   */
  fixer: RuleFixer;
  /** Reads the runbook's YAML: field values through aliases, nodes, pairs, offsets (source.ts). */
  source: SourceReader;
  /** Server names as Windows compares them, loads and receivers, the hybrid server, the online method (servers.ts). */
  servers: ServerKit;
  /** Counts, lists, product and server names, YAML scalars, in the runbook's locale (text.ts). */
  text: TextKit;
  /** Updates released by the runbook's date (steps.ts). */
  releases: Releases;
  /** The runbook's schedule and its times as messages write them (this file). */
  timing: Timing;
  /** What the runbook format forbids in this runbook: the JSON Schema and the checks beyond it (../schema.ts). */
  schemaProblems(): SchemaProblem[];
}

export function toolkitFor(parsed: ParsedRunbook, facts: RunbookFacts, locale: Locale, asOf: string): Toolkit {
  let steps: StepWriter | undefined;
  let schedule: { value: Schedule | undefined } | undefined;
  return {
    range: rangesFor(parsed),
    source: sourceReader(parsed),
    servers: serverKit(parsed, facts),
    text: textKit(locale),
    releases: releasesAt(asOf),
    timing: {
      schedule: () => (schedule ??= { value: computeSchedule(parsed) }).value,
      instant: formatInstant,
      instantShort: formatInstantShort,
      gap: formatGap,
      inOffset,
    },
    schemaProblems: () => validateParsed(parsed),
    fixer: {
      // Made on first use: most lints insert nothing, and the id allocator reads every id in the file.
      get steps() {
        return (steps ??= new StepWriter(parsed, locale, asOf));
      },
      insertStepsBefore: (step, entries) => insertStepsBefore(parsed, step, entries),
      insertPhasesBefore: (phase, phases) => insertPhasesBefore(parsed, phase, phases),
      appendStepsAfter: (step, entries) =>
        appendAfter(parsed, step.node, renderSteps(parsed, entries, dashIndentOf(parsed, step.node))),
      appendPhasesAfter: (phase, phases) =>
        appendAfter(parsed, phase.node, renderPhases(parsed, phases, dashIndentOf(parsed, phase.node))),
      deleteItem: (node) => deleteItem(parsed, node),
      replace: replaceNode,
    },
  };
}

// The toolkit a rule gets on its context (../rule.ts): where findings point, and a fixer
// that writes documented steps and phases in the file's own layout and line endings. One
// per lint, shared by every rule, so ids drawn for inserted steps never collide.
import type { Node } from 'yaml';
import type { ParsedRunbook, PhaseEntry, StepEntry } from '../parse';
import { replaceNode, YamlEntries } from '../fix';
import type { Locale, TextEdit } from '../types';
import { rangesFor, Ranges } from './ranges';
import { StepWriter } from './steps';
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
export type { StepWriter } from './steps';

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

export interface Toolkit {
  range: Ranges;
  fixer: RuleFixer;
}

export function toolkitFor(parsed: ParsedRunbook, locale: Locale, asOf: string): Toolkit {
  let steps: StepWriter | undefined;
  return {
    range: rangesFor(parsed),
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

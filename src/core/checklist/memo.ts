// What the preview keeps from one render to the next, so that a keystroke costs what it
// changed (issue 16): per step, the ChecklistStep buildChecklist made and the HTML
// renderChecklistParts wrote, reused while everything they are computed from is the same.
// A memo belongs to its owner (one per preview panel); nothing here is module state.
//
// A step's key is its source text, from the start of its line to the start of the next
// step (so trailing blank lines of a block scalar and the indentation count), with its
// index, identity, findings, actual minutes and the locale. Field values are read from
// the step's own text only when the document has no aliases and no directives; otherwise
// nothing is reused.
import type { ParsedRunbook, StepEntry } from '../parse';
import type { Locale } from '../types';
import { aliasIndex } from '../yaml-data';
import { durationHours } from '../knowledge/online';
import type { ChecklistFinding, ChecklistStep, StepIdentity } from './model';

/** The step's HTML without its offsets: `pieces` joined with `data-offset="<offset>"` between. */
export interface StepHtml {
  mode: string;
  runnable: boolean;
  terminal: boolean;
  pieces: string[];
  /** The HTML as rendered, for the offset it was rendered with. */
  html: string;
  offset: number;
}

interface StepMemo {
  /** The key's text: `start`..`end` of the memo's `text`. */
  start: number;
  end: number;
  phase: string | undefined;
  action: string | undefined;
  id: string | undefined;
  findings: ChecklistFinding[];
  actualMinutes: number | undefined;
  step: ChecklistStep;
  html: StepHtml | undefined;
}

export class ChecklistMemo {
  private text = '';
  private locale: Locale | undefined;
  private entries: (StepMemo | undefined)[] = [];
  private next: (StepMemo | undefined)[] = [];
  private readonly durations = new Map<string | undefined, number>();
  /** Per step of the last render, in page order: the same object when its HTML is the same but for offsets (patch.ts). */
  keys: object[] = [];

  /** `durationHours` of a step's duration (0 when none), remembered. */
  readonly hours = (duration: string | undefined): number => {
    let hours = this.durations.get(duration);
    if (hours === undefined) {
      // Typing makes a new duration each keystroke: the cache is a small one.
      if (this.durations.size > 1000) this.durations.clear();
      hours = durationHours(duration) ?? 0;
      this.durations.set(duration, hours);
    }
    return hours;
  };

  /** Starts a build; false when nothing can be reused for this parse (the memo is then emptied). */
  begin(parsed: ParsedRunbook, locale: Locale): boolean {
    const doc = parsed.doc;
    const usable =
      !!doc &&
      parsed.fatal.length === 0 &&
      aliasIndex(doc).first === undefined &&
      // A directive (%YAML, %TAG) changes how every step reads: none at all.
      !hasDirective(parsed.text);
    if (!usable || locale !== this.locale) this.entries = [];
    this.locale = locale;
    this.next = [];
    if (!usable) this.text = '';
    return usable;
  }

  /** The step as built before when nothing it is computed from changed, else `build()`'s. */
  step(
    parsed: ParsedRunbook,
    entry: StepEntry,
    identity: StepIdentity,
    findings: ChecklistFinding[],
    actualMinutes: number | undefined,
    build: () => ChecklistStep,
  ): ChecklistStep {
    const text = parsed.text;
    const range = entry.node.range;
    if (!range) return build();
    const start = text.lastIndexOf('\n', range[0] - 1) + 1;
    const end = parsed.steps[entry.index + 1]?.node.range?.[0] ?? text.length;
    const phase = entry.phase.id ?? entry.phase.title;
    const old = this.entries[entry.index];
    let step: ChecklistStep;
    let html: StepHtml | undefined;
    if (
      old &&
      old.end - old.start === end - start &&
      old.phase === phase &&
      old.action === entry.action &&
      old.id === entry.id &&
      old.actualMinutes === actualMinutes &&
      sameIdentity(old.step.identity, identity) &&
      sameFindings(old.findings, findings) &&
      this.text.slice(old.start, old.end) === text.slice(start, end)
    ) {
      const offset = range[0];
      const endOffset = range[1];
      step =
        old.step.offset === offset && old.step.endOffset === endOffset ? old.step : { ...old.step, offset, endOffset };
      html = old.html;
    } else step = build();
    this.next[entry.index] = {
      start,
      end,
      phase,
      action: entry.action,
      id: entry.id,
      findings,
      actualMinutes,
      step,
      html,
    };
    return step;
  }

  /** Ends a build of `parsed`: what it made is what the next build compares with. */
  end(parsed: ParsedRunbook): void {
    this.entries = this.next;
    this.next = [];
    this.text = parsed.text;
  }

  /** The HTML of a step this memo's last build made, if rendered alike before; else `render()`'s, remembered. */
  html(
    step: ChecklistStep,
    how: Omit<StepHtml, 'pieces' | 'html' | 'offset'>,
    render: () => string,
  ): { html: string; key: object } {
    const entry = this.entries[step.index];
    if (!entry || entry.step !== step) {
      const html = render();
      return { html, key: {} };
    }
    const old = entry.html;
    if (old && old.mode === how.mode && old.runnable === how.runnable && old.terminal === how.terminal) {
      if (old.offset === step.offset) return { html: old.html, key: old };
      // Only the offsets moved. Runbook text is escaped (no `"` of its own), so the
      // attribute is only ever the renderer's.
      const attribute = `data-offset="${step.offset}"`;
      let html = old.pieces[0];
      for (let i = 1; i < old.pieces.length; i++) html += attribute + old.pieces[i];
      return { html, key: old };
    }
    const html = render();
    entry.html = { ...how, pieces: html.split(`data-offset="${step.offset}"`), html, offset: step.offset };
    return { html, key: entry.html };
  }
}

/** A line that starts with `%`: a directive, or (rarely) text that might be one. */
function hasDirective(text: string): boolean {
  for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1))
    if (at === 0 || text[at - 1] === '\n') return true;
  return false;
}

function sameIdentity(a: StepIdentity, b: StepIdentity): boolean {
  return (
    a.id === b.id &&
    a.action === b.action &&
    a.title === b.title &&
    a.phase === b.phase &&
    a.occurrence === b.occurrence
  );
}

function sameFindings(a: ChecklistFinding[], b: ChecklistFinding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (
      x.ruleId !== y.ruleId ||
      x.severity !== y.severity ||
      x.message !== y.message ||
      x.line !== y.line ||
      x.column !== y.column
    )
      return false;
  }
  return true;
}

// What the preview keeps from one render to the next, so that a keystroke costs what it
// changed (issue 16): per step, what buildChecklist and renderChecklistParts made of it
// (its identity, its ChecklistStep, its HTML, its StepInfo, whether it has commands),
// reused while everything they are computed from is the same. A memo belongs to its owner
// (one per preview panel); nothing here is module state.
//
// A step's text is its source from the start of its line to the start of the next step
// (so trailing blank lines of a block scalar and the indentation count). Steps entirely
// before or after the one changed range of the text (changedRange: common prefix and
// suffix) are known to read the same without comparing their text. Field values are taken
// to follow from the step's own text only when the document has no aliases and no
// directives; otherwise nothing is reused. The steps a memo returns are its own: a later
// build moves their offsets in place.
import { fieldString, type ParsedRunbook, type StepEntry } from '../parse';
import type { Locale } from '../types';
import { aliasIndex } from '../yaml-data';
import { durationHours } from '../knowledge/online';
import { changedRange, type Change } from '../analysis-splice';
import { stepPinned } from '../schedule';
import { alike, identityOf, countOccurrences } from './model';
import type { ChecklistFinding, ChecklistPhase, ChecklistStep, StepBuilder, StepIdentity } from './model';
import type { StepInfo } from './protocol';

interface StepMemo {
  /** The step's text: `start`..`end` of the memo's `text`. */
  start: number;
  end: number;
  phase: string | undefined;
  action: string | undefined;
  id: string | undefined;
  /** The `title` field as written (the identity's). */
  title: string | undefined;
  /** The step has a valid `at` (../schedule.ts). */
  pinned: boolean;
  identity: StepIdentity;
  findings: ChecklistFinding[];
  actualMinutes: number | undefined;
  /** Built from this text; undefined until built. */
  step: ChecklistStep | undefined;
  /** The step's HTML in the preview (kept here, not in an object of its own: one memory access less per step). */
  html: string | undefined;
  /** The run buttons it was rendered with. */
  htmlRunnable: boolean;
  htmlTerminal: boolean;
  info: StepInfo | undefined;
  /** The step has commands to copy (undefined: not known for this text and command context). */
  runnable: boolean | undefined;
}

interface PhaseHeadMemo {
  title: string;
  done: number;
  skipped: number;
  total: number;
  hours: number;
  html: string;
}

export class ChecklistMemo {
  private text = '';
  private parsed: ParsedRunbook | undefined;
  private locale: Locale | undefined;
  private entries: StepMemo[] = [];
  private next: StepMemo[] = [];
  private readonly durations = new Map<string | undefined, number>();
  /** Each phase's head (./html.ts phaseHead) with what it was rendered from. */
  private heads: PhaseHeadMemo[] = [];
  private runContext: string | undefined;
  private runSet: Set<number> | undefined;
  /** The steps runSet was made for. */
  private runCount = 0;
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

  /** Whether a step of the build under way has a valid `at` (computeSchedule's question). */
  readonly pinned = (): boolean => this.next.some((entry) => entry.pinned);

  /**
   * Starts a build: finds which steps read as before. False when nothing can be reused for
   * this parse (the memo is then emptied).
   */
  begin(parsed: ParsedRunbook, locale: Locale): boolean {
    const usable = reusable(parsed);
    if (!usable || locale !== this.locale) {
      this.entries = [];
      this.heads = [];
    }
    this.locale = locale;
    this.next = [];
    if (!usable) {
      this.text = '';
      this.parsed = undefined;
      return false;
    }
    const text = parsed.text;
    const old = this.entries;
    const change = old.length ? changedRange(this.text, text) : undefined;
    const steps = parsed.steps;
    for (let i = 0; i < steps.length; i++) {
      const entry = steps[i];
      const range = entry.node.range;
      const start = range ? text.lastIndexOf('\n', range[0] - 1) + 1 : -1;
      const end = range ? (steps[i + 1]?.node.range?.[0] ?? text.length) : -1;
      const phase = entry.phase.id ?? entry.phase.title;
      const was = old[i];
      if (
        was !== undefined &&
        change !== undefined &&
        start >= 0 &&
        was.phase === phase &&
        was.action === entry.action &&
        was.id === entry.id &&
        this.readsAsBefore(was, text, start, end, change)
      ) {
        was.start = start;
        was.end = end;
        this.next.push(was);
      } else this.next.push(fresh(entry, parsed.doc, start, end, phase));
    }
    return true;
  }

  /** The step's text `start`..`end` of `text` is `was`'s of the memo's text, `change` the texts' changed range. */
  private readsAsBefore(was: StepMemo, text: string, start: number, end: number, change: Change): boolean {
    if (was.end - was.start !== end - start) return false;
    // Before the change, or after it: the texts agree there. Else compare.
    if (end <= change.from) return was.start === start;
    if (start >= change.newTo && was.start === start - (change.newTo - change.oldTo)) return true;
    return this.text.slice(was.start, was.end) === text.slice(start, end);
  }

  /**
   * The steps' identities (stepIdentities of the parse): a step that reads as before keeps
   * its own, and only the steps alike one whose identity changed are counted again.
   */
  identities(): StepIdentity[] {
    const next = this.next;
    const old = this.entries;
    if (old.length !== next.length) {
      // Steps came or went (or the first build): all counted again.
      const identities = next.map((entry) => entry.identity);
      countOccurrences(identities);
      return identities;
    }
    // Identities as they were (`identityOf` counts none): those that changed, before and after.
    const changed: StepIdentity[] = [];
    for (let i = 0; i < next.length; i++) {
      const entry = next[i];
      if (entry === old[i]) continue;
      if (alike(entry.identity, old[i].identity)) entry.identity = old[i].identity;
      else changed.push(old[i].identity, entry.identity);
    }
    if (changed.length) {
      const counts = changed.map(() => 0);
      // Alike identities share their id, else their title: a hashed look-up passes over
      // every other step without comparing its fields (this loop sees every step).
      const firsts = new Set(changed.map((identity) => identity.id ?? identity.title));
      for (const entry of next) {
        if (!firsts.has(entry.identity.id ?? entry.identity.title)) continue;
        let k = 0;
        while (k < changed.length && !alike(changed[k], entry.identity)) k++;
        if (k === changed.length) continue;
        const occurrence = counts[k]++;
        if (entry.identity.occurrence !== occurrence) entry.identity = { ...entry.identity, occurrence };
      }
    }
    return next.map((entry) => entry.identity);
  }

  /** The step as built before when nothing it is computed from changed, else `build`'s. */
  step(
    entry: StepEntry,
    identity: StepIdentity,
    findings: ChecklistFinding[],
    actualMinutes: number | undefined,
    build: StepBuilder,
  ): ChecklistStep {
    const memo = this.next[entry.index];
    let step = memo.step;
    if (
      step &&
      step.identity === identity &&
      memo.actualMinutes === actualMinutes &&
      sameFindings(memo.findings, findings)
    ) {
      // Text typed above it moved it.
      step.offset = entry.node.range?.[0] ?? 0;
      step.endOffset = entry.node.range?.[1] ?? 0;
    } else {
      step = build(entry, identity, findings, actualMinutes);
      memo.step = step;
      memo.html = undefined;
      memo.info = undefined;
    }
    memo.findings = findings;
    memo.actualMinutes = actualMinutes;
    return step;
  }

  /** Ends a build of `parsed`: what it made is what the next build compares with. */
  end(parsed: ParsedRunbook): void {
    this.entries = this.next;
    this.next = [];
    this.text = parsed.text;
    this.parsed = parsed;
  }

  private built(step: ChecklistStep): StepMemo | undefined {
    const memo = this.entries[step.index];
    return memo?.step === step ? memo : undefined;
  }

  /**
   * The preview's HTML of a step this memo's last build made, if rendered alike before
   * (the same string: patch.ts compares it by reference); else `render`'s, remembered.
   */
  html(step: ChecklistStep, runnable: boolean, terminal: boolean, render: (step: ChecklistStep) => string): string {
    const memo = this.built(step);
    if (!memo) return render(step);
    if (memo.html !== undefined && memo.htmlRunnable === runnable && memo.htmlTerminal === terminal) return memo.html;
    memo.html = render(step);
    memo.htmlRunnable = runnable;
    memo.htmlTerminal = terminal;
    return memo.html;
  }

  /**
   * A phase's head in the preview: the same string while its index, title and progress
   * are (a tick or a duration typed changes the progress); else `render`'s, remembered.
   */
  phaseHead(phase: ChecklistPhase, render: (phase: ChecklistPhase) => string): string {
    const p = phase.progress;
    const was = this.heads[phase.index];
    if (
      was !== undefined &&
      was.title === phase.title &&
      was.done === p.done &&
      was.skipped === p.skipped &&
      was.total === p.total &&
      was.hours === p.hours
    )
      return was.html;
    const html = render(phase);
    this.heads[phase.index] = {
      title: phase.title,
      done: p.done,
      skipped: p.skipped,
      total: p.total,
      hours: p.hours,
      html,
    };
    return html;
  }

  /** The step's info for the webview, the same object while the step is. */
  info(step: ChecklistStep, make: (step: ChecklistStep) => StepInfo): StepInfo {
    const memo = this.built(step);
    if (!memo) return make(step);
    return (memo.info ??= make(step));
  }

  /**
   * The steps of the last build's parse that have commands to copy (`runnable` of each);
   * `context` is commandContextKey of the parse: a step that reads as before, in the same
   * context, keeps its answer. The same Set while nothing in it changed.
   */
  runnable(parsed: ParsedRunbook, context: string, runnable: (step: StepEntry) => boolean): ReadonlySet<number> {
    const entries = this.entries;
    if (parsed !== this.parsed || entries.length !== parsed.steps.length)
      return new Set(parsed.steps.filter(runnable).map((step) => step.index));
    if (context !== this.runContext) {
      for (const entry of entries) entry.runnable = undefined;
      this.runContext = context;
    }
    let changed = this.runSet === undefined || this.runCount !== entries.length;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.runnable !== undefined) continue;
      const value = runnable(parsed.steps[i]);
      entry.runnable = value;
      if (value !== this.runSet?.has(i)) changed = true;
    }
    if (changed) {
      this.runSet = new Set();
      this.runCount = entries.length;
      for (let i = 0; i < entries.length; i++) if (entries[i].runnable) this.runSet.add(i);
    }
    return this.runSet!;
  }
}

/** Steps of this parse can be taken to read as their text says: no aliases, no directives, no fatal problem. */
function reusable(parsed: ParsedRunbook): boolean {
  const doc = parsed.doc;
  return (
    !!doc &&
    parsed.fatal.length === 0 &&
    aliasIndex(doc).first === undefined &&
    // A directive (%YAML, %TAG) changes how every step reads: none at all.
    !hasDirective(parsed.text)
  );
}

/** What a step that does not read as before starts with: its identity fields, nothing built. */
function fresh(
  entry: StepEntry,
  doc: ParsedRunbook['doc'],
  start: number,
  end: number,
  phase: string | undefined,
): StepMemo {
  const title = fieldString(entry.node, 'title', doc);
  return {
    start,
    end,
    phase,
    action: entry.action,
    id: entry.id,
    title,
    pinned: stepPinned(entry, doc),
    identity: identityOf(entry, title),
    findings: [],
    actualMinutes: undefined,
    step: undefined,
    html: undefined,
    htmlRunnable: false,
    htmlTerminal: false,
    info: undefined,
    runnable: undefined,
  };
}

/** A line that starts with `%`: a directive, or (rarely) text that might be one. */
function hasDirective(text: string): boolean {
  for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1))
    if (at === 0 || text[at - 1] === '\n') return true;
  return false;
}

function sameFindings(a: ChecklistFinding[], b: ChecklistFinding[]): boolean {
  if (a === b) return true;
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

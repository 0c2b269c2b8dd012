// The checklist as data, built from one lint result: what the Markdown and HTML renderers,
// the CLI and the preview show. Strings are kept as the runbook wrote them (one line for
// titles); escaping is the renderers' job.
import type { LintResult } from '../lint';
import { durationHours } from '../knowledge/online';
import { fieldBoolean, fieldNumber, fieldString, fieldStrings, ParsedRunbook, StepEntry } from '../parse';
import type { Finding, Locale, Severity } from '../types';
import { checklistMessage } from './messages';
import { derivedStepTitle, oneLine } from './titles';
import { formatDuration, Progress } from './progress';
import { computeSchedule, Schedule } from '../schedule';
import { buildTimeline, TimelineData } from '../timeline';
import type { ChecklistMemo } from './memo';

export { formatDuration };
export type { Progress };

/**
 * What identifies a step when the document changed under the preview: its `id` when it
 * has one, else its action, own title and phase, and which of the steps alike it is.
 */
export interface StepIdentity {
  id?: string;
  action?: string;
  title?: string;
  phase?: string;
  occurrence: number;
}

export interface ChecklistFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
}

export interface ChecklistStep {
  index: number;
  title: string;
  /** True when the title was derived from the action (no `title` field). */
  derived: boolean;
  action?: string;
  id?: string;
  owner?: string;
  duration?: string;
  done: boolean;
  /** The execution record (docs/checklist.md). When the step was ticked, as written (one line). */
  doneAt?: string;
  /** Who ticked it, as written (one line). */
  doneBy?: string;
  /**
   * The step is deliberately not done: `skipped` holds the reason (trimmed, one line; empty
   * when the runbook gives none). A skipped step counts as settled.
   */
  skipped?: string;
  /** Ticket ids, links, notes proving the step, one line each; as written. */
  evidence?: string[];
  /**
   * Minutes from the step's actual start (the end of the done step before it, or its `at`)
   * to its `doneAt`; only with a schedule and a valid `doneAt` (../schedule.ts).
   */
  actualMinutes?: number;
  /** Markdown, as written. */
  notes?: string;
  /** How to check the step worked, Markdown as written. */
  verify?: string;
  /** How to undo the step, Markdown as written. */
  rollback?: string;
  findings: ChecklistFinding[];
  /** Offset of the step's first key, for "reveal in editor". */
  offset: number;
  endOffset: number;
  identity: StepIdentity;
}

export interface ChecklistPhase {
  index: number;
  id?: string;
  title: string;
  progress: Progress;
  steps: ChecklistStep[];
  offset: number;
}

export interface ChecklistServer {
  name: string;
  version?: string;
  update?: string;
}

export interface Checklist {
  locale: Locale;
  title: string;
  organization: {
    name?: string;
    mailboxes?: number;
    servers: ChecklistServer[];
    target: string;
  };
  progress: Progress;
  phases: ChecklistPhase[];
  /** Findings that belong to no step (organization, servers, target, the file itself). */
  general: ChecklistFinding[];
  /** The YAML does not parse: only `general` is meaningful. */
  broken: boolean;
  /** The planned schedule as a timeline; only when the runbook has a valid `schedule.start`. */
  timeline?: TimelineData;
}

/** Builds one step's checklist entry (buildChecklist's, for ./memo.ts to call when it must). */
export type StepBuilder = (
  step: StepEntry,
  identity: StepIdentity,
  findings: ChecklistFinding[],
  actualMinutes: number | undefined,
) => ChecklistStep;

/**
 * `memo` (./memo.ts): the preview's memory of its previous build; steps whose inputs did
 * not change are taken from it. The result is the same as without.
 */
export function buildChecklist(result: LintResult, locale: Locale = 'en', memo?: ChecklistMemo): Checklist {
  const { parsed, findings } = result;
  const doc = parsed.doc;
  const byStep = assignFindings(parsed, findings);
  const remember = memo?.begin(parsed, locale) ? memo : undefined;
  const identities = remember ? remember.identities() : stepIdentities(parsed);
  const schedule = computeSchedule(parsed, remember?.pinned);
  const actual = actualMinutesOf(schedule);
  const hoursOf = memo ? memo.hours : hoursIn;
  // One builder for every step, not a closure made per step: a keystroke in a large
  // runbook reaches this loop for each of its steps.
  const build: StepBuilder = (step, identity, stepFindings, minutes) =>
    buildStep(step, doc, locale, minutes, stepFindings, identity);
  const phases: ChecklistPhase[] = parsed.phases.map((phase) => {
    const steps = phase.steps.map((step): ChecklistStep => {
      const minutes = actual.get(step.index);
      const stepFindings = byStep.steps.get(step.index) ?? [];
      const identity = identities[step.index];
      return remember
        ? remember.step(step, identity, stepFindings, minutes, build)
        : build(step, identity, stepFindings, minutes);
    });
    return {
      index: phase.index,
      ...(phase.id !== undefined ? { id: phase.id } : {}),
      title: oneLine(phase.title) || checklistMessage(locale, 'checklist.unnamedPhase', { n: phase.index + 1 }),
      progress: progressOf(steps, hoursOf),
      steps,
      offset: phase.node.range?.[0] ?? 0,
    };
  });
  remember?.end(parsed);
  const org = parsed.organization;
  const mailboxes = fieldNumber(org, 'mailboxes', doc);
  const timeline = timelineOf(schedule, phases);
  return {
    locale,
    title: oneLine(fieldString(parsed.root, 'title', doc)) || checklistMessage(locale, 'checklist.untitled'),
    organization: {
      ...(fieldString(org, 'name', doc) ? { name: oneLine(fieldString(org, 'name', doc)) } : {}),
      ...(mailboxes !== undefined ? { mailboxes } : {}),
      servers: parsed.servers
        .filter((s) => s.name !== undefined)
        .map((s) => {
          const version = fieldString(s.node, 'version', doc);
          const update = fieldString(s.node, 'update', doc);
          return {
            name: oneLine(s.name),
            ...(version ? { version: oneLine(version) } : {}),
            ...(update ? { update: oneLine(update) } : {}),
          };
        }),
      target: targetText(parsed, locale),
    },
    progress: overallProgress(phases, hoursOf),
    phases,
    general: byStep.general,
    broken: parsed.fatal.length > 0 || !parsed.doc,
    ...(timeline ? { timeline } : {}),
  };
}

type Doc = ParsedRunbook['doc'];

function buildStep(
  step: StepEntry,
  doc: Doc,
  locale: Locale,
  minutes: number | undefined,
  findings: ChecklistFinding[],
  identity: StepIdentity,
): ChecklistStep {
  const ownTitle = oneLine(fieldString(step.node, 'title', doc));
  const owner = oneLine(fieldString(step.node, 'owner', doc));
  const duration = oneLine(fieldString(step.node, 'duration', doc));
  const notes = fieldString(step.node, 'notes', doc);
  return {
    index: step.index,
    title: ownTitle || derivedStepTitle(step, locale, doc),
    derived: !ownTitle,
    ...(step.action !== undefined ? { action: step.action } : {}),
    ...(step.id !== undefined ? { id: step.id } : {}),
    ...(owner ? { owner } : {}),
    ...(duration ? { duration } : {}),
    done: fieldBoolean(step.node, 'done', doc) === true,
    ...executionRecord(step, doc),
    ...(minutes !== undefined ? { actualMinutes: minutes } : {}),
    ...(notes && notes.trim() ? { notes } : {}),
    ...markdownField(step, 'verify', doc),
    ...markdownField(step, 'rollback', doc),
    findings,
    offset: step.node.range?.[0] ?? 0,
    endOffset: step.node.range?.[1] ?? 0,
    identity,
  };
}

/** `doneAt`, `doneBy`, `skipped` and `evidence` as the checklist shows them; absent fields stay absent. */
function executionRecord(step: StepEntry, doc: Doc): Pick<ChecklistStep, 'doneAt' | 'doneBy' | 'skipped' | 'evidence'> {
  const doneAt = oneLine(fieldString(step.node, 'doneAt', doc));
  const doneBy = oneLine(fieldString(step.node, 'doneBy', doc));
  const skipped = fieldString(step.node, 'skipped', doc);
  const evidence = fieldStrings(step.node, 'evidence', doc)
    .map((e) => oneLine(e.value))
    .filter((e) => e.length > 0);
  return {
    ...(doneAt ? { doneAt } : {}),
    ...(doneBy ? { doneBy } : {}),
    // Any string is a skip, even an empty one: the field says the step is not to be done.
    ...(skipped !== undefined ? { skipped: oneLine(skipped) } : {}),
    ...(evidence.length ? { evidence } : {}),
  };
}

function markdownField(step: StepEntry, key: 'verify' | 'rollback', doc: Doc): Partial<ChecklistStep> {
  const value = fieldString(step.node, key, doc);
  return value && value.trim() ? { [key]: value } : {};
}

/** Per step index: the minutes it actually took (actual start to `doneAt`), where the schedule knows both. */
function actualMinutesOf(schedule: Schedule | undefined): Map<number, number> {
  const out = new Map<number, number>();
  for (const timed of schedule?.steps ?? []) {
    if (timed.actualStart && timed.doneAt)
      out.set(timed.step.index, Math.round((timed.doneAt.epochMs - timed.actualStart.epochMs) / 60_000));
  }
  return out;
}

function timelineOf(schedule: Schedule | undefined, phases: ChecklistPhase[]): TimelineData | undefined {
  if (!schedule || schedule.startFrom !== 'schedule') return undefined;
  const steps = new Map(phases.flatMap((p) => p.steps.map((s) => [s.index, s.title] as const)));
  return buildTimeline(schedule, {
    phase: (index) => phases.find((p) => p.index === index),
    step: (index) => steps.get(index),
  });
}

function hoursIn(duration: string | undefined): number {
  return durationHours(duration) ?? 0;
}

/** Whether a step needs nothing more: done, or deliberately skipped. */
export function isSettled(step: Pick<ChecklistStep, 'done' | 'skipped'>): boolean {
  return step.done || step.skipped !== undefined;
}

function progressOf(steps: ChecklistStep[], hoursOf: (duration: string | undefined) => number = hoursIn): Progress {
  return addProgress({ done: 0, skipped: 0, total: 0, hours: 0 }, steps, hoursOf);
}

/** All steps', in the same order of addition as progressOf of them all. */
function overallProgress(phases: ChecklistPhase[], hoursOf: (duration: string | undefined) => number): Progress {
  const progress: Progress = { done: 0, skipped: 0, total: 0, hours: 0 };
  for (const phase of phases) addProgress(progress, phase.steps, hoursOf);
  return progress;
}

function addProgress(
  progress: Progress,
  steps: ChecklistStep[],
  hoursOf: (duration: string | undefined) => number,
): Progress {
  for (const step of steps) {
    progress.hours += hoursOf(step.duration);
    if (isSettled(step)) progress.done++;
    if (!step.done && step.skipped !== undefined) progress.skipped++;
    progress.total++;
  }
  return progress;
}

function targetText(parsed: ParsedRunbook, locale: Locale): string {
  const doc = parsed.doc;
  const platform = fieldString(parsed.target, 'platform', doc);
  const version = oneLine(fieldString(parsed.target, 'version', doc));
  const method = fieldString(parsed.target, 'method', doc);
  if (platform === 'exchange-online') {
    if (method === 'cutover' || method === 'staged' || method === 'hybrid') {
      return checklistMessage(locale, 'target.online', { method: checklistMessage(locale, `method.${method}`) });
    }
    return method
      ? checklistMessage(locale, 'target.online', { method: oneLine(method) })
      : checklistMessage(locale, 'target.onlineNoMethod');
  }
  if (platform === 'on-premises') {
    return version
      ? checklistMessage(locale, 'target.onPremises', { version })
      : checklistMessage(locale, 'target.onPremisesNoVersion');
  }
  return platform ? oneLine(platform) : checklistMessage(locale, 'target.unknown');
}

/**
 * Findings go to the step they name (`stepIndex`), else to the step whose text holds
 * them, else to the runbook as a whole.
 */
function assignFindings(
  parsed: ParsedRunbook,
  findings: readonly Finding[],
): { steps: Map<number, ChecklistFinding[]>; general: ChecklistFinding[] } {
  const steps = new Map<number, ChecklistFinding[]>();
  const general: ChecklistFinding[] = [];
  for (const finding of findings) {
    const entry: ChecklistFinding = {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: finding.range.line,
      column: finding.range.column,
    };
    let index = finding.stepIndex;
    if (index === undefined || !parsed.steps[index]) index = stepAt(parsed, finding.range.offset)?.index;
    if (index === undefined) {
      general.push(entry);
      continue;
    }
    const list = steps.get(index) ?? [];
    list.push(entry);
    steps.set(index, list);
  }
  return { steps, general };
}

/** The step whose source holds `offset` (the cursor, a finding), if any. */
export function stepAt(parsed: ParsedRunbook, offset: number): StepEntry | undefined {
  for (const step of parsed.steps) {
    const range = step.node.range;
    if (!range) continue;
    // From the start of the dash line, so a cursor on `- ` belongs to the step too.
    const lineStart = parsed.text.lastIndexOf('\n', range[0] - 1) + 1;
    if (offset >= lineStart && offset <= range[1]) return step;
  }
  return undefined;
}

export function stepIdentities(parsed: ParsedRunbook): StepIdentity[] {
  const doc = parsed.doc;
  const identities = parsed.steps.map((step) => identityOf(step, fieldString(step.node, 'title', doc)));
  countOccurrences(identities);
  return identities;
}

/** A step's identity with its `title` field as written, counted as the first of its kind. */
export function identityOf(step: StepEntry, title: string | undefined): StepIdentity {
  const identity: StepIdentity = { occurrence: 0 };
  if (step.id !== undefined) identity.id = step.id;
  if (step.action !== undefined) identity.action = step.action;
  if (title !== undefined) identity.title = title;
  const phase = step.phase.id ?? step.phase.title;
  if (phase !== undefined) identity.phase = phase;
  return identity;
}

/** Sets each identity's occurrence: how many identities alike it come before it. */
export function countOccurrences(identities: StepIdentity[]): void {
  // Counted per first key (the id, else the title) rather than by one joined key for every
  // step: the parse's strings keep their hashes from one keystroke to the next (issue 16).
  // A bucket counts its first identity itself and any other by the joined key.
  const seen = new Map<string | undefined, { identity: StepIdentity; count: number; others?: Map<string, number> }>();
  for (const identity of identities) {
    const first = identity.id ?? identity.title;
    const bucket = seen.get(first);
    if (!bucket) seen.set(first, { identity, count: 1 });
    else if (alike(bucket.identity, identity)) identity.occurrence = bucket.count++;
    else {
      const others = (bucket.others ??= new Map());
      const key = JSON.stringify([identity.id, identity.action, identity.title, identity.phase]);
      identity.occurrence = others.get(key) ?? 0;
      others.set(key, identity.occurrence + 1);
    }
  }
}

/** The same step but for which of its kind it is: id, action, title and phase. */
export function alike(a: StepIdentity, b: StepIdentity): boolean {
  return a.id === b.id && a.action === b.action && a.title === b.title && a.phase === b.phase;
}

export function sameIdentity(a: StepIdentity, b: StepIdentity): boolean {
  if (a.id !== undefined || b.id !== undefined) return a.id === b.id;
  return a.action === b.action && a.title === b.title && a.phase === b.phase && a.occurrence === b.occurrence;
}

/**
 * The step a preview meant when it rendered `identity`: by `id` when the step has one
 * (ids are unique; a duplicated id finds nothing), else by action, title, phase and
 * occurrence. Undefined when no step, or more than one, matches.
 */
export function findStep(parsed: ParsedRunbook, identity: StepIdentity): StepEntry | undefined {
  const identities = stepIdentities(parsed);
  const matches = parsed.steps.filter((_, i) => sameIdentity(identities[i], identity));
  return matches.length === 1 ? matches[0] : undefined;
}

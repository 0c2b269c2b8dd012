// The schedule (./schedule.ts) reduced to what the timeline picture needs: plain numbers
// and one-line titles, no YAML nodes, so that it travels to the preview's webview as a
// message and the renderer (./timeline-svg.ts) needs no parser.
import type { Instant, Schedule } from './schedule';

export interface TimelinePhase {
  index: number;
  title: string;
  /** Where the phase starts in the runbook's text (for "reveal in editor"). */
  offset: number;
  start: Instant;
  end: Instant;
  stepsDone: number;
  stepsTotal: number;
  done: boolean;
  /** From the execution record (`doneAt`), when written. */
  actualStart?: Instant;
  actualEnd?: Instant;
  /** The phase's steps in order: the Mermaid gantt block draws them. */
  steps: TimelineStep[];
}

export interface TimelineStep {
  index: number;
  title: string;
  start: Instant;
  end: Instant;
  done: boolean;
  /** The step has `at`. */
  pinned: boolean;
}

/** A step with `at`: a marker on its phase's row. */
export interface TimelinePin {
  stepIndex: number;
  phaseIndex: number;
  title: string;
  offset: number;
  at: Instant;
  done: boolean;
  /** Minutes by which `at` is earlier than the steps before it end (rule `schedule`). */
  earlyMinutes?: number;
}

export interface TimelineData {
  start: Instant;
  end: Instant;
  phases: TimelinePhase[];
  pins: TimelinePin[];
}

export interface TimelineTitles {
  phase(index: number): { title: string; offset: number } | undefined;
  step(index: number): string | undefined;
}

export function buildTimeline(schedule: Schedule, titles: TimelineTitles): TimelineData {
  const phases: TimelinePhase[] = schedule.phases.map((p) => {
    const named = titles.phase(p.phase.index);
    const phase: TimelinePhase = {
      index: p.phase.index,
      title: named?.title ?? `#${p.phase.index + 1}`,
      offset: named?.offset ?? p.phase.node.range?.[0] ?? 0,
      start: p.start,
      end: p.end,
      stepsDone: p.steps.filter((s) => s.done).length,
      stepsTotal: p.steps.length,
      done: p.done,
      steps: p.steps.map((s) => ({
        index: s.step.index,
        title: titles.step(s.step.index) ?? s.step.action ?? `#${s.step.index + 1}`,
        start: s.start,
        end: s.end,
        done: s.done,
        pinned: s.pinned !== undefined,
      })),
    };
    if (p.actualStart) phase.actualStart = p.actualStart;
    // A phase under way has an actual end so far: the last `doneAt` written in it.
    const lastDoneAt = [...p.steps].reverse().find((s) => s.doneAt)?.doneAt;
    const actualEnd = p.actualEnd ?? lastDoneAt;
    if (p.actualStart && actualEnd) phase.actualEnd = actualEnd;
    return phase;
  });
  const pins: TimelinePin[] = [];
  for (const s of schedule.steps) {
    if (!s.pinned) continue;
    const pin: TimelinePin = {
      stepIndex: s.step.index,
      phaseIndex: s.step.phase.index,
      title: titles.step(s.step.index) ?? s.step.action ?? `#${s.step.index + 1}`,
      offset: s.step.node.range?.[0] ?? 0,
      at: s.pinned,
      done: s.done,
    };
    if (s.early) pin.earlyMinutes = s.early.minutes;
    pins.push(pin);
  }
  return { start: schedule.start, end: schedule.end, phases, pins };
}

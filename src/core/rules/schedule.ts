// The schedule (computed in ../schedule.ts; docs/rules/schedule.md): a step pinned with `at` to a time
// before the steps ahead of it can be done cannot start then; the whole plan after it
// slips. A pin exactly at the previous end is fine. Also advice (info) when the plan runs
// past the end of support of a version that the organization still runs at that moment:
// the end-of-support rule judges the plan's `asOf`, this one the plan's own calendar.
import { defineRule } from '../rule';
import { VERSION_FACTS, isVersion, type ExchangeVersion } from '../knowledge/versions';
import type { TimedStep } from '../schedule';

/** The first instant without support: the day after `endOfSupport` begins, in the plan's offset. */
function supportGone(date: string, offsetMinutes: number): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d + 1) - offsetMinutes * 60_000;
}

export const rule = defineRule({
  id: 'schedule',
  defaultSeverity: 'error',
  description: {
    en: 'A step’s `at` is earlier than the time the steps before it end; advice when the plan runs past a version’s end of support.',
    sv: 'Ett stegs `at` ligger före tidpunkten då stegen före det är klara; råd när planen pågår efter en versions supportslut.',
  },
  fixable: false,
  tags: [],
  messages: {
    en: {
      early:
        'the step is pinned to {at}, {gap} before the previous steps end at {clock}: it cannot start then, and the plan after it slips; move `at` to {clock} or later, or shorten the steps before it',
      unsupported:
        'support for Exchange {version} ends on {date}, while this step is planned ({start} – {end}) and the organization still runs {servers} on it; the plan ends {planEnd}: retire them before, or accept running unsupported',
    },
    sv: {
      early:
        'steget är fastlagt till {at}, {gap} innan stegen före är klara {clock}: det kan inte börja då, och planen efter det förskjuts; flytta `at` till {clock} eller senare, eller korta stegen före',
      unsupported:
        'supporten för Exchange {version} upphör {date}, medan det här steget är planerat ({start} – {end}) och organisationen fortfarande kör {servers} på den; planen slutar {planEnd}: avveckla dem innan, eller acceptera att köra utan support',
    },
  },
  create(context) {
    const schedule = context.timing.schedule();
    if (!schedule) return {};
    const byIndex = new Map<number, TimedStep>(schedule.steps.map((t) => [t.step.index, t]));
    // For each version whose support ends inside the plan: the step running when it ends.
    const ends = new Map<number, { version: ExchangeVersion; date: string }[]>();
    for (const facts of Object.values(VERSION_FACTS)) {
      if (facts.endOfSupport === null) continue;
      const gone = supportGone(facts.endOfSupport, schedule.start.offsetMinutes);
      if (gone <= schedule.start.epochMs || gone >= schedule.end.epochMs) continue;
      const during = schedule.steps.find((t) => t.end.epochMs > gone);
      if (!during) continue;
      const list = ends.get(during.step.index) ?? [];
      list.push({ version: facts.version, date: facts.endOfSupport });
      ends.set(during.step.index, list);
    }
    return {
      onStep(step, state) {
        const timed = byIndex.get(step.index);
        if (!timed) return;
        if (timed.early && timed.pinned) {
          context.report({
            range: context.range.field(step.node, 'at'),
            step,
            messageId: 'early',
            args: {
              at: context.timing.instant(timed.pinned),
              gap: context.timing.gap(timed.early.minutes),
              clock: context.timing.instant(timed.early.clock),
            },
          });
        }
        for (const end of ends.get(step.index) ?? []) {
          const servers = [...state.servers.values()]
            .filter((s) => isVersion(s.version) && s.version === end.version)
            .map((s) => s.name);
          if (servers.length === 0) continue;
          context.report({
            range: context.range.field(step.node, 'action'),
            step,
            severity: 'info',
            messageId: 'unsupported',
            args: {
              version: end.version,
              date: end.date,
              start: context.timing.instantShort(timed.start),
              end: context.timing.instantShort(timed.end),
              servers: servers.join(', '),
              planEnd: context.timing.instantShort(context.timing.inOffset(schedule.end, schedule.end.offsetMinutes)),
            },
            data: { source: VERSION_FACTS[end.version].source },
          });
        }
      },
    };
  },
});

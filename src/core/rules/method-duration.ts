// Each online method suits a time frame: cutover a week or less, staged a few weeks.
// A plan whose steps add up to more has outgrown its method (or its estimates).
import { defineRule } from '../rule';
import { durationHours, METHOD_DURATION } from '../knowledge/online';

export const rule = defineRule({
  id: 'method-duration',
  defaultSeverity: 'info',
  description: {
    en: 'The steps’ durations add up to more than the migration method is for (cutover: a week; staged: a few weeks).',
    sv: 'Stegens varaktighet blir sammanlagt längre än migreringsmetoden är avsedd för (snabb migrering: en vecka; stegvis migrering: några veckor).',
  },
  fixable: false,
  tags: ['exchange-online'],
  messages: {
    en: {
      cutover:
        'the steps’ durations add up to {days, number} days (calendar time), but a cutover migration is meant to take a week or less ({max} days); plan a staged or hybrid migration, or check the durations',
      staged:
        'the steps’ durations add up to {days, number} days (calendar time), but a staged migration is meant to take a few weeks (up to {max} days); consider a hybrid migration, or check the durations',
    },
    sv: {
      cutover:
        'stegens varaktighet blir sammanlagt {days, number} dagar (kalendertid), men en snabb migrering ska ta högst en vecka ({max} dagar); planera en stegvis migrering eller hybridmigrering, eller kontrollera varaktigheterna',
      staged:
        'stegens varaktighet blir sammanlagt {days, number} dagar (kalendertid), men en stegvis migrering ska ta några veckor (högst {max} dagar); överväg en hybridmigrering, eller kontrollera varaktigheterna',
    },
  },
  create(context) {
    let total = 0;
    // Without a method that has a time frame nothing is reported: the steps' durations need no reading.
    const timed = context.servers.onlineMethod();
    // Stryker disable next-line ConditionalExpression: `counts` only skips adding up durations for a method without a time frame (hybrid, none), and onEnd judges nothing for those, so counting anyway changes no finding (this also leaves out the line's `→ false` mutants, killed when last run)
    const counts = timed !== undefined && METHOD_DURATION[timed].maxDays !== undefined;
    return {
      onStep(step) {
        // Stryker disable next-line ConditionalExpression: `counts` only skips adding up durations for a method without a time frame (hybrid, none), and onEnd judges nothing for those, so counting anyway changes no finding (this also leaves out `!counts` → `true`, killed when last run)
        if (!counts) return;
        const hours = durationHours(context.source.string(step.node, 'duration'));
        if (hours !== undefined) total += hours;
      },
      onEnd() {
        const method = context.servers.onlineMethod();
        // A hybrid migration has no documented limit (METHOD_DURATION): nothing to judge.
        if (!method || method === 'hybrid') return;
        const limit = METHOD_DURATION[method].maxDays;
        if (limit === undefined || total <= limit * 24) return;
        context.report({
          range: context.range.section('target', 'method'),
          messageId: method,
          // Days with at most one decimal, in the locale's notation (7.5 / 7,5): the format rounds.
          args: { days: total / 24, max: limit },
          data: { hours: total },
        });
      },
    };
  },
});

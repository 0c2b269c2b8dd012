// method-duration: the steps' durations against how long the migration method is meant
// to take (a cutover a week, a staged migration a few weeks; 1d = 24 h, 1w = 7 d).
import { RuleTester } from '../rule-tester';
import { CUTOVER, HYBRID_2007, STAGED, edit } from './online-helpers';

/** Two steps with durations (a custom step, then switch-mx) where the runbook has switch-mx. */
const withDurations = (base: string, first: string, second: string) =>
  edit(
    base,
    '      - action: switch-mx\n',
    `      - action: custom\n        title: Prepare\n        duration: ${first}\n      - action: switch-mx\n        duration: ${second}\n`,
  );

// The edges: the sum of several steps at the method's limit, and the units read in any case.
new RuleTester().run('method-duration', {
  valid: [
    {
      name: 'a cutover of exactly a week',
      code: edit(CUTOVER, '      - action: switch-mx\n', '      - action: switch-mx\n        duration: 7d\n'),
    },
    {
      name: 'a hybrid migration of any length',
      code: edit(HYBRID_2007, '      - action: switch-mx\n', '      - action: switch-mx\n        duration: 30w\n'),
    },
    { name: 'a cutover of exactly a week, summed over two steps', code: withDurations(CUTOVER, '6d', '24h') },
    { name: 'a staged migration of exactly 28 days', code: withDurations(STAGED, '3w', '7d') },
    { name: 'what is no duration is left out', code: withDurations(CUTOVER, '1 week', '8 days') },
  ],
  invalid: [
    {
      name: 'a cutover whose durations add up to more than a week, at target.method',
      code: edit(
        CUTOVER,
        '        batch: all\n      - action: switch-mx\n',
        '        batch: all\n        duration: 1w\n      - action: switch-mx\n        duration: 12h\n',
      ),
      errors: [
        {
          message:
            'the steps’ durations add up to 7.5 days (calendar time), but a cutover migration is meant to take a week or less (7 days); plan a staged or hybrid migration, or check the durations',
          line: 15,
          column: 11,
          endColumn: 18,
          severity: 'info',
        },
      ],
      output: null,
    },
    {
      name: 'a staged migration longer than four weeks, in Swedish with a decimal comma',
      code: edit(
        STAGED,
        '        batch: wave-1\n      - action: convert-to-mail-users\n',
        '        batch: wave-1\n        duration: 3w\n      - action: convert-to-mail-users\n',
        '        batch: wave-2\n      - action: convert-to-mail-users\n',
        '        batch: wave-2\n        duration: 7d\n      - action: convert-to-mail-users\n',
        '      - action: switch-mx\n',
        '      - action: switch-mx\n        duration: 36h\n',
      ),
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'stegens varaktighet blir sammanlagt 29,5 dagar (kalendertid), men en stegvis migrering ska ta några veckor (högst 28 dagar); överväg en hybridmigrering, eller kontrollera varaktigheterna',
          line: 15,
        },
      ],
      output: null,
    },
    {
      name: 'a cutover one hour past a week, with the hours as data',
      code: withDurations(CUTOVER, '6d', '25h'),
      errors: [{ details: { hours: 169 } }],
      output: null,
    },
    {
      name: 'a staged migration one hour past 28 days',
      code: withDurations(STAGED, '3w', '169h'),
      errors: [{ message: /a staged migration is meant to take a few weeks \(up to 28 days\)/ }],
      output: null,
    },
    {
      name: 'the unit read in any case (1W = 1w, 2D = 2d)',
      code: withDurations(CUTOVER, '1W', '2D'),
      errors: [{ details: { hours: 216 } }],
      output: null,
    },
  ],
});

import * as assert from 'assert';
import { CUTOVER, STAGED, HYBRID_2007, at, edit, findings, where } from './online-helpers';

describe('method-duration', () => {
  it('notes a cutover whose durations add up to more than a week (1d = 24 h, 1w = 7 d)', () => {
    let text = edit(
      CUTOVER,
      '      - action: start-migration-batch\n        batch: all\n',
      '      - action: start-migration-batch\n        batch: all\n        duration: 1w\n',
    );
    text = edit(text, '      - action: switch-mx\n', '      - action: switch-mx\n        duration: 12h\n');
    const [f] = findings(text, 'method-duration', 1);
    assert.strictEqual(f.severity, 'info');
    assert.deepStrictEqual(where(f), at(text, 'method: cutover\nphases', 'cutover'));
    assert.strictEqual(
      f.message,
      'the steps’ durations add up to 7.5 days (calendar time), but a cutover migration is meant to take a week or less (7 days); plan a staged or hybrid migration, or check the durations',
    );
  });

  it('notes a staged migration longer than four weeks, in Swedish with a decimal comma', () => {
    let text = edit(
      STAGED,
      '      - action: start-migration-batch\n        batch: wave-1\n',
      '      - action: start-migration-batch\n        batch: wave-1\n        duration: 3w\n',
    );
    text = edit(
      text,
      '      - action: start-migration-batch\n        batch: wave-2\n',
      '      - action: start-migration-batch\n        batch: wave-2\n        duration: 7d\n',
    );
    text = edit(text, '      - action: switch-mx\n', '      - action: switch-mx\n        duration: 36h\n');
    const [f] = findings(text, 'method-duration', 1, { locale: 'sv' });
    assert.strictEqual(
      f.message,
      'stegens varaktighet blir sammanlagt 29,5 dagar (kalendertid), men en stegvis migrering ska ta några veckor (högst 28 dagar); överväg en hybridmigrering, eller kontrollera varaktigheterna',
    );
  });

  it('stays quiet at exactly a week, and for hybrid migrations of any length', () => {
    const week = edit(CUTOVER, '      - action: switch-mx\n', '      - action: switch-mx\n        duration: 7d\n');
    findings(week, 'method-duration', 0);
    const long = edit(HYBRID_2007, '      - action: switch-mx\n', '      - action: switch-mx\n        duration: 30w\n');
    findings(long, 'method-duration', 0);
  });

  /** Two steps with durations (a custom step, then switch-mx) where the runbook has switch-mx. */
  const withDurations = (base: string, first: string, second: string) =>
    edit(
      base,
      '      - action: switch-mx\n',
      `      - action: custom\n        title: Prepare\n        duration: ${first}\n      - action: switch-mx\n        duration: ${second}\n`,
    );

  it('cutover: one hour past a week (durations of several steps summed) is noted, with the hours as data', () => {
    findings(withDurations(CUTOVER, '6d', '24h'), 'method-duration', 0);
    const [f] = findings(withDurations(CUTOVER, '6d', '25h'), 'method-duration', 1);
    assert.deepStrictEqual(f.data, { hours: 169 });
  });

  it('staged: quiet at exactly 28 days, noted one hour past them', () => {
    findings(withDurations(STAGED, '3w', '7d'), 'method-duration', 0);
    const [f] = findings(withDurations(STAGED, '3w', '169h'), 'method-duration', 1);
    assert.match(f.message, /a staged migration is meant to take a few weeks \(up to 28 days\)/);
  });

  it('reads the unit in any case (1W = 1w, 2D = 2d) and leaves out what is no duration', () => {
    const [f] = findings(withDurations(CUTOVER, '1W', '2D'), 'method-duration', 1);
    assert.deepStrictEqual(f.data, { hours: 216 });
    findings(withDurations(CUTOVER, '1 week', '8 days'), 'method-duration', 0);
  });
});

import * as assert from 'assert';
import { CUTOVER, edit } from './rules/online-helpers';
import { lintText, ofRule, describeFindings } from './helpers';
import { hoverAt } from '../../src/core/editor/hover';

const SCHEDULED = edit(CUTOVER, 'asOf: 2026-11-23\n', 'asOf: 2026-11-23\nschedule:\n  start: 2026-03-27T18:00+01:00\n');

describe('schedule: the schema', () => {
  it('accepts schedule.start and a step at with an offset (Z, seconds, +hh:mm)', () => {
    let text = edit(
      SCHEDULED,
      '      - action: switch-mx\n',
      '      - action: switch-mx\n        at: 2026-03-30T08:00:00+02:00\n',
    );
    text = edit(
      text,
      '      - action: assign-licenses\n',
      '      - action: assign-licenses\n        at: 2026-04-02T06:00Z\n',
    );
    const found = ofRule(lintText(text), 'schema');
    assert.deepStrictEqual(
      found.map((f) => f.message),
      [],
      describeFindings(found),
    );
  });

  it('rejects a date-time without an offset, an impossible hour and a bare date, naming how to write it', () => {
    for (const bad of ['2026-03-27T18:00', '2026-03-27T24:00+01:00', '2026-03-27', '2026-03-27T18:00+15:00']) {
      const text = edit(SCHEDULED, 'start: 2026-03-27T18:00+01:00', `start: ${bad}`);
      const found = ofRule(lintText(text), 'schema');
      assert.strictEqual(found.length, 1, `${bad}: ${describeFindings(found)}`);
      assert.match(found[0].message, /date-time with its offset/);
    }
  });

  it('needs start in schedule, and knows no other key there', () => {
    const text = edit(SCHEDULED, '  start: 2026-03-27T18:00+01:00\n', '  begin: 2026-03-27T18:00+01:00\n');
    const found = ofRule(lintText(text), 'schema');
    assert.ok(
      found.some((f) => /start/.test(f.message)),
      describeFindings(found),
    );
  });

  it('hovers schedule.start and at in English and Swedish', () => {
    const text = edit(
      SCHEDULED,
      '      - action: switch-mx\n',
      '      - action: switch-mx\n        at: 2026-03-30T08:00+02:00\n',
    );
    const en = hoverAt(text, text.indexOf('start:') + 1, { locale: 'en' });
    assert.match(JSON.stringify(en), /When the first step starts/);
    const sv = hoverAt(text, text.indexOf('at: 2026') + 1, { locale: 'sv' });
    assert.match(JSON.stringify(sv), /servicefönster/);
  });
});

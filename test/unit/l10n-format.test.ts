import * as assert from 'assert';
import {
  formatDate,
  formatMessage,
  formatNumber,
  parseTemplate,
  selectCases,
  templateArguments,
  TemplateError,
  type ArgsOf,
} from '../../src/core/l10n/format';

// The group separator Intl gives for Swedish (a no-break space on Node 20's ICU; newer CLDR
// data may choose another space): tests ask Intl rather than hard-code the character.
const SV_GROUP = new Intl.NumberFormat('sv-SE').format(1000).replace(/\d/g, '');

describe('l10n: the message format', () => {
  it('fills {name} with the value as given, numbers unformatted (line 12345, not 12,345)', () => {
    assert.strictEqual(
      formatMessage('en', 'line {line} of {file}', { line: 12345, file: 'a.yaml' }),
      'line 12345 of a.yaml',
    );
  });

  it('leaves an argument that is not given visible, never crashes', () => {
    assert.strictEqual(formatMessage('en', 'on {server} at {when, date}', {}), 'on {server} at {when}');
    assert.strictEqual(formatMessage('en', '{n, plural, one {# x} other {# xs}}'), '{n}');
  });

  it('keeps braces that are not arguments as text', () => {
    const prose = 'give it `schedule: { start: <time> }` or {not an arg} or {} or {1x}';
    assert.strictEqual(formatMessage('en', prose, {}), prose);
    assert.deepStrictEqual([...templateArguments(prose).keys()], []);
  });

  it('{name, number} groups digits as the locale writes them: 2,500 and 2 500', () => {
    assert.strictEqual(formatMessage('en', '{n, number}', { n: 2500 }), '2,500');
    assert.strictEqual(formatMessage('sv', '{n, number}', { n: 2500 }), `2${SV_GROUP}500`);
    assert.strictEqual(SV_GROUP.trim(), '', 'the Swedish separator is a space of some kind');
    assert.strictEqual(formatMessage('en', '{n, number}', { n: 999 }), '999');
    assert.strictEqual(formatNumber('sv', 1.5), '1,5');
    assert.strictEqual(formatNumber('en', 1.25), '1.3');
  });

  it('plural: Intl.PluralRules picks the case, # is the count formatted', () => {
    const en = '{count, plural, one {# mailbox} other {# mailboxes}}';
    const sv = '{count, plural, one {# postlåda} other {# postlådor}}';
    assert.strictEqual(formatMessage('en', en, { count: 1 }), '1 mailbox');
    assert.strictEqual(formatMessage('en', en, { count: 0 }), '0 mailboxes');
    assert.strictEqual(formatMessage('en', en, { count: 2 }), '2 mailboxes');
    assert.strictEqual(formatMessage('en', en, { count: 2500 }), '2,500 mailboxes');
    assert.strictEqual(formatMessage('sv', sv, { count: 1 }), '1 postlåda');
    assert.strictEqual(formatMessage('sv', sv, { count: 2500 }), `2${SV_GROUP}500 postlådor`);
  });

  it('plural: an exact =N case comes before the category', () => {
    const t = '{n, plural, =0 {none} one {one} other {#}}';
    assert.deepStrictEqual(
      [0, 1, 2].map((n) => formatMessage('en', t, { n })),
      ['none', 'one', '2'],
    );
  });

  it('plural: a count written as text is a number; other text reads as many, shown as written', () => {
    const t = 'Move {count, plural, one {# mailbox} other {# mailboxes}}';
    assert.strictEqual(formatMessage('en', t, { count: '1' }), 'Move 1 mailbox');
    assert.strictEqual(formatMessage('en', t, { count: '2500' }), 'Move 2,500 mailboxes');
    assert.strictEqual(formatMessage('en', t, { count: 'all' }), 'Move all mailboxes');
  });

  it('plural cases may hold other arguments, and # inside a nested select is still the count', () => {
    const t = '{n, plural, one {# server ({kind, select, a {A} other {B}}: #)} other {# servers on {site}}}';
    assert.strictEqual(formatMessage('en', t, { n: 1, kind: 'a', site: 's' }), '1 server (A: 1)');
    assert.strictEqual(formatMessage('en', t, { n: 3, kind: 'a', site: 'Lund' }), '3 servers on Lund');
  });

  it('select: grammar chosen by a value, other as fallback, the value itself when no case fits', () => {
    const t = 'används av {kind, select, phase {fasen} step {steget}}';
    assert.strictEqual(formatMessage('sv', t, { kind: 'phase' }), 'används av fasen');
    assert.strictEqual(formatMessage('sv', t, { kind: 'step' }), 'används av steget');
    assert.strictEqual(formatMessage('sv', t, { kind: 'server' }), 'används av server');
    assert.strictEqual(formatMessage('en', '{k, select, a {A} other {?}}', { k: 'z' }), '?');
    // # outside a plural is text.
    assert.strictEqual(formatMessage('en', '#1 {k, select, a {#A} other {}}', { k: 'a' }), '#1 #A');
  });

  it('dates through Intl.DateTimeFormat, YYYY-MM-DD read as a calendar day', () => {
    assert.strictEqual(formatDate('en', '2026-10-14'), 'October 14, 2026');
    assert.strictEqual(formatDate('sv', '2026-10-14'), '14 oktober 2026');
    assert.strictEqual(formatMessage('sv', 'den {d, date, short}', { d: '2026-01-02' }), 'den 2026-01-02');
    assert.strictEqual(formatMessage('en', '{d, date}', { d: new Date(Date.UTC(2026, 0, 31)) }), 'January 31, 2026');
    assert.strictEqual(formatDate('en', 'not a date'), 'not a date');
  });

  it('rejects malformed arguments with TemplateError, and formatMessage shows such a template as written', () => {
    for (const bad of [
      '{n, plural, one {x}}',
      '{n, plural, one {x} other {y}',
      '{n, select, a {x} a {y}}',
      '{n, currency}',
      '{d, date, full}',
      '{n, plural, =x {a} other {b}}',
      '{n, plural, one x other {b}}',
    ]) {
      assert.throws(() => parseTemplate(bad), TemplateError, bad);
      assert.strictEqual(formatMessage('en', bad, { n: 1, d: '2026-01-01' }), bad);
    }
  });

  it('templateArguments and selectCases report what a template uses', () => {
    const t = '{a} {b, number} {c, plural, one {{d}} other {{e, select, x {X} y {Y}}}} {f, date}';
    assert.deepStrictEqual(
      [...templateArguments(t)].map(([name, kinds]) => [name, [...kinds]]),
      [
        ['a', ['arg']],
        ['b', ['number']],
        ['c', ['plural']],
        ['d', ['arg']],
        ['e', ['select']],
        ['f', ['date']],
      ],
    );
    assert.deepStrictEqual([...selectCases(t).get('e')!], ['x', 'y']);
  });

  it('ArgsOf reads the arguments a template needs from its type', () => {
    type T =
      ArgsOf<'{count, plural, one {# mailbox on {server}} other {# mailboxes}} {kind, select, a {A} other {B}} {n, number} { not } {when, date}'>;
    const ok: T = { count: 2, server: 'EX1', kind: 'a', n: 3, when: '2026-01-01' };
    // @ts-expect-error `server` (used only inside a plural case) is required
    const missing: T = { count: 2, kind: 'a', n: 3, when: '2026-01-01' };
    // @ts-expect-error a number argument takes a number
    const wrong: T = { count: 2, server: 'EX1', kind: 'a', n: 'three', when: '2026-01-01' };
    type None = ArgsOf<'no arguments { here }'>;
    const none: None = {};
    assert.ok(ok && missing && wrong && none);
  });
});

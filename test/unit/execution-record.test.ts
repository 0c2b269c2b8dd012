// The execution record (spec section 7.2: doneAt, doneBy, skipped, evidence, verify,
// rollback) and team extensions (section 7.1: `x-` keys on every mapping): what the schema
// accepts and refuses, at the edges; that rules ignore `x-` keys and fixes keep them; what
// the checklist model reads from the record.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, lint } from '../../src/core';
import { buildChecklist } from '../../src/core/checklist';
import { progressText } from '../../src/core/checklist/progress';
import { completionsAt, hoverAt } from '../../src/core/editor';
import { GOLDEN, lintText, ofRule, readerFor } from './helpers';

const HEAD = [
  'runbook: 1',
  'title: T',
  'organization:',
  '  name: Contoso',
  '  mailboxes: 10',
  'servers: []',
  'target:',
  '  platform: on-premises',
  '  version: "2016"',
  'phases:',
  '  - id: p',
  '    title: P',
  '    steps:',
  '',
].join('\n');

/** A runbook whose one step is a `custom` step with these extra lines (at the step's key column). */
function withStep(...lines: string[]): string {
  return HEAD + ['      - action: custom', '        title: Step', ...lines.map((l) => `        ${l}`), ''].join('\n');
}

function schemaMessages(text: string, locale: 'en' | 'sv' = 'en'): string[] {
  return ofRule(lintText(text, { locale }), 'schema').map((f) => f.message);
}

describe('execution record: schema', () => {
  it('accepts every field of the record, evidence as one text or a list', () => {
    assert.deepStrictEqual(
      schemaMessages(
        withStep(
          'done: true',
          'doneAt: 2026-01-10T22:15:00+01:00',
          'doneBy: Ana Svensson',
          'evidence: [CHG0031337, "https://tickets.example/1"]',
          'verify: |',
          '  ```powershell',
          '  Get-ExchangeServer',
          '  ```',
          'rollback: Point Autodiscover back.',
        ),
      ),
      [],
    );
    assert.deepStrictEqual(schemaMessages(withStep('skipped: No public folders', 'evidence: CHG1')), []);
  });

  it('doneAt: Z, seconds or none, and offsets up to ±14:00 are accepted', () => {
    for (const value of [
      '2026-01-10T22:15Z',
      '2026-01-10T22:15:59-05:30',
      '2026-12-31T23:59+14:00',
      '"2026-01-10T00:00-14:00"',
    ])
      assert.deepStrictEqual(schemaMessages(withStep('done: true', `doneAt: ${value}`)), [], value);
  });

  it('doneAt without an offset, as a date only, or with an impossible offset is an error', () => {
    const hint = 'a date-time with its offset, e.g. 2026-03-28T22:00+01:00 (or …Z for UTC)';
    assert.deepStrictEqual(schemaMessages(withStep('done: true', 'doneAt: 2026-01-10T22:15:00')), [
      `\`doneAt\` must be ${hint}; got \`2026-01-10T22:15:00\``,
    ]);
    assert.deepStrictEqual(schemaMessages(withStep('done: true', 'doneAt: 2026-01-10')), [
      `\`doneAt\` must be ${hint}; got \`2026-01-10\``,
    ]);
    assert.deepStrictEqual(schemaMessages(withStep('done: true', 'doneAt: 2026-01-10T22:15+15:00')), [
      `\`doneAt\` must be ${hint}; got \`2026-01-10T22:15+15:00\``,
    ]);
    assert.deepStrictEqual(schemaMessages(withStep('done: true', 'doneAt: 2026-01-10T24:00+01:00')), [
      `\`doneAt\` must be ${hint}; got \`2026-01-10T24:00+01:00\``,
    ]);
  });

  it('evidence that is neither text nor a list of texts is an error, worded for texts (not server names)', () => {
    assert.deepStrictEqual(schemaMessages(withStep('evidence: {ticket: 1}')), [
      '`evidence` must be a text or a list of texts; got a mapping',
    ]);
    assert.deepStrictEqual(schemaMessages(withStep('evidence: {ticket: 1}'), 'sv'), [
      '`evidence` måste vara en text eller en lista av texter; fick en mappning',
    ]);
    assert.deepStrictEqual(schemaMessages(withStep('evidence: [CHG1, [nested]]')), [
      'entries of `evidence` must be a string; got a list',
    ]);
  });

  it('skipped, doneBy, verify and rollback are strings', () => {
    assert.deepStrictEqual(schemaMessages(withStep('skipped: 5')), ['`skipped` must be a string: write "5"']);
    assert.deepStrictEqual(schemaMessages(withStep('doneBy: [Ana, Bo]')), ['`doneBy` must be a string; got a list']);
    assert.deepStrictEqual(schemaMessages(withStep('verify:', '  check: it')), [
      '`verify` must be a string; got a mapping',
    ]);
    assert.deepStrictEqual(schemaMessages(withStep('skipped:')), ['`skipped` must be a string; got nothing']);
  });
});

describe('x- keys (team extensions)', () => {
  it('are allowed on every mapping, with any value', () => {
    const text = [
      'runbook: 1',
      'title: T',
      'x-team: {name: ops, members: [a, b]}',
      'schedule:',
      '  start: 2026-03-28T09:00+01:00',
      '  x-window: weekend',
      'organization:',
      '  name: Contoso',
      '  mailboxes: 10',
      '  x-cost-centre: 4711',
      'servers:',
      '  - name: EX16',
      '    version: "2016"',
      '    x-rack: B4',
      'target:',
      '  platform: on-premises',
      '  version: "2016"',
      '  x-: empty name after the prefix',
      'phases:',
      '  - id: p',
      '    title: P',
      '    x-approved-by: CAB',
      '    steps:',
      '      - action: decommission',
      '        server: EX16',
      '        x-ticket: [1, 2]',
      '      - {action: custom, title: C, x-flow: true}',
      '',
    ].join('\n');
    assert.deepStrictEqual(schemaMessages(text), []);
  });

  it('only with the lowercase `x-` prefix: `X-` and `x_` are unknown keys', () => {
    assert.deepStrictEqual(
      schemaMessages(withStep('X-ticket: 1', 'x_ticket: 2')).map((m) => m.replace(/;.*/, '')),
      ['unknown key `X-ticket`', 'unknown key `x_ticket`'],
    );
  });

  // The golden inputs of every fixable rule (test/golden/<rule>/*.input.runbook.yaml) get an
  // `x-` key in every mapping: the findings are the same, the fixes the same, and every
  // `x-` key stays unless its whole mapping was removed by the fix.
  const ANCHOR = /^( *)(- )?(runbook|name|platform|id|action|start): .*$/gm;
  const MARK = 'x-mark: keep';
  const marked = (text: string) => {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return text.replace(
      ANCHOR,
      (line, indent: string, dash: string | undefined) =>
        `${line.replace(/\r$/, '')}${eol}${indent}${dash ? '  ' : ''}${MARK}${line.endsWith('\r') ? '\r' : ''}`,
    );
  };
  const marks = (text: string) => text.split('\n').filter((l) => l.trim() === MARK).length;
  const anchors = (text: string) => text.match(ANCHOR) ?? [];
  /** How many of `before`'s anchor lines `after` no longer has (a multiset difference). */
  const removed = (before: string[], after: string[]) => {
    const left = [...after];
    let gone = 0;
    for (const line of before) {
      const at = left.indexOf(line);
      if (at < 0) gone++;
      else left.splice(at, 1);
    }
    return gone;
  };
  const inputs = fs
    .readdirSync(GOLDEN, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(GOLDEN, d.name))
        .filter((f) => f.endsWith('.input.runbook.yaml'))
        .map((f) => path.join(GOLDEN, d.name, f)),
    );
  let fixedSome = 0;
  for (const file of inputs) {
    const name = path.relative(GOLDEN, file);
    it(`rules ignore them and fixes keep them (${name})`, () => {
      const plain = fs.readFileSync(file, 'utf8');
      const text = marked(plain);
      const added = marks(text);
      assert.ok(added >= 3, `expected x- keys in several mappings, got ${added}`);
      const options = {
        readFile: readerFor(path.dirname(file)),
        locale: name.includes('swedish') ? 'sv' : 'en',
      } as const;
      const summary = (t: string) =>
        lint(t, options)
          .findings.map((f) => `${f.ruleId}/${f.severity}: ${f.message.replace(/\b(line|rad) \d+/g, '$1 N')}`)
          .sort();
      assert.deepStrictEqual(summary(text), summary(plain));
      const fixed = fixAll(text, options).text;
      const fixedPlain = fixAll(plain, options).text;
      if (fixedPlain !== plain) fixedSome++;
      const unmarked = fixed
        .split('\n')
        .filter((l) => l.trim() !== MARK)
        .join('\n');
      assert.strictEqual(unmarked, fixedPlain);
      // A fix that removes a step removes its keys too; one that only changes an anchor's value
      // (`acton` → `action`) counts here as a removal, so this is a lower bound.
      assert.ok(
        marks(fixed) >= added - removed(anchors(plain), anchors(fixedPlain)),
        `${marks(fixed)} of ${added} left`,
      );
      if (removed(anchors(plain), anchors(fixedPlain)) === 0) assert.strictEqual(marks(fixed), added);
      assert.deepStrictEqual(ofRule(lint(fixed, options).findings, 'schema'), []);
    });
  }
  it('(the runs above did fix something)', () => assert.ok(fixedSome > 10, `${fixedSome} fixed`));
});

describe('execution record: the checklist model', () => {
  const checklist = (text: string, locale: 'en' | 'sv' = 'en') =>
    buildChecklist(lint(text, { locale, asOf: '2026-11-23' }), locale);

  it('reads who, when, why skipped, evidence, verify and rollback', () => {
    const step = checklist(
      withStep(
        'done: true',
        'doneAt: 2026-01-10T22:15+01:00',
        'doneBy: "  Ana\\n Svensson "',
        'evidence: [CHG1, "", https://x.example/2]',
        'verify: "Run `Get-X`"',
        'rollback: "   "',
      ),
    ).phases[0].steps[0];
    assert.strictEqual(step.doneAt, '2026-01-10T22:15+01:00');
    assert.strictEqual(step.doneBy, 'Ana Svensson');
    assert.deepStrictEqual(step.evidence, ['CHG1', 'https://x.example/2']);
    assert.strictEqual(step.verify, 'Run `Get-X`');
    assert.strictEqual(step.rollback, undefined);
    assert.strictEqual(step.skipped, undefined);
  });

  it('a skipped step counts as settled, with or without a reason; done and skipped counts once', () => {
    const text =
      HEAD +
      [
        '      - {action: custom, title: A, skipped: "Not needed"}',
        '      - {action: custom, title: B, skipped: ""}',
        '      - {action: custom, title: C, done: true, skipped: x}',
        '      - {action: custom, title: D}',
        '',
      ].join('\n');
    const c = checklist(text);
    assert.deepStrictEqual(
      c.phases[0].steps.map((s) => s.skipped),
      ['Not needed', '', 'x', undefined],
    );
    assert.deepStrictEqual(c.progress, { done: 3, skipped: 2, total: 4, hours: 0 });
    assert.strictEqual(progressText(c.progress, 'en'), '3 of 4 done (2 skipped)');
    assert.strictEqual(progressText(checklist(text, 'sv').progress, 'sv'), '3 av 4 klara (2 överhoppade)');
  });

  it('actual minutes: from the end of the done step before (or the plan) to doneAt', () => {
    const text = [
      'runbook: 1',
      'title: T',
      'schedule: {start: 2026-03-28T09:00+01:00}',
      ...HEAD.split('\n').slice(2, -1),
      '      - {action: custom, title: A, duration: 1h, done: true, doneAt: 2026-03-28T09:50+01:00}',
      '      - {action: custom, title: B, duration: 2h, done: true, doneAt: 2026-03-28T12:05+01:00}',
      '      - {action: custom, title: C, duration: 2h, done: true}',
      '      - {action: custom, title: D, duration: 2h, doneAt: 2026-03-28T13:00+01:00}',
      '',
    ].join('\n');
    const steps = checklist(text).phases[0].steps;
    assert.deepStrictEqual(
      steps.map((s) => s.actualMinutes),
      [50, 135, undefined, undefined],
    );
  });

  it('no schedule, no actual minutes', () => {
    const step = checklist(withStep('duration: 1h', 'done: true', 'doneAt: 2026-03-28T09:50+01:00')).phases[0].steps[0];
    assert.strictEqual(step.actualMinutes, undefined);
  });
});

describe('execution record: completion and hover', () => {
  const text = withStep('done: true', 'doneAt: 2026-01-10T22:15+01:00', '');

  it('completion offers the record fields a step has not written yet', () => {
    const offset = text.lastIndexOf('        \n') + 8;
    const labels = completionsAt(text, offset).map((e) => e.label);
    for (const name of ['doneBy', 'skipped', 'evidence', 'verify', 'rollback']) assert.ok(labels.includes(name), name);
    assert.ok(!labels.includes('doneAt'));
  });

  it('completion offers now for doneAt and the executor for doneBy, as a tick writes them', () => {
    const options = { now: '2026-12-06T11:05+01:00', executor: 'Ana Svensson' };
    const at = (line: string) => {
      const source = withStep(line);
      return completionsAt(source, source.indexOf(line) + line.length, options);
    };
    const now = at('doneAt: ');
    assert.deepStrictEqual(
      now.map((e) => [e.label, e.insertText, e.detail]),
      [['2026-12-06T11:05+01:00', '2026-12-06T11:05+01:00', 'now (this minute, in this computer’s offset)']],
    );
    assert.deepStrictEqual(
      at('doneBy: ').map((e) => e.insertText),
      ['Ana Svensson'],
    );
    // A name YAML would read otherwise is quoted, as the tick quotes it.
    const yes = completionsAt(withStep('doneBy: '), withStep('doneBy: ').indexOf('doneBy: ') + 8, { executor: 'yes' });
    assert.deepStrictEqual(
      yes.map((e) => e.insertText),
      ['"yes"'],
    );
    const sv = completionsAt(withStep('doneAt: '), withStep('doneAt: ').indexOf('doneAt: ') + 8, {
      ...options,
      locale: 'sv',
    });
    assert.strictEqual(sv[0].detail, 'nu (denna minut, med datorns tidszonsförskjutning)');
    // Without a clock or a name (the web build without the setting), nothing is invented.
    const bare = withStep('doneBy: ');
    assert.deepStrictEqual(completionsAt(bare, bare.indexOf('doneBy: ') + 8), []);
  });

  it('completing the doneAt key asks for its value right away', () => {
    const offset = text.lastIndexOf('        \n') + 8;
    const doneBy = completionsAt(text, offset).find((e) => e.label === 'doneBy')!;
    assert.strictEqual(doneBy.retrigger, true);
    assert.strictEqual(completionsAt(text, offset).find((e) => e.label === 'skipped')!.retrigger, false);
  });

  it('hover explains a record key, in English and Swedish', () => {
    const at = text.indexOf('doneAt') + 2;
    assert.match(hoverAt(text, at, { locale: 'en' })!.markdown, /When the step was done: a date-time with its offset/);
    assert.match(hoverAt(text, at, { locale: 'sv' })!.markdown, /När steget blev klart/);
  });
});

// The edits behind the execution record in the preview: a tick writes `done: true`,
// `doneAt` and `doneBy`; unticking removes the three; "Skip step…" writes `skipped`.
// Byte-exact, with CRLF, comments and flow-style steps; every result re-parsed.
import * as assert from 'assert';
import { applyEdits, normalizeEdits } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { parseRunbook, fieldString, fieldBoolean } from '../../src/core/parse';
import { formatDoneAt, skipEdits, tickEdits, unskipEdits, untickEdits } from '../../src/core/checklist/toggle';
import type { TextEdit } from '../../src/core/types';
import { parseWebviewMessage } from '../../src/core/checklist/protocol';

const STAMP = { doneAt: '2026-03-28T23:40+01:00', doneBy: 'Ana Svensson' };

const HEAD = `runbook: 1
title: T
organization: {name: N, mailboxes: 10}
servers: []
target: {platform: on-premises, version: "2016"}
phases:
  - id: p
    title: P
    steps:
`;

/** Applies the edits (which must go together) and re-parses: the YAML stays valid. */
function applied(text: string, edits: TextEdit[] | undefined): string {
  assert.ok(edits, 'edits');
  assert.ok(normalizeEdits(text, edits!), 'edits that go together');
  const out = applyEdits(text, edits!);
  const parsed = parseRunbook(out);
  assert.deepStrictEqual(parsed.fatal, [], out);
  return out;
}

const tick = (text: string, i = 0) => applied(text, tickEdits(parseRunbook(text), i, STAMP));
const untick = (text: string, i = 0) => applied(text, untickEdits(parseRunbook(text), i));
const skip = (text: string, reason: string, i = 0) => applied(text, skipEdits(parseRunbook(text), i, reason));
const unskip = (text: string, i = 0) => applied(text, unskipEdits(parseRunbook(text), i));

function record(text: string, i = 0) {
  const parsed = parseRunbook(text);
  const node = parsed.steps[i].node;
  return {
    done: fieldBoolean(node, 'done', parsed.doc),
    doneAt: fieldString(node, 'doneAt', parsed.doc),
    doneBy: fieldString(node, 'doneBy', parsed.doc),
    skipped: fieldString(node, 'skipped', parsed.doc),
  };
}

describe('execution record edits: tick', () => {
  const STEP = `${HEAD}      # The cut-over.
      - action: switch-mx   # DNS at the registrar
        owner: Ana
        notes: |
          Lower the TTL first.

      # Then the clients.
      - action: reconfigure-outlook
`;

  it('writes done, doneAt and doneBy as new lines at the key column after the step, comments untouched', () => {
    assert.strictEqual(
      tick(STEP),
      STEP.replace(
        '          Lower the TTL first.\n',
        '          Lower the TTL first.\n        done: true\n        doneAt: 2026-03-28T23:40+01:00\n        doneBy: Ana Svensson\n',
      ),
    );
  });

  it('replaces existing values in place and adds the missing fields right under `done`', () => {
    const text = `${HEAD}      - action: switch-mx
        done: false # not yet
        owner: Ana
        doneBy: Bo
`;
    assert.strictEqual(
      tick(text),
      `${HEAD}      - action: switch-mx
        done: true # not yet
        owner: Ana
        doneBy: Ana Svensson
        doneAt: 2026-03-28T23:40+01:00
`,
    );
  });

  it('already ticked by the same person at the same minute: no edit at all', () => {
    const text = tick(STEP);
    assert.deepStrictEqual(tickEdits(parseRunbook(text), 0, STAMP), []);
  });

  it('quotes a name YAML would read as something else', () => {
    const out = applied(STEP, tickEdits(parseRunbook(STEP), 1, { ...STAMP, doneBy: 'ops: night #2' }));
    assert.ok(
      out.endsWith(
        '      - action: reconfigure-outlook\n        done: true\n        doneAt: 2026-03-28T23:40+01:00\n        doneBy: "ops: night #2"\n',
      ),
    );
    assert.strictEqual(record(out, 1).doneBy, 'ops: night #2');
    for (const name of ['true', 'null', '2016', "O'Brien", 'Åsa Öberg', '- x', '"quoted"', '  padded ']) {
      const text = applied(STEP, tickEdits(parseRunbook(STEP), 1, { ...STAMP, doneBy: name }));
      assert.strictEqual(record(text, 1).doneBy, name, name);
    }
  });

  it('ticking a skipped step takes the skip back', () => {
    const text = `${HEAD}      - action: switch-mx\n        skipped: not needed\n        owner: Ana\n`;
    assert.strictEqual(
      tick(text),
      `${HEAD}      - action: switch-mx\n        owner: Ana\n        done: true\n        doneAt: 2026-03-28T23:40+01:00\n        doneBy: Ana Svensson\n`,
    );
  });

  it('keeps CRLF line endings', () => {
    const crlf = STEP.replace(/\n/g, '\r\n');
    const out = tick(crlf);
    assert.strictEqual(out, tick(STEP).replace(/\n/g, '\r\n'));
    assert.ok(!/[^\r]\n/.test(out));
  });

  it('the last step of a file without a final newline', () => {
    const text = `${HEAD}      - action: switch-mx\n        owner: Ana`;
    assert.strictEqual(
      tick(text),
      `${text}\n        done: true\n        doneAt: 2026-03-28T23:40+01:00\n        doneBy: Ana Svensson`,
    );
    assert.strictEqual(untick(tick(text)), text);
  });

  it('fills an empty `done:` in place, and follows a four-space layout', () => {
    const empty = `${HEAD}      - action: custom\n        done:\n        title: X\n`;
    assert.strictEqual(
      tick(empty),
      `${HEAD}      - action: custom\n        done: true\n        doneAt: 2026-03-28T23:40+01:00\n        doneBy: Ana Svensson\n        title: X\n`,
    );
    const four = `${HEAD}    -   action: switch-mx\n        owner: Ana\n`;
    assert.strictEqual(
      tick(four),
      `${four}        done: true\n        doneAt: 2026-03-28T23:40+01:00\n        doneBy: Ana Svensson\n`,
    );
  });

  it('flow-style steps: the fields go before the closing brace', () => {
    const flow = `${HEAD}      - {action: switch-mx}\n      - { action: custom, title: X, done: false }\n      - {}\n`;
    assert.strictEqual(
      tick(flow),
      flow.replace(
        '{action: switch-mx}',
        '{action: switch-mx, done: true, doneAt: 2026-03-28T23:40+01:00, doneBy: Ana Svensson}',
      ),
    );
    assert.strictEqual(
      tick(flow, 1),
      flow.replace('done: false }', 'done: true, doneAt: 2026-03-28T23:40+01:00, doneBy: Ana Svensson }'),
    );
    assert.strictEqual(
      tick(flow, 2),
      flow.replace('{}', '{done: true, doneAt: 2026-03-28T23:40+01:00, doneBy: Ana Svensson}'),
    );
  });

  it('a step that is not a mapping, or a record value over several lines, is not edited', () => {
    const text = `${HEAD}      - just text\n      - action: custom\n        title: X\n        doneBy: [a, b]\n`;
    assert.strictEqual(tickEdits(parseRunbook(text), 0, STAMP), undefined);
    assert.strictEqual(tickEdits(parseRunbook(text), 1, STAMP), undefined);
    assert.strictEqual(tickEdits(parseRunbook(text), 9, STAMP), undefined);
    const folded = `${HEAD}      - action: custom\n        title: X\n        doneBy: "Ana\n          Svensson"\n`;
    assert.strictEqual(tickEdits(parseRunbook(folded), 0, STAMP), undefined);
  });
});

describe('execution record edits: untick', () => {
  const TICKED = `${HEAD}      - action: switch-mx   # DNS
        done: true
        doneAt: 2026-03-28T23:40+01:00
        doneBy: Ana Svensson
        owner: Ana
      - action: reconfigure-outlook
`;

  it('removes the three lines', () => {
    assert.strictEqual(
      untick(TICKED),
      `${HEAD}      - action: switch-mx   # DNS\n        owner: Ana\n      - action: reconfigure-outlook\n`,
    );
  });

  it('tick then untick gives back the file byte for byte (block, CRLF, flow, no final newline)', () => {
    const block = `${HEAD}      # c\n      - action: switch-mx # x\n        owner: Ana\n\n      # next\n      - action: custom\n        title: Y\n`;
    for (const text of [
      block,
      block.replace(/\n/g, '\r\n'),
      `${HEAD}      - {action: switch-mx, owner: Ana}\n`,
      `${HEAD}      - { action: switch-mx }\n`,
      `${HEAD}      - action: switch-mx`,
    ]) {
      assert.strictEqual(untick(tick(text)), text, JSON.stringify(text));
      assert.deepStrictEqual(record(tick(text)), { done: true, ...STAMP, skipped: undefined });
    }
  });

  it('a comment on a removed line stays on a line of its own; `done` with a comment becomes false', () => {
    const text = `${HEAD}      - action: switch-mx
        done: true # ticked in the CAB call
        doneAt: 2026-03-28T23:40+01:00
        doneBy: Ana # on behalf of Bo
`;
    assert.strictEqual(
      untick(text),
      `${HEAD}      - action: switch-mx\n        done: false # ticked in the CAB call\n        # on behalf of Bo\n`,
    );
  });

  it('fields on the dash line: the next field that stays moves up', () => {
    const text = `${HEAD}      - done: true\n        doneAt: 2026-03-28T23:40+01:00\n        action: switch-mx\n        doneBy: Ana\n`;
    assert.strictEqual(untick(text), `${HEAD}      - action: switch-mx\n`);
  });

  it('flow style: each field with its comma', () => {
    assert.strictEqual(
      untick(
        `${HEAD}      - {done: true, action: switch-mx, doneBy: Ana, doneAt: 2026-03-28T23:40+01:00, owner: Bo}\n`,
      ),
      `${HEAD}      - {action: switch-mx, owner: Bo}\n`,
    );
  });

  it('nothing to remove: no edit', () => {
    assert.deepStrictEqual(untickEdits(parseRunbook(`${HEAD}      - action: switch-mx\n`), 0), []);
  });

  it('the whole runbook still lints the same after a tick and an untick (no new findings)', () => {
    const base = `${HEAD}      - action: custom\n        title: X\n`;
    const ids = (s: string) =>
      lint(s, { asOf: '2026-11-23' })
        .findings.map((f) => `${f.ruleId}: ${f.message}`)
        .sort();
    assert.deepStrictEqual(ids(tick(base)), ids(base));
    assert.deepStrictEqual(ids(untick(tick(base))), ids(base));
  });
});

describe('execution record edits: skip', () => {
  const STEP = `${HEAD}      - action: migrate-public-folders   # legacy PFs
        from: EX07
        to: exchange-online
      - action: switch-mx
`;

  it('writes `skipped: <reason>` after the step; un-skip removes it again byte for byte', () => {
    const out = skip(STEP, 'No public folders left');
    assert.strictEqual(
      out,
      STEP.replace(
        '        to: exchange-online\n',
        '        to: exchange-online\n        skipped: No public folders left\n',
      ),
    );
    assert.strictEqual(unskip(out), STEP);
  });

  it('the reason is one line, quoted when YAML needs it, and replaces an earlier one', () => {
    const out = skip(STEP, '  Not needed:\n see #12  ');
    assert.strictEqual(record(out).skipped, 'Not needed: see #12');
    assert.ok(out.includes('        skipped: "Not needed: see #12"\n'));
    assert.strictEqual(record(skip(out, 'other')).skipped, 'other');
    assert.strictEqual(
      skip(out, 'other'),
      STEP.replace('        to: exchange-online\n', '        to: exchange-online\n        skipped: other\n'),
    );
  });

  it('flow style and CRLF', () => {
    const flow = `${HEAD}      - {action: switch-mx}\n`;
    assert.strictEqual(skip(flow, 'later'), `${HEAD}      - {action: switch-mx, skipped: later}\n`);
    assert.strictEqual(unskip(skip(flow, 'later')), flow);
    const crlf = STEP.replace(/\n/g, '\r\n');
    assert.strictEqual(unskip(skip(crlf, 'x')), crlf);
    assert.ok(!/[^\r]\n/.test(skip(crlf, 'x')));
  });
});

describe('formatDoneAt', () => {
  it('the minute in the given offset, seconds dropped', () => {
    const ms = Date.UTC(2026, 2, 28, 22, 40, 59, 999);
    assert.strictEqual(formatDoneAt(ms, 60), '2026-03-28T23:40+01:00');
    assert.strictEqual(formatDoneAt(ms, 0), '2026-03-28T22:40Z');
    assert.strictEqual(formatDoneAt(ms, -330), '2026-03-28T17:10-05:30');
    assert.strictEqual(formatDoneAt(Date.UTC(2026, 11, 31, 23, 59), 840), '2027-01-01T13:59+14:00');
  });
});

describe('the webview’s skip message', () => {
  it('is checked field by field', () => {
    const identity = { occurrence: 0, action: 'switch-mx' };
    assert.deepStrictEqual(parseWebviewMessage({ type: 'skip', stepIndex: 2, identity, version: 7, skip: true }), {
      type: 'skip',
      stepIndex: 2,
      identity,
      version: 7,
      skip: true,
    });
    assert.deepStrictEqual(
      parseWebviewMessage({ type: 'skip', stepIndex: 2, identity, version: 7, skip: false, extra: 1 }),
      { type: 'skip', stepIndex: 2, identity, version: 7, skip: false },
    );
    for (const bad of [
      { type: 'skip', stepIndex: 2, identity, version: 7, skip: 'yes' },
      { type: 'skip', stepIndex: 2, identity, version: 7, done: true },
      { type: 'skip', stepIndex: -1, identity, version: 7, skip: true },
      { type: 'skip', stepIndex: 2, identity: { occurrence: -1 }, version: 7, skip: true },
      { type: 'toggle', stepIndex: 2, identity, version: 7, skip: true },
    ])
      assert.strictEqual(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
  });
});

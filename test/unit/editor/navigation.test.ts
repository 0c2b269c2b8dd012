// Outline, folding, definitions, references and rename (core/editor/symbols.ts, references.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, parseRunbook } from '../../../src/core';
import {
  definitionAt,
  documentSymbols,
  foldingRanges,
  nameOccurrences,
  prepareRenameAt,
  referencesAt,
  renameEdits,
} from '../../../src/core/editor';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

describe('editor navigation', () => {
  const staged = fixture('staged-two-waves.runbook.yaml');
  const onprem = fixture('onprem-2007-to-2016.runbook.yaml');
  const line = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
  const offsetIn = (text: string, needle: string, back = 2) => {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, needle);
    return i + needle.length - back;
  };

  it('outlines phases then steps: titles (derived when absent), ids, actions and a tick for done steps', () => {
    const text = staged.replace(
      '      - action: grant-migration-permissions\n',
      '      - action: grant-migration-permissions\n        done: true\n',
    );
    const symbols = documentSymbols(parseRunbook(text));
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.detail, s.kind, line(text, s.range.start)]),
      [
        ['Prepare', 'prepare', 'phase', 23],
        ['Wave 1', 'wave-1', 'phase', 38],
        ['Wave 2', 'wave-2', 'phase', 49],
        ['Switch mail flow and finish', 'finish', 'phase', 60],
      ],
    );
    assert.deepStrictEqual(
      symbols[0].children.map((c) => [c.name, c.detail]),
      [
        ['Configure Outlook Anywhere on WT-EX07 (trusted certificate)', 'configure-outlook-anywhere'],
        ['Grant migration permissions to migration-admin@wingtiptoys.com', 'grant-migration-permissions ✓'],
        ['Verify the domain wingtiptoys.com in Microsoft 365', 'verify-domain'],
        ['Turn on directory synchronization (Microsoft Entra Connect)', 'configure-directory-sync'],
        ['Create the Outlook Anywhere migration endpoint', 'create-migration-endpoint'],
      ],
    );
    // The selection is the title when the item has one, else its action.
    assert.strictEqual(text.slice(symbols[1].selectionRange.start, symbols[1].selectionRange.end), 'Wave 1');
    assert.strictEqual(
      text.slice(symbols[1].children[0].selectionRange.start, symbols[1].children[0].selectionRange.end),
      'create-migration-batch',
    );
    // A step's range runs from its dash to its last value.
    const step = symbols[1].children[0];
    assert.strictEqual(
      text.slice(step.range.start, step.range.end),
      '      - action: create-migration-batch\n        batch: wave-1\n        method: staged\n        csv: staged-wave1.csv',
    );
  });

  it('outlines steps in Swedish, and an unparsable file has no symbols', () => {
    assert.strictEqual(documentSymbols(parseRunbook(staged), 'sv')[1].children[1].name.length > 0, true);
    assert.notStrictEqual(
      documentSymbols(parseRunbook(staged), 'sv')[1].children[1].name,
      documentSymbols(parseRunbook(staged), 'en')[1].children[1].name,
    );
    assert.deepStrictEqual(documentSymbols(parseRunbook('phases: [')), []);
  });

  it('folds phases, steps and every other multi-line mapping or list', () => {
    const spans = foldingRanges(parseRunbook(staged)).map((f) => `${line(staged, f.start)}-${line(staged, f.end)}`);
    // organization, servers and its entry, target, phases; then each phase, its steps and each multi-line step.
    assert.deepStrictEqual(
      spans.join(' '),
      '6-11 12-18 13-18 19-21 22-70 23-36 25-36 26-28 29-30 31-32 33-34 35-36 37-47 39-47 40-43 44-45 46-47 48-58 50-58 51-54 55-56 57-58 59-70 61-70 63-64 65-66 69-70',
    );
  });

  it("finds a server's definition (its servers entry) and every reference", () => {
    const parsed = parseRunbook(onprem);
    const at = offsetIn(onprem, '      - action: move-transport\n        from: [FAB-EX07-CAS');
    const definition = definitionAt(parsed, at)!;
    assert.strictEqual(line(onprem, definition.range.start), 14);
    assert.deepStrictEqual(
      referencesAt(parsed, at).map((o) => line(onprem, o.range.start)),
      [14, 50, 56, 71],
    );
    assert.deepStrictEqual(
      referencesAt(parsed, at, false).map((o) => line(onprem, o.range.start)),
      [50, 56, 71],
    );
  });

  it("finds an installed server's definition at its install step, and a batch's at its creation", () => {
    const parsed = parseRunbook(onprem);
    const definition = definitionAt(parsed, offsetIn(onprem, '        to: FAB-EX16-01'))!;
    assert.strictEqual(onprem.slice(definition.range.start - 16, definition.range.end), '        server: FAB-EX16-01');
    const stagedParsed = parseRunbook(staged);
    const batch = definitionAt(
      stagedParsed,
      offsetIn(staged, '      - action: convert-to-mail-users\n        batch: wave-2'),
    )!;
    assert.strictEqual(line(staged, batch.range.start), 52);
    assert.deepStrictEqual(
      referencesAt(stagedParsed, batch.range.start).map((o) => line(staged, o.range.start)),
      [52, 56, 58, 66],
    );
  });

  it('renames a server with one edit per occurrence, inside quotes, and leaves exchange-online and text alone', () => {
    const text = onprem.replace('        from: [FAB-EX07-CAS]', '        from: ["FAB-EX07-CAS"]');
    const parsed = parseRunbook(text);
    const at = offsetIn(text, '  - name: FAB-EX07-CAS');
    assert.deepStrictEqual(prepareRenameAt(parsed, at), {
      range: { start: text.indexOf('FAB-EX07-CAS'), end: text.indexOf('FAB-EX07-CAS') + 12 },
      name: 'FAB-EX07-CAS',
      kind: 'server',
    });
    const result = renameEdits(parsed, at, 'FAB-CAS');
    assert.ok('edits' in result);
    assert.deepStrictEqual(
      result.edits.map((e) => [line(text, e.offset), e.length, e.text]),
      [
        [14, 12, 'FAB-CAS'],
        [50, 12, 'FAB-CAS'],
        [56, 12, 'FAB-CAS'],
        [71, 12, 'FAB-CAS'],
      ],
    );
    assert.strictEqual(applyEdits(text, result.edits), text.split('FAB-EX07-CAS').join('FAB-CAS'));
    const hybrid = fixture('hybrid-2007.runbook.yaml');
    assert.ok(!nameOccurrences(parseRunbook(hybrid)).some((o) => o.name === 'exchange-online'));
  });

  it('refuses to rename what is not a name, to an invalid name, or to one already used', () => {
    const parsed = parseRunbook(onprem);
    assert.deepStrictEqual(renameEdits(parsed, offsetIn(onprem, 'title: Fabrikam'), 'X'), { error: 'notAName' });
    assert.strictEqual(prepareRenameAt(parsed, offsetIn(onprem, '      - action: prepare-ad')), undefined);
    const at = offsetIn(onprem, '  - name: FAB-EX07-CAS');
    assert.deepStrictEqual(renameEdits(parsed, at, 'has space'), { error: 'invalidName', kind: 'server' });
    assert.deepStrictEqual(renameEdits(parsed, at, 'exchange-online'), { error: 'invalidName', kind: 'server' });
    assert.deepStrictEqual(renameEdits(parsed, at, 'FAB-EX07-MBX'), { error: 'taken', kind: 'server' });
  });

  it('renames a batch, quoting a name YAML would read as something else', () => {
    const parsed = parseRunbook(staged);
    const result = renameEdits(
      parsed,
      offsetIn(staged, '        batch: wave-1\n        method: staged'.slice(0, 21)),
      'true',
    );
    assert.ok('edits' in result);
    assert.deepStrictEqual(
      result.edits.map((e) => e.text),
      ['"true"', '"true"', '"true"', '"true"'],
    );
  });
});

// Bad input never crashes the editor features: every offset of real runbooks, of their
// truncations and of odd texts gets an answer (possibly empty), never an exception.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseRunbook } from '../../../src/core';
import {
  completionsAt,
  definitionAt,
  documentSymbols,
  foldingRanges,
  hoverAt,
  prepareRenameAt,
  referencesAt,
  renameEdits,
} from '../../../src/core/editor';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

describe('editor robustness', () => {
  const texts: [string, string][] = [];
  for (const name of ['invalid-2016-over-2007.runbook.yaml', 'staged-two-waves.runbook.yaml']) {
    const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
    texts.push(
      [name, text],
      [`${name} cut in half`, text.slice(0, Math.floor(text.length / 2))],
      [`${name} with CRLF`, text.replace(/\n/g, '\r\n')],
    );
  }
  texts.push(
    ['empty', ''],
    [
      'flow everything',
      '{runbook: 1, phases: [{id: p, steps: [{action: decommission, server: [A, {b: c}]}]}], servers: [{name: [x]}]}',
    ],
    [
      'aliases',
      'servers:\n  - &s {name: A, version: "2007"}\n  - *s\nphases:\n  - id: p\n    steps:\n      - action: *s\n        server: *s\n',
    ],
    ['scalars where maps belong', 'organization: 3\nservers: x\ntarget: [1]\nphases:\n  - 7\n  - steps: nope\n'],
    ['tabs and junk', 'phases:\n\t- id: p\n  ]]]: [\n"\u0000'],
  );

  for (const [name, text] of texts) {
    it(`answers at every offset: ${name}`, () => {
      const parsed = parseRunbook(text);
      assert.doesNotThrow(() => documentSymbols(parsed));
      assert.doesNotThrow(() => foldingRanges(parsed));
      const step = Math.max(1, Math.floor(text.length / 400));
      for (let offset = 0; offset <= text.length; offset += step) {
        try {
          completionsAt(text, offset);
          hoverAt(text, offset);
          definitionAt(parsed, offset);
          referencesAt(parsed, offset);
          prepareRenameAt(parsed, offset);
          renameEdits(parsed, offset, 'NEW-NAME');
        } catch (err) {
          assert.fail(`offset ${offset}: ${(err as Error).stack}`);
        }
      }
    });
  }
});

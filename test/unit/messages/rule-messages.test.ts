// Every rule speaks English and Swedish with the same placeholders, and every message a
// user can see tells what to do (or, for advice, why).
import * as assert from 'assert';
import { RULES } from '../../../src/core';
import { templateArguments } from '../../../src/core/l10n/format';

// The values a message shows; a plural or select that only picks a word (has/have) may be
// absent where a language has no such grammar (test/unit/l10n-catalogues.test.ts).
const placeholders = (text: string) =>
  [...templateArguments(text)]
    .filter(([, kinds]) => [...kinds].some((k) => k !== 'plural' && k !== 'select'))
    .map(([name]) => name)
    .sort();

describe('review: rule messages in English and Swedish', () => {
  it('covers every rule of the catalogue (spec section 5)', () => {
    const catalogue = [
      'yaml-syntax',
      'schema',
      'duplicate-id',
      'unknown-server',
      'coexistence',
      'coexistence-update',
      'prepare-before-install',
      'decommission-with-data',
      'source-remains',
      'os-requirement',
      'forest-level',
      'client-support',
      'end-of-support',
      'cutover-size',
      'staged-source',
      'staged-csv',
      'hybrid-server',
      'hybrid-size',
      'online-prerequisites',
      'directory-sync',
      'mail-flow-order',
      'public-folders',
      'method-duration',
      'method-mismatch',
    ];
    for (const id of catalogue)
      assert.ok(
        RULES.some((r) => r.id === id),
        `missing rule ${id}`,
      );
  });
  for (const rule of RULES) {
    it(`${rule.id}: every English message has a Swedish one with the same placeholders`, () => {
      const en = rule.messages.en;
      const sv = rule.messages.sv ?? {};
      assert.deepStrictEqual(Object.keys(sv).sort(), Object.keys(en).sort(), 'the same message ids');
      for (const id of Object.keys(en)) {
        assert.deepStrictEqual(placeholders(sv[id]), placeholders(en[id]), `${rule.id}.${id}`);
        assert.ok(sv[id].trim().length > 0, `${rule.id}.${id} is empty in Swedish`);
        // A template of placeholders and punctuation only needs no translation.
        const words = en[id].replace(/\{\w+\}/g, '').replace(/[^A-Za-z]+/g, '');
        if (words.length > 3) assert.notStrictEqual(sv[id], en[id], `${rule.id}.${id} is not translated`);
      }
      assert.ok(rule.description.en && rule.description.sv && rule.description.sv !== rule.description.en);
    });
  }
  it('Swedish uses Exchange terminology, not English loan words', () => {
    const all = RULES.flatMap((r) => Object.values(r.messages.sv ?? {}));
    for (const text of all) {
      assert.ok(!/\bmailbox(es)?\b/i.test(text.replace(/`[^`]*`/g, '')), `English "mailbox" in: ${text}`);
      assert.ok(!/\bpublic folders?\b/i.test(text), `English "public folders" in: ${text}`);
      assert.ok(!/\brunbook\b/i.test(text.replace(/`[^`]*`/g, '')), `English "runbook" in: ${text}`);
    }
  });
});

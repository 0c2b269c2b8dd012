// Every fix any rule offers, on the scenarios and on every golden input, applied alone:
// the finding goes, no new error or warning appears (exceptions below, each inherent to
// what the fix does), the result is schema-valid and keeps every comment. And fixAll
// converges, is idempotent, and gives the same structure with CRLF line endings and with
// four-space indentation.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { applyEdits, fixAll, lint, Finding, LintOptions } from '../../../src/core';
import { GOLDEN, readerFor, describeFindings } from '../helpers';
import { fourSpaces, SCENARIOS } from '../scenarios/helpers';

interface Input {
  name: string;
  text: string;
  options: LintOptions;
}

function inputs(): Input[] {
  const list: Input[] = [];
  for (const f of fs
    .readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.runbook.yaml'))
    .sort()) {
    list.push({
      name: `scenarios/${f}`,
      text: fs.readFileSync(path.join(SCENARIOS, f), 'utf8'),
      options: { readFile: readerFor(SCENARIOS) },
    });
  }
  for (const rule of fs.readdirSync(GOLDEN).sort()) {
    const dir = path.join(GOLDEN, rule);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.input.runbook.yaml'))
      .sort()) {
      list.push({
        name: `golden/${rule}/${f}`,
        text: fs.readFileSync(path.join(dir, f), 'utf8'),
        options: { readFile: readerFor(dir), today: '2026-11-23' },
      });
    }
  }
  return list;
}

/** A finding's identity across edits: line numbers inside messages move with inserted lines. */
function key(f: Finding): string {
  return `${f.ruleId}|${f.severity}|${f.message.replace(/\b(line|lines|rad|raderna) [\d, and och]+/g, '$1 N')}`;
}

/**
 * New findings a fix brings with it by its nature, each one a next step the user has to
 * take, not a mistake of the fix: "<rule that fixed> → <rule that appears>".
 */
const INHERENT = new Set([
  // Switching a cutover to hybrid makes its batches remote moves: they need the Hybrid
  // Configuration Wizard and a remote-move endpoint, which the user (or that rule's own fix) adds next.
  'cutover-size → online-prerequisites',
  // Decommissioning the last mailbox server before the MX switch is mail-flow-order's finding; once
  // the fix adds a hybrid server it is no longer the last, and the same mistake becomes
  // decommission-with-data's (its services need a home), whose own fix moves them.
  'hybrid-server → decommission-with-data',
]);

/** A schema fix lets the rules read a value they could not before: what they then find was there all along. */
const UNMASKS = new Set(['schema']);

function comments(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => /(?:^|\s)(#.*)$/.exec(l)?.[1]?.trimEnd())
    .filter((c): c is string => c !== undefined);
}

function structure(text: string): unknown {
  return parseDocument(text).toJS();
}

describe('review: every fix applied alone, and fixAll', () => {
  for (const input of inputs()) {
    describe(input.name, () => {
      const before = lint(input.text, input.options).findings;
      const fixable = before.filter((f) => f.fix);

      for (const finding of fixable) {
        it(`${finding.ruleId} fix at ${finding.range.line}:${finding.range.column} (${finding.fix!.title})`, () => {
          const out = applyEdits(input.text, finding.fix!.edits);
          const after = lint(out, input.options).findings;
          const count = (list: Finding[]) => list.filter((f) => key(f) === key(finding)).length;
          assert.ok(count(after) < count(before), `the finding is still there:\n${describeFindings(after)}`);
          // New: more errors or warnings of a rule than before. (A finding the fix carries over to
          // a renamed server, e.g. after the coexistence fix redirects a step, is the same finding.)
          const tally = (list: Finding[], f: Finding) =>
            list.filter((x) => x.ruleId === f.ruleId && x.severity === f.severity).length;
          const fresh = after.filter(
            (a) =>
              a.severity !== 'info' && !before.some((b) => key(b) === key(a)) && tally(after, a) > tally(before, a),
          );
          const unexpected = fresh.filter(
            (a) => !INHERENT.has(`${finding.ruleId} → ${a.ruleId}`) && !UNMASKS.has(finding.ruleId),
          );
          assert.deepStrictEqual(describeFindings(unexpected), '', 'new errors or warnings after the fix');
          assert.deepStrictEqual(
            after.filter((a) => a.ruleId === 'schema' || a.ruleId === 'yaml-syntax').length <=
              before.filter((b) => b.ruleId === 'schema' || b.ruleId === 'yaml-syntax').length,
            true,
            'schema-valid',
          );
          for (const c of comments(input.text)) assert.ok(out.includes(c), `comment lost: ${c}`);
        });
      }

      it('fixAll converges within 10 passes and a second run changes nothing', () => {
        const once = fixAll(input.text, input.options);
        assert.ok(
          once.passes < 10 || once.findings.every((f) => !f.fix),
          `still fixable after ${once.passes} passes:\n${describeFindings(once.findings.filter((f) => f.fix))}`,
        );
        // Fixes applied together in one pass must not collide (e.g. two inserted steps with one id).
        const newErrors = once.findings.filter((a) => a.severity === 'error' && !before.some((b) => key(b) === key(a)));
        assert.deepStrictEqual(describeFindings(newErrors), '', 'errors that fixAll brought in');
        const twice = fixAll(once.text, input.options);
        assert.strictEqual(twice.text, once.text);
        assert.strictEqual(twice.applied, 0);
        for (const c of comments(input.text)) assert.ok(once.text.includes(c), `comment lost: ${c}`);
      });

      it('fixAll gives the same structure with CRLF line endings and with four-space indentation', () => {
        const lf = fixAll(input.text, input.options).text;
        const crlf = fixAll(input.text.replace(/\r?\n/g, '\r\n'), input.options).text;
        assert.ok(!/[^\r]\n/.test(crlf), 'every line of the CRLF result ends in CRLF');
        assert.strictEqual(crlf.replace(/\r\n/g, '\n'), lf.replace(/\r\n/g, '\n'));
        const wide = fixAll(fourSpaces(input.text.replace(/\r\n/g, '\n')), input.options).text;
        assert.deepStrictEqual(structure(wide), structure(lf.replace(/\r\n/g, '\n')));
      });
    });
  }
});

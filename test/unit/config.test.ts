import * as assert from 'assert';
import {
  ConfigFinder,
  ConfigHost,
  configProblemMessage,
  parseConfig,
  rulesProblems,
  withSettings,
} from '../../src/core/config';

/** The text each problem points at. */
function marked(text: string): string[] {
  return parseConfig(text).problems.map(
    (p) => `${p.id} ${text.replace(/^\uFEFF/, '').slice(p.offset, p.offset + p.length)}`,
  );
}

describe('config (.exchange-runbook.json)', () => {
  it('takes rules and asOf, ignores $schema', () => {
    const parsed = parseConfig(
      '\uFEFF{ "$schema": "x", "rules": { "hybrid-size": "off", "end-of-support": "error" }, "asOf": "2026-11-23" }',
    );
    assert.deepStrictEqual(parsed, {
      config: { rules: { 'hybrid-size': 'off', 'end-of-support': 'error' }, asOf: '2026-11-23' },
      problems: [],
    });
  });

  it('points every problem at its key or value, in the order the CLI reports the first', () => {
    const text =
      '{\n  "asOf": "2026-02-30",\n  "rule": 1,\n  "rules": {\n    "hybird-size": "off",\n    "cutover-size": "fatal",\n    "schema": "info"\n  }\n}';
    assert.deepStrictEqual(marked(text), ['key "rule"', 'rule "hybird-size"', 'severity "fatal"', 'asOf "2026-02-30"']);
    assert.deepStrictEqual(parseConfig(text).config, { rules: { schema: 'info' } });
    assert.deepStrictEqual(marked('{"rules": ["off"]}'), ['rules ["off"]']);
    assert.deepStrictEqual(marked('[1]'), ['object [1]']);
    assert.deepStrictEqual(marked('{"rules": {"duplicate-id": {"a": [1, {"b": null}]}}, "x": true}'), [
      'key "x"',
      'severity {"a": [1, {"b": null}]}',
    ]);
  });

  it('says where JSON stops being JSON', () => {
    const [problem] = parseConfig('{ "rules": }').problems;
    assert.strictEqual(problem.id, 'json');
    assert.strictEqual(problem.offset, 11, problem.args.reason);
    const [end] = parseConfig('{ "rules": ').problems;
    assert.deepStrictEqual([end.offset, end.length], [11, 0]);
    assert.deepStrictEqual(marked('{"a": 1,}'), ['json }']);
    assert.deepStrictEqual(marked('{"a": tru}'), ['json t']);
    const deep = `{"rules": ${'['.repeat(200000)}${']'.repeat(200000)}, "x": 1}`;
    assert.deepStrictEqual(
      parseConfig(deep).problems.map((p) => p.id),
      ['key', 'rules'],
      "deeper than the scanner's stack: no crash",
    );
  });

  it('words a problem as the CLI does, in English and Swedish', () => {
    const [problem] = parseConfig('{"rules": {"nope": "off"}}').problems;
    assert.strictEqual(
      configProblemMessage('en', problem),
      'unknown rule `nope`; run `exchange-runbook rules` for the list',
    );
    assert.strictEqual(
      configProblemMessage('sv', problem),
      'okänd regel `nope`; kör `exchange-runbook rules` för listan',
    );
  });

  it('puts the settings on top of the file, rule by rule', () => {
    const config = { rules: { 'hybrid-size': 'off' as const, 'end-of-support': 'error' as const }, asOf: '2026-01-01' };
    assert.deepStrictEqual(withSettings(config, { rules: { 'hybrid-size': 'warning' } }), {
      rules: { 'hybrid-size': 'warning', 'end-of-support': 'error' },
      asOf: '2026-01-01',
    });
    assert.deepStrictEqual(withSettings(config, { asOf: '2027-01-01' }).asOf, '2027-01-01');
    assert.deepStrictEqual(withSettings({ rules: {} }, {}), {});
  });

  it('finds setting rules that do not exist or have no valid severity', () => {
    assert.deepStrictEqual(rulesProblems({ 'hybird-size': 'off', schema: 'loud', 'hybrid-size': 'off' }), [
      { rule: 'hybird-size', problem: 'rule' },
      { rule: 'schema', problem: 'severity', value: '"loud"' },
    ]);
    assert.deepStrictEqual(rulesProblems(undefined), []);
    assert.deepStrictEqual(rulesProblems([]), []);
  });

  describe('finder', () => {
    const files: Record<string, string> = {
      '/repo/.exchange-runbook.json': '{"rules": {"hybrid-size": "off"}}',
      '/repo/team/strict/.exchange-runbook.json': '{"rules": {"nope": "off"}}',
    };
    function host(reads: string[]): ConfigHost<string> {
      return {
        parent: (dir) => (dir === '/' ? undefined : dir.replace(/\/[^/]+$/, '') || '/'),
        join: (dir, name) => `${dir === '/' ? '' : dir}/${name}`,
        key: (p) => p,
        read: async (file) => {
          reads.push(file);
          return files[file];
        },
      };
    }

    it('walks up to the nearest file, reading each place once, up to the root', async () => {
      const reads: string[] = [];
      const finder = new ConfigFinder(host(reads));
      const [a, b] = await Promise.all([finder.forDirectory('/repo/team/lax'), finder.forDirectory('/repo/team')]);
      assert.strictEqual(a.file, '/repo/.exchange-runbook.json');
      assert.strictEqual(b, a);
      assert.deepStrictEqual(a.config.rules, { 'hybrid-size': 'off' });
      assert.deepStrictEqual(reads.sort(), [
        '/repo/.exchange-runbook.json',
        '/repo/team/.exchange-runbook.json',
        '/repo/team/lax/.exchange-runbook.json',
      ]);
      const strict = await finder.forDirectory('/repo/team/strict');
      assert.deepStrictEqual(
        [strict.file, strict.problems.map((p) => p.id), strict.config.rules],
        ['/repo/team/strict/.exchange-runbook.json', ['rule'], {}],
      );
      const none = await finder.forDirectory('/elsewhere');
      assert.deepStrictEqual([none.file, none.config], [undefined, { rules: {} }]);
      assert.ok(reads.includes('/.exchange-runbook.json'));
      finder.clear();
      await finder.forDirectory('/repo/team');
      assert.strictEqual(
        reads.filter((r) => r === '/repo/team/.exchange-runbook.json').length,
        2,
        'read again after clear()',
      );
    });

    it("stops after 512 levels when a host's parents never end", async () => {
      let reads = 0;
      const finder = new ConfigFinder<string>({
        parent: (dir) => `${dir}/..`,
        join: (dir, name) => `${dir}/${name}`,
        key: (p) => p,
        read: () => void reads++,
      });
      assert.deepStrictEqual((await finder.forDirectory('x')).file, undefined);
      assert.strictEqual(reads, 513);
    });

    it('passes a read failure on and tries again next time', async () => {
      let fail = true;
      const finder = new ConfigFinder<string>({
        ...host([]),
        read: (file) => {
          if (fail) throw new Error('EACCES');
          return files[file];
        },
      });
      await assert.rejects(finder.forDirectory('/repo'), /EACCES/);
      fail = false;
      assert.strictEqual((await finder.forDirectory('/repo')).file, '/repo/.exchange-runbook.json');
    });
  });
});

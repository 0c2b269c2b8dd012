// The CI integration files at the repository root: the composite GitHub Action and the
// pre-commit hooks. Their YAML must parse and say what docs/ci.md promises; the pack
// test (test/pack/) runs the action's lint script and the hook's entry against the
// packed CLI.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) =>
  parse(fs.readFileSync(path.join(ROOT, file), 'utf8'), { strict: true, uniqueKeys: true });

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

describe('action.yml', () => {
  const action = read('action.yml');
  const steps: Step[] = action.runs.steps;

  it('is a composite action with a name, a description and documented inputs', () => {
    assert.strictEqual(action.runs.using, 'composite');
    assert.ok(action.name && action.description);
    for (const [name, input] of Object.entries(
      action.inputs as Record<string, { description: string; default: string }>,
    )) {
      assert.ok(input.description, `input ${name} has no description`);
      assert.strictEqual(typeof input.default, 'string', `input ${name} has no default`);
      assert.ok(
        fs.readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8').includes(`| \`${name}\` |`),
        `docs/ci.md does not describe ${name}`,
      );
    }
  });

  it('lints to a SARIF file, uploads it with upload-sarif, then fails on findings', () => {
    const lint = steps.find((s) => s.id === 'lint')!;
    assert.strictEqual(lint.shell, 'bash', 'composite run steps need a shell');
    assert.match(lint.run!, /lint --format sarif --output-file "\$INPUT_SARIF_FILE"/);
    assert.match(lint.run!, />> "\$GITHUB_OUTPUT"/);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.strictEqual(upload.with!.sarif_file, '${{ inputs.sarif-file }}');
    assert.ok(steps.indexOf(upload) > steps.indexOf(lint));
    const fail = steps[steps.length - 1];
    assert.match(fail.if!, /steps\.lint\.outputs\.exit-code == '1'/);
    assert.strictEqual(action.outputs['exit-code'].value, '${{ steps.lint.outputs.exit-code }}');
  });

  it('passes inputs to scripts through env, never by ${{ }} inside the script', () => {
    for (const step of steps.filter((s) => s.run))
      assert.doesNotMatch(step.run!, /\$\{\{/, `${step.name} expands an expression inside its script`);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks: { id: string; entry: string; language: string; files: string }[] = read('.pre-commit-hooks.yaml');

  it('has the exchange-runbook hook running lint on runbook files only', () => {
    const hook = hooks.find((h) => h.id === 'exchange-runbook')!;
    assert.strictEqual(hook.entry, 'exchange-runbook lint');
    assert.strictEqual(hook.language, 'node');
    const files = new RegExp(hook.files);
    for (const name of ['a.runbook.yaml', 'plans/b.runbook.yml']) assert.ok(files.test(name), name);
    for (const name of ['a.yaml', 'runbook.yaml', 'a.runbook.yaml.bak', 'a.runbook.json'])
      assert.ok(!files.test(name), name);
  });

  it('the hooks run the command the package installs', () => {
    const bin = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin);
    for (const hook of hooks) assert.ok(bin.includes(hook.entry.split(' ')[0]), hook.id);
  });
});

// Mutation testing (issue 17): runs StrykerJS once per source file of the rules, the
// knowledge tables, the model and the fix engine, each time with only the tests that are
// about that file. One run over everything with the whole suite took ~30 s a mutant here:
// every lint runs every rule, so per-test coverage picked nearly every test for every
// mutant. With a file's own tests a mutant costs a second or two.
//
// Each file keeps its own incremental file (reports/mutation/incremental/), committed, so
// a re-run tests only the mutants whose code or covering tests changed. After the runs the
// summary (reports/mutation/summary.md and .json) is rebuilt from all incremental files,
// also those of files not run this time.
//
//   npm run mutate                          every file in scope, incrementally
//   npm run mutate -- src/core/fix.ts ...   only these files (paths or substrings)
//   npm run mutate -- src/core/fix.ts:1-90  only those lines (the other results are kept)
//   npm run mutate -- --stale               only files whose source or tests changed
//                                           since their incremental file was written
//   npm run mutate -- --budget 10           stop starting new files after 10 minutes
//   npm run mutate -- --force               ignore the incremental files (full re-run)
//   npm run mutate -- --survivors           re-test only the surviving mutants (after adding tests)
//   npm run mutate -- --report              only rebuild the summary
//   npm run mutate -- --list                print each file's tests and exit
//   --concurrency N                         Stryker workers (default 2; the machine is shared)
//   --tests a.test.ts,b.test.ts             run only these tests against the mutants (with one
//                                           file: a table's static mutants, where each mutant
//                                           reruns every selected test in a fresh process);
//                                           a mutant they miss counts as survived, so the
//                                           score is a lower bound
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');
const REPORT_DIR = path.join(root, 'reports', 'mutation');
const INCREMENTAL_DIR = path.join(REPORT_DIR, 'incremental');
const TMP_DIR = path.join(root, '.stryker-tmp');
const STRYKER = path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');

const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
const exists = (p: string) => fs.existsSync(path.join(root, p));
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

function list(dir: string, recurse = false): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const p = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (recurse) out.push(...list(p, true));
    } else if (entry.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

/**
 * The files whose mutants count: issue 17's scope. A message catalogue (`<name>.en.ts`,
 * `<name>.sv.ts`: knowledge/procedures.en.ts) is text for people only, left out as
 * scripts/stryker-data-text.js leaves out the `en:`/`sv:` texts inside the tables.
 */
export function scope(): string[] {
  return [
    ...list('src/core/rules', true),
    ...list('src/core/knowledge'),
    'src/core/model.ts',
    'src/core/fix.ts',
  ].filter((f) => exists(f) && !/\.(en|sv)\.ts$/.test(f));
}

const UNIT = 'test/unit';
const ruleTests = () => list(`${UNIT}/rules`).filter((f) => f.endsWith('.test.ts'));
const allUnitTests = () => list(UNIT, true).filter((f) => f.endsWith('.test.ts'));

/** Test files that contain `needle` (a rule id in quotes, an import path). */
function naming(needle: string | RegExp, among: string[]): string[] {
  return among.filter((f) => (typeof needle === 'string' ? read(f).includes(needle) : needle.test(read(f))));
}

/**
 * Tests that import `module` (a path under src/core without .ts). An `import type` runs
 * none of the module's code, so it does not count (assistant-enumeration.test.ts imports
 * only the ExchangeVersion type, and its 40 s would be added to every static mutant of
 * knowledge/versions.ts).
 */
function importing(module: string): string[] {
  const name = module.replace(/^src\/core\//, '');
  return naming(
    new RegExp(`^import (?!type )[^;]*?from '(\\.\\./)+src/core/${name.replace(/[/.]/g, '\\$&')}'`, 'm'),
    allUnitTests(),
  );
}

/**
 * The tests of the rules that import knowledge module `base`: a table's mutants are static
 * (module-level data), each run in a fresh process with all the file's tests, so the tests
 * of rules that never read the table would only add minutes, not kills.
 */
function testsOfRulesUsing(base: string): string[] {
  const users = list('src/core/rules')
    .filter((f) => new RegExp(`from '\\.\\./knowledge/${base}'`).test(read(f)))
    .map((f) => path.basename(f, '.ts'));
  return users.flatMap((r) => [`${UNIT}/rules/${r}.test.ts`, ...naming(`'${r}'`, ruleTests())]);
}

/** The tests of the rules whose source names `name` (a table of a knowledge module). */
function testsOfRulesReading(name: string): string[] {
  const users = list('src/core/rules')
    .filter((f) => read(f).includes(name))
    .map((f) => path.basename(f, '.ts'));
  return users.flatMap((r) => [`${UNIT}/rules/${r}.test.ts`, ...naming(`'${r}'`, ruleTests())]);
}

/**
 * The tests that run against mutants of `file`: its own test file, the table-generated
 * edges, and the tests that name it. Kept narrow on purpose (see the top of this file);
 * a mutant these tests miss is a gap in the file's own tests even if some far-away golden
 * fixture would notice.
 */
export function testsFor(file: string): string[] {
  const specs = new Set<string>([`${UNIT}/edges.test.ts`]);
  const add = (...files: string[]) => files.filter(exists).forEach((f) => specs.add(f));
  const base = path.basename(file, '.ts');
  add(...importing(file.replace(/\.ts$/, '')));
  if (file === 'src/core/rules/index.ts') {
    // The catalogue: its order and ids (config-schema compares them with the settings) and
    // the lookup the engine starts from. Every rule test runs it too, but only to reach a rule.
    add(`${UNIT}/core-smoke.test.ts`, `${UNIT}/config-schema.test.ts`);
  } else if (file.startsWith('src/core/rules/support/')) {
    add(...ruleTests(), `${UNIT}/core-smoke.test.ts`);
  } else if (file.startsWith('src/core/rules/')) {
    // docs and config-schema compare each rule's description, severity and fixability with
    // what the docs and the settings say (grepFor keeps only this rule's docs tests).
    add(`${UNIT}/rules/${base}.test.ts`, ...naming(`'${base}'`, ruleTests()));
    add(`${UNIT}/docs.test.ts`, `${UNIT}/config-schema.test.ts`);
    if (base === 'schema' || base === 'yaml-syntax') add(`${UNIT}/schema.test.ts`, `${UNIT}/parse.test.ts`);
    if (base === 'duplicate-id') add(...naming(`'${base}'`, allUnitTests()));
    // Its own tests, and the names compared without case; not every test that names it (the
    // CLI's spawn processes: minutes for each static mutant of its action table).
    if (base === 'unknown-server') add(`${UNIT}/server-names.test.ts`, `${UNIT}/core-smoke.test.ts`);
    // The schedule rule's findings are tested with the schedule they come from.
    if (base === 'schedule') add(`${UNIT}/schedule-core.test.ts`);
    // The robustness test (44 s) reaches nearly all of these two large rules and asserts only
    // that nothing throws: every survivor would pay it, for no check of a finding or a fix.
    if (base === 'coexistence' || base === 'source-remains') specs.delete(`${UNIT}/rules/onprem-robustness.test.ts`);
  } else if (file.startsWith('src/core/knowledge/')) {
    add(`${UNIT}/releases.test.ts`, `${UNIT}/${base}.test.ts`);
    if (base === 'builds') add(`${UNIT}/inventory.test.ts`);
    // Nearly every rule imports versions.ts (for updateRank and the version lists, whose
    // mutants versions.test.ts and the edges kill); only four read its table of facts. A
    // static mutant runs every selected test, ~50 s with all the rules' tests.
    if (base === 'versions') add(...testsOfRulesReading('VERSION_FACTS'));
    // The rules take only EXCHANGE_ONLINE_TARGET and isServerName from actions.ts (its
    // mutants nearly all static: each would run nine rules' tests in a fresh process); the
    // vocabulary is tested through the schema, the checklist titles and the server names.
    else if (base === 'actions') add(`${UNIT}/server-names.test.ts`);
    else add(...testsOfRulesUsing(base));
    // The robustness test lints every fixture with each line removed, to show nothing
    // crashes: ~30 s that every static mutant of a table would pay, for no assertion on
    // any value in the table (a mutant that crashes a rule is caught by the rule's tests).
    specs.delete(`${UNIT}/rules/onprem-robustness.test.ts`);
    if (base === 'actions') add(`${UNIT}/schema.test.ts`, `${UNIT}/checklist-titles.test.ts`);
    else if (base === 'procedures') add(`${UNIT}/procedures-onprem.test.ts`, `${UNIT}/procedures-online.test.ts`);
  } else if (file === 'src/core/model.ts') {
    // Every lint runs the model, so every rule test covers every mutant of it (all of them,
    // minutes a survivor); the model's own tests read its state directly: the starting state,
    // each action's effect, the server a misspelt name means, the state at a step.
    add(
      `${UNIT}/model.test.ts`,
      `${UNIT}/action-effects.test.ts`,
      `${UNIT}/present-servers.test.ts`,
      `${UNIT}/server-names.test.ts`,
    );
    // checklist.test.ts reads media/preview.css, which the sandbox leaves out (stryker.config.json).
    // A timing test: it asserts how lint time grows, not what the model holds.
    specs.delete(`${UNIT}/lint-scaling.test.ts`);
  } else if (file === 'src/core/fix.ts') {
    add(`${UNIT}/fix-engine.test.ts`, `${UNIT}/review/fix-content.test.ts`);
  }
  return [...specs].filter((f) => !LINTS_AT_LOAD.includes(f)).sort();
}

/**
 * Test files that lint while mocha loads them (to generate their test cases): Stryker
 * counts every mutant that load reaches as static, and re-runs all the file's tests with
 * a fresh process for each (75% of fix.ts's mutants, a minute each).
 */
const LINTS_AT_LOAD = [`${UNIT}/review/fix-interactions.test.ts`];

/**
 * A mocha grep for `file`'s run, or undefined for all tests of its files. For a rule, the
 * docs tests of other rules go: each lints that rule's examples, which runs every rule,
 * so they would cover (and slow down) every mutant without being about this rule.
 */
export function grepFor(file: string): string | undefined {
  const rule = /^src\/core\/rules\/([\w-]+)\.ts$/.exec(file)?.[1];
  if (!rule || rule === 'index') return undefined;
  return `^(?!docs )|^docs rule pages ${rule} `;
}

const slug = (file: string) =>
  file
    .replace(/^src\/core\//, '')
    .replace(/\.ts$/, '')
    .replace(/\//g, '__');
const incrementalFile = (file: string) => path.join(INCREMENTAL_DIR, `${slug(file)}.json`);

interface ReportMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  statusReason?: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
  testFiles?: Record<string, { source?: string }>;
}

function loadReport(file: string): Report | undefined {
  try {
    return JSON.parse(fs.readFileSync(incrementalFile(file), 'utf8')) as Report;
  } catch {
    return undefined;
  }
}

/** A file is stale when its source or one of its tests differs from what its incremental file recorded. */
function isStale(file: string): boolean {
  const report = loadReport(file);
  if (!report || report.files[file]?.source !== read(file)) return true;
  const recorded = report.testFiles ?? {};
  const specs = testsFor(file);
  if (specs.some((t) => recorded[t]?.source !== undefined && recorded[t].source !== read(t))) return true;
  return specs.some((t) => !(t in recorded));
}

/**
 * `file:line-line` ranges of its surviving mutants, for a forced re-run of just those
 * (Stryker keeps the other results of the incremental file). Needed after adding tests:
 * an incremental run re-tests a survivor only when a new test covers it, and a static
 * mutant (module-level code: tables, message texts) is covered by no test in particular.
 */
function survivorRanges(file: string): string[] {
  const entry = loadReport(file)?.files[file];
  if (!entry) return [];
  const survivors = entry.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
  // Lines recorded against another version of the source: each survivor's line is looked
  // up in the current source by its text (unchanged code moved by an edit above it), and
  // every line whose text is new runs too (a forced run keeps the old results of all code
  // outside its ranges, so the mutants of changed code would keep their old status).
  // When no survivor is found, the whole file runs (incrementally).
  const source = read(file);
  const moved = entry.source === source ? (line: number) => line : lineMover(entry.source, source);
  const lines = new Set<string>();
  for (const m of survivors) {
    const start = moved(m.location.start.line);
    if (start !== undefined) lines.add(`${start}-${start + m.location.end.line - m.location.start.line}`);
  }
  if (survivors.length && !lines.size) return [file];
  if (entry.source !== source) {
    const old = new Set(entry.source.split('\n'));
    source.split('\n').forEach((text, i) => {
      if (!old.has(text) && text.trim()) lines.add(`${i + 1}-${i + 1}`);
    });
  }
  return [...lines].map((range) => `${file}:${range}`);
}

/**
 * Maps a 1-based line of `before` to the line of `after` with the same text, when that text
 * occurs once in each; a line that repeats (a closing brace, a message id) is looked up
 * with the lines around it.
 */
function lineMover(before: string, after: string): (line: number) => number | undefined {
  const old = before.split('\n');
  const now = after.split('\n');
  const key = (lines: string[], i: number, around: number) => lines.slice(i - around, i + around + 1).join('\n');
  const find = (line: number, around: number) => {
    const text = key(old, line - 1, around);
    const inOld = old.filter((_, i) => key(old, i, around) === text).length;
    const inNew = now.map((_, i) => i).filter((i) => key(now, i, around) === text);
    return inOld === 1 && inNew.length === 1 ? inNew[0] + 1 : undefined;
  };
  return (line) => find(line, 0) ?? find(line, 1) ?? find(line, 2);
}

function runStryker(
  file: string,
  opts: { concurrency: number; force: boolean; survivors: boolean; lines?: string; tests?: string[] },
): number {
  // A few tests run the built CLI (dist/cli.js), which Stryker copies into its sandbox.
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
    spawnSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
  }
  const base = JSON.parse(read('stryker.config.json')) as Record<string, unknown> & {
    mochaOptions: Record<string, unknown>;
  };
  delete base.$schema;
  delete base._comment;
  const spec = opts.tests ?? testsFor(file);
  const survivors = opts.survivors ? survivorRanges(file) : undefined;
  const config = {
    ...base,
    mutate: survivors ?? [opts.lines ? `${file}:${opts.lines}` : file],
    concurrency: opts.concurrency,
    force: opts.force || (survivors !== undefined && !survivors.includes(file)),
    incrementalFile: rel(incrementalFile(file)),
    mochaOptions: { ...base.mochaOptions, spec, ...(grepFor(file) ? { grep: grepFor(file) } : {}) },
    tempDirName: `.stryker-tmp/${slug(file)}`,
  };
  fs.mkdirSync(TMP_DIR, { recursive: true });
  fs.mkdirSync(INCREMENTAL_DIR, { recursive: true });
  const configPath = path.join(TMP_DIR, `${slug(file)}.config.json`);
  fs.writeFileSync(configPath, JSON.stringify(config, null, 2));
  console.log(`\n=== ${file} (${spec.length} test files)`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [STRYKER, 'run', rel(configPath)], { cwd: root, stdio: 'inherit' });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`=== ${file}: exit ${result.status}, ${seconds} s`);
  return seconds;
}

interface FileSummary {
  file: string;
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  /** Marked equivalent in the source (a Stryker disable comment with its reason). */
  ignored: number;
  /** Left out as text for people by scripts/stryker-data-text.js. */
  dataText: number;
  compileErrors: number;
  score: number | null;
  survivors: { line: number; column: number; mutator: string; replacement?: string; original: string }[];
  equivalent: { line: number; mutator: string; reason: string }[];
  stale: boolean;
  seconds?: number;
}

/** A mutant scripts/stryker-data-text.js left out: text for people, not a behaviour. */
const isDataText = (m: ReportMutant) => m.status === 'Ignored' && (m.statusReason ?? '').startsWith('data text:');

function summarize(file: string): FileSummary | undefined {
  const report = loadReport(file);
  const entry = report?.files[file];
  if (!entry) return undefined;
  const lines = entry.source.split('\n');
  const count = (s: string) => entry.mutants.filter((m) => m.status === s).length;
  const killed = count('Killed') + count('Timeout');
  const survived = count('Survived') + count('NoCoverage');
  const original = (m: ReportMutant) => {
    const { start, end } = m.location;
    if (start.line !== end.line) return lines[start.line - 1].slice(start.column - 1) + ' …';
    return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  };
  return {
    file,
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    ignored: entry.mutants.filter((m) => m.status === 'Ignored' && !isDataText(m)).length,
    dataText: entry.mutants.filter(isDataText).length,
    compileErrors: count('CompileError'),
    score: killed + survived ? killed / (killed + survived) : null,
    survivors: entry.mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort(
        (a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
      )
      .map((m) => ({
        line: m.location.start.line,
        column: m.location.start.column,
        mutator: m.mutatorName + (m.status === 'NoCoverage' ? ' (no test reaches it)' : ''),
        replacement: m.replacement,
        original: original(m),
      })),
    equivalent: entry.mutants
      .filter((m) => m.status === 'Ignored' && !isDataText(m))
      .map((m) => ({ line: m.location.start.line, mutator: m.mutatorName, reason: m.statusReason ?? '' })),
    stale: isStale(file),
  };
}

const pct = (n: number | null) => (n === null ? '–' : `${(n * 100).toFixed(1)}%`);
const short = (s: string, n = 70) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};
const cell = (s: string) => '`' + short(s).replace(/`/g, "'").replace(/\|/g, '\\|') + '`';

/** Reasons for survivors that are known and accepted, keyed "file:line:mutator". */
function knownReasons(): Record<string, string> {
  const p = path.join(REPORT_DIR, 'survivor-reasons.json');
  return fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, 'utf8')) as Record<string, string>) : {};
}

function writeSummary(timings: Record<string, number>): void {
  const files = scope();
  const summaries = files.map(summarize);
  const ran = summaries.filter((s): s is FileSummary => s !== undefined);
  for (const s of ran) if (timings[s.file] !== undefined) s.seconds = timings[s.file];
  const total = ran.reduce(
    (t, s) => ({ detected: t.detected + s.killed + s.timeout, undetected: t.undetected + s.survived + s.noCoverage }),
    { detected: 0, undetected: 0 },
  );
  const score = total.detected + total.undetected ? total.detected / (total.detected + total.undetected) : null;
  const reasons = knownReasons();
  const md: string[] = [
    '# Mutation testing report',
    '',
    'Written by `npm run mutate` (scripts/mutate.ts) from the incremental files in',
    '`reports/mutation/incremental/`; see docs/testing.md. Score = (killed + timed out) /',
    '(killed + timed out + survived + no coverage); mutants marked equivalent in the source',
    '(`// Stryker disable next-line <mutator>: reason`), mutants that do not compile and mutants of',
    'text for people (descriptions, messages, Swedish and English texts, documentation links:',
    'scripts/stryker-data-text.js, column "data text") do not count.',
    '',
    `**Overall: ${pct(score)}** (${total.detected} detected, ${total.undetected} undetected) over ${ran.length} of ${files.length} files.`,
    '',
    '| file | score | killed | timeout | survived | no coverage | equivalent | data text | compile errors | up to date |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const file of files) {
    const s = ran.find((r) => r.file === file);
    if (!s) md.push(`| ${file} | not run yet | | | | | | | | |`);
    else
      md.push(
        `| ${file} | ${pct(s.score)} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.ignored} | ${s.dataText} | ${s.compileErrors} | ${s.stale ? 'no: source or tests changed since' : 'yes'} |`,
      );
  }
  md.push('', '## Survivors', '');
  md.push(
    'Each line: where, the mutator, the original code → the mutant, and the reason it is left when there is one.',
  );
  for (const s of ran.filter((r) => r.survivors.length)) {
    md.push('', `### ${s.file}`, '');
    for (const m of s.survivors) {
      const reason = reasons[`${s.file}:${m.line}:${m.mutator.replace(/ \(.*\)$/, '')}`];
      md.push(
        `- ${m.line}:${m.column} ${m.mutator}: ${cell(m.original)} → ${cell(m.replacement ?? '')}${reason ? ` — ${reason}` : ''}`,
      );
    }
  }
  md.push('', '## Marked equivalent', '');
  for (const s of ran.filter((r) => r.equivalent.length)) {
    md.push(`### ${s.file}`, '');
    for (const m of s.equivalent) md.push(`- ${m.line} ${m.mutator}: ${m.reason}`);
    md.push('');
  }
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  fs.writeFileSync(path.join(REPORT_DIR, 'summary.md'), md.join('\n').replace(/\n*$/, '\n'));
  const json = ran.map(({ survivors, equivalent, ...rest }) => ({
    ...rest,
    survivors: survivors.length,
    equivalent: equivalent.length,
  }));
  fs.writeFileSync(
    path.join(REPORT_DIR, 'summary.json'),
    JSON.stringify({ score, ...total, files: json }, null, 2) + '\n',
  );
  console.log(
    `\nmutation score ${pct(score)} over ${ran.length} of ${files.length} files: reports/mutation/summary.md`,
  );
}

function main(argv: string[]): void {
  const flag = (name: string) => argv.includes(name);
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const concurrency = Number(value('--concurrency') ?? 2);
  const budgetMinutes = value('--budget') ? Number(value('--budget')) : Infinity;
  const tests = value('--tests')?.split(',');
  const positional = argv.filter(
    (a, i) => !a.startsWith('--') && !['--concurrency', '--budget', '--tests'].includes(argv[i - 1]),
  );
  let files = scope();
  // `file:10-95` mutates only those lines; the file's other results are kept.
  const lines = new Map<string, string>();
  for (const p of positional) {
    const m = /^(.*):(\d+-\d+)$/.exec(p);
    if (m) files.filter((f) => f.includes(m[1])).forEach((f) => lines.set(f, m[2]));
  }
  const patterns = positional.map((p) => p.replace(/:\d+-\d+$/, ''));
  if (positional.length) files = files.filter((f) => patterns.some((p) => f.includes(p)));
  if (flag('--stale')) files = files.filter(isStale);
  if (flag('--list')) {
    for (const f of files)
      console.log(
        `${f}${grepFor(f) ? ` (grep ${grepFor(f)})` : ''}\n  ${testsFor(f).join('\n  ')}` +
          (flag('--survivors') ? `\n  survivors: ${survivorRanges(f).join(' ') || 'none'}` : ''),
      );
    return;
  }
  const timings: Record<string, number> = {};
  if (!flag('--report')) {
    const started = Date.now();
    for (const file of files) {
      if ((Date.now() - started) / 60000 >= budgetMinutes) {
        console.log(`budget of ${budgetMinutes} min used: not started ${files.slice(files.indexOf(file)).join(', ')}`);
        break;
      }
      if (flag('--survivors') && survivorRanges(file).length === 0) continue;
      timings[file] = runStryker(file, {
        concurrency,
        force: flag('--force'),
        survivors: flag('--survivors'),
        lines: lines.get(file),
        tests,
      });
    }
  }
  writeSummary(timings);
}

if (require.main === module) main(process.argv.slice(2));

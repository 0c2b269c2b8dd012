// Benchmark: lint time of generated runbooks of 100, 1,000 and 10,000 steps against
// `yaml.parseDocument` of the same text (the floor any YAML linter stands on). Each size
// runs in its own child process so that its peak memory (maxRSS) is its own.
// Target: lint <= 1.0x parse at 10,000 steps (issue 16), and time per step flat across sizes.
// The adversarial scenario repeats one construct (unknown keys, servers, moves,
// decommissions, installs, aliases, and for the fast composer comments, long lines and a
// late fallback: scripts/adversarial.ts) 100, 1,000 and 10,000 times
// and prints the lint time per item; linear means the same per-item cost at every size.
//   npm run bench                              (every scenario, all sizes)
//   npm run bench -- 10000                     (one size)
//   npm run bench -- --scenario=adversarial    (one scenario: realistic, many-servers, adversarial)
//   npm run bench -- --editor                  (per keystroke: what the editor runs after one typed character)
// Profile a size:  node --cpu-prof --cpu-prof-dir=prof --import tsx scripts/bench.ts --child 10000
import { fork } from 'child_process';
import { parseDocument } from 'yaml';
import { lint } from '../src/core/lint';
import { analyze, analyzeIncremental } from '../src/core/analysis';
import { parseRunbook, type StepEntry } from '../src/core/parse';
import { commandContextKey, stepCommands } from '../src/core/powershell';
import { RULES } from '../src/core/rules';
import type { RuleVisitor } from '../src/core/rule';
import { previewFromLint } from '../src/core/checklist/preview';
import { renderChecklistParts, type BodyParts } from '../src/core/checklist/html';
import { pageChanges, type SentPage } from '../src/core/checklist/patch';
import { ChecklistMemo } from '../src/core/checklist/memo';
import type { Analysis } from '../src/core/analysis';
import { adversarialRunbook, Shape, SHAPES } from './adversarial';

const DEFAULT_SIZES = [100, 1000, 10000];

export type Scenario = 'realistic' | 'many-servers';

/**
 * How many Exchange 2016 servers a runbook of `steps` steps retires. Realistic: one server
 * per 50 steps, at most 200 (a very large organization), the rest of the steps being
 * mailbox move batches and checks. Many servers: one server per 6 steps, the worst case
 * for rules that compare every install with every server.
 */
export function serverCount(steps: number, scenario: Scenario): number {
  if (scenario === 'many-servers') return Math.max(1, Math.floor((steps - 3) / 6));
  return Math.min(200, Math.max(1, Math.round(steps / 50)));
}

/**
 * A migration of an on-premises organization from Exchange 2016 to Exchange SE, one new
 * server per old one: prepare AD, install the new servers, move client access, transport,
 * the public folders and the mailboxes in batches of 100, decommission the old servers.
 * Exactly `steps` steps in four phases, with ids, owners, durations, notes and comments as
 * people write them; it lints clean.
 */
export function generateRunbook(steps: number, scenario: Scenario = 'realistic'): string {
  const servers = serverCount(steps, scenario);
  // Per server: install, client access, transport, decommission, and per batch a move and a check.
  const batches = Math.max(1, Math.floor((Math.floor((steps - 3) / servers) - 4) / 2));
  const lines: string[] = [
    '# Generated for the benchmark: Exchange 2016 to Exchange SE, server by server.',
    'runbook: 1',
    `title: Northwind – ${servers} Exchange 2016 servers to Exchange SE`,
    'asOf: 2026-11-23',
    'organization:',
    '  name: Northwind Traders',
    `  mailboxes: ${servers * batches * 100}`,
    '  publicFolders: true',
    '  forestFunctionalLevel: "2016"',
    '  outlookClients: ["2016", "365"]',
    'servers:',
  ];
  for (let i = 0; i < servers; i++) lines.push(...serverLines(i, batches));
  lines.push('target:', '  platform: on-premises', '  version: SE', 'phases:');
  lines.push(
    '  - id: prepare',
    '    title: Prepare Active Directory',
    '    steps:',
    '      - action: prepare-schema',
    '        version: SE',
    '        owner: Ana',
    '        duration: 2h',
    '      - action: prepare-ad',
    '        version: SE',
    '        owner: Ana',
    '        duration: 2h',
  );
  let count = 2;
  const phase = (id: string, title: string) => lines.push(`  - id: ${id}`, `    title: ${title}`, '    steps:');
  phase('install', 'Install the Exchange SE servers');
  for (let i = 0; i < servers; i++) {
    lines.push(
      '      - action: install-exchange',
      `        id: install-${i + 1}`,
      `        server: ${next(i)}`,
      '        version: SE',
      '        update: RTM',
      '        os: "2025"',
      '        roles: [mailbox]',
      '        owner: Björn',
      '        duration: 4h',
      '        notes: |',
      `          Install from the SE RTM media on ${next(i)}; check the [prerequisites](https://learn.microsoft.com/exchange/plan-and-deploy/prerequisites).`,
    );
    count++;
  }
  phase('move', 'Move client access, transport, public folders and mailboxes');
  for (let i = 0; i < servers; i++) {
    lines.push(
      '      - action: move-client-access',
      `        from: ${old(i)}`,
      `        to: ${next(i)}`,
      '      - action: move-transport',
      `        from: ${old(i)}`,
      `        to: ${next(i)}`,
    );
    count += 2;
    if (i === 0) {
      lines.push('      - action: migrate-public-folders', `        from: ${old(i)}`, `        to: ${next(i)}`);
      count++;
    }
    for (let b = 0; b < batches; b++) {
      lines.push(
        '      - action: move-mailboxes',
        `        id: mailboxes-${i + 1}-${b + 1}`,
        `        from: ${old(i)}`,
        `        to: ${next(i)}`,
        '        count: 100',
        '        duration: 1d',
        '      - action: custom',
        `        title: Check Outlook and mobile devices of batch ${b + 1} on ${next(i)}`,
        '        done: false',
      );
      count += 2;
    }
  }
  phase('retire', 'Decommission the Exchange 2016 servers');
  for (let i = 0; i < servers; i++) {
    lines.push('      - action: decommission', `        server: ${old(i)}   # after a week without complaints`);
    count++;
  }
  // Top up with checks so that the step count is exact.
  while (count < steps) {
    lines.push('      - action: custom', `        title: Final check ${count}`);
    count++;
  }
  return lines.join('\n') + '\n';
}

const old = (i: number) => `NW-EX16-${String(i + 1).padStart(4, '0')}`;
const next = (i: number) => `NW-EXSE-${String(i + 1).padStart(4, '0')}`;

/** One Exchange 2016 server of the generated organization. */
function serverLines(i: number, batches: number): string[] {
  return [
    `  - name: ${old(i)}   # site ${1 + (i % 7)}`,
    '    version: "2016"',
    '    update: CU23',
    '    os: "2016"',
    '    roles: [mailbox]',
    `    mailboxes: ${batches * 100}`,
    `    publicFolders: ${i === 0}`,
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Measurement {
  scenario: Scenario;
  servers: number;
  steps: number;
  bytes: number;
  runs: number;
  parseMs: number;
  lintMs: number;
  findings: number;
  maxRssMb: number;
  heapMb: number;
  /** Where one lint's time goes: parseRunbook, then each rule (create + hooks), the rest is the model and engine. */
  breakdown: { parseRunbookMs: number; rules: [string, number][] };
}

/**
 * CPU time of the process (user + system, garbage collector threads included), not wall
 * time: on a shared machine wall time measures the neighbours. `--wall` measures wall time.
 */
const WALL = process.argv.includes('--wall');

function time(fn: () => void): number {
  if (!WALL) {
    const before = process.cpuUsage();
    fn();
    const spent = process.cpuUsage(before);
    return (spent.user + spent.system) / 1000;
  }
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function measure(steps: number, scenario: Scenario): Measurement {
  const text = generateRunbook(steps, scenario);
  const runs = steps >= 10000 ? 7 : steps >= 1000 ? 15 : 41;
  const options = { asOf: '2026-11-23', readFile: () => undefined };
  // Warm up both so the JIT has compiled the hot paths before timing.
  let findings = 0;
  for (let i = 0; i < 2; i++) {
    parseDocument(text);
    findings = lint(text, options).findings.length;
  }
  const parseTimes: number[] = [];
  const lintTimes: number[] = [];
  let heap = 0;
  // Interleaved, so that a slow moment of the machine hits both alike.
  for (let i = 0; i < runs; i++) {
    parseTimes.push(time(() => parseDocument(text)));
    lintTimes.push(
      time(() => {
        const result = lint(text, options);
        heap = Math.max(heap, process.memoryUsage().heapUsed);
        void result;
      }),
    );
  }
  const breakdown = {
    parseRunbookMs: median(Array.from({ length: Math.min(runs, 5) }, () => time(() => parseRunbook(text)))),
    rules: timeRules(() => lint(text, options)),
  };
  return {
    breakdown,
    scenario,
    servers: serverCount(steps, scenario),
    steps,
    bytes: Buffer.byteLength(text),
    runs,
    parseMs: median(parseTimes),
    lintMs: median(lintTimes),
    findings,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: heap / 1048576,
  };
}

/** Runs `fn` once with every rule's create() and hooks timed; the rules' objects are restored after. */
function timeRules(fn: () => void): [string, number][] {
  const spent = new Map<string, number>();
  const originals = RULES.map((rule) => rule.create);
  const timed =
    <A extends unknown[], R>(id: string, f: (...args: A) => R) =>
    (...args: A): R => {
      const start = process.hrtime.bigint();
      try {
        return f(...args);
      } finally {
        spent.set(id, (spent.get(id) ?? 0) + Number(process.hrtime.bigint() - start) / 1e6);
      }
    };
  RULES.forEach((rule, i) => {
    rule.create = (context) => {
      const visitor = timed(rule.id, originals[i])(context);
      const wrapped: RuleVisitor = {};
      if (visitor.onStart) wrapped.onStart = timed(rule.id, visitor.onStart.bind(visitor));
      if (visitor.onStep) wrapped.onStep = timed(rule.id, visitor.onStep.bind(visitor));
      if (visitor.onEnd) wrapped.onEnd = timed(rule.id, visitor.onEnd.bind(visitor));
      return wrapped;
    };
  });
  try {
    fn();
  } finally {
    RULES.forEach((rule, i) => (rule.create = originals[i]));
  }
  return [...spent].sort((a, b) => b[1] - a[1]);
}

interface AdversarialMeasurement {
  shape: Shape;
  items: number;
  bytes: number;
  runs: number;
  /** Median lint time of the shape with no items: the fixed cost, taken out of the per-item cost. */
  baseMs: number;
  lintMs: number;
  findings: number;
}

function measureAdversarial(shape: Shape, items: number): AdversarialMeasurement {
  const text = adversarialRunbook(shape, items);
  const base = adversarialRunbook(shape, 0);
  const runs = items >= 10000 ? 5 : items >= 1000 ? 9 : 31;
  const options = { asOf: '2026-11-23', readFile: () => undefined };
  let findings = 0;
  for (let i = 0; i < 2; i++) {
    lint(base, options);
    findings = lint(text, options).findings.length;
  }
  const baseTimes: number[] = [];
  const lintTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseTimes.push(time(() => lint(base, options)));
    lintTimes.push(time(() => lint(text, options)));
  }
  return {
    shape,
    items,
    bytes: Buffer.byteLength(text),
    runs,
    baseMs: median(baseTimes),
    lintMs: median(lintTimes),
    findings,
  };
}

function perItemUs(r: AdversarialMeasurement): number {
  return (Math.max(r.lintMs - r.baseMs, 0) * 1000) / r.items;
}

function adversarialTable(results: AdversarialMeasurement[]): string {
  const header = ['shape', 'items', 'size', 'runs', 'lint (median)', 'µs/item', 'vs 100 items', 'findings'];
  const rows = results.map((r) => {
    const first = results.find((x) => x.shape === r.shape)!;
    return [
      r.shape,
      r.items.toLocaleString('en-US'),
      `${(r.bytes / 1024).toFixed(0)} KB`,
      String(r.runs),
      `${r.lintMs.toFixed(1)} ms`,
      perItemUs(r).toFixed(1),
      r === first ? '' : `${(perItemUs(r) / Math.max(perItemUs(first), 0.001)).toFixed(2)}×`,
      String(r.findings),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function runChild<T = Measurement>(
  steps: number,
  scenario: Scenario | 'adversarial' | 'editor',
  shape?: Shape,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(
      __filename,
      ['--child', String(steps), scenario, ...(shape ? [shape] : []), ...(WALL ? ['--wall'] : [])],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    child.once('message', (m) => resolve(m as T));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`benchmark of ${steps} steps exited with ${code}`));
    });
  });
}

function table(results: Measurement[]): string {
  const header = [
    'scenario',
    'steps',
    'servers',
    'size',
    'runs',
    'parse (median)',
    'lint (median)',
    'lint/parse',
    'lint µs/step',
    'peak RSS',
    'heap used',
    'findings',
  ];
  const baseOf = (r: Measurement) => results.find((x) => x.scenario === r.scenario)!;
  const rows = results.map((r) => [
    r.scenario,
    r.steps.toLocaleString('en-US'),
    String(r.servers),
    `${(r.bytes / 1024).toFixed(0)} KB`,
    String(r.runs),
    `${r.parseMs.toFixed(1)} ms`,
    `${r.lintMs.toFixed(1)} ms`,
    `${(r.lintMs / r.parseMs).toFixed(2)}×`,
    `${((r.lintMs * 1000) / r.steps).toFixed(1)}${r === baseOf(r) ? '' : ` (${(r.lintMs / r.steps / (baseOf(r).lintMs / baseOf(r).steps)).toFixed(2)}×)`}`,
    `${r.maxRssMb.toFixed(0)} MB`,
    `${r.heapMb.toFixed(0)} MB`,
    String(r.findings),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

interface EditorMeasurement {
  steps: number;
  bytes: number;
  runs: number;
  parseMs: number;
  lintMs: number;
  parseRunbookMs: number;
  /** `analyzeIncremental` from the previous version's analysis: the parse only (outline, folding). */
  incrementalParseMs: number;
  /** The same, and its findings (the diagnostics): keystroke to fresh diagnostics. */
  incrementalMs: number;
  /** Edits the incremental analysis parsed in full instead (should be none here). */
  fallbacks: number;
  /** The preview's own work on the same keystroke, from that analysis: with its memo, and without (every step again). */
  previewMs: number;
  previewFullMs: number;
}

/**
 * What the open preview adds to a keystroke (src/extension/preview.ts `render`): the
 * checklist, which steps have commands (their buttons), the HTML parts from the analysis,
 * and the changes from the page sent before. Returns the page, the next keystroke's `sent`.
 */
function previewKeystroke(analysis: Analysis, sent: SentPage | undefined, memo?: ChecklistMemo): SentPage {
  let parts: BodyParts | undefined;
  const parsed = analysis.parsed;
  const runnable = (step: StepEntry) => !stepCommands(parsed, step).manual;
  const content = previewFromLint(
    { parsed, findings: analysis.findings() },
    'en',
    (checklist) => {
      // The steps with commands to copy, as the preview asks (src/extension/preview.ts).
      const steps = memo
        ? memo.runnable(parsed, commandContextKey(parsed), runnable)
        : new Set(parsed.steps.filter(runnable).map((step) => step.index));
      parts = renderChecklistParts(checklist, { mode: 'preview', run: { steps, terminal: true } }, memo);
      return '';
    },
    memo,
  );
  const page: SentPage = { version: 0, parts: parts!, steps: content.steps };
  if (sent) pageChanges(sent, page);
  return page;
}

/**
 * Per keystroke: the text with one character typed into a step's title (a different
 * step each run), then what the editor does with it: `lint` (diagnostics, full),
 * `parseRunbook` (outline and folding, full), and the shared analysis made incrementally
 * from the previous version's (analysis.ts): its parse, and its findings; beside
 * `parseDocument`. The findings and the preview's render are timed in keystrokes of
 * their own, as the editor runs them.
 */
function measureEditor(steps: number): EditorMeasurement {
  const base = generateRunbook(steps);
  const runs = steps >= 10000 ? 7 : steps >= 1000 ? 15 : 41;
  const options = { asOf: '2026-11-23', readFile: () => undefined };
  // Each keystroke types into the text the one before left, as in an editor; the
  // incremental analysis starts from the previous keystroke's (which it takes over).
  let text = base;
  let analysis = analyze(text, options);
  analysis.findings();
  let fallbacks = 0;
  const keystroke = (run: number) => {
    const titles: number[] = [];
    for (let i = text.indexOf('title: Check'); i >= 0; i = text.indexOf('title: Check', i + 1)) titles.push(i + 12);
    const at = titles[(run * 7919) % titles.length];
    return { at, edited: text.slice(0, at) + 'x' + text.slice(at) };
  };
  const memo = new ChecklistMemo();
  let sent: SentPage | undefined;
  let sentFull: SentPage | undefined;
  for (let i = 0; i < 2; i++) {
    const { at, edited } = keystroke(i);
    lint(edited, options);
    analysis = analyzeIncremental(analysis, [{ offset: at, length: 0, text: 'x' }], edited, options);
    analysis.findings();
    sent = previewKeystroke(analysis, sent, memo);
    sentFull = previewKeystroke(analysis, sentFull);
    text = edited;
  }
  const parse: number[] = [];
  const full: number[] = [];
  const outline: number[] = [];
  const incrementalParse: number[] = [];
  const incremental: number[] = [];
  const preview: number[] = [];
  const previewFull: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { at, edited } = keystroke(i);
    parse.push(time(() => parseDocument(edited)));
    full.push(time(() => lint(edited, options)));
    outline.push(time(() => parseRunbook(edited)));
    incrementalParse.push(
      time(
        () => void (analysis = analyzeIncremental(analysis, [{ offset: at, length: 0, text: 'x' }], edited, options)),
      ),
    );
    if (analysis.mode !== 'incremental') fallbacks++;
    analysis.findings();
    sent = previewKeystroke(analysis, sent, memo);
    text = edited;
  }
  // Keystrokes as the editor runs them, without the full parses and lints above in between
  // (their garbage is collected wherever the collector runs): the diagnostics' analysis
  // and findings, then the open preview's render of the same version. They cost little,
  // so there are more of them: the first `runs` warm up the code (a person types on).
  const typed = 4 * runs;
  for (let i = 0; i < typed; i++) {
    const { at, edited } = keystroke(runs + i);
    const findings = time(() => {
      analysis = analyzeIncremental(analysis, [{ offset: at, length: 0, text: 'x' }], edited, options);
      analysis.findings();
    });
    if (analysis.mode !== 'incremental') fallbacks++;
    const render = time(() => void (sent = previewKeystroke(analysis, sent, memo)));
    if (i >= runs) {
      incremental.push(findings);
      preview.push(render);
    }
    text = edited;
  }
  // The same render without the memo (every step again), for comparison.
  for (let i = 0; i < runs; i++) {
    const { at, edited } = keystroke(runs + typed + i);
    analysis = analyzeIncremental(analysis, [{ offset: at, length: 0, text: 'x' }], edited, options);
    analysis.findings();
    previewFull.push(time(() => void (sentFull = previewKeystroke(analysis, sentFull))));
    text = edited;
  }
  return {
    steps,
    bytes: Buffer.byteLength(base),
    runs,
    parseMs: median(parse),
    lintMs: median(full),
    parseRunbookMs: median(outline),
    incrementalParseMs: median(incrementalParse),
    incrementalMs: median(incremental),
    fallbacks,
    previewMs: median(preview),
    previewFullMs: median(previewFull),
  };
}

function editorTable(results: EditorMeasurement[]): string {
  const header = [
    'steps',
    'size',
    'runs',
    'parseDocument',
    'lint (full)',
    'parseRunbook (full)',
    'incremental parse',
    'incremental findings',
    'preview (memo)',
    'with preview',
    'preview (no memo)',
  ];
  const rows = results.map((r) => [
    r.steps.toLocaleString('en-US'),
    `${(r.bytes / 1024).toFixed(0)} KB`,
    String(r.runs),
    `${r.parseMs.toFixed(1)} ms`,
    `${r.lintMs.toFixed(1)} ms (${(r.lintMs / r.parseMs).toFixed(2)}×)`,
    `${r.parseRunbookMs.toFixed(1)} ms`,
    `${r.incrementalParseMs.toFixed(1)} ms`,
    `${r.incrementalMs.toFixed(1)} ms${r.fallbacks ? ` (${r.fallbacks} full)` : ''}`,
    `${r.previewMs.toFixed(1)} ms`,
    `${((r.incrementalMs + r.previewMs) / r.incrementalMs).toFixed(2)}×`,
    `${r.previewFullMs.toFixed(1)} ms`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child' && args[2] === 'editor') {
    const result = measureEditor(Number(args[1]));
    if (process.send) process.send(result, () => process.exit(0));
    else console.log(JSON.stringify(result, null, 2));
    return;
  }
  if (args.includes('--editor')) {
    const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
    const results: EditorMeasurement[] = [];
    for (const steps of sizes.length ? sizes : DEFAULT_SIZES)
      results.push(await runChild<EditorMeasurement>(steps, 'editor'));
    console.log(
      `node ${process.version}; per keystroke, medians of ${WALL ? 'wall' : 'CPU'} time; the incremental findings and the preview over 3× runs keystrokes, after as many to warm up\n`,
    );
    console.log(editorTable(results));
    return;
  }
  if (args[0] === '--child') {
    const result =
      args[2] === 'adversarial'
        ? measureAdversarial(args[3] as Shape, Number(args[1]))
        : measure(Number(args[1]), (args[2] as Scenario) ?? 'realistic');
    if (process.send) process.send(result, () => process.exit(0));
    else console.log(JSON.stringify(result, null, 2));
    return;
  }
  const scenarioArg = args.find((a) => a.startsWith('--scenario='))?.slice('--scenario='.length) ?? 'all';
  const scenarios: Scenario[] =
    scenarioArg === 'all'
      ? ['realistic', 'many-servers']
      : scenarioArg === 'adversarial'
        ? []
        : [scenarioArg as Scenario];
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  console.log(
    `node ${process.version}, ${process.platform}/${process.arch}; one child process per row; times are medians of ${WALL ? 'wall' : 'CPU'} time\n`,
  );
  if (scenarioArg === 'all' || scenarioArg === 'adversarial') {
    const shapes = (args
      .find((a) => a.startsWith('--shape='))
      ?.slice('--shape='.length)
      .split(',') as Shape[] | undefined) ?? [...SHAPES];
    const adversarial: AdversarialMeasurement[] = [];
    for (const shape of shapes)
      for (const items of sizes.length ? sizes : DEFAULT_SIZES)
        adversarial.push(await runChild<AdversarialMeasurement>(items, 'adversarial', shape));
    console.log("adversarial shapes: lint time per item, the shape's fixed cost (0 items) taken out\n");
    console.log(adversarialTable(adversarial));
    for (const shape of shapes) {
      const rows = adversarial.filter((r) => r.shape === shape);
      const growth = perItemUs(rows[rows.length - 1]) / Math.max(perItemUs(rows[0]), 0.001);
      console.log(
        `${shape}: per-item cost ${rows[0].items.toLocaleString('en-US')} → ${rows[rows.length - 1].items.toLocaleString('en-US')} items ${growth.toFixed(2)}× (target ≤ 1.5×: ${growth <= 1.5 ? 'met' : 'NOT met'})`,
      );
    }
    console.log('');
  }
  if (scenarios.length === 0) return;
  const results: Measurement[] = [];
  for (const scenario of scenarios)
    for (const steps of sizes.length ? sizes : DEFAULT_SIZES) results.push(await runChild(steps, scenario));
  console.log(table(results));
  for (const scenario of scenarios) {
    const rows = results.filter((r) => r.scenario === scenario);
    const largest = rows[rows.length - 1];
    const ratio = largest.lintMs / largest.parseMs;
    const ruleTotal = largest.breakdown.rules.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `\n${scenario}, ${largest.steps.toLocaleString('en-US')} steps: lint/parse ${ratio.toFixed(2)}× (target ≤ 1.0×: ${ratio <= 1.0 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `  one lint, roughly: parseRunbook ${largest.breakdown.parseRunbookMs.toFixed(0)} ms; rules ${ruleTotal.toFixed(0)} ms, the costliest ${largest.breakdown.rules
        .slice(0, 4)
        .map(([id, ms]) => `${id} ${ms.toFixed(0)} ms`)
        .join(', ')}; model and engine the rest`,
    );
  }
}

if (require.main === module)
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });

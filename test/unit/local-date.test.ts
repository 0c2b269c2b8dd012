// "Today" is the user's calendar date, not UTC's. Just after midnight in Stockholm UTC is
// still on the previous day: lifecycle rules must judge the local day. Run in child
// processes with TZ set and the clock pinned, through the built CLI as users run it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'exchange-runbook.js');

// Exchange 2016's end of support is 2025-10-14: from 2025-10-15 on the target is flagged.
// In October Stockholm is on CEST (UTC+2): local midnight of the 15th is 22:00 UTC.
const RUNBOOK = fs
  .readFileSync(path.join(ROOT, 'test', 'fixtures', 'onprem-2007-to-2016.runbook.yaml'), 'utf8')
  .replace(/^asOf: .*\n/m, '');

describe('today is the local calendar date', function () {
  this.timeout(60_000);
  let dir: string;
  let preload: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-date-'));
    fs.writeFileSync(path.join(dir, 'plan.runbook.yaml'), RUNBOOK);
    // Pins `new Date()` and Date.now() to FAKE_NOW; dates built from values are untouched.
    preload = path.join(dir, 'clock.js');
    fs.writeFileSync(
      preload,
      [
        'const Real = Date; const now = Real.parse(process.env.FAKE_NOW);',
        'class Pinned extends Real { constructor(...a) { if (a.length) super(...a); else super(now); } static now() { return now; } }',
        'globalThis.Date = Pinned;',
      ].join('\n'),
    );
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The `as of` dates of the finding that Exchange 2016, the target, is past its end of support. */
  function endOfSupportAt(now: string, tz: string): string[] {
    const r = spawnSync(process.execPath, ['-r', preload, BIN, 'lint', 'plan.runbook.yaml', '--format', 'json'], {
      cwd: dir,
      env: { ...process.env, TZ: tz, FAKE_NOW: now, LANG: 'C', LC_ALL: '', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const findings = JSON.parse(r.stdout)[0].findings as { ruleId: string; message: string }[];
    // The 2013 transition servers are past their end of support whatever the day; the 2016 target is the edge.
    return findings
      .filter((f) => f.ruleId === 'end-of-support' && f.message.startsWith('Exchange 2016 reached'))
      .map((f) => /\(as of (\d{4}-\d{2}-\d{2})\)/.exec(f.message)?.[1] ?? '?');
  }

  it('in Stockholm, 23:59:59 local on the day of end of support is still that day', () => {
    assert.deepStrictEqual(endOfSupportAt('2025-10-14T21:59:59Z', 'Europe/Stockholm'), []);
  });

  it('in Stockholm, one second later (00:00:00 local, 22:00 UTC) is the next day: flagged as of it', () => {
    assert.deepStrictEqual(endOfSupportAt('2025-10-14T22:00:00Z', 'Europe/Stockholm'), ['2025-10-15']);
  });

  it('the same instant in UTC is still the day of end of support', () => {
    assert.deepStrictEqual(endOfSupportAt('2025-10-14T22:00:00Z', 'UTC'), []);
  });

  it('west of UTC the local day lags: 2025-10-15T03:59:59Z is the 14th in New York', () => {
    assert.deepStrictEqual(endOfSupportAt('2025-10-15T03:59:59Z', 'America/New_York'), []);
    assert.deepStrictEqual(endOfSupportAt('2025-10-15T04:00:00Z', 'America/New_York'), ['2025-10-15']);
  });
});

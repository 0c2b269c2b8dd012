// The interview the VS Code command shows, as the pure core function it is, and the
// `exchange-runbook new` command.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { lint } from '../../src/core';
import {
  answerQuestion,
  answersFrom,
  Draft,
  nextQuestion,
  planChoices,
  question,
  Answers,
} from '../../src/core/assistant';
import { newCommand } from '../../src/cli/new';
import { CliError } from '../../src/cli/messages';

describe('assistant: the interview', () => {
  it('asks the questions in order, skips keepOnPremises for an on-premises target, then is complete', () => {
    let draft: Draft = {};
    const asked: string[] = [];
    const replies: Record<string, string | string[]> = {
      sources: ['2007', '2010'],
      mailboxes: '1 200',
      publicFolders: 'yes',
      target: 'SE',
      name: 'Fabrikam',
      domain: 'Fabrikam.com',
    };
    for (let q = nextQuestion(draft); q; q = nextQuestion(draft)) {
      asked.push(`${q.id}:${q.kind}`);
      const result = answerQuestion(draft, q.id, replies[q.id]);
      assert.ok('draft' in result, JSON.stringify(result));
      draft = result.draft;
    }
    assert.deepStrictEqual(asked, [
      'sources:multiPick',
      'mailboxes:number',
      'publicFolders:pick',
      'target:pick',
      'name:text',
      'domain:text',
    ]);
    assert.deepStrictEqual(draft, {
      sources: ['2007', '2010'],
      mailboxes: 1200,
      publicFolders: true,
      target: 'SE',
      keepOnPremises: false,
      name: 'Fabrikam',
      domain: 'fabrikam.com',
    });
  });

  it('asks whether on-premises Exchange stays for Microsoft 365, and suggests a domain from the name', () => {
    const q = nextQuestion({ sources: ['2010'], mailboxes: 5, publicFolders: false, target: 'online' }, 'sv')!;
    assert.strictEqual(q.id, 'keepOnPremises');
    assert.strictEqual(
      q.prompt,
      'Ska den lokala Exchange-miljön finnas kvar bredvid Exchange Online (en varaktig hybriddistribution)?',
    );
    const domain = nextQuestion({
      sources: ['2010'],
      mailboxes: 5,
      publicFolders: false,
      target: 'online',
      keepOnPremises: false,
      name: 'Åbo Akademi',
    })!;
    assert.strictEqual(domain.id, 'domain');
    assert.strictEqual(domain.value, 'aboakademi.com');
  });

  it('lists every version with its end of support for the sources (the answered ones picked) and Microsoft 365 first for the target', () => {
    const sources = question('sources', { sources: ['2007'] }, 'sv');
    assert.strictEqual(sources.kind, 'multiPick');
    assert.deepStrictEqual(sources.options?.slice(0, 2), [
      { value: '2003', label: 'Exchange 2003', description: 'supporten upphörde 2014-04-08', picked: false },
      { value: '2007', label: 'Exchange 2007', description: 'supporten upphörde 2017-04-11', picked: true },
    ]);
    assert.deepStrictEqual(
      sources.options?.map((o) => o.value),
      ['2003', '2007', '2010', '2013', '2016', '2019', 'SE'],
    );
    const target = question('target', {}, 'en');
    assert.strictEqual(target.kind, 'pick');
    assert.deepStrictEqual(target.options?.slice(0, 2), [
      { value: 'online', label: 'Microsoft 365 (Exchange Online)', detail: 'cutover, staged or full hybrid migration' },
      {
        value: 'SE',
        label: 'Exchange SE on premises',
        detail: 'Modern Lifecycle Policy: supported while kept up to date',
      },
    ]);
    assert.match(target.options?.at(-1)?.detail ?? '', /^end of support \d{4}-\d{2}-\d{2}$/);
  });

  it('rejects bad replies with a message', () => {
    assert.deepStrictEqual(answerQuestion({}, 'mailboxes', 'many'), {
      error: 'the number of mailboxes must be a whole number from 1 to 1000000, not `many`',
    });
    assert.deepStrictEqual(answerQuestion({}, 'sources', []), { error: 'Pick at least one version.' });
    assert.deepStrictEqual(answerQuestion({}, 'domain', 'contoso'), {
      error: 'the domain must be a domain name such as contoso.com, not `contoso`',
    });
    assert.deepStrictEqual(answersFrom({ sources: ['2008'] }), {
      error:
        'the Exchange versions present must be one or more of 2003, 2007, 2010, 2013, 2016, 2019 and SE, not `2008`',
    });
  });

  it('offers the allowed methods, the recommended one first, each with its reason', () => {
    const answers: Answers = {
      sources: ['2007'],
      mailboxes: 420,
      publicFolders: false,
      target: 'online',
      keepOnPremises: false,
      name: 'Wingtip Toys',
      domain: 'wingtiptoys.com',
    };
    const { choices, refused } = planChoices(answers, { today: '2026-11-23' });
    assert.deepStrictEqual(
      choices.map((c) => [c.method, c.recommended, c.description]),
      [
        ['staged', true, 'recommended'],
        ['cutover', false, undefined],
        ['hybrid', false, undefined],
      ],
    );
    assert.ok(choices[0].detail.startsWith('420 mailboxes on Exchange 2007: a staged migration moves them in batches'));
    assert.deepStrictEqual(refused, []);
    const modern = planChoices({ ...answers, sources: ['2010'] }, { today: '2026-11-23' });
    assert.deepStrictEqual(
      modern.choices.map((c) => c.method),
      ['hybrid', 'cutover'],
    );
    assert.deepStrictEqual(modern.refused, [
      'Staged migration (not possible): a staged migration reads only Exchange 2003 and 2007 mailboxes, and this organization has Exchange 2010.',
    ]);
  });
});

describe('exchange-runbook new', () => {
  const capture = () => {
    let out = '';
    return { io: { stdout: { write: (t: string) => (out += t) }, env: {}, today: '2026-11-23' }, text: () => out };
  };

  it('prints the runbook that the assistant writes, and it lints clean', async () => {
    const { io, text } = capture();
    const code = await newCommand(['--source', '2007', '--mailboxes', '85', '--name', 'Tailspin Toys'], io);
    assert.strictEqual(code, 0);
    assert.ok(text().includes('\ntitle: Tailspin Toys – cutover migration to Microsoft 365\n'));
    assert.ok(text().includes('domains: [tailspintoys.com]'));
    assert.deepStrictEqual(lint(text()).findings, []);
  });

  it('the command line in the header gives the same runbook', async () => {
    const first = capture();
    await newCommand(
      [
        '--source',
        '2010,2007',
        '--target',
        'se',
        '--mailboxes',
        '300',
        '--public-folders',
        '--name',
        'Trey Research',
        '--locale',
        'sv',
      ],
      first.io,
    );
    const header = first
      .text()
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.replace(/^#\s*/, ''))
      .join(' ');
    const command = /Samma körbok från kommandoraden: exchange-runbook new (.*?) Rekommendation:/.exec(header)![1];
    assert.strictEqual(
      command,
      '--source 2007,2010 --target SE --mailboxes 300 --public-folders --name "Trey Research" --domain treyresearch.com --locale sv',
    );
    const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
    const second = capture();
    await newCommand(args, second.io);
    assert.strictEqual(second.text(), first.text());
  });

  it('--out writes the runbook and the staged CSV files next to it, and refuses to overwrite them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-'));
    try {
      const { io, text } = capture();
      const out = path.join(dir, 'plans', 'wingtip.runbook.yaml');
      assert.strictEqual(
        await newCommand(['--source', '2007', '--mailboxes', '420', '--name', 'Wingtip Toys', '--out', out], io),
        0,
      );
      assert.deepStrictEqual(fs.readdirSync(path.dirname(out)).sort(), [
        'wingtip-toys-wave1.csv',
        'wingtip-toys-wave2.csv',
        'wingtip.runbook.yaml',
      ]);
      assert.strictEqual(
        text(),
        `wrote ${out}\nwrote ${path.join(dir, 'plans', 'wingtip-toys-wave1.csv')}\nwrote ${path.join(dir, 'plans', 'wingtip-toys-wave2.csv')}\n`,
      );
      const runbook = fs.readFileSync(out, 'utf8');
      const findings = lint(runbook, {
        readFile: (p) => fs.readFileSync(path.join(path.dirname(out), p), 'utf8'),
      }).findings;
      assert.deepStrictEqual(
        findings.filter((f) => f.severity !== 'info'),
        [],
      );
      await assert.rejects(
        newCommand(['--source', '2007', '--mailboxes', '420', '--name', 'Wingtip Toys', '--out', out], io),
        (err: Error) =>
          err instanceof CliError && err.message === `new: ${out} already exists; add --force to overwrite it`,
      );
      assert.strictEqual(
        await newCommand(
          ['--source', '2007', '--mailboxes', '420', '--name', 'Wingtip Toys', '--out', out, '--force'],
          io,
        ),
        0,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('usage errors and refusals throw a CliError (exit 2, one line)', async () => {
    const { io } = capture();
    const message = async (args: string[]) => {
      try {
        await newCommand(args, io);
      } catch (err) {
        assert.ok(err instanceof CliError);
        return (err as Error).message;
      }
      return 'no error';
    };
    assert.strictEqual(
      await message(['--mailboxes', '5']),
      'new: --source is needed: the Exchange versions present, e.g. --source 2007 or --source 2007,2010',
    );
    assert.strictEqual(
      await message(['--source', '2007']),
      'new: --mailboxes is needed: the number of mailboxes in scope, e.g. --mailboxes 420',
    );
    assert.strictEqual(
      await message(['--source', '2007', '--mailboxes', 'ten']),
      'new: the number of mailboxes must be a whole number from 1 to 1000000, not `ten`',
    );
    assert.strictEqual(
      await message(['--source', '2010', '--mailboxes', '420', '--method', 'staged']),
      'new: a staged migration reads only Exchange 2003 and 2007 mailboxes, and this organization has Exchange 2010. Recommended for these answers: full hybrid migration (--method hybrid).',
    );
    assert.strictEqual(
      await message(['--source', '2007', '--mailboxes', '5', '--out', 'a.yaml', '--csv-dir', 'x']),
      'new: --out writes the CSV files next to the runbook; --csv-dir is for a runbook printed to stdout: give one of them',
    );
    assert.match(await message(['--source', '2007', '--mailboxes', '5', '--bogus']), /^Unknown option '--bogus'/);
  });

  it('the process exits 2 with one line on stderr', function () {
    this.timeout(30_000);
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts'),
        'new',
        '--source',
        '2010',
        '--mailboxes',
        '3000',
        '--method',
        'cutover',
      ],
      { encoding: 'utf8', env: { ...process.env, LANG: 'C' } },
    );
    assert.strictEqual(result.status, 2);
    assert.strictEqual(result.stdout, '');
    assert.strictEqual(
      result.stderr,
      'exchange-runbook: new: a cutover migration moves at most 2,000 mailboxes, and this organization has 3,000. Recommended for these answers: full hybrid migration (--method hybrid).\n',
    );
  });
});

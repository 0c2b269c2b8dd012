// The rule pages under docs/rules are what a diagnostic links to: they must exist for every
// rule, say the severity and fixability the rule really has, link only to files that exist,
// and their complete examples must do what they claim when linted.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../src/core/rules';
import { describeFindings, lintText, ofRule } from './helpers';

const DOCS = path.join(__dirname, '..', '..', 'docs');
const RULE_DOCS = path.join(DOCS, 'rules');
const SECTIONS = ['## What it checks', '## Why', '## Wrong', '## Right', '## Fix'];
/** The pages whose examples readers most often copy: they must be complete runbooks. */
const COMPLETE_EXAMPLES = [
  'coexistence',
  'unknown-server',
  'decommission-with-data',
  'cutover-size',
  'staged-source',
  'directory-sync',
  'mail-flow-order',
  'hybrid-server',
];

function page(id: string): string {
  return fs.readFileSync(path.join(RULE_DOCS, `${id}.md`), 'utf8');
}

/** The text of a `## ` section, up to the next `## ` heading. */
function section(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The first fenced YAML block of a section. */
function firstYaml(text: string): string | undefined {
  return /```yaml\n([\s\S]*?)```/.exec(text)?.[1];
}

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(full);
    return e.name.endsWith('.md') ? [full] : [];
  });
}

describe('docs', () => {
  describe('rule pages', () => {
    it('exist for exactly the rules of the catalogue', () => {
      const pages = fs
        .readdirSync(RULE_DOCS)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -3))
        .sort();
      assert.deepStrictEqual(pages, RULES.map((r) => r.id).sort());
    });

    for (const rule of RULES) {
      describe(rule.id, () => {
        it('has the layout: title, severity line, the five sections in order', () => {
          const lines = page(rule.id).split('\n');
          assert.strictEqual(lines[0], `# ${rule.id}`);
          assert.strictEqual(lines[1], '');
          assert.match(lines[2], /^Default severity: \*\*\w+\*\*.* · Fixable: \*\*(yes|no)\*\*/);
          const headings = lines.filter((l) => l.startsWith('## '));
          assert.deepStrictEqual(headings, SECTIONS);
        });

        it('states the default severity and fixability of the rule definition', () => {
          const line = page(rule.id).split('\n')[2];
          assert.strictEqual(/^Default severity: \*\*(\w+)\*\*/.exec(line)?.[1], rule.defaultSeverity);
          assert.strictEqual(/Fixable: \*\*(yes|no)\*\*/.exec(line)?.[1], rule.fixable ? 'yes' : 'no');
        });

        it('gives a source link under Why and an example under Wrong and Right', () => {
          const text = page(rule.id);
          assert.match(section(text, '## Why'), /\]\((https?:\/\/|\.\.?\/|[\w-]+\.md)/, 'no source link under Why');
          // staged-csv's examples are CSV files: any fenced block counts.
          assert.match(section(text, '## Wrong'), /^```/m, 'no example under Wrong');
          assert.match(section(text, '## Right'), /^```/m, 'no example under Right');
        });

        const text = page(rule.id);
        const wrong = firstYaml(section(text, '## Wrong'));
        const right = firstYaml(section(text, '## Right'));
        if (wrong?.startsWith('runbook: 1')) {
          it('its complete Wrong example gets this rule', () => {
            const findings = lintText(wrong);
            assert.ok(ofRule(findings, rule.id).length > 0, `no ${rule.id} finding:\n${describeFindings(findings)}`);
          });
        }
        if (right?.startsWith('runbook: 1')) {
          it('its complete Right example does not get this rule, nor any error', () => {
            const findings = lintText(right);
            assert.strictEqual(describeFindings(ofRule(findings, rule.id)), '');
            assert.strictEqual(describeFindings(findings.filter((f) => f.severity === 'error')), '');
          });
        }
      });
    }

    it('of the most read rules have complete runbooks as Wrong and Right examples', () => {
      const incomplete = COMPLETE_EXAMPLES.filter((id) => {
        const text = page(id);
        return (
          !firstYaml(section(text, '## Wrong'))?.startsWith('runbook: 1') ||
          !firstYaml(section(text, '## Right'))?.startsWith('runbook: 1')
        );
      });
      assert.deepStrictEqual(incomplete, []);
    });
  });

  it('every relative link in docs/ resolves to an existing file', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of markdownFiles(DOCS)) {
      // Links inside code blocks are example text (runbook notes), not links of the page.
      const text = fs
        .readFileSync(file, 'utf8')
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`\n]*`/g, '');
      for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = match[1];
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
        checked++;
        const resolved = path.resolve(path.dirname(file), decodeURIComponent(target.split('#')[0]));
        if (!fs.existsSync(resolved)) broken.push(`${path.relative(DOCS, file)}: ${target}`);
      }
    }
    assert.deepStrictEqual(broken, []);
    assert.ok(checked > 20, `only ${checked} relative links found: the link pattern is wrong`);
  });
});

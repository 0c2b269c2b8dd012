// Turns a decision into the runbook text (and the staged CSV templates): the phases and
// steps Microsoft's procedures prescribe for the chosen path, with the cmdlets to run and
// the pages that explain them, in the runbook format (schemas/runbook.schema.json). The
// servers and the steps are built in builder.ts, on-premises.ts and exchange-online.ts.
import type { Locale } from '../types';
import { Decision, OnlinePlan, OnPremisesPlan, sortVersions } from './decide';
import { listSources, RunbookBuilder, Server, serverPrefix, slugOf } from './builder';
import { online } from './exchange-online';
import { onPremises } from './on-premises';
import { methodName, targetName, versionList, yesNo } from './text';
import { Answers, CsvTemplate, GeneratedRunbook, Recommendation } from './types';
import { commentLines, renderPhases, yamlString, YamlStep } from './yaml';

/** Capitalizes a reason for use as a sentence of its own. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---- the text ----------------------------------------------------------------------------

/** The `exchange-runbook new` command line that gives the same runbook. */
export function commandLine(answers: Answers, locale: Locale): string {
  const quote = (s: string) => (/^[A-Za-z0-9._@,-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`);
  const parts = [
    'exchange-runbook new',
    `--source ${sortVersions(answers.sources).join(',')}`,
    `--target ${answers.target}`,
  ];
  if (answers.method) parts.push(`--method ${answers.method}`);
  parts.push(`--mailboxes ${answers.mailboxes}`);
  if (answers.publicFolders) parts.push('--public-folders');
  if (answers.keepOnPremises && answers.target === 'online') parts.push('--keep-on-premises');
  parts.push(`--name ${quote(answers.name.trim())}`, `--domain ${answers.domain.toLowerCase()}`);
  if (answers.asOf) parts.push(`--as-of ${answers.asOf}`);
  if (locale !== 'en') parts.push(`--locale ${locale}`);
  return parts.join(' ');
}

function titleOf(b: RunbookBuilder, rec: Recommendation, plan: OnlinePlan | OnPremisesPlan): string {
  const name = b.answers.name.trim();
  if (plan.kind === 'online') return b.t('runbook.title.online', { name, method: methodName(b.locale, plan.method) });
  const sources = sortVersions(b.answers.sources);
  const through = rec.installs.slice(0, -1);
  return b.t(through.length ? 'runbook.title.onPremisesThrough' : 'runbook.title.onPremises', {
    name,
    from: versionList(b.locale, sources),
    target: plan.target,
    through: versionList(b.locale, through),
  });
}

function header(b: RunbookBuilder, rec: Recommendation, asOf: string, csvFiles: CsvTemplate[]): string {
  const a = b.answers;
  const lines: string[] = [];
  lines.push(
    b.t('header.generated', { date: asOf }),
    b.t('header.answers', {
      sources: versionList(b.locale, sortVersions(a.sources)),
      mailboxes: a.mailboxes,
      publicFolders: yesNo(b.locale, a.publicFolders),
      target: targetName(b.locale, a.target),
      stay: yesNo(b.locale, a.keepOnPremises && a.target === 'online'),
    }),
    b.t('header.command', { command: commandLine(a, b.locale) }),
  );
  const choice = rec.method ? methodName(b.locale, rec.method) : targetName(b.locale, rec.target);
  lines.push(b.t(rec.overridden ? 'header.chosen' : 'header.recommendation', { choice, reason: sentence(rec.reason) }));
  for (const w of rec.warnings) lines.push(w);
  lines.push(b.t('header.sources'), ...rec.sources.map((url) => `- ${url}`));
  if (csvFiles.length > 0) lines.push(b.t('header.csv', { files: csvFiles.map((c) => c.path).join(', ') }));
  lines.push(b.t('header.review'));
  return commentLines(lines.join('\n'), 100);
}

function render(
  b: RunbookBuilder,
  rec: Recommendation,
  plan: OnlinePlan | OnPremisesPlan,
  asOf: string,
  listed: Server[],
  csvFiles: CsvTemplate[],
): string {
  const a = b.answers;
  let out = header(b, rec, asOf, csvFiles);
  out += 'runbook: 1\n';
  out += `title: ${yamlString(titleOf(b, rec, plan))}\n`;
  out += `asOf: ${asOf}\n`;
  if (a.inventory?.path) out += `inventory: ${yamlString(a.inventory.path)}\n`;
  out += 'organization:\n';
  out += `  name: ${yamlString(a.name.trim())}\n`;
  out += `  mailboxes: ${a.mailboxes}\n`;
  if (a.publicFolders) out += '  publicFolders: true\n';
  if (a.inventory?.forestFunctionalLevel)
    out += `  forestFunctionalLevel: ${yamlString(a.inventory.forestFunctionalLevel)}\n`;
  const domains = a.inventory?.domains?.length ? a.inventory.domains : [a.domain.toLowerCase()];
  out += `  domains: [${domains.map(yamlString).join(', ')}]\n`;
  if (plan.kind === 'online') out += '  directorySync: false\n';
  out += 'servers:\n';
  for (const s of listed) {
    out += `  - name: ${yamlString(s.name)}\n`;
    out += `    version: ${yamlString(s.version)}\n`;
    if (s.update)
      out += `    update: ${s.update}${s.updateExact === false ? `  # ${b.t('comment.updateUnknown')}` : ''}\n`;
    if (s.os) out += `    os: ${yamlString(s.os)}\n`;
    out += `    roles: [${s.roles.join(', ')}]\n`;
    out += `    mailboxes: ${s.mailboxes}\n`;
    if (s.publicFolders) out += '    publicFolders: true\n';
  }
  out += 'target:\n';
  if (plan.kind === 'online') {
    out += '  platform: exchange-online\n';
    if (plan.method === 'cutover' && a.mailboxes > 150) {
      // The user chose cutover above Microsoft's recommendation: keep the choice visible, not the warning.
      out += `  ${commentLines(b.t('comment.cutoverSize'), 90).trimEnd().split('\n').join('\n  ')}\n`;
      out += '  # runbook-disable-next-line cutover-size\n';
    }
    out += `  method: ${plan.method}\n`;
  } else {
    out += '  platform: on-premises\n';
    out += `  version: ${yamlString(plan.target)}\n`;
  }
  out += renderPhases(b.phases);
  return out;
}

export function generate(
  answers: Answers,
  decision: Extract<Decision, { ok: true }>,
  locale: Locale,
): GeneratedRunbook {
  const b = new RunbookBuilder(answers, locale, serverPrefix(answers.name), decision.asOf);
  const slug = slugOf(answers.name);
  listSources(b);
  const listed = b.present().map((s) => ({ ...s }));
  const csvFiles =
    decision.plan.kind === 'online' ? online(b, decision.plan, slug) : (onPremises(b, decision.plan), []);
  const text = render(b, decision.recommendation, decision.plan, decision.asOf, listed, csvFiles);
  return { fileName: `${slug}.runbook.yaml`, text, csvFiles, recommendation: decision.recommendation };
}

export type { YamlStep };

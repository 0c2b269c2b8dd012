// `exchange-runbook rules`: the catalogue as a table (or JSON), from the same RULES the
// linter runs, so the list cannot drift from what is checked.
import { coreMessage, docsUrl, RULES } from '../core';
import { CliError, cliMessage } from './messages';
import { FORMAT_AND_LOCALE, parseCommandArgs } from './options';
import type { CommandIo } from './lint-command';

export async function rulesCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, io.locale, FORMAT_AND_LOCALE);
  const locale = io.locale;
  if (positionals.length)
    throw new CliError(cliMessage(locale, 'error.badOption', { message: `Unexpected argument '${positionals[0]}'` }));
  const format = values.format ?? 'text';
  if (format === 'json') {
    const list = RULES.map((rule) => ({
      id: rule.id,
      defaultSeverity: rule.defaultSeverity,
      fixable: rule.fixable,
      description: rule.description[locale] ?? rule.description.en,
      docsUrl: docsUrl(rule.id),
    }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  if (format !== 'text')
    throw new CliError(
      cliMessage(locale, 'error.badOption', { message: `--format must be text or json, not '${format}'` }),
    );
  const header = [
    cliMessage(locale, 'rules.header.id'),
    cliMessage(locale, 'rules.header.severity'),
    cliMessage(locale, 'rules.header.fixable'),
    cliMessage(locale, 'rules.header.description'),
  ];
  const rows = RULES.map((rule) => [
    rule.id,
    coreMessage(locale, `severity.${rule.defaultSeverity}`),
    rule.fixable ? cliMessage(locale, 'rules.yes') : cliMessage(locale, 'rules.no'),
    (rule.description[locale] ?? rule.description.en).replace(/\s*\n\s*/g, ' '),
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `${cells
      .slice(0, 3)
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')}  ${cells[3]}`.trimEnd();
  io.stdout.write([line(header), ...rows.map(line)].join('\n') + '\n');
  return 0;
}

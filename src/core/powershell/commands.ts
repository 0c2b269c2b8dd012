// A step's PowerShell: `stepCommands` says what the step runs (commands with the runbook's
// values, parameters for what it lacks, manual instructions); `renderCommand` writes one
// command line, for the script (`$Parameter`) or for a terminal (`<Placeholder>`, which
// PowerShell refuses to run: the operator must fill it in first).
import type { ParsedRunbook, StepEntry } from '../parse';
import { StepContext } from './context';
import type { PsCommand, PsPipeline, PsValue, StepCommands, StepItem } from './model';
import { commentText, psString } from './quote';
import { stepItems } from './templates';

export function stepCommands(parsed: ParsedRunbook, step: StepEntry): StepCommands {
  const context = new StepContext(parsed, step);
  const items = stepItems(context);
  return {
    index: step.index,
    ...(step.action !== undefined ? { action: step.action } : {}),
    items,
    parameters: context.parameters,
    manual: !items.some((item) => item.kind === 'command'),
  };
}

export interface RenderOptions {
  /**
   * `script`: values the runbook lacks are `$Name` (parameters of the script), -WhatIf is
   * `-WhatIf:(-not $Execute)`, CSVs are read relative to `$RunbookFolder`. `terminal`: they
   * are `<Label>` placeholders and CSV paths are relative to the shell's current folder.
   */
  mode: 'script' | 'terminal';
  /** Terminal lines only: add -WhatIf to every command that takes it. */
  whatIf?: boolean;
}

function renderValue(value: PsValue, options: RenderOptions): string {
  switch (value.kind) {
    case 'string':
      return psString(value.value);
    case 'number':
      return String(value.value);
    case 'bool':
      return value.value ? '$true' : '$false';
    case 'parameter':
      return options.mode === 'script' ? `$${value.parameter.name}` : `<${value.parameter.label}>`;
    case 'list':
      return value.items.map((item) => renderValue(item, options)).join(', ');
    case 'fileBytes':
      return `([System.IO.File]::ReadAllBytes(${filePath(value.path, options)}))`;
    case 'propertyIn':
      return `{ @(${renderValue(value.values, options)}) -contains $_.${value.property} }`;
    case 'command':
      return `(${renderPipeline(value.pipeline, options)})`;
  }
}

/** The full path of a CSV: .NET reads relative paths from the process's folder, not PowerShell's location. */
function filePath(path: PsValue, options: RenderOptions): string {
  const relative =
    options.mode === 'script' && path.kind === 'string'
      ? `(Join-Path -Path $RunbookFolder -ChildPath ${renderValue(path, options)})`
      : renderValue(path, options);
  return `(Resolve-Path -LiteralPath ${relative}).ProviderPath`;
}

function renderOne(command: PsCommand, options: RenderOptions): string {
  const tokens = [command.cmdlet];
  for (const argument of command.args) {
    tokens.push(`-${argument.name}`);
    if (argument.value !== undefined) tokens.push(renderValue(argument.value, options));
  }
  if (command.whatIf && options.mode === 'script') tokens.push('-WhatIf:(-not $Execute)');
  else if (command.whatIf && options.whatIf) tokens.push('-WhatIf');
  return tokens.join(' ');
}

function renderPipeline(pipeline: PsPipeline, options: RenderOptions): string {
  return pipeline.map((command) => renderOne(command, options)).join(' | ');
}

/** One command line. */
export function renderCommand(pipeline: PsPipeline, options: RenderOptions): string {
  return renderPipeline(pipeline, options);
}

/**
 * The step as terminal lines: each command on its own line, each manual instruction as a
 * `#` comment line (which PowerShell skips), placeholders for what the runbook lacks.
 */
export function stepCommandLines(commands: StepCommands, options: Omit<RenderOptions, 'mode'> = {}): string[] {
  return commands.items.map((item: StepItem) =>
    item.kind === 'command'
      ? renderCommand(item.pipeline, { ...options, mode: 'terminal' })
      : `# ${commentText(item.text)}`,
  );
}

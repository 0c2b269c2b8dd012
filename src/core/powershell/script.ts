// The runbook (or one phase) as a PowerShell script for the Exchange Management Shell (spec
// section 7.4): a parameter for every value the runbook lacks, strict mode, stop on the
// first error, a transcript, one region per step, -WhatIf on every cmdlet that takes it
// unless started with -Execute, a pause for the operator at every manual step, done steps
// skipped, and a summary at the end. Every line is built from the step model and the
// quoting in quote.ts; nothing from the runbook reaches the script unquoted or uncommented.
import { fieldString, type ParsedRunbook, type PhaseEntry, type StepEntry } from '../parse';
import { derivedStepTitle } from '../checklist/titles';
import { renderCommand, stepCommands } from './commands';
import type { PsValue, ScriptParameter, StepCommands, StepItem } from './model';
import { commentText, oneLineText, psString, textLines } from './quote';

export interface ScriptOptions {
  /** Only this phase's steps (its `id`). */
  phase?: string;
  /** The runbook's file name, for the script's help. */
  fileName?: string;
}

export type ScriptResult =
  | { ok: true; text: string; parameters: ScriptParameter[]; steps: number }
  | { ok: false; reason: 'broken' | 'unknown-phase' };

const INDENT = '    ';

/** Free text as `#` comment lines (none for empty text). */
function comments(text: string, indent: string, prefix = ''): string[] {
  const lines = textLines(text).map(commentText);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => `${indent}# ${i === 0 ? prefix : ' '.repeat(prefix.length)}${line}`.trimEnd());
}

/** Text for the operator's console: one line, control characters made visible, quoted. */
const say = (text: string) => psString(commentText(oneLineText(text)));

function stepTitle(parsed: ParsedRunbook, step: StepEntry): string {
  const own = fieldString(step.node, 'title', parsed.doc);
  const title = own !== undefined ? oneLineText(own) : '';
  return title || derivedStepTitle(step, 'en', parsed.doc);
}

function usesRunbookFile(value: PsValue | undefined): boolean {
  if (!value) return false;
  if (value.kind === 'fileBytes') return value.path.kind === 'string';
  if (value.kind === 'list') return value.items.some(usesRunbookFile);
  if (value.kind === 'command') return value.pipeline.some((c) => c.args.some((a) => usesRunbookFile(a.value)));
  return false;
}

const itemUsesRunbookFile = (item: StepItem) =>
  item.kind === 'command' && item.pipeline.some((c) => c.args.some((a) => usesRunbookFile(a.value)));

/** Why a step is not run: `done: true` (with who and when), or `skipped: <reason>`. */
function settled(parsed: ParsedRunbook, step: StepEntry): string | undefined {
  const doc = parsed.doc;
  const skipped = fieldString(step.node, 'skipped', doc);
  if (skipped !== undefined) return `skipped: ${oneLineText(skipped)}`;
  if (fieldString(step.node, 'done', doc) !== 'true') return undefined;
  const by = fieldString(step.node, 'doneBy', doc);
  const at = fieldString(step.node, 'doneAt', doc);
  const who = [by !== undefined ? `by ${oneLineText(by)}` : '', at !== undefined ? `at ${oneLineText(at)}` : '']
    .filter(Boolean)
    .join(' ');
  return who ? `done ${who}` : 'done';
}

function stepRegion(parsed: ParsedRunbook, step: StepEntry, commands: StepCommands, total: number): string[] {
  const n = step.index + 1;
  const title = stepTitle(parsed, step);
  const lines = [`${INDENT}#region Step ${n}: ${commentText(title)}`];
  const phase = [step.phase.title ?? '', step.phase.id !== undefined ? `(${step.phase.id})` : ''].filter(Boolean);
  if (phase.length > 0) lines.push(...comments(oneLineText(phase.join(' ')), INDENT, 'Phase: '));
  const owner = fieldString(step.node, 'owner', parsed.doc);
  if (owner !== undefined) lines.push(...comments(owner, INDENT, 'Owner: '));
  if (step.action !== undefined) lines.push(...comments(step.action, INDENT, 'Action: '));
  const notes = fieldString(step.node, 'notes', parsed.doc);
  if (notes !== undefined) lines.push(...comments(notes, INDENT, 'Notes: '));
  const reason = settled(parsed, step);
  if (reason !== undefined) {
    lines.push(...comments(`Not run: ${reason}`, INDENT));
    lines.push(`${INDENT}Skip-RunbookStep -Number ${n} -Title ${say(title)} -Reason ${say(reason)}`);
  } else {
    lines.push(`${INDENT}Start-RunbookStep -Number ${n} -Of ${total} -Title ${say(title)}`);
    for (const item of commands.items) {
      if (item.kind === 'command') lines.push(INDENT + renderCommand(item.pipeline, { mode: 'script' }));
      else lines.push(`${INDENT}Wait-RunbookOperator -Instruction ${say(item.text)}`);
    }
    lines.push(`${INDENT}Complete-RunbookStep -Manual:$${commands.manual}`);
  }
  lines.push(`${INDENT}#endregion`);
  return lines;
}

function help(
  parsed: ParsedRunbook,
  phase: PhaseEntry | undefined,
  parameters: ScriptParameter[],
  fileName: string | undefined,
  runbookFolder: boolean,
): string[] {
  const title = fieldString(parsed.root, 'title', parsed.doc);
  const synopsis = [
    title !== undefined ? oneLineText(title) : 'Runbook',
    phase ? `phase ${phase.id}: ${oneLineText(phase.title ?? '')}` : '',
  ]
    .filter(Boolean)
    .join(' — ');
  const lines = [
    '<#',
    '.SYNOPSIS',
    commentText(synopsis),
    '',
    '.DESCRIPTION',
    commentText(
      `Written by exchange-runbook${fileName !== undefined ? ` from ${oneLineText(fileName)}` : ''}. Run it in the Exchange Management Shell.`,
    ),
    'Runs the steps in order and stops at the first error. Every cmdlet that changes something',
    'runs with -WhatIf unless the script is started with -Execute. A step without a cmdlet',
    '(Setup.exe, DNS, a portal, a check) waits until the operator has done it. Steps already',
    'done (or skipped) in the runbook are not run. A transcript is written to -TranscriptPath.',
  ];
  for (const p of parameters) lines.push('', `.PARAMETER ${p.name}`, commentText(p.description));
  if (runbookFolder)
    lines.push(
      '',
      '.PARAMETER RunbookFolder',
      'The runbook’s folder, where the CSV files it names are (default: the script’s folder).',
    );
  lines.push(
    '',
    '.PARAMETER Execute',
    'Run the cmdlets for real. Without it every cmdlet that takes -WhatIf only says what it would do.',
  );
  lines.push('', '.PARAMETER TranscriptPath', 'The transcript file (default: a new file in the temporary folder).');
  return [...lines, '#>'];
}

function paramBlock(parameters: ScriptParameter[], runbookFolder: boolean): string[] {
  const entries = parameters.map((p) => {
    const type = p.type === 'credential' ? '[System.Management.Automation.PSCredential]' : '[string]';
    return [
      `${INDENT}[Parameter(Mandatory = $true, HelpMessage = ${psString(commentText(p.description))})]`,
      `${INDENT}${type}$${p.name}`,
    ];
  });
  // CSVs the runbook names are relative to it; the script is usually saved next to it.
  // $MyInvocation rather than $PSScriptRoot, which PowerShell 2.0 (Exchange 2010's shell) sets only in modules.
  if (runbookFolder)
    entries.push([`${INDENT}[string]$RunbookFolder = (Split-Path -Parent $MyInvocation.MyCommand.Path)`]);
  entries.push([
    `${INDENT}[string]$TranscriptPath = (Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath ('exchange-runbook-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.txt'))`,
  ]);
  entries.push([`${INDENT}[switch]$Execute`]);
  const body = entries.map((e, i) => (i < entries.length - 1 ? [...e.slice(0, -1), e[e.length - 1] + ','] : e));
  return ['[CmdletBinding()]', 'param(', ...body.flatMap((e, i) => (i > 0 ? ['', ...e] : e)), ')'];
}

/** The helpers every script defines: step bookkeeping, the operator's pause, the summary. */
const HELPERS = [
  '$script:RunbookSummary = New-Object System.Collections.ArrayList',
  '$script:CurrentStep = $null',
  '$script:Started = 0',
  '',
  'function Start-RunbookStep([int]$Number, [int]$Of, [string]$Title) {',
  "    $script:CurrentStep = New-Object PSObject -Property @{ Step = $Number; Title = $Title; Status = 'running' }",
  '    $null = $script:RunbookSummary.Add($script:CurrentStep)',
  '    $script:Started++',
  "    Write-Host ''",
  "    Write-Host ('== Step ' + $Number + ' (' + $script:Started + ' of ' + $Of + '): ' + $Title)",
  '}',
  '',
  'function Complete-RunbookStep([switch]$Manual) {',
  "    if ($Manual) { $script:CurrentStep.Status = 'done by hand' }",
  "    elseif ($Execute) { $script:CurrentStep.Status = 'ran' }",
  "    else { $script:CurrentStep.Status = 'what-if' }",
  '    $script:CurrentStep = $null',
  '}',
  '',
  'function Skip-RunbookStep([int]$Number, [string]$Title, [string]$Reason) {',
  '    $null = $script:RunbookSummary.Add((New-Object PSObject -Property @{ Step = $Number; Title = $Title; Status = $Reason }))',
  "    Write-Host ('-- Step ' + $Number + ' not run (' + $Reason + '): ' + $Title)",
  '}',
  '',
  'function Wait-RunbookOperator([string]$Instruction) {',
  "    Write-Host ('   By hand: ' + $Instruction)",
  "    $answer = Read-Host 'Press Enter when it is done, or type stop to stop here'",
  "    if ($answer -eq 'stop') { throw 'Stopped by the operator.' }",
  '}',
  '',
  'function Write-RunbookSummary {',
  "    Write-Host ''",
  "    Write-Host 'Summary'",
  '    foreach ($entry in $script:RunbookSummary) {',
  "        Write-Host ('  Step {0,-4} {1,-14} {2}' -f $entry.Step, $entry.Status, $entry.Title)",
  '    }',
  "    if (-not $Execute) { Write-Host 'Nothing was changed: the cmdlets ran with -WhatIf. Start the script with -Execute to run them.' }",
  '}',
];

/** Adds each parameter once (the first description wins), in the order the steps use them. */
function mergeParameters(all: StepCommands[]): ScriptParameter[] {
  const byName = new Map<string, ScriptParameter>();
  for (const c of all) for (const p of c.parameters) if (!byName.has(p.name)) byName.set(p.name, p);
  return [...byName.values()];
}

export function generateScript(parsed: ParsedRunbook, options: ScriptOptions = {}): ScriptResult {
  if (parsed.fatal.length > 0 || !parsed.root) return { ok: false, reason: 'broken' };
  const phase = options.phase === undefined ? undefined : parsed.phases.find((p) => p.id === options.phase);
  if (options.phase !== undefined && !phase) return { ok: false, reason: 'unknown-phase' };
  const steps = phase ? phase.steps : parsed.steps;
  const commands = steps.map((step) => stepCommands(parsed, step));
  // A settled step is not run: its values are not asked for.
  const running = commands.filter((_, i) => settled(parsed, steps[i]) === undefined);
  const parameters = mergeParameters(running);
  const runbookFolder = running.some((c) => c.items.some(itemUsesRunbookFile));
  const lines = [
    ...help(parsed, phase, parameters, options.fileName, runbookFolder),
    ...paramBlock(parameters, runbookFolder),
    '',
    'Set-StrictMode -Version Latest',
    "$ErrorActionPreference = 'Stop'",
    '',
    ...HELPERS,
    '',
    '$transcribing = $false',
    'try {',
    `${INDENT}$null = Start-Transcript -Path $TranscriptPath`,
    `${INDENT}$transcribing = $true`,
    `${INDENT}if (-not $Execute) { Write-Host 'Dry run: every cmdlet that changes something runs with -WhatIf (start with -Execute to run them).' }`,
    ...steps.flatMap((step, i) => ['', ...stepRegion(parsed, step, commands[i], running.length)]),
    '}',
    'catch {',
    `${INDENT}if ($null -ne $script:CurrentStep) { $script:CurrentStep.Status = 'failed' }`,
    `${INDENT}Write-Host ('Stopped: ' + $_.Exception.Message)`,
    `${INDENT}throw`,
    '}',
    'finally {',
    `${INDENT}Write-RunbookSummary`,
    `${INDENT}if ($transcribing) { $null = Stop-Transcript }`,
    '}',
  ];
  return { ok: true, text: lines.join('\n') + '\n', parameters, steps: steps.length };
}

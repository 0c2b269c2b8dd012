// What a step's commands are made of, before they are text: cmdlets with named arguments,
// each value either the runbook's (quoted when written) or a parameter the runbook lacks.

/** A value a command argument takes. */
export type PsValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  /** A value the runbook does not give: a script parameter, a visible placeholder on a terminal line. */
  | { kind: 'parameter'; parameter: ScriptParameter }
  | { kind: 'list'; items: PsValue[] }
  /** The bytes of a file the runbook names, relative to the runbook (`-CSVData`). */
  | { kind: 'fileBytes'; path: PsValue }
  /**
   * A filter on a property of the piped object: `{ @('A', 'B') -contains $_.ServerName }`
   * (Where-Object's script block, which PowerShell 2.0 knows; `-In` came with 3.0).
   */
  | { kind: 'propertyIn'; property: string; values: PsValue }
  /** Another command's output, in parentheses (`-SourcePublicFolderDatabase (Get-PublicFolderDatabase …)`). */
  | { kind: 'command'; pipeline: PsPipeline };

export interface PsArgument {
  name: string;
  /** Without a value the argument is a switch (`-Autodiscover`). */
  value?: PsValue;
}

export interface PsCommand {
  cmdlet: string;
  args: PsArgument[];
  /** The cmdlet takes -WhatIf (it changes something): the script runs it with -WhatIf unless -Execute. */
  whatIf: boolean;
}

/** Commands joined by `|`. */
export type PsPipeline = PsCommand[];

export interface ScriptParameter {
  /** The variable name, unique in a script (`Step7Csv`, `MigrationEndpoint`). */
  name: string;
  /** The placeholder shown on a terminal line (`<TargetDatabase>`), without the brackets. */
  label: string;
  type: 'string' | 'credential';
  /** What to enter, in English (the script's help). */
  description: string;
}

/** One thing a step does: a command line, or an instruction the operator carries out by hand. */
export type StepItem =
  | { kind: 'command'; pipeline: PsPipeline }
  | {
      kind: 'manual';
      /** What to do, with the runbook's values filled in (one line). */
      text: string;
      /** Microsoft's page for it. */
      url?: string;
    };

export interface StepCommands {
  /** The step's position in the runbook (0-based, file order). */
  index: number;
  action?: string;
  items: StepItem[];
  /** The values the runbook lacks, in the order the commands use them (each once). */
  parameters: ScriptParameter[];
  /** No command at all: the operator does the whole step (Setup.exe, DNS, a portal, a check). */
  manual: boolean;
}

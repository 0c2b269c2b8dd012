// The runbook as PowerShell (spec section 7.4): each step's commands, and the whole runbook
// or one phase as a script for the Exchange Management Shell.
export { renderCommand, stepCommandLines, stepCommands } from './commands';
export { commandContextKey } from './context';
export type { RenderOptions } from './commands';
export type { PsArgument, PsCommand, PsPipeline, PsValue, ScriptParameter, StepCommands, StepItem } from './model';
export { psString } from './quote';
export { generateScript } from './script';
export type { ScriptOptions, ScriptResult } from './script';

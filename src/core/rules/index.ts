// The rule catalogue (docs/rules/), in the order `exchange-runbook rules` lists it.
import type { RuleDefinition } from '../rule';
import { rule as yamlSyntax } from './yaml-syntax';
import { rule as schema } from './schema';
import { rule as duplicateId } from './duplicate-id';
import { rule as unknownServer } from './unknown-server';
import { rule as coexistence } from './coexistence';
import { rule as coexistenceUpdate } from './coexistence-update';
import { rule as prepareBeforeInstall } from './prepare-before-install';
import { rule as decommissionWithData } from './decommission-with-data';
import { rule as sourceRemains } from './source-remains';
import { rule as osRequirement } from './os-requirement';
import { rule as forestLevel } from './forest-level';
import { rule as clientSupport } from './client-support';
import { rule as endOfSupport } from './end-of-support';
import { rule as cutoverSize } from './cutover-size';
import { rule as stagedSource } from './staged-source';
import { rule as stagedCsv } from './staged-csv';
import { rule as hybridServer } from './hybrid-server';
import { rule as hybridSize } from './hybrid-size';
import { rule as onlinePrerequisites } from './online-prerequisites';
import { rule as directorySync } from './directory-sync';
import { rule as mailFlowOrder } from './mail-flow-order';
import { rule as publicFolders } from './public-folders';
import { rule as methodDuration } from './method-duration';
import { rule as methodMismatch } from './method-mismatch';
import { rule as inventoryDrift } from './inventory-drift';
import { rule as schedule } from './schedule';

export const RULES: RuleDefinition[] = [
  yamlSyntax,
  schema,
  duplicateId,
  unknownServer,
  coexistence,
  coexistenceUpdate,
  prepareBeforeInstall,
  decommissionWithData,
  sourceRemains,
  osRequirement,
  forestLevel,
  clientSupport,
  endOfSupport,
  cutoverSize,
  stagedSource,
  stagedCsv,
  hybridServer,
  hybridSize,
  onlinePrerequisites,
  directorySync,
  mailFlowOrder,
  publicFolders,
  methodDuration,
  methodMismatch,
  inventoryDrift,
  schedule,
];

export const RULES_BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((r) => [r.id, r]));

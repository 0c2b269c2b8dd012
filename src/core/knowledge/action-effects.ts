// What each action of the vocabulary (actions.ts, beside this file) does to the organization
// model (README.md, "The format in brief"): one small handler per action, which model.ts's
// applyStep dispatches to. Adding an action means adding its entry here too; an action that
// changes nothing the rules look at says so with `noEffect` (test/unit/action-effects.test.ts
// checks that the table and the vocabulary name the same actions).
import type { OrgState, ServerState } from '../model';
import type { StepEntry } from '../parse';
import type { ServerRole } from './versions';
import { VERSIONS, defaultRoles, versionRank } from './versions';
import { EXCHANGE_ONLINE_TARGET } from './actions';
import { serverUpdated } from '../present-servers';

/** A step as its handler reads it; model.ts supplies it for each step. */
export interface StepFields {
  entry: StepEntry;
  str(key: string): string | undefined;
  num(key: string): number | undefined;
  bool(key: string): boolean | undefined;
  /** The step's `roles`, when it lists them. */
  roles(): ServerRole[] | undefined;
  /**
   * A server field as the step means it: a typo (unknown-server's error) as the server it
   * nearly names, so that one mistake gives one finding, not a cascade.
   */
  server(key: string): string | undefined;
  /** The servers `from` names, each as the step means it; every other server when `from` is missing. */
  sources(): string[];
  /** The mailbox count of a batch's CSV (its rows), when the lint engine can read it. */
  countCsvRows(csvPath: string): number | undefined;
}

/** What a step does to the organization. */
export type StepEffect = (state: OrgState, step: StepFields) => void;

/** For actions that change nothing the model tracks. */
const noEffect: StepEffect = () => undefined;

const updateServer: StepEffect = (state, step) => {
  // Stryker disable next-line StringLiteral: no server is named '' (model.ts skips an entry without a name, install-exchange a step without one), so any name no server has answers the same
  const target = state.servers.get(step.server('server') ?? '');
  if (!target) return;
  target.update = step.str('update') ?? target.update;
  serverUpdated(state.servers, target);
};

const prepareSchema: StepEffect = (state, step) => {
  const v = step.str('version');
  if (versionRank(v) > versionRank(state.schemaPreparedFor)) state.schemaPreparedFor = v;
};

const prepareAd: StepEffect = (state, step) => {
  const v = step.str('version');
  if (versionRank(v) > versionRank(state.adPreparedFor)) state.adPreparedFor = v;
};

const installExchange: StepEffect = (state, step) => {
  const name = step.str('server');
  // A name the organization already has (as Windows compares names) is duplicate-id's error; the present server stays.
  if (!name || state.servers.has(name)) return;
  const version = step.str('version');
  state.servers.set(name, {
    name,
    version,
    update: step.str('update'),
    os: step.str('os'),
    roles: step.roles() ?? defaultRoles(version),
    hybrid: step.bool('hybrid') ?? false,
    hosts: { mailboxes: 0, publicFolders: false, clientAccess: false, transport: false },
    origin: 'installed',
    installedBy: step.entry,
  });
  state.serversRevision++;
  state.retired.delete(name);
};

/** Moves a service that is on or off per server: off every source, onto the target. */
const moveService =
  (key: 'clientAccess' | 'transport'): StepEffect =>
  (state, step) => {
    const to = step.server('to');
    for (const from of step.sources()) {
      const source = state.servers.get(from);
      if (source) source.hosts[key] = false;
    }
    const target = to ? state.servers.get(to) : undefined;
    if (target) target.hosts[key] = true;
  };

const moveMailboxes: StepEffect = (state, step) => {
  const to = step.server('to');
  const count = step.num('count');
  for (const from of step.sources()) {
    const source = state.servers.get(from);
    if (!source) continue;
    const moved = count === undefined ? source.hosts.mailboxes : Math.min(count, source.hosts.mailboxes);
    source.hosts.mailboxes -= moved;
    if (to === EXCHANGE_ONLINE_TARGET) state.onlineMailboxes += moved;
    else {
      const target = to ? state.servers.get(to) : undefined;
      if (target) target.hosts.mailboxes += moved;
    }
  }
};

const migratePublicFolders: StepEffect = (state, step) => {
  const to = step.server('to');
  for (const from of step.sources()) {
    const source = state.servers.get(from);
    if (source) source.hosts.publicFolders = false;
  }
  if (to === EXCHANGE_ONLINE_TARGET) state.publicFoldersOnline = true;
  else {
    const target = to ? state.servers.get(to) : undefined;
    if (target) target.hosts.publicFolders = true;
  }
};

const decommission: StepEffect = (state, step) => {
  const name = step.server('server');
  const retiring = name ? state.servers.get(name) : undefined;
  if (!retiring || !name) return;
  retiring.decommissionedBy = step.entry;
  state.servers.delete(name);
  state.retired.set(name, retiring);
};

const verifyDomain: StepEffect = (state, step) => {
  const domain = step.str('domain');
  if (domain) state.verifiedDomains.add(domain.toLowerCase());
};

const configureOutlookAnywhere: StepEffect = (state, step) => {
  const name = step.server('server');
  if (name) state.outlookAnywhere.set(name, step.str('certificate'));
};

const grantMigrationPermissions: StepEffect = (state) => {
  state.permissionsGranted = true;
};

const createMigrationEndpoint: StepEffect = (state, step) => {
  state.endpoints.add(step.str('type') ?? 'outlook-anywhere');
};

const configureDirectorySync: StepEffect = (state, step) => {
  state.directorySync = step.bool('enabled') ?? true;
};

const runHybridWizard: StepEffect = (state, step) => {
  const name = step.server('server');
  if (!name) return;
  state.hybridWizard = { server: name, step: step.entry };
  const hybrid = state.servers.get(name);
  if (hybrid && !hybrid.hybrid) {
    hybrid.hybrid = true;
    state.serversRevision++;
  }
};

const createMigrationBatch: StepEffect = (state, step) => {
  const name = step.str('batch');
  if (!name) return;
  const csv = step.str('csv');
  const listedCount = step.num('mailboxes');
  state.batches.set(name, {
    name,
    method: step.str('method'),
    csv,
    // A CSV without rows is staged-csv's error; its real size is unknown, not zero.
    mailboxes: listedCount ?? ((csv ? step.countCsvRows(csv) : undefined) || undefined),
    createdBy: step.entry,
  });
};

const startMigrationBatch: StepEffect = (state, step) => {
  // Stryker disable next-line StringLiteral: no batch is named '' (create-migration-batch skips a step without one), so any name no batch has answers the same
  const batch = state.batches.get(step.str('batch') ?? '');
  if (batch) batch.started = step.entry;
};

const convertToMailUsers: StepEffect = (state, step) => {
  // Naming a batch converts its users; without one, the users of every batch created so far.
  const name = step.str('batch');
  const batches = name !== undefined ? [state.batches.get(name)] : [...state.batches.values()];
  for (const batch of batches) if (batch && !batch.converted) batch.converted = step.entry;
};

const completeMigrationBatch: StepEffect = (state, step) => {
  // Stryker disable next-line StringLiteral: no batch is named '' (create-migration-batch skips a step without one), so any name no batch has answers the same
  const batch = state.batches.get(step.str('batch') ?? '');
  if (!batch) return;
  batch.completed = step.entry;
  if (batch.method === 'cutover') {
    for (const s of state.servers.values()) {
      state.onlineMailboxes += s.hosts.mailboxes;
      s.hosts.mailboxes = 0;
    }
  } else if (batch.method === 'staged' || batch.method === 'remote-move') {
    // The listed mailboxes (CSV rows or `mailboxes`), oldest servers first. A remote move
    // with none listed moves all that remain, like move-mailboxes without `count`; so does a
    // staged batch whose CSV cannot be read (staged-csv's error): one mistake, one finding,
    // not a decommission-with-data cascade after it.
    let left = batch.mailboxes ?? Number.POSITIVE_INFINITY;
    for (const s of sortedOldestFirst(state)) {
      const moved = Math.min(left, s.hosts.mailboxes);
      s.hosts.mailboxes -= moved;
      state.onlineMailboxes += moved;
      left -= moved;
    }
  }
};

const switchMx: StepEffect = (state, step) => {
  state.mx = 'exchange-online';
  state.mxSwitchedBy = step.entry;
  for (const s of state.servers.values()) {
    s.hosts.clientAccess = false;
    s.hosts.transport = false;
  }
};

const EFFECTS: Record<string, StepEffect> = {
  'update-server': updateServer,
  'prepare-schema': prepareSchema,
  'prepare-ad': prepareAd,
  'install-exchange': installExchange,
  'move-client-access': moveService('clientAccess'),
  'move-transport': moveService('transport'),
  'move-mailboxes': moveMailboxes,
  'migrate-public-folders': migratePublicFolders,
  decommission,
  'verify-domain': verifyDomain,
  'configure-outlook-anywhere': configureOutlookAnywhere,
  'grant-migration-permissions': grantMigrationPermissions,
  'create-migration-endpoint': createMigrationEndpoint,
  'configure-directory-sync': configureDirectorySync,
  'run-hybrid-wizard': runHybridWizard,
  'create-migration-batch': createMigrationBatch,
  'start-migration-batch': startMigrationBatch,
  'complete-migration-batch': completeMigrationBatch,
  'convert-to-mail-users': convertToMailUsers,
  // The model keeps no licences or Outlook profiles.
  'assign-licenses': noEffect,
  'switch-mx': switchMx,
  'reconfigure-outlook': noEffect,
  // A custom step's meaning is free text: the model cannot know what it changes.
  custom: noEffect,
};

/** Each action's effect on the organization model, by action id (a Map: no inherited keys). */
export const ACTION_EFFECTS: ReadonlyMap<string, StepEffect> = new Map(Object.entries(EFFECTS));

function sortedOldestFirst(state: OrgState): ServerState[] {
  // A stable sort by version rank, by buckets in one pass: a comparator sort of every server
  // at every completed batch dominated the lint of a runbook with a thousand servers.
  const byRank: ServerState[][] = Array.from({ length: VERSIONS.length + 1 }, () => []);
  for (const s of state.servers.values()) byRank[versionRank(s.version) + 1].push(s);
  const sorted: ServerState[] = [];
  for (const bucket of byRank) for (const s of bucket) sorted.push(s);
  return sorted;
}

// Exchange Setup refuses to install a version into an organization that still has servers
// of a version it cannot coexist with (2016 with 2007, 2013 with 2003, SE with 2013...).
// The fix inserts the transition Microsoft prescribes (the Exchange 2007 roadmap): an
// intermediate version that coexists with both, everything moved to it, the old servers
// decommissioned; later steps that named the retired servers then name the new one.
import type { ServerNameSet } from '../util/server-name';
import type { Node } from 'yaml';
import type { PhaseEntry, StepEntry } from '../parse';
import type { YAMLMap } from '../parse';
import type { Hosting, OrgState, ServerState } from '../model';
import type { RuleContext } from '../rule';
import { defineRule } from '../rule';
import type { Fix, TextEdit } from '../types';
import {
  canCoexist,
  coexistenceEntry,
  installableUpdate,
  intermediateVersion,
  lagsBehind,
  newServerBelow,
  updateBeyondCap,
} from '../knowledge/coexistence';
import {
  defaultRoles,
  isVersion,
  updateRank,
  versionRank,
  VERSION_FACTS,
  ExchangeVersion,
} from '../knowledge/versions';
import { HYBRID_SERVER_REQUIREMENTS } from '../knowledge/online';
import type { YamlEntries } from '../fix';
import type { NotReleased, StepWriter } from '../toolkit/steps';
import { isServerName } from '../knowledge/actions';

const VERSIONS_COUNT = 7;

function emptyHosting(): Hosting {
  return { mailboxes: 0, publicFolders: false, clientAccess: false, transport: false };
}

interface Snapshot {
  servers: Map<string, { server: ServerState; hosting: Hosting; update?: string }>;
  schema?: string;
  ad?: string;
}

/** Fields whose value names an existing server and follows it to its replacement (update-server stays: its update is for the old version). */
const REDIRECTED: Record<string, string[]> = {
  'move-client-access': ['from'],
  'move-transport': ['from'],
  'move-mailboxes': ['from'],
  'migrate-public-folders': ['from'],
  decommission: ['server'],
  'configure-outlook-anywhere': ['server'],
  'run-hybrid-wizard': ['server'],
};

/** Replaces whole-word occurrences (names or versions) in a title. */
function replaceWords(text: string, words: string[], replacement: string): string {
  let out = text;
  for (const w of words) {
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'), replacement);
  }
  return out;
}

/** An edit of a map's plain or quoted single-line `title`, keeping its quoting; undefined when nothing changes. */
function titleEdit(context: RuleContext, node: YAMLMap, change: (title: string) => string): TextEdit | undefined {
  const pair = node.items.find((i) => context.source.isScalar(i.key) && i.key.value === 'title');
  const value = pair?.value;
  if (!context.source.isScalar(value) || typeof value.value !== 'string' || !value.range) return undefined;
  const type = value.type;
  if (type !== 'PLAIN' && type !== 'QUOTE_DOUBLE' && type !== 'QUOTE_SINGLE') return undefined;
  const next = change(value.value);
  if (next === value.value) return undefined;
  const text =
    type === 'PLAIN'
      ? context.text.scalar(next)
      : type === 'QUOTE_DOUBLE'
        ? JSON.stringify(next)
        : `'${next.replace(/'/g, "''")}'`;
  return context.fixer.replace(value as unknown as Node, text);
}

export const rule = defineRule({
  id: 'coexistence',
  defaultSeverity: 'error',
  description: {
    en: 'An Exchange version is installed while servers of a version it cannot coexist with remain.',
    sv: 'En Exchange-version installeras medan servrar av en version som den inte kan samexistera med finns kvar.',
  },
  fixable: true,
  tags: ['on-premises'],
  messages: {
    en: {
      blocked:
        'Exchange {version} Setup refuses to run while Exchange {old} servers remain ({servers}). ' +
        'Go through Exchange {via}: install it, move client access, transport, mailboxes and public folders to it, ' +
        'decommission every Exchange {old} server, then install Exchange {version}',
      blockedChain:
        'Exchange {version} Setup refuses to run while Exchange {old} servers remain ({servers}), and no single version bridges the two. ' +
        'Go through Exchange {via} in turn: install each, move client access, transport, mailboxes and public folders to it and ' +
        'decommission the servers before it, then install Exchange {version}',
      blockedNoPath:
        'Exchange {version} Setup refuses to run while Exchange {old} servers remain ({servers}): move their data off and decommission them first',
      fix: 'Insert the transition through Exchange {via} before phase `{phase}`: {install}move everything off {servers} and decommission {count, plural, one {it} other {them}}',
      fixInstall: 'install {server}, ',
      blockedHybrid:
        'Exchange {version} Setup refuses to run while Exchange {old} servers remain ({servers}): the hybrid server of an Exchange {old} organization is {needed}; install one of those instead',
      orLater: '{update} or later',
      notReleased:
        '{message}; no fix is offered: no update of Exchange {version} at {minimum} or later was released by {asOf}',
      installBeyondCap:
        'Exchange {version} {update} Setup refuses to run while Exchange {old} servers remain ({servers}): install Exchange {version} {cap}, the last update whose Setup accepts Exchange {old}, and update to {update} after the last Exchange {old} server is decommissioned',
      updateBeyondCap:
        'Exchange {version} {update} Setup refuses to run while Exchange {old} servers remain ({servers}): keep {server} at {cap} or below until the last Exchange {old} server is decommissioned, then update it',
      fixCap: 'Use {cap} instead of {update}',
    },
    sv: {
      blocked:
        'Installationsprogrammet för Exchange {version} vägrar köras medan Exchange {old}-servrar finns kvar ({servers}). ' +
        'Gå via Exchange {via}: installera den, flytta klientåtkomst, transport, postlådor och gemensamma mappar dit, ' +
        'avveckla alla Exchange {old}-servrar och installera sedan Exchange {version}',
      blockedChain:
        'Installationsprogrammet för Exchange {version} vägrar köras medan Exchange {old}-servrar finns kvar ({servers}), och ingen enskild version överbryggar de två. ' +
        'Gå via Exchange {via} i tur och ordning: installera var och en, flytta klientåtkomst, transport, postlådor och gemensamma mappar dit och ' +
        'avveckla servrarna före den, och installera sedan Exchange {version}',
      blockedNoPath:
        'Installationsprogrammet för Exchange {version} vägrar köras medan Exchange {old}-servrar finns kvar ({servers}): flytta deras data och avveckla dem först',
      fix: 'Infoga övergången via Exchange {via} före fasen `{phase}`: {install}flytta allt från {servers} och avveckla {count, plural, one {den} other {dem}}',
      fixInstall: 'installera {server}, ',
      blockedHybrid:
        'Installationsprogrammet för Exchange {version} vägrar köras medan Exchange {old}-servrar finns kvar ({servers}): hybridservern i en Exchange {old}-organisation är {needed}; installera en av dem i stället',
      orLater: '{update} eller senare',
      notReleased:
        '{message}; ingen åtgärd erbjuds: ingen uppdatering av Exchange {version} på {minimum} eller senare hade släppts den {asOf}',
      installBeyondCap:
        'Installationsprogrammet för Exchange {version} {update} vägrar köras medan Exchange {old}-servrar finns kvar ({servers}): installera Exchange {version} {cap}, den sista uppdateringen vars installationsprogram godtar Exchange {old}, och uppdatera till {update} när den sista Exchange {old}-servern har avvecklats',
      updateBeyondCap:
        'Installationsprogrammet för Exchange {version} {update} vägrar köras medan Exchange {old}-servrar finns kvar ({servers}): låt {server} stanna på {cap} eller lägre tills den sista Exchange {old}-servern har avvecklats, och uppdatera den sedan',
      fixCap: 'Använd {cap} i stället för {update}',
    },
  },
  create(context) {
    const snapshots = new Map<PhaseEntry, Snapshot>();
    const reportedBlockers = new Set<string>();
    return {
      onStep(step, state) {
        if (!snapshots.has(step.phase)) snapshots.set(step.phase, snapshotOf(state));
        if (step.action === 'install-exchange' || step.action === 'update-server') checkUpdateCap(context, step, state);
        if (step.action === 'install-exchange') checkInstall(context, snapshots, reportedBlockers, step, state);
      },
    };
  },
});

function snapshotOf(state: OrgState): Snapshot {
  return {
    servers: new Map(
      [...state.servers.values()].map((s) => [s.name, { server: s, hosting: { ...s.hosts }, update: s.update }]),
    ),
    schema: state.schemaPreparedFor,
    ad: state.adPreparedFor,
  };
}

/** The chain of intermediate versions from the present servers to `version` (2016 over 2007: [2013]; SE over 2007: [2013, 2019]). */
function chainFor(version: ExchangeVersion, present: (string | undefined)[]): ExchangeVersion[] | undefined {
  const chain: ExchangeVersion[] = [];
  let versions = present.filter((v): v is string => isVersion(v));
  while (versions.some((v) => !canCoexist(version, v))) {
    const via = intermediateVersion(version, versions);
    if (!via || chain.length > VERSIONS_COUNT) return undefined;
    chain.push(via);
    versions = [...versions.filter((v) => canCoexist(version, v) && canCoexist(via, v)), via];
  }
  return chain;
}

/** Versions in ascending order, each once. */
function ascendingVersions(servers: ServerState[]): string[] {
  return [...new Set(servers.map((b) => b.version!))].sort((a, b) => versionRank(a) - versionRank(b));
}

/** An install of a version that cannot coexist with present servers: the finding, with the transition as its fix. */
function checkInstall(
  context: RuleContext,
  snapshots: Map<PhaseEntry, Snapshot>,
  reportedBlockers: Set<string>,
  step: StepEntry,
  state: OrgState,
): void {
  const version = context.source.string(step.node, 'version');
  if (!isVersion(version)) return;
  // The present versions say whether any server blocks, without a look at every server at every install.
  if (!context.servers.versions(state.servers).some((v) => isVersion(v) && !canCoexist(version, v))) return;
  const blockers = [...state.servers.values()].filter((s) => isVersion(s.version) && !canCoexist(version, s.version));
  // A second install blocked by the same servers is the same mistake: one finding, whose fix covers both.
  if (!blockers.length || blockers.every((b) => reportedBlockers.has(b.name))) return;
  for (const b of blockers) reportedBlockers.add(b.name);
  const oldVersions = ascendingVersions(blockers);
  const chain = chainFor(
    version,
    [...state.servers.values()].map((s) => s.version),
  );
  const args = {
    version,
    old: context.text.list(oldVersions),
    servers: blockers.map((b) => b.name).join(', '),
    via: chain ? context.text.list(chain) : '',
  };
  const { fix, notReleased } = transitionFix(context, snapshots, step, version, blockers);
  const hybrid = hybridRequirement(context, oldVersions);
  const needed = hybrid ? hybridOptionsText(context, hybrid) : '';
  const messageId = blockedMessageId(hybrid !== undefined, chain);
  context.report({
    range: context.range.line(step),
    step,
    ...(notReleased
      ? {
          messageId: 'notReleased',
          args: {
            message: context.message(messageId, { ...args, needed }),
            version: notReleased.version,
            minimum: notReleased.minimum,
            asOf: context.asOf,
          },
        }
      : { messageId, args: { ...args, needed } }),
    ...(fix ? { fix } : {}),
    data: {
      via: chain?.[0],
      chain,
      blockers: blockers.map((b) => b.name),
      sources: oldVersions.map((o) => coexistenceEntry(version, o)?.source),
      endOfSupport: VERSION_FACTS[version].endOfSupport,
    },
  });
}

/** The transition fix, or why there is none: an update it needs was not released by the runbook's date. */
function transitionFix(
  context: RuleContext,
  snapshots: Map<PhaseEntry, Snapshot>,
  step: StepEntry,
  version: ExchangeVersion,
  blockers: ServerState[],
): { fix?: Fix; notReleased?: NotReleased } {
  // In an Exchange Online runbook the old servers' mailboxes go to the tenant, not to
  // an on-premises transition server: hybrid-server and method-mismatch guide that case.
  if (context.facts.target.platform === 'exchange-online') return {};
  try {
    return { fix: buildFix(context, snapshots, step, version, blockers) };
  } catch (error) {
    // An update the transition needs was not released by the runbook's date: no fix, and the message says so.
    // Any other failure is a fix that cannot be computed from odd input: left out, never a crash.
    return context.releases.isNotReleased(error) ? { notReleased: error } : {};
  }
}

/** In an Exchange Online runbook the install is a hybrid server: which versions can be one. */
function hybridRequirement(context: RuleContext, oldVersions: string[]) {
  return context.facts.target.platform === 'exchange-online'
    ? HYBRID_SERVER_REQUIREMENTS.find((r) => oldVersions.includes(r.organization))
    : undefined;
}

function hybridOptionsText(context: RuleContext, hybrid: (typeof HYBRID_SERVER_REQUIREMENTS)[number]): string {
  return context.text.list(
    hybrid.options.map(
      (o) => `Exchange ${o.version}${o.minUpdate ? ` (${context.message('orLater', { update: o.minUpdate })})` : ''}`,
    ),
    'or',
  );
}

function blockedMessageId(hybrid: boolean, chain: ExchangeVersion[] | undefined): string {
  if (hybrid) return 'blockedHybrid';
  if (!chain) return 'blockedNoPath';
  return chain.length > 1 ? 'blockedChain' : 'blocked';
}

/** A present server as the inserted phases see it: its own state, and what it hosts by then. */
interface Planned {
  server: ServerState;
  hosting: Hosting;
}

/** The organization as the inserted phases leave it, hop by hop, and the phases so far. */
interface TransitionPlan {
  present: Planned[];
  schema?: string;
  ad?: string;
  phases: YamlEntries[];
  /** The intermediate versions, one per hop. */
  chain: string[];
  /** Servers the fix installs. */
  installed: string[];
  /** The server that takes the load last: later steps that named a blocker name it. */
  target: string;
  targetIsNew: boolean;
}

/** The transition before the blocked install's phase, and later steps redirected to its last server. */
function buildFix(
  context: RuleContext,
  snapshots: Map<PhaseEntry, Snapshot>,
  step: StepEntry,
  version: ExchangeVersion,
  blockers: ServerState[],
): Fix | undefined {
  const phaseStart = snapshots.get(step.phase);
  if (!phaseStart) return undefined;
  // Servers installed inside the offending phase itself cannot be moved out before it.
  if (blockers.some((b) => !phaseStart.servers.has(b.name))) return undefined;
  const originalNames = context.servers.nameSet(blockers.map((b) => b.name));
  const plan = planTransition(context, phaseStart, version, originalNames);
  if (!plan) return undefined;
  const edits: TextEdit[] = [context.fixer.insertPhasesBefore(step.phase, plan.phases)];
  edits.push(
    ...redirect(context, step.phase, originalNames, plan.target, plan.targetIsNew, {
      old: [...new Set(blockers.map((b) => b.version!))],
      replacement: plan.chain[plan.chain.length - 1],
    }),
  );
  const names = blockers.map((b) => b.name);
  return {
    title: context.message('fix', {
      via: context.text.list(plan.chain),
      phase: step.phase.id ?? String(step.phase.index + 1),
      install: plan.installed.length
        ? context.message('fixInstall', { server: context.text.list(plan.installed) })
        : '',
      servers: context.text.list(names),
      count: names.length,
    }),
    edits,
  };
}

/** Hop after hop until nothing blocks `version`; undefined when no version bridges a hop. */
function planTransition(
  context: RuleContext,
  phaseStart: Snapshot,
  version: ExchangeVersion,
  originalNames: ServerNameSet,
): TransitionPlan | undefined {
  const writer = context.fixer.steps;
  const taken = serverNamesOf(context);
  const plan: TransitionPlan = {
    present: [...phaseStart.servers.values()].map((p) => ({
      server: { ...p.server, update: p.update },
      hosting: { ...p.hosting },
    })),
    schema: phaseStart.schema,
    ad: phaseStart.ad,
    phases: [],
    chain: [],
    installed: [],
    target: '',
    targetIsNew: false,
  };
  let hopBlockers = plan.present.filter((p) => originalNames.has(p.server.name));
  for (let hop = 0; hopBlockers.length; hop++) {
    const via = intermediateVersion(
      version,
      plan.present.map((p) => p.server.version ?? ''),
    );
    if (!via || hop > VERSIONS_COUNT) return undefined;
    planHop(context, writer, taken, plan, via, hopBlockers);
    hopBlockers = plan.present.filter((p) => !canCoexist(version, p.server.version));
  }
  return plan.target ? plan : undefined;
}

/** One hop: bring the servers up to what `via` needs, install it (or reuse one), move everything off the blockers, retire them. */
function planHop(
  context: RuleContext,
  writer: StepWriter,
  taken: ServerNameSet,
  plan: TransitionPlan,
  via: ExchangeVersion,
  hopBlockers: Planned[],
): void {
  plan.chain.push(via);
  const blockerNames = new Set(hopBlockers.map((b) => b.server.name));
  const oldVersions = ascendingVersions(hopBlockers.map((b) => b.server));
  const loads = context.servers.loads.filter((load) => hopBlockers.some((b) => context.servers.hosts(b.hosting, load)));
  // An intermediate server already in the organization takes the load when it can.
  const reuse = plan.present.find(
    (p) =>
      p.server.version === via &&
      !blockerNames.has(p.server.name) &&
      loads.every((l) => context.servers.canTake(p.server, l)),
  );
  const roles = via === '2013' ? ['mailbox', 'clientAccess'] : defaultRoles(via);
  const name =
    reuse?.server.name ?? deriveServerName(hopBlockers[0].server.name, hopBlockers[0].server.version, via, taken);
  taken.add(name);
  const viaUpdate = updateToInstall(context, plan.present, via);
  const first = updatesBefore(context, writer, plan.present, hopBlockers, via);
  if (!reuse) first.push(...installIntermediate(writer, plan, name, via, viaUpdate, roles));
  const ordered = [...hopBlockers].sort(
    (a, b) => Number(b.server.roles.includes('mailbox')) - Number(a.server.roles.includes('mailbox')),
  );
  const moves = writer.movesOff(ordered, name);
  const retire = ordered.map((b) => writer.decommission(b.server.name, b.server.version));
  plan.phases.push(...hopPhases(context, writer, via, oldVersions, first, moves, retire));

  const receiver: Planned = reuse ?? {
    server: {
      name,
      version: via,
      roles: roles as ServerState['roles'],
      update: viaUpdate,
      hybrid: false,
      hosts: emptyHosting(),
      origin: 'installed',
    },
    hosting: emptyHosting(),
  };
  for (const load of loads) {
    if (load === 'mailboxes') receiver.hosting.mailboxes += hopBlockers.reduce((n, b) => n + b.hosting.mailboxes, 0);
    else receiver.hosting[load] = true;
  }
  plan.present = [...plan.present.filter((p) => !blockerNames.has(p.server.name) && p !== reuse), receiver];
  plan.target = name;
  plan.targetIsNew = !reuse;
}

/**
 * The update of `via` to install. Not always the latest: 2019 CU15 Setup no longer accepts 2013
 * (knowledge/coexistence.ts). Only an update released by the runbook's date
 * (knowledge/releases.ts), at least what joining the organization needs.
 */
function updateToInstall(context: RuleContext, present: Planned[], via: ExchangeVersion): string {
  const viaMinimum = newServerBelow(
    via,
    present.map((p) => p.server.version),
    'RTM',
  );
  const viaLatest = context.releases.required(via, viaMinimum);
  return installableUpdate(
    via,
    present.map((p) => p.server.version),
    viaLatest,
  );
}

/** Updates present servers need before `via` joins (and their planned update afterwards). */
function updatesBefore(
  context: RuleContext,
  writer: StepWriter,
  present: Planned[],
  hopBlockers: Planned[],
  via: ExchangeVersion,
): YamlEntries[] {
  const steps: YamlEntries[] = [];
  for (const p of present) {
    const minimum = lagsBehind(via, p.server.version, p.server.update);
    if (!minimum) {
      // Public folders that move to a modern (2013+) server need their source at 2007 SP3 RU15 / 2010 SP3 RU8.
      const pfUpdate =
        p.hosting.publicFolders && hopBlockers.includes(p) ? writer.publicFolderUpdate(p.server, via) : undefined;
      if (pfUpdate) {
        steps.push(pfUpdate);
        p.server.update = context.releases.latest(p.server.version!);
      }
      continue;
    }
    const update = context.releases.required(p.server.version!, minimum);
    steps.push(writer.update(p.server, update, via, minimum));
    p.server.update = update;
  }
  return steps;
}

/** Schema and AD preparation when the organization is not prepared for `via` yet, then its install. */
function installIntermediate(
  writer: StepWriter,
  plan: TransitionPlan,
  name: string,
  via: ExchangeVersion,
  viaUpdate: string,
  roles: string[],
): YamlEntries[] {
  const steps: YamlEntries[] = [];
  if (versionRank(plan.schema) < versionRank(via)) steps.push(writer.prepareSchema(via));
  if (versionRank(plan.ad) < versionRank(via)) steps.push(writer.prepareAd(via));
  steps.push(writer.install(name, via, viaUpdate, roles));
  plan.installed.push(name);
  plan.schema = versionRank(plan.schema) < versionRank(via) ? via : plan.schema;
  plan.ad = versionRank(plan.ad) < versionRank(via) ? via : plan.ad;
  return steps;
}

/** A hop's phases: install (when it has steps), move (when anything moves), retire. */
function hopPhases(
  context: RuleContext,
  writer: StepWriter,
  via: string,
  oldVersions: string[],
  first: YamlEntries[],
  moves: YamlEntries[],
  retire: YamlEntries[],
): YamlEntries[] {
  const oldText = context.text.list(oldVersions);
  const phases: YamlEntries[] = [];
  if (first.length)
    phases.push(
      writer.phase(`transition-${via}`, writer.text('phase.transition.install', { version: via, old: oldText }), first),
    );
  if (moves.length)
    phases.push(
      writer.phase(`move-to-${via}`, writer.text('phase.transition.move', { version: via, old: oldText }), moves),
    );
  phases.push(
    writer.phase(`retire-${oldVersions.join('-')}`, writer.text('phase.transition.retire', { old: oldText }), retire),
  );
  return phases;
}

/** Per phase: how many server references it has, and how many now name the replacement. */
type ReferenceCounts = Map<PhaseEntry, { total: number; redirected: number }>;

/** Later steps that name a retired server name its replacement; a second decommission of the same replacement goes. */
function redirect(
  context: RuleContext,
  phase: PhaseEntry,
  retired: ServerNameSet,
  target: string,
  targetIsNew: boolean,
  versions: { old: string[]; replacement: string },
): TextEdit[] {
  const parsed = context.parsed;
  const edits: TextEdit[] = [];
  const refs: ReferenceCounts = new Map();
  let decommissionTaken = !targetIsNew;
  const from = phase.steps[0]?.index ?? Number.MAX_SAFE_INTEGER;
  const removed = new Set<StepEntry>();
  for (const step of parsed.steps) {
    if (step.index < from) continue;
    const fields = REDIRECTED[step.action ?? ''];
    if (!fields) continue;
    if (step.action === 'decommission') {
      const name = context.source.string(step.node, 'server');
      if (context.servers.same(name, target)) decommissionTaken = true;
      if (!name || !retired.has(name)) continue;
      if (decommissionTaken) {
        removed.add(step);
        continue;
      }
      decommissionTaken = true;
    }
    edits.push(...redirectStep(context, step, fields, retired, target, refs));
  }
  // A phase whose every server reference now names the replacement is about its version:
  // "Retire Exchange 2007" becomes "Retire Exchange 2013".
  if (versions.old.length === 1)
    edits.push(...retitlePhases(context, refs, removed, versions.old, versions.replacement));
  edits.push(...removeSteps(context, removed));
  return edits;
}

/** One step's server fields (and its title) naming `target` instead of a retired server. */
function redirectStep(
  context: RuleContext,
  step: StepEntry,
  fields: string[],
  retired: ServerNameSet,
  target: string,
  refs: ReferenceCounts,
): TextEdit[] {
  const edits: TextEdit[] = [];
  const count = refs.get(step.phase) ?? (refs.set(step.phase, { total: 0, redirected: 0 }), refs.get(step.phase)!);
  let touched = false;
  for (const field of fields) {
    const values = context.source.strings(step.node, field);
    count.total += values.length;
    if (!values.some((v) => retired.has(v.value))) continue;
    touched = true;
    count.redirected += values.filter((v) => retired.has(v.value)).length;
    edits.push(...redirectField(context, step.node.get(field, true), values, retired, target));
  }
  // A step title that names the retired server names the replacement.
  const title = touched ? titleEdit(context, step.node, (t) => replaceWords(t, [...retired], target)) : undefined;
  if (title) edits.push(title);
  return edits;
}

/** A field's retired names replaced; a list that would name the target twice is rewritten once each. */
function redirectField(
  context: RuleContext,
  node: unknown,
  values: { value: string; node: Node }[],
  retired: ServerNameSet,
  target: string,
): TextEdit[] {
  const each = () =>
    values.filter((v) => retired.has(v.value)).map((v) => context.fixer.replace(v.node, context.text.scalar(target)));
  if (!context.source.isSeq(node)) return each();
  const names = values.map((v) => (retired.has(v.value) ? target : v.value));
  const unique = [...new Set(names)];
  if (unique.length === names.length) return each();
  return [context.fixer.replace(node as Node, `[${unique.map((n) => context.text.scalar(n)).join(', ')}]`)];
}

function retitlePhases(
  context: RuleContext,
  refs: ReferenceCounts,
  removed: Set<StepEntry>,
  old: string[],
  replacement: string,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [p, n] of refs) {
    if (n.total === 0 || n.redirected !== n.total || p.steps.every((s) => removed.has(s))) continue;
    const title = titleEdit(context, p.node, (t) => replaceWords(t, old, replacement));
    if (title) edits.push(title);
  }
  return edits;
}

/** The removed steps go; a phase left without steps goes with them (a phase needs at least one step). */
function removeSteps(context: RuleContext, removed: Set<StepEntry>): TextEdit[] {
  const parsed = context.parsed;
  const edits: TextEdit[] = [];
  for (const p of parsed.phases) {
    const own = p.steps.filter((s) => removed.has(s));
    if (!own.length) continue;
    if (own.length === p.steps.length) edits.push(context.fixer.deleteItem(p.node));
    else for (const s of own) edits.push(context.fixer.deleteItem(s.node));
  }
  return edits;
}

/** An install of, or update to, an update whose Setup refuses the present versions (2019 CU15+ next to 2013). */
function checkUpdateCap(context: RuleContext, step: StepEntry, state: OrgState): void {
  const install = step.action === 'install-exchange';
  const updated = install ? undefined : state.servers.get(context.source.string(step.node, 'server') ?? '');
  const version = install ? context.source.string(step.node, 'version') : updated?.version;
  const updateNode = context.source.node(step.node, 'update');
  const update = context.source.string(step.node, 'update');
  const range = context.source.range(updateNode);
  if (!isVersion(version) || !update || !range || (!install && !updated)) return;
  const beyond = updateBeyondCap(version, update, context.servers.versions(state.servers));
  if (!beyond) return;
  const blockers = [...state.servers.values()].filter((s) => s.version === beyond.present);
  // An update-server already at or above the cap cannot be lowered by a fix; the message says what to do.
  const lowerable =
    install || (updateRank(version, updated?.update) ?? Infinity) < (updateRank(version, beyond.cap) ?? -1);
  context.report({
    range,
    step,
    messageId: install ? 'installBeyondCap' : 'updateBeyondCap',
    args: {
      version,
      update,
      old: beyond.present,
      servers: blockers.map((b) => b.name).join(', '),
      cap: beyond.cap,
      server: updated?.name ?? '',
    },
    ...(lowerable && updateNode
      ? {
          fix: {
            title: context.message('fixCap', { cap: beyond.cap, update }),
            edits: [context.fixer.replace(updateNode, context.text.scalar(beyond.cap))],
          },
        }
      : {}),
    data: {
      cap: beyond.cap,
      blockers: blockers.map((b) => b.name),
      sources: [coexistenceEntry(version, beyond.present)?.source],
    },
  });
}

/** Every server name the runbook uses anywhere: listed, or installed by a step. */
function serverNamesOf(context: RuleContext): ServerNameSet {
  const parsed = context.parsed;
  const names = context.servers.nameSet();
  for (const s of parsed.servers) if (s.name) names.add(s.name);
  for (const step of parsed.steps) {
    if (step.action !== 'install-exchange') continue;
    const name = context.source.string(step.node, 'server');
    if (name) names.add(name);
  }
  return names;
}

function twoDigits(version: string): string {
  return version === 'SE' ? 'SE' : version.slice(2);
}

/**
 * A name for a new server of `version`, in the style of an existing server's name:
 * NW-EX07 → NW-EX13-01, FAB-EX07-MBX → FAB-EX13-01, EX2007 → EX2013-01; otherwise EX13-01.
 * The number goes up until the name is free.
 */
export function deriveServerName(
  model: string | undefined,
  modelVersion: string | undefined,
  version: string,
  taken: ServerNameSet,
): string {
  let stem = `EX${twoDigits(version)}`;
  // A model name the format refuses (a zero-width space in it) is not copied into a new one.
  if (model && isServerName(model) && modelVersion && isVersion(modelVersion) && modelVersion !== 'SE') {
    const long = modelVersion;
    const short = twoDigits(modelVersion);
    const pattern = new RegExp(`(?<![0-9])(${long}|${short})(?![0-9])`, 'g');
    let match: RegExpExecArray | null;
    let last: RegExpExecArray | undefined;
    while ((match = pattern.exec(model))) last = match;
    if (last) {
      const token = last[1].length === 4 && version !== 'SE' ? version : twoDigits(version);
      stem = model.slice(0, last.index) + token;
    }
  }
  for (let n = 1; ; n++) {
    const name = `${stem}-${String(n).padStart(2, '0')}`;
    if (!taken.has(name)) return name;
  }
}

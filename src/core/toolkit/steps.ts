// The documented steps fixes insert: meaningful ids (unique in the file), titles and notes
// in the runbook's locale (from knowledge/procedures.ts), at an update released by the
// runbook's date. Every rule that inserts a step writes it here, so the same step reads
// the same whichever rule adds it.
import type { ParsedRunbook } from '../parse';
import type { YamlEntries } from '../fix';
import type { Hosting, OrgState, ServerState } from '../model';
import type { Locale } from '../types';
import { isVersion, updateAtLeast, versionRank } from '../knowledge/versions';
import { latestReleased } from '../knowledge/releases';
import { HybridServerRequirement, PUBLIC_FOLDERS_TO_MODERN } from '../knowledge/online';
import { platformOf, windowsName } from '../knowledge/platform';
import { LINKS, licenceSwitch, listText, prepareLink, procedureText } from '../knowledge/procedures';
import { hosts, Load, LOADS, receiverFor } from './servers';

/** Hands out ids that are unique in the file (phase and step ids share one namespace here, to be safe). */
class IdAllocator {
  private readonly taken = new Set<string>();
  /** Per base, the suffix tried last: every lower one was taken then and still is (ids are never given back). */
  private readonly suffix = new Map<string, number>();
  constructor(parsed: ParsedRunbook) {
    for (const phase of parsed.phases) if (phase.id) this.taken.add(phase.id);
    for (const step of parsed.steps) if (step.id) this.taken.add(step.id);
  }
  next(base: string): string {
    const clean = kebab(base);
    let id = clean;
    // Counting on from the last suffix of this base, not from 2: thousands of inserted moves
    // with one base made each id a scan of all before it.
    for (let n = this.suffix.get(clean) ?? 2; this.taken.has(id); n++) {
      id = `${clean}-${n}`;
      this.suffix.set(clean, n);
    }
    this.taken.add(id);
    return id;
  }
}

const allocators = new WeakMap<ParsedRunbook, IdAllocator>();

/**
 * One allocator per parse: every fix computed in one lint draws from it, so fixes that
 * fixAll applies together (two decommissions emptied in one pass) never share an id.
 */
function idsFor(parsed: ParsedRunbook): IdAllocator {
  let ids = allocators.get(parsed);
  if (!ids) allocators.set(parsed, (ids = new IdAllocator(parsed)));
  return ids;
}

function kebab(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'step'
  );
}

const MOVE_ACTION: Record<Load, string> = {
  clientAccess: 'move-client-access',
  transport: 'move-transport',
  mailboxes: 'move-mailboxes',
  publicFolders: 'migrate-public-folders',
};

/** Builds the text of inserted steps in the runbook's locale. */
export class StepWriter {
  constructor(
    readonly parsed: ParsedRunbook,
    readonly locale: Locale,
    /** The runbook's date: inserted updates are ones released by then. */
    readonly asOf: string,
  ) {
    this.ids = idsFor(parsed);
  }

  private readonly ids: IdAllocator;

  private t(id: Parameters<typeof procedureText>[1], args: Record<string, string | number> = {}): string {
    return procedureText(this.locale, id, args);
  }

  prepareSchema(version: string): YamlEntries {
    return this.prepare('prepare-schema', version);
  }

  prepareAd(version: string): YamlEntries {
    return this.prepare('prepare-ad', version);
  }

  private prepare(action: 'prepare-schema' | 'prepare-ad', version: string): YamlEntries {
    const args = { version, licence: licenceSwitch(version), link: prepareLink(version) };
    return [
      ['action', action],
      ['version', version],
      ['id', this.ids.next(`${action}-${version}`)],
      ['title', this.t(`${action}.title`, { version })],
      ['notes', { block: this.t(`${action}.notes`, args) }],
    ];
  }

  /** An install; `hybrid` marks the server that runs the Hybrid Configuration Wizard. */
  install(server: string, version: string, update: string, roles: string[], hybrid = false): YamlEntries {
    const os = platformOf(version)?.os.map((o) => windowsName(o.os));
    return [
      ['action', 'install-exchange'],
      ['server', server],
      ['version', version],
      ['update', update],
      ['roles', roles],
      ...(hybrid ? ([['hybrid', true]] as YamlEntries) : []),
      ['id', this.ids.next(`install-${server}`)],
      [
        'title',
        this.t(hybrid ? 'install-exchange.hybridTitle' : 'install-exchange.title', { version, update, server }),
      ],
      [
        'notes',
        {
          block: this.t('install-exchange.notes', {
            version,
            update,
            roles: listText(
              this.locale,
              roles.map((r) => this.t(`roles.${r}` as Parameters<typeof procedureText>[1])),
            ),
            os: os && os.length ? listText(this.locale, os, 'or') : this.t('os.any'),
            checklist: LINKS.checklist2013,
            requirements: LINKS.systemRequirements,
          }),
        },
      ],
    ];
  }

  /** A move of one load from one or more servers. */
  move(load: Load, from: ServerState[], to: string): YamlEntries {
    const names = from.map((s) => s.name);
    const fromValue: string | string[] = names.length === 1 ? names[0] : names;
    const fromText = listText(this.locale, names);
    const action = MOVE_ACTION[load];
    let notes: string;
    if (load === 'clientAccess') {
      const legacy = from.some((s) => versionRank(s.version) < versionRank('2013'));
      notes = legacy
        ? this.t('move-client-access.notes', {
            to,
            outlookAnywhere: LINKS.outlookAnywhere2013,
            certificates: LINKS.certificates2013,
          })
        : this.t('move-client-access.modern', { to, certificates: LINKS.certificates2013 });
    } else if (load === 'transport') {
      notes = this.t('move-transport.notes', { from: fromText, to, checklist: LINKS.checklist2013 });
    } else if (load === 'mailboxes') {
      const arbitration = from.some((s) => versionRank(s.version) >= versionRank('2010'))
        ? this.t('move-mailboxes.arbitration')
        : '';
      notes = this.t('move-mailboxes.notes', { arbitration, link: LINKS.newMoveRequest });
    } else {
      const legacy = from.some((s) => versionRank(s.version) < versionRank('2013'));
      notes = legacy
        ? this.t('migrate-public-folders.legacy', { link: LINKS.legacyPublicFolders })
        : this.t('migrate-public-folders.modern', { from: fromText, link: LINKS.modernPublicFolders });
    }
    return [
      ['action', action],
      ['from', fromValue],
      ['to', to],
      ['id', this.ids.next(`${action}-to-${to}`)],
      ['title', this.t(`${action}.title` as Parameters<typeof procedureText>[1], { from: fromText, to })],
      ['notes', { block: notes }],
    ];
  }

  decommission(server: string, version?: string): YamlEntries {
    const order = version === '2007' ? this.t('decommission.order2007') : '';
    return [
      ['action', 'decommission'],
      ['server', server],
      ['id', this.ids.next(`decommission-${server}`)],
      ['title', this.t('decommission.title', { server })],
      ['notes', { block: this.t('decommission.notes', { link: LINKS.decommission, order }) }],
    ];
  }

  update(server: ServerState, update: string, installing: string, minimum: string): YamlEntries {
    return this.updateStep(server, update, 'update-server.notes', { installing, minimum });
  }

  /** An `update-server` step; its notes are `notesId` with the version, update, how and link filled in. */
  private updateStep(
    server: ServerState,
    update: string,
    notesId: 'update-server.notes' | 'update-server.notesPublicFolders',
    args: Record<string, string>,
  ): YamlEntries {
    const version = server.version ?? '';
    const how = /^CU/i.test(update)
      ? this.t('update-server.how.cu', { licence: licenceSwitch(version, update) })
      : this.t('update-server.how.sp');
    return [
      ['action', 'update-server'],
      ['server', server.name],
      ['update', update],
      ['id', this.ids.next(`update-${server.name}`)],
      ['title', this.t('update-server.title', { server: server.name, version, update })],
      ['notes', { block: this.t(notesId, { version, update, ...args, how, link: LINKS.cumulativeUpdates }) }],
    ];
  }

  /**
   * An update of a public folder source below what the batch migration to modern public
   * folders needs (2007 SP3 RU15, 2010 SP3 RU8), to go before its public folders move to
   * Exchange 2013 or later; undefined when it has enough (or its update is unknown).
   */
  publicFolderUpdate(server: ServerState, toVersion: string | undefined): YamlEntries | undefined {
    const minimum = server.version
      ? PUBLIC_FOLDERS_TO_MODERN.sources[server.version as keyof typeof PUBLIC_FOLDERS_TO_MODERN.sources]
      : undefined;
    if (
      !minimum ||
      versionRank(toVersion) < versionRank('2013') ||
      updateAtLeast(server.version!, server.update, minimum) !== false
    )
      return undefined;
    const update = latestUpdate(server.version!, this.asOf, minimum);
    if (!update) throw new NotReleased(server.version!, minimum);
    return this.updateStep(server, update, 'update-server.notesPublicFolders', { minimum });
  }

  /** Steps that move every load the servers host (per `hosting`) to `to`, in the documented order. */
  movesOff(servers: { server: ServerState; hosting: Hosting }[], to: string): YamlEntries[] {
    const steps: YamlEntries[] = [];
    for (const load of LOADS) {
      const from = servers.filter((s) => hosts(s.hosting, load)).map((s) => s.server);
      if (from.length) steps.push(this.move(load, from, to));
    }
    return steps;
  }

  /**
   * Moves that empty `server` onto the newest other servers, not in `excluded`, that can
   * take each load; undefined when some load has nowhere to go. Throws NotReleased when the
   * public folders need an update of `server` that was not released by the runbook's date
   * (the caller says so in its message). Give calls that exclude the same names the same
   * set (receiverFor keeps its order per set).
   */
  movesToEmpty(state: OrgState, server: ServerState, excluded: ReadonlySet<string>): YamlEntries[] | undefined {
    const steps: YamlEntries[] = [];
    for (const load of LOADS) {
      if (!hosts(server.hosts, load)) continue;
      const receiver = receiverFor(state, load, excluded, server.name);
      if (!receiver) return undefined;
      const pfUpdate = load === 'publicFolders' ? this.publicFolderUpdate(server, receiver.version) : undefined;
      if (pfUpdate) steps.push(pfUpdate);
      steps.push(this.move(load, [server], receiver.name));
    }
    return steps;
  }

  phase(idBase: string, title: string, steps: YamlEntries[]): YamlEntries {
    return [
      ['id', this.ids.next(idBase)],
      ['title', title],
      ['steps', steps],
    ];
  }

  /**
   * The steps that bring in a hybrid server at `update`: schema and AD preparation when the
   * organization lacks them for its version, then the install.
   */
  hybridServer(state: OrgState, requirement: HybridServerRequirement, name: string, update: string): YamlEntries[] {
    const { version, roles } = requirement.install;
    const steps: YamlEntries[] = [];
    if (versionRank(state.schemaPreparedFor) < versionRank(version)) steps.push(this.prepareSchema(version));
    if (versionRank(state.adPreparedFor) < versionRank(version)) steps.push(this.prepareAd(version));
    steps.push(this.install(name, version, update, [...roles], true));
    return steps;
  }

  text(id: Parameters<typeof procedureText>[1], args: Record<string, string | number> = {}): string {
    return this.t(id, args);
  }
}

/**
 * The update inserted installs and updates use: the latest one released on or before `asOf`
 * that is at least `minimum` (knowledge/releases.ts); undefined when none was released then.
 */
export function latestUpdate(version: string, asOf: string, minimum?: string): string | undefined {
  return isVersion(version) ? latestReleased(version, asOf, minimum) : 'RTM';
}

/** Thrown inside a fix that needs an update not released by `asOf`: the fix is not offered, and the message says why. */
export class NotReleased extends Error {
  constructor(
    readonly version: string,
    readonly minimum: string,
  ) {
    super(`no update of Exchange ${version} at ${minimum} or later released`);
  }
}

/** Released updates on a rule's context (../rule.ts), judged at the runbook's date. */
export interface Releases {
  /** The latest update of `version` released by the runbook's date that is at least `minimum`. */
  latest(version: string, minimum?: string): string | undefined;
  /** As `latest`, or throws the NotReleased that `isNotReleased` recognizes (a fix that cannot be offered). */
  required(version: string, minimum: string | undefined): string;
  isNotReleased(error: unknown): error is NotReleased;
}

export function releasesAt(asOf: string): Releases {
  return {
    latest: (version, minimum) => latestUpdate(version, asOf, minimum),
    required(version, minimum) {
      const update = latestUpdate(version, asOf, minimum);
      if (!update) throw new NotReleased(version, minimum ?? 'RTM');
      return update;
    },
    isNotReleased: (error): error is NotReleased => error instanceof NotReleased,
  };
}

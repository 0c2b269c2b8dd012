// The runbook the assistant writes, as it is being built: the servers present at each point,
// the phases and steps so far, and the names already taken; plus the organization's
// servers as the runbook lists them before any step (generate.ts puts the pieces together).
import { LINKS, procedureText } from '../knowledge/procedures';
import { PLATFORM } from '../knowledge/platform';
import { installableUpdate } from '../knowledge/coexistence';
import { latestReleased } from '../knowledge/releases';
import { defaultRoles, ExchangeVersion, ServerRole, updateAtLeast, VERSION_FACTS } from '../knowledge/versions';
import type { Locale } from '../types';
import { sortVersions } from './decide';
import { say } from './text';
import { Answers } from './types';
import { YamlPhase, YamlValue } from './yaml';

const RGC = 'https://learn.microsoft.com/powershell/module/exchangepowershell/remove-routinggroupconnector';

export interface Server {
  name: string;
  version: ExchangeVersion;
  update: string;
  os: string;
  roles: ServerRole[];
  mailboxes: number;
  publicFolders: boolean;
  hybrid: boolean;
  /** False for an inventory server known only by AdminDisplayVersion: its RU/SU is unknown. */
  updateExact?: boolean;
}

// ---- names -----------------------------------------------------------------------------

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/ß/g, 'ss');
}

/** A move's fields: `from` (one server's name, or the list of them) and `to`. */
export function fromTo(from: string[], to: string): [string, YamlValue][] {
  return [
    ['from', from.length === 1 ? from[0] : from],
    ['to', to],
  ];
}

/** `Tailspin Toys` → `TT`, `Fabrikam` → `FAB`: the prefix of the organization's server names. */
export function serverPrefix(name: string): string {
  const words = fold(name)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return 'EX';
  const prefix =
    words.length > 1
      ? words
          .slice(0, 4)
          .map((w) => w[0])
          .join('')
      : words[0].slice(0, 3);
  return prefix.toUpperCase();
}

/** `Tailspin Toys` → `tailspin-toys`: file names. */
export function slugOf(name: string): string {
  const slug = fold(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'exchange';
}

export function shortVersion(version: ExchangeVersion): string {
  return version === 'SE' ? 'SE' : version.slice(2);
}

/**
 * The Windows Server a new server of this version goes on: the newest that `update` supports
 * (Exchange 2019 before CU14 does not run on Windows Server 2025, knowledge/platform.ts).
 */
export function osFor(version: ExchangeVersion, update: string): string {
  const list = (PLATFORM[version]?.os ?? []).filter(
    (o) => o.needsUpdate === undefined || updateAtLeast(version, update, o.needsUpdate) === true,
  );
  return list.length > 0 ? list[list.length - 1].os : '2008R2';
}

/** Windows Server of the servers already there: what each version typically ran on. */
const LISTED_OS: Record<ExchangeVersion, string> = {
  '2003': '2003',
  '2007': '2008',
  '2010': '2008R2',
  '2013': '2012R2',
  '2016': '2016',
  '2019': '2019',
  SE: '2022',
};

/** The Windows Server a listed server of this version runs: the typical one, when `update` supports it. */
function listedOs(version: ExchangeVersion, update: string): string {
  const typical = PLATFORM[version]?.os.find((o) => o.os === LISTED_OS[version]);
  const supported =
    !typical || typical.needsUpdate === undefined || updateAtLeast(version, update, typical.needsUpdate) === true;
  return supported ? LISTED_OS[version] : osFor(version, update);
}

// ---- the builder -----------------------------------------------------------------------

export class RunbookBuilder {
  readonly phases: YamlPhase[] = [];
  readonly servers: Server[] = [];
  private readonly used = new Set<string>();
  private readonly phaseIds = new Set<string>();
  private current?: YamlPhase;

  constructor(
    readonly answers: Answers,
    readonly locale: Locale,
    readonly prefix: string,
    /** The runbook's date: no server is given an update released after it. */
    readonly asOf: string,
  ) {}

  /**
   * The update a server of `version` has next to the `present` versions: the latest released
   * on or before `asOf` (knowledge/releases.ts), capped where a newer Setup refuses a present
   * version (2019 CU15 next to 2013: CU14, knowledge/coexistence.ts).
   */
  updateAt(version: ExchangeVersion, present: readonly ExchangeVersion[]): string {
    // The version itself was released by asOf (decide.ts refuses otherwise), so its RTM at least qualifies.
    const latest = latestReleased(version, this.asOf) ?? VERSION_FACTS[version].latestUpdate;
    return installableUpdate(version, present, latest);
  }

  t(id: string, args: Record<string, string | number> = {}): string {
    return say(this.locale, id, args);
  }

  p(id: Parameters<typeof procedureText>[1], args: Record<string, string | number> = {}): string {
    return procedureText(this.locale, id, args);
  }

  uniqueName(base: string): string {
    let name = base;
    for (let i = 2; this.used.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    this.used.add(name.toLowerCase());
    return name;
  }

  addListed(server: Server): void {
    this.used.add(server.name.toLowerCase());
    this.servers.push(server);
  }

  present(): Server[] {
    return this.servers;
  }

  phase(id: string, title: string): YamlPhase {
    let unique = id;
    for (let i = 2; this.phaseIds.has(unique); i++) unique = `${id}-${i}`;
    this.phaseIds.add(unique);
    this.current = { id: unique, title, steps: [] };
    this.phases.push(this.current);
    return this.current;
  }

  step(
    action: string,
    fields: [string, YamlValue][],
    extra: { title?: string; duration?: string; notes?: string } = {},
  ): void {
    if (!this.current) throw new Error('step outside a phase');
    this.current.steps.push({ action, fields, ...extra });
  }

  decommission(server: Server): void {
    this.servers.splice(this.servers.indexOf(server), 1);
    this.step('decommission', [['server', server.name]], {
      title: this.p('decommission.title', { server: server.name }),
      duration: '4h',
      notes:
        this.p('decommission.notes', {
          order: server.version === '2007' ? this.p('decommission.order2007') : '',
          link: LINKS.decommission,
        }) +
        (server.version === '2003' && this.servers.some((s) => s.version === '2010')
          ? '\n' + this.t('notes.routingGroups', { link: RGC })
          : ''),
    });
  }
}

// ---- the servers already there -----------------------------------------------------------

/** The servers the organization has before the first step: the inventory's, or one per source version. */
export function listSources(b: RunbookBuilder): void {
  const { answers } = b;
  if (answers.inventory) {
    // The real servers, as the inventory has them (docs/inventory.md): nothing invented.
    for (const s of answers.inventory.servers) {
      b.addListed({
        name: s.name,
        version: s.version,
        update: s.update ?? '',
        os: s.os ?? '',
        roles: s.roles.length > 0 ? [...s.roles] : defaultRoles(s.version),
        mailboxes: s.mailboxes ?? 0,
        publicFolders: s.publicFolders ?? false,
        hybrid: false,
        updateExact: s.updateExact ?? true,
      });
    }
    return;
  }
  const sources = sortVersions(answers.sources);
  const share = Math.floor(answers.mailboxes / sources.length);
  let remainder = answers.mailboxes - share * sources.length;
  sources.forEach((version, i) => {
    const extra = remainder > 0 ? 1 : 0;
    remainder -= extra;
    const update = b.updateAt(version, sources);
    b.addListed({
      name: b.uniqueName(`${b.prefix}-EX${shortVersion(version)}`),
      version,
      update,
      os: listedOs(version, update),
      roles: defaultRoles(version),
      mailboxes: share + extra,
      // Public folders live on the oldest server: where legacy folders were created.
      publicFolders: answers.publicFolders && i === 0,
      hybrid: false,
    });
  });
}

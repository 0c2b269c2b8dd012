// Which Exchange version Setup installs into an organization that still has servers of
// an older version, and the update level those old servers need first. Every
// entry carries the page it comes from.
import {
  ExchangeVersion,
  VERSIONS,
  isVersion,
  updateAtLeast,
  updateRank as updateRankOf,
  versionRank,
} from './versions';

export interface CoexistenceEntry {
  /** Minimum update of the OLD (present) servers, or null: Setup refuses, remove them first. */
  minimumUpdate: string | null;
  /** The newest update of the INSTALLING version whose Setup still accepts the present version, when not every update does. */
  lastAcceptingUpdate?: string;
  /** The oldest update of the INSTALLING version that may join an organization with the present version. */
  minimumNewUpdate?: string;
  source: string;
}

const REQ_2010 =
  'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2010/aa996719(v=exchg.141)';
const NO_2003_FOR_2013 =
  'https://learn.microsoft.com/en-us/exchange/upgrade-from-exchange-2007-to-exchange-2013-exchange-2013-help';
const E16E12 =
  'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e12coexistenceminversionrequirement';
const E16E14 =
  'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e14coexistenceminversionrequirement';
const E16E15 =
  'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e15coexistenceminversionrequirement';
const REQ_2019_SE = 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements';
const SE_UPGRADE =
  'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deploy-new-installations/upgrade-to-exchange-server-se';

/** COEXISTENCE[installing][present]; pairs not listed (same or newer present version) are not judged. */
export const COEXISTENCE: Partial<Record<ExchangeVersion, Partial<Record<ExchangeVersion, CoexistenceEntry>>>> = {
  '2010': {
    // The Exchange 2003 organization must also be in native mode.
    '2003': { minimumUpdate: 'SP2', source: REQ_2010 },
    '2007': { minimumUpdate: 'SP2', source: REQ_2010 },
  },
  '2013': {
    '2003': { minimumUpdate: null, source: NO_2003_FOR_2013 },
    // §1: "New: 2013 CU2+ on all 2013 servers" next to 2007 and 2010.
    '2007': {
      minimumUpdate: 'SP3 RU10',
      minimumNewUpdate: 'CU2',
      source:
        'https://learn.microsoft.com/en-us/exchange/exchange-2007-servers-must-be-upgraded-to-service-pack-3-update-rollup-10-exchange-2013-help',
    },
    '2010': {
      minimumUpdate: 'SP3',
      minimumNewUpdate: 'CU2',
      source:
        'https://learn.microsoft.com/en-us/exchange/exchange-2010-servers-must-be-upgraded-to-service-pack-3-exchange-2013-help',
    },
  },
  '2016': {
    '2003': { minimumUpdate: null, source: E16E12 },
    '2007': { minimumUpdate: null, source: E16E12 },
    '2010': { minimumUpdate: 'SP3 RU11', source: E16E14 },
    '2013': { minimumUpdate: 'CU10', source: E16E15 },
  },
  '2019': {
    '2003': { minimumUpdate: null, source: REQ_2019_SE },
    '2007': { minimumUpdate: null, source: REQ_2019_SE },
    '2010': { minimumUpdate: null, source: REQ_2019_SE },
    // From CU15 on, 2019 Setup refuses to run while 2013
    // servers remain, for a new install and for an update of a 2019 server alike (install CU14,
    // remove 2013, then update). MVP write-ups of the CU15 release (2025-02-10), e.g.
    // https://jaapwesselius.com/ : "hardcoded in the setup application".
    '2013': {
      minimumUpdate: 'CU21',
      lastAcceptingUpdate: 'CU14',
      source: REQ_2019_SE,
    },
    '2016': { minimumUpdate: 'CU23', source: REQ_2019_SE },
  },
  SE: {
    '2003': { minimumUpdate: null, source: SE_UPGRADE },
    '2007': { minimumUpdate: null, source: SE_UPGRADE },
    '2010': { minimumUpdate: null, source: SE_UPGRADE },
    '2013': { minimumUpdate: null, source: SE_UPGRADE },
    '2016': { minimumUpdate: 'CU23', source: REQ_2019_SE },
    '2019': { minimumUpdate: 'CU14', source: SE_UPGRADE },
  },
};

// The transition path the `coexistence` fix follows is the 2007 roadmap:
// https://learn.microsoft.com/en-us/microsoft-365/enterprise/exchange-2007-end-of-support

export function coexistenceEntry(
  installing: string | undefined,
  present: string | undefined,
): CoexistenceEntry | undefined {
  if (!isVersion(installing) || !isVersion(present)) return undefined;
  return COEXISTENCE[installing]?.[present];
}

/** False when Setup of `installing` refuses to run while servers of `present` remain. */
export function canCoexist(installing: string | undefined, present: string | undefined): boolean {
  const entry = coexistenceEntry(installing, present);
  return !entry || entry.minimumUpdate !== null;
}

/**
 * The update a present server needs before `installing` goes in, when it has less:
 * undefined when it has enough, when the pair needs nothing, or when its update is unknown
 * (facts the runbook leaves out are not guessed).
 */
export function lagsBehind(
  installing: string | undefined,
  present: string | undefined,
  update: string | undefined,
): string | undefined {
  const entry = coexistenceEntry(installing, present);
  if (!entry || entry.minimumUpdate === null || !isVersion(present)) return undefined;
  return updateAtLeast(present, update, entry.minimumUpdate) === false ? entry.minimumUpdate : undefined;
}

/**
 * The version to put in between when `target` cannot be installed next to `blocking`:
 * the newest version older than `target` that installs next to every present version and
 * leads on towards `target` (directly, or through further transitions the fix inserts on
 * later passes, e.g. SE over 2007: 2013 first, then 2019). Undefined when there is none.
 */
export function intermediateVersion(
  target: ExchangeVersion,
  presentVersions: readonly string[],
): ExchangeVersion | undefined {
  const candidates = VERSIONS.filter((v) => versionRank(v) < versionRank(target)).reverse();
  // A present server of the candidate's own version never blocks it: the table lists no pair of a version with itself.
  const installableNextToAll = (v: ExchangeVersion) => presentVersions.every((p) => canCoexist(v, p));
  const reaches = (from: ExchangeVersion, seen: Set<string>): boolean => {
    if (canCoexist(target, from)) return true;
    seen.add(from);
    return VERSIONS.some(
      (next) =>
        // Stryker disable next-line EqualityOperator: `>=` lets in only `from` itself, which `seen` already holds
        versionRank(next) > versionRank(from) &&
        // Stryker disable next-line EqualityOperator: `<=` lets in only the target itself, which `from` was just found not to go in next to
        versionRank(next) < versionRank(target) &&
        !seen.has(next) &&
        canCoexist(next, from) &&
        reaches(next, seen),
    );
  };
  const direct = candidates.find((v) => installableNextToAll(v) && canCoexist(target, v));
  if (direct) return direct;
  return candidates.find((v) => installableNextToAll(v) && reaches(v, new Set()));
}

/** The update to install `installing` at next to `present` versions: its latest, or the newest whose Setup still accepts them all. */
export function installableUpdate(
  installing: ExchangeVersion,
  present: readonly (string | undefined)[],
  latest: string,
): string {
  let update = latest;
  for (const p of present) {
    const cap = coexistenceEntry(installing, p)?.lastAcceptingUpdate;
    // Stryker disable next-line EqualityOperator: at equal ranks the cap and the latest name the same update
    if (cap && (updateRankOf(installing, cap) ?? Infinity) < (updateRankOf(installing, update) ?? Infinity))
      update = cap;
  }
  return update;
}

/**
 * The newest update of `version` whose Setup still runs next to the present versions, when
 * `update` is newer than that (2019 CU15 and later next to 2013: CU14), with the present
 * version that caps it; undefined when `update` is accepted or unknown.
 */
export function updateBeyondCap(
  version: string | undefined,
  update: string | undefined,
  present: readonly (string | undefined)[],
): { cap: string; present: ExchangeVersion } | undefined {
  // Stryker disable next-line ConditionalExpression: a shortcut; coexistenceEntry answers nothing for an unknown version either
  if (!isVersion(version)) return undefined;
  const rank = updateRankOf(version, update);
  if (rank === undefined) return undefined;
  for (const p of present) {
    const cap = coexistenceEntry(version, p)?.lastAcceptingUpdate;
    if (cap && rank > (updateRankOf(version, cap) ?? Infinity)) return { cap, present: p as ExchangeVersion };
  }
  return undefined;
}

/**
 * The update the NEW server needs to join an organization with the present versions, when
 * `update` is below it (Exchange 2013 needs CU2 next to 2007 and 2010); undefined when it
 * has enough, nothing is required, or its update is unknown.
 */
export function newServerBelow(
  installing: string | undefined,
  present: readonly (string | undefined)[],
  update: string | undefined,
): string | undefined {
  if (!isVersion(installing)) return undefined;
  let needed: string | undefined;
  for (const p of present) {
    const minimum = coexistenceEntry(installing, p)?.minimumNewUpdate;
    if (minimum && updateAtLeast(installing, update, minimum) === false) {
      if (!needed || (updateRankOf(installing, minimum) ?? 0) > (updateRankOf(installing, needed) ?? 0))
        needed = minimum;
    }
  }
  return needed;
}

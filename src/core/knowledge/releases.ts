// When each update of each Exchange version was released, so that a fix only inserts an
// update that existed on the runbook's `asOf`.
// A runbook dated 2014-06-01 cannot be told to install 2007 SP3 RU23 (2017).
//
// The dates are those of the build-number table (./builds.ts), which carries each row's
// source: Microsoft's "Exchange Server build numbers and release dates" page, and for later
// releases Microsoft's machine-readable copy of it. An update level's date is its first
// release (a re-release such as 2010 SP3 RU8 v2 does not move it); security and hotfix
// updates on top of a CU are not update levels of the runbook format and are left out.
import { BUILDS, BuildRow } from './builds';
import { ExchangeVersion, updateRank } from './versions';

/** [update, release date (YYYY-MM-DD) or null when not verified], oldest first. */
export type Release = readonly [update: string, released: string | null];

/** The update levels of `version` in `rows` with their first release, lowest first (exported for its edge tests). */
export function releasesOf(version: ExchangeVersion, rows: readonly BuildRow[] = BUILDS): Release[] {
  const first = new Map<string, string>();
  for (const r of rows) {
    if (r.version !== version || !/^(v\d)?$/.test(r.detail)) continue;
    const known = first.get(r.update);
    if (
      known === undefined ||
      // Stryker disable next-line EqualityOperator: rows of one update released the same day give it the same first release
      r.released < known
    )
      first.set(r.update, r.released);
  }
  return [...first].sort((a, b) => (updateRank(version, a[0]) ?? -1) - (updateRank(version, b[0]) ?? -1));
}

export const RELEASES: Record<ExchangeVersion, readonly Release[]> = {
  // Exchange 2003 is not on the build-numbers page nor in Microsoft's CSV copy of it; the
  // release date of its SP2 could not be verified from a Microsoft source, so it is null
  // (null counts as released: no runbook is dated before Exchange 2003 SP2 could exist).
  '2003': [['SP2', null]],
  '2007': releasesOf('2007'),
  '2010': releasesOf('2010'),
  '2013': releasesOf('2013'),
  '2016': releasesOf('2016'),
  '2019': releasesOf('2019'),
  SE: releasesOf('SE'),
};

/**
 * The first release (RTM) of each version: a plan cannot install what did not exist on its
 * `asOf`. The RTM row of the build-number table (Exchange 2013: 2012-12-03, the build page's
 * date, not the 2013-01-09 start of its support lifecycle); Exchange 2003, which that table
 * leaves out, from the start date in Microsoft's lifecycle data
 * (https://learn.microsoft.com/lifecycle/products/exchange-server-2003).
 */
export const FIRST_RELEASE: Readonly<Record<ExchangeVersion, string>> = {
  '2003': '2003-09-28',
  '2007': rtmOf('2007'),
  '2010': rtmOf('2010'),
  '2013': rtmOf('2013'),
  '2016': rtmOf('2016'),
  '2019': rtmOf('2019'),
  SE: rtmOf('SE'),
};

/** The release date of `version`'s RTM, the first of its releases (exported for its edge tests). */
export function rtmOf(
  version: Exclude<ExchangeVersion, '2003'>,
  releases: Readonly<Record<ExchangeVersion, readonly Release[]>> = RELEASES,
): string {
  const rtm = releases[version][0];
  if (rtm?.[0] !== 'RTM' || !rtm[1]) throw new Error(`builds.ts has no RTM row for Exchange ${version}`);
  return rtm[1];
}

/** The release date of an update, or undefined when the table does not know it. */
export function releaseDate(version: ExchangeVersion, update: string): string | null | undefined {
  const rank = updateRank(version, update);
  return RELEASES[version].find(([u]) => updateRank(version, u) === rank)?.[1];
}

/**
 * The latest update of `version` released on or before `asOf` that is at least `minimum`
 * (when given): what a fix may insert. Undefined when none qualifies; the fix is then not
 * offered and its message says so.
 */
export function latestReleased(version: ExchangeVersion, asOf: string, minimum?: string): string | undefined {
  const floor = minimum === undefined ? -1 : (updateRank(version, minimum) ?? Infinity);
  let best: string | undefined;
  let bestRank = -1;
  for (const [update, released] of RELEASES[version]) {
    if (released !== null && released > asOf) continue;
    // Stryker disable next-line UnaryOperator: every update in RELEASES is one of builds.ts, which all have a rank (builds.test.ts)
    const rank = updateRank(version, update) ?? -1;
    if (
      rank >= floor &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: RELEASES lists each version's updates once, lowest first (releases.test.ts), so the last one that qualifies is the best
      rank > bestRank
    ) {
      best = update;
      bestRank = rank;
    }
  }
  return best;
}

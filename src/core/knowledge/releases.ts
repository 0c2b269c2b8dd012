// When each update of each Exchange version was released, so that a fix only inserts an
// update that existed on the runbook's `asOf` (exchange-facts.md section 0: "Updates a fix
// may insert"). A runbook dated 2014-06-01 cannot be told to install 2007 SP3 RU23 (2017).
//
// Source: Microsoft, "Exchange Server build numbers and release dates"
// (BUILD_NUMBERS below), one row per SP, RU and CU with its release date. The dates here
// were checked against Microsoft's own machine-readable copy of that page, the
// ExchangeBuildNumbers.csv of github.com/microsoft/Get-ExchangeBuildNumber (2026-08
// revision). Where an update was re-released, the page's row is used: 2010 SP3 RU8 is
// "RU8v2" (2014-12-12). Security and hotfix updates (SU/HU) are not update levels of the
// runbook format and are left out.
import { ExchangeVersion, updateRank } from './versions';

export const BUILD_NUMBERS = 'https://learn.microsoft.com/en-us/exchange/new-features/build-numbers-and-release-dates';

/** [update, release date (YYYY-MM-DD) or null when not verified], oldest first. */
export type Release = readonly [update: string, released: string | null];

export const RELEASES: Record<ExchangeVersion, readonly Release[]> = {
  // Exchange 2003 is not on the build-numbers page nor in Microsoft's CSV copy of it; the
  // release date of its SP2 could not be verified from a Microsoft source, so it is null
  // (null counts as released: no runbook is dated before Exchange 2003 SP2 could exist).
  '2003': [
    ['SP2', null],
  ],
  '2007': [
    ['RTM', '2007-03-08'],
    ['SP1', '2007-11-29'],
    ['SP2', '2009-08-24'],
    ['SP3', '2010-06-07'],
    ['SP3 RU1', '2010-09-09'],
    ['SP3 RU2', '2010-12-10'],
    ['SP3 RU3', '2011-03-02'],
    ['SP3 RU4', '2011-05-28'],
    ['SP3 RU5', '2011-09-21'],
    ['SP3 RU6', '2012-01-26'],
    ['SP3 RU7', '2012-04-16'],
    ['SP3 RU8', '2012-08-13'],
    ['SP3 RU9', '2012-12-10'],
    ['SP3 RU10', '2013-02-11'],
    ['SP3 RU11', '2013-08-13'],
    ['SP3 RU12', '2013-12-09'],
    ['SP3 RU13', '2014-02-24'],
    ['SP3 RU14', '2014-08-26'],
    ['SP3 RU15', '2014-12-09'],
    ['SP3 RU16', '2015-03-17'],
    ['SP3 RU17', '2015-06-17'],
    ['SP3 RU18', '2015-12-10'],
    ['SP3 RU19', '2016-03-15'],
    ['SP3 RU20', '2016-06-21'],
    ['SP3 RU21', '2016-09-12'],
    ['SP3 RU22', '2016-12-13'],
    ['SP3 RU23', '2017-03-21'],
  ],
  '2010': [
    ['RTM', '2009-11-09'],
    ['SP1', '2010-08-23'],
    ['SP2', '2011-12-04'],
    ['SP3', '2013-02-12'],
    ['SP3 RU1', '2013-05-29'],
    ['SP3 RU2', '2013-08-08'],
    ['SP3 RU3', '2013-11-25'],
    ['SP3 RU4', '2013-12-09'],
    ['SP3 RU5', '2014-02-24'],
    ['SP3 RU6', '2014-05-27'],
    ['SP3 RU7', '2014-08-26'],
    ['SP3 RU8', '2014-12-12'],
    ['SP3 RU9', '2015-03-17'],
    ['SP3 RU10', '2015-06-17'],
    ['SP3 RU11', '2015-09-15'],
    ['SP3 RU12', '2015-12-15'],
    ['SP3 RU13', '2016-03-15'],
    ['SP3 RU14', '2016-06-21'],
    ['SP3 RU15', '2016-09-20'],
    ['SP3 RU16', '2016-12-13'],
    ['SP3 RU17', '2017-03-21'],
    ['SP3 RU18', '2017-07-11'],
    ['SP3 RU19', '2017-12-19'],
    ['SP3 RU20', '2018-03-05'],
    ['SP3 RU21', '2018-05-07'],
    ['SP3 RU22', '2018-06-19'],
    ['SP3 RU23', '2018-08-13'],
    ['SP3 RU24', '2018-09-05'],
    ['SP3 RU25', '2019-01-08'],
    ['SP3 RU26', '2019-02-12'],
    ['SP3 RU27', '2019-04-09'],
    ['SP3 RU28', '2019-06-07'],
    ['SP3 RU29', '2019-07-09'],
    ['SP3 RU30', '2020-02-11'],
    ['SP3 RU31', '2020-12-01'],
    ['SP3 RU32', '2021-03-02'],
  ],
  '2013': [
    ['RTM', '2012-12-03'],
    ['CU1', '2013-04-02'],
    ['CU2', '2013-07-09'],
    ['CU3', '2013-11-25'],
    ['SP1', '2014-02-25'],
    ['CU5', '2014-05-27'],
    ['CU6', '2014-08-26'],
    ['CU7', '2014-12-09'],
    ['CU8', '2015-03-17'],
    ['CU9', '2015-06-17'],
    ['CU10', '2015-09-15'],
    ['CU11', '2015-12-15'],
    ['CU12', '2016-03-15'],
    ['CU13', '2016-06-21'],
    ['CU14', '2016-09-20'],
    ['CU15', '2016-12-13'],
    ['CU16', '2017-03-21'],
    ['CU17', '2017-06-27'],
    ['CU18', '2017-09-19'],
    ['CU19', '2017-12-19'],
    ['CU20', '2018-03-20'],
    ['CU21', '2018-06-19'],
    ['CU22', '2019-02-12'],
    ['CU23', '2019-06-18'],
  ],
  '2016': [
    ['RTM', '2015-10-01'],
    ['CU1', '2016-03-15'],
    ['CU2', '2016-06-21'],
    ['CU3', '2016-09-20'],
    ['CU4', '2016-12-13'],
    ['CU5', '2017-03-21'],
    ['CU6', '2017-06-27'],
    ['CU7', '2017-09-19'],
    ['CU8', '2017-12-19'],
    ['CU9', '2018-03-20'],
    ['CU10', '2018-06-19'],
    ['CU11', '2018-10-16'],
    ['CU12', '2019-02-12'],
    ['CU13', '2019-06-18'],
    ['CU14', '2019-09-17'],
    ['CU15', '2019-12-17'],
    ['CU16', '2020-03-17'],
    ['CU17', '2020-06-16'],
    ['CU18', '2020-09-15'],
    ['CU19', '2020-12-15'],
    ['CU20', '2021-03-16'],
    ['CU21', '2021-06-29'],
    ['CU22', '2021-09-28'],
    ['CU23', '2022-04-20'],
  ],
  '2019': [
    ['RTM', '2018-10-22'],
    ['CU1', '2019-02-12'],
    ['CU2', '2019-06-18'],
    ['CU3', '2019-09-17'],
    ['CU4', '2019-12-17'],
    ['CU5', '2020-03-17'],
    ['CU6', '2020-06-16'],
    ['CU7', '2020-09-15'],
    ['CU8', '2020-12-15'],
    ['CU9', '2021-03-16'],
    ['CU10', '2021-06-29'],
    ['CU11', '2021-09-28'],
    ['CU12', '2022-04-20'],
    ['CU13', '2023-05-03'],
    ['CU14', '2024-02-13'],
    ['CU15', '2025-02-10'],
  ],
  SE: [
    ['RTM', '2025-07-01'],
  ],
};

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
  const floor = minimum === undefined ? -1 : updateRank(version, minimum) ?? Infinity;
  let best: string | undefined;
  let bestRank = -1;
  for (const [update, released] of RELEASES[version]) {
    if (released !== null && released > asOf) continue;
    const rank = updateRank(version, update) ?? -1;
    if (rank >= floor && rank > bestRank) {
      best = update;
      bestRank = rank;
    }
  }
  return best;
}

// Exchange build numbers → version and update level, as data.
// One row per RTM, SP, RU, CU, SU and HU with the
// build Microsoft publishes and its release date.
//
// Rows marked P come from Microsoft's "Exchange Server build numbers and release dates"
// page (the Microsoft Docs source as of 2021-07: Exchange/ExchangeServer/new-features/
// build-numbers-and-release-dates.md in MicrosoftDocs/OfficeDocs-Exchange). Rows marked C
// (everything released after that snapshot, plus a few builds the page does not list) come
// from Microsoft's own machine-readable copy of the same table, ExchangeBuildNumbers.csv in
// github.com/microsoft/Get-ExchangeBuildNumber (as of 2026-08). KB numbers are from that
// file. Where the two disagree:
//  - the page's dates are kept (the CSV gives US-local and some off-by-days dates);
//  - where they give different builds for one rollup (2007 SP3 RU13 8.3.348.2 vs 8.3.348.1,
//    2010 SP1 RU3/RU4 re-releases, 2010 SP3 RU11 266.2 vs 266.1, RU16 336.0 vs 339.0) both
//    builds are listed: each maps to the same update, so a server reporting either is read
//    right;
//  - the page lists 2010 SP2 RU5 as 14.3.328.5, which cannot be an SP2 build (SP2 is 14.2);
//    the CSV's 14.2.328.5 is used;
//  - the page dates 2007 SP3 RU18 only "December, 2015"; the CSV's 2015-12-10 is used (PC).
// Previews are left out (never supported in production). Exchange 2003 and older are left
// out: nothing in the product reads their builds. Nothing here is inferred: a build not in
// either source is not listed, and lookupBuild() then answers with the nearest lower
// SP/CU only (see `exact`).

import type { ExchangeVersion } from './versions';

export const BUILD_PAGE = 'https://learn.microsoft.com/en-us/exchange/new-features/build-numbers-and-release-dates';
export const BUILD_CSV = 'https://github.com/microsoft/Get-ExchangeBuildNumber/blob/main/ExchangeBuildNumbers.csv';

export interface BuildRow {
  version: Exclude<ExchangeVersion, '2003'>;
  /** The update level as a runbook writes it: RTM, SP<n>, SP<n> RU<m>, CU<n>. */
  update: string;
  /**
   * What the runbook's update field cannot say: a security update or hotfix update on top
   * of a CU ("Mar24SU", "Apr24HU"), a re-release ("v2"), or a rollup on RTM ("RU7").
   */
  detail: string;
  /** Short build number: 15.1.2507.37. */
  build: string;
  /** Release date, YYYY-MM-DD. */
  released: string;
  kb: string;
  source: string;
}

const P = BUILD_PAGE;
const C = BUILD_CSV;
const PC = `${BUILD_PAGE} (date: ${BUILD_CSV})`;

function row(
  version: BuildRow['version'],
  update: string,
  detail: string,
  build: string,
  released: string,
  kb: string,
  source: string,
): BuildRow {
  return { version, update, detail, build, released, kb, source };
}

export const BUILDS: readonly BuildRow[] = [
  // Exchange 2007
  row('2007', 'RTM', '', '8.0.685.25', '2007-03-08', '', P),
  row('2007', 'RTM', 'RU1', '8.0.708.3', '2007-04-17', '', P),
  row('2007', 'RTM', 'RU2', '8.0.711.2', '2007-05-08', '', P),
  row('2007', 'RTM', 'RU3', '8.0.730.1', '2007-06-28', '', P),
  row('2007', 'RTM', 'RU4', '8.0.744.0', '2007-08-23', '', P),
  row('2007', 'RTM', 'RU5', '8.0.754.0', '2007-10-25', '', P),
  row('2007', 'RTM', 'RU6', '8.0.783.2', '2008-02-21', '', P),
  row('2007', 'RTM', 'RU7', '8.0.813.0', '2008-07-08', '', P),
  row('2007', 'SP1', '', '8.1.240.6', '2007-11-29', '', P),
  row('2007', 'SP1 RU1', '', '8.1.263.1', '2008-02-28', 'KB945684', P),
  row('2007', 'SP1 RU2', '', '8.1.278.2', '2008-05-09', 'KB948016', P),
  row('2007', 'SP1 RU3', '', '8.1.291.2', '2008-07-08', 'KB949870', P),
  row('2007', 'SP1 RU4', '', '8.1.311.3', '2008-10-07', 'KB952580', P),
  row('2007', 'SP1 RU5', '', '8.1.336.1', '2008-11-20', 'KB953467', P),
  row('2007', 'SP1 RU6', '', '8.1.340.1', '2009-02-10', 'KB959241', P),
  row('2007', 'SP1 RU7', '', '8.1.359.2', '2009-03-18', 'KB960384', P),
  row('2007', 'SP1 RU8', '', '8.1.375.2', '2009-05-19', 'KB968012', P),
  row('2007', 'SP1 RU9', '', '8.1.393.1', '2009-07-16', 'KB970162', P),
  row('2007', 'SP1 RU10', '', '8.1.436.0', '2010-04-13', 'KB981407', P),
  row('2007', 'SP2', '', '8.2.176.2', '2009-08-24', '', P),
  row('2007', 'SP2 RU1', '', '8.2.217.3', '2009-11-19', 'KB971534', P),
  row('2007', 'SP2 RU2', '', '8.2.234.1', '2010-01-22', 'KB972076', P),
  row('2007', 'SP2 RU3', '', '8.2.247.2', '2010-03-17', 'KB979784', P),
  row('2007', 'SP2 RU4', '', '8.2.254.0', '2010-04-09', 'KB981383', P),
  row('2007', 'SP2 RU5', '', '8.2.305.3', '2010-12-07', 'KB2407132', P),
  row('2007', 'SP3', '', '8.3.83.6', '2010-06-07', '', P),
  row('2007', 'SP3 RU1', '', '8.3.106.2', '2010-09-09', 'KB2279665', P),
  row('2007', 'SP3 RU2', '', '8.3.137.3', '2010-12-10', 'KB2407025', P),
  row('2007', 'SP3 RU3', '', '8.3.159.0', '2011-03-02', 'KB2492691', C),
  row('2007', 'SP3 RU3', 'v2', '8.3.159.2', '2011-03-30', 'KB2530488', P),
  row('2007', 'SP3 RU4', '', '8.3.192.1', '2011-05-28', 'KB2509911', P),
  row('2007', 'SP3 RU5', '', '8.3.213.1', '2011-09-21', 'KB2602324', P),
  row('2007', 'SP3 RU6', '', '8.3.245.2', '2012-01-26', 'KB2608656', P),
  row('2007', 'SP3 RU7', '', '8.3.264.0', '2012-04-16', 'KB2655203', P),
  row('2007', 'SP3 RU8', '', '8.3.279.3', '2012-08-13', 'KB2734232', P),
  row('2007', 'SP3 RU8', 'v2', '8.3.279.5', '2012-10-09', 'KB2756497', P),
  row('2007', 'SP3 RU8', 'v3', '8.3.279.6', '2012-11-13', 'KB2778154', P),
  row('2007', 'SP3 RU9', '', '8.3.297.2', '2012-12-10', 'KB2746157', P),
  row('2007', 'SP3 RU10', '', '8.3.298.3', '2013-02-11', 'KB2788321', P),
  row('2007', 'SP3 RU11', '', '8.3.327.1', '2013-08-13', 'KB2873746', P),
  row('2007', 'SP3 RU12', '', '8.3.342.4', '2013-12-09', 'KB2903911', P),
  row('2007', 'SP3 RU13', '', '8.3.348.1', '2014-02-24', 'KB2917522', C),
  row('2007', 'SP3 RU13', '', '8.3.348.2', '2014-02-24', '', P),
  row('2007', 'SP3 RU14', '', '8.3.379.2', '2014-08-26', 'KB2936861', P),
  row('2007', 'SP3 RU15', '', '8.3.389.2', '2014-12-09', 'KB2996150', P),
  row('2007', 'SP3 RU16', '', '8.3.406.0', '2015-03-17', 'KB3030086', P),
  row('2007', 'SP3 RU17', '', '8.3.417.1', '2015-06-17', 'KB3056710', P),
  row('2007', 'SP3 RU18', '', '8.3.445.0', '2015-12-10', 'KB3078672', PC),
  row('2007', 'SP3 RU19', '', '8.3.459.0', '2016-03-15', 'KB3141352', P),
  row('2007', 'SP3 RU20', '', '8.3.468.0', '2016-06-21', 'KB3151086', P),
  row('2007', 'SP3 RU21', '', '8.3.485.1', '2016-09-20', 'KB3184711', P),
  row('2007', 'SP3 RU22', '', '8.3.502.0', '2016-12-13', 'KB3184712', P),
  row('2007', 'SP3 RU23', '', '8.3.517.0', '2017-03-21', 'KB4011325', P),
  // Exchange 2010
  row('2010', 'RTM', '', '14.0.639.21', '2009-11-09', '', P),
  row('2010', 'RTM', 'RU1', '14.0.682.1', '2009-12-09', 'KB976573', P),
  row('2010', 'RTM', 'RU2', '14.0.689.0', '2010-03-04', 'KB979611', P),
  row('2010', 'RTM', 'RU3', '14.0.694.0', '2010-04-13', 'KB981401', P),
  row('2010', 'RTM', 'RU4', '14.0.702.1', '2010-06-10', 'KB982639', P),
  row('2010', 'RTM', 'RU5', '14.0.726.0', '2010-12-13', 'KB2407113', P),
  row('2010', 'SP1', '', '14.1.218.15', '2010-08-23', '', P),
  row('2010', 'SP1 RU1', '', '14.1.255.2', '2010-10-04', 'KB2407028', P),
  row('2010', 'SP1 RU2', '', '14.1.270.1', '2010-12-09', 'KB2425179', P),
  row('2010', 'SP1 RU3', '', '14.1.289.3', '2011-03-07', 'KB2492690', C),
  row('2010', 'SP1 RU3', '', '14.1.289.7', '2011-04-06', 'KB2529939', P),
  row('2010', 'SP1 RU4', '', '14.1.323.1', '2011-06-22', 'KB2509910', C),
  row('2010', 'SP1 RU4', '', '14.1.323.6', '2011-07-27', 'KB2579150', P),
  row('2010', 'SP1 RU5', '', '14.1.339.1', '2011-08-23', 'KB2582113', P),
  row('2010', 'SP1 RU6', '', '14.1.355.2', '2011-10-27', 'KB2608646', P),
  row('2010', 'SP1 RU7', '', '14.1.421.0', '2012-08-08', 'KB2743248', P),
  row('2010', 'SP1 RU7', 'v2', '14.1.421.2', '2012-10-10', 'KB2756496', P),
  row('2010', 'SP1 RU7', 'v3', '14.1.421.3', '2012-11-13', 'KB2778158', P),
  row('2010', 'SP1 RU8', '', '14.1.438.0', '2012-12-10', 'KB2787763', P),
  row('2010', 'SP2', '', '14.2.247.5', '2011-12-04', '', P),
  row('2010', 'SP2 RU1', '', '14.2.283.3', '2012-02-13', 'KB2645995', P),
  row('2010', 'SP2 RU2', '', '14.2.298.4', '2012-04-16', 'KB2661854', P),
  row('2010', 'SP2 RU3', '', '14.2.309.2', '2012-05-29', 'KB2685289', P),
  row('2010', 'SP2 RU4', '', '14.2.318.2', '2012-08-13', 'KB2706690', P),
  row('2010', 'SP2 RU4', 'v2', '14.2.318.4', '2012-10-09', 'KB2756485', P),
  row('2010', 'SP2 RU5', '', '14.2.328.5', '2012-11-13', 'KB2719800', C),
  row('2010', 'SP2 RU5', 'v2', '14.2.328.10', '2012-12-10', 'KB2785908', P),
  row('2010', 'SP2 RU6', '', '14.2.342.3', '2013-02-12', 'KB2746164', P),
  row('2010', 'SP2 RU7', '', '14.2.375.0', '2013-08-03', 'KB2874216', P),
  row('2010', 'SP2 RU8', '', '14.2.390.3', '2013-12-09', 'KB2903903', P),
  row('2010', 'SP3', '', '14.3.123.4', '2013-02-12', 'KB2808208', P),
  row('2010', 'SP3 RU1', '', '14.3.146.0', '2013-05-29', 'KB2803727', P),
  row('2010', 'SP3 RU2', '', '14.3.158.1', '2013-08-08', 'KB2866475', P),
  row('2010', 'SP3 RU3', '', '14.3.169.1', '2013-11-25', 'KB2891587', P),
  row('2010', 'SP3 RU4', '', '14.3.174.1', '2013-12-09', 'KB2905616', P),
  row('2010', 'SP3 RU5', '', '14.3.181.6', '2014-02-24', 'KB2917508', P),
  row('2010', 'SP3 RU6', '', '14.3.195.1', '2014-05-27', 'KB2936871', P),
  row('2010', 'SP3 RU7', '', '14.3.210.2', '2014-08-26', 'KB2961522', P),
  row('2010', 'SP3 RU8', 'v1', '14.3.224.1', '2014-12-09', '', P),
  row('2010', 'SP3 RU8', 'v2', '14.3.224.2', '2014-12-12', 'KB2986475', P),
  row('2010', 'SP3 RU9', '', '14.3.235.1', '2015-03-17', 'KB3030085', P),
  row('2010', 'SP3 RU10', '', '14.3.248.2', '2015-06-17', 'KB3049853', P),
  row('2010', 'SP3 RU11', '', '14.3.266.1', '2015-09-15', 'KB3078674', C),
  row('2010', 'SP3 RU11', '', '14.3.266.2', '2015-09-15', '', P),
  row('2010', 'SP3 RU12', '', '14.3.279.2', '2015-12-15', 'KB3096066', P),
  row('2010', 'SP3 RU13', '', '14.3.294.0', '2016-03-15', 'KB3141339', P),
  row('2010', 'SP3 RU14', '', '14.3.301.0', '2016-06-21', 'KB3151097', P),
  row('2010', 'SP3 RU15', '', '14.3.319.2', '2016-09-20', 'KB3184728', P),
  row('2010', 'SP3 RU16', '', '14.3.336.0', '2016-12-13', '', P),
  row('2010', 'SP3 RU16', '', '14.3.339.0', '2016-12-13', 'KB3184730', C),
  row('2010', 'SP3 RU17', '', '14.3.352.0', '2017-03-21', 'KB4011326', P),
  row('2010', 'SP3 RU18', '', '14.3.361.1', '2017-07-11', 'KB4018588', P),
  row('2010', 'SP3 RU19', '', '14.3.382.0', '2017-12-19', 'KB4035162', P),
  row('2010', 'SP3 RU20', '', '14.3.389.1', '2018-03-05', 'KB4073537', P),
  row('2010', 'SP3 RU21', '', '14.3.399.2', '2018-05-07', 'KB4091243', P),
  row('2010', 'SP3 RU22', '', '14.3.411.0', '2018-06-19', 'KB4295699', P),
  row('2010', 'SP3 RU23', '', '14.3.417.1', '2018-08-13', 'KB4340733', P),
  row('2010', 'SP3 RU24', '', '14.3.419.0', '2018-09-05', 'KB4458321', P),
  row('2010', 'SP3 RU25', '', '14.3.435.0', '2019-01-08', 'KB4468742', P),
  row('2010', 'SP3 RU26', '', '14.3.442.0', '2019-02-12', 'KB4487052', P),
  row('2010', 'SP3 RU27', '', '14.3.452.0', '2019-04-09', 'KB4491413', P),
  row('2010', 'SP3 RU28', '', '14.3.461.1', '2019-06-07', 'KB4503028', P),
  row('2010', 'SP3 RU29', '', '14.3.468.0', '2019-07-09', 'KB4509410', P),
  row('2010', 'SP3 RU30', '', '14.3.496.0', '2020-02-11', 'KB4536989', P),
  row('2010', 'SP3 RU31', '', '14.3.509.0', '2020-12-01', 'KB4593467', P),
  row('2010', 'SP3 RU32', '', '14.3.513.0', '2021-03-02', 'KB5000978', P),
  // Exchange 2013
  row('2013', 'RTM', '', '15.0.516.32', '2012-12-03', '', P),
  row('2013', 'CU1', '', '15.0.620.29', '2013-04-02', 'KB2816900', P),
  row('2013', 'CU2', '', '15.0.712.24', '2013-07-09', 'KB2859928', P),
  row('2013', 'CU3', '', '15.0.775.38', '2013-11-25', 'KB2892464', P),
  row('2013', 'SP1', '', '15.0.847.32', '2014-02-25', 'KB2926248', P),
  row('2013', 'SP1', 'Mar21SU', '15.0.847.64', '2021-03-02', 'KB5000871', P),
  row('2013', 'CU5', '', '15.0.913.22', '2014-05-27', 'KB2936880', P),
  row('2013', 'CU6', '', '15.0.995.29', '2014-08-26', 'KB2961810', P),
  row('2013', 'CU7', '', '15.0.1044.25', '2014-12-09', 'KB2986485', P),
  row('2013', 'CU8', '', '15.0.1076.9', '2015-03-17', 'KB3030080', P),
  row('2013', 'CU9', '', '15.0.1104.5', '2015-06-17', 'KB3049849', P),
  row('2013', 'CU10', '', '15.0.1130.7', '2015-09-15', 'KB3078678', P),
  row('2013', 'CU11', '', '15.0.1156.6', '2015-12-15', 'KB3099522', P),
  row('2013', 'CU12', '', '15.0.1178.4', '2016-03-15', 'KB3108023', P),
  row('2013', 'CU13', '', '15.0.1210.3', '2016-06-21', 'KB3135743', P),
  row('2013', 'CU14', '', '15.0.1236.3', '2016-09-20', 'KB3152589', P),
  row('2013', 'CU15', '', '15.0.1263.5', '2016-12-13', 'KB3197044', P),
  row('2013', 'CU16', '', '15.0.1293.2', '2017-03-21', 'KB4012112', P),
  row('2013', 'CU17', '', '15.0.1320.4', '2017-06-27', 'KB4012114', P),
  row('2013', 'CU18', '', '15.0.1347.2', '2017-09-19', 'KB4022631', P),
  row('2013', 'CU19', '', '15.0.1365.1', '2017-12-19', 'KB4037224', P),
  row('2013', 'CU20', '', '15.0.1367.3', '2018-03-20', 'KB4055221', P),
  row('2013', 'CU21', '', '15.0.1395.4', '2018-06-19', 'KB4099855', P),
  row('2013', 'CU21', 'Mar21SU', '15.0.1395.12', '2021-03-02', 'KB5000871', P),
  row('2013', 'CU22', '', '15.0.1473.3', '2019-02-12', 'KB4345836', P),
  row('2013', 'CU22', 'Mar21SU', '15.0.1473.6', '2021-03-02', 'KB5000871', P),
  row('2013', 'CU23', '', '15.0.1497.2', '2019-06-18', 'KB4489622', P),
  row('2013', 'CU23', 'Mar21SU', '15.0.1497.12', '2021-03-02', 'KB5000871', P),
  row('2013', 'CU23', 'Apr21SU', '15.0.1497.15', '2021-04-13', 'KB5001779', P),
  row('2013', 'CU23', 'May21SU', '15.0.1497.18', '2021-05-11', 'KB5003435', P),
  row('2013', 'CU23', 'Jul21SU', '15.0.1497.23', '2021-07-13', 'KB5004778', P),
  row('2013', 'CU23', 'Oct21SU', '15.0.1497.24', '2021-10-12', 'KB5007011', C),
  row('2013', 'CU23', 'Nov21SU', '15.0.1497.26', '2021-11-09', 'KB5007409', C),
  row('2013', 'CU23', 'Jan22SU', '15.0.1497.28', '2022-01-11', 'KB5008631', C),
  row('2013', 'CU23', 'Mar22SU', '15.0.1497.33', '2022-03-08', 'KB5010324', C),
  row('2013', 'CU23', 'May22SU', '15.0.1497.36', '2022-05-10', 'KB5014260', C),
  row('2013', 'CU23', 'Aug22SU', '15.0.1497.40', '2022-08-09', 'KB5015321', C),
  row('2013', 'CU23', 'Oct22SU', '15.0.1497.42', '2022-10-11', 'KB5019076', C),
  row('2013', 'CU23', 'Nov22SU', '15.0.1497.44', '2022-11-08', 'KB5019758', C),
  row('2013', 'CU23', 'Jan23SU', '15.0.1497.45', '2023-01-10', 'KB5022188', C),
  row('2013', 'CU23', 'Feb23SU', '15.0.1497.47', '2023-02-14', 'KB5023038', C),
  row('2013', 'CU23', 'Mar23SU', '15.0.1497.48', '2023-03-14', 'KB5024296', C),
  // Exchange 2016
  row('2016', 'RTM', '', '15.1.225.42', '2015-10-01', '', P),
  row('2016', 'CU1', '', '15.1.396.30', '2016-03-15', 'KB3134844', P),
  row('2016', 'CU2', '', '15.1.466.34', '2016-06-21', 'KB3135742', P),
  row('2016', 'CU3', '', '15.1.544.27', '2016-09-20', 'KB3152589', P),
  row('2016', 'CU4', '', '15.1.669.32', '2016-12-13', 'KB3177106', P),
  row('2016', 'CU5', '', '15.1.845.34', '2017-03-21', 'KB4012106', P),
  row('2016', 'CU6', '', '15.1.1034.26', '2017-06-27', 'KB4012108', P),
  row('2016', 'CU7', '', '15.1.1261.35', '2017-09-19', 'KB4018115', P),
  row('2016', 'CU8', '', '15.1.1415.2', '2017-12-19', 'KB4035145', P),
  row('2016', 'CU8', 'Mar21SU', '15.1.1415.10', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU9', '', '15.1.1466.3', '2018-03-20', 'KB4055222', P),
  row('2016', 'CU9', 'Mar21SU', '15.1.1466.16', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU10', '', '15.1.1531.3', '2018-06-19', 'KB4099852', P),
  row('2016', 'CU10', 'Mar21SU', '15.1.1531.12', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU11', '', '15.1.1591.10', '2018-10-16', 'KB4134118', P),
  row('2016', 'CU11', 'Mar21SU', '15.1.1591.18', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU12', '', '15.1.1713.5', '2019-02-12', 'KB4471392', P),
  row('2016', 'CU12', 'Mar21SU', '15.1.1713.10', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU13', '', '15.1.1779.2', '2019-06-18', 'KB4488406', P),
  row('2016', 'CU13', 'Mar21SU', '15.1.1779.8', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU14', '', '15.1.1847.3', '2019-09-17', 'KB4514140', P),
  row('2016', 'CU14', 'Mar21SU', '15.1.1847.12', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU15', '', '15.1.1913.5', '2019-12-17', 'KB4522150', P),
  row('2016', 'CU15', 'Mar21SU', '15.1.1913.12', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU16', '', '15.1.1979.3', '2020-03-17', 'KB4537678', P),
  row('2016', 'CU16', 'Mar21SU', '15.1.1979.8', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU17', '', '15.1.2044.4', '2020-06-16', 'KB4556414', P),
  row('2016', 'CU17', 'Mar21SU', '15.1.2044.13', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU18', '', '15.1.2106.2', '2020-09-15', 'KB4571788', P),
  row('2016', 'CU18', 'Mar21SU', '15.1.2106.13', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU19', '', '15.1.2176.2', '2020-12-15', 'KB4588884', P),
  row('2016', 'CU19', 'Mar21SU', '15.1.2176.9', '2021-03-02', 'KB5000871', P),
  row('2016', 'CU19', 'Apr21SU', '15.1.2176.12', '2021-04-13', 'KB5001779', P),
  row('2016', 'CU19', 'May21SU', '15.1.2176.14', '2021-05-11', 'KB5003435', P),
  row('2016', 'CU20', '', '15.1.2242.4', '2021-03-16', 'KB4602569', P),
  row('2016', 'CU20', 'Apr21SU', '15.1.2242.8', '2021-04-13', 'KB5001779', P),
  row('2016', 'CU20', 'May21SU', '15.1.2242.10', '2021-05-11', 'KB5003435', P),
  row('2016', 'CU20', 'Jul21SU', '15.1.2242.12', '2021-07-13', 'KB5004778', P),
  row('2016', 'CU21', '', '15.1.2308.8', '2021-06-29', 'KB5003611', P),
  row('2016', 'CU21', 'Jul21SU', '15.1.2308.14', '2021-07-13', 'KB5004778', P),
  row('2016', 'CU21', 'Oct21SU', '15.1.2308.15', '2021-10-12', 'KB5007011', C),
  row('2016', 'CU21', 'Nov21SU', '15.1.2308.20', '2021-11-09', 'KB5007409', C),
  row('2016', 'CU21', 'Jan22SU', '15.1.2308.21', '2022-01-11', 'KB5008631', C),
  row('2016', 'CU21', 'Mar22SU', '15.1.2308.27', '2022-03-08', 'KB5010324', C),
  row('2016', 'CU22', '', '15.1.2375.7', '2021-09-28', 'KB5005333', C),
  row('2016', 'CU22', 'Oct21SU', '15.1.2375.12', '2021-10-12', 'KB5007011', C),
  row('2016', 'CU22', 'Nov21SU', '15.1.2375.17', '2021-11-09', 'KB5007409', C),
  row('2016', 'CU22', 'Jan22SU', '15.1.2375.18', '2022-01-11', 'KB5008631', C),
  row('2016', 'CU22', 'Mar22SU', '15.1.2375.24', '2022-03-08', 'KB5010324', C),
  row('2016', 'CU22', 'May22SU', '15.1.2375.28', '2022-05-10', 'KB5014261', C),
  row('2016', 'CU22', 'Aug22SU', '15.1.2375.31', '2022-08-09', 'KB5015321', C),
  row('2016', 'CU22', 'Oct22SU', '15.1.2375.32', '2022-10-11', 'KB5019076', C),
  row('2016', 'CU22', 'Nov22SU', '15.1.2375.37', '2022-11-08', 'KB5019758', C),
  row('2016', 'CU23', '', '15.1.2507.6', '2022-04-20', 'KB5011155', C),
  row('2016', 'CU23', 'May22SU', '15.1.2507.9', '2022-05-10', 'KB5014261', C),
  row('2016', 'CU23', 'Aug22SU', '15.1.2507.12', '2022-08-09', 'KB5015321', C),
  row('2016', 'CU23', 'Oct22SU', '15.1.2507.13', '2022-10-11', 'KB5019076', C),
  row('2016', 'CU23', 'Nov22SU', '15.1.2507.16', '2022-11-08', 'KB5019758', C),
  row('2016', 'CU23', 'Jan23SU', '15.1.2507.17', '2023-01-10', 'KB5022188', C),
  row('2016', 'CU23', 'Feb23SU', '15.1.2507.21', '2023-02-14', 'KB5023038', C),
  row('2016', 'CU23', 'Mar23SU', '15.1.2507.23', '2023-03-14', 'KB5024296', C),
  row('2016', 'CU23', 'Jun23SU', '15.1.2507.27', '2023-06-13', 'KB5025903', C),
  row('2016', 'CU23', 'Aug23SU', '15.1.2507.31', '2023-08-08', 'KB5029388', C),
  row('2016', 'CU23', 'Aug23SUv2', '15.1.2507.32', '2023-08-15', 'KB5030524', C),
  row('2016', 'CU23', 'Oct23SU', '15.1.2507.34', '2023-10-10', 'KB5030877', C),
  row('2016', 'CU23', 'Nov23SU', '15.1.2507.35', '2023-11-14', 'KB5032147', C),
  row('2016', 'CU23', 'Mar24SU', '15.1.2507.37', '2024-03-12', 'KB5036386', C),
  row('2016', 'CU23', 'Apr24HU', '15.1.2507.39', '2024-04-23', 'KB5037224', C),
  row('2016', 'CU23', 'Nov24SU', '15.1.2507.43', '2024-11-12', 'KB5044062', C),
  row('2016', 'CU23', 'Nov24SUv2', '15.1.2507.44', '2024-11-27', 'KB5049233', C),
  row('2016', 'CU23', 'Apr25HU', '15.1.2507.55', '2025-04-18', 'KB5050674', C),
  row('2016', 'CU23', 'May25HU', '15.1.2507.57', '2025-05-29', 'KB5057653', C),
  row('2016', 'CU23', 'Aug25SU', '15.1.2507.58', '2025-08-12', 'KB5063223', C),
  row('2016', 'CU23', 'Sep25HU', '15.1.2507.59', '2025-09-08', 'KB5066370', C),
  row('2016', 'CU23', 'Oct25SU', '15.1.2507.61', '2025-10-14', 'KB5066369', C),
  row('2016', 'CU23', 'Dec25SU', '15.1.2507.63', '2025-12-09', 'KB5071873', C),
  row('2016', 'CU23', 'Feb26SU', '15.1.2507.66', '2026-02-10', 'KB5074995', C),
  row('2016', 'CU23', 'Jun26SU', '15.1.2507.69', '2026-06-09', 'KB5094144', C),
  row('2016', 'CU23', 'Jul26SU', '15.1.2507.71', '2026-07-14', 'KB5103215', C),
  row('2016', 'CU23', 'Aug26SU', '15.1.2507.72', '2026-08-11', 'KB5121576', C),
  // Exchange 2019
  row('2019', 'RTM', '', '15.2.221.12', '2018-10-22', '', P),
  row('2019', 'RTM', 'Mar21SU', '15.2.221.18', '2021-03-02', 'KB5000871', P),
  row('2019', 'CU1', '', '15.2.330.5', '2019-02-12', 'KB4471391', P),
  row('2019', 'CU1', 'Mar21SU', '15.2.330.11', '2021-03-02', 'KB5000871', P),
  row('2019', 'CU2', '', '15.2.397.3', '2019-06-18', 'KB4488401', P),
  row('2019', 'CU2', 'Mar21SU', '15.2.397.11', '2021-03-02', 'KB5000871', P),
  row('2019', 'CU3', '', '15.2.464.5', '2019-09-17', 'KB4514141', P),
  row('2019', 'CU3', 'Mar21SU', '15.2.464.15', '2021-03-02', 'KB5000871', P),
  row('2019', 'CU4', '', '15.2.529.5', '2019-12-17', 'KB4522149', P),
  row('2019', 'CU4', 'Mar21SU', '15.2.529.13', '2021-03-02', 'KB5000871', P),
  row('2019', 'CU5', '', '15.2.595.3', '2020-03-17', 'KB4537677', P),
  row('2019', 'CU5', 'Mar21SU', '15.2.595.8', '2021-03-02', 'KB5000871', P),
  row('2019', 'CU6', '', '15.2.659.4', '2020-06-16', 'KB4556415', P),
  row('2019', 'CU6', 'Mar21SU', '15.2.659.12', '2021-03-02', 'KB5000871', P),
  row('2019', 'CU7', '', '15.2.721.2', '2020-09-15', 'KB4571787', P),
  row('2019', 'CU7', 'Mar21SU', '15.2.721.13', '2021-03-02', 'KB5000871', P),
  row('2019', 'CU8', '', '15.2.792.3', '2020-12-15', 'KB4588885', P),
  row('2019', 'CU8', 'Mar21SU', '15.2.792.10', '2021-03-02', 'KB5000871', P),
  row('2019', 'CU8', 'Apr21SU', '15.2.792.13', '2021-04-13', 'KB5001779', P),
  row('2019', 'CU8', 'May21SU', '15.2.792.15', '2021-05-11', 'KB5003435', P),
  row('2019', 'CU9', '', '15.2.858.5', '2021-03-16', 'KB4602570', P),
  row('2019', 'CU9', 'Apr21SU', '15.2.858.10', '2021-04-13', 'KB5001779', P),
  row('2019', 'CU9', 'May21SU', '15.2.858.12', '2021-05-11', 'KB5003435', P),
  row('2019', 'CU9', 'Jul21SU', '15.2.858.15', '2021-07-13', 'KB5004778', P),
  row('2019', 'CU10', '', '15.2.922.7', '2021-06-29', 'KB5003612', P),
  row('2019', 'CU10', 'Jul21SU', '15.2.922.13', '2021-07-13', 'KB5004778', P),
  row('2019', 'CU10', 'Oct21SU', '15.2.922.14', '2021-10-12', 'KB5007011', C),
  row('2019', 'CU10', 'Nov21SU', '15.2.922.19', '2021-11-09', 'KB5007409', C),
  row('2019', 'CU10', 'Jan22SU', '15.2.922.20', '2022-01-11', 'KB5008631', C),
  row('2019', 'CU10', 'Mar22SU', '15.2.922.27', '2022-03-08', 'KB5010324', C),
  row('2019', 'CU11', '', '15.2.986.5', '2021-09-28', 'KB5005334', C),
  row('2019', 'CU11', 'Oct21SU', '15.2.986.9', '2021-10-12', 'KB5007011', C),
  row('2019', 'CU11', 'Nov21SU', '15.2.986.14', '2021-11-09', 'KB5007409', C),
  row('2019', 'CU11', 'Jan22SU', '15.2.986.15', '2022-01-11', 'KB5008631', C),
  row('2019', 'CU11', 'Mar22SU', '15.2.986.22', '2022-03-08', 'KB5010324', C),
  row('2019', 'CU11', 'May22SU', '15.2.986.26', '2022-05-10', 'KB5014261', C),
  row('2019', 'CU11', 'Aug22SU', '15.2.986.29', '2022-08-09', 'KB5015321', C),
  row('2019', 'CU11', 'Oct22SU', '15.2.986.30', '2022-10-11', 'KB5019076', C),
  row('2019', 'CU11', 'Nov22SU', '15.2.986.36', '2022-11-08', 'KB5019758', C),
  row('2019', 'CU11', 'Jan23SU', '15.2.986.37', '2023-01-10', 'KB5022188', C),
  row('2019', 'CU11', 'Feb23SU', '15.2.986.41', '2023-02-14', 'KB5023038', C),
  row('2019', 'CU11', 'Mar23SU', '15.2.986.42', '2023-03-14', 'KB5024296', C),
  row('2019', 'CU12', '', '15.2.1118.7', '2022-04-20', 'KB5011156', C),
  row('2019', 'CU12', 'May22SU', '15.2.1118.9', '2022-05-10', 'KB5014261', C),
  row('2019', 'CU12', 'Aug22SU', '15.2.1118.12', '2022-08-09', 'KB5015321', C),
  row('2019', 'CU12', 'Oct22SU', '15.2.1118.15', '2022-10-11', 'KB5019076', C),
  row('2019', 'CU12', 'Nov22SU', '15.2.1118.20', '2022-11-08', 'KB5019758', C),
  row('2019', 'CU12', 'Jan23SU', '15.2.1118.21', '2023-01-10', 'KB5022188', C),
  row('2019', 'CU12', 'Feb23SU', '15.2.1118.25', '2023-02-14', 'KB5023038', C),
  row('2019', 'CU12', 'Mar23SU', '15.2.1118.26', '2023-03-14', 'KB5024296', C),
  row('2019', 'CU12', 'Jun23SU', '15.2.1118.30', '2023-06-13', 'KB5026261', C),
  row('2019', 'CU12', 'Aug23SU', '15.2.1118.36', '2023-08-08', 'KB5029388', C),
  row('2019', 'CU12', 'Aug23SUv2', '15.2.1118.37', '2023-08-15', 'KB5030524', C),
  row('2019', 'CU12', 'Oct23SU', '15.2.1118.39', '2023-10-10', 'KB5030877', C),
  row('2019', 'CU12', 'Nov23SU', '15.2.1118.40', '2023-11-14', 'KB5032146', C),
  row('2019', 'CU13', '', '15.2.1258.12', '2023-05-03', 'KB5020999', C),
  row('2019', 'CU13', 'Jun23SU', '15.2.1258.16', '2023-06-13', 'KB5026261', C),
  row('2019', 'CU13', 'Aug23SU', '15.2.1258.23', '2023-08-08', 'KB5029388', C),
  row('2019', 'CU13', 'Aug23SUv2', '15.2.1258.25', '2023-08-15', 'KB5030524', C),
  row('2019', 'CU13', 'Oct23SU', '15.2.1258.27', '2023-10-10', 'KB5030877', C),
  row('2019', 'CU13', 'Nov23SU', '15.2.1258.28', '2023-11-14', 'KB5032146', C),
  row('2019', 'CU13', 'Mar24SU', '15.2.1258.32', '2024-03-12', 'KB5036386', C),
  row('2019', 'CU13', 'Apr24HU', '15.2.1258.34', '2024-04-23', 'KB5037224', C),
  row('2019', 'CU13', 'Nov24SU', '15.2.1258.38', '2024-11-12', 'KB5044062', C),
  row('2019', 'CU13', 'Nov24SUv2', '15.2.1258.39', '2024-11-27', 'KB5049233', C),
  row('2019', 'CU14', '', '15.2.1544.4', '2024-02-13', 'KB5035606', C),
  row('2019', 'CU14', 'Mar24SU', '15.2.1544.9', '2024-03-12', 'KB5036386', C),
  row('2019', 'CU14', 'Apr24HU', '15.2.1544.11', '2024-04-23', 'KB5037224', C),
  row('2019', 'CU14', 'Nov24SU', '15.2.1544.13', '2024-11-12', 'KB5044062', C),
  row('2019', 'CU14', 'Nov24SUv2', '15.2.1544.14', '2024-11-27', 'KB5049233', C),
  row('2019', 'CU14', 'Apr25HU', '15.2.1544.25', '2025-04-18', 'KB5050673', C),
  row('2019', 'CU14', 'May25HU', '15.2.1544.27', '2025-05-29', 'KB5057652', C),
  row('2019', 'CU14', 'Aug25SU', '15.2.1544.33', '2025-08-12', 'KB5063222', C),
  row('2019', 'CU14', 'Sep25HU', '15.2.1544.34', '2025-09-08', 'KB5066371', C),
  row('2019', 'CU14', 'Oct25SU', '15.2.1544.36', '2025-10-14', 'KB5066368', C),
  row('2019', 'CU14', 'Dec25SU', '15.2.1544.37', '2025-12-09', 'KB5071874', C),
  row('2019', 'CU14', 'Feb26SU', '15.2.1544.39', '2026-02-10', 'KB5074994', C),
  row('2019', 'CU14', 'Jun26SU', '15.2.1544.41', '2026-06-09', 'KB5094142', C),
  row('2019', 'CU14', 'Jul26SU', '15.2.1544.43', '2026-07-14', 'KB5103214', C),
  row('2019', 'CU14', 'Aug26SU', '15.2.1544.44', '2026-08-11', 'KB5121575', C),
  row('2019', 'CU15', '', '15.2.1748.10', '2025-02-10', 'KB5042461', C),
  row('2019', 'CU15', 'Apr25HU', '15.2.1748.24', '2025-04-18', 'KB5050672', C),
  row('2019', 'CU15', 'May25HU', '15.2.1748.26', '2025-05-29', 'KB5057651', C),
  row('2019', 'CU15', 'Aug25SU', '15.2.1748.36', '2025-08-12', 'KB5063221', C),
  row('2019', 'CU15', 'Sep25HU', '15.2.1748.37', '2025-09-08', 'KB5066372', C),
  row('2019', 'CU15', 'Oct25SU', '15.2.1748.39', '2025-10-14', 'KB5066367', C),
  row('2019', 'CU15', 'Dec25SU', '15.2.1748.42', '2025-12-09', 'KB5071875', C),
  row('2019', 'CU15', 'Feb26SU', '15.2.1748.43', '2026-02-10', 'KB5074993', C),
  row('2019', 'CU15', 'Jun26SU', '15.2.1748.46', '2026-06-09', 'KB5094140', C),
  row('2019', 'CU15', 'Jul26SU', '15.2.1748.48', '2026-07-14', 'KB5103213', C),
  row('2019', 'CU15', 'Aug26SU', '15.2.1748.49', '2026-08-11', 'KB5121574', C),
  // Exchange Server SE
  row('SE', 'RTM', '', '15.2.2562.17', '2025-07-01', 'KB5047155', C),
  row('SE', 'RTM', 'Aug25SU', '15.2.2562.20', '2025-08-12', 'KB5063224', C),
  row('SE', 'RTM', 'Sep25HU', '15.2.2562.27', '2025-09-08', 'KB5066373', C),
  row('SE', 'RTM', 'Oct25SU', '15.2.2562.29', '2025-10-14', 'KB5066366', C),
  row('SE', 'RTM', 'Dec25SU', '15.2.2562.35', '2025-12-09', 'KB5071876', C),
  row('SE', 'RTM', 'Feb26SU', '15.2.2562.37', '2026-02-10', 'KB5074992', C),
  row('SE', 'RTM', 'May26HU', '15.2.2562.41', '2026-05-07', 'KB5081755', C),
  row('SE', 'RTM', 'Jun26SU', '15.2.2562.43', '2026-06-09', 'KB5094139', C),
  row('SE', 'RTM', 'Jul26SU', '15.2.2562.45', '2026-07-14', 'KB5103212', C),
  row('SE', 'RTM', 'Aug26SU', '15.2.2562.46', '2026-08-11', 'KB5121573', C),
];

export interface BuildNumber {
  major: number;
  minor: number;
  build: number;
  revision: number;
}

/**
 * Reads a build number as Exchange shows it: AdminDisplayVersion ("Version 15.1 (Build
 * 2375.7)") or a file version, short or long ("15.1.2375.7", "15.01.2375.007").
 */
export function parseBuildNumber(text: string): (BuildNumber & { adminDisplayVersion: boolean }) | undefined {
  const s = text.trim();
  const adv = /^Version\s+(\d{1,3})\.(\d{1,3})\s*\(Build\s+(\d{1,6})\.(\d{1,6})\)$/i.exec(s);
  if (adv) return { ...numbers(adv), adminDisplayVersion: true };
  const file = /^(\d{1,3})\.(\d{1,3})\.(\d{1,6})\.(\d{1,6})$/.exec(s);
  if (file) return { ...numbers(file), adminDisplayVersion: false };
  return undefined;
}

function numbers(m: RegExpExecArray): BuildNumber {
  return { major: Number(m[1]), minor: Number(m[2]), build: Number(m[3]), revision: Number(m[4]) };
}

export function formatBuild(b: BuildNumber): string {
  return `${b.major}.${b.minor}.${b.build}.${b.revision}`;
}

/** SE continues 2019's 15.2 line; its RTM is 15.2.2562.17 (facts section 0). */
const SE_FIRST_BUILD = 2562;

export function versionOfBuild(b: BuildNumber): BuildRow['version'] | undefined {
  if (b.major === 8) return '2007';
  if (b.major === 14) return '2010';
  if (b.major !== 15) return undefined;
  if (b.minor === 0) return '2013';
  if (b.minor === 1) return '2016';
  if (b.minor === 2) return b.build >= SE_FIRST_BUILD ? 'SE' : '2019';
  return undefined;
}

export interface BuildMatch {
  version: BuildRow['version'];
  /** RTM / SP<n> / SP<n> RU<m> / CU<n>; undefined when the build is older than every listed one. */
  update: string | undefined;
  /** SU/HU/re-release on top of `update` when known ("Mar24SU"), else ''. */
  detail: string;
  /** The build as read, short form. */
  build: string;
  /**
   * True when the rollup / security update level is known: an ExSetup file version that
   * is in the table. AdminDisplayVersion never shows RUs or SUs (facts section 0), and a
   * build missing from the table only tells the SP/CU below it.
   */
  updateExact: boolean;
  /** The table row the answer comes from (exact or the nearest lower one). */
  row: BuildRow | undefined;
}

const BY_BUILD: ReadonlyMap<string, BuildRow> = new Map(BUILDS.map((r) => [r.build, r]));

function compareBuild(a: BuildNumber, b: BuildNumber): number {
  return a.major - b.major || a.minor - b.minor || a.build - b.build || a.revision - b.revision;
}

const PARSED_ROWS: readonly { row: BuildRow; n: BuildNumber }[] = BUILDS.map((row) => {
  const [major, minor, build, revision] = row.build.split('.').map(Number);
  return { row, n: { major, minor, build, revision } };
});

/** The SP or CU a row belongs to: "SP3 RU10" → "SP3"; "CU23" stays. */
export function baseUpdate(update: string): string {
  // Stryker disable next-line Regex: its one caller passes a row's update, written as the runbook writes it ("SP3 RU10")
  return update.replace(/\s+RU\d+$/, '');
}

/** Maps AdminDisplayVersion or an ExSetup file version to version and update. */
export function lookupBuild(text: string): BuildMatch | undefined {
  const parsed = parseBuildNumber(text);
  if (!parsed) return undefined;
  const version = versionOfBuild(parsed);
  if (!version) return undefined;
  const build = formatBuild(parsed);
  const exact = BY_BUILD.get(build);
  if (exact && !parsed.adminDisplayVersion) {
    return { version, update: exact.update, detail: exact.detail, build, updateExact: true, row: exact };
  }
  // The nearest listed build at or below this one, on the same major.minor line (2007 SP3
  // is 8.3, 2010 SP3 is 14.3: the minor number is the service pack there).
  let best: { row: BuildRow; n: BuildNumber } | undefined;
  for (const p of PARSED_ROWS) {
    if (p.row.version !== version || p.n.major !== parsed.major || p.n.minor !== parsed.minor) continue;
    // Stryker disable next-line EqualityOperator: a row of this very build is `exact`, which the answer takes first
    if (compareBuild(p.n, parsed) > 0) continue;
    if (!best || compareBuild(p.n, best.n) > 0) best = p;
  }
  const row = exact ?? best?.row;
  return { version, update: row ? baseUpdate(row.update) : undefined, detail: '', build, updateExact: false, row };
}

/** The release date of an update level ("SP3 RU10", "CU23"), undefined when not listed. */
export function releaseDate(version: string, update: string, rows: readonly BuildRow[] = BUILDS): string | undefined {
  const u = update.trim().toUpperCase().replace(/\s+/g, ' ');
  let first: string | undefined;
  for (const r of rows) {
    if (r.version !== version || !/^(v\d)?$/.test(r.detail) || r.update.toUpperCase() !== u) continue;
    if (
      first === undefined ||
      // Stryker disable next-line EqualityOperator: rows of one update released the same day give it the same date
      r.released < first
    )
      first = r.released;
  }
  return first;
}

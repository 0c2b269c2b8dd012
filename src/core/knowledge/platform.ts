// What each Exchange version needs from its platform: Windows Server, forest functional
// level, Outlook. Every entry carries the page it comes from. Exchange 2003 and 2007 have no entries: the
// facts do not cover them, and rules stay quiet rather than guess.
import {
  ExchangeVersion,
  FOREST_LEVELS,
  ForestLevel,
  OUTLOOK_VERSIONS,
  OutlookVersion,
  WINDOWS_VERSIONS,
  WindowsVersion,
  isVersion,
  rankOf,
  updateAtLeast,
} from './versions';

export interface SupportedOs {
  os: (typeof WINDOWS_VERSIONS)[number];
  /** The Exchange update that added support for this Windows Server, when RTM did not have it. */
  needsUpdate?: string;
  source: string;
}

export interface PlatformFacts {
  /** Windows Server versions the Exchange version runs on. */
  os: SupportedOs[];
  minForestLevel: (typeof FOREST_LEVELS)[number];
  forestSource: string;
  minOutlook: (typeof OUTLOOK_VERSIONS)[number];
  outlookSource: string;
}

const MATRIX = 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/supportability-matrix';
const REQ_2010 =
  'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2010/aa996719(v=exchg.141)';
const REQ_2013 = 'https://learn.microsoft.com/en-us/exchange/exchange-2013-system-requirements-exchange-2013-help';
const REQ_2016_2019_SE = 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements';
const ROADMAP_2007 = 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/exchange-2007-end-of-support';

type Covered = '2010' | '2013' | '2016' | '2019' | 'SE';

/** Windows Server versions from one source: a name alone, or `[name, the update that added it]`. */
function onWindows(source: string, ...entries: (WindowsVersion | [WindowsVersion, string])[]): SupportedOs[] {
  return entries.map((e) => (typeof e === 'string' ? { os: e, source } : { os: e[0], needsUpdate: e[1], source }));
}

// Windows Server each version runs on. Exchange 2010 supports Windows Server 2012 and 2012 R2 from SP3 on.
const OS: Record<Covered, SupportedOs[]> = {
  '2010': onWindows(MATRIX, '2008', '2008R2', ['2012', 'SP3'], ['2012R2', 'SP3']),
  '2013': onWindows(REQ_2013, '2008R2', '2012', ['2012R2', 'SP1']),
  '2016': onWindows(REQ_2016_2019_SE, '2012', '2012R2', ['2016', 'CU3']),
  '2019': [...onWindows(REQ_2016_2019_SE, '2019', ['2022', 'CU12']), ...onWindows(MATRIX, ['2025', 'CU14'])],
  SE: onWindows(MATRIX, '2019', '2022', '2025'),
};

// The lowest forest functional level and the lowest Outlook, each with its source.
const MINIMUMS: Record<Covered, { forest: [ForestLevel, string]; outlook: [OutlookVersion, string] }> = {
  '2010': { forest: ['2003', REQ_2010], outlook: ['2003', ROADMAP_2007] },
  '2013': { forest: ['2003', REQ_2013], outlook: ['2007', REQ_2013] },
  '2016': { forest: ['2008R2', REQ_2016_2019_SE], outlook: ['2010', ROADMAP_2007] },
  '2019': { forest: ['2012R2', REQ_2016_2019_SE], outlook: ['2013', REQ_2016_2019_SE] },
  SE: { forest: ['2012R2', MATRIX], outlook: ['2016', MATRIX] },
};

export const PLATFORM: Partial<Record<ExchangeVersion, PlatformFacts>> = Object.fromEntries(
  (Object.keys(OS) as Covered[]).map((v) => {
    const [minForestLevel, forestSource] = MINIMUMS[v].forest;
    const [minOutlook, outlookSource] = MINIMUMS[v].outlook;
    return [v, { os: OS[v], minForestLevel, forestSource, minOutlook, outlookSource }];
  }),
);

export function platformOf(version: string | undefined): PlatformFacts | undefined {
  return isVersion(version) ? PLATFORM[version] : undefined;
}

export type OsVerdict =
  | { ok: true }
  | { ok: false; reason: 'unsupported'; supported: SupportedOs[]; source: string }
  | { ok: false; reason: 'needs-update'; needsUpdate: string; source: string };

/**
 * Whether `version` at `update` runs on Windows Server `os`. Undefined when the facts do
 * not cover the version, the OS is unknown, or the answer hangs on an update the runbook
 * does not give.
 */
export function judgeOs(
  version: string | undefined,
  update: string | undefined,
  os: string | undefined,
): OsVerdict | undefined {
  const facts = platformOf(version);
  // rankOf answers -1 for a missing OS too.
  if (!facts || rankOf(WINDOWS_VERSIONS, os) < 0) return undefined;
  const entry = facts.os.find((o) => o.os === os);
  if (!entry) return { ok: false, reason: 'unsupported', supported: facts.os, source: facts.os[0].source };
  if (!entry.needsUpdate) return { ok: true };
  const enough = updateAtLeast(version!, update, entry.needsUpdate);
  if (enough === undefined) return undefined;
  return enough
    ? { ok: true }
    : { ok: false, reason: 'needs-update', needsUpdate: entry.needsUpdate, source: entry.source };
}

/** "2008R2" → "2008 R2", as Microsoft writes Windows Server and forest levels. */
export function windowsName(level: string): string {
  // Stryker disable next-line Regex: every caller passes a name of WINDOWS_VERSIONS or FOREST_LEVELS, which have R2 only at their end
  return level.replace(/R2$/, ' R2');
}

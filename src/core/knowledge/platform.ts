// What each Exchange version needs from its platform: Windows Server, forest functional
// level, Outlook. Every entry carries the page it comes from. Exchange 2003 and 2007 have no entries: the
// facts do not cover them, and rules stay quiet rather than guess.
import {
  ExchangeVersion,
  FOREST_LEVELS,
  OUTLOOK_VERSIONS,
  WINDOWS_VERSIONS,
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

export const PLATFORM: Partial<Record<ExchangeVersion, PlatformFacts>> = {
  '2010': {
    os: [
      { os: '2008', source: MATRIX },
      { os: '2008R2', source: MATRIX },
      // Exchange 2010 supports Windows Server 2012 and 2012 R2 from SP3 on.
      { os: '2012', needsUpdate: 'SP3', source: MATRIX },
      { os: '2012R2', needsUpdate: 'SP3', source: MATRIX },
    ],
    minForestLevel: '2003',
    forestSource: REQ_2010,
    minOutlook: '2003',
    outlookSource: ROADMAP_2007,
  },
  '2013': {
    os: [
      { os: '2008R2', source: REQ_2013 },
      { os: '2012', source: REQ_2013 },
      { os: '2012R2', needsUpdate: 'SP1', source: REQ_2013 },
    ],
    minForestLevel: '2003',
    forestSource: REQ_2013,
    minOutlook: '2007',
    outlookSource: REQ_2013,
  },
  '2016': {
    os: [
      { os: '2012', source: REQ_2016_2019_SE },
      { os: '2012R2', source: REQ_2016_2019_SE },
      { os: '2016', needsUpdate: 'CU3', source: REQ_2016_2019_SE },
    ],
    minForestLevel: '2008R2',
    forestSource: REQ_2016_2019_SE,
    minOutlook: '2010',
    outlookSource: ROADMAP_2007,
  },
  '2019': {
    os: [
      { os: '2019', source: REQ_2016_2019_SE },
      { os: '2022', needsUpdate: 'CU12', source: REQ_2016_2019_SE },
      { os: '2025', needsUpdate: 'CU14', source: MATRIX },
    ],
    minForestLevel: '2012R2',
    forestSource: REQ_2016_2019_SE,
    minOutlook: '2013',
    outlookSource: REQ_2016_2019_SE,
  },
  SE: {
    os: [
      { os: '2019', source: MATRIX },
      { os: '2022', source: MATRIX },
      { os: '2025', source: MATRIX },
    ],
    minForestLevel: '2012R2',
    forestSource: MATRIX,
    minOutlook: '2016',
    outlookSource: MATRIX,
  },
};

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
  if (!facts || os === undefined || rankOf(WINDOWS_VERSIONS, os) < 0) return undefined;
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
  return level.replace(/R2$/, ' R2');
}

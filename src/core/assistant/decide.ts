// The assistant's decisions: which answers make sense, which method and which chain of
// versions follow from them, and why. Every threshold and version pair comes from the
// knowledge tables (../knowledge/): nothing here restates a number the
// rules also use.
import { canCoexist, coexistenceEntry } from '../knowledge/coexistence';
import {
  CUTOVER,
  HYBRID,
  HYBRID_SERVER_REQUIREMENTS,
  PUBLIC_FOLDERS_TO_ONLINE,
  SOURCES,
  STAGED,
} from '../knowledge/online';
import { FIRST_RELEASE, latestReleased, releaseDate } from '../knowledge/releases';
import { ExchangeVersion, VERSIONS, VERSION_FACTS, isVersion, versionRank } from '../knowledge/versions';
import type { Locale } from '../types';
import { localDateIso } from '../util/date';
import { publicFoldersStagingText } from '../knowledge/procedures';
import { formatNumber, MessageArgs } from '../l10n/format';
import { say, methodName, versionList } from './text';
import {
  Answers,
  AssistantOptions,
  METHOD_CHOICES,
  MethodVerdict,
  OnlineMethodChoice,
  Recommendation,
  Refusal,
  TARGET_CHOICES,
  TargetChoice,
} from './types';

// Release dates: FIRST_RELEASE in ../knowledge/releases.ts (the build-number table's RTM rows).

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOMAIN = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function sortVersions(versions: readonly ExchangeVersion[]): ExchangeVersion[] {
  return [...new Set(versions)].sort((a, b) => versionRank(a) - versionRank(b));
}

export function inSupport(version: ExchangeVersion, asOf: string): boolean {
  const end = VERSION_FACTS[version].endOfSupport;
  return end === null || asOf <= end;
}

export function released(version: ExchangeVersion, asOf: string): boolean {
  return FIRST_RELEASE[version] <= asOf;
}

/** The newest version released and still supported on `asOf` (Exchange SE today). */
export function supportedTargetAt(asOf: string): ExchangeVersion {
  const candidates = VERSIONS.filter((v) => released(v, asOf) && inSupport(v, asOf));
  return candidates[candidates.length - 1] ?? 'SE';
}

/**
 * The on-premises target a refusal may suggest: the newest `--target` choice released and
 * in support on `asOf` and newer than every source; undefined when none is (a plan dated
 * 2012-06-01 for Exchange 2010 has no newer target: 2013 came out on 2012-12-03).
 */
export function suggestedTargetAt(sources: readonly ExchangeVersion[], asOf: string): ExchangeVersion | undefined {
  const newest = Math.max(...sources.map(versionRank));
  const candidates = TARGET_CHOICES.filter(
    (t): t is Exclude<TargetChoice, 'online'> =>
      t !== 'online' && released(t, asOf) && inSupport(t, asOf) && versionRank(t) > newest,
  );
  return candidates[candidates.length - 1];
}

const STAGED_SOURCES = STAGED.sources as readonly string[];
/** Versions whose public folders cannot go straight to Exchange Online. */
const LEGACY_PF = PUBLIC_FOLDERS_TO_ONLINE.filter((r) => !r.directToOnline).map((r) => r.version as string);

/** The refusal as one line: the reason, then what to do instead. */
export function refusalText(r: Refusal): string {
  const message = /[.!?)]$/.test(r.message) ? r.message : `${r.message}.`;
  return r.suggestion ? `${message} ${r.suggestion}` : message;
}

function refusal(
  locale: Locale,
  reasonId: string,
  args: Record<string, string | number> = {},
  suggestion?: string,
): Refusal {
  return { reasonId, message: say(locale, `refuse.${reasonId}`, args), ...(suggestion ? { suggestion } : {}) };
}

/** Answers that cannot describe an organization, or values out of range. */
export function validateAnswers(answers: Answers, asOf: string, locale: Locale): Refusal | undefined {
  const sources = answers.sources ?? [];
  if (sources.length === 0 || !sources.every((s) => isVersion(s))) {
    return refusal(locale, 'invalid.sources', { value: sources.join(',') });
  }
  if (!isIsoDate(asOf)) return refusal(locale, 'invalid.asOf', { value: asOf });
  if (!Number.isInteger(answers.mailboxes) || answers.mailboxes < 1 || answers.mailboxes > 1_000_000) {
    return refusal(locale, 'invalid.mailboxes', { value: String(answers.mailboxes) });
  }
  const name = (answers.name ?? '').trim();
  // Exchange's organization name is at most 64 characters; a runbook title needs something printable.
  if (name.length === 0 || name.length > 64 || /[\u0000-\u001f\u007f]/.test(name) || !/[\p{L}\p{N}]/u.test(name)) {
    return refusal(locale, 'invalid.name', { value: answers.name ?? '' });
  }
  if (!DOMAIN.test(answers.domain ?? '')) return refusal(locale, 'invalid.domain', { value: answers.domain ?? '' });
  if (!(TARGET_CHOICES as readonly string[]).includes(answers.target))
    return refusal(locale, 'invalid.target', { value: String(answers.target) });
  if (answers.method !== undefined && !(METHOD_CHOICES as readonly string[]).includes(answers.method)) {
    return refusal(locale, 'invalid.method', { value: String(answers.method) });
  }
  const sorted = sortVersions(sources);
  for (const v of sorted) {
    if (!released(v, asOf)) return refusal(locale, 'sources.notReleased', { version: v, date: FIRST_RELEASE[v], asOf });
  }
  // Setup refuses to install a version next to one it cannot coexist with: such an organization does not exist.
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (!canCoexist(sorted[j], sorted[i])) {
        return refusal(locale, 'sources.cannotCoexist', { newer: sorted[j], older: sorted[i] });
      }
    }
  }
  return undefined;
}

// ---- on premises -----------------------------------------------------------------------

export type Hop =
  /** Move everything from the older versions onto servers of `onto` (already present), then decommission them. */
  | { kind: 'consolidate'; from: ExchangeVersion[]; onto: ExchangeVersion }
  /** Install `version` next to what is present, move everything to it, decommission the rest. */
  | { kind: 'install'; version: ExchangeVersion };

/**
 * The fewest installs that lead from `from` to `target`, each version installed next to
 * the one before it (coexistence matrix). Among equally short paths the newest
 * intermediate wins (2007 → SE goes through 2013 and 2019, as Exchange 2019 can be
 * upgraded in place to SE). Undefined when there is none.
 */
export function versionPath(from: ExchangeVersion, target: ExchangeVersion): ExchangeVersion[] | undefined {
  if (from === target) return [];
  const previous = new Map<ExchangeVersion, ExchangeVersion>();
  const queue: ExchangeVersion[] = [from];
  const seen = new Set<ExchangeVersion>([from]);
  while (queue.length > 0) {
    const current = queue.shift()!;
    const next = VERSIONS.filter(
      (v) => versionRank(v) > versionRank(current) && versionRank(v) <= versionRank(target) && canCoexist(v, current),
    ).reverse();
    for (const v of next) {
      if (seen.has(v)) continue;
      seen.add(v);
      previous.set(v, current);
      if (v === target) {
        const path: ExchangeVersion[] = [];
        for (let at: ExchangeVersion | undefined = v; at && at !== from; at = previous.get(at)) path.unshift(at);
        return path;
      }
      queue.push(v);
    }
  }
  return undefined;
}

/** The hops from the versions present to `target`; undefined when a present version is newer than the target. */
export function planHops(present: readonly ExchangeVersion[], target: ExchangeVersion): Hop[] | undefined {
  const sorted = sortVersions(present);
  const newest = sorted[sorted.length - 1];
  if (versionRank(newest) > versionRank(target)) return undefined;
  const path = versionPath(newest, target);
  if (!path) return undefined;
  const hops: Hop[] = [];
  const older = sorted.filter((v) => v !== newest);
  const firstInstallFits = path.length > 0 && older.every((v) => canCoexist(path[0], v));
  if (older.length > 0 && !firstInstallFits) hops.push({ kind: 'consolidate', from: older, onto: newest });
  for (const version of path) hops.push({ kind: 'install', version });
  return hops;
}

// ---- the recommendation ----------------------------------------------------------------

export interface OnlinePlan {
  kind: 'online';
  method: OnlineMethodChoice;
  /** Hybrid: the version of the hybrid server, and whether the runbook installs it. */
  hybridServer?: { version: ExchangeVersion; install: boolean };
  /** Hybrid with on-premises Exchange staying: the version it ends on, and the hops there. */
  stay?: { version: ExchangeVersion; hops: Hop[] };
}

export interface OnPremisesPlan {
  kind: 'on-premises';
  target: ExchangeVersion;
  hops: Hop[];
}

export type Plan = OnlinePlan | OnPremisesPlan;

export type Decision =
  { ok: true; recommendation: Recommendation; plan: Plan; asOf: string } | { ok: false; refusal: Refusal };

export function asOfOf(answers: Answers, options: AssistantOptions): string {
  return answers.asOf ?? options.today ?? localDateIso(new Date());
}

export function decide(answers: Answers, options: AssistantOptions = {}): Decision {
  const locale = options.locale ?? 'en';
  const asOf = asOfOf(answers, options);
  const invalid = validateAnswers(answers, asOf, locale);
  if (invalid) return { ok: false, refusal: invalid };
  return answers.target === 'online'
    ? decideOnline(answers, asOf, locale)
    : decideOnPremises(answers, answers.target, asOf, locale);
}

function count(locale: Locale, n: number): string {
  return formatNumber(locale, n);
}

/** The hybrid server an organization needs: Exchange 2003 and 2007 cannot be one (HYBRID_SERVER_REQUIREMENTS in ../knowledge/online.ts). */
export function hybridServerFor(sources: readonly ExchangeVersion[]): { version: ExchangeVersion; install: boolean } {
  const requirement = HYBRID_SERVER_REQUIREMENTS.find((r) => sources.includes(r.organization));
  if (requirement) return { version: requirement.install.version, install: true };
  // Exchange 2010 and later organizations run the wizard against their own newest server.
  const sorted = sortVersions(sources);
  return { version: sorted[sorted.length - 1], install: false };
}

/**
 * The hybrid server to install when no update it needs was released by `asOf`: Exchange 2013
 * CU2 (2013-07-09) for a 2007 organization, 2010 SP3 (2013-02-12) for a 2003 one.
 */
function hybridServerNotReleased(
  sources: readonly ExchangeVersion[],
  asOf: string,
): { version: ExchangeVersion; update: string; date: string } | undefined {
  const requirement = HYBRID_SERVER_REQUIREMENTS.find((r) => sources.includes(r.organization));
  if (!requirement) return undefined;
  const { version } = requirement.install;
  const update = requirement.options.find((o) => o.version === version)?.minUpdate ?? 'RTM';
  if (latestReleased(version, asOf, update) !== undefined) return undefined;
  return { version, update, date: releaseDate(version, update) ?? FIRST_RELEASE[version] };
}

/** What the online methods' verdicts turn on. */
interface OnlineFacts {
  locale: Locale;
  /** Mailboxes in scope. */
  n: number;
  stay: boolean;
  publicFolders: boolean;
  versions: string;
  /** Only 2003/2007 sources: staged migration is possible. */
  legacyOnly: boolean;
  /** Public folders on 2003/2007 need an Exchange 2010+ server to pass through; cutover and staged install none. */
  pfNeedsServer: boolean;
  pfArgs: { version: ExchangeVersion; staging: string };
}

function decideOnline(answers: Answers, asOf: string, locale: Locale): Decision {
  const sources = sortVersions(answers.sources);
  const n = answers.mailboxes;
  const stay = answers.keepOnPremises;
  const oldest = sources[0];
  const facts: OnlineFacts = {
    locale,
    n,
    stay,
    publicFolders: answers.publicFolders,
    versions: versionList(locale, sources),
    legacyOnly: sources.every((v) => STAGED_SOURCES.includes(v)),
    pfNeedsServer:
      answers.publicFolders &&
      LEGACY_PF.includes(oldest) &&
      !sources.some((v) => versionRank(v) >= versionRank('2010')),
    pfArgs: { version: oldest, staging: publicFoldersStagingText(locale) },
  };
  const verdicts = [cutoverVerdict(facts), stagedVerdict(facts), hybridVerdict(facts)];
  const byMethod = (m: OnlineMethodChoice) => verdicts.find((v) => v.method === m)!;
  const recommended = recommendedMethod(facts);
  byMethod(recommended).recommended = true;

  const chosen = answers.method ?? recommended;
  const verdict = byMethod(chosen);
  if (!verdict.allowed) {
    return {
      ok: false,
      refusal: {
        reasonId: verdict.reasonId,
        message: verdict.reason,
        suggestion: say(locale, 'suggest.method', { method: methodName(locale, recommended), flag: recommended }),
      },
    };
  }

  const warnings: string[] = [];
  if (chosen === 'cutover' && n > CUTOVER.recommendedMax)
    warnings.push(say(locale, 'warning.cutoverSize', { count: count(locale, n), recommended: CUTOVER.recommendedMax }));
  if (chosen === 'hybrid' && n < HYBRID.worthItFrom)
    warnings.push(say(locale, 'warning.hybridSmall', { count: count(locale, n), threshold: HYBRID.worthItFrom }));

  const plan: OnlinePlan = { kind: 'online', method: chosen };
  const installs: ExchangeVersion[] = [];
  if (chosen === 'hybrid') {
    const unreleased = hybridServerNotReleased(sources, asOf);
    if (unreleased) {
      const alternative = verdicts.find((v) => v.allowed && v.method !== 'hybrid' && v.method === recommended);
      return {
        ok: false,
        refusal: refusal(
          locale,
          'hybrid.notReleased',
          { ...unreleased, versions: facts.versions, asOf },
          alternative && say(locale, 'suggest.method', { method: methodName(locale, recommended), flag: recommended }),
        ),
      };
    }
    planHybrid(plan, sources, stay, asOf, locale, installs, warnings);
  }
  const transitions = installs.filter((v) => !inSupport(v, asOf));
  if (transitions.length > 0) warnings.push(transitionWarning(locale, transitions));

  const sourcesByMethod: Record<OnlineMethodChoice, string[]> = {
    cutover: [SOURCES.cutover, SOURCES.roadmap2007],
    staged: [SOURCES.stagedWhatToKnow, SOURCES.roadmap2007],
    hybrid: [SOURCES.hybridPrerequisites, SOURCES.roadmap2007, SOURCES.roadmap2010],
  };
  return {
    ok: true,
    asOf,
    plan,
    recommendation: {
      target: 'online',
      method: chosen,
      overridden: answers.method !== undefined && answers.method !== recommended,
      reasonId: verdict.reasonId,
      reason: verdict.reason,
      sources: sourcesByMethod[chosen],
      installs,
      methods: verdicts,
      warnings,
    },
  };
}

/**
 * The recommendation (docs/assistant.md): hybrid when on-premises stays or legacy public
 * folders need a server; cutover up to 150; staged above 150 from 2003/2007; hybrid otherwise.
 */
function recommendedMethod(o: OnlineFacts): OnlineMethodChoice {
  if (o.stay || o.pfNeedsServer) return 'hybrid';
  if (o.n <= CUTOVER.recommendedMax) return 'cutover';
  if (o.legacyOnly) return 'staged';
  return 'hybrid';
}

/** A hybrid plan's server, and the hops to a supported version when on-premises stays. */
function planHybrid(
  plan: OnlinePlan,
  sources: ExchangeVersion[],
  stay: boolean,
  asOf: string,
  locale: Locale,
  installs: ExchangeVersion[],
  warnings: string[],
): void {
  plan.hybridServer = hybridServerFor(sources);
  if (plan.hybridServer.install) installs.push(plan.hybridServer.version);
  if (!stay) {
    warnings.push(say(locale, 'warning.decommissionAll'));
    return;
  }
  const version = supportedTargetAt(asOf);
  const present = sortVersions([...sources, plan.hybridServer.version]);
  const hops = planHops(present, version) ?? [];
  plan.stay = { version, hops };
  for (const hop of hops) if (hop.kind === 'install') installs.push(hop.version);
  warnings.push(say(locale, 'warning.stay', { version, asOf }));
}

/** A method's verdict; its reason is the message `reason.<reasonId>` with these arguments. */
function verdict(
  o: OnlineFacts,
  method: OnlineMethodChoice,
  allowed: boolean,
  reasonId: string,
  args?: MessageArgs,
): MethodVerdict {
  return { method, recommended: false, allowed, reasonId, reason: say(o.locale, `reason.${reasonId}`, args) };
}

function cutoverVerdict(o: OnlineFacts): MethodVerdict {
  const { locale, n } = o;
  const method = methodName(locale, 'cutover');
  if (o.stay) return verdict(o, 'cutover', false, 'method.stay', { method });
  const max = count(locale, CUTOVER.hardMax);
  if (n > CUTOVER.hardMax) return verdict(o, 'cutover', false, 'cutover.tooMany', { count: count(locale, n), max });
  if (o.pfNeedsServer) return verdict(o, 'cutover', false, 'publicFolders.legacy', { ...o.pfArgs, method });
  const size = n > CUTOVER.recommendedMax ? 'cutover.large' : 'cutover.small';
  return verdict(o, 'cutover', true, size, { count: count(locale, n), recommended: CUTOVER.recommendedMax, max });
}

function stagedVerdict(o: OnlineFacts): MethodVerdict {
  const { locale, n } = o;
  const method = methodName(locale, 'staged');
  if (!o.legacyOnly) return verdict(o, 'staged', false, 'staged.source', { versions: o.versions });
  if (o.stay) return verdict(o, 'staged', false, 'method.stay', { method });
  if (o.publicFolders) return verdict(o, 'staged', false, 'publicFolders.legacy', { ...o.pfArgs, method });
  if (n > CUTOVER.recommendedMax)
    return verdict(o, 'staged', true, 'staged.large', {
      count: count(locale, n),
      versions: o.versions,
      rows: count(locale, STAGED.maxCsvRows),
    });
  return verdict(o, 'staged', true, 'staged.small', { count: count(locale, n), recommended: CUTOVER.recommendedMax });
}

function hybridVerdict(o: OnlineFacts): MethodVerdict {
  const { locale, n } = o;
  if (o.stay) return verdict(o, 'hybrid', true, 'hybrid.stay');
  if (o.pfNeedsServer) return verdict(o, 'hybrid', true, 'hybrid.publicFolders', o.pfArgs);
  if (n < HYBRID.worthItFrom)
    return verdict(o, 'hybrid', true, 'hybrid.small', { count: count(locale, n), threshold: HYBRID.worthItFrom });
  if (!o.legacyOnly && n > CUTOVER.recommendedMax)
    return verdict(o, 'hybrid', true, 'hybrid.large', {
      count: count(locale, n),
      versions: o.versions,
      recommended: CUTOVER.recommendedMax,
    });
  return verdict(o, 'hybrid', true, 'hybrid.option');
}

function transitionWarning(locale: Locale, versions: ExchangeVersion[]): string {
  const sorted = sortVersions(versions);
  return say(locale, sorted.length === 1 ? 'warning.transitionUnsupported.one' : 'warning.transitionUnsupported.many', {
    versions: versionList(locale, sorted),
  });
}

function decideOnPremises(
  answers: Answers,
  target: Exclude<TargetChoice, 'online'>,
  asOf: string,
  locale: Locale,
): Decision {
  const sources = sortVersions(answers.sources);
  const refused = onPremisesRefusal(answers, sources, target, asOf, locale);
  if (refused) return { ok: false, refusal: refused };
  const hops = planHops(sources, target);
  if (!hops)
    return {
      ok: false,
      refusal: refusal(locale, 'target.noPath', { version: target, versions: versionList(locale, sources) }),
    };

  const installs = hops
    .filter((h): h is Extract<Hop, { kind: 'install' }> => h.kind === 'install')
    .map((h) => h.version);
  const intermediates = installs.slice(0, -1);
  const { reasonId, reason } = onPremisesReason(sources, target, hops, installs, locale);
  const warnings: string[] = [];
  const transitions = intermediates.filter((v) => !inSupport(v, asOf));
  if (transitions.length > 0) warnings.push(transitionWarning(locale, transitions));
  if (VERSION_FACTS[target].endOfSupport === null) warnings.push(say(locale, 'warning.modernLifecycle'));
  return {
    ok: true,
    asOf,
    plan: { kind: 'on-premises', target, hops },
    recommendation: {
      target,
      overridden: false,
      reasonId,
      reason,
      sources: coexistencePages(sources, installs),
      installs,
      methods: [],
      warnings,
    },
  };
}

/** Why no on-premises runbook fits: a method asked for, a target not released or out of support, or not newer. */
function onPremisesRefusal(
  answers: Answers,
  sources: ExchangeVersion[],
  target: Exclude<TargetChoice, 'online'>,
  asOf: string,
  locale: Locale,
): Refusal | undefined {
  const newest = sources[sources.length - 1];
  const supported = supportedTargetAt(asOf);
  const suggested = suggestedTargetAt(sources, asOf);
  const suggestion = suggested && say(locale, 'suggest.target', { version: suggested });
  if (answers.method !== undefined)
    return refusal(locale, 'method.onPremises', { method: answers.method, version: target });
  if (!released(target, asOf))
    return refusal(locale, 'target.notReleased', { version: target, date: FIRST_RELEASE[target], asOf }, suggestion);
  if (!inSupport(target, asOf))
    return refusal(
      locale,
      'target.endOfSupport',
      { version: target, date: VERSION_FACTS[target].endOfSupport!, asOf, supported },
      suggestion,
    );
  if (versionRank(newest) > versionRank(target)) return refusal(locale, 'target.older', { version: target, newest });
  if (sources.length === 1 && newest === target) return refusal(locale, 'target.same', { version: target });
  return undefined;
}

/** The reason for the on-premises path: a consolidation first (when any), then the chain, the direct move, or neither. */
function onPremisesReason(
  sources: ExchangeVersion[],
  target: ExchangeVersion,
  hops: Hop[],
  installs: ExchangeVersion[],
  locale: Locale,
): { reasonId: string; reason: string } {
  const newest = sources[sources.length - 1];
  const path = [newest, ...installs].map((v) => `Exchange ${v}`).join(' → ');
  const reasons: string[] = [];
  const consolidate = hops.find((h): h is Extract<Hop, { kind: 'consolidate' }> => h.kind === 'consolidate');
  if (consolidate) {
    const blocked = installs[0] ?? target;
    reasons.push(
      say(locale, 'reason.onPremises.consolidate', {
        older: versionList(locale, consolidate.from),
        onto: consolidate.onto,
        next: blocked,
      }),
    );
  }
  const intermediates = installs.slice(0, -1);
  let pathId: string;
  if (intermediates.length > 0) {
    const blocking = sources.filter((v) => !canCoexist(target, v));
    pathId = 'onPremises.chain';
    reasons.push(
      say(locale, 'reason.onPremises.chain', {
        path,
        target,
        blocking: versionList(locale, blocking.length ? blocking : [newest]),
        intermediates: versionList(locale, intermediates),
      }),
    );
  } else if (installs.length === 1) {
    pathId = 'onPremises.direct';
    reasons.push(say(locale, 'reason.onPremises.direct', { path, target, versions: versionList(locale, sources) }));
  } else {
    pathId = 'onPremises.onlyConsolidate';
    reasons.push(say(locale, 'reason.onPremises.onlyConsolidate', { target }));
  }
  return { reasonId: consolidate ? 'onPremises.consolidate' : pathId, reason: reasons.join(' ') };
}

/** Microsoft's coexistence page of each install next to the versions before it, and the roadmap. */
function coexistencePages(sources: ExchangeVersion[], installs: ExchangeVersion[]): string[] {
  const sourcePages = new Set<string>();
  let previous: ExchangeVersion[] = sources;
  for (const v of installs) {
    for (const p of previous) {
      const entry = coexistenceEntry(v, p);
      if (entry) sourcePages.add(entry.source);
    }
    previous = [v];
  }
  sourcePages.add(SOURCES.roadmap2007);
  return [...sourcePages];
}

// A plan that ends on an Exchange version past its end of support, or keeps such a server,
// leaves the organization without security updates (lifecycle dates in knowledge/versions.ts;
// Exchange SE is on the Modern Lifecycle and never flagged). A version installed only as a
// transition and decommissioned again is advice (info): it is the documented path, but the
// server runs unsupported for a while. A listed server the runbook decommissions is the
// point of the runbook: not reported. When `target.version` itself is reported, servers of
// that version are not reported again (one mistake, one finding).

import type { ServerState } from '../model';
import { defineRule } from '../rule';
import { VERSION_FACTS, isVersion } from '../knowledge/versions';

export const rule = defineRule({
  id: 'end-of-support',
  defaultSeverity: 'warning',
  description: {
    en: 'The target version, or a server present at the end, is past its end of support.',
    sv: 'Målversionen, eller en server som finns kvar i slutet, har passerat sitt supportslut.',
  },
  fixable: false,
  tags: ['on-premises'],
  messages: {
    en: {
      target:
        'Exchange {version} reached its end of support on {date} (as of {asOf}): plan for a supported version (Exchange Server SE)',
      remains:
        '{server} runs Exchange {version}, which reached its end of support on {date} (as of {asOf}), and is still in the organization at the end of the runbook',
      transition:
        '{server} runs Exchange {version}, past its end of support on {date} (as of {asOf}); it is a transition server and is decommissioned later, so keep that period short',
    },
    sv: {
      target:
        'Supporten för Exchange {version} upphörde {date} (per {asOf}): planera för en version som stöds (Exchange Server SE)',
      remains:
        '{server} kör Exchange {version}, vars support upphörde {date} (per {asOf}), och finns kvar i organisationen när körboken slutar',
      transition:
        '{server} kör Exchange {version}, vars support upphörde {date} (per {asOf}); det är en övergångsserver som avvecklas senare, så håll den perioden kort',
    },
  },
  create(context) {
    const { parsed, facts, asOf } = context;
    const pastEnd = (version: string | undefined) => {
      if (!isVersion(version)) return undefined;
      const date = VERSION_FACTS[version].endOfSupport;
      return date !== null && asOf > date ? date : undefined;
    };
    const rangeOf = (s: ServerState) =>
      s.installedBy
        ? context.range.field(s.installedBy.node, 'version')
        : s.entry
          ? context.range.line(s.entry.node)
          : { start: 0, end: 0 };
    return {
      onEnd(final) {
        const target = facts.target.platform === 'on-premises' ? facts.target.version : undefined;
        const targetDate = pastEnd(target);
        if (targetDate && parsed.target) {
          context.report({
            range: context.range.field(parsed.target, 'version'),
            messageId: 'target',
            args: { version: target!, date: targetDate, asOf },
            data: { source: VERSION_FACTS[target as keyof typeof VERSION_FACTS].source },
          });
        }
        for (const s of final.servers.values()) {
          const date = pastEnd(s.version);
          if (!date || (targetDate && s.version === target)) continue;
          context.report({
            range: rangeOf(s),
            step: s.installedBy,
            messageId: 'remains',
            args: { server: s.name, version: s.version!, date, asOf },
          });
        }
        for (const s of final.retired.values()) {
          const date = pastEnd(s.version);
          if (!date || s.origin !== 'installed') continue;
          context.report({
            range: rangeOf(s),
            step: s.installedBy,
            severity: 'info',
            messageId: 'transition',
            args: { server: s.name, version: s.version!, date, asOf },
          });
        }
      },
    };
  },
});

// Exchange Setup checks the forest functional level before it prepares Active Directory:
// Exchange 2016 needs Windows Server 2008 R2 or higher, 2019 and SE need 2012 R2. Judged at
// the first install of each version (on-premises Exchange only; the tenant has its own
// requirements); quiet when `forestFunctionalLevel` is not given.
import { defineRule } from '../rule';
import { FOREST_LEVELS, isVersion, rankOf } from '../knowledge/versions';
import { platformOf, windowsName } from '../knowledge/platform';

export const rule = defineRule({
  id: 'forest-level',
  defaultSeverity: 'error',
  description: {
    en: 'The forest functional level is below what an installed Exchange version needs.',
    sv: 'Skogens funktionsnivå är lägre än vad en installerad Exchange-version kräver.',
  },
  fixable: false,
  tags: ['on-premises'],
  messages: {
    en: {
      low: 'Exchange {version} needs a forest functional level of Windows Server {minimum} or higher, but this forest is at Windows Server {level}: raise the forest functional level before preparing Active Directory',
    },
    sv: {
      low: 'Exchange {version} kräver skogens funktionsnivå Windows Server {minimum} eller högre, men den här skogen har Windows Server {level}: höj skogens funktionsnivå innan Active Directory förbereds',
    },
  },
  create(context) {
    const { facts } = context;
    const level = facts.organization.forestFunctionalLevel;
    const judged = new Set<string>();
    return {
      onStep(step) {
        if (step.action !== 'install-exchange' || rankOf(FOREST_LEVELS, level) < 0) return;
        const version = context.source.string(step.node, 'version');
        if (!isVersion(version) || judged.has(version)) return;
        judged.add(version);
        const facts = platformOf(version);
        if (!facts || rankOf(FOREST_LEVELS, level) >= rankOf(FOREST_LEVELS, facts.minForestLevel)) return;
        context.report({
          range: context.range.field(step.node, 'version'),
          step,
          messageId: 'low',
          args: { version, minimum: windowsName(facts.minForestLevel), level: windowsName(level!) },
          data: { source: facts.forestSource },
        });
      },
    };
  },
});

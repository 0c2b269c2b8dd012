// Each Exchange version's Setup needs the schema extended and Active Directory prepared
// with its own (or newer) media: /PrepareSchema, then /PrepareAD and /PrepareAllDomains,
// run as Schema and Enterprise Admins in the schema master's site. A runbook that installs
// without those steps leaves the hardest permissions question to the day of the install.
// Servers listed or installed earlier count as prepared for their version: adding a second
// server of a version the organization already runs needs no new preparation.
import { defineRule } from '../rule';
import { isVersion, versionRank } from '../knowledge/versions';
import { prepareLink } from '../knowledge/procedures';
import type { YamlEntries } from '../fix';

export const rule = defineRule({
  id: 'prepare-before-install',
  defaultSeverity: 'warning',
  description: {
    en: 'Exchange is installed without an earlier prepare-schema and prepare-ad for that version or newer.',
    sv: 'Exchange installeras utan ett tidigare prepare-schema och prepare-ad för den versionen eller senare.',
  },
  fixable: true,
  tags: ['on-premises'],
  messages: {
    en: {
      both: 'Exchange {version} is installed before the schema is extended and Active Directory is prepared for it: add `prepare-schema` and `prepare-ad` with Exchange {version} media before this step',
      schema:
        'Exchange {version} is installed before the schema is extended for it: add `prepare-schema` with Exchange {version} media before this step',
      ad: 'Exchange {version} is installed before Active Directory is prepared for it: add `prepare-ad` with Exchange {version} media before this step',
      fix: 'Insert {steps} for Exchange {version} before the install',
    },
    sv: {
      both: 'Exchange {version} installeras innan schemat har utökats och Active Directory har förberetts för den: lägg till `prepare-schema` och `prepare-ad` med installationsmediet för Exchange {version} före det här steget',
      schema:
        'Exchange {version} installeras innan schemat har utökats för den: lägg till `prepare-schema` med installationsmediet för Exchange {version} före det här steget',
      ad: 'Exchange {version} installeras innan Active Directory har förberetts för den: lägg till `prepare-ad` med installationsmediet för Exchange {version} före det här steget',
      fix: 'Infoga {steps} för Exchange {version} före installationen',
    },
  },
  create(context) {
    let runningRank = -1;
    return {
      onStart(state) {
        for (const s of state.servers.values()) runningRank = Math.max(runningRank, versionRank(s.version));
      },
      onStep(step, state) {
        if (step.action !== 'install-exchange') return;
        const version = context.source.string(step.node, 'version');
        if (!isVersion(version)) return;
        const need = versionRank(version);
        const schemaMissing = Math.max(versionRank(state.schemaPreparedFor), runningRank) < need;
        const adMissing = Math.max(versionRank(state.adPreparedFor), runningRank) < need;
        runningRank = Math.max(runningRank, need);
        if (!schemaMissing && !adMissing) return;
        const writer = context.fixer.steps;
        const steps: YamlEntries[] = [];
        if (schemaMissing) steps.push(writer.prepareSchema(version));
        if (adMissing) steps.push(writer.prepareAd(version));
        const names = [schemaMissing ? '`prepare-schema`' : '', adMissing ? '`prepare-ad`' : '']
          .filter(Boolean)
          .join(' + ');
        context.report({
          range: context.range.line(step),
          step,
          messageId: schemaMissing && adMissing ? 'both' : schemaMissing ? 'schema' : 'ad',
          args: { version },
          fix: {
            title: context.message('fix', { steps: names, version }),
            edits: [context.fixer.insertStepsBefore(step, steps)],
          },
          data: { source: prepareLink(version) },
        });
      },
    };
  },
});

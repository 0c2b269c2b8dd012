// Exchange Setup checks the update level of every older server before it installs a new
// version (e.g. Exchange 2013 needs every Exchange 2007 server on SP3 RU10). The fix
// updates the lagging server to the last update of its version, which satisfies every
// later install too (2013 CU10 would do for 2016, but 2019 then needs CU21: CU23 ends it).
import { fieldString } from '../parse';
import type { RuleDefinition } from '../rule';
import { format } from '../rule';
import { coexistenceEntry, lagsBehind } from '../knowledge/coexistence';
import { isVersion } from '../knowledge/versions';
import { insertStepsBefore, latestUpdate, stepRange, StepWriter } from './support/onprem';

export const rule: RuleDefinition = {
  id: 'coexistence-update',
  defaultSeverity: 'warning',
  description: {
    en: 'Before a new Exchange version is installed, an existing server is below the update level it requires.',
    sv: 'Innan en ny Exchange-version installeras ligger en befintlig server under den uppdateringsnivå som krävs.',
  },
  fixable: true,
  messages: {
    en: {
      lagging:
        '{server} runs Exchange {old} {update}, but Exchange {version} Setup needs {minimum} or later on every Exchange {old} server: update {server} before this install',
      fix: 'Insert an `update-server` step that brings {server} to Exchange {old} {target}',
    },
    sv: {
      lagging:
        '{server} kör Exchange {old} {update}, men installationsprogrammet för Exchange {version} kräver {minimum} eller senare på alla Exchange {old}-servrar: uppdatera {server} före den här installationen',
      fix: 'Infoga ett `update-server`-steg som uppdaterar {server} till Exchange {old} {target}',
    },
  },
  create(context) {
    const { parsed, doc } = context;
    const messages = rule.messages[context.locale] ?? rule.messages.en;
    // Each lagging server once, at the first install that needs it: its fix brings the server
    // to the last update, which every later install accepts too (one mistake, one finding).
    const reported = new Set<string>();
    return {
      onStep(step, state) {
        if (step.action !== 'install-exchange') return;
        const version = fieldString(step.node, 'version', doc);
        if (!isVersion(version)) return;
        for (const server of state.servers.values()) {
          const minimum = lagsBehind(version, server.version, server.update);
          if (!minimum || !server.version || reported.has(server.name)) continue;
          reported.add(server.name);
          const target = latestUpdate(server.version);
          const writer = new StepWriter(parsed, context.locale);
          context.report({
            range: stepRange(parsed, step),
            step,
            messageId: 'lagging',
            args: { server: server.name, old: server.version, update: server.update ?? '', version, minimum },
            fix: {
              title: format(messages.fix, { server: server.name, old: server.version, target }),
              edits: [insertStepsBefore(parsed, step, [writer.update(server, target, version, minimum)])],
            },
            data: { server: server.name, minimum, source: coexistenceEntry(version, server.version)?.source },
          });
        }
      },
    };
  },
};

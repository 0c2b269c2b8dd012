// Exchange Setup checks the update level of every older server before it installs a new
// version (e.g. Exchange 2013 needs every Exchange 2007 server on SP3 RU10). The fix
// updates the lagging server to the last update of its version, which satisfies every
// later install too (2013 CU10 would do for 2016, but 2019 then needs CU21: CU23 ends it).
import type { Node } from '../parse';
import { defineRule } from '../rule';
import { coexistenceEntry, lagsBehind, newServerBelow } from '../knowledge/coexistence';
import { isVersion, updateRank, versionRank } from '../knowledge/versions';

export const rule = defineRule({
  id: 'coexistence-update',
  defaultSeverity: 'warning',
  description: {
    en: 'Before a new Exchange version is installed, an existing server is below the update level it requires.',
    sv: 'Innan en ny Exchange-version installeras ligger en befintlig server under den uppdateringsnivå som krävs.',
  },
  fixable: true,
  tags: ['on-premises'],
  messages: {
    en: {
      lagging:
        '{server} runs Exchange {old} {update}, but Exchange {version} Setup needs {minimum} or later on every Exchange {old} server: update {server} before this install',
      fix: 'Insert an `update-server` step that brings {server} to Exchange {old} {target}',
      newTooOld:
        'Exchange {version} {update} cannot join an organization with Exchange {old} servers: Setup needs Exchange {version} {minimum} or later there; install a later update',
      fixNew: 'Install Exchange {version} {target} instead',
      notReleased:
        '{message}; no fix is offered: no update of Exchange {version} at {minimum} or later was released by {asOf}',
    },
    sv: {
      lagging:
        '{server} kör Exchange {old} {update}, men installationsprogrammet för Exchange {version} kräver {minimum} eller senare på alla Exchange {old}-servrar: uppdatera {server} före den här installationen',
      fix: 'Infoga ett `update-server`-steg som uppdaterar {server} till Exchange {old} {target}',
      newTooOld:
        'Exchange {version} {update} kan inte läggas till i en organisation med Exchange {old}-servrar: installationsprogrammet kräver Exchange {version} {minimum} eller senare där; installera en senare uppdatering',
      fixNew: 'Installera Exchange {version} {target} i stället',
      notReleased:
        '{message}; ingen åtgärd erbjuds: ingen uppdatering av Exchange {version} på {minimum} eller senare hade släppts den {asOf}',
    },
  },
  create(context) {
    // Each lagging server once, at the first install that needs it: its fix brings the server
    // to the last update, which every later install accepts too (one mistake, one finding).
    const reported = new Set<string>();
    return {
      onStep(step, state) {
        if (step.action !== 'install-exchange') return;
        const version = context.source.string(step.node, 'version');
        if (!isVersion(version)) return;
        // The new server itself: Exchange 2013 joins a 2007 or 2010 organization from CU2 on.
        const update = context.source.string(step.node, 'update');
        const present = context.servers.versions(state.servers);
        const newMinimum = newServerBelow(version, present, update);
        const updateNode = context.source.pair(step.node, 'update')?.value as Node | undefined;
        if (newMinimum && updateNode?.range) {
          const olds = [
            ...new Set(
              [...state.servers.values()]
                .filter((s) => coexistenceEntry(version, s.version)?.minimumNewUpdate)
                .map((s) => s.version!),
            ),
          ];
          olds.sort((a, b) => versionRank(a) - versionRank(b));
          const target = context.releases.latest(version, newMinimum);
          // Stryker disable next-line StringLiteral: never reached: an unknown update is never below a minimum (updateAtLeast answers undefined)
          const args = { version, update: update ?? '', old: context.text.list(olds), minimum: newMinimum };
          context.report({
            range: { start: updateNode.range[0], end: updateNode.range[1] },
            step,
            ...(target
              ? {
                  messageId: 'newTooOld',
                  args,
                  fix: {
                    title: context.message('fixNew', { version, target }),
                    edits: [context.fixer.replace(updateNode, context.text.scalar(target))],
                  },
                }
              : {
                  messageId: 'notReleased',
                  args: {
                    message: context.message('newTooOld', args),
                    version,
                    minimum: newMinimum,
                    asOf: context.asOf,
                  },
                }),
            data: { minimum: newMinimum, source: coexistenceEntry(version, olds[0])?.source },
          });
        }
        // Each server is looked at only when some present version has one below its minimum:
        // a look at every server at every install made linting quadratic in servers.
        const someLag = present.some((v) => {
          const minimum = coexistenceEntry(version, v)?.minimumUpdate;
          const need = minimum ? updateRank(v, minimum) : undefined;
          // Stryker disable next-line ConditionalExpression: a pre-filter for speed; lagsBehind judges each server, so letting more through changes no finding
          const lowest = need === undefined ? undefined : context.servers.lowestUpdateRank(state.servers, v!);
          // Stryker disable next-line ConditionalExpression,EqualityOperator: a pre-filter for speed; lagsBehind judges each server, so letting more through changes no finding
          return need !== undefined && lowest !== undefined && lowest < need;
        });
        // Stryker disable next-line ConditionalExpression: a pre-filter for speed; lagsBehind judges each server, so letting more through changes no finding
        if (!someLag) return;
        for (const server of state.servers.values()) {
          const minimum = lagsBehind(version, server.version, server.update);
          if (!minimum || !server.version || reported.has(server.name)) continue;
          reported.add(server.name);
          const target = context.releases.latest(server.version, minimum);
          const writer = context.fixer.steps;
          // Stryker disable next-line StringLiteral: never reached: a server of unknown update never lags (lagsBehind answers undefined)
          const args = { server: server.name, old: server.version, update: server.update ?? '', version, minimum };
          context.report({
            range: context.range.line(step),
            step,
            ...(target
              ? {
                  messageId: 'lagging',
                  args,
                  fix: {
                    title: context.message('fix', { server: server.name, old: server.version, target }),
                    edits: [context.fixer.insertStepsBefore(step, [writer.update(server, target, version, minimum)])],
                  },
                }
              : {
                  messageId: 'notReleased',
                  args: {
                    message: context.message('lagging', args),
                    version: server.version,
                    minimum,
                    asOf: context.asOf,
                  },
                }),
            data: { server: server.name, minimum, source: coexistenceEntry(version, server.version)?.source },
          });
        }
      },
    };
  },
});

// Staged migration reads mailboxes over Outlook Anywhere from Exchange 2003 and 2007 only;
// Exchange Online refuses a staged batch for Exchange 2010 or later mailboxes.
import { defineRule } from '../rule';
import { STAGED } from '../knowledge/online';
import { versionRank } from '../knowledge/versions';

export const rule = defineRule({
  id: 'staged-source',
  defaultSeverity: 'error',
  description: {
    en: 'A staged migration from an organization with Exchange 2010 or newer mailboxes.',
    sv: 'En stegvis migrering från en organisation med postlådor på Exchange 2010 eller senare.',
  },
  fixable: false,
  tags: ['exchange-online'],
  messages: {
    en: {
      source:
        'a staged migration cannot move mailboxes from Exchange 2010 or later, but there are mailboxes on {servers}: staged migration reads only Exchange 2003 and 2007; use a cutover migration (up to 2,000 mailboxes) or a hybrid migration',
    },
    sv: {
      source:
        'en stegvis migrering kan inte flytta postlådor från Exchange 2010 eller senare, men det finns postlådor på {servers}: stegvis migrering läser bara Exchange 2003 och 2007; använd snabb migrering (upp till 2 000 postlådor) eller hybridmigrering',
    },
  },
  create(context) {
    return {
      onStart(state) {
        if (context.servers.onlineMethod() !== 'staged') return;
        // Stryker disable next-line UnaryOperator: the start value only has to be below every rank of STAGED.sources; with +1 the max over 2003 (0) and 2007 (1) is still 1
        const newest = (STAGED.sources as readonly string[]).reduce((max, v) => Math.max(max, versionRank(v)), -1);
        const offending = [...state.servers.values()].filter(
          (s) => s.hosts.mailboxes > 0 && versionRank(s.version) > newest,
        );
        if (offending.length === 0) return;
        context.report({
          range: context.range.section('target', 'method'),
          messageId: 'source',
          args: { servers: offending.map(context.text.server).join(', ') },
          data: { servers: offending.map((s) => s.name) },
        });
      },
    };
  },
});

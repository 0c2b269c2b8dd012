// Full hybrid costs a hybrid server, certificates, directory sync and months of
// coexistence; Microsoft's roadmaps find it worth that from about 150 mailboxes.
import { defineRule } from '../rule';
import { HYBRID } from '../knowledge/online';

export const rule = defineRule({
  id: 'hybrid-size',
  defaultSeverity: 'info',
  description: {
    en: 'A full hybrid migration for fewer than 150 mailboxes.',
    sv: 'En fullständig hybridmigrering för färre än 150 postlådor.',
  },
  fixable: false,
  tags: ['exchange-online'],
  messages: {
    en: {
      small:
        'full hybrid for {count} mailboxes: Microsoft finds full hybrid worth its effort (hybrid server, certificates, directory sync, months of coexistence) from about {threshold} mailboxes; for fewer, a cutover migration, or a staged migration from Exchange 2003/2007, is usually simpler',
    },
    sv: {
      small:
        'fullständig hybridmigrering för {count} postlådor: Microsoft anser att fullständig hybrid är värd besväret (hybridserver, certifikat, katalogsynkronisering, månader av samexistens) från ungefär {threshold} postlådor; för färre är snabb migrering, eller stegvis migrering från Exchange 2003/2007, oftast enklare',
    },
  },
  create(context) {
    return {
      onStart(state) {
        if (context.servers.onlineMethod() !== 'hybrid') return;
        const mailboxes = context.servers.mailboxesInScope(state);
        if (mailboxes >= HYBRID.worthItFrom) return;
        context.report({
          range: context.range.section('target', 'method'),
          messageId: 'small',
          args: { count: context.text.count(mailboxes), threshold: HYBRID.worthItFrom },
          data: { mailboxes },
        });
      },
    };
  },
});

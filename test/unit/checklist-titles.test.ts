// Step titles derived from the action and its fields, for every action, in English and Swedish.
import * as assert from 'assert';
import { derivedStepTitle } from '../../src/core/checklist';
import { ACTION_IDS } from '../../src/core/knowledge/actions';
import { parseRunbook } from '../../src/core/parse';
import type { Locale } from '../../src/core/types';

function titleOf(step: string, locale: Locale): string {
  const indented = step
    .trim()
    .split('\n')
    .map((line, i) => (i === 0 ? `      - ${line}` : `        ${line}`))
    .join('\n');
  const parsed = parseRunbook(`phases:\n  - id: p\n    title: P\n    steps:\n${indented}\n`);
  assert.strictEqual(parsed.steps.length, 1, step);
  return derivedStepTitle(parsed.steps[0], locale, parsed.doc);
}

// [step YAML, English, Swedish]
const CASES: [string, string, string][] = [
  ['action: update-server\nserver: EX07\nupdate: SP3 RU10', 'Update EX07 to SP3 RU10', 'Uppdatera EX07 till SP3 RU10'],
  [
    'action: prepare-schema\nversion: "2013"',
    'Prepare the Active Directory schema for Exchange 2013',
    'Förbered Active Directory-schemat för Exchange 2013',
  ],
  [
    'action: prepare-ad\nversion: SE',
    'Prepare Active Directory and domains for Exchange SE',
    'Förbered Active Directory och domänerna för Exchange SE',
  ],
  [
    'action: install-exchange\nserver: EX16-01\nversion: "2016"',
    'Install Exchange 2016 on EX16-01',
    'Installera Exchange 2016 på EX16-01',
  ],
  [
    'action: install-exchange\nserver: EX13\nversion: 2013\nupdate: CU23\nhybrid: true',
    'Install Exchange 2013 CU23 hybrid server EX13',
    'Installera hybridservern EX13 med Exchange 2013 CU23',
  ],
  [
    'action: move-client-access\nfrom: EX07\nto: EX13',
    'Move client access from EX07 to EX13',
    'Flytta klientåtkomst från EX07 till EX13',
  ],
  [
    'action: move-transport\nfrom: [EX07-A, EX07-B, EX07-C]\nto: EX13',
    'Move transport (mail flow) from EX07-A, EX07-B and EX07-C to EX13',
    'Flytta transport (e-postflöde) från EX07-A, EX07-B och EX07-C till EX13',
  ],
  [
    'action: move-mailboxes\nfrom: EX07\nto: EX13',
    'Move mailboxes from EX07 to EX13',
    'Flytta postlådor från EX07 till EX13',
  ],
  [
    'action: move-mailboxes\nfrom: EX13\nto: exchange-online\ncount: 120',
    'Move 120 mailboxes from EX13 to Exchange Online',
    'Flytta 120 postlådor från EX13 till Exchange Online',
  ],
  [
    'action: move-mailboxes\nfrom: EX13\nto: EX16\ncount: 1',
    'Move 1 mailbox from EX13 to EX16',
    'Flytta 1 postlåda från EX13 till EX16',
  ],
  [
    'action: migrate-public-folders\nfrom: EX10\nto: exchange-online',
    'Migrate public folders from EX10 to Exchange Online',
    'Migrera gemensamma mappar från EX10 till Exchange Online',
  ],
  ['action: decommission\nserver: EX07', 'Decommission EX07', 'Avveckla EX07'],
  [
    'action: verify-domain\ndomain: contoso.com',
    'Verify the domain contoso.com in Microsoft 365',
    'Verifiera domänen contoso.com i Microsoft 365',
  ],
  [
    'action: configure-outlook-anywhere\nserver: EX07',
    'Configure Outlook Anywhere on EX07',
    'Konfigurera Outlook Anywhere på EX07',
  ],
  [
    'action: configure-outlook-anywhere\nserver: EX07\ncertificate: self-signed',
    'Configure Outlook Anywhere on EX07 (self-signed certificate)',
    'Konfigurera Outlook Anywhere på EX07 (självsignerat certifikat)',
  ],
  [
    'action: grant-migration-permissions\naccount: admin@contoso.com',
    'Grant migration permissions to admin@contoso.com',
    'Ge migreringsbehörigheter till admin@contoso.com',
  ],
  ['action: create-migration-endpoint', 'Create the migration endpoint', 'Skapa migreringsslutpunkten'],
  [
    'action: create-migration-endpoint\ntype: remote-move',
    'Create the remote move migration endpoint',
    'Skapa migreringsslutpunkten för fjärrflytt',
  ],
  [
    'action: create-migration-endpoint\ntype: outlook-anywhere',
    'Create the Outlook Anywhere migration endpoint',
    'Skapa migreringsslutpunkten för Outlook Anywhere',
  ],
  [
    'action: configure-directory-sync',
    'Turn on directory synchronization (Microsoft Entra Connect)',
    'Aktivera katalogsynkronisering (Microsoft Entra Connect)',
  ],
  [
    'action: configure-directory-sync\nenabled: false',
    'Turn off directory synchronization',
    'Inaktivera katalogsynkronisering',
  ],
  [
    'action: run-hybrid-wizard\nserver: EX13-HYB',
    'Run the Hybrid Configuration Wizard on EX13-HYB',
    'Kör guiden för hybridkonfiguration (Hybrid Configuration Wizard) på EX13-HYB',
  ],
  [
    'action: create-migration-batch\nbatch: wave-1\nmethod: staged\ncsv: wave1.csv',
    'Create the migration batch wave-1 (staged migration)',
    'Skapa migreringsbatchen wave-1 (stegvis migrering)',
  ],
  [
    'action: create-migration-batch\nbatch: all\nmethod: cutover',
    'Create the migration batch all (cutover migration)',
    'Skapa migreringsbatchen all (snabb migrering)',
  ],
  [
    'action: create-migration-batch\nbatch: b\nmethod: remote-move',
    'Create the migration batch b (remote move)',
    'Skapa migreringsbatchen b (fjärrflytt)',
  ],
  [
    'action: start-migration-batch\nbatch: wave-1',
    'Start the migration batch wave-1',
    'Starta migreringsbatchen wave-1',
  ],
  [
    'action: complete-migration-batch\nbatch: wave-1',
    'Complete the migration batch wave-1',
    'Slutför migreringsbatchen wave-1',
  ],
  [
    'action: convert-to-mail-users',
    'Convert migrated mailboxes to mail users',
    'Konvertera migrerade postlådor till e-postanvändare',
  ],
  [
    'action: convert-to-mail-users\nbatch: wave-1',
    'Convert the mailboxes of batch wave-1 to mail users',
    'Konvertera postlådorna i batchen wave-1 till e-postanvändare',
  ],
  ['action: assign-licenses', 'Assign Exchange Online licenses', 'Tilldela licenser för Exchange Online'],
  ['action: switch-mx', 'Point MX to Microsoft 365', 'Peka om MX till Microsoft 365'],
  [
    'action: reconfigure-outlook',
    'Have users create new Outlook profiles',
    'Låt användarna skapa nya Outlook-profiler',
  ],
  ['action: custom', 'Custom step', 'Eget steg'],
];

describe('checklist step titles', () => {
  for (const [step, en, sv] of CASES) {
    it(`${step.split('\n')[0]} → ${en}`, () => {
      assert.strictEqual(titleOf(step, 'en'), en);
      assert.strictEqual(titleOf(step, 'sv'), sv);
    });
  }

  it('covers every action of the vocabulary', () => {
    const covered = new Set(CASES.map(([step]) => /^action: (\S+)/.exec(step)![1]));
    assert.deepStrictEqual(
      ACTION_IDS.filter((id) => !covered.has(id)),
      [],
    );
  });

  it('reads as a sentence when fields are missing or odd', () => {
    assert.strictEqual(titleOf('action: decommission', 'en'), 'Decommission …');
    assert.strictEqual(titleOf('action: move-mailboxes\nto: EX13', 'en'), 'Move mailboxes from … to EX13');
    assert.strictEqual(
      titleOf('action: move-mailboxes\nfrom: A\nto: B\ncount: many', 'en'),
      'Move many mailboxes from A to B',
    );
    assert.strictEqual(
      titleOf('action: create-migration-batch\nbatch: x\nmethod: teleport', 'sv'),
      'Skapa migreringsbatchen x (teleport)',
    );
    assert.strictEqual(
      titleOf('action: install-exchange\nserver: "A\n  B"\nversion: 2016', 'en'),
      'Install Exchange 2016 on A B',
    );
    assert.strictEqual(titleOf('action: reboot-everything', 'en'), 'Step 1: reboot-everything');
    assert.strictEqual(titleOf('owner: Ana', 'sv'), 'Steg 1');
    assert.strictEqual(titleOf('action: [1, 2]', 'en'), 'Step 1');
  });
});

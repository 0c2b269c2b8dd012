// directory-sync: a cutover needs directory sync off when its batch runs; staged and hybrid
// migrations need it on by their first batch or move. The fix turns it off (or on) there.
import { RuleTester } from '../rule-tester';
import { CUTOVER, HYBRID_2007, STAGED, edit } from './online-helpers';

new RuleTester().run('directory-sync', {
  valid: [
    { name: 'a cutover without directory sync', code: CUTOVER },
    { name: 'a staged migration with directory sync on', code: STAGED },
    { name: 'a hybrid migration with directory sync on', code: HYBRID_2007 },
    {
      name: 'a cutover that turns directory sync off before the batch',
      code: edit(
        CUTOVER,
        'servers:\n',
        '  directorySync: true\nservers:\n',
        '      - action: verify-domain\n',
        '      - action: configure-directory-sync\n        enabled: false\n      - action: verify-domain\n',
      ),
    },
    {
      name: 'a cutover that turns directory sync on after the batch (the normal next step)',
      code: edit(
        CUTOVER,
        '      - action: decommission\n',
        '      - action: configure-directory-sync\n      - action: decommission\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a cutover with directory sync on: at organization.directorySync',
      code: edit(CUTOVER, 'servers:\n', '  directorySync: true\nservers:\n'),
      errors: [
        {
          message:
            'directory sync is on when the cutover batch `all` (line 33) runs: a cutover migration creates the cloud accounts itself, and Microsoft requires directory sync to be turned off first',
          line: 8,
          column: 18,
          endColumn: 22,
          severity: 'error',
          fix: 'Turn directory sync off before the cutover batch',
        },
      ],
      output: (code) =>
        edit(
          code,
          '      - action: create-migration-batch\n',
          '      - action: configure-directory-sync\n        enabled: false\n      - action: create-migration-batch\n',
        ),
    },
    {
      name: 'a cutover whose configure-directory-sync step turns it on: at that step, in Swedish',
      code: edit(
        CUTOVER,
        '      - action: verify-domain\n',
        '      - action: configure-directory-sync\n      - action: verify-domain\n',
      ),
      options: { locale: 'sv' },
      errors: [
        {
          message: /^katalogsynkronisering är påslagen när den snabba migreringens batch `all` \(rad 33\) körs/,
          line: 25,
          column: 9,
          endColumn: 41,
        },
      ],
      output: (code) =>
        edit(
          code,
          '      - action: create-migration-batch\n',
          '      - action: configure-directory-sync\n        enabled: false\n      - action: create-migration-batch\n',
        ),
    },
    {
      name: 'a staged migration without directory sync: at the first batch',
      code: edit(STAGED, '      - action: configure-directory-sync\n', ''),
      errors: [
        {
          message:
            'directory sync is not on by this staged migration step: the cloud accounts of a staged migration come from directory sync (Microsoft Entra Connect), and Exchange Online checks that it is enabled; configure it before the first batch',
          line: 32,
          column: 9,
          endColumn: 39,
          fix: 'Turn directory sync on before the first batch',
        },
      ],
      output: (code) =>
        edit(
          code,
          '    steps:\n      - action: create-migration-batch\n',
          '    steps:\n      - action: configure-directory-sync\n        enabled: true\n      - action: create-migration-batch\n',
        ),
    },
    {
      name: 'a hybrid migration without directory sync: at the first move',
      code: edit(HYBRID_2007, '      - action: configure-directory-sync\n', ''),
      errors: [{ line: 41, column: 9, endColumn: 31 }],
      output: (code) =>
        edit(
          code,
          '      - action: move-mailboxes\n',
          '      - action: configure-directory-sync\n        enabled: true\n      - action: move-mailboxes\n',
        ),
    },
    {
      name: 'directory sync turned off between two staged batches: at the second batch',
      code: edit(
        STAGED,
        '        batch: wave-1\n      - action: create-migration-batch\n',
        '        batch: wave-1\n      - action: configure-directory-sync\n        enabled: false\n      - action: create-migration-batch\n',
      ),
      errors: [{ line: 43, column: 9, endColumn: 39 }],
      output: (code) =>
        edit(
          code,
          '        enabled: false\n      - action: create-migration-batch\n',
          '        enabled: false\n      - action: configure-directory-sync\n        enabled: true\n      - action: create-migration-batch\n',
        ),
    },
  ],
});

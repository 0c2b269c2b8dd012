// inventory-drift at its edges (issue 17): inventories that lack a fact (no finding about
// it), each organization fact written differently or left out, public folders both ways,
// roles that differ by one, updates at the SP boundary, accepted domains in every list
// shape and case, and the fixes' text at the end of a file without a final line break.
import * as fs from 'fs';
import * as path from 'path';
import type { LintOptions } from '../../../src/core';
import { importInventory, inventoryToYaml, type InventoryFile } from '../../../src/core/inventory';
import { RuleTester, at, edit } from '../rule-tester';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'inventory');

function folder(name: string): InventoryFile[] {
  return fs
    .readdirSync(path.join(DIR, name))
    .sort()
    .map((file) => ({ name: file, content: fs.readFileSync(path.join(DIR, name, file)) }));
}

/** One file of the mixed inventory changed (or dropped, for undefined). */
function changed(file: string, change: (xml: string) => string | undefined): InventoryFile[] {
  return folder('mixed-2007-2010-edge').flatMap((f) => {
    if (f.name !== file) return [f];
    const text = change(Buffer.from(f.content).toString('utf8'));
    return text === undefined ? [] : [{ name: f.name, content: Buffer.from(text) }];
  });
}

const ORG_FILES = ['MailboxCount.xml', 'ForestMode.xml', 'AcceptedDomain.xml', 'PublicFolders.xml'];
const INVENTORIES: Record<string, () => InventoryFile[]> = {
  mixed: () => folder('mixed-2007-2010-edge'),
  versions: () => folder('versions').filter((f) => f.name === 'ex2016-cu23.xml'),
  'no-org-facts': () => folder('mixed-2007-2010-edge').filter((f) => !ORG_FILES.includes(f.name)),
  'no-public-folders': () =>
    changed('PublicFolders.xml', (x) => x.replace('<B N="Present">true</B>', '<B N="Present">false</B>')),
  // EDGE10 (the last server) read from AdminDisplayVersion as Exchange 2010 SP1.
  'edge-sp1': () =>
    changed('ExchangeServer.xml', (x) => {
      const at = x.indexOf('RefId="13"');
      const sp1 = [
        ['Version 14.3 (Build 123.4)', 'Version 14.1 (Build 218.15)'],
        ['<I32 N="Minor">3</I32>', '<I32 N="Minor">1</I32>'],
        ['<I32 N="Build">123</I32>', '<I32 N="Build">218</I32>'],
        ['<I32 N="Revision">4</I32>', '<I32 N="Revision">15</I32>'],
      ];
      return x.slice(0, at) + sp1.reduce((tail, [from, to]) => tail.replace(from, to), x.slice(at));
    }),
  // EDGE10 with no role flag set: the inventory knows no roles of it.
  'edge-no-roles': () =>
    changed('ExchangeServer.xml', (x) => {
      const at = x.indexOf('<S N="Name">EDGE10</S>');
      const none = [
        ['<B N="IsEdgeServer">true</B>', '<B N="IsEdgeServer">false</B>'],
        ['<ToString>Edge</ToString>', '<ToString>None</ToString>'],
        ['<I32>64</I32>', '<I32>0</I32>'],
      ];
      return x.slice(0, at) + none.reduce((tail, [from, to]) => tail.replace(from, to), x.slice(at));
    }),
  'mixed-case-domain': () => changed('AcceptedDomain.xml', (x) => x.split('fabrikam.com').join('Fabrikam.COM')),
  // EDGE10 of a build no table knows (no ExSetup version for it): the inventory has no version of it.
  'edge-unknown-build': () =>
    changed('ExchangeServer.xml', (x) => {
      const at = x.indexOf('RefId="13"');
      return x.slice(0, at) + x.slice(at).replace('Version 14.3 (Build 123.4)', 'Version 16.0 (Build 1.1)');
    }),
};

const options: LintOptions = {
  asOf: '2026-11-23',
  readInventory: (relative) => INVENTORIES[relative]?.(),
  rules: { 'end-of-support': 'off', 'source-remains': 'off', 'public-folders': 'off' },
};

const TAIL = `target:
  platform: exchange-online
  method: staged
phases:
  - id: prepare
    title: Prepare
    steps:
      - action: configure-directory-sync
`;

/** The runbook the inventory gives, as `exchange-runbook inventory` prints it. */
const fromInventory = (name: string) =>
  `runbook: 1\ntitle: Contoso\nasOf: 2026-11-23\ninventory: ${name}\n${inventoryToYaml(importInventory(INVENTORIES[name]()))}${TAIL}`;

const BASE = fromInventory('mixed');
const named = (name: string, text = BASE) => edit(text, 'inventory: mixed\n', `inventory: ${name}\n`);
const PF_FALSE = edit(BASE, '  publicFolders: true\n  forest', '  publicFolders: false\n  forest');
const PF_GONE = edit(BASE, '  publicFolders: true\n  forest', '  forest');
const FOREST_2008 = edit(BASE, 'forestFunctionalLevel: "2008R2"', 'forestFunctionalLevel: "2008"');
const FOREST_GONE = edit(BASE, '  forestFunctionalLevel: "2008R2"\n', '');
const NO_DOMAINS = edit(BASE, '  domains: [contoso.com, fabrikam.com]\n', '');
const EMPTY_DOMAINS = edit(BASE, '  domains: [contoso.com, fabrikam.com]\n', '  domains: []\n');
const BLOCK_DOMAINS = edit(BASE, '  domains: [contoso.com, fabrikam.com]\n', '  domains:\n    - contoso.com\n');
const NO_UPDATE = edit(BASE, '    update: SP3 RU23\n', '');
const CAS_ROLES = (roles: string) => edit(BASE, 'roles: [clientAccess, hubTransport]', `roles: [${roles}]`);
/** EDGE10's entry, the last server. */
const EDGE = BASE.slice(BASE.indexOf('  - name: EDGE10'), BASE.indexOf('target:'));
const NO_SERVERS = edit(BASE, BASE.slice(BASE.indexOf('servers:\n'), BASE.indexOf('target:')), 'servers: []\n');
/** BASE with its servers moved to the end of the file, with or without a final line break. */
const serversAtEnd = (text: string, finalBreak: boolean) => {
  const servers = text.slice(text.indexOf('servers:\n'), text.indexOf('target:'));
  return edit(text, servers, '') + (finalBreak ? servers : servers.replace(/\n$/, ''));
};
/** EDGE10 (the last server) without its `os` line. */
const EDGE_NO_OS = edit(BASE, EDGE, EDGE.replace('    os: "2008R2"\n', ''));
/** The servers moved to the end of the file, which has no final line break, and EDGE10 left out. */
const SERVERS_LAST = (() => {
  const servers = BASE.slice(BASE.indexOf('servers:\n'), BASE.indexOf('target:'));
  return edit(BASE, servers, '') + servers.replace(EDGE, '').replace(/\n$/, '');
})();

new RuleTester(options).run('inventory-drift', {
  valid: [
    { name: 'a blank `inventory:` reads nothing', code: edit(BASE, 'inventory: mixed\n', 'inventory: " "\n') },
    {
      name: 'an inventory without mailbox counts, forest level, domains or public folders says nothing of them',
      code: named(
        'no-org-facts',
        edit(
          BASE,
          'mailboxes: 420',
          'mailboxes: 999',
          'forestFunctionalLevel: "2008R2"',
          'forestFunctionalLevel: "2003"',
          '[contoso.com, fabrikam.com]',
          '[example.com]',
        ),
      ),
    },
    { name: 'no public folders in the inventory, and none in the runbook', code: named('no-public-folders', PF_GONE) },
    {
      name: 'no public folders in the inventory, and `publicFolders: false`',
      code: named('no-public-folders', PF_FALSE),
    },
    {
      name: 'an update known only from AdminDisplayVersion as SP1 (rank 1000, the lowest SP) matches any SP1 rollup',
      code: edit(named('edge-sp1'), 'update: SP3  #', 'update: SP1 RU5  #'),
    },
    { name: 'an inventory server without roles says nothing of the runbook’s', code: named('edge-no-roles') },
    { name: 'Exchange 2016 CU23 by AdminDisplayVersion: CU23 agrees', code: fromInventory('versions') },
    {
      name: 'accepted domains compare without case, mixed on both sides',
      code: named('mixed-case-domain', edit(BASE, 'fabrikam.com]', 'FABRIKAM.com]')),
    },
  ],
  invalid: [
    {
      name: '`publicFolders: false` where the inventory finds public folders',
      code: PF_FALSE,
      errors: [
        {
          message: '`organization.publicFolders` is false, the inventory says true',
          ...at(PF_FALSE, 'publicFolders: false', 'false'),
        },
      ],
      output: BASE,
    },
    {
      name: 'no `publicFolders` where the inventory finds public folders: added at the end of `organization`',
      code: PF_GONE,
      errors: [
        {
          message: 'the inventory says `organization.publicFolders` true; the runbook does not say',
          ...at(PF_GONE, 'organization:', 'organization'),
          fix: 'Take organization.publicFolders true from the inventory',
        },
      ],
      output: (code) =>
        edit(
          code,
          '  domains: [contoso.com, fabrikam.com]\n',
          '  domains: [contoso.com, fabrikam.com]\n  publicFolders: true\n',
        ),
    },
    {
      name: '`publicFolders: 1`, neither true nor false: shown as written',
      code: edit(BASE, '  publicFolders: true\n  forest', '  publicFolders: 1\n  forest'),
      errors: [{ message: '`organization.publicFolders` is 1, the inventory says true' }],
      output: BASE,
    },
    {
      name: '`mailboxes: many`, not a number: shown as written and replaced (it said the runbook does not say, and its fix added a second `mailboxes` line)',
      code: edit(BASE, 'mailboxes: 420', 'mailboxes: many'),
      errors: [{ message: '`organization.mailboxes` is many, the inventory says 420' }],
      output: BASE,
    },
    {
      name: 'a forest level one below the inventory’s',
      code: FOREST_2008,
      errors: [{ message: '`organization.forestFunctionalLevel` is 2008, the inventory says 2008R2' }],
      output: BASE,
    },
    {
      name: 'no forest level: added from the inventory',
      code: FOREST_GONE,
      errors: [{ message: 'the inventory says `organization.forestFunctionalLevel` 2008R2; the runbook does not say' }],
      output: (code) =>
        edit(
          code,
          '  domains: [contoso.com, fabrikam.com]\n',
          '  domains: [contoso.com, fabrikam.com]\n  forestFunctionalLevel: "2008R2"\n',
        ),
    },
    {
      name: 'no `domains`: the line is added with every accepted domain',
      code: NO_DOMAINS,
      errors: [
        {
          message:
            'the inventory has accepted domains contoso.com, fabrikam.com, which `organization.domains` does not list',
        },
      ],
      output: (code) =>
        edit(
          code,
          '  forestFunctionalLevel: "2008R2"\n',
          '  forestFunctionalLevel: "2008R2"\n  domains: [contoso.com, fabrikam.com]\n',
        ),
    },
    {
      name: '`domains: []`: both added inside the brackets',
      code: EMPTY_DOMAINS,
      errors: [{ ...at(EMPTY_DOMAINS, 'domains: []', '[]'), fix: 'Add contoso.com, fabrikam.com from the inventory' }],
      output: BASE,
    },
    {
      name: 'a block list of domains: the missing one added as an item, indented like the others',
      code: BLOCK_DOMAINS,
      errors: [
        { message: 'the inventory has accepted domains fabrikam.com, which `organization.domains` does not list' },
      ],
      output: (code) => edit(code, '    - contoso.com\n', '    - contoso.com\n    - fabrikam.com\n'),
    },
    {
      name: 'no `update` where the inventory knows it: at the server’s name',
      code: NO_UPDATE,
      errors: [
        {
          message: 'EX07-MBX2: the inventory says update SP3 RU23; the runbook does not say',
          ...at(NO_UPDATE, '- name: EX07-MBX2', 'EX07-MBX2'),
          details: { server: 'EX07-MBX2', field: 'update', inventory: 'SP3 RU23' },
        },
      ],
      output: (code) =>
        edit(
          code,
          '    roles: [mailbox]\n    mailboxes: 120\n',
          '    roles: [mailbox]\n    mailboxes: 120\n    update: SP3 RU23\n',
        ),
    },
    {
      name: 'an update the knowledge does not know: compared as text',
      code: edit(BASE, 'update: SP3 RU23', 'update: Beta'),
      errors: [
        {
          message: 'EX07-MBX2: the runbook says update Beta, the inventory says SP3 RU23',
          details: { server: 'EX07-MBX2', field: 'update', inventory: 'SP3 RU23' },
        },
      ],
      output: BASE,
    },
    {
      name: 'an update known only as SP1 (rank 1000): another SP disagrees',
      code: edit(named('edge-sp1'), 'update: SP3  #', 'update: SP2 RU5  #'),
      errors: [
        {
          message: 'EDGE10: the runbook says update SP2 RU5, the inventory says SP1',
          fix: 'Take update SP1 from the inventory',
        },
      ],
    },
    {
      name: 'roles of the same count, one different',
      code: CAS_ROLES('clientAccess, mailbox'),
      errors: [
        {
          message:
            'EX10-CAS1: the runbook says roles [clientAccess, mailbox], the inventory says [clientAccess, hubTransport]',
        },
      ],
      output: BASE,
    },
    {
      name: 'one role more than the inventory’s',
      code: CAS_ROLES('clientAccess, hubTransport, mailbox'),
      errors: [
        {
          message:
            'EX10-CAS1: the runbook says roles [clientAccess, hubTransport, mailbox], the inventory says [clientAccess, hubTransport]',
        },
      ],
      output: BASE,
    },
    {
      name: 'a server the runbook lacks, at `servers`, with its name for clients',
      code: edit(BASE, EDGE, ''),
      errors: [{ ...at(BASE, 'servers:', 'servers'), details: { server: 'EDGE10' } }],
      output: BASE,
    },
    {
      name: '`servers: []`: each server the runbook lacks, written as a block list under the key',
      code: NO_SERVERS,
      errors: ['EX07-MBX1', 'EX07-MBX2', 'EX10-CAS1', 'EDGE10'].map((server) => ({ details: { server } })),
      output: BASE,
    },
    {
      name: 'a server the inventory has without a version (a build no table knows): "?" for its version',
      code: named('edge-unknown-build', edit(BASE, EDGE, '')),
      errors: [
        {
          message: 'the inventory has Exchange ? server EDGE10, which `servers` does not list',
          // A server item without a version is not a valid runbook: lint's fix proof drops the fix.
          fix: null,
        },
      ],
      output: null,
    },
    {
      name: '`mailboxes: 0x190`, a number written another way: shown as the number read (400)',
      code: edit(BASE, 'mailboxes: 420', 'mailboxes: 0x190'),
      errors: [{ message: '`organization.mailboxes` is 400, the inventory says 420' }],
      output: BASE,
    },
    {
      name: '`publicFolders: ~`, written but empty: shown as null and replaced, not added a second time',
      code: edit(BASE, '  publicFolders: true\n  forest', '  publicFolders: ~\n  forest'),
      errors: [{ message: '`organization.publicFolders` is null, the inventory says true' }],
      output: BASE,
    },
    {
      name: 'a block list of domains lacking two: both added as items, one a line',
      code: edit(BASE, '  domains: [contoso.com, fabrikam.com]\n', '  domains:\n    - example.com\n'),
      errors: [
        {
          message:
            'the inventory has accepted domains contoso.com, fabrikam.com, which `organization.domains` does not list',
        },
      ],
      output: (code) => edit(code, '    - example.com\n', '    - example.com\n    - contoso.com\n    - fabrikam.com\n'),
    },
    {
      name: 'a value added to the last server at the end of a file without a final line break: on a line of its own',
      code: serversAtEnd(EDGE_NO_OS, false),
      errors: [{ message: 'EDGE10: the inventory says os 2008R2; the runbook does not say' }],
      output: (code) => code + '\n    os: "2008R2"\n',
    },
    {
      name: 'a value added to the last server at the end of a file with a final line break: no blank line before it',
      code: serversAtEnd(EDGE_NO_OS, true),
      errors: [{ message: 'EDGE10: the inventory says os 2008R2; the runbook does not say' }],
      output: (code) => code + '    os: "2008R2"\n',
    },
    {
      name: 'a value added to `organization` in a file without a final line break that ends elsewhere: no extra line break',
      code: serversAtEnd(FOREST_GONE, false),
      errors: [{ message: 'the inventory says `organization.forestFunctionalLevel` 2008R2; the runbook does not say' }],
      output: (code) =>
        edit(
          code,
          '  domains: [contoso.com, fabrikam.com]\n',
          '  domains: [contoso.com, fabrikam.com]\n  forestFunctionalLevel: "2008R2"\n',
        ),
    },
    {
      name: 'a server the runbook lacks, at the end of a file with a final line break: no blank line before it',
      code: serversAtEnd(edit(BASE, EDGE, ''), true),
      errors: [{ message: 'the inventory has Exchange 2010 server EDGE10, which `servers` does not list' }],
      output: (code) => code + EDGE,
    },
    {
      name: 'a server the runbook lacks, in a file without a final line break that ends elsewhere: no extra line break',
      code: edit(BASE, EDGE, '').replace(/\n$/, ''),
      errors: [{ message: 'the inventory has Exchange 2010 server EDGE10, which `servers` does not list' }],
      output: (code) => edit(code, 'target:', EDGE + 'target:'),
    },
    {
      name: 'a flow list of servers with an item: no fix (a block list would have to be written for every item)',
      code: edit(
        BASE,
        BASE.slice(BASE.indexOf('servers:\n'), BASE.indexOf('target:')),
        'servers: [{name: EX07-MBX1, version: "2007", update: SP3 RU10, os: "2008", roles: [mailbox, clientAccess, hubTransport]}]\n',
      ),
      errors: ['EX07-MBX2', 'EX10-CAS1', 'EDGE10'].map((server) => ({ details: { server }, fix: null })),
      output: null,
    },
    {
      name: 'a server the runbook lacks, at the end of a file without a final line break',
      code: SERVERS_LAST,
      errors: [{ message: 'the inventory has Exchange 2010 server EDGE10, which `servers` does not list' }],
      output: (code) => code + '\n' + EDGE,
    },
  ],
});

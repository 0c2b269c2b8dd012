// Each action's commands with the step's values filled in. The cmdlets are the ones the
// knowledge table names for the action (src/core/knowledge/actions.ts `commands`; a test
// holds the two together), given the arguments Microsoft's pages use; Get-, Select- and
// Where- cmdlets only feed them. What Setup.exe, DNS, a portal or a wizard does stays a
// manual instruction, in the table's own words.
import { actionSpec, EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';
import { derivedStepTitle } from '../checklist/titles';
import type { StepContext } from './context';
import type { PsArgument, PsCommand, PsValue, StepItem } from './model';
import { fieldStrings } from '../parse';
import { isSafeValue, oneLineText } from './quote';

/** Verbs of cmdlets that change something; Exchange gives every one of them -WhatIf. */
const CHANGING_VERBS = new Set(['Add', 'Complete', 'Disable', 'Enable', 'New', 'Remove', 'Set', 'Start', 'Stop']);

const str = (value: string): PsValue => ({ kind: 'string', value });
const arg = (name: string, value?: PsValue): PsArgument => (value === undefined ? { name } : { name, value });

function command(cmdlet: string, ...args: PsArgument[]): PsCommand {
  return { cmdlet, args, whatIf: CHANGING_VERBS.has(cmdlet.slice(0, cmdlet.indexOf('-'))) };
}

const run = (...pipeline: PsCommand[]): StepItem => ({ kind: 'command', pipeline });

/** The knowledge table's instructions for the action, each after a prefix ("On EX1: "). */
function manualFromTable(c: StepContext, prefix = '', edit: (text: string) => string = (t) => t): StepItem[] {
  const spec = actionSpec(c.step.action);
  return (spec?.commands ?? []).map((ref) => ({ kind: 'manual', text: prefix + edit(ref.text), url: ref.url }));
}

function media(c: StepContext): string {
  const version = c.raw('version');
  const update = c.raw('update');
  const parts = [version !== undefined ? `Exchange ${oneLineText(version)}` : '', update ? oneLineText(update) : ''];
  const name = parts.filter(Boolean).join(' ');
  return name ? `from the ${name} media` : 'from the setup media';
}

/** Setup's names for the roles (`/Roles:Mailbox,ClientAccess`). */
const SETUP_ROLES: Readonly<Record<string, string>> = {
  mailbox: 'Mailbox',
  clientAccess: 'ClientAccess',
  hubTransport: 'HubTransport',
  edgeTransport: 'EdgeTransport',
  unifiedMessaging: 'UnifiedMessaging',
};

function withRoles(text: string, roles: string[]): string {
  const names = roles.map((r) => SETUP_ROLES[r]).filter(Boolean);
  if (names.length === 0) return text;
  return text
    .split(' ')
    .map((token) => (token.startsWith('/Roles:') ? `/Roles:${names.join(',')}` : token))
    .join(' ');
}

function install(c: StepContext): StepItem[] {
  return manualFromTable(c, `On ${c.text('server')}, ${media(c)}: `, (t) => withRoles(t, c.list('roles')));
}

function clientAccess(c: StepContext): StepItem[] {
  const to = c.value('to', 'Server', 'the server that takes over client access');
  const name = c.raw('to');
  const version = name === undefined ? undefined : c.serverVersion(name);
  // Set-ClientAccessService is Exchange 2016's name for what 2013 and earlier call Set-ClientAccessServer.
  const cas = version !== undefined && BEFORE_2016.has(version) ? 'Set-ClientAccessServer' : 'Set-ClientAccessService';
  return [
    run(
      command(
        cas,
        arg('Identity', to),
        arg(
          'AutoDiscoverServiceInternalUri',
          c.shared(
            'AutodiscoverUri',
            'the internal Autodiscover URL (https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml)',
          ),
        ),
      ),
    ),
    externalUrl(
      to,
      'Owa',
      c.shared('OwaExternalUrl', 'the external Outlook on the web URL (https://mail.contoso.com/owa)'),
    ),
    externalUrl(
      to,
      'WebServices',
      c.shared('EwsExternalUrl', 'the external EWS URL (https://mail.contoso.com/EWS/Exchange.asmx)'),
    ),
    run(
      command('Get-OutlookAnywhere', arg('Server', to)),
      command(
        'Set-OutlookAnywhere',
        arg(
          'ExternalHostname',
          c.shared('ExternalHostname', 'the external host name clients connect to (mail.contoso.com)'),
        ),
        arg('ExternalClientsRequireSsl', { kind: 'bool', value: true }),
      ),
    ),
    certificate(c, to),
  ];
}

/** The server's `<directory>` virtual directory (Get-/Set-OwaVirtualDirectory …) set to `url` from outside. */
function externalUrl(server: PsValue, directory: 'Owa' | 'WebServices', url: PsValue): StepItem {
  return run(
    command(`Get-${directory}VirtualDirectory`, arg('Server', server)),
    command(`Set-${directory}VirtualDirectory`, arg('ExternalUrl', url)),
  );
}

const BEFORE_2016 = new Set(['2003', '2007', '2010', '2013']);

function certificate(c: StepContext, server: PsValue): StepItem {
  return run(
    command(
      'Enable-ExchangeCertificate',
      arg('Server', server),
      arg(
        'Thumbprint',
        c.shared('CertificateThumbprint', 'the thumbprint of the certificate for IIS (Get-ExchangeCertificate)'),
      ),
      arg('Services', str('IIS')),
    ),
  );
}

function transport(c: StepContext): StepItem[] {
  const to = c.value('to', 'Server', 'the server that takes over mail flow');
  return [
    run(
      command(
        'Set-SendConnector',
        arg('Identity', c.shared('SendConnector', 'the name of the send connector to the internet')),
        arg('SourceTransportServers', to),
      ),
    ),
    run(
      command(
        'New-ReceiveConnector',
        arg('Name', c.shared('ReceiveConnector', 'the name of the new receive connector')),
        arg('Server', to),
        arg('Custom'),
        arg('Bindings', c.shared('ReceiveConnectorBindings', 'the receive connector’s bindings (0.0.0.0:25)')),
        arg(
          'RemoteIPRanges',
          c.shared('ReceiveConnectorRemoteIPRanges', 'the addresses the receive connector accepts mail from'),
        ),
      ),
    ),
  ];
}

/** Reads the bytes of a CSV: the runbook's (relative to it), or a parameter's path. */
function csvBytes(c: StepContext, field: string | undefined, what: string): PsValue {
  const raw = field === undefined ? undefined : c.raw(field);
  if (field !== undefined && raw !== undefined) return { kind: 'fileBytes', path: c.value(field, 'Csv', what) };
  return { kind: 'fileBytes', path: c.stepParameter('Csv', what) };
}

function mailboxes(c: StepContext): StepItem[] {
  const from = c.list('from');
  const to = c.raw('to');
  if (to === EXCHANGE_ONLINE_TARGET) {
    return [
      run(
        command(
          'New-MigrationBatch',
          arg('Name', c.stepParameter('Batch', 'the name of the migration batch')),
          arg('SourceEndpoint', c.shared('MigrationEndpoint', 'the name of the migration endpoint')),
          arg(
            'TargetDeliveryDomain',
            c.shared('TargetDeliveryDomain', 'the tenant’s delivery domain (contoso.mail.onmicrosoft.com)'),
          ),
          arg('CSVData', csvBytes(c, undefined, 'the CSV of the mailboxes to move (EmailAddress)')),
        ),
      ),
    ];
  }
  const count = c.raw('count');
  const limit = count !== undefined && /^[1-9]\d{0,8}$/.test(count) ? Number(count) : undefined;
  const source: PsCommand[] =
    from.length === 1
      ? [
          command(
            'Get-Mailbox',
            arg('Server', c.value('from', 'SourceServer', 'the server whose mailboxes move')),
            arg('ResultSize', limit !== undefined ? { kind: 'number', value: limit } : str('Unlimited')),
          ),
        ]
      : [
          command('Get-Mailbox', arg('ResultSize', str('Unlimited'))),
          command(
            'Where-Object',
            arg('FilterScript', { kind: 'propertyIn', property: 'ServerName', values: sourceList(c, from) }),
          ),
          ...(limit !== undefined ? [command('Select-Object', arg('First', { kind: 'number', value: limit }))] : []),
        ];
  return [
    run(
      ...source,
      command(
        'New-MoveRequest',
        arg(
          'TargetDatabase',
          c.stepParameter('TargetDatabase', `the mailbox database on ${c.text('to')} the mailboxes move to`),
        ),
      ),
    ),
  ];
}

/** Several source servers: their names, or one parameter when any of them cannot be written. */
function sourceList(c: StepContext, from: string[]): PsValue {
  if (from.length === 0 || !from.every(isSafeValue))
    return c.stepParameter('SourceServer', 'the servers whose mailboxes move');
  return { kind: 'list', items: from.map(str) };
}

function publicFolders(c: StepContext): StepItem[] {
  const batch = c.stepParameter('Batch', 'the name of the public folder migration batch');
  const mapping = csvBytes(
    c,
    undefined,
    'the folder-to-mailbox map CSV (Microsoft’s PublicFolderToMailboxMapGenerator.ps1 writes it)',
  );
  const source =
    c.raw('to') === EXCHANGE_ONLINE_TARGET
      ? arg('SourceEndpoint', c.shared('PublicFolderEndpoint', 'the name of the public folder migration endpoint'))
      : arg('SourcePublicFolderDatabase', {
          kind: 'command',
          pipeline: [
            command(
              'Get-PublicFolderDatabase',
              arg('Server', c.value('from', 'SourceServer', 'the server that hosts the public folders')),
            ),
          ],
        });
  return [
    run(command('New-MigrationBatch', arg('Name', batch), source, arg('CSVData', mapping))),
    run(command('Start-MigrationBatch', arg('Identity', batch))),
    {
      kind: 'manual',
      text: 'Wait until Get-MigrationBatch shows the batch as Synced, then lock the public folders for the final sync',
    },
    run(command('Set-OrganizationConfig', arg('PublicFoldersLockedForMigration', { kind: 'bool', value: true }))),
    run(command('Complete-MigrationBatch', arg('Identity', batch))),
  ];
}

/** Exchange 2007 and 2010 enable Outlook Anywhere; from 2013 on it is always on and only set. */
const ENABLES_OUTLOOK_ANYWHERE = new Set(['2003', '2007', '2010']);

function outlookAnywhere(c: StepContext): StepItem[] {
  const server = c.value('server', 'Server', 'the server that publishes Outlook Anywhere');
  const hostname = c.shared('ExternalHostname', 'the external host name clients connect to (mail.contoso.com)');
  const auth = c.shared('OutlookAnywhereAuthentication', 'the external client authentication method: Basic or Ntlm');
  const name = c.raw('server');
  const version = name === undefined ? undefined : c.serverVersion(name);
  const first =
    version !== undefined && ENABLES_OUTLOOK_ANYWHERE.has(version)
      ? run(
          command(
            'Enable-OutlookAnywhere',
            arg('Server', server),
            arg('ExternalHostname', hostname),
            arg('ClientAuthenticationMethod', auth),
            arg('SSLOffloading', { kind: 'bool', value: false }),
          ),
        )
      : run(
          command('Get-OutlookAnywhere', arg('Server', server)),
          command(
            'Set-OutlookAnywhere',
            arg('ExternalHostname', hostname),
            arg('ExternalClientsRequireSsl', { kind: 'bool', value: true }),
            arg('ExternalClientAuthenticationMethod', auth),
          ),
        );
  return [first, certificate(c, server)];
}

function permissions(c: StepContext): StepItem[] {
  return [
    run(
      command('Get-Mailbox', arg('ResultSize', str('Unlimited'))),
      command(
        'Add-MailboxPermission',
        arg('User', c.value('account', 'Account', 'the migration administrator account')),
        arg('AccessRights', str('FullAccess')),
        arg('InheritanceType', str('All')),
      ),
    ),
  ];
}

function endpoint(c: StepContext): StepItem[] {
  const credential = c.shared('MigrationCredential', 'the migration administrator’s credentials', 'credential');
  const name = c.shared('MigrationEndpoint', 'the name of the migration endpoint');
  const remote = c.raw('type') === 'remote-move';
  const target: PsArgument[] = remote
    ? [
        arg('ExchangeRemoteMove'),
        arg('RemoteServer', c.shared('MrsProxyServer', 'the external host name of the MRS proxy (mail.contoso.com)')),
      ]
    : [
        arg('ExchangeOutlookAnywhere'),
        arg('Autodiscover'),
        arg(
          'EmailAddress',
          c.shared(
            'MigrationMailbox',
            'the email address of an on-premises mailbox the migration administrator can open',
          ),
        ),
      ];
  return [
    run(command('Test-MigrationServerAvailability', ...target, arg('Credentials', credential))),
    run(
      command(
        'New-MigrationEndpoint',
        target[0],
        arg('Name', name),
        ...target.slice(1),
        arg('Credentials', credential),
      ),
    ),
  ];
}

function hybridWizard(c: StepContext): StepItem[] {
  const server = c.value('server', 'Server', 'the hybrid server');
  return [
    run(
      command('Get-WebServicesVirtualDirectory', arg('Server', server)),
      command('Set-WebServicesVirtualDirectory', arg('MRSProxyEnabled', { kind: 'bool', value: true })),
    ),
    ...manualFromTable(c, `Against ${c.text('server')}: `).filter(
      (item) => item.kind === 'manual' && !item.text.includes('Set-'),
    ),
  ];
}

function createBatch(c: StepContext): StepItem[] {
  const method = c.raw('method');
  const args = [
    arg('Name', c.value('batch', 'Batch', 'the name of the migration batch')),
    arg('SourceEndpoint', c.shared('MigrationEndpoint', 'the name of the migration endpoint')),
  ];
  if (method === 'remote-move')
    args.push(
      arg(
        'TargetDeliveryDomain',
        c.shared('TargetDeliveryDomain', 'the tenant’s delivery domain (contoso.mail.onmicrosoft.com)'),
      ),
    );
  if (method === 'staged' || method === 'remote-move' || c.raw('csv') !== undefined)
    args.push(arg('CSVData', csvBytes(c, 'csv', 'the CSV of the batch')));
  return [run(command('New-MigrationBatch', ...args))];
}

function batchCommand(cmdlet: string) {
  return (c: StepContext): StepItem[] => [
    run(command(cmdlet, arg('Identity', c.value('batch', 'Batch', 'the name of the migration batch')))),
  ];
}

/** Cutover and staged batches are removed once mail flows to Microsoft 365; others are completed. */
function completeBatch(c: StepContext): StepItem[] {
  const batch = c.raw('batch');
  const method = batch === undefined ? undefined : c.batchMethod(batch);
  return batchCommand(
    method === 'cutover' || method === 'staged' ? 'Remove-MigrationBatch' : 'Complete-MigrationBatch',
  )(c);
}

function switchMx(c: StepContext): StepItem[] {
  const domains = (fieldStrings(c.parsed.organization, 'domains', c.parsed.doc) ?? [])
    .map((d) => oneLineText(d.value))
    .filter(Boolean);
  if (domains.length === 0) return manualFromTable(c);
  return domains.map((domain) => ({
    kind: 'manual',
    text: `DNS for ${domain}: MX → ${domain.split('.').join('-')}.mail.protection.outlook.com; CNAME autodiscover → autodiscover.outlook.com`,
    url: actionSpec('switch-mx')?.commands[0]?.url,
  }));
}

function byHand(c: StepContext): StepItem[] {
  const spec = actionSpec(c.step.action);
  const own = c.raw('title');
  const title = own !== undefined ? oneLineText(own) : derivedStepTitle(c.step, 'en', c.parsed.doc);
  const text = c.step.action === 'reconfigure-outlook' && spec ? spec.description.en : `Carry out by hand: ${title}`;
  return [{ kind: 'manual', text, ...(spec && c.step.action !== 'custom' ? { url: spec.source } : {}) }];
}

type Template = (c: StepContext) => StepItem[];

const TEMPLATES: ReadonlyMap<string, Template> = new Map<string, Template>([
  ['update-server', (c) => manualFromTable(c, `On ${c.text('server')}, from the ${c.text('update')} media: `)],
  ['prepare-schema', (c) => manualFromTable(c, `${capital(media(c))}: `)],
  ['prepare-ad', (c) => manualFromTable(c, `${capital(media(c))}: `)],
  ['install-exchange', install],
  ['move-client-access', clientAccess],
  ['move-transport', transport],
  ['move-mailboxes', mailboxes],
  ['migrate-public-folders', publicFolders],
  ['decommission', (c) => manualFromTable(c, `On ${c.text('server')}: `)],
  ['verify-domain', (c) => manualFromTable(c, '', (t) => `${t}: ${c.text('domain')}`)],
  ['configure-outlook-anywhere', outlookAnywhere],
  ['grant-migration-permissions', permissions],
  ['create-migration-endpoint', endpoint],
  [
    'configure-directory-sync',
    (c) => manualFromTable(c, '', (t) => `${t}: turn directory sync ${c.raw('enabled') === 'false' ? 'off' : 'on'}`),
  ],
  ['run-hybrid-wizard', hybridWizard],
  ['create-migration-batch', createBatch],
  ['start-migration-batch', batchCommand('Start-MigrationBatch')],
  ['complete-migration-batch', completeBatch],
  [
    'convert-to-mail-users',
    (c) => manualFromTable(c, '', (t) => (c.raw('batch') !== undefined ? `${t} (batch ${c.text('batch')})` : t)),
  ],
  ['assign-licenses', (c) => manualFromTable(c)],
  ['switch-mx', switchMx],
]);

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the step does, in order: its commands and manual instructions. */
export function stepItems(c: StepContext): StepItem[] {
  const template = c.step.action === undefined ? undefined : TEMPLATES.get(c.step.action);
  const items = template ? template(c) : [];
  return items.length > 0 ? items : byHand(c);
}

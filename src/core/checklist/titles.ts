// A step's checklist title: its own `title` when it has one, otherwise a sentence built
// from the action and its fields ("Move mailboxes from EX07 to EX13"), so a runbook
// written with actions only still reads as a checklist.
import type { Document } from 'yaml';
import { fieldBoolean, fieldString, fieldStrings, StepEntry } from '../parse';
import type { Locale } from '../types';
import { CHECKLIST_MESSAGES } from './messages';
import { messagesIn } from '../l10n/catalogue';

const TENANT = 'exchange-online';

export function derivedStepTitle(step: StepEntry, locale: Locale, doc?: Document): string {
  const t = messagesIn(CHECKLIST_MESSAGES, locale);
  const field = (key: string) => oneLine(fieldString(step.node, key, doc)) || t('name.missing');
  const names = (key: string) => {
    const values = fieldStrings(step.node, key, doc).map((v) =>
      v.value === TENANT ? t('name.tenant') : oneLine(v.value),
    );
    if (values.length === 0) return t('name.missing');
    if (values.length === 1) return values[0];
    return t('list.and', { first: values.slice(0, -1).join(', '), last: values[values.length - 1] });
  };
  const action = step.action;
  switch (action) {
    case 'update-server':
      return t('title.update-server', { server: field('server'), update: field('update') });
    case 'prepare-schema':
    case 'prepare-ad':
      return t(`title.${action}`, { version: field('version') });
    case 'install-exchange': {
      const version = [field('version'), oneLine(fieldString(step.node, 'update', doc))].filter(Boolean).join(' ');
      const hybrid = fieldBoolean(step.node, 'hybrid', doc) === true;
      return t(hybrid ? 'title.install-exchange.hybrid' : 'title.install-exchange', {
        version,
        server: field('server'),
      });
    }
    case 'move-client-access':
    case 'move-transport':
    case 'migrate-public-folders':
      return t(`title.${action}`, { from: names('from'), to: names('to') });
    case 'move-mailboxes': {
      const count = fieldString(step.node, 'count', doc);
      const args = { from: names('from'), to: names('to') };
      if (count === undefined) return t('title.move-mailboxes', args);
      // A non-numeric count ("all") reads as many, shown as written.
      return t('title.move-mailboxes.count', { ...args, count: oneLine(count) });
    }
    case 'decommission':
    case 'run-hybrid-wizard':
      return t(`title.${action}`, { server: field('server') });
    case 'verify-domain':
      return t('title.verify-domain', { domain: field('domain') });
    case 'configure-outlook-anywhere': {
      const certificate = fieldString(step.node, 'certificate', doc);
      if (certificate === 'trusted' || certificate === 'self-signed') {
        return t('title.configure-outlook-anywhere.certificate', {
          server: field('server'),
          certificate: t(`certificate.${certificate}`),
        });
      }
      return t('title.configure-outlook-anywhere', { server: field('server') });
    }
    case 'grant-migration-permissions':
      return t('title.grant-migration-permissions', { account: field('account') });
    case 'create-migration-endpoint': {
      const type = fieldString(step.node, 'type', doc);
      if (type === 'outlook-anywhere' || type === 'remote-move') return t(`title.create-migration-endpoint.${type}`);
      return t('title.create-migration-endpoint');
    }
    case 'configure-directory-sync':
      return t(
        fieldBoolean(step.node, 'enabled', doc) === false
          ? 'title.configure-directory-sync.off'
          : 'title.configure-directory-sync.on',
      );
    case 'create-migration-batch': {
      const method = fieldString(step.node, 'method', doc);
      const known = method === 'cutover' || method === 'staged' || method === 'remote-move';
      return t('title.create-migration-batch', {
        batch: field('batch'),
        method: known ? t(`method.${method}`) : oneLine(method) || t('name.missing'),
      });
    }
    case 'start-migration-batch':
    case 'complete-migration-batch':
      return t(`title.${action}`, { batch: field('batch') });
    case 'convert-to-mail-users': {
      const batch = fieldString(step.node, 'batch', doc);
      return batch !== undefined
        ? t('title.convert-to-mail-users.batch', { batch: oneLine(batch) })
        : t('title.convert-to-mail-users');
    }
    case 'assign-licenses':
    case 'switch-mx':
    case 'reconfigure-outlook':
    case 'custom':
      return t(`title.${action}`);
    case undefined:
      return t('title.noAction', { n: step.index + 1 });
    default:
      return t('title.unknown', { n: step.index + 1, action: oneLine(action) });
  }
}

/** Titles are one line in a checklist, whatever the YAML held. */
export function oneLine(value: string | undefined): string {
  return value === undefined ? '' : value.replace(/\s+/g, ' ').trim();
}

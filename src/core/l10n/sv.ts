// Swedish core messages (Exchange terminology as Microsoft's Swedish documentation uses it:
// postlåda, snabb migrering, stegvis migrering, fullständig hybridmigrering, gemensamma mappar).
import type { en } from './en';

export const sv: Partial<Record<keyof typeof en, string>> = {
  'severity.error': 'fel',
  'severity.warning': 'varning',
  'severity.info': 'info',
};

// English core messages. Keys are stable; Swedish is in sv.ts.
export const en = {
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
} satisfies Record<string, string>;

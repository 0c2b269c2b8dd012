// English core messages. Keys are stable; Swedish is in sv.ts.
export const en = {
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  // What the parser says about files it cannot take as a runbook.
  'parse.empty': 'the file is empty: a runbook needs `runbook: 1`, `title`, `organization`, `servers`, `target` and `phases`',
  'parse.binary': 'the file is binary, not YAML text',
  'parse.tooLarge': 'the file is {size} MB; runbooks larger than {limit} MB are not read',
  'parse.tabs': 'tabs are not allowed for indentation in YAML; indent with spaces',
  'parse.duplicateKey': 'this key appears twice in the same mapping; keep one',
  'parse.multipleDocuments': 'a runbook is one YAML document, but a second one starts here (after `---` or `...`); split the file into one runbook each',
  'parse.tooDeep': 'the YAML nests deeper than a runbook can (more than {depth} levels of brackets or {columns} columns of indentation)',
  'parse.aliasBomb': 'aliases expand to more than {limit} nodes (an alias bomb); write the values out instead of nesting aliases',
  'parse.unresolvedAlias': 'the alias `*{name}` has no anchor `&{name}` before it: set the anchor first, or write the value out',
} satisfies Record<string, string>;

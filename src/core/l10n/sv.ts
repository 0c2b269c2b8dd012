// Swedish core messages (Exchange terminology as Microsoft's Swedish documentation uses it:
// postlåda, snabb migrering, stegvis migrering, fullständig hybridmigrering, gemensamma mappar).
import type { en } from './en';

export const sv: Partial<Record<keyof typeof en, string>> = {
  'severity.error': 'fel',
  'severity.warning': 'varning',
  'severity.info': 'info',
  'parse.empty': 'filen är tom: en körbok behöver `runbook: 1`, `title`, `organization`, `servers`, `target` och `phases`',
  'parse.binary': 'filen är binär, inte YAML-text',
  'parse.tooLarge': 'filen är {size} MB; körböcker större än {limit} MB läses inte',
  'parse.tabs': 'tabbar får inte användas för indrag i YAML; dra in med blanksteg',
  'parse.duplicateKey': 'nyckeln förekommer två gånger i samma mappning; behåll en',
  'parse.multipleDocuments': 'en körbok är ett YAML-dokument, men ett andra börjar här (efter `---` eller `...`); dela upp filen i en körbok per fil',
  'parse.tooDeep': 'YAML-texten är djupare nästlad än en körbok kan vara (mer än {depth} nivåer av hakparenteser eller {columns} kolumners indrag)',
  'parse.aliasBomb': 'alias expanderar till fler än {limit} noder (en aliasbomb); skriv ut värdena i stället för att nästla alias',
  'parse.unresolvedAlias': 'aliaset `*{name}` har inget ankare `&{name}` före sig: sätt ankaret först, eller skriv ut värdet',
};

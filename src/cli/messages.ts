// The CLI's own strings (help, summaries, errors) in English and Swedish. Rule messages
// come from the rules; these are only what the command line adds around them.
import { translator } from '../core';

const en = {
  help: `Usage: exchange-runbook <command> [options]

Commands:
  lint [options] <file|dir|glob>...   check runbooks (*.runbook.yaml, *.runbook.yml)
  rules                               list the rules with their default severity
  checklist <file> [--format markdown|html|change-request]
                                      print the runbook as a checklist (change-request:
                                      a printable change request for a change board)
  schedule <file> [--format markdown|ics|csv]
                                      print the planned (and actual) start and end of every
                                      phase and step: a table, a calendar (.ics) or CSV
  new [--source 2007] [--target online|2013|2016|2019|SE] [--method cutover|staged|hybrid]
      [--mailboxes N] [--public-folders] [--name ORG] [--domain D] [--keep-on-premises]
      [--as-of YYYY-MM-DD] [--locale en|sv] [--out FILE] [--csv-dir DIR] [--force]
      [--inventory DIR]               print a new runbook for that scenario (docs/assistant.md);
                                      --inventory starts it from the real organization
  inventory <file|dir>... [--format yaml|json]
                                      print organization and servers from an inventory
                                      (Export-Clixml files, docs/inventory.md)
  script <file> [--phase ID] [--out FILE]
                                      print the runbook (or one phase) as a PowerShell script
                                      for the Exchange Management Shell (docs/powershell.md)

Options of lint:
  --format stylish|json|sarif|github
                                output format (default: stylish); github writes
                                ::error file=…,line=…:: workflow commands for GitHub Actions
  -o, --output-file <file>      write the report to this file instead of stdout
  -q, --quiet                   report errors only (--max-warnings still counts warnings)
  --fix                         apply every available fix and write the files
  --fix-dry-run                 show what --fix would change (a diff; json: \`output\`), write nothing
  --as-of YYYY-MM-DD            judge lifecycle rules on this date (overrides asOf)
  --max-warnings N              exit 1 when there are more than N warnings
  --config <file>               use this config file instead of .exchange-runbook.json
  --print-config <file>         print the configuration lint would use for that runbook (JSON)
  -                             (as a file) read one runbook from standard input
  --stdin-filename <name>       the path of that runbook: for messages, its config and CSVs
  --color, --no-color           force colour on or off (default: on a terminal, unless NO_COLOR)
  --root <dir>                  files a runbook names (csv:) must be inside this folder
                                (default: the nearest folder above it with .git or
                                .exchange-runbook.json, else the runbook's own)
  --locale en|sv                language of messages (default: from LANG)

  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error or unreadable file.
Documentation: https://github.com/exchange-runbook/exchange-runbook/blob/main/docs/cli.md
`,
  'summary.clean': 'No problems in {files}.',
  'summary.problems': '{total} ({errors}, {warnings}, {infos}) in {files}.',
  'summary.fixed': '{applied} applied in {files}.',
  'summary.wouldFix': '{applied} would be applied in {files} (--fix-dry-run: nothing written).',
  'fix.withdrawn': '{file}: fix withdrawn ({reason}): {title}  {ruleId}',
  'fix.withdrawn.overlap': 'its edits overlap',
  'fix.withdrawn.syntax': 'the YAML would no longer parse',
  'fix.withdrawn.errors': 'it would add errors',
  'count.file': '{n, plural, one {# file} other {# files}}',
  'count.problem': '{n, plural, one {# problem} other {# problems}}',
  'count.error': '{n, plural, one {# error} other {# errors}}',
  'count.warning': '{n, plural, one {# warning} other {# warnings}}',
  'count.info': '{n, plural, one {# info} other {# info}}',
  'count.fix': '{n, plural, one {# fix} other {# fixes}}',
  'summary.tooManyWarnings': 'Too many warnings ({warnings}); at most {max} allowed (--max-warnings).',
  'rules.header.id': 'rule',
  'rules.header.severity': 'default',
  'rules.header.fixable': 'fix',
  'rules.header.description': 'description',
  'rules.yes': 'yes',
  'rules.no': '',
  'error.unknownCommand': 'unknown command `{command}`; run `exchange-runbook --help`',
  'error.noCommand': 'no command given; run `exchange-runbook --help`',
  'inventory.noInput': 'no inventory given: exchange-runbook inventory <file|dir>...',
  'inventory.missing': 'cannot read {file}: no such file or directory',
  'inventory.not-file': 'cannot read {file}: not a regular file or folder',
  'inventory.too-large': 'cannot read {file}: larger than 50 MB',
  'inventory.too-many': 'cannot read {file}: more than 1,000 files in the folder',
  'inventory.unreadable': 'cannot read {file}: {reason}',
  'inventory.outside': 'cannot read {file}: outside the root',
  'inventory.noServers': 'no Get-ExchangeServer objects in {files} (docs/inventory.md says how to export them)',
  'error.noFiles': 'no files given: exchange-runbook lint <file|dir|glob>...',
  'error.badOption': '{message}; run `exchange-runbook --help`',
  'error.badFormat': '--format must be stylish, json, sarif or github, not `{value}`',
  'error.fixAndDryRun': '--fix writes the files and --fix-dry-run only shows what it would change: give one of them',
  'error.dryRunFormat':
    '--fix-dry-run shows its changes in the stylish (a diff) or json (`output`) format, not {format}',
  'error.printConfigAlone': '--print-config takes the one runbook path as its value; give no other files',
  'error.stdinTwice': 'standard input (`-`) can be read only once',
  'error.stdinFilenameAlone': '--stdin-filename names the runbook read from standard input: give `-` as the file too',
  'error.fixStdin': '--fix cannot write back to standard input; use --fix-dry-run to see the changes',
  'error.badDate': '{option} must be a date as YYYY-MM-DD, not `{value}`',
  'error.badMaxWarnings': '--max-warnings must be a whole number >= 0, not `{value}`',
  'error.badLocale': '--locale must be en or sv, not `{value}`',
  'error.notFound': 'cannot read {file}: no such file or directory',
  'error.unreadable': 'cannot read {file}: {reason}',
  'error.cannotWrite': 'cannot write {file}: {reason}',
  'error.badRoot': '--root must be a directory: {dir}: {reason}',
  'error.noMatch': 'no files match {pattern}',
  'error.emptyDir': 'no runbooks (*.runbook.yaml, *.runbook.yml) under {dir}',
  'error.internal': 'internal error: {message}',
  'schedule.oneFile':
    'schedule takes one file, not {count}: exchange-runbook schedule <file> [--format markdown|ics|csv]',
  'schedule.badFormat': '--format must be markdown, ics or csv, not `{value}`',
  'schedule.broken': '{file}: the YAML does not parse; run `exchange-runbook lint {file}`',
  'schedule.none': '{file} has no schedule: give it `schedule: { start: <date-time with offset> }` or a step `at:`',
  'script.oneFile': 'script takes one file, not {count}: exchange-runbook script <file> [--phase ID] [--out FILE]',
  'script.broken': '{file}: the YAML does not parse; run `exchange-runbook lint {file}`',
  'script.unknownPhase': '{file} has no phase `{phase}`; its phases: {phases}',
  'script.notRegular': 'cannot write {file}: not a regular file',
  'script.wrote': 'wrote {file}',
} as const;

export type CliMessageId = keyof typeof en;

const sv: Record<CliMessageId, string> = {
  help: `Användning: exchange-runbook <kommando> [flaggor]

Kommandon:
  lint [flaggor] <fil|mapp|glob>...   granska körböcker (*.runbook.yaml, *.runbook.yml)
  rules                               lista reglerna med deras standardallvarlighet
  checklist <fil> [--format markdown|html|change-request]
                                      skriv ut körboken som en checklista (change-request:
                                      en utskrivbar ändringsbegäran för en ändringsnämnd)
  schedule <fil> [--format markdown|ics|csv]
                                      skriv ut planerad (och faktisk) start och slut för varje
                                      fas och steg: en tabell, en kalender (.ics) eller CSV
  new [--source 2007] [--target online|2013|2016|2019|SE] [--method cutover|staged|hybrid]
      [--mailboxes N] [--public-folders] [--name ORG] [--domain D] [--keep-on-premises]
      [--as-of ÅÅÅÅ-MM-DD] [--locale en|sv] [--out FIL] [--csv-dir MAPP] [--force]
      [--inventory MAPP]              skriv ut en ny körbok för det scenariot (docs/assistant.md);
                                      --inventory utgår från den verkliga organisationen
  inventory <fil|mapp>... [--format yaml|json]
                                      skriv ut organisation och servrar från en inventering
                                      (Export-Clixml-filer, docs/inventory.md)
  script <fil> [--phase ID] [--out FIL]
                                      skriv ut körboken (eller en fas) som ett PowerShell-skript
                                      för Exchange Management Shell (docs/powershell.md)

Flaggor för lint:
  --format stylish|json|sarif|github
                                utdataformat (standard: stylish); github skriver
                                ::error file=…,line=…::-arbetsflödeskommandon för GitHub Actions
  -o, --output-file <fil>       skriv rapporten till denna fil i stället för stdout
  -q, --quiet                   rapportera bara fel (--max-warnings räknar ändå varningar)
  --fix                         tillämpa alla tillgängliga korrigeringar och skriv filerna
  --fix-dry-run                 visa vad --fix skulle ändra (en diff; json: \`output\`), skriv inget
  --as-of ÅÅÅÅ-MM-DD            bedöm livscykelregler mot detta datum (ersätter asOf)
  --max-warnings N              avsluta med 1 när det finns fler än N varningar
  --config <fil>                använd denna konfigurationsfil i stället för .exchange-runbook.json
  --print-config <fil>          skriv ut konfigurationen lint skulle använda för den körboken (JSON)
  -                             (som fil) läs en körbok från standard in
  --stdin-filename <namn>       den körbokens sökväg: för meddelanden, dess konfiguration och CSV:er
  --color, --no-color           tvinga färg på eller av (standard: i en terminal, om inte NO_COLOR)
  --root <mapp>                 filer som en körbok anger (csv:) måste ligga i denna mapp
                                (standard: närmaste mapp ovanför med .git eller
                                .exchange-runbook.json, annars körbokens egen)
  --locale en|sv                meddelandenas språk (standard: från LANG)

  -h, --help                    visa denna hjälp
  -v, --version                 visa versionen

Slutkoder: 0 inga fel, 1 fel (eller för många varningar), 2 användningsfel eller oläsbar fil.
Dokumentation: https://github.com/exchange-runbook/exchange-runbook/blob/main/docs/cli.md
`,
  'summary.clean': 'Inga problem i {files}.',
  'summary.problems': '{total} ({errors}, {warnings}, {infos}) i {files}.',
  'summary.fixed': '{applied} tillämpade i {files}.',
  'summary.wouldFix': '{applied} skulle tillämpas i {files} (--fix-dry-run: inget skrevs).',
  'fix.withdrawn': '{file}: korrigeringen drogs tillbaka ({reason}): {title}  {ruleId}',
  'fix.withdrawn.overlap': 'dess ändringar överlappar',
  'fix.withdrawn.syntax': 'YAML-koden skulle inte längre gå att läsa',
  'fix.withdrawn.errors': 'den skulle lägga till fel',
  'count.file': '{n, plural, one {# fil} other {# filer}}',
  'count.problem': '{n, plural, one {# problem} other {# problem}}',
  'count.error': '{n, plural, one {# fel} other {# fel}}',
  'count.warning': '{n, plural, one {# varning} other {# varningar}}',
  'count.info': '{n, plural, one {# info} other {# info}}',
  'count.fix': '{n, plural, one {# korrigering} other {# korrigeringar}}',
  'summary.tooManyWarnings': 'För många varningar ({warnings}); högst {max} tillåts (--max-warnings).',
  'rules.header.id': 'regel',
  'rules.header.severity': 'standard',
  'rules.header.fixable': 'korr.',
  'rules.header.description': 'beskrivning',
  'rules.yes': 'ja',
  'rules.no': '',
  'error.unknownCommand': 'okänt kommando `{command}`; kör `exchange-runbook --help`',
  'error.noCommand': 'inget kommando angivet; kör `exchange-runbook --help`',
  'inventory.noInput': 'ingen inventering angiven: exchange-runbook inventory <fil|mapp>...',
  'inventory.missing': 'kan inte läsa {file}: filen eller mappen finns inte',
  'inventory.not-file': 'kan inte läsa {file}: inte en vanlig fil eller mapp',
  'inventory.too-large': 'kan inte läsa {file}: större än 50 MB',
  'inventory.too-many': 'kan inte läsa {file}: fler än 1 000 filer i mappen',
  'inventory.unreadable': 'kan inte läsa {file}: {reason}',
  'inventory.outside': 'kan inte läsa {file}: utanför rotmappen',
  'inventory.noServers': 'inga Get-ExchangeServer-objekt i {files} (docs/inventory.md beskriver exporten)',
  'error.noFiles': 'inga filer angivna: exchange-runbook lint <fil|mapp|glob>...',
  'error.badOption': '{message}; kör `exchange-runbook --help`',
  'error.badFormat': '--format måste vara stylish, json, sarif eller github, inte `{value}`',
  'error.fixAndDryRun': '--fix skriver filerna och --fix-dry-run visar bara vad den skulle ändra: ange en av dem',
  'error.dryRunFormat':
    '--fix-dry-run visar sina ändringar i formatet stylish (en diff) eller json (`output`), inte {format}',
  'error.printConfigAlone': '--print-config tar den enda körbokens sökväg som värde; ange inga andra filer',
  'error.stdinTwice': 'standard in (`-`) kan bara läsas en gång',
  'error.stdinFilenameAlone': '--stdin-filename namnger körboken som läses från standard in: ange också `-` som fil',
  'error.fixStdin': '--fix kan inte skriva tillbaka till standard in; använd --fix-dry-run för att se ändringarna',
  'error.badDate': '{option} måste vara ett datum som ÅÅÅÅ-MM-DD, inte `{value}`',
  'error.badMaxWarnings': '--max-warnings måste vara ett heltal >= 0, inte `{value}`',
  'error.badLocale': '--locale måste vara en eller sv, inte `{value}`',
  'error.notFound': 'kan inte läsa {file}: filen eller mappen finns inte',
  'error.unreadable': 'kan inte läsa {file}: {reason}',
  'error.cannotWrite': 'kan inte skriva {file}: {reason}',
  'error.badRoot': '--root måste vara en mapp: {dir}: {reason}',
  'error.noMatch': 'inga filer matchar {pattern}',
  'error.emptyDir': 'inga körböcker (*.runbook.yaml, *.runbook.yml) under {dir}',
  'error.internal': 'internt fel: {message}',
  'schedule.oneFile': 'schedule tar en fil, inte {count}: exchange-runbook schedule <fil> [--format markdown|ics|csv]',
  'schedule.badFormat': '--format måste vara markdown, ics eller csv, inte `{value}`',
  'schedule.broken': '{file}: YAML-koden går inte att tolka; kör `exchange-runbook lint {file}`',
  'schedule.none':
    '{file} har inget schema: ge den `schedule: { start: <tidpunkt med förskjutning> }` eller ett steg med `at:`',
  'script.oneFile': 'script tar en fil, inte {count}: exchange-runbook script <fil> [--phase ID] [--out FIL]',
  'script.broken': '{file}: YAML-koden går inte att tolka; kör `exchange-runbook lint {file}`',
  'script.unknownPhase': '{file} har ingen fas `{phase}`; dess faser: {phases}',
  'script.notRegular': 'kan inte skriva {file}: inte en vanlig fil',
  'script.wrote': 'skrev {file}',
};

export const CLI_MESSAGES = { en, sv };

export const cliMessage = translator(CLI_MESSAGES);

/** A failure that ends the run with exit code 2 and one line on stderr. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

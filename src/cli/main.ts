// TODO(issue 2): the CLI (owned by the CLI work).
process.stderr.write('exchange-runbook: not built yet\n');
process.exit(2);

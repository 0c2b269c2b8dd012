// TODO(issue 5): `exchange-runbook checklist <file> [--format markdown|html]`.
export async function checklistCommand(args: string[]): Promise<number> {
  void args;
  process.stderr.write('exchange-runbook checklist: not implemented yet\n');
  return 2;
}

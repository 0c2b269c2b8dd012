// TODO(issue 6): `exchange-runbook new [--source …] [--target …] …`.
export async function newCommand(args: string[]): Promise<number> {
  void args;
  process.stderr.write('exchange-runbook new: not implemented yet\n');
  return 2;
}

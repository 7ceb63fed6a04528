import { main, type Io } from '../../src/cli/main';

/** Runs the CLI in-process (against whatever TABLES_CONNECTION_STRING points at) and captures what it prints. */
export async function yosbot(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(['node', 'yosbot', ...args], io);
  return { code, out, err };
}

import { createInterface } from 'node:readline';

/** A password from stdin when piped, else from a prompt that echoes nothing. */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    return input.split(/\r?\n/)[0];
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const write = process.stdout.write.bind(process.stdout);
  const password = await new Promise<string>((resolve) => {
    prompt.question('Password: ', resolve);
    process.stdout.write = ((chunk: string | Uint8Array) =>
      String(chunk).startsWith('Password: ') ? write(chunk) : true) as typeof process.stdout.write;
  });
  process.stdout.write = write;
  prompt.close();
  console.log();
  return password;
}

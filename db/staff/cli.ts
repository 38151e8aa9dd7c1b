// `npm run staff -- add --email a@b.example --role editor --services fa,ru [--name "…"] [--language fa]`
// creates a newsroom account. The password is read from stdin (piped) or asked for at a hidden
// prompt, never taken from the command line, where it would be in shell history and `ps`.
// On the embedded database the server must be stopped first: PGlite allows one process per folder,
// and the folder lock makes this command stop with the holder's name rather than damage it.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isServiceCode, serviceCodes, type ServiceCode } from '@/i18n/services';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/newsroom/password-rules';
import { staffRoles } from '@/lib/newsroom/permissions';
import { openDatabase } from '@/db/client';
import { insertStaffAccount } from '@/db/staff/accounts';

const usage = 'usage: npm run staff -- add --email EMAIL --role reporter|editor|admin --services fa,ru [--name NAME] [--language CODE]';

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        services: { type: 'string', default: '' },
        name: { type: 'string' },
        language: { type: 'string' },
      },
    });
  } catch (error) {
    // An unknown option (a --password, say) is refused with the usage, not a stack trace.
    console.error(error instanceof Error ? error.message : error);
    console.error(usage);
    process.exit(2);
  }
}
const { positionals, values } = readArguments();

const args = z
  .object({
    command: z.literal('add'),
    email: z.email(),
    role: z.enum(staffRoles),
    services: z.array(z.string().refine(isServiceCode, { message: `unknown service; known: ${serviceCodes.join(', ')}` })),
    name: z.string().min(1).max(120),
    language: z.string().refine(isServiceCode, { message: 'unknown language service code' }),
  })
  .refine((a) => a.role === 'admin' || a.services.length > 0, {
    message: '--services is required for reporters and editors',
    path: ['services'],
  })
  .safeParse({
    command: positionals[0],
    email: values.email?.trim().toLowerCase(),
    role: values.role,
    services: values.services
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    name: values.name ?? values.email?.split('@')[0],
    language: values.language ?? (values.services.split(',')[0]?.trim() || 'en'),
  });
if (!args.success) {
  console.error(args.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('\n'));
  console.error(usage);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    return input.split(/\r?\n/)[0];
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing while the password is typed.
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

const password = await readPassword();
if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
  console.error(`The password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
  process.exit(2);
}

let connection;
try {
  connection = openDatabase();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
try {
  await connection.migrate();
  const { email, role, services, name, language } = args.data;
  const result = await insertStaffAccount(connection.db, {
    email,
    role,
    name,
    services: services as ServiceCode[],
    language: language as ServiceCode,
    password,
  });
  if (result === 'exists') {
    console.error(`${email} already has an account.`);
    process.exitCode = 1;
  } else console.log(`Created ${role} ${email}${role === 'admin' ? ' (all services)' : ` for ${services.join(', ')}`}.`);
} finally {
  await connection.close();
}

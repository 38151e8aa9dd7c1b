// `npm run staff -- <command>` manages newsroom accounts from the shell, as admins do on the
// staff screens, and every change is in the audit log (as "command line"):
//   add --email E --role R --services fa,ru [--name N] [--language L]   (password from stdin or a hidden prompt)
//   role --email E --role R [--services fa,ru]
//   disable --email E | enable --email E
//   reset-password --email E   (prints a one-time password, to be changed at the next sign-in)
//   list
// Passwords are never taken from the command line, where they would be in shell history and `ps`.
// On the embedded database the server must be stopped first: PGlite allows one process per folder,
// and the folder lock makes this command stop with the holder's name rather than damage it.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isServiceCode, serviceCodes, type ServiceCode } from '@/i18n/services';
import { hasServices } from '@/lib/newsroom/forms';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/newsroom/password-rules';
import { staffRoles } from '@/lib/newsroom/permissions';
import { openDatabase, type Database } from '@/db/client';
import { user } from '@/db/schema';
import {
  changeMemberAccess,
  insertStaffAccount,
  memberIdByEmail,
  resetMemberPassword,
  setMemberDisabled,
  type AuditActor,
} from '@/db/staff/accounts';
import { readPassword } from '@/db/staff/read-password';

const usage = `usage: npm run staff -- add --email EMAIL --role reporter|editor|admin --services fa,ru [--name NAME] [--language CODE]
       npm run staff -- role --email EMAIL --role reporter|editor|admin [--services fa,ru]
       npm run staff -- disable|enable|reset-password --email EMAIL
       npm run staff -- list`;
const commandLine: AuditActor = { id: null, name: 'command line' };

function fail(message: string): never {
  console.error(message);
  console.error(usage);
  process.exit(2);
}

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
    return fail(error instanceof Error ? error.message : String(error));
  }
}
const { positionals, values } = readArguments();
const serviceList = values.services
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const email = z.email();
const services = z.array(z.string().refine(isServiceCode, { message: `unknown service; known: ${serviceCodes.join(', ')}` }));
const servicesRequired = { message: '--services is required for reporters and editors', path: ['services'] };
const commands = z.discriminatedUnion('command', [
  z
    .object({
      command: z.literal('add'),
      email,
      role: z.enum(staffRoles),
      services,
      name: z.string().min(1).max(120),
      language: z.string().refine(isServiceCode, { message: 'unknown language service code' }),
    })
    .refine(hasServices, servicesRequired),
  z.object({ command: z.literal('role'), email, role: z.enum(staffRoles), services }).refine(hasServices, servicesRequired),
  z.object({ command: z.enum(['disable', 'enable', 'reset-password']), email }),
  z.object({ command: z.literal('list') }),
]);
const parsed = commands.safeParse({
  command: positionals[0],
  email: values.email?.trim().toLowerCase(),
  role: values.role,
  services: serviceList,
  name: values.name ?? values.email?.split('@')[0],
  language: values.language ?? (serviceList[0] || 'en'),
});
if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('\n'));
const args = parsed.data;

const outcomes = {
  changed: 'Done.',
  unchanged: 'Nothing to change.',
  'not-found': 'No account has this e-mail address.',
  'last-admin': 'This is the last active admin: make another member admin first.',
  self: 'Not allowed on your own account.',
} as const;

async function run(db: Database): Promise<number> {
  if (args.command === 'list') {
    for (const m of await db.select().from(user).orderBy(user.email)) {
      const state = [m.disabledAt ? `disabled ${m.disabledAt.toISOString()}` : 'active', m.mustChangePassword ? 'must change password' : '']
        .filter(Boolean)
        .join(', ');
      console.log(`${m.email}\t${m.role}\t${m.role === 'admin' ? 'all services' : m.services.join(',')}\t${state}`);
    }
    return 0;
  }
  if (args.command === 'add') {
    const password = await readPassword();
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      console.error(`The password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
      return 2;
    }
    const { email, role, services, name, language } = args;
    const result = await insertStaffAccount(
      db,
      { email, role, name, services: services as ServiceCode[], language: language as ServiceCode, password },
      commandLine,
    );
    if (result === 'exists') {
      console.error(`${email} already has an account.`);
      return 1;
    }
    console.log(`Created ${role} ${email}${role === 'admin' ? ' (all services)' : ` for ${services.join(', ')}`}.`);
    return 0;
  }
  const memberId = await memberIdByEmail(db, args.email);
  if (!memberId) {
    console.error(outcomes['not-found']);
    return 1;
  }
  if (args.command === 'reset-password') {
    const reset = await resetMemberPassword(db, commandLine, memberId);
    if (!reset) return 1;
    console.log(`One-time password for ${args.email} (shown once; it must be changed at the next sign-in):\n${reset.password}`);
    return 0;
  }
  const result =
    args.command === 'role'
      ? await changeMemberAccess(db, commandLine, memberId, { role: args.role, services: args.services as ServiceCode[] })
      : await setMemberDisabled(db, commandLine, memberId, args.command === 'disable');
  (result === 'changed' || result === 'unchanged' ? console.log : console.error)(outcomes[result]);
  return result === 'changed' || result === 'unchanged' ? 0 : 1;
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
  process.exitCode = await run(connection.db);
} finally {
  await connection.close();
}

/**
 * `npm run token -- create --role <ROLE> [--yot <code>] [--agency <id>] --name <label>` prints a new token
 * (and nothing else on stdout, so scripts can capture it); `token -- list`; `token -- revoke <name>`.
 */
import 'reflect-metadata';
import { ExitCode, openCliDatabase, parseCli, runCli, UsageError } from '../../cli/run';
import { loadConfig } from '../../config';
import { decodeGlobalId } from '../../graphql/relay';
import { useIdSecret } from '../../graphql/sealed';
import { Role } from './roles';
import { TokenService } from './token.service';

const SPEC = {
  usage:
    'usage: npm run token -- create --role <ROLE> --name <label> [--yot <code>] [--agency <id>] | list | revoke <name>',
  help: `
Manages the API's bearer tokens in the database named by DATABASE_URL.

Commands:
  create    prints a new token on stdout (only there, once: it cannot be shown again)
  list      one line per token: name, role, scope, created, revoked
  revoke    revokes the active token with this name

Options (create):
  --role ROLE     ${Object.values(Role).join(', ')}
  --name LABEL    2–100 letters, digits, spaces or . _ : - (shown in the audit trail)
  --yot CODE      YOT_MANAGER: the YOT it manages (ONS code)
  --agency ID     PARTNER: the agency it speaks for (database id or global id)
  -h, --help      this help

Examples:
  npm run token -- create --role ANALYST --name "regional analyst"
  npm run token -- create --role YOT_MANAGER --yot E09000003 --name "Barnet manager"
  npm run token -- list
  npm run token -- revoke "regional analyst"`,
};

runCli(SPEC, async () => {
  const { positionals, values } = parseCli(SPEC, {
    role: { type: 'string' },
    yot: { type: 'string' },
    agency: { type: 'string' },
    name: { type: 'string' },
  });
  const [, arg] = positionals;
  const command = positionals.at(0);
  if (!['create', 'list', 'revoke'].includes(command ?? ''))
    throw new UsageError(
      command
        ? `There is no command "${command}"; use create, list or revoke.`
        : 'Name a command: create, list or revoke.',
    );
  if (command === 'create' && (!values.role || !values.name)) throw new UsageError('create needs --role and --name.');
  if (command === 'revoke' && !arg) throw new UsageError('revoke needs the name of the token.');
  // A token created before the server first starts is fine: the database is created and migrated here.
  const config = loadConfig();
  // `--agency` may be a global id, sealed with the server's secret.
  useIdSecret(config.idSecret);
  const dataSource = await openCliDatabase(config.databaseUrl, { mustExist: command !== 'create' });
  try {
    if (command === 'create') {
      const agencyId = values.agency
        ? /^\d+$/.test(values.agency)
          ? Number(values.agency)
          : decodeGlobalId(values.agency, 'Agency', '--agency').key
        : undefined;
      const token = await TokenService.create(dataSource, {
        name: values.name!,
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- TokenService.create refuses an unknown role with the message shown below
        role: values.role!.toUpperCase() as Role,
        yotCode: values.yot,
        agencyId,
      }).catch((error: unknown) => {
        // TokenService's refusals are about the arguments (unknown role, YOT or agency, a name in use).
        const message = error instanceof Error ? error.message : String(error);
        throw new UsageError(`${message.charAt(0).toUpperCase()}${message.slice(1)}.`);
      });
      process.stdout.write(`${token}\n`);
    } else if (command === 'list') {
      for (const t of await TokenService.list(dataSource)) {
        const scope = t.yotId ? ` yot=${t.yotId}` : t.agencyId ? ` agency=${t.agencyId}` : '';
        console.log(
          `${t.name}\t${t.role}${scope}\tcreated ${t.createdAt.toISOString()}${t.revokedAt ? `\trevoked ${t.revokedAt.toISOString()}` : ''}`,
        );
      }
    } else {
      if (!(await TokenService.revoke(dataSource, arg)))
        throw new UsageError(`There is no active token named "${arg}".`);
      console.error(`revoked ${arg}`);
    }
    return ExitCode.OK;
  } finally {
    await dataSource.destroy();
  }
});

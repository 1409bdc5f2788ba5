/**
 * `npm run token -- create --role <ROLE> [--yot <code>] [--agency <id>] --name <label>` prints a new token
 * (and nothing else on stdout, so scripts can capture it); `token -- list`; `token -- revoke <name>`.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createDataSource, openDatabase } from '../../db/data-source';
import { decodeGlobalId } from '../../graphql/relay';
import { useIdSecret } from '../../graphql/sealed';
import { Role } from './roles';
import { TokenService } from './token.service';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, yot: { type: 'string' }, agency: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, arg] = positionals;
  const config = loadConfig();
  // `--agency` may be a global id, sealed with the server's secret.
  useIdSecret(config.idSecret);
  const dataSource = await openDatabase(createDataSource(config.databaseUrl));
  try {
    if (command === 'create') {
      if (!values.role || !values.name) throw new Error('usage: token create --role <ROLE> [--yot <code>] [--agency <id>] --name <label>');
      const agencyId = values.agency ? (/^\d+$/.test(values.agency) ? Number(values.agency) : decodeGlobalId(values.agency, 'Agency', '--agency').key) : undefined;
      process.stdout.write(`${await TokenService.create(dataSource, { name: values.name, role: values.role.toUpperCase() as Role, yotCode: values.yot, agencyId })}\n`);
      return 0;
    }
    if (command === 'list') {
      for (const t of await TokenService.list(dataSource)) {
        const scope = t.yotId ? ` yot=${t.yotId}` : t.agencyId ? ` agency=${t.agencyId}` : '';
        console.log(`${t.name}\t${t.role}${scope}\tcreated ${t.createdAt.toISOString()}${t.revokedAt ? `\trevoked ${t.revokedAt.toISOString()}` : ''}`);
      }
      return 0;
    }
    if (command === 'revoke' && arg) {
      if (!(await TokenService.revoke(dataSource, arg))) throw new Error(`no active token named "${arg}"`);
      console.error(`revoked ${arg}`);
      return 0;
    }
    throw new Error('usage: token create … | token list | token revoke <name>');
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);

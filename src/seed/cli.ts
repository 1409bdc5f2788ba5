/** `npm run seed`: loads `seeds/` into the database named by DATABASE_URL (idempotent). */
import 'reflect-metadata';
import { ExitCode, openCliDatabase, parseCli, runCli } from '../cli/run';
import { loadConfig } from '../config';
import { loadSeeds } from './seed';

const SPEC = {
  usage: 'usage: npm run seed',
  help: `
Loads the seed data in seeds/ (the two source documents' facts, the framework, reference data) into the
database named by DATABASE_URL, creating and migrating it when needed. Idempotent: records already present
are left as they are.

Examples:
  npm run seed
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub npm run seed`,
};

runCli(SPEC, async () => {
  parseCli(SPEC, {});
  const config = loadConfig();
  const dataSource = await openCliDatabase(config.databaseUrl, { mustExist: false });
  try {
    const summary = await loadSeeds(dataSource);
    console.log(
      `seeded ${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')}: ${summary.created} records created, ${summary.existing} already present`,
    );
    return ExitCode.OK;
  } finally {
    await dataSource.destroy();
  }
});

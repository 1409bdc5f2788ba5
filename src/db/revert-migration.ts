/** `npm run migration:revert`: reverts the last migration applied to DATABASE_URL. */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource, revertLastMigration } from './data-source';

async function main(): Promise<void> {
  const dataSource = await createDataSource(loadConfig().databaseUrl).initialize();
  try {
    await revertLastMigration(dataSource);
    console.log('reverted the last migration');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/** `npm run seed`: loads `seeds/` into the database named by DATABASE_URL (idempotent). */
import { loadConfig } from '../config';
import { createDataSource, openDatabase } from '../db/data-source';
import { loadSeeds } from './seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase(createDataSource(config.databaseUrl));
  try {
    const summary = await loadSeeds(dataSource);
    console.log(`seeded ${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')}: ${summary.created} records created, ${summary.existing} already present`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

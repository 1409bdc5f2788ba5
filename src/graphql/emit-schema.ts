/** Writes the SDL to `schema/schema.graphql` (`npm run schema:emit`); a test fails when the file is stale. */
import { writeFileSync } from 'node:fs';
import { hubSchema, printHubSchema, SCHEMA_FILE } from './schema';

hubSchema()
  .then((schema) => {
    writeFileSync(SCHEMA_FILE, printHubSchema(schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });

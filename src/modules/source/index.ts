import { HubModule } from '../hub-module';
import { SourceDocument } from './source-document.entity';

/** The source module: what it adds to the schema and the database. */
export const sourceModule: HubModule = {
  resolvers: [],
  entities: [
    SourceDocument,
  ],
};

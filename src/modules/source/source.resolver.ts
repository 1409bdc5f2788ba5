import { ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { SourceDocument } from './source-document.entity';

/** Anything that records which published document it came from. */
interface Sourced {
  sourceDocumentId: number | null;
}

/** Builds the `sourceDocument` field resolver for one sourced type (one batched lookup per request). */
export function sourceDocumentResolver(type: ClassType<Sourced>): ClassType {
  @Resolver(() => type)
  class SourceDocumentFieldResolver {
    @FieldResolver(() => SourceDocument, {
      nullable: true,
      description: 'The published document this record was taken from; null for records entered directly in the hub.',
    })
    sourceDocument(@Root() record: Sourced, @Ctx() ctx: HubContext) {
      return record.sourceDocumentId == null ? null : ctx.loaders.byId(SourceDocument).load(record.sourceDocumentId);
    }
  }
  return SourceDocumentFieldResolver;
}

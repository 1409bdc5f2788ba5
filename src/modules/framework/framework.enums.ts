import { registerEnumType } from 'type-graphql';

/** Whether a criterion's wording is the official text or a paraphrase of it. */
export enum WordingSource {
  VERBATIM = 'VERBATIM',
  PARAPHRASE = 'PARAPHRASE',
}

registerEnumType(WordingSource, {
  name: 'WordingSource',
  description:
    "Whether a criterion's wording is quoted from the official framework or paraphrased from secondary sources.",
  valuesConfig: {
    VERBATIM: { description: 'The official wording, quoted exactly.' },
    PARAPHRASE: { description: 'A paraphrase; the official wording is not yet held. Load it as data when it is.' },
  },
});

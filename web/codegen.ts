import type { CodegenConfig } from '@graphql-codegen/cli';

// Types and typed documents for every operation written with `graphql()`
// under src/. The output folder is generated: never edit it by hand.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: {
          DateTime: 'string',
          NaiveDate: 'string',
        },
      },
    },
  },
  hooks: {},
};

export default config;

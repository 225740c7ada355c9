import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/__generated__/': {
      preset: 'client',
      presetConfig: {
        // Named apart from Apollo's `useFragment` hook: this one only narrows types and reads no cache.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        enumType: 'const',
        useTypeImports: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
        },
      },
    },
  },
};

export default config;

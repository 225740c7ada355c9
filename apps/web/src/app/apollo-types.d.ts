import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

/*
 * The codegen client preset masks fragment fields in the generated types. Telling Apollo Client so
 * makes cache writes and test mocks require the full (unmasked) shape, as the cache really stores it.
 */
declare module '@apollo/client' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- module augmentation must be an interface
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}

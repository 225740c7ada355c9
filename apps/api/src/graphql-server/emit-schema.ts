import 'reflect-metadata';
import fs from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { SCHEMA_FILE } from './graphql.config';
import { resolverClasses } from './resolvers';

export const SCHEMA_HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------
`;

/** The schema's text as committed: sorted, so that a diff shows only real changes. */
export function printSortedSchema(schema: Parameters<typeof printSchema>[0]): string {
  return `${SCHEMA_HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** `npm run schema`: writes apps/api/schema.gql without needing a database. */
async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(resolverClasses);
  fs.writeFileSync(SCHEMA_FILE, printSortedSchema(schema));
  await app.close();
  console.log(`Wrote ${SCHEMA_FILE}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

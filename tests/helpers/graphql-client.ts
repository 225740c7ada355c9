import { expect } from 'vitest';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLErrorShape[] | undefined;
  headers: Headers;
}

/** Speaks GraphQL over HTTP like a browser: keeps the session cookie between requests. */
export class GraphQLTestClient {
  private cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    return this.post<T>(JSON.stringify({ query, variables }));
  }

  async post<T>(body: string, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body,
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      const cleared = /expires=Thu, 01 Jan 1970/i.test(setCookie);
      this.cookie = cleared ? undefined : pair;
    }
    const text = await response.text();
    let json: { data?: T | null; errors?: GraphQLErrorShape[] } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      json = { errors: [{ message: text }] };
    }
    return { status: response.status, data: json.data, errors: json.errors, headers: response.headers };
  }

  async signIn(email: string, password: string): Promise<GraphQLResponse> {
    const response = await this.gql(
      `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id email } } }`,
      { input: { email, password } },
    );
    return response;
  }

  /** Signs in and fails the test at once if that did not work. */
  async as(email: string, password: string): Promise<this> {
    const response = await this.signIn(email, password);
    expect(response.errors, `sign in as ${email}`).toBeUndefined();
    return this;
  }
}

/** Asserts a typed refusal: its category and its specific reason. */
export function expectError(response: GraphQLResponse<unknown>, code: string, reason?: string): GraphQLErrorShape {
  expect(
    response.errors,
    `expected ${code}${reason ? `/${reason}` : ''}, got data ${JSON.stringify(response.data)}`,
  ).toBeDefined();
  const [error] = response.errors!;
  expect(error!.extensions?.code).toBe(code);
  if (reason) expect(error!.extensions?.reason).toBe(reason);
  return error!;
}

/** Asserts success and returns the data. */
export function expectData<T>(response: GraphQLResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.data).toBeTruthy();
  return response.data!;
}

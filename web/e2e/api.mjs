// Calls the GraphQL API directly, as a script or integration would.
export async function gql(baseUrl, query, variables = {}, token) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

export async function gqlData(baseUrl, query, variables, token) {
  const body = await gql(baseUrl, query, variables, token);
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

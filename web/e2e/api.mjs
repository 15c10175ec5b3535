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

/** A control route of the Tableau simulator: GET without a body, POST with one. */
export async function sim(sims, route, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(`${sims.tableauUrl}/_sim/${route}`, init);
  const json = await res.json();
  if (!res.ok) throw new Error(`/_sim/${route} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

/** Messages the SMTP sink received for one address, decoded. */
export async function mailTo(sims, address) {
  const all = await sim(sims, 'mail');
  return all
    .filter((m) => m.rcpt_to.some((r) => r.toLowerCase() === address.toLowerCase()))
    .map((m) => ({ ...m, data: Buffer.from(m.data_base64, 'base64').toString('utf8') }));
}

import { describe, expect, it } from 'vitest';

import { domain, domains, email, emails, isUuid, luid, required } from './validate';

describe('required', () => {
  it('refuses blank text as the server does', () => {
    expect(required('  ')).toBe('must not be empty');
    expect(required(' Ann ')).toBeNull();
  });
});

describe('email', () => {
  it('accepts ordinary and unusual valid addresses', () => {
    for (const ok of ['ann@example.com', ' Ann.Lee@Example.COM ', 'a+b@mail.example.org', '"a b"@example.com']) {
      expect(email(ok), ok).toBeNull();
    }
  });
  it('flags what the server always refuses', () => {
    for (const bad of ['', 'ann', 'ann@', '@example.com', 'ann@localhost', 'ann@[127.0.0.1]', 'a b@example.com', 'ann@exa mple.com']) {
      expect(email(bad), bad).toMatch(/is not a valid email address/);
    }
  });
  it('reports the first bad address of a list', () => {
    expect(emails(['ann@example.com', 'bob', 'x'])).toBe("'bob' is not a valid email address");
    expect(emails([])).toBeNull();
  });
});

describe('luid', () => {
  it('accepts the forms a UUID parser accepts', () => {
    for (const ok of ['5b1f3c2a-8d4e-4f6a-9c1b-2e3d4f5a6b01', '5B1F3C2A8D4E4F6A9C1B2E3D4F5A6B01', '{5b1f3c2a-8d4e-4f6a-9c1b-2e3d4f5a6b01}', 'urn:uuid:5b1f3c2a-8d4e-4f6a-9c1b-2e3d4f5a6b01']) {
      expect(isUuid(ok), ok).toBe(true);
    }
  });
  it('names the LUID like the server', () => {
    expect(luid('Tableau site LUID')('finance')).toBe("'finance' is not a Tableau site LUID (a UUID)");
    expect(luid()('5b1f3c2a-8d4e-4f6a-9c1b-2e3d4f5a6b0')).toMatch(/is not a Tableau LUID/);
    expect(luid()(' 5b1f3c2a-8d4e-4f6a-9c1b-2e3d4f5a6b01 ')).toBeNull();
  });
});

describe('domain', () => {
  it('accepts domains, with or without a leading @', () => {
    expect(domain('example.com')).toBeNull();
    expect(domain('@Example.com')).toBeNull();
  });
  it('flags what is no email domain', () => {
    for (const bad of ['', 'localhost', 'ann@example.com', 'exa mple.com', 'example.com/x']) {
      expect(domain(bad), bad).toMatch(/is not an email domain/);
    }
    expect(domains(['example.com', 'nope'])).toBe("'nope' is not an email domain such as example.com");
  });
});

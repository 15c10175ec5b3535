import { describe, expect, it } from 'vitest';

import { EMAIL_CSP, emailDocument } from './emailDocument';

const meta = `<meta http-equiv="Content-Security-Policy" content="${EMAIL_CSP}">`;

describe('emailDocument', () => {
  it('puts the content policy right after the doctype', () => {
    expect(emailDocument('<!DOCTYPE html><html><body><p>Hi</p></body></html>')).toBe(
      `<!DOCTYPE html>${meta}<html><body><p>Hi</p></body></html>`,
    );
  });

  it('adds a doctype when the email has none', () => {
    expect(emailDocument('<p>Hi</p>')).toBe(`<!doctype html>${meta}<p>Hi</p>`);
  });

  it('blocks scripts and remote loads', () => {
    expect(EMAIL_CSP).toContain("default-src 'none'");
    expect(EMAIL_CSP).not.toMatch(/script-src|https?:/);
  });
});

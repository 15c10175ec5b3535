import { describe, expect, it } from 'vitest';

import { EMAIL_CSP, INLINE_IMAGE_PLACEHOLDER, emailDocument } from './emailDocument';

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

  it('shows a placeholder where an image was sent inline, keeping its alt text', () => {
    const doc = emailDocument('<p><img src="cid:view-1@vizpost" alt="By Region"></p><img src=\'cid:x\'>');
    expect(doc).not.toContain('cid:');
    expect(doc).toContain(`<img src="${INLINE_IMAGE_PLACEHOLDER}" alt="By Region">`);
    expect(doc).toContain(`<img src='${INLINE_IMAGE_PLACEHOLDER}'>`);
    expect(INLINE_IMAGE_PLACEHOLDER).toMatch(/^data:image\/svg\+xml,/);
    expect(INLINE_IMAGE_PLACEHOLDER).not.toMatch(/["']/);
  });

  it('leaves images with other sources alone', () => {
    const html = '<img src="data:image/png;base64,AAAA" alt="chart">';
    expect(emailDocument(html)).toBe(`<!doctype html>${meta}${html}`);
  });
});

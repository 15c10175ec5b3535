/**
 * What a sandboxed iframe may load while showing an email: nothing from the
 * network (no tracking pixels, no remote fonts), inline styles and data:
 * images only. Scripts are off twice: by this policy and by `sandbox`.
 */
export const EMAIL_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

const DOCTYPE = /^\s*<!doctype[^>]*>/i;

const INLINE_IMAGE_SRC = /(\ssrc\s*=\s*)(["'])cid:[^"']*\2/gi;

/**
 * Stands in for an image that travelled inside the message (`src="cid:…"`):
 * a sent email is kept as its HTML, without its image parts, and a frame
 * of broken-image icons would look like a broken email.
 */
export const INLINE_IMAGE_PLACEHOLDER =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="120">' +
      '<rect x="1" y="1" width="478" height="118" fill="#f1f3f5" stroke="#adb5bd" stroke-dasharray="6 4"/>' +
      '<text x="240" y="60" text-anchor="middle" dominant-baseline="middle" font-family="sans-serif" ' +
      'font-size="15" fill="#495057">Image sent inline in the email</text></svg>',
  );

/**
 * An email's HTML as an iframe `srcdoc`: the content policy goes first, so
 * the parser places it in the head before anything the email contains;
 * images referenced by `cid:` show a placeholder.
 */
export function emailDocument(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${EMAIL_CSP}">`;
  const doctype = DOCTYPE.exec(html);
  const head = doctype ? doctype[0].trim() : '<!doctype html>';
  const rest = (doctype ? html.slice(doctype[0].length) : html).replace(
    INLINE_IMAGE_SRC,
    (_match, attr: string, quote: string) => `${attr}${quote}${INLINE_IMAGE_PLACEHOLDER}${quote}`,
  );
  return `${head}${meta}${rest}`;
}

/**
 * What a sandboxed iframe may load while showing an email: nothing from the
 * network (no tracking pixels, no remote fonts), inline styles and data:
 * images only. Scripts are off twice: by this policy and by `sandbox`.
 */
export const EMAIL_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

const DOCTYPE = /^\s*<!doctype[^>]*>/i;

/**
 * An email's HTML as an iframe `srcdoc`: the content policy goes first, so
 * the parser places it in the head before anything the email contains.
 */
export function emailDocument(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${EMAIL_CSP}">`;
  const doctype = DOCTYPE.exec(html);
  const head = doctype ? doctype[0].trim() : '<!doctype html>';
  const rest = doctype ? html.slice(doctype[0].length) : html;
  return `${head}${meta}${rest}`;
}

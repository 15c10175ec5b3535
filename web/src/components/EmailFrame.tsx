import { emailDocument } from '../lib/emailDocument';

/**
 * An email's HTML as its recipient sees it, in a sandboxed iframe: no
 * scripts, no same-origin access, nothing loaded from the network.
 */
export function EmailFrame({ html, title = 'Email body', minHeight = 360 }: { html: string; title?: string; minHeight?: number }) {
  return (
    <iframe
      title={title}
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={emailDocument(html)}
      style={{ width: '100%', minHeight, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, background: 'white' }}
    />
  );
}

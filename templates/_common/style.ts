// The colours every template writes inline (the head partial holds the same values for MJML's attributes):
// clients that drop <style> keep the brand and the contrast.
export const COLORS = {
  ink: '#1d2433',
  muted: '#5b6475',
  accent: '#0b5cad',
  onDark: '#ffffff',
} as const;

/** An inline link style: accent links in text, ink for headlines. */
export const LINK = `color:${COLORS.accent};text-decoration:underline`;
export const HEADLINE_LINK = `color:${COLORS.ink};text-decoration:none`;
/** A paragraph's inline spacing (MJML resets <p> margins; clients that drop <style> keep this one). */
export const PARAGRAPH = 'margin:0 0 8px';

/**
 * One attachment, one URL. Helpdesks serve the same file under URLs that differ only in a signed,
 * expiring query (S3, GCS, Azure, CloudFront), a `download=1` switch between "preview" and "save",
 * or a fragment; the key and the media match must survive those, or a reload would forget what the
 * agent opened and a video played in the lightbox would not match the link it came from.
 */

/** Query parameters that change between loads or between preview and download of the same file. */
const VOLATILE = new Set([
  // AWS S3 / CloudFront
  'awsaccesskeyid', 'expires', 'signature', 'key-pair-id', 'policy',
  // Google Cloud Storage
  'googleaccessid',
  // Azure SAS
  'sv', 'ss', 'srt', 'sp', 'se', 'st', 'spr', 'sig', 'sr', 'skoid', 'sktid', 'skt', 'ske', 'sks', 'skv',
  // generic tokens and cache busters
  'token', 'access_token', 'auth', 'exp', 'expiry', 'hmac', 'cb', '_',
  // "open" vs "save" of the same file
  'download', 'dl', 'disposition', 'inline', 'attachment', 'response-content-disposition', 'response-content-type',
]);

const isVolatile = (name: string) => {
  const n = name.toLowerCase();
  return VOLATILE.has(n) || n.startsWith('x-amz-') || n.startsWith('x-goog-');
};

/** The URL without its fragment and volatile parameters, the rest sorted; null when not a URL. */
export function normalizeUrl(raw: string | null | undefined, base?: string): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  // blob: and data: URLs are per page load; they never name the same file twice.
  if (url.protocol === 'blob:' || url.protocol === 'data:') return null;
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !isVolatile(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  return url.href;
}

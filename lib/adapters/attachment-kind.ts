import type { AttachmentKind } from './contract';

const BY_EXTENSION: Record<string, AttachmentKind> = {};
const groups: Record<AttachmentKind, string> = {
  image: 'png jpg jpeg gif webp bmp svg heic heif tif tiff avif ico',
  video: 'mp4 webm mov m4v avi mkv ogv 3gp wmv mpeg mpg',
  audio: 'mp3 wav ogg oga m4a aac flac opus wma amr',
  document: 'pdf doc docx xls xlsx xlsm csv txt rtf odt ods odp ppt pptx md json xml log html htm eml msg pages numbers key',
  archive: 'zip rar 7z tar gz tgz bz2 xz zst',
  other: '',
};
for (const [kind, list] of Object.entries(groups) as [AttachmentKind, string][]) {
  for (const ext of list.split(' ').filter(Boolean)) BY_EXTENSION[ext] = kind;
}

/** The attachment's kind from a declared kind/MIME type, else its file name or URL. */
export function attachmentKind(declared: string | null | undefined, name: string | null | undefined, url?: string | null): AttachmentKind {
  const d = (declared ?? '').toLowerCase().trim();
  if (d) {
    if ((groups as Record<string, string>)[d] !== undefined) return d as AttachmentKind;
    const major = d.split('/')[0];
    if (major === 'image' || major === 'video' || major === 'audio') return major;
    if (/pdf|msword|officedocument|opendocument|text\/|rtf|csv|json|xml/.test(d)) return 'document';
    if (/zip|rar|7z|tar|gzip|compressed|x-bzip/.test(d)) return 'archive';
  }
  for (const candidate of [name, url]) {
    if (!candidate) continue;
    let path = candidate;
    try {
      const u = new URL(candidate, 'http://x.invalid/');
      path = u.searchParams.get('name') ?? u.pathname;
    } catch {
      // not a URL: a plain file name
    }
    const ext = /\.([a-z0-9]{1,5})$/i.exec(path.trim())?.[1]?.toLowerCase();
    if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  }
  return 'other';
}

/** Tag names compared as people read them: case, ё/е and runs of spaces do not matter. */
export function foldName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

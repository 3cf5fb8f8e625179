/** Evidence quoted in a provenance note: long lines cut, so a note stays one readable line. */
export function quote(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

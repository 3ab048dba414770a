/**
 * Characters a terminal acts on rather than shows: C0 controls but line feed and tab (ESC starts
 * colour, cursor and title sequences; CR overwrites the line; BS erases), DEL, C1 controls (0x9b is
 * a one-byte CSI), and the bidirectional overrides that make text read other than it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = {'\r': '\\r', '\u001b': '\\e', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\u0000': '\\0'}

/**
 * `text` as a terminal will show it and nothing more: each active character written out as an
 * escape (`\e`, `\r`, `\u202e`), so a note or a name holding ESC sequences prints as the characters
 * they are instead of recolouring, moving or rewriting what is on the screen. Line breaks stay.
 */
export function printable(text: string): string {
  return text.replace(ACTIVE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

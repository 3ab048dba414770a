import {printable} from '../util/terminal-text'

/** Widest a column grows before its cells wrap onto more lines. */
const MAX_WIDTH = 60

/** `text` as lines of at most `width` characters, broken between words; a word longer than the width stays whole. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/ +/)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    lines.push(line)
  }
  return lines
}

/**
 * A plain text table for terminal output; columns sized to their widest cell up to 60 characters,
 * longer text wrapped onto further lines between words, never cut.
 */
export function textTable(headers: string[], rows: (string | number | null | undefined)[][]): string {
  // Escaped before measuring, so a cell holding control characters is as wide as what it shows.
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : printable(String(c)))))]
  const longestWord = (c: string) => Math.max(0, ...c.split(/\s+/).map((w) => w.length))
  const widths = headers.map((_, i) =>
    Math.max(Math.min(MAX_WIDTH, Math.max(...cells.map((r) => (r[i] ?? '').length))), ...cells.map((r) => longestWord(r[i] ?? ''))),
  )
  const line = (r: string[]) => {
    const wrapped = widths.map((w, i) => wrap(r[i] ?? '', w))
    const height = Math.max(...wrapped.map((c) => c.length))
    return Array.from({length: height}, (_, n) =>
      wrapped
        .map((c, i) => (c[n] ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    ).join('\n')
  }
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

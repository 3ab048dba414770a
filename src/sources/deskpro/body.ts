// Deskpro writes attachments into the message HTML as [attach:…:…] placeholders.
const ATTACH = /\[attach:[^\]]*\]/gi
const TAG = /<[a-z!/][^>]*>/i

let compiled: ((html: string) => string) | undefined
/**
 * Paragraphs and blocks become single line breaks; links keep their text only; images and
 * attachments leave nothing; no word wrapping, no upper-cased headings. Compiled on the first HTML
 * message: html-to-text is a tenth of a file import's start-up, which never reads Deskpro.
 */
function toText(html: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  compiled ??= (require('html-to-text') as typeof import('html-to-text')).compile({
    wordwrap: false,
    selectors: [
      {selector: 'p', options: {leadingLineBreaks: 1, trailingLineBreaks: 1}},
      {selector: 'a', options: {ignoreHref: true}},
      {selector: 'img', format: 'skip'},
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => ({
        selector: h,
        options: {uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1},
      })),
    ],
  })
  return compiled(html)
}

/**
 * A ticket message as plain text: HTML through html-to-text (entities decoded, tags dropped, blocks
 * as line breaks), attachment placeholders removed. A message without any tag is already text.
 */
export function messageText(message: string | null): string {
  if (!message) return ''
  const stripped = message.replace(ATTACH, '')
  if (!TAG.test(stripped))
    return stripped
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim()
  return toText(stripped)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

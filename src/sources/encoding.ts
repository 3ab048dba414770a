import {createReadStream, statSync} from 'node:fs'
import {InputError} from '../errors'
import {msg} from '../i18n'

/** Missing, unreadable or not a file: nothing can be loaded, say which file and why. */
export function checkReadable(file: string): number {
  let size: number
  try {
    const st = statSync(file)
    if (!st.isFile()) throw new InputError(msg().files.notAFile({file}), msg().files.notAFileFix)
    size = st.size
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(msg().files.missing({file}), msg().files.missingFix)
    throw new InputError(msg().files.unreadable({file, why: code ?? (error as Error).message}), msg().files.unreadableFix)
  }
  if (size === 0) throw new InputError(msg().files.empty({file}), msg().files.emptyFix)
  return size
}

/**
 * Read the whole text file once before anything loads, so a file that is not UTF-8 text loads
 * nothing at all rather than half of itself: UTF-16, NUL bytes and Latin-1/Windows-1252 bytes are
 * refused with the place they were found and how to convert.
 */
export async function checkUtf8Text(file: string): Promise<void> {
  const decoder = new TextDecoder('utf-8', {fatal: true})
  let offset = 0
  let line = 1
  let first = true
  let onlyBom = true
  try {
    for await (const chunk of createReadStream(file)) {
      const buf = chunk as Buffer
      if (first) {
        first = false
        if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
          throw new InputError(msg().errors.utf16({file}), msg().errors.utf16Fix)
        }
      }
      const nul = buf.indexOf(0)
      if (nul >= 0)
        throw new InputError(
          msg().errors.nulByte({file, line: line + countNewlines(buf, nul), byte: offset + nul}),
          msg().errors.nulByteFix,
        )
      try {
        decoder.decode(buf, {stream: true})
      } catch {
        const at = firstInvalid(buf)
        throw new InputError(msg().errors.notUtf8({file, line: line + countNewlines(buf, at), byte: offset + at}), msg().errors.notUtf8Fix)
      }
      if (
        onlyBom &&
        buf
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .trim() !== ''
      )
        onlyBom = false
      line += countNewlines(buf, buf.length)
      offset += buf.length
    }
    decoder.decode()
  } catch (error) {
    if (error instanceof InputError) throw error
    if (error instanceof TypeError) throw new InputError(msg().errors.truncatedUtf8({file}), msg().errors.truncatedUtf8Fix)
    throw new InputError(msg().errors.cannotRead({file, reason: (error as Error).message}), msg().errors.cannotReadFix)
  }
  if (onlyBom) throw new InputError(msg().errors.noText({file}), msg().errors.noTextFix)
}

function countNewlines(buf: Buffer, end: number): number {
  let n = 0
  for (let i = buf.indexOf(10); i >= 0 && i < end; i = buf.indexOf(10, i + 1)) n++
  return n
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (approximate at chunk edges). */
function firstInvalid(buf: Buffer): number {
  let i = 0
  while (i < buf.length) {
    const b = buf[i]
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (len === 0) return i
    if (i + len > buf.length) return i
    for (let k = 1; k < len; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i
    i += len
  }
  return Math.max(0, buf.length - 1)
}

import {isUtf8} from 'node:buffer'
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
  let offset = 0
  let first = true
  let onlyBom = true
  /** The bytes of a character the chunk before cut in two, checked with the next chunk. */
  let carry: Buffer | undefined
  try {
    // isUtf8 checks a chunk without decoding it into a string: a full read of a million-row register
    // took 0.8 s with a TextDecoder, most of it building strings nobody used.
    for await (const chunk of createReadStream(file, {highWaterMark: 1 << 20})) {
      const buf = carry ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer)
      if (first) {
        first = false
        if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
          throw new InputError(msg().errors.utf16({file}), msg().errors.utf16Fix)
        }
      }
      const nul = buf.indexOf(0)
      if (nul >= 0)
        throw new InputError(
          msg().errors.nulByte({file, line: await lineAt(file, offset + nul), byte: offset + nul}),
          msg().errors.nulByteFix,
        )
      const whole = completeLength(buf)
      if (!isUtf8(buf.subarray(0, whole))) {
        const at = firstInvalid(buf.subarray(0, whole))
        throw new InputError(
          msg().errors.notUtf8({file, line: await lineAt(file, offset + at), byte: offset + at}),
          msg().errors.notUtf8Fix,
        )
      }
      if (
        onlyBom &&
        buf
          .subarray(0, whole)
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .trim() !== ''
      )
        onlyBom = false
      offset += whole
      carry = whole < buf.length ? Buffer.from(buf.subarray(whole)) : undefined
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(msg().errors.cannotRead({file, reason: (error as Error).message}), msg().errors.cannotReadFix)
  }
  if (carry) throw new InputError(msg().errors.truncatedUtf8({file}), msg().errors.truncatedUtf8Fix)
  if (onlyBom) throw new InputError(msg().errors.noText({file}), msg().errors.noTextFix)
}

/**
 * How much of `buf` ends on a whole character: a lead byte in the last three whose sequence runs past
 * the end starts a character the next chunk completes. A byte that is neither is left to isUtf8.
 */
function completeLength(buf: Buffer): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back]
    if ((b & 0xc0) === 0x80) continue
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1
    return len > back ? buf.length - back : buf.length
  }
  return buf.length
}

/** The line holding byte `at`: counted only for the message of a file refused, so a good file is read once. */
async function lineAt(file: string, at: number): Promise<number> {
  let line = 1
  if (at === 0) return line
  // `end` is inclusive: the bytes before `at`.
  for await (const chunk of createReadStream(file, {end: at - 1, highWaterMark: 1 << 20})) {
    const buf = chunk as Buffer
    for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) line++
  }
  return line
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (the caller passes whole characters only). */
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

/**
 * A batch's new rows as the store's literal text (`Dialect.rowLiteral`), written one after another
 * into one block of UTF-8, each row ending in its separator. The import's worker writes the block and
 * hands it to the writing thread whole, transferred rather than copied: at a million tickets, 2,000
 * strings a batch cost the writing thread more to receive, join and encode than the server took to
 * load them (profiled: 7 s of joining and encoding, and most of its 5 s of garbage collection).
 */
export interface RowTexts {
  /** The rows' UTF-8, one after another; its buffer is the block's own (it may be transferred). */
  bytes: Uint8Array
  /** Where each row's text ends in `bytes` (exclusive), its separator included. */
  ends: number[]
}

/** Room the first block of an import starts with; later blocks start at the size the last one reached. */
const FIRST_BLOCK_BYTES = 1 << 16

/** Writes rows' texts into a block, growing it as needed; `finish` hands the block over and starts the next. */
export class RowTextWriter {
  private block: Buffer = newBlock(FIRST_BLOCK_BYTES)
  private used = 0
  private ends: number[] = []

  get rows(): number {
    return this.ends.length
  }

  push(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit: with that much room, write never cuts a row short.
    const room = text.length * 3
    if (this.block.length - this.used < room) this.grow(room)
    this.used += this.block.write(text, this.used, 'utf8')
    this.ends.push(this.used)
  }

  /** The rows written since the last call; the next block starts as large as this one grew. */
  finish(): RowTexts {
    const texts = {bytes: new Uint8Array(this.block.buffer, 0, this.used), ends: this.ends}
    this.block = newBlock(this.block.length)
    this.used = 0
    this.ends = []
    return texts
  }

  private grow(room: number): void {
    const bigger = newBlock(Math.max(this.block.length * 2, this.used + room))
    this.block.copy(bigger, 0, 0, this.used)
    this.block = bigger
  }
}

// A block of its own, never a slice of Node's shared pool (its buffer is transferred whole to another
// thread), and not zero-filled: every byte handed over is written first (zeroing a megabyte a batch took
// 0.4 s of the worker at a million tickets).
const newBlock = (bytes: number): Buffer => Buffer.allocUnsafeSlow(bytes)

/**
 * The rows `rows` (ascending indexes into `texts`) as byte ranges [start, end) of the block, each a run
 * of consecutive rows of at most `maxRows` rows and `maxBytes` bytes (a row larger than that alone).
 */
export function* rowChunks(texts: RowTexts, rows: readonly number[], maxRows: number, maxBytes: number): Generator<[number, number]> {
  const {ends} = texts
  let start = -1
  let end = -1
  let count = 0
  for (const i of rows) {
    const from = i === 0 ? 0 : ends[i - 1]
    if (count && (from !== end || count >= maxRows || ends[i] - start > maxBytes)) {
      yield [start, end]
      count = 0
    }
    if (!count) start = from
    end = ends[i]
    count++
  }
  if (count) yield [start, end]
}

/** A view of the block's bytes [start, end), sharing its memory. */
export const bytesOf = (texts: RowTexts, start: number, end: number): Buffer =>
  Buffer.from(texts.bytes.buffer, texts.bytes.byteOffset + start, end - start)

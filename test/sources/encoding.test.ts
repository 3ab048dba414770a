import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {checkUtf8Text} from '../../src/sources/encoding'

/** The check reads a megabyte at a time: characters cut by that edge are the case a chunked check can get wrong. */
const MB = 1 << 20
const dir = mkdtempSync(join(tmpdir(), 'pm-utf8-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function file(name: string, ...parts: (string | Buffer | number[])[]): string {
  const path = join(dir, name)
  writeFileSync(path, Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))))
  return path
}

/** `n` bytes of one ASCII line after another, so line numbers are known: each line is 99 letters and a newline. */
function lines(n: number): Buffer {
  const b = Buffer.alloc(n, 0x61)
  for (let i = 99; i < n; i += 100) b[i] = 0x0a
  return b
}

describe('checkUtf8Text', () => {
  it.each([
    ['é (2 bytes)', 'é', 1],
    ['€ (3 bytes)', '€', 1],
    ['€ (3 bytes)', '€', 2],
    ['😀 (4 bytes)', '😀', 1],
    ['😀 (4 bytes)', '😀', 3],
  ])('accepts %s cut by the read edge after %#', async (_label, char, before) => {
    await expect(checkUtf8Text(file(`edge-${before}.csv`, lines(MB - before), char, '\nb\n'))).resolves.toBeUndefined()
  })

  it('names the line and byte of a Latin-1 byte past the first megabyte', async () => {
    // Line 10,487 starts at byte 1,048,600; the bad byte is its 28th.
    const path = file('latin1.csv', lines(MB + 50), Buffer.from([0x61, 0xe9, 0x0a]))
    await expect(checkUtf8Text(path)).rejects.toThrow(/baris 10\.487 \(byte 1\.048\.627\)/)
  })

  it('refuses a file that ends inside a character, and one with a NUL after the first megabyte', async () => {
    await expect(checkUtf8Text(file('cut.csv', lines(MB + 10), [0xe2, 0x82]))).rejects.toThrow(/berakhir di tengah karakter multi-byte/)
    await expect(checkUtf8Text(file('nul.csv', lines(MB + 300), [0x00]))).rejects.toThrow(
      /byte NUL pada baris 10\.489 \(byte 1\.048\.876\)/,
    )
  })
})

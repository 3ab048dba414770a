import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {CliResult, json, runCli} from '../helpers/cli'
import {createTestDb, withDbs} from '../helpers/dbs'
import {printable} from '../../src/util/terminal-text'

const MARK = 'milik orang lain — jangan ditimpa'
const ESC = '\u001b'

function refused(r: CliResult, ...parts: RegExp[]): void {
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+[(:]|ENOTDIR|EISDIR|EEXIST/m)
  expect(r.code).toBe(2)
  for (const p of parts) expect(r.stderr).toMatch(p)
  expect(r.stderr).toMatch(/(Perbaikan|Fix): /)
}

describe('control characters printed to a terminal', () => {
  it('are written out as escapes; line breaks and tabs stay, other text is untouched', () => {
    expect(printable(`a${ESC}[31mmerah${ESC}[0m\rb\u0007\u009b2J\u202Egnp.exe`)).toBe(
      'a\\e[31mmerah\\e[0m\\rb\\u0007\\u009b2J\\u202egnp.exe',
    )
    expect(printable('Baris satu\n\tBaris dua — ÄÖ ✓')).toBe('Baris satu\n\tBaris dua — ÄÖ ✓')
  })
})

describe('a corrupt SQLite store', () => {
  it('names the file and says to restore it from the backup, not to check the folder', async () => {
    const db = await createTestDb('sqlite')
    try {
      expect((await runCli(['init', '--db', db.url])).code).toBe(0)
      const file = db.url.replace(/^sqlite:/, '')
      const bytes = readFileSync(file)
      // Damage the pages after the header, as a disk or a half-copied file does.
      for (let i = 4096; i < bytes.length; i += 7) bytes[i] = 0xa5
      writeFileSync(file, bytes)
      const damaged = await runCli(['status', '--db', db.url, '--lang', 'en'])
      expect(damaged.code).toBe(1)
      expect(damaged.stderr).toContain(`the state store file ${file} is damaged`)
      expect(damaged.stderr).toMatch(/Fix: restore .* from the latest backup/)
      expect(damaged.stderr).not.toMatch(/writable|^\s+at /m)
      writeFileSync(file, 'bukan basis data sama sekali, hanya teks')
      const notDb = await runCli(['status', '--db', db.url])
      expect(notDb.code).toBe(1)
      expect(notDb.stderr).toMatch(/rusak atau bukan basis data SQLite/)
      expect(notDb.stderr).toMatch(/Perbaikan: pulihkan .* dari cadangan terakhir/)
    } finally {
      await db.drop()
    }
  })
})

withDbs('small hostile cases through the CLI', (db) => {
  const run = (args: string[]) => runCli([...args, '--db', db().url], {cwd: db().dir})

  it('--out refuses a symlink, a folder where a file is written, a file where a folder is, and a parent that is a file; nothing is written', async () => {
    expect((await run(['init'])).code).toBe(0)
    writeFileSync(join(db().dir, 'faq.csv'), 'No,Topik,Pertanyaan,Jawaban,Status\n1,DAU,Kapan?,Setiap bulan.,0\n')
    expect((await run(['import', 'faq', 'faq.csv'])).code).toBe(0)
    const outside = join(db().dir, 'di-luar')
    mkdirSync(outside)
    const target = join(outside, 'milik-orang.xlsx')
    writeFileSync(target, MARK)
    const link = join(db().dir, 'tautan.xlsx')
    symlinkSync(target, link)
    const folder = join(db().dir, 'sebuah-folder')
    mkdirSync(folder)
    const plain = join(db().dir, 'catatan.txt')
    writeFileSync(plain, MARK)

    // A symlink is refused even with --force: writing through it would replace the file it points at.
    refused(await run(['kms', 'review', '--out', link, '--force']), /tautan\.xlsx adalah symlink/)
    refused(
      await run(['report', 'metrics', '--out', folder, '--force']),
      /sebuah-folder adalah folder, padahal perintah ini menulis sebuah berkas/,
    )
    refused(await run(['report', 'handover', '--out', join(plain, 'hasil.xlsx')]), /catatan\.txt adalah berkas, bukan folder/)
    expect(readFileSync(target, 'utf8')).toBe(MARK)

    const dirLink = join(db().dir, 'tautan-folder')
    symlinkSync(outside, dirLink)
    refused(await run(['kms', 'export', '--out', dirLink, '--force']), /tautan-folder adalah symlink/)
    refused(
      await run(['tickets', 'export', '--out', plain, '--force']),
      /catatan\.txt adalah berkas, padahal perintah ini menulis sebuah folder/,
    )
    refused(await run(['run', '--out', plain]), /catatan\.txt adalah berkas, padahal/)
    refused(await runCli(['demo', '--out', plain, '--force'], {cwd: db().dir}), /catatan\.txt adalah berkas/)
    refused(await run(['kms', 'export', '--out', join(plain, 'kms'), '--lang', 'en']), /catatan\.txt is a file, not a folder/)
    expect(readFileSync(plain, 'utf8')).toBe(MARK)
    expect(readFileSync(target, 'utf8')).toBe(MARK)
  }, 300_000)

  it('escape sequences and carriage returns in a note and in a file name print as escapes, in tables and in errors', async () => {
    expect((await run(['init'])).code).toBe(0)
    const note = `selesai${ESC}[2J${ESC}]0;judul palsu\u0007\rDISETUJUI`
    const r = await run(['channels', 'check', 'email', 'announce', '--status', 'in_progress', '--note', note])
    expect(r.code).toBe(0)
    const table = await run(['channels', 'list', 'email'])
    expect(table.code).toBe(0)
    for (const c of [ESC, '\r', '\u0007']) expect(table.stdout).not.toContain(c)
    expect(table.stdout).toContain('selesai\\e[2J\\e]0;judul palsu\\u0007\\rDISETUJUI')
    // The data keeps what was typed: only what a terminal shows is escaped.
    const listed = json(await run(['channels', 'list', 'email', '--json']))
    expect(
      listed.channels.find((c: {code: string}) => c.code === 'email').steps.find((s: {step: string}) => s.step === 'announce').note,
    ).toBe(note)

    const missing = await run(['import', 'tickets', `tiket${ESC}[31m\r.csv`])
    expect(missing.code).toBe(2)
    for (const c of [ESC, '\r']) expect(missing.stderr).not.toContain(c)
    expect(missing.stderr).toContain('tiket\\e[31m\\r.csv')
  }, 300_000)
})

import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {ANCHOR_FILE} from '../../src/audit/anchor'
import {dirname, join} from 'node:path'
import {killCliWhen, json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {openForFilling} from '../kms/helpers'

/** Enough approved articles that building the package takes a moment. */
const ARTICLES = 3000

function exportArgs(out: string, url: string, force = false): string[] {
  return ['kms', 'export', '--out', out, '--json', '--db', url, ...(force ? ['--force'] : [])]
}

/** Start an export and SIGKILL it as soon as `when` holds for its folder. */
function killWhen(out: string, url: string, when: () => boolean): Promise<void> {
  return killCliWhen(exportArgs(out, url), dirname(out), when)
}

/**
 * The package's files; manifest.json without its clock, SHA256SUMS without the manifest's line (which hashes the clock).
 * Not the log head anchored beside them: it names the audit entry that recorded them, later in a rerun.
 */
function snapshot(out: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const f of readdirSync(out).sort()) {
    if (f === ANCHOR_FILE) continue
    const text = readFileSync(join(out, f))
    if (f === 'manifest.json') files[f] = JSON.stringify({...JSON.parse(text.toString('utf8')), generated_at: null})
    else if (f === 'SHA256SUMS')
      files[f] = text
        .toString('utf8')
        .split('\n')
        .filter((l) => !l.endsWith('  manifest.json'))
        .join('\n')
    else files[f] = text.toString('base64')
  }
  return files
}

withDbs('kms export killed with SIGKILL', (db) => {
  it('a forced rerun writes the same package as an uninterrupted export, and audit verify passes', async () => {
    const run = (args: string[]) => runCli([...args, '--db', db().url], {cwd: db().dir})
    const lines = ['No,Topik,Pertanyaan,Jawaban,Dasar Hukum,Status']
    for (let i = 1; i <= ARTICLES; i++)
      lines.push(
        `${i},${['DAU', 'DBH', 'Dana Desa'][i % 3]},Pertanyaan nomor ${i}?,"Jawaban nomor ${i}, ${'panjang '.repeat(20)}",PMK ${i}/2024,0`,
      )
    writeFileSync(join(db().dir, 'faq.csv'), lines.join('\n') + '\n')
    expect((await run(['init'])).code).toBe(0)
    expect((await run(['import', 'faq', 'faq.csv'])).code).toBe(0)
    const review = join(db().dir, 'review.xlsx')
    expect((await run(['kms', 'review', '--out', review])).code).toBe(0)
    const sme = await openForFilling(review)
    const ws = sme.wb.worksheets[0]
    for (let r = 2; r <= ARTICLES + 1; r++) {
      ws.getRow(r).getCell(12).value = 'approve'
      ws.getRow(r).getCell(14).value = 'sme.dau'
    }
    await sme.wb.xlsx.writeFile(review)
    const applied = await run(['kms', 'apply-review', review, '--json'])
    expect(applied.code).toBe(0)

    const ref = join(db().dir, 'ref')
    const whole = await runCli(exportArgs(ref, db().url), {cwd: db().dir})
    expect(whole.code).toBe(0)
    expect(json(whole).totals.exported).toBe(ARTICLES)
    const expected = snapshot(ref)

    // Killed while the package is being built (its folder exists, no file yet), and once files appear.
    const a = join(db().dir, 'a')
    await killWhen(a, db().url, () => existsSync(a))
    const b = join(db().dir, 'b')
    await killWhen(b, db().url, () => existsSync(b) && readdirSync(b).length > 0)
    for (const out of [a, b]) {
      const held = existsSync(out) ? readdirSync(out) : []
      const again = await runCli(exportArgs(out, db().url), {cwd: db().dir})
      if (held.some((f) => !f.endsWith('.tmp'))) {
        // Part of a package is there: replacing it is the operator's call (--force), never silent.
        expect(again.code).toBe(2)
        expect(again.stdout).toMatch(/--force/)
        expect((await runCli(exportArgs(out, db().url, true), {cwd: db().dir})).code).toBe(0)
      } else {
        expect(again.code).toBe(0)
      }
      expect(snapshot(out)).toEqual(expected)
    }
    const verified = await runCli(['audit', 'verify', '--db', db().url, '--json'], {cwd: db().dir})
    expect(verified.code).toBe(0)
  }, 600_000)
})

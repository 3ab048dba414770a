import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {CliResult, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

const MARK = 'milik orang lain — jangan ditimpa'

function refusedNamingForce(r: CliResult): void {
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+[(:]/m)
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(/--force/)
}

withDbs('outputs are never overwritten without --force', (db) => {
  const run = (args: string[]) => runCli([...args, '--db', db().url], {cwd: db().dir})

  it('kms export, tickets export, kms review, report metrics, report handover and demo refuse an existing output; --force replaces it', async () => {
    expect((await run(['init'])).code).toBe(0)
    writeFileSync(join(db().dir, 'faq.csv'), 'No,Topik,Pertanyaan,Jawaban,Status\n1,DAU,Kapan?,Setiap bulan.,0\n')
    writeFileSync(join(db().dir, 't.csv'), 'ticket_id,channel,created_at,requester_type,topic\nT1,email,2025-02-03T08:00:00,pemda,DAU\n')
    expect((await run(['import', 'faq', 'faq.csv'])).code).toBe(0)
    expect((await run(['import', 'tickets', 't.csv'])).code).toBe(0)

    // Files: an existing one is refused, left as it was, and replaced with --force.
    const files: [string, string[]][] = [
      ['review.xlsx', ['kms', 'review', '--out']],
      ['metrics.xlsx', ['report', 'metrics', '--out']],
      ['handover.xlsx', ['report', 'handover', '--out']],
    ]
    for (const [name, cmd] of files) {
      const path = join(db().dir, name)
      writeFileSync(path, MARK)
      refusedNamingForce(await run([...cmd, path]))
      expect(readFileSync(path, 'utf8')).toBe(MARK)
      const forced = await run([...cmd, path, '--force'])
      expect(forced.code).toBe(0)
      expect(readFileSync(path, 'utf8')).not.toBe(MARK)
    }

    // Folders: a package or archive already there, or anything in the demo's folder.
    const kms = join(db().dir, 'kms')
    expect((await run(['kms', 'export', '--out', kms])).code).toBe(0)
    const manifest = readFileSync(join(kms, 'manifest.json'), 'utf8')
    refusedNamingForce(await run(['kms', 'export', '--out', kms]))
    expect(readFileSync(join(kms, 'manifest.json'), 'utf8')).toBe(manifest)
    expect((await run(['kms', 'export', '--out', kms, '--force'])).code).toBe(0)

    const archive = join(db().dir, 'archive')
    mkdirSync(archive)
    writeFileSync(join(archive, 'catatan.txt'), MARK)
    refusedNamingForce(await run(['tickets', 'export', '--out', archive]))
    expect(existsSync(join(archive, 'manifest.json'))).toBe(false)
    expect(readFileSync(join(archive, 'catatan.txt'), 'utf8')).toBe(MARK)

    const demo = join(db().dir, 'demo-out')
    mkdirSync(demo)
    writeFileSync(join(demo, 'catatan.txt'), MARK)
    refusedNamingForce(await runCli(['demo', '--out', demo], {cwd: db().dir}))
    expect(readFileSync(join(demo, 'catatan.txt'), 'utf8')).toBe(MARK)
  })
})

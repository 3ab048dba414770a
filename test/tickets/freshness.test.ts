import {appendFileSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {json, ROOT, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

const HEADER = 'ticket_id,channel,created_at,requester_type,region,topic,status'
const FIRST = `${HEADER}\nT1,whatsapp,2025-02-03T09:00:00,pemda,Kab. Kediri,DAU,closed\nT2,phone,2025-01-04T10:00:00,kl,,DBH,resolved\n`
const MORE = `${HEADER}\nT3,email,2025-02-05T09:00:00,pemda,Kota Samarinda,DAU,closed\nT4,email,2025-02-06T10:00:00,kl,,DBH,open\n`

withDbs('the ticket archive and the steps computed from the tickets stay fresh', (db) => {
  const setUp = async () => {
    const {url, dir} = db()
    const cli = (args: string[]) => runCli([...args, '--db', url], {cwd: dir})
    writeFileSync(join(dir, 'first.csv'), FIRST)
    writeFileSync(join(dir, 'more.csv'), MORE)
    for (const args of [
      ['init'],
      ['import', 'faq', join(ROOT, 'fixtures', 'faq.xlsx')],
      ['import', 'tickets', join(dir, 'first.csv')],
      ['import', 'roster', join(ROOT, 'fixtures', 'roster.csv')],
      ['run', 'prepare'],
      ['run', 'tickets'],
    ])
      expect({args, code: (await cli(args)).code}).toEqual({args, code: 0})
    return cli
  }

  it('tickets verify DIR finds archive/ in the output folder; a folder with no archive is exit 2 saying where; exit 4 only for a real mismatch', async () => {
    const cli = await setUp()
    const out = join(db().dir, 'migration-out')
    const ok = await cli(['tickets', 'verify', out, '--json'])
    expect(ok.code).toBe(0)
    expect(json(ok)).toMatchObject({ok: true, out_dir: join(out, 'archive'), rows: 2})

    const empty = join(db().dir, 'kosong')
    mkdirSync(empty)
    const none = await cli(['tickets', 'verify', empty])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain(`${empty} bukan arsip tiket`)
    expect(none.stderr).toContain(`prime-migrate tickets verify ${join(out, 'archive')}`)
    expect((await cli(['tickets', 'verify', join(db().dir, 'tidak-ada')])).code).toBe(2)

    appendFileSync(join(out, 'archive', 'tickets', '2025-02.jsonl'), '{"ticket_id":"X","channel":"email"}\n')
    const bad = await cli(['tickets', 'verify', out])
    expect(bad.code).toBe(4)
    expect(bad.stderr).toMatch(/tickets\/2025-02.jsonl: sha256 \S+, manifest mencatat/)
  })

  it('an import that changes tickets makes the archive steps stale (what changed, the command), final_export waits, run redoes them after confirmation', async () => {
    const cli = await setUp()
    expect((await cli(['import', 'tickets', join(db().dir, 'more.csv')])).code).toBe(0)
    const status = json(await cli(['status', '--json']))
    const stale = status.stale.map((s: any) => s.id)
    expect(stale).toEqual(['tickets.export', 'tickets.verify'])
    const exp = status.steps.find((s: any) => s.id === 'tickets.export')
    expect(exp.status).toBe('stale')
    expect(exp.stale.changed).toEqual([{input: 'tickets', label: 'register tiket', was: 1, now: 2}])
    expect(exp.stale.command).toBe('prime-migrate run tickets (minta konfirmasi; atau tambahkan --yes)')
    const human = await cli(['status'])
    expect(human.stdout).toMatch(
      /Usang .*:\n {2}tickets\.export — berubah: register tiket \(perubahan ke-1 → ke-2\); perbarui: prime-migrate run tickets/,
    )

    const early = await cli(['channels', 'check', 'whatsapp', 'final_export', '--status', 'done', '--evidence', 'arsip diverifikasi'])
    expect(early.code).toBe(3)
    expect(early.stderr).toMatch(/arsip tiket yang terverifikasi/)

    const asked = await cli(['run', 'tickets'])
    expect(asked.code).toBe(2)
    expect(asked.stderr).toContain('tickets.export — berubah: register tiket')
    expect(asked.stderr).toContain('prime-migrate run --yes')
    const redone = await cli(['run', 'tickets', '--yes', '--json'])
    expect(redone.code).toBe(0)
    expect(
      json(redone)
        .ran.filter((r: any) => r.outcome === 'done')
        .map((r: any) => r.id),
    ).toEqual(['tickets.export', 'tickets.verify'])
    expect(json(redone).wrote).toEqual(expect.arrayContaining([join(db().dir, 'migration-out', 'archive', 'manifest.json')]))
    expect(json(await cli(['status', '--json'])).stale).toEqual([])
    expect(
      (await cli(['channels', 'check', 'whatsapp', 'final_export', '--status', 'done', '--evidence', 'arsip diverifikasi'])).code,
    ).toBe(0)

    // Re-importing the same file changes no ticket: nothing goes stale.
    expect((await cli(['import', 'tickets', join(db().dir, 'more.csv')])).code).toBe(0)
    expect(json(await cli(['status', '--json'])).stale).toEqual([])
    expect((await cli(['audit', 'verify'])).code).toBe(0)
  })
})

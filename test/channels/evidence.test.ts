import {execFileSync} from 'node:child_process'
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {checkStep} from '../../src/channels/check'
import {checklistChoices} from '../../src/ui/checklist'
import {stepDefs} from '../../src/channels/definition'
import {Store} from '../../src/store/store'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {verifiedArchive} from './archive'

withDbs('channel evidence is what it claims', (db) => {
  let store: Store
  beforeEach(async () => {
    store = await db().open('rina.cc', 'prime-migrate channels check')
  })
  afterEach(async () => {
    await store.close()
  })
  const check = (step: string, status: string, extra: {evidence?: string; note?: string} = {}) =>
    checkStep(store, {channel: 'whatsapp', step, status, cwd: db().dir, ...extra})

  it('refuses (exit 2) evidence that looks like a path and does not exist, naming it; records nothing', async () => {
    for (const given of ['blast-2025-06-02.pdf', './bukti/blast.eml', 'ND-112/PK/2025', 'BA penonaktifan WhatsApp.pdf']) {
      const err = await check('announce', 'done', {evidence: given}).catch((e) => e)
      expect({given, exit: err.exit}).toEqual({given, exit: 2})
      expect(err.message).toContain(`"${given}"`)
      expect(err.message).toContain(join(db().dir, given.replace(/^\.\//, '')))
    }
    expect(await store.knex('channel_steps').count({n: '*'})).toEqual([{n: 0}])
  })

  it('refuses a folder, /dev/zero and a FIFO as evidence (exit 2), never reading them; a symlink to a file is the file', async () => {
    mkdirSync(join(db().dir, 'bukti'))
    execFileSync('mkfifo', [join(db().dir, 'pipa')])
    for (const [given, kind] of [
      ['bukti', 'sebuah folder'],
      ['/dev/zero', 'sebuah perangkat'],
      ['pipa', 'sebuah FIFO'],
    ]) {
      const err = await check('announce', 'done', {evidence: given}).catch((e) => e)
      expect({given, exit: err.exit}).toEqual({given, exit: 2})
      expect(err.message).toContain(kind)
    }
    writeFileSync(join(db().dir, 'blast.eml'), 'Subject: penutupan WhatsApp DJPK\n')
    symlinkSync(join(db().dir, 'blast.eml'), join(db().dir, 'tautan.eml'))
    const r = await check('announce', 'done', {evidence: 'tautan.eml'})
    expect(r).toMatchObject({evidence_kind: 'file', evidence: join(db().dir, 'tautan.eml')})
    expect(r.evidence_sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('records URLs as URLs and statements as text', async () => {
    expect(await check('announce', 'done', {evidence: 'https://djpk.kemenkeu.go.id/pengumuman/penutupan'})).toMatchObject({
      evidence_kind: 'url',
      evidence_sha256: null,
    })
    expect(await check('redirect', 'done', {evidence: 'Auto-reply WhatsApp mengarahkan ke Kemenkeu Prime (ND-112/PK/2025)'})).toMatchObject(
      {
        evidence_kind: 'text',
      },
    )
  })

  it('done needs evidence on the steps channels.yaml says need it (exit 2), not on the others', async () => {
    expect(
      stepDefs()
        .filter((s) => s.evidenceRequired)
        .map((s) => s.step),
    ).toEqual(['announce', 'redirect', 'final_export', 'deactivate', 'verify_closed', 'decommission'])
    const err = await check('announce', 'done').catch((e) => e)
    expect(err.exit).toBe(2)
    expect(err.message).toMatch(/whatsapp announce: --status done memerlukan --evidence/)
    expect(await check('settle_open_tickets', 'done')).toMatchObject({status: 'done', evidence: null})
    // Evidence given while in progress carries over to done.
    await check('redirect', 'in_progress', {evidence: 'https://djpk.kemenkeu.go.id/banner'})
    expect(await check('redirect', 'done')).toMatchObject({status: 'done', evidence_kind: 'url'})
  })

  it('skipped needs a note, settles what needs it, and is refused where channels.yaml says may_skip: false', async () => {
    expect((await check('settle_open_tickets', 'skipped').catch((e) => e)).exit).toBe(2)
    const refused = await check('announce', 'skipped', {note: 'tidak perlu'}).catch((e) => e)
    expect(refused.exit).toBe(2)
    expect(refused.message).toMatch(/whatsapp announce tidak boleh dilewati/)
    expect(
      stepDefs()
        .filter((s) => !s.mayskip)
        .map((s) => s.step),
    ).toEqual(['announce', 'final_export', 'deactivate', 'verify_closed'])
    expect(checklistChoices(stepDefs().find((s) => s.step === 'announce')!).map((c) => c.value)).not.toContain('skipped')
    expect(checklistChoices(stepDefs().find((s) => s.step === 'settle_open_tickets')!).map((c) => c.value)).toContain('skipped')

    await store.close()
    await verifiedArchive(db().url, db().dir)
    store = await db().open('bayu.tek', 'prime-migrate channels check')
    await check('announce', 'done', {evidence: 'Email blast ke pemda'})
    await check('redirect', 'skipped', {note: 'nomor WhatsApp langsung dinonaktifkan; tidak ada auto-reply'})
    await check('settle_open_tickets', 'skipped', {note: 'tidak ada tiket terbuka'})
    await check('final_export', 'done', {evidence: 'manifest.json arsip terverifikasi'})
    expect(await check('deactivate', 'done', {evidence: 'WhatsApp dinonaktifkan 30 Juni 2025'})).toMatchObject({status: 'done'})
    await check('verify_closed', 'done', {evidence: 'kontak uji 1 Juli 2025'})
    const last = await check('decommission', 'skipped', {note: 'nomor dipertahankan Kemenkeu Prime'})
    expect(last.channel_state).toBe('closed')
    const back = await check('settle_open_tickets', 'in_progress').catch((e) => e)
    expect(back.message).toMatch(/settle_open_tickets tidak dapat meninggalkan status dilewati: deactivate sudah selesai/)
    await store.close()

    const out = join(db().dir, 'handover.xlsx')
    expect((await runCli(['report', 'handover', '--out', out, '--db', db().url])).code).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const rows = wb.getWorksheet('Kanal')!.getSheetValues().filter(Boolean) as unknown[][]
    const skipped = rows.filter((r) => r[1] === 'WhatsApp DJPK' && r[6] === 'dilewati')
    expect(skipped.map((r) => [r[5], r[7], r[11]])).toEqual([
      [
        'Pengalihan ke Kemenkeu Prime (auto-reply, pesan IVR, banner)',
        'bayu.tek',
        'nomor WhatsApp langsung dinonaktifkan; tidak ada auto-reply',
      ],
      ['Tiket terbuka diselesaikan atau dialihkan', 'bayu.tek', 'tidak ada tiket terbuka'],
      ['Akun dan nomor dilepas', 'bayu.tek', 'nomor dipertahankan Kemenkeu Prime'],
    ])
    store = await db().open()
  })

  it('through the CLI: a missing evidence file exits 2 naming it, and done without evidence exits 2', async () => {
    await store.close()
    const {url, dir} = db()
    const missing = await runCli(
      ['channels', 'check', 'whatsapp', 'announce', '--status', 'done', '--evidence', 'blast-2025-06-02.pdf', '--db', url],
      {cwd: dir},
    )
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(join(dir, 'blast-2025-06-02.pdf'))
    const none = await runCli(['channels', 'check', 'whatsapp', 'announce', '--status', 'done', '--db', url, '--json'], {cwd: dir})
    expect(none.code).toBe(2)
    expect(json(none).error.message).toMatch(/memerlukan --evidence/)
    store = await db().open()
    expect(await store.knex('channel_steps').count({n: '*'})).toEqual([{n: 0}])
  })
})

import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {verifiedArchive} from './archive'

const ORDER = ['announce', 'redirect', 'settle_open_tickets', 'final_export', 'deactivate', 'verify_closed', 'decommission']

withDbs('channels commands', (db) => {
  it('deactivate first exits 3 listing what is missing; done in order the channel shows closed in channels list and status; audit verify catches a changed evidence file', async () => {
    const {url, dir} = db()
    expect((await runCli(['init', '--db', url])).code).toBe(0)
    const early = await runCli(['channels', 'check', 'email', 'deactivate', '--status', 'done', '--db', url])
    expect(early.code).toBe(3)
    expect(early.stderr).toMatch(
      /^⏸ Menunggu: email deactivate belum dapat ditandai selesai; yang kurang:\n {2}announce \(belum dikerjakan; Tim Contact Center DJPK\)\n {2}redirect \(belum dikerjakan; Tim Teknis DJPK\)\n {2}settle_open_tickets \(belum dikerjakan; Tim Contact Center DJPK\)\n {2}final_export \(belum dikerjakan; Tim Teknis DJPK\)/,
    )
    expect(early.stderr).toMatch(/Untuk melanjutkan: prime-migrate channels check email announce --status done/)
    expect(early.stderr).not.toMatch(/Galat:|✖|FAILED/)
    const asJson = await runCli(['channels', 'check', 'email', 'deactivate', '--status', 'done', '--db', url, '--json'])
    expect(asJson.code).toBe(3)
    expect(json(asJson).error.details.missing).toEqual(['announce', 'redirect', 'settle_open_tickets', 'final_export'])

    await verifiedArchive(url, dir)
    const evidence = join(dir, 'ba-penonaktifan.txt')
    writeFileSync(evidence, 'Berita acara penonaktifan callcenter.djpk@kemenkeu.go.id, 30 Juni 2025\n')
    for (const step of ORDER) {
      const args = [
        'channels',
        'check',
        'email',
        step,
        '--status',
        'done',
        '--db',
        url,
        '--actor',
        step === 'deactivate' ? 'bayu.tek' : 'rina.cc',
        '--evidence',
        step === 'deactivate' ? 'ba-penonaktifan.txt' : `bukti ${step}`,
      ]
      const r = await runCli(args, {cwd: dir})
      expect({step, code: r.code, err: r.stderr}).toEqual({step, code: 0, err: ''})
    }
    const list = json(await runCli(['channels', 'list', '--db', url, '--json']))
    const email = list.channels.find((c: any) => c.code === 'email')
    expect(email).toMatchObject({state: 'closed', decision: 'close', contact_point: 'callcenter.djpk@kemenkeu.go.id', open_steps: []})
    expect(email.steps.find((s: any) => s.step === 'deactivate')).toMatchObject({
      status: 'done',
      actor: 'bayu.tek',
      evidence: evidence,
      evidence_kind: 'file',
    })
    expect(list.channels.find((c: any) => c.code === 'phone')).toMatchObject({state: 'open'})
    const human = await runCli(['channels', 'list', 'email', '--db', url])
    expect(human.stdout).toMatch(/keputusan: ditutup · status: TERTUTUP \(7\/7 langkah\)/)
    expect(human.stdout).toMatch(/deactivate\s+selesai\s+bayu\.tek/)

    const status = json(await runCli(['status', '--db', url, '--json']))
    expect(status.steps.find((s: any) => s.id === 'channels.close.email')).toMatchObject({status: 'done', actor: 'rina.cc'})
    expect(status.steps.find((s: any) => s.id === 'channels.close.phone').status).not.toBe('done')

    expect((await runCli(['audit', 'verify', '--db', url])).code).toBe(0)
    writeFileSync(evidence, 'diubah setelah dicatat\n')
    const broken = await runCli(['audit', 'verify', '--db', url, '--json'])
    expect(broken.code).toBe(4)
    expect(json(broken).error.message).toContain(`berkas ${evidence} (channel_evidence) berubah`)
  })

  it('refuses skipped without a note and steps on a kept channel (exit 2); shows kept channels with what continues', async () => {
    const {url} = db()
    expect((await runCli(['init', '--db', url])).code).toBe(0)
    const skipped = await runCli(['channels', 'check', 'helpdesk', 'settle_open_tickets', '--status', 'skipped', '--db', url])
    expect(skipped.code).toBe(2)
    expect(skipped.stderr).toMatch(/--status skipped memerlukan --note/)
    const kept = await runCli(['channels', 'check', 'vicon', 'announce', '--status', 'done', '--db', url, '--json'])
    expect(kept.code).toBe(2)
    expect(json(kept).error.message).toMatch(/vicon \(Video Conference\) dipertahankan/)
    const bad = await runCli(['channels', 'check', 'phone', 'announce', '--status', 'finished', '--db', url])
    expect(bad.code).toBe(2)
    const list = json(await runCli(['channels', 'list', 'tatap_muka', '--db', url, '--json']))
    expect(list.channels).toHaveLength(1)
    expect(list.channels[0]).toMatchObject({code: 'tatap_muka', decision: 'keep', state: 'kept', steps: []})
    expect(list.channels[0].continues.id).toMatch(/SE-2\/PK\.1\/2024.*jumlah tamu/s)
    const human = await runCli(['channels', 'list', '--db', url])
    expect(human.stdout).toMatch(
      /vicon — Video Conference\n {2}kontak: Microsoft Teams\n {2}keputusan: dipertahankan · status: tetap dilayani\n {2}berlanjut: /,
    )
    expect(human.stdout).toMatch(/whatsapp — WhatsApp DJPK\n {2}kontak: 0811-150420-7/)
  })
})

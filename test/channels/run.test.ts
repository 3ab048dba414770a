import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {json, ROOT, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

const STEPS = ['announce', 'redirect', 'settle_open_tickets', 'final_export', 'deactivate', 'verify_closed', 'decommission']

withDbs('the roles and channels stages of run', (db) => {
  it('run roles maps and clears the SME gate; run channels stops at each closing channel naming its open steps, owners and commands until its checklist is done', async () => {
    const {url, dir} = db()
    const cli = async (args: string[], expected = 0) => {
      const r = await runCli([...args, '--db', url, '--json'], {cwd: dir})
      if (r.code !== expected) throw new Error(`${args.join(' ')}: exit ${r.code}, expected ${expected}\n${r.stdout}${r.stderr}`)
      return json(r)
    }
    const tickets = join(dir, 'tickets.csv')
    writeFileSync(
      tickets,
      'ticket_id,channel,created_at,requester_type,region,topic,status\nT1,whatsapp,2025-02-03T09:00:00,pemda,Kab. Kediri,DAU,closed\nT2,phone,2025-02-04T10:00:00,kl,,DBH,resolved\n',
    )
    await cli(['init'])
    await cli(['import', 'faq', join(ROOT, 'fixtures', 'faq.xlsx')])
    await cli(['import', 'tickets', tickets])
    await cli(['import', 'roster', join(ROOT, 'fixtures', 'roster.csv')])
    await cli(['run', 'prepare'])

    await cli(['run', 'roles', '--actor', 'ketua.proyek'])
    let status = await cli(['status'])
    expect(status.stages.find((s: any) => s.stage === 'roles')).toMatchObject({done: 2, total: 2, status: 'done'})
    expect(status.steps.find((s: any) => s.id === 'roles.map').note).toMatch(/25 orang dipetakan \(6 L1, 5 L2, 14 L3\)/)

    await cli(['run', 'tickets'])
    const stopped = await cli(['run', 'channels'], 3)
    expect(stopped.error.message).toMatch(
      /channels\.close\.phone: .*menunggu Tim Contact Center DJPK: announce \(belum dikerjakan\), settle_open_tickets \(belum dikerjakan\), verify_closed \(belum dikerjakan\); Tim Teknis DJPK: redirect \(belum dikerjakan\), final_export \(belum dikerjakan\), deactivate \(belum dikerjakan\), decommission \(belum dikerjakan\)/,
    )
    expect(stopped.error.fix).toContain('prime-migrate channels check phone announce --status done')
    status = await cli(['status'])
    expect(status.waiting.map((w: any) => w.id)).toContain('channels.close.phone')

    for (const step of STEPS)
      await cli(['channels', 'check', 'phone', step, '--status', 'done', '--evidence', `bukti ${step}`, '--actor', 'rina.cc'])
    const next = await cli(['run', 'channels'], 3)
    expect(next.error.message).toMatch(/^channels\.close\.whatsapp:/)
    status = await cli(['status'])
    expect(status.steps.find((s: any) => s.id === 'channels.close.phone')).toMatchObject({status: 'done'})
    expect(status.waiting.map((w: any) => w.id)).not.toContain('channels.close.phone')
    expect(status.stages.find((s: any) => s.stage === 'channels')).toMatchObject({done: 1, total: 5})
    expect((await cli(['audit', 'verify'])).ok).toBe(true)
  })
})

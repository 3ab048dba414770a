import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {killCliWhen, runCli} from '../helpers/cli'
import {createTestDb, TestDb, withDbs} from '../helpers/dbs'
import {seedTickets} from '../tickets/seed'

/** Enough tickets that the archive step takes a moment to write each month. */
const TICKETS = 120_000

async function prepareStore(db: TestDb): Promise<void> {
  const store = await db.open()
  try {
    await seedTickets(store.knex, TICKETS, {months: 4})
  } finally {
    await store.close()
  }
  writeFileSync(join(db.dir, 'faq.csv'), 'No,Topik,Pertanyaan,Jawaban,Status\n1,DAU,Kapan DAU disalurkan?,Setiap bulan.,0\n')
  writeFileSync(
    join(db.dir, 'roster.csv'),
    'agent_id,name,email,level,unit,kms_contributor,sme\nL1-01,Linna,linna@djpk.go.id,L1,DJPK,true,\n',
  )
  for (const [register, file] of [
    ['faq', 'faq.csv'],
    ['roster', 'roster.csv'],
  ]) {
    const r = await runCli(['import', register, join(db.dir, file), '--db', db.url], {cwd: db.dir})
    expect(r.code).toBe(0)
  }
  const prepared = await runCli(['run', 'prepare', '--yes', '--out', join(db.dir, 'out'), '--db', db.url], {cwd: db.dir})
  expect(prepared.code).toBe(0)
}

const runTickets = (db: TestDb) => ['run', 'tickets', '--yes', '--out', join(db.dir, 'out'), '--db', db.url]

/** Start `run tickets` and SIGKILL it while the archive step is writing a month (its temp file exists). */
function killDuringExport(db: TestDb): Promise<void> {
  const dir = join(db.dir, 'out', 'archive', 'tickets')
  return killCliWhen(runTickets(db), db.dir, () => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.tmp')))
}

function archive(db: TestDb): Record<string, unknown> {
  const out = join(db.dir, 'out', 'archive')
  const files: Record<string, unknown> = {
    SHA256SUMS: readFileSync(join(out, 'SHA256SUMS'), 'utf8'),
    manifest: {...JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')), generated_at: null},
  }
  for (const f of readdirSync(join(out, 'tickets')).sort()) files[f] = readFileSync(join(out, 'tickets', f)).toString('base64')
  return files
}

async function stepStatuses(db: TestDb): Promise<{step: string; to: string}[]> {
  const store = await db.open()
  try {
    const rows = await store.knex('audit_log').where({action: 'plan.step_status'}).orderBy('id').select('details')
    return rows.map((r: any) => JSON.parse(r.details)).map((d: any) => ({step: d.step, to: d.to}))
  } finally {
    await store.close()
  }
}

withDbs('run killed with SIGKILL during a long step', (db) => {
  it('the rerun finishes, does no step twice, and writes what an uninterrupted run writes', async () => {
    const ref = await createTestDb(db().dialect)
    let expected: Record<string, unknown>
    try {
      await prepareStore(ref)
      const whole = await runCli(runTickets(ref), {cwd: ref.dir})
      expect(whole.code).toBe(0)
      expected = archive(ref)
    } finally {
      await ref.drop()
    }

    await prepareStore(db())
    await killDuringExport(db())
    expect(existsSync(join(db().dir, 'out', 'archive', 'manifest.json'))).toBe(false)
    const rerun = await runCli(runTickets(db()), {cwd: db().dir})
    expect(rerun.code).toBe(0)
    expect(archive(db())).toEqual(expected)

    const statuses = await stepStatuses(db())
    const done = statuses.filter((s) => s.to === 'done').map((s) => s.step)
    // Every step done exactly once; only the step the kill cut short was started twice.
    expect(done.length).toBe(new Set(done).size)
    expect(done).toEqual(expect.arrayContaining(['prepare.mappings', 'tickets.export', 'tickets.verify']))
    expect(
      statuses
        .filter((s) => s.to === 'running')
        .map((s) => s.step)
        .filter((s) => s === 'tickets.export'),
    ).toHaveLength(2)
    expect(
      statuses
        .filter((s) => s.to === 'running' && s.step !== 'tickets.export')
        .map((s) => s.step)
        .sort(),
    ).toEqual(
      statuses
        .filter((s) => s.to === 'done' && s.step !== 'tickets.export' && statuses.some((x) => x.step === s.step && x.to === 'running'))
        .map((s) => s.step)
        .sort(),
    )
    const verified = await runCli(['audit', 'verify', '--db', db().url, '--json'], {cwd: db().dir})
    expect(verified.code).toBe(0)
  }, 600_000)
})

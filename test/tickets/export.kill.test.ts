import {tmpdir} from 'node:os'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {json, killCliWhen, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {seedTickets} from './seed'

/** Enough tickets that one month takes a moment to write: 200,000 over four months. */
const TICKETS = 200_000

function exportArgs(out: string, url: string): string[] {
  return ['tickets', 'export', '--out', out, '--json', '--db', url]
}

/** Start an export and SIGKILL it as soon as `when` holds for its tickets/ folder; resolves with what the folder held then. */
async function killWhen(out: string, url: string, when: (files: string[]) => boolean): Promise<string[]> {
  let seen: string[] = []
  const dir = join(out, 'tickets')
  await killCliWhen(exportArgs(out, url), tmpdir(), () => {
    const files = existsSync(dir) ? readdirSync(dir).sort() : []
    if (!when(files)) return false
    seen = files
    return true
  })
  return seen
}

function snapshot(out: string): Record<string, string> {
  const files: Record<string, string> = {SHA256SUMS: readFileSync(join(out, 'SHA256SUMS'), 'utf8')}
  for (const f of readdirSync(join(out, 'tickets'))) files[f] = readFileSync(join(out, 'tickets', f)).toString('base64')
  return files
}

function manifestWithoutClock(out: string): unknown {
  return {...JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')), generated_at: null}
}

withDbs('ticket export killed with SIGKILL', (db) => {
  it('finishes on the rerun with files byte-identical to an uninterrupted export', async () => {
    await db().use(async (store) => {
      await seedTickets(store.knex, TICKETS, {months: 4})
    })
    const ref = join(db().dir, 'ref')
    const whole = await runCli(exportArgs(ref, db().url))
    expect(whole.code).toBe(0)
    const expected = snapshot(ref)
    expect(Object.keys(expected)).toHaveLength(5)

    // Killed mid-month: a temp file is being written and no month is whole yet.
    const a = join(db().dir, 'a')
    const atKill = await killWhen(a, db().url, (files) => files.some((f) => f.endsWith('.tmp')))
    expect(atKill.some((f) => f.endsWith('.tmp'))).toBe(true)
    expect(existsSync(join(a, 'manifest.json'))).toBe(false)
    const rerunA = await runCli(exportArgs(a, db().url))
    expect(rerunA.code).toBe(0)
    expect(json(rerunA).resumed).toBe(true)
    expect(snapshot(a)).toEqual(expected)
    expect(manifestWithoutClock(a)).toEqual(manifestWithoutClock(ref))

    // Killed after the first month was whole: the rerun keeps it and writes the rest.
    const b = join(db().dir, 'b')
    await killWhen(b, db().url, (files) => files.some((f) => f.endsWith('.jsonl')))
    expect(existsSync(join(b, 'manifest.json'))).toBe(false)
    const rerunB = await runCli(exportArgs(b, db().url))
    expect(rerunB.code).toBe(0)
    const r = json(rerunB)
    expect(r.resumed).toBe(true)
    expect(r.months_written.length + r.months_kept.length).toBe(4)
    expect(snapshot(b)).toEqual(expected)
    expect(manifestWithoutClock(b)).toEqual(manifestWithoutClock(ref))
    expect(readdirSync(join(b, 'tickets')).filter((f) => f.endsWith('.tmp'))).toEqual([])

    const verified = await runCli(['tickets', 'verify', b, '--json', '--db', db().url])
    expect(verified.code).toBe(0)
    expect(json(verified).rows).toBe(TICKETS)
  }, 300_000)
})

import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {getChannel} from '../../src/channels/state'
import {BIN, json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

const DOWN = '\u001b[B'
const ENTER = '\r'
const BACKSPACE = '\u007f'

/** Run `channels checklist` under a real pseudo-terminal (python3's pty), typing the answers given. */
function underPty(dir: string, args: string[], answers: {expect: string; send: string}[]) {
  const script = join(dir, 'answers.json')
  writeFileSync(script, JSON.stringify(answers))
  const r = spawnSync('python3', [join(__dirname, 'pty_driver.py'), script, '--', process.execPath, BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, PRIME_MIGRATE_ACTOR: 'sari.cc', TERM: 'xterm'},
  })
  return {code: r.status, out: r.stdout + r.stderr}
}

withDbs('channels checklist', (db) => {
  it('walks the open steps in a terminal: answers typed are recorded, a refusal is shown and the walk goes on', async () => {
    const {url, dir} = db()
    expect((await runCli(['init', '--db', url])).code).toBe(0)
    writeFileSync(join(dir, 'banner.png'), 'not really a png, but evidence all the same')
    const r = underPty(
      dir,
      ['channels', 'checklist', 'whatsapp', '--db', url],
      [
        {expect: 'Status baru untuk announce?', send: ENTER}, // done
        {expect: 'Bukti (wajib', send: `blast-2025-06-02.pdf${ENTER}`}, // a file that is not there: asked again, not lost
        {expect: 'tidak ada', send: `${BACKSPACE.repeat(20)}Email blast ke pemda 2 Juni 2025${ENTER}`},
        {expect: 'Catatan', send: ENTER},
        {expect: 'Status baru untuk redirect?', send: DOWN + ENTER}, // in_progress
        {expect: 'Bukti', send: `banner.png${ENTER}`},
        {expect: 'Catatan', send: `menunggu persetujuan humas${ENTER}`},
        {expect: 'Status baru untuk settle_open_tickets?', send: DOWN + DOWN + DOWN + ENTER}, // skipped
        {expect: 'Bukti', send: ENTER},
        {expect: 'Catatan (wajib', send: ENTER}, // refused by the prompt: a skipped step needs a note
        {expect: 'perlu catatan', send: `semua tiket sudah dialihkan${ENTER}`},
        // done, but the archive is not verified: refused at once, before anything else is typed
        {expect: 'Status baru untuk final_export?', send: ENTER},
        {expect: 'tidak dicatat', send: ''},
        {expect: 'Status baru untuk deactivate?', send: DOWN.repeat(4) + ENTER}, // berhenti (no skipped offered here)
      ],
    )
    expect({code: r.code, tail: r.code === 0 ? '' : r.out.slice(-2000)}).toEqual({code: 0, tail: ''})
    expect(r.out).toContain('arsip tiket yang terverifikasi')
    expect(r.out.slice(r.out.indexOf('Status baru untuk final_export?'))).not.toMatch(/Bukti|Catatan/)
    expect(r.out).toContain('Kanal whatsapp: 2/7 langkah selesai') // announce done, settle_open_tickets skipped with a note

    await db().use(async (store) => {
      const wa = await getChannel(store.knex, 'whatsapp')
      const step = (id: string) => wa.steps.find((s) => s.step === id)!
      expect(step('announce')).toMatchObject({
        status: 'done',
        actor: 'sari.cc',
        evidence: 'Email blast ke pemda 2 Juni 2025',
        evidence_kind: 'text',
      })
      expect(step('redirect')).toMatchObject({
        status: 'in_progress',
        evidence: join(dir, 'banner.png'),
        evidence_kind: 'file',
        note: 'menunggu persetujuan humas',
      })
      expect(step('redirect').evidence_sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(step('settle_open_tickets')).toMatchObject({status: 'skipped', note: 'semua tiket sudah dialihkan'})
      expect(step('final_export')).toMatchObject({status: 'pending', actor: null})
      const audited = await store.knex('audit_log').where({action: 'channels.step'})
      expect(audited.map((a: any) => a.actor)).toEqual(['sari.cc', 'sari.cc', 'sari.cc'])
    })
    expect((await runCli(['audit', 'verify', '--db', url])).code).toBe(0)
  })

  it('asks which channel when none is given, and Ctrl+C leaves quietly with nothing recorded', async () => {
    const {url, dir} = db()
    expect((await runCli(['init', '--db', url])).code).toBe(0)
    const r = underPty(
      dir,
      ['channels', 'checklist', '--db', url],
      [
        {expect: 'Kanal mana yang daftar periksanya akan diisi?', send: DOWN + ENTER}, // whatsapp, second of the closing channels
        {expect: 'Status baru untuk announce?', send: '\u0003'},
      ],
    )
    expect({code: r.code, tail: r.code === 0 ? '' : r.out.slice(-2000)}).toEqual({code: 0, tail: ''})
    expect(r.out).toContain('Kanal whatsapp — WhatsApp DJPK · kontak: 0811-150420-7 · 0/7 langkah selesai.')
    expect(r.out).toContain('Dihentikan. 0 langkah sudah dicatat')
    await db().use(async (store) => {
      expect(await store.knex('channel_steps').count({n: '*'})).toEqual([{n: 0}])
    })
  })

  it('refuses to prompt without a terminal, or with --json or --yes, pointing to channels check (exit 2)', async () => {
    const {url} = db()
    const piped = await runCli(['channels', 'checklist', 'phone', '--db', url])
    expect(piped.code).toBe(2)
    expect(piped.stderr).toMatch(/channels checklist mengajukan pertanyaan, dan tidak ada terminal untuk bertanya/)
    expect(piped.stderr).toMatch(/Perbaikan: catat setiap langkah tanpa pertanyaan: prime-migrate channels check CHANNEL STEP --status/)
    const asJson = await runCli(['channels', 'checklist', '--db', url, '--json'])
    expect(asJson.code).toBe(2)
    expect(json(asJson).error.message).toMatch(/--json diberikan/)
    expect(json(asJson).error.fix).toMatch(/prime-migrate channels check/)
    const yes = await runCli(['channels', 'checklist', 'phone', '--yes', '--db', url])
    expect(yes.code).toBe(2)
    expect(yes.stderr).toMatch(/--yes diberikan/)
  })
})

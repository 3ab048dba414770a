import {appendAudit, verifyChain} from '../../src/audit/chain'
import {recordArtifact} from '../../src/audit/artifacts'
import {verifyAudit} from '../../src/audit/verify'
import {writeFileSync, appendFileSync} from 'node:fs'
import {join} from 'node:path'
import {withDbs} from '../helpers/dbs'
import {runCli} from '../helpers/cli'

withDbs('audit chain', (db) => {
  const ctx = {actor: 'lead', command: 'test'}

  async function seeded() {
    const store = await db().open()
    for (let i = 1; i <= 5; i++) await appendAudit(store.knex, ctx, `action.${i}`, {i})
    return store
  }

  it('verifies an untouched chain', async () => {
    const store = await seeded()
    try {
      const r = await verifyChain(store.knex)
      expect(r).toMatchObject({ok: true, entries: 6}) // init's plan.initialised, then the five appended
    } finally {
      await store.close()
    }
  })

  it('names the first edited entry', async () => {
    const store = await seeded()
    try {
      await store.knex('audit_log').where({id: 3}).update({details: '{"i":99}'})
      expect((await verifyChain(store.knex)).firstBad).toEqual({id: 3, reason: expect.stringMatching(/diubah/)})
    } finally {
      await store.close()
    }
  })

  it('notices a deleted entry, a reordered pair and a cut-off end', async () => {
    const store = await seeded()
    try {
      await store.knex('audit_log').where({id: 2}).delete()
      expect((await verifyChain(store.knex)).firstBad?.id).toBe(3)
    } finally {
      await store.close()
    }
    await db().use(async (s2) => {
      await s2.knex('audit_log').delete()
      for (let i = 1; i <= 3; i++) await appendAudit(s2.knex, ctx, `a${i}`, {})
      const rows = await s2.knex('audit_log').orderBy('id')
      await s2
        .knex('audit_log')
        .where({id: 1})
        .update({action: rows[1].action, details: rows[1].details, hash: rows[1].hash, prev_hash: rows[1].prev_hash})
      expect((await verifyChain(s2.knex)).ok).toBe(false)
      await s2.knex('audit_log').where({id: 3}).delete()
      await s2.knex('audit_log').where({id: 2}).delete()
      await s2.knex('audit_log').where({id: 1}).update(rows[0])
      const r = await verifyChain(s2.knex)
      expect(r.ok).toBe(false)
      expect(r.firstBad?.reason).toMatch(/entri di ujung dihapus/)
    })
  })

  it('re-checks recorded artifacts: one changed byte fails verification', async () => {
    await db().use(async (store) => {
      const file = join(db().dir, 'a.txt')
      writeFileSync(file, 'hello\n')
      await recordArtifact(store.knex, ctx, 'test', file, 1)
      expect((await verifyAudit(store.knex)).ok).toBe(true)
      appendFileSync(file, 'x')
      const r = await verifyAudit(store.knex)
      expect(r.ok).toBe(false)
      expect(r.problems[0].path).toBe(file)
    })
  })

  it('`audit verify` exits 4 after an entry is changed in the database', async () => {
    expect((await runCli(['init', '--db', db().url])).code).toBe(0)
    expect((await runCli(['audit', 'verify', '--db', db().url])).code).toBe(0)
    const store = await db().open()
    await store.knex('audit_log').where({id: 1}).update({actor: 'mallory'})
    await store.close()
    const r = await runCli(['audit', 'verify', '--db', db().url, '--json'])
    expect(r.code).toBe(4)
    expect(JSON.parse(r.stdout).error.message).toMatch(/entri audit 1 adalah yang pertama rusak/)
  })
})

import {appendFileSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {createHash} from 'node:crypto'
import {Knex} from 'knex'
import {DIALECTS, TestDb} from '../helpers/dbs'
import {runCli} from '../helpers/cli'
import {migratedTestDb} from '../helpers/migration'

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')

/**
 * Issue #19, "tampering that reaches around the chain": each edit made directly in the store or the
 * files must fail `audit verify` (or `tickets verify`) with exit 4 naming what changed, and the store
 * put back must verify again, so every case can fail both ways.
 */
for (const dialect of DIALECTS) {
  describe(`a store whose every table is accounted for [${dialect}]`, () => {
    let db: TestDb
    let out: string
    const cli = (args: string[]) => runCli([...args, '--db', db.url], {cwd: db.dir})
    const auditVerify = () => cli(['audit', 'verify'])
    const archive = () => join(out, 'archive')

    /** Run `edit` on the store, expect `check` to fail with exit 4 matching `named`, undo, and expect exit 0 again. */
    async function tampered(
      edit: (knex: Knex) => Promise<() => Promise<unknown>>,
      named: RegExp,
      check: () => ReturnType<typeof cli> = auditVerify,
    ): Promise<void> {
      const store = await db.open()
      let undo: () => Promise<unknown>
      try {
        undo = await edit(store.knex)
      } finally {
        await store.close()
      }
      const r = await check()
      expect(r.stderr).toMatch(named)
      expect(r.code).toBe(4)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      const again = await db.open()
      try {
        await undo()
      } finally {
        await again.close()
      }
      expect((await check()).code).toBe(0)
    }

    /** A store handle for the undo step, opened again by `tampered`. */
    const direct = async <T>(fn: (knex: Knex) => Promise<T>): Promise<T> => {
      const store = await db.open()
      try {
        return await fn(store.knex)
      } finally {
        await store.close()
      }
    }

    beforeAll(async () => {
      ;({db, out} = await migratedTestDb(dialect))
      expect((await cli(['signoff', 'project_lead', '--name', 'Dian Pratiwi'])).code).toBe(0)
    }, 300_000)
    afterAll(async () => {
      await db?.drop()
    })

    it('an untouched store and archive verify (exit 0)', async () => {
      const r = await auditVerify()
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect((await cli(['tickets', 'verify', archive()])).code).toBe(0)
    }, 120_000)

    it("a ticket's body edited in the store: audit verify names the table, tickets verify the ticket", async () => {
      const edit = async (knex: Knex) => {
        const row = await knex('tickets').orderBy('ticket_id').first('ticket_id', 'body')
        await knex('tickets')
          .where({ticket_id: row.ticket_id})
          .update({body: `${row.body} (diubah)`})
        return () => direct((k) => k('tickets').where({ticket_id: row.ticket_id}).update({body: row.body}))
      }
      await tampered(edit, /tabel tickets berbeda dari digest/)
      await tampered(edit, /tiket \S+: isinya di store tidak cocok dengan row_hash-nya/, () => cli(['tickets', 'verify', archive()]))
    }, 120_000)

    it('a deleted ticket', async () => {
      await tampered(async (knex) => {
        const row = await knex('tickets').orderBy('ticket_id', 'desc').first()
        await knex('tickets').where({ticket_id: row.ticket_id}).delete()
        return () => direct((k) => k('tickets').insert(row))
      }, /tabel tickets berbeda dari digest .*\(kini \d+ baris, tercatat \d+\)/)
    }, 120_000)

    it("a sign-off's name", async () => {
      await tampered(async (knex) => {
        const row = await knex('signoffs').first('id', 'name')
        await knex('signoffs').where({id: row.id}).update({name: 'Mallory'})
        return () => direct((k) => k('signoffs').where({id: row.id}).update({name: row.name}))
      }, /tabel signoffs berbeda dari digest/)
    }, 120_000)

    it('a KMS decision turned from exclude to approve', async () => {
      await tampered(async (knex) => {
        const row = await knex('kms_reviews').where({decision: 'exclude'}).first('id')
        expect(row).toBeDefined()
        await knex('kms_reviews').where({id: row.id}).update({decision: 'approve'})
        return () => direct((k) => k('kms_reviews').where({id: row.id}).update({decision: 'exclude'}))
      }, /tabel kms_reviews berbeda dari digest/)
    }, 120_000)

    it("a plan step's status", async () => {
      await tampered(async (knex) => {
        const row = await knex('plan_steps').where({status: 'done'}).first('id')
        await knex('plan_steps').where({id: row.id}).update({status: 'skipped'})
        return () => direct((k) => k('plan_steps').where({id: row.id}).update({status: 'done'}))
      }, /tabel plan_steps berbeda dari digest/)
    }, 120_000)

    it("a changed file whose artifacts row was deleted, or its sha256 rewritten, is named from the chain's own record", async () => {
      const file = await direct(async (k) => (await k('artifacts').where('path', 'like', '%handover%.xlsx').first('path')).path as string)
      const original = readFileSync(file)
      const rewrite = (how: 'delete' | 'sha') => async (knex: Knex) => {
        appendFileSync(file, 'x')
        const row = await knex('artifacts').where({path: file}).first()
        if (how === 'delete') await knex('artifacts').where({id: row.id}).delete()
        else
          await knex('artifacts')
            .where({id: row.id})
            .update({sha256: sha256(readFileSync(file))})
        return async () => {
          writeFileSync(file, original)
          await direct(async (k) => {
            if (how === 'delete') await k('artifacts').insert(row)
            else await k('artifacts').where({id: row.id}).update({sha256: row.sha256})
          })
        }
      }
      const named = new RegExp(`berkas ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\S+\\) berubah`)
      await tampered(rewrite('delete'), named)
      await tampered(rewrite('sha'), named)
    }, 120_000)

    it('the last audit entries deleted together with the recorded head: the head anchored in the output folder names them', async () => {
      await tampered(async (knex) => {
        const last = await knex('audit_log').where({action: 'artifact.recorded'}).max({id: 'id'}).first()
        const removed = await knex('audit_log').where('id', '>=', last!.id).orderBy('id')
        const before = await knex('audit_log')
          .where({id: last!.id - 1})
          .first()
        const head = (await knex('meta').where({key: 'audit_head'}).first()).value
        await knex('audit_log').where('id', '>=', last!.id).delete()
        await knex('meta')
          .where({key: 'audit_head'})
          .update({value: `${before.id}:${before.hash}`})
        return () =>
          direct(async (k) => {
            for (const row of removed) await k('audit_log').insert(row)
            await k('meta').where({key: 'audit_head'}).update({value: head})
          })
      }, /\.prime-migrate-head\.json mencatat berkas dibuat pada entri audit \d+, tetapi log berakhir di entri \d+/)
    }, 120_000)

    it("tickets verify: a changed file with manifest and SHA256SUMS rewritten to match fails against the store's checksum", async () => {
      const dir = archive()
      const month = readdirSync(join(dir, 'tickets')).sort()[0]
      const path = join(dir, 'tickets', month)
      const files = {path, manifest: join(dir, 'manifest.json'), sums: join(dir, 'SHA256SUMS')}
      const saved = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, readFileSync(f)])) as Record<string, Buffer>
      const restore = async () => {
        for (const [k, f] of Object.entries(files)) writeFileSync(f, saved[k])
      }
      const forge = async (text: string) => {
        writeFileSync(path, text)
        const sha = sha256(readFileSync(path))
        const manifest = JSON.parse(saved.manifest.toString())
        const entry = manifest.files.find((f: any) => f.path === `tickets/${month}`)
        writeFileSync(
          files.manifest,
          JSON.stringify({
            ...manifest,
            files: manifest.files.map((f: any) => (f === entry ? {...f, sha256: sha, bytes: Buffer.byteLength(text)} : f)),
          }),
        )
        writeFileSync(files.sums, saved.sums.toString().replace(entry.sha256, sha))
      }
      const original = saved.path.toString()
      const verify = () => cli(['tickets', 'verify', dir])
      // A value changed inside a row, the file's checksums forged to match.
      const changed = original.replace(/(Dana|Desa|DAU|pajak|Pajak)/, 'XYZ')
      expect(changed).not.toBe(original)
      await tampered(async () => (await forge(changed), restore), new RegExp(`tickets/${month}: sha256 \\S+, store mencatat`), verify)
      // A corrupt line: exit 4 naming file and line, never the parser's own message.
      const lines = original.split('\n')
      const corrupt = [...lines.slice(0, 1), lines[1].slice(0, Math.floor(lines[1].length / 2)), ...lines.slice(2)].join('\n')
      await tampered(async () => (await forge(corrupt), restore), new RegExp(`tickets/${month} baris 2: baris rusak`), verify)
      const r = await (async () => {
        await forge(corrupt)
        try {
          return await verify()
        } finally {
          await restore()
        }
      })()
      expect(r.stderr).not.toMatch(/Unexpected|JSON|Invalid|Quote/)
    }, 400_000)
  })
}

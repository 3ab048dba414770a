import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {json, ROOT, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {mappingsCopy} from '../helpers/mappings'
import {csv, write} from './helpers'

const HEADER = ['ticket_id', 'channel', 'created_at', 'requester_type', 'topic', 'region']
const ROWS = [
  ['W1', 'WhatsApp', '2025-02-03T08:00:00', 'pemda', 'DAU', 'Kab. Bantul'],
  ['W2', 'email', '2025-02-03T09:00:00', 'kl', 'DBH', ''],
]

describe("the import's worker bundle (dist/import-worker.js, built by `npm test`)", () => {
  // esbuild names every module it bundles in a comment above its code.
  const bundle = () => readFileSync(join(ROOT, 'dist', 'import-worker.js'), 'utf8')

  it('leaves out knex, the store and the audit chain: the worker reads, validates and hashes, and never talks to the database', () => {
    const text = bundle()
    expect(text).toMatch(/\/\/ dist\/src\/sources\/prepare-batches\.js/)
    expect(text).not.toMatch(/\/\/ node_modules\/knex\//)
    expect(text).not.toMatch(/\/\/ dist\/src\/store\/(store|dialect\/index|dialect\/sqlite|dialect\/mysql)\.js/)
    expect(text).not.toMatch(/\/\/ dist\/src\/audit\//)
  })
})

withDbs('the warm import worker', (db) => {
  const run = (args: string[], env?: Record<string, string>) => runCli([...args, '--db', db().url, '--lang', 'en'], {cwd: db().dir, env})
  beforeEach(async () => {
    expect((await run(['init'])).code).toBe(0)
  })

  it('a mapping the worker cannot load (it warms up on it first) stops the import with exit 2, the file and the fix, in the run’s language; nothing loads', async () => {
    const file = write(db().dir, 'tickets.csv', csv([HEADER, ...ROWS]))
    const broken = mappingsCopy('roles.yaml', 'teams: [\n')
    const r = await run(['import', 'tickets', file, '--json'], {PRIME_MIGRATE_MAPPINGS: broken})
    expect(r.code).toBe(2)
    expect(json(r).error).toEqual({
      message: expect.stringMatching(/^mapping file .*roles\.yaml is not valid YAML: line 2/),
      exit: 2,
      fix: 'fix the YAML syntax at the line named',
    })
    const again = await run(['import', 'tickets', file, '--json'])
    expect(again.code).toBe(0)
    expect(json(again)).toMatchObject({read: 2, loaded: 2, rejected: 0, unresolved_regions: 0, empty_regions: 1})
  })
})

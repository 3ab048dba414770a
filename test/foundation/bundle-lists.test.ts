import {readdirSync} from 'node:fs'
import {join, sep} from 'node:path'
import {COMMANDS} from '../../commands'
import {MIGRATIONS} from '../../src/store/migration-source'

const ROOT = join(__dirname, '..', '..')

/** Every .ts file under `dir`, as paths relative to it without the extension. */
function modulesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -'.ts'.length).split(sep).join('/'))
}

// The bundled CLI knows commands and migrations only from these two lists: a file added without its line
// would be missing from the tool as users run it, though every test that imports it directly still passes.
describe('the lists the bundle is built from', () => {
  it('names every command file under commands/, by the id oclif gives it', () => {
    const ids = modulesUnder(join(ROOT, 'commands'))
      .filter((f) => f !== 'index')
      .map((f) => f.replace(/\/index$/, '').replaceAll('/', ':'))
    expect(Object.keys(COMMANDS).sort()).toEqual(ids.sort())
  })

  it('names every migration file, in the order knex runs them', () => {
    const files = modulesUnder(join(ROOT, 'src', 'store', 'migrations')).sort()
    expect(MIGRATIONS.map(([name]) => name)).toEqual(files)
  })
})

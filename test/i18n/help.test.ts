import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT, runCli} from '../helpers/cli'
import {msg} from '../../src/i18n'

interface ManifestCommand {
  description?: string
  summary?: string
  args?: Record<string, {description?: string; hidden?: boolean}>
  flags?: Record<string, {description?: string; summary?: string; hidden?: boolean}>
}

// The manifest `npm run build` writes holds every command with the texts its --help draws.
const manifest: Record<string, ManifestCommand> = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')).commands
const topics: Record<string, unknown> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).oclif.topics
const texts = msg('id').help

const ENGLISH_HEADERS = ['USAGE', 'ARGUMENTS', 'FLAGS', 'GLOBAL FLAGS', 'DESCRIPTION', 'EXAMPLES', 'COMMANDS', 'TOPICS', 'VERSION']
const ENGLISH_LABELS = ['[default:', 'env:', '(required)', '<options:', '<value>', '<option>', 'COMMAND']
const headerIn = (text: string, header: string) => new RegExp(`^${header}$`, 'm').test(text)

describe('the Indonesian catalogue covers every --help text', () => {
  it('finds the commands', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(25)
  })

  for (const [id, command] of Object.entries(manifest)) {
    it(`${id}: its description, every argument and every flag`, () => {
      const own = texts.commands[id]
      const missing: string[] = []
      if (!own?.description) missing.push('description')
      for (const [name, arg] of Object.entries(command.args ?? {}))
        if (!arg.hidden && arg.description && !own?.args?.[name]) missing.push(`arg ${name}`)
      for (const [name, flag] of Object.entries(command.flags ?? {}))
        if (!flag.hidden && (flag.description || flag.summary) && !own?.flags?.[name] && !texts.globalFlags[name])
          missing.push(`flag --${name}`)
      expect({id, missing}).toEqual({id, missing: []})
    })
  }

  it('every topic and the root', () => {
    expect(Object.keys(topics).filter((t) => !texts.topics[t])).toEqual([])
    expect(texts.root).toBeTruthy()
  })
})

describe('--help in the language asked for', () => {
  it('channels check --help reads Indonesian by default, with no English headers or labels', async () => {
    const r = await runCli(['channels', 'check', '--help'])
    expect(r.code).toBe(0)
    for (const h of ['PENGGUNAAN', 'ARGUMEN', 'OPSI', 'OPSI GLOBAL', 'KETERANGAN', 'CONTOH']) expect(headerIn(r.stdout, h)).toBe(true)
    expect(ENGLISH_HEADERS.filter((h) => headerIn(r.stdout, h))).toEqual([])
    expect(ENGLISH_LABELS.filter((l) => r.stdout.includes(l))).toEqual([])
    expect(r.stdout).toContain(texts.commands['channels:check'].flags!.note)
    expect(r.stdout).not.toContain('Record a channel shutdown step')
  })

  it('--lang en keeps the English help of the command class', async () => {
    const r = await runCli(['channels', 'check', '--help', '--lang', 'en'])
    expect(r.code).toBe(0)
    for (const h of ['USAGE', 'ARGUMENTS', 'FLAGS', 'GLOBAL FLAGS', 'DESCRIPTION', 'EXAMPLES']) expect(headerIn(r.stdout, h)).toBe(true)
    expect(r.stdout).toContain('Record a channel shutdown step')
    expect(r.stdout).toContain('[default: id, env: PRIME_MIGRATE_LANG]')
    expect(r.stdout).not.toContain('PENGGUNAAN')
    const env = await runCli(['channels', 'check', '--help'], {env: {PRIME_MIGRATE_LANG: 'en'}})
    expect(env.stdout).toBe(r.stdout)
    // --lang=en and a --lang after an Indonesian PRIME_MIGRATE_LANG say the same
    const both = await runCli(['channels', 'check', '--help', '--lang=en'], {env: {PRIME_MIGRATE_LANG: 'id'}})
    expect(both.stdout).toBe(r.stdout)
  })

  it('root --help reads Indonesian: description, topics and commands', async () => {
    const r = await runCli(['--help'])
    expect(r.code).toBe(0)
    for (const h of ['VERSI', 'PENGGUNAAN', 'TOPIK', 'PERINTAH']) expect(headerIn(r.stdout, h)).toBe(true)
    expect(ENGLISH_HEADERS.filter((h) => headerIn(r.stdout, h))).toEqual([])
    expect(ENGLISH_LABELS.filter((l) => r.stdout.includes(l))).toEqual([])
    expect(r.stdout).toContain(texts.root)
    expect(r.stdout).not.toMatch(/Plans and carries out|The historic ticket archive|Show the staged plan/)
  })
})

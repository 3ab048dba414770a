import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CliResult, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {mappingsCopy} from '../helpers/mappings'
import {STEP_STATUSES} from '../../src/channels/definition'

type Lang = 'id' | 'en'

// Words that give the other language away; a run in one language must show none of them outside data.
const TELLS: Record<Lang, string[]> = {
  id: ['tidak', 'sudah', 'baris', 'Perbaiki', 'Galat', 'langkah', 'dibaca', 'ditolak', 'belum', 'menunggu', 'bukan', 'wajib'],
  en: [
    // FAILED: listr2's own mark on a failed task in plain-line output
    ...[
      'Error',
      'Fix',
      'FAILED',
      'done',
      'rows',
      'skipped',
      'cannot',
      'step',
      'read',
      'rejected',
      'waiting',
      'unknown',
      'not',
      'is',
      'the',
    ],
    // zod's and the yaml library's own texts, which an invalid mapping file used to show
    ...['must', 'expected', 'received', 'required', 'unrecognized'],
  ],
}
const OTHER: Record<Lang, Lang> = {id: 'en', en: 'id'}

/** Drop what is data, not language: paths, the command lines and codes a person types, values the test put in. */
function withoutData(text: string, data: string[]): string {
  let out = text
  // A table may wrap a value over lines: any run of spaces in it may be a line break and indentation there.
  for (const d of data) out = out.replace(new RegExp(d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'g'), ' ')
  return out
    .replace(/prime-migrate [^\n;,)]*/g, ' ') // commands to type: codes and flags, the same in both languages
    .replace(/--[a-z-]+(=\S+)?/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/(?:\/[\w.*-]+)+/g, ' ') // paths
    .replace(/\b[a-z]+(?:[._][a-z0-9]+)+\b/g, ' ') // step ids, field names, codes
}

function tellsIn(text: string, lang: Lang, data: string[]): string[] {
  const plain = withoutData(text, data)
  return TELLS[OTHER[lang]].filter((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'iu').test(plain))
}

function expectOneLanguage(what: string, r: CliResult | string, lang: Lang, data: string[] = []): void {
  const text = typeof r === 'string' ? r : `${r.stdout}\n${r.stderr}`
  const found = tellsIn(text, lang, data)
  expect({what, lang, found, text: found.length ? text : ''}).toEqual({what, lang, found: [], text: ''})
}

const run = (args: string[], lang: Lang, cwd?: string) => runCli([...args, '--lang', lang], {cwd})

const SURVEY = [
  'response_id,agent,respondent,submitted_at,kepuasan_layanan,substansi_jawaban',
  'R1,Budi,Ani,2025-02-03T08:15:00+07:00,5,4',
  'R2,Budi,Ani,03/02/2025,9,x',
  'R3,,Ani,2025-02-03T08:15:00+07:00,3,3',
  'R1,Budi,Ani,2025-02-03T08:15:00+07:00,4,4',
].join('\n')
const SURVEY_DATA = [
  'R1',
  'R2',
  'R3',
  'Budi',
  'Ani',
  '03/02/2025',
  'response_id',
  'agent',
  'respondent',
  'submitted_at',
  'kepuasan_layanan',
  'substansi_jawaban',
]

describe('the tool can fail this test', () => {
  it('finds the other language in a mixed sentence and not in data', () => {
    expect(tellsIn('Galat: step announce cannot be marked done', 'id', [])).toEqual(['done', 'cannot', 'step'])
    expect(tellsIn('Error: 3 baris dibaca', 'en', [])).toEqual(['baris', 'dibaca'])
    expect(tellsIn('topics.DAU.label: Expected string, received number', 'id', [])).toEqual(['expected', 'received'])
    expect(tellsIn('Map keys must be unique at line 3, column 3', 'id', [])).toEqual(['must'])
    expect(
      tellsIn('Galat: berkas /tmp/done/rows.csv tidak ada; prime-migrate channels check phone announce --status done', 'id', []),
    ).toEqual([])
    expect(tellsIn('artikel "Cara cannot"', 'id', ['Cara cannot'])).toEqual([])
    expect(tellsIn('note: Tidak dilakukan: DJPK\n      tidak memenuhi', 'en', ['Tidak dilakukan: DJPK tidak memenuhi'])).toEqual([])
  })
})

for (const lang of ['id', 'en'] as const) {
  describe(`one language per run: --lang ${lang}`, () => {
    it('the demo reads in one language from the first line to the last', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'pm-lang-')), 'demo')
      const r = await run(['demo', '--out', out], lang)
      expect(r.code).toBe(0)
      expectOneLanguage('demo', r, lang)
      const status = await run(['status', '--db', `sqlite:${join(out, 'state.db')}`], lang)
      expectOneLanguage('status after the demo', status, lang)
    }, 400_000)

    it('an invalid mapping: wrong and unknown keys, a step needing an unknown step, a YAML syntax error', async () => {
      const broken: [string, string][] = [
        ['topics.yaml', 'topics:\n  DAU:\n    label: 5\n    colour: red\nextra: 1\n'],
        ['channels.yaml', 'steps:\n  announce: {label: {id: a, en: a}, needs: [nope]}\nchannels: {}\n'],
        ['holidays.yaml', 'holidays:\n  "2025-01-01": x\n  "2025-01-01": y\n'],
      ]
      for (const [file, text] of broken) {
        const dir = mappingsCopy(file, text)
        const r = await runCli(['init', '--lang', lang], {cwd: dir, env: {PRIME_MIGRATE_MAPPINGS: dir}})
        expect({file, code: r.code}).toEqual({file, code: 2})
        expectOneLanguage(`invalid ${file}`, r, lang, ['DAU', 'colour', 'extra', 'nope'])
      }
    }, 60_000)

    withDbs(`--lang ${lang}: a gate, rejected rows, tables`, (db) => {
      it('a run stopped at a gate, status, plan and channels list', async () => {
        const {url, dir} = db()
        expectOneLanguage('init', await run(['init', '--db', url], lang, dir), lang)
        const stopped = await run(['run', '--db', url], lang, dir)
        expect(stopped.code).toBe(3)
        expectOneLanguage('run stopped at a gate', stopped, lang)
        for (const cmd of [['status'], ['plan'], ['channels', 'list'], ['channels', 'list', 'email']]) {
          const r = await run([...cmd, '--db', url], lang, dir)
          expect(r.code).toBe(0)
          expectOneLanguage(cmd.join(' '), r, lang)
        }
        const early = await run(['channels', 'check', 'email', 'deactivate', '--status', 'done', '--db', url], lang, dir)
        expect(early.code).toBe(3)
        expectOneLanguage('a checklist gate', early, lang)
      }, 300_000)

      it('an import with rejected rows, its rejects CSV and the rejects stored', async () => {
        const {url, dir} = db()
        expect((await run(['init', '--db', url], lang, dir)).code).toBe(0)
        writeFileSync(join(dir, 'survey.csv'), SURVEY)
        const r = await run(['import', 'survey', 'survey.csv', '--db', url], lang, dir)
        expect(r.code).toBe(0)
        expectOneLanguage('import with rejects', r, lang, SURVEY_DATA)
        const rejectsDir = join(dir, 'migration-out', 'rejects')
        const [file] = readdirSync(rejectsDir)
        // The raw row as read is data; the header and reasons are what a person reads.
        const csv = readFileSync(join(rejectsDir, file), 'utf8')
          .split('\n')
          .map((l) => l.replace(/,"\{.*$/, ''))
          .join('\n')
        expect(csv.split('\n').length).toBeGreaterThan(4)
        expectOneLanguage('rejects CSV', csv, lang, SURVEY_DATA)
        const asJson = await run(['import', 'survey', 'survey.csv', '--db', url, '--json'], lang, dir)
        expect(asJson.code).toBe(0)
        expect(JSON.parse(asJson.stdout)).toMatchObject({rejected: 3})
      }, 300_000)

      it('an import the store refuses part-way: the message and its fix, with the batches before it kept', async () => {
        const {url, dir, dialect, open} = db()
        expect((await run(['init', '--db', url], lang, dir)).code).toBe(0)
        // A trigger refuses one row of the second batch (rows 2,001-4,000); its text is the database's, so data.
        const refusal = 'pemicu uji menolak TX03000'
        const store = await open()
        try {
          await store.knex.raw(
            dialect === 'sqlite'
              ? `CREATE TRIGGER refuse_one BEFORE INSERT ON tickets WHEN NEW.ticket_id = 'TX03000' BEGIN SELECT RAISE(ABORT, '${refusal}'); END`
              : `CREATE TRIGGER refuse_one BEFORE INSERT ON tickets FOR EACH ROW BEGIN IF NEW.ticket_id = 'TX03000' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${refusal}'; END IF; END`,
          )
        } finally {
          await store.close()
        }
        const lines = ['ticket_id,channel,created_at,requester_type,region,topic']
        for (let i = 1; i <= 5000; i++) lines.push(`TX${String(i).padStart(5, '0')},email,2025-02-03T08:15:00+07:00,pemda,Kab. Kediri,DAU`)
        writeFileSync(join(dir, 'tickets.csv'), `${lines.join('\n')}\n`)
        const r = await run(['import', 'tickets', 'tickets.csv', '--db', url], lang, dir)
        expect(r.code).toBe(1)
        expect(r.stderr).toContain(refusal)
        expect(r.stderr).toMatch(
          lang === 'id' ? /Perbaikan: baris sebelum batch itu sudah dimuat/ : /Fix: rows before that batch are loaded/,
        )
        expectOneLanguage('an import refused part-way', r, lang, [refusal, 'tickets.csv'])
        const kept = await open()
        try {
          expect(Number((await kept.knex('tickets').count({n: '*'}))[0].n)).toBe(2000)
        } finally {
          await kept.close()
        }
      }, 300_000)

      it('error paths: bad --db, unknown channel and step, bad status value, missing file, overwrite refused', async () => {
        const {url, dir} = db()
        expect((await run(['init', '--db', url], lang, dir)).code).toBe(0)
        writeFileSync(join(dir, 'taken.xlsx'), 'x')
        const cases: [string, string[], number][] = [
          ['bad --db', ['status', '--db', 'foo:bar'], 2],
          ['unreachable --db', ['status', '--db', 'mysql://root@127.0.0.1:1/x'], 1],
          ['unknown channel', ['channels', 'check', 'nochan', 'announce', '--status', 'done', '--db', url], 2],
          ['unknown step', ['channels', 'check', 'phone', 'nostep', '--status', 'done', '--db', url], 2],
          ['bad status value', ['channels', 'check', 'phone', 'announce', '--status', 'maybe', '--db', url], 2],
          ['skipped without a note', ['channels', 'check', 'phone', 'announce', '--status', 'skipped', '--db', url], 2],
          ['missing file', ['import', 'survey', 'nope.csv', '--db', url], 2],
          ['unknown run stage', ['run', 'nostage', '--db', url], 2],
          ['overwrite refused', ['kms', 'review', '--out', 'taken.xlsx', '--db', url], 2],
          ['demo into a folder in use', ['demo', '--out', dir], 2],
        ]
        for (const [what, args, code] of cases) {
          const r = await run(args, lang, dir)
          expect({what, code: r.code}).toEqual({what, code})
          // The values a fix lists to type (step statuses, channel codes) are codes, the same in both languages.
          expectOneLanguage(what, r, lang, [
            'nochan',
            'nostep',
            'maybe',
            'nostage',
            'nope.csv',
            'taken.xlsx',
            'foo:bar',
            STEP_STATUSES.join(', '),
          ])
        }
      }, 400_000)
    })
  })
}

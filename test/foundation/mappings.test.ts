import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {InputError} from '../../src/errors'
import {DEFAULT_LANG, setLang} from '../../src/i18n'
import {clearMappingCache, loadMapping, validateAllMappings} from '../../src/mappings/load'
import type {MappingName} from '../../src/mappings/schemas'
import {ROOT, runCli} from '../helpers/cli'
import {mappingsCopy} from '../helpers/mappings'

// zod's and the yaml library's own English texts, and the marker load.ts used to print.
const ENGLISH_PROSE = /Expected|Required|Unrecognized|received|Invalid|top level|must|unknown|Map keys|at line/
// Words of the Indonesian texts that must not reach an English run.
const INDONESIAN = /tidak|harus|wajib|kunci|langkah|baris|kolom|berkas/

describe('mappings', () => {
  afterEach(() => {
    delete process.env.PRIME_MIGRATE_MAPPINGS
    clearMappingCache()
    setLang(DEFAULT_LANG)
  })

  it('ships valid mappings that hold every topic and channel the seed names', () => {
    validateAllMappings()
    const topics = Object.keys(loadMapping('topics').topics)
    for (const t of [
      'DAU',
      'DBH',
      'JFAKPD',
      'Dana Desa',
      'DAK Non Fisik',
      'PDRD',
      'DAK Fisik',
      'Aplikasi',
      'SHSR',
      'DKD',
      'DID',
      'Ev. Keuda',
      'Transfer',
      'Pembiayaan',
      'Otsus Dais',
      'Lainnya',
      'Surat Masuk',
      'Better w/ DJPK',
      'Reservasi',
      'Spam',
      'Non-DJPK',
      'Permintaan Data',
      'Inpres 1/2025',
      'Pengaduan',
      'Video Conference',
      'Keluhan Layanan',
    ]) {
      expect(topics).toContain(t)
    }
    const channels = loadMapping('channels').channels
    expect(
      Object.entries(channels)
        .filter(([, c]) => c.decision === 'close')
        .map(([k]) => k),
    ).toEqual(['phone', 'whatsapp', 'email', 'helpdesk', 'livechat'])
    expect(channels.whatsapp!.contact_point).toBe('0811-150420-7')
  })

  it('names file, key and problem', () => {
    process.env.PRIME_MIGRATE_MAPPINGS = mappingsCopy('topics.yaml', 'topics:\n  DAU:\n    label: Dana Alokasi Umum\n    kms_category: x\n')
    expect(() => loadMapping('topics')).toThrow(/topics\.yaml tidak valid:\n {2}topics\.DAU\.l3_unit: wajib diisi, tetapi tidak ada/)
  })

  it("refuses topics whose code or alias folds like another topic's name, naming both; two labels alike are allowed", () => {
    const topics = readFileSync(join(ROOT, 'mappings', 'topics.yaml'), 'utf8')
    process.env.PRIME_MIGRATE_MAPPINGS = mappingsCopy(
      'topics.yaml',
      topics.replace('    aliases: [PPID]\n', '    aliases: [PPID, dak-fisik]\n'),
    )
    expect(() => loadMapping('topics')).toThrow(
      /topics\.Permintaan Data\.aliases\.1: alias "dak-fisik" \(topik Permintaan Data\) dan kode "DAK Fisik" \(topik DAK Fisik\) sama bila huruf besar\/kecil, spasi dan tanda baca diabaikan \(DAKFISIK\)/,
    )
    clearMappingCache()
    process.env.PRIME_MIGRATE_MAPPINGS = mappingsCopy(
      'topics.yaml',
      topics.replace('  DBH:\n    label: Dana Bagi Hasil', '  DBH:\n    label: dau'),
    )
    expect(() => loadMapping('topics')).toThrow(/topics\.DBH\.label: label "dau" \(topik DBH\) dan kode "DAU" \(topik DAU\)/)
    clearMappingCache()
    process.env.PRIME_MIGRATE_MAPPINGS = mappingsCopy(
      'topics.yaml',
      topics.replace('  DBH:\n    label: Dana Bagi Hasil', '  DBH:\n    label: Dana Alokasi Umum'),
    )
    expect(Object.keys(loadMapping('topics').topics)).toContain('DBH')
  })

  it('a closing-step dependency on an unknown step is refused', () => {
    const text = 'steps:\n  announce: {label: {id: a, en: a}, needs: [nope]}\nchannels: {}\n'
    process.env.PRIME_MIGRATE_MAPPINGS = mappingsCopy('channels.yaml', text)
    expect(() => loadMapping('channels')).toThrow(/steps\.announce\.needs: memerlukan langkah "nope" yang tidak dikenal/)
  })

  it('a label people read must give both languages', () => {
    const text = 'steps:\n  announce: {label: Pengguna diberi tahu, needs: []}\nchannels: {}\n'
    process.env.PRIME_MIGRATE_MAPPINGS = mappingsCopy('channels.yaml', text)
    expect(() => loadMapping('channels')).toThrow(/steps\.announce\.label: harus memuat kedua bahasa/)
  })

  it('a file with more than ten problems lists ten and says how many more, rather than dropping them', () => {
    const days = Array.from({length: 13}, (_, i) => `  "2025-13-${String(i + 1).padStart(2, '0')}x": libur ${i}`).join('\n')
    const {message} = refusal('holidays', `holidays:\n${days}\n`)
    expect(message.split('\n').filter((l) => /^ {2}holidays\./.test(l))).toHaveLength(10)
    expect(message).toMatch(/… dan 3 masalah lain di berkas ini/)
  })

  it('the CLI exits 2 on an invalid mapping', async () => {
    const dir = mappingsCopy('holidays.yaml', 'holidays:\n  "2025-13-01": x\n  "bad": y\n')
    const r = await runCli(['init', '--json'], {cwd: mkdtempSync(join(tmpdir(), 'pm-')), env: {PRIME_MIGRATE_MAPPINGS: dir}})
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout).error.message).toMatch(/holidays\.yaml tidak valid/)
  })

  /** The refusal loading `name` from a broken copy of the mappings gives: its message and fix. */
  function refusal(name: MappingName, text: string): {message: string; fix: string} {
    process.env.PRIME_MIGRATE_MAPPINGS = mappingsCopy(`${name}.yaml`, text)
    clearMappingCache()
    try {
      loadMapping(name)
    } catch (error) {
      if (error instanceof InputError) return {message: error.message, fix: error.fix ?? ''}
      throw error
    }
    throw new Error(`${name}.yaml loaded although it is broken`)
  }

  const BROKEN_TOPICS = 'topics:\n  DAU:\n    label: 5\n    kms_category: null\n    colour: red\nextra: 1\n'

  // A wrong type, a missing key, an unknown key in an entry and one at the top level, in each language.
  const KEY_PROBLEMS = {
    id: {
      head: /^berkas pemetaan \S+\/topics\.yaml tidak valid:\n/,
      lines: [
        '  topics.DAU.label: harus berupa teks, bukan angka',
        '  topics.DAU.l3_unit: wajib diisi, tetapi tidak ada',
        '  topics.DAU: kunci "colour" tidak dikenal: hapus atau perbaiki ejaannya',
        '  (tingkat teratas): kunci "extra" tidak dikenal',
      ],
      otherLanguage: ENGLISH_PROSE,
      fix: 'perbaiki kunci yang disebutkan di topics.yaml',
    },
    en: {
      head: /^mapping file \S+\/topics\.yaml is invalid:\n/,
      lines: [
        '  topics.DAU.label: must be text, not a number',
        '  topics.DAU.l3_unit: is required but missing',
        '  topics.DAU: unknown key "colour": remove it or correct its spelling',
        '  (top level): unknown key "extra"',
      ],
      otherLanguage: INDONESIAN,
      fix: 'correct the keys named in topics.yaml',
    },
  } as const

  it.each(['id', 'en'] as const)('says what is wrong at each key in the run language (%s), without zod English', (lang) => {
    setLang(lang)
    const want = KEY_PROBLEMS[lang]
    const {message, fix} = refusal('topics', BROKEN_TOPICS)
    expect(message).toMatch(want.head)
    for (const line of want.lines) expect(message).toContain(line)
    expect(message).not.toMatch(want.otherLanguage)
    expect(fix).toBe(want.fix)
  })

  it('names options, bounds, literals and date patterns in the run language', () => {
    const hours = refusal('service-hours', 'timezone: Asia/Makassar\ndays: []\nstart: "8:00"\nend: "16:00"\n')
    expect(hours.message).toContain('  timezone: harus "Asia/Jakarta", bukan "Asia/Makassar"')
    expect(hours.message).toContain('  days: harus memuat sekurang-kurangnya 1 butir')
    expect(hours.message).toContain('  start: harus jam HH:MM')
    expect(hours.message).not.toMatch(ENGLISH_PROSE)
    const columns = refusal('faq-columns', 'columns:\n  question: []\n  colour: [Warna]\n')
    expect(columns.message).toContain('  columns.colour: "colour" tidak termasuk pilihan: no, topic, sub_topic, question')
    expect(columns.message).not.toMatch(ENGLISH_PROSE)
  })

  it('a YAML syntax error names line and column and what is wrong, in either language', () => {
    const text = 'topics:\n  DAU: {label: a, kms_category: null, l3_unit: DTU}\n  DAU: {label: b, kms_category: null, l3_unit: DTU}\n'
    const id = refusal('topics', text)
    expect(id.message).toMatch(/topics\.yaml bukan YAML yang valid: baris 3, kolom 3: kunci yang sama muncul dua kali dalam satu pemetaan$/)
    expect(id.message).not.toMatch(ENGLISH_PROSE)
    expect(id.fix).toBe('perbaiki sintaks YAML pada baris yang disebutkan')
    setLang('en')
    const en = refusal('topics', text)
    expect(en.message).toMatch(/topics\.yaml is not valid YAML: line 3, column 3: the same key appears twice in one mapping$/)
    expect(en.message).not.toMatch(INDONESIAN)
  })

  it('a YAML error without a text of its own shows its code, and one without a code no English', () => {
    setLang(DEFAULT_LANG)
    expect(refusal('topics', 'topics: &a &b {}\n').message).toMatch(/: baris 1, kolom 12: kesalahan YAML MULTIPLE_ANCHORS$/)
    const alias = refusal('topics', 'topics: *nowhere\n').message
    expect(alias).toMatch(/topics\.yaml bukan YAML yang valid: isi berkas tidak dapat diurai sebagai YAML$/)
    expect(alias).not.toMatch(/alias|anchor/i)
  })

  it('a step that needs an unknown step, and closing steps left out, are named in Bahasa Indonesia', () => {
    const {message} = refusal('channels', 'steps:\n  announce: {label: {id: a, en: a}, needs: [nope]}\nchannels: {}\n')
    expect(message).toContain('  steps.announce.needs: memerlukan langkah "nope" yang tidak dikenal')
    expect(message).toContain('  steps.redirect: langkah penutupan wajib ini tidak ada')
    expect(message).not.toMatch(ENGLISH_PROSE)
    setLang('en')
    clearMappingCache()
    expect(() => loadMapping('channels')).toThrow(/steps\.announce\.needs: needs unknown step "nope"/)
  })

  it('the CLI says an invalid mapping in English under --lang en', async () => {
    const dir = mappingsCopy('holidays.yaml', 'holidays:\n  "2025-01-01": x\n  "bad": y\n')
    const r = await runCli(['init', '--json', '--lang', 'en'], {
      cwd: mkdtempSync(join(tmpdir(), 'pm-')),
      env: {PRIME_MIGRATE_MAPPINGS: dir},
    })
    expect(r.code).toBe(2)
    const {error} = JSON.parse(r.stdout)
    expect(error.message).toMatch(/holidays\.yaml is invalid:\n {2}holidays\.bad: must be a date YYYY-MM-DD$/)
    expect(error.fix).toBe('correct the keys named in holidays.yaml')
    expect(`${error.message}\n${r.stderr}`).not.toMatch(INDONESIAN)
  })
})

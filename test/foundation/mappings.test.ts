import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {clearMappingCache, loadMapping, validateAllMappings} from '../../src/mappings/load'
import {ROOT, runCli} from '../helpers/cli'

describe('mappings', () => {
  afterEach(() => {
    delete process.env.PRIME_MIGRATE_MAPPINGS
    clearMappingCache()
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

  function brokenCopy(file: string, text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'pm-map-'))
    cpSync(join(ROOT, 'mappings'), dir, {recursive: true})
    writeFileSync(join(dir, file), text)
    return dir
  }

  it('names file, key and problem', () => {
    process.env.PRIME_MIGRATE_MAPPINGS = brokenCopy('topics.yaml', 'topics:\n  DAU:\n    label: Dana Alokasi Umum\n    kms_category: x\n')
    expect(() => loadMapping('topics')).toThrow(/topics\.yaml tidak valid:\n {2}topics\.DAU\.l3_unit: wajib diisi, tetapi tidak ada/)
  })

  it('a closing-step dependency on an unknown step is refused', () => {
    const text = 'steps:\n  announce: {label: {id: a, en: a}, needs: [nope]}\nchannels: {}\n'
    process.env.PRIME_MIGRATE_MAPPINGS = brokenCopy('channels.yaml', text)
    expect(() => loadMapping('channels')).toThrow(/steps\.announce\.needs: memerlukan langkah "nope" yang tidak dikenal/)
  })

  it('a label people read must give both languages', () => {
    const text = 'steps:\n  announce: {label: Pengguna diberi tahu, needs: []}\nchannels: {}\n'
    process.env.PRIME_MIGRATE_MAPPINGS = brokenCopy('channels.yaml', text)
    expect(() => loadMapping('channels')).toThrow(/steps\.announce\.label: harus memuat kedua bahasa/)
  })

  it('the CLI exits 2 on an invalid mapping', async () => {
    const dir = brokenCopy('holidays.yaml', 'holidays:\n  "2025-13-01": x\n  "bad": y\n')
    const r = await runCli(['init', '--json'], {cwd: mkdtempSync(join(tmpdir(), 'pm-')), env: {PRIME_MIGRATE_MAPPINGS: dir}})
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout).error.message).toMatch(/holidays\.yaml tidak valid/)
  })
})

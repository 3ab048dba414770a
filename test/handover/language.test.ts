import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import type {Lang} from '../../src/i18n'
import {initPlan} from '../../src/plan/repository'
import {Signoff, statementIn} from '../../src/signoff/signoff'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {loadOddRegisters} from '../metrics/odd-register'

/** Words that give the other language away: none may stand in a workbook of `lang` outside data. */
const FOREIGN: Record<Lang, string[]> = {
  id: ['Ticket', 'Step', 'done', 'yes', 'Yes', 'no', 'close', 'closed', 'auto', 'decision', 'pending', 'keep'],
  en: ['Tiket', 'Langkah', 'selesai', 'ya', 'Ya', 'tidak', 'Tidak', 'belum', 'ditutup', 'Kanal', 'menunggu'],
}

/**
 * Columns whose cells are data, by their header in either language: names, paths, codes, hashes,
 * what people typed (comments, statements, evidence) and the audit log's own record.
 */
const DATA_COLUMNS = new Set([
  ...['Rincian', 'Details', 'Perintah', 'Command', 'Tindakan', 'Action', 'Pelaku', 'Actor', 'Oleh', 'By'],
  ...['Dicatat oleh', 'Recorded by', 'Nama', 'Name', 'Berkas', 'File', 'Kategori KMS', 'KMS category'],
  ...['Alasan / komentar', 'Reason / comment', 'Bukti', 'Evidence', 'Titik kontak', 'Contact point'],
  ...['Topik', 'Topic', 'Organisasi', 'Organisation', 'Unit', 'Unit L2', 'L2 unit', 'Agen', 'Agent', 'Menu'],
  ...['Alasan pengecualian', 'Exclusion reasons', 'Pernyataan', 'Statement', 'SME', 'SMEs', 'Akun Deskpro', 'Deskpro account'],
  ...['Kode langkah', 'Step code', 'Kode metrik', 'Metric code', 'Kode dimensi', 'Dimension code'],
  // roles.yaml's routing layers are recorded by `roles map` as they read in the mapping
  ...['L1 (Kemenkeu Prime)', 'L2 (agen DJPK)', 'L2 (DJPK agents)'],
])

const text = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? String(v.text) : String(v)

/** Notes steps recorded: in the language of the run that recorded them, so data in a workbook written in the other. */
const NOTES = new Set(['Catatan', 'Note'])

/** Every word of the other language outside data, as `sheet!cell: word`. */
function foreignWords(wb: ExcelJS.Workbook, lang: Lang, notesAreData = false): string[] {
  const foreign = new Set(FOREIGN[lang])
  const found: string[] = []
  for (const ws of wb.worksheets) {
    // A table's header is the row its view freezes above; the cover has no table.
    const headerRow = (ws.views?.[0] as {ySplit?: number} | undefined)?.ySplit ?? 0
    const headers = headerRow ? (ws.getRow(headerRow).values as ExcelJS.CellValue[]).map(text) : []
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (r > headerRow && headerRow && (DATA_COLUMNS.has(headers[c]) || (notesAreData && NOTES.has(headers[c])))) return
        for (const word of text(cell.value).match(/[\p{L}\d]+(?:[-'][\p{L}\d]+)*/gu) ?? [])
          if (foreign.has(word)) found.push(`${ws.name}!${cell.address}: ${word}`)
      }),
    )
  }
  return found
}

/** The cover comes first and links every other sheet, each link resolving to a sheet of the workbook. */
function expectCover(wb: ExcelJS.Workbook, lang: Lang): void {
  const cover = wb.worksheets[0]
  expect(cover.name).toBe(lang === 'id' ? 'Sampul' : 'Cover')
  const links: string[] = []
  cover.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as {hyperlink?: string} | null
      if (v && typeof v === 'object' && v.hyperlink) links.push(v.hyperlink)
    }),
  )
  const targets = links.map((l) => /^'(.+)'!A1$/.exec(l)?.[1]?.replace(/''/g, "'"))
  expect(targets).toEqual(wb.worksheets.slice(1).map((w) => w.name))
  const cells: string[] = []
  cover.eachRow((row) => row.eachCell((cell) => cells.push(text(cell.value))))
  expect(cells.join('\n')).toMatch(/WIB/)
  expect(cells.join('\n')).toMatch(/[0-9a-f]{64}/) // the audit chain's head
  expect(cells.join('\n')).not.toMatch(/password|:[^@/\s]+@/i)
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return wb
}

/** The locale a number format is tagged with: what makes LibreOffice show 2.396 or 2,396. */
function countFormat(wb: ExcelJS.Workbook, sheet: string, column: number): string | undefined {
  return wb.getWorksheet(sheet)!.getColumn(column).numFmt
}

describe('the demo in English, and its workbooks rewritten in Bahasa Indonesia', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'pm-lang-')), 'demo-en')
  const db = `sqlite:${join(out, 'state.db')}`
  const books: Record<string, ExcelJS.Workbook> = {}

  beforeAll(async () => {
    const r = await runCli(['demo', '--out', out, '--lang', 'en', '--json'])
    expect(r.code).toBe(0)
    for (const report of ['handover', 'metrics']) {
      const file = join(out, `${report}-id.xlsx`)
      const w = await runCli(['report', report, '--out', file, '--db', db, '--lang', 'id', '--json'])
      expect(w.code).toBe(0)
      books[`${report}-id`] = await read(file)
      books[`${report}-en`] = await read(join(out, `${report}.xlsx`))
    }
  }, 240_000)

  it.each(['handover-en', 'handover-id', 'metrics-en', 'metrics-id'])('%s holds no word of the other language outside data', (name) => {
    // The demo ran in English: the Indonesian workbook shows the notes its steps recorded as recorded.
    const lang = name.endsWith('-en') ? 'en' : 'id'
    expect(foreignWords(books[name], lang, lang === 'id')).toEqual([])
  })

  it.each(['handover-en', 'handover-id', 'metrics-en', 'metrics-id'])('%s opens with a cover whose contents link every sheet', (name) => {
    expectCover(books[name], name.endsWith('-en') ? 'en' : 'id')
  })

  it('shows step titles, owners, channel labels and statuses in the workbook language', () => {
    const plan = (name: string, sheet: string, col: number) => books[name].getWorksheet(sheet)!.getColumn(col).values.slice(2)
    expect(plan('handover-en', 'Plan', 4)).toContain('SMEs review the mapping of the FAQ to KMS categories')
    expect(plan('handover-id', 'Rencana', 4)).toContain('SME mereviu pemetaan FAQ ke kategori KMS')
    expect(plan('handover-en', 'Plan', 5)).toContain('DJPK Contact Center team')
    expect(plan('handover-en', 'Plan', 7)).toContain('skipped')
    expect(plan('handover-id', 'Rencana', 7)).toContain('dilewati')
    expect(plan('handover-en', 'Channels', 1)).toContain('Telephone (Dering DJPK)')
    expect(plan('handover-id', 'Kanal', 1)).toContain('Telepon (Dering DJPK)')
    expect(plan('handover-en', 'Channels', 4)).toContain('closed')
    expect(plan('handover-id', 'Kanal', 4)).toContain('tertutup')
    expect(plan('handover-en', 'Sign-off', 1)).toEqual(['Consolidation project lead', 'SME coordinator', 'Kemenkeu Prime witness'])
    // what the signer typed stays verbatim; what the tool adds reads in the workbook's language
    const statements = plan('handover-en', 'Sign-off', 4) as string[]
    expect(statements[0]).toMatch(
      /^Saya telah memeriksa buku kerja serah terima .* \(On the handover draft workbook handover-draft\.xlsx, SHA-256 [0-9a-f]{64}\.\)$/,
    )
    expect(plan('handover-id', 'Pengesahan', 4)[0]).toMatch(/\(Atas draf buku kerja serah terima handover-draft\.xlsx, SHA-256/)
  })

  it('tags counts and percentages with the language whose separators they show', () => {
    expect(countFormat(books['handover-id'], 'Rekonsiliasi Tiket', 3)).toBe('[$-421]#,##0')
    expect(countFormat(books['handover-en'], 'Ticket reconciliation', 3)).toBe('[$-809]#,##0')
    expect(countFormat(books['metrics-id'], 'Ringkasan', 5)).toBe('[$-421]0.0%')
    expect(countFormat(books['metrics-en'], 'Overview', 5)).toBe('[$-809]0.0%')
  })
})

withDbs('workbooks in one language on each store', (db) => {
  it('writes the metrics and handover workbooks in id and en without the other language outside data', async () => {
    const store = await db().open()
    await loadOddRegisters(store, db().dir)
    await initPlan(store)
    await store.close()
    for (const lang of ['id', 'en'] as const)
      for (const report of ['metrics', 'handover']) {
        const file = join(db().dir, `${report}-${lang}.xlsx`)
        const r = await runCli(['report', report, '--out', file, '--db', db().url, '--lang', lang, '--json'])
        expect(r.code).toBe(0)
        expect(json(r)).toBeDefined()
        const wb = await read(file)
        expectCover(wb, lang)
        expect(foreignWords(wb, lang)).toEqual([])
      }
  })
})

describe('a sign-off statement in a workbook', () => {
  const base: Signoff = {
    id: 1,
    role: 'project_lead',
    name: 'Dian Pratiwi',
    organisation: 'DJPK',
    statement: 'recorded text',
    statement_code: 'standard',
    statement_typed: null,
    signed_at: '2025-06-30T03:00:00.000Z',
    actor: 'dian',
    draft_id: 1,
    draft_sha256: 'a'.repeat(64),
    draft_path: '/x/handover-draft.xlsx',
  }

  it('renders the standard statement in the workbook language, keeps typed words verbatim, and an uncoded one as recorded', () => {
    expect(statementIn(base, 'en')).toMatch(/^I have examined the handover draft workbook handover-draft\.xlsx/)
    expect(statementIn(base, 'id')).toMatch(/^Saya telah memeriksa draf buku kerja serah terima handover-draft\.xlsx/)
    const typed = {...base, statement_code: 'typed' as const, statement_typed: 'Disetujui.'}
    expect(statementIn(typed, 'en')).toBe(`Disetujui. (On the handover draft workbook handover-draft.xlsx, SHA-256 ${'a'.repeat(64)}.)`)
    expect(statementIn({...base, statement_code: null}, 'en')).toBe('recorded text')
  })
})

import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {parse} from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import {CliResult, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {openForFilling} from '../kms/helpers'

/** Text an input may hold that a spreadsheet would run as a formula (OWASP CSV injection). */
const EVIL = ['=HYPERLINK("http://evil.example","klik")', '+62-812-cmd', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1']
const evil = (i: number) => EVIL[i % EVIL.length]

function csvLines(rows: string[][]): string {
  return rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n'
}

function files(dir: string, ext: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f)
      if (statSync(p).isDirectory()) walk(p)
      else if (f.endsWith(ext)) out.push(p)
    }
  }
  walk(dir)
  return out.sort()
}

function ok(r: CliResult): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`)
}

withDbs('spreadsheet safety across every csv and xlsx output', (db) => {
  const run = async (args: string[]) => {
    const r = await runCli([...args, '--db', db().url], {cwd: db().dir})
    ok(r)
    return r
  }
  const input = (name: string, rows: string[][]) => writeFileSync(join(db().dir, name), csvLines(rows))

  it('no input text becomes a formula in any xlsx, and every csv neutralises it', async () => {
    await run(['init'])
    input('faq.csv', [
      ['No', 'Topik', 'Sub Topik', 'Pertanyaan', 'Jawaban', 'Dasar Hukum', 'Perbaikan', 'Status', 'Kontributor'],
      ...[0, 1, 2, 3, 4, 5].map((i) => [
        String(i + 1),
        'DAU',
        evil(i + 1),
        `${evil(i)} pertanyaan ${i}`,
        evil(i + 2),
        evil(i + 3),
        evil(i + 4),
        '0',
        evil(i + 5),
      ]),
    ])
    input('tickets.csv', [
      [
        'ticket_id',
        'channel',
        'created_at',
        'requester_type',
        'region',
        'topic',
        'agent',
        'subject',
        'body',
        'requester_name',
        'escalated_unit',
        'escalated_at',
      ],
      ...[0, 1, 2, 3, 4, 5].map((i) => [
        `T${i}`,
        'email',
        `2025-02-0${i + 3}T09:00:00`,
        'pemda',
        evil(i),
        'DAU',
        evil(i + 1),
        evil(i + 2),
        evil(i + 3),
        evil(i + 4),
        'DTU',
        `2025-02-0${i + 3}T10:00:00`,
      ]),
      ['T9', evil(0), '2025-02-03T09:00:00', 'pemda', '', 'DAU', '', '', '', '', '', ''],
    ])
    input('roster.csv', [
      ['agent_id', 'name', 'email', 'level', 'unit', 'kms_contributor', 'sme'],
      ['L1-01', evil(0), 'a@djpk.go.id', 'L1', 'DJPK', 'true', ''],
      ['L1-02', evil(3), 'b@djpk.go.id', 'L1', 'DJPK', 'false', ''],
    ])
    input('survey.csv', [
      ['response_id', 'agent', 'respondent', 'submitted_at', 'kepuasan_layanan', 'substansi_jawaban'],
      ...[0, 1, 2].map((i) => [`S${i}`, evil(i), evil(i + 3), '2025-02-04T10:00:00+07:00', '5', '4']),
    ])
    input('chatbot.csv', [
      ['session_id', 'started_at', 'menu'],
      ...[0, 1, 2, 3].map((i) => [`C${i}`, '2025-02-04T10:00:00+07:00', evil(i)]),
    ])
    for (const [register, file] of [
      ['faq', 'faq.csv'],
      ['tickets', 'tickets.csv'],
      ['roster', 'roster.csv'],
      ['survey', 'survey.csv'],
      ['chatbot', 'chatbot.csv'],
    ]) {
      await run(['import', register, file])
    }
    await run(['channels', 'check', 'phone', 'announce', '--status', 'done', '--evidence', evil(0), '--note', evil(3)])

    const review = join(db().dir, 'review.xlsx')
    await run(['kms', 'review', '--out', review])
    const sme = await openForFilling(review)
    for (const no of ['1', '2', '3', '4', '5', '6']) {
      sme.set(no, 'decision', 'approve')
      sme.set(no, 'reviewer', 'sme.dau')
      sme.set(no, 'comment', evil(Number(no)))
    }
    await sme.wb.xlsx.writeFile(join(db().dir, 'review-filled.xlsx'))
    await run(['kms', 'apply-review', join(db().dir, 'review-filled.xlsx')])
    await run(['kms', 'export', '--out', join(db().dir, 'kms')])
    await run(['tickets', 'export', '--out', join(db().dir, 'archive'), '--format', 'csv'])
    await run(['report', 'metrics', '--out', join(db().dir, 'metrics.xlsx')])
    await run(['report', 'handover', '--out', join(db().dir, 'handover.xlsx')])

    const csvs = files(db().dir, '.csv').filter(
      (f) => !['faq.csv', 'tickets.csv', 'roster.csv', 'survey.csv', 'chatbot.csv'].includes(relative(db().dir, f)),
    )
    const kinds = csvs.map((f) => relative(db().dir, f).replace(/\d+/g, 'N'))
    expect(kinds).toEqual(
      expect.arrayContaining(['archive/tickets/N-N.csv', 'kms/articles.csv', expect.stringMatching(/rejects\/tickets-import-N\.csv$/)]),
    )
    for (const f of csvs) {
      const text = readFileSync(f, 'utf8')
      const cells = (parse(text, {bom: true, relax_column_count: true}) as string[][]).flat()
      const dangerous = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c))
      expect({file: relative(db().dir, f), dangerous}).toEqual({file: relative(db().dir, f), dangerous: []})
    }
    const archiveCsv = readFileSync(files(join(db().dir, 'archive'), '.csv')[0], 'utf8')
    expect(archiveCsv).toContain(`'${evil(0).replace(/"/g, '""')}`)

    const xlsxs = files(db().dir, '.xlsx')
    expect(xlsxs.map((f) => relative(db().dir, f)).sort()).toEqual([
      'handover.xlsx',
      'kms/articles.xlsx',
      'metrics.xlsx',
      'review-filled.xlsx',
      'review.xlsx',
    ])
    for (const f of xlsxs) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(f)
      let texts = 0
      const formulas: string[] = []
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas.push(`${ws.name}!${cell.address}`)
            if (typeof cell.value === 'string' && EVIL.some((e) => cell.value === e || (cell.value as string).startsWith(e))) texts++
          }),
        ),
      )
      expect({file: relative(db().dir, f), formulas}).toEqual({file: relative(db().dir, f), formulas: []})
      // Every workbook does carry the hostile text, as plain text.
      expect({file: relative(db().dir, f), has: texts > 0}).toEqual({file: relative(db().dir, f), has: true})
    }
  })
})

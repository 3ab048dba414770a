import {createReadStream, mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {parse} from 'csv-parse'
import {exceljs} from '../util/excel'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {readColumnKeys} from '../util/column-keys'
import {cellText} from '../util/spreadsheet-safety'
import {REVIEW_COLUMNS} from './review-layout'

/** An SME's decision on one article, keyed by FAQ No. */
export interface SmeDecision {
  no: string
  decision: string
  category_override?: string
  reviewer?: string
  comment?: string
}

/** Read decisions (csv: No,decision,category_override,reviewer,comment); a No repeated is a later round. */
export async function readDecisionsCsv(file: string): Promise<SmeDecision[][]> {
  const rounds: SmeDecision[][] = []
  const seen = new Map<string, number>()
  const parser = createReadStream(resolve(file)).pipe(
    parse({columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true}),
  )
  let line = 1
  for await (const rec of parser as AsyncIterable<Record<string, string>>) {
    line++
    if (!rec.no) throw new InputError(msg().errors.fillNoEmpty({file, row: line}), msg().errors.fillNoEmptyFix)
    const round = seen.get(rec.no) ?? 0
    seen.set(rec.no, round + 1)
    ;(rounds[round] ??= []).push({
      no: rec.no,
      decision: rec.decision ?? '',
      category_override: rec.category_override || undefined,
      reviewer: rec.reviewer || undefined,
      comment: rec.comment || undefined,
    })
  }
  return rounds
}

/** Fill a copy of a review workbook as an SME would in Excel: only the four editable columns, matched by No. */
export async function fillReviewWorkbook(source: string, target: string, decisions: SmeDecision[]): Promise<number> {
  const wb = new (exceljs().Workbook)()
  await wb.xlsx.readFile(resolve(source))
  const keys = readColumnKeys(wb, REVIEW_COLUMNS)
  if (!keys.ok) throw new InputError(msg().review.keysMissing({path: source, keys: keys.missing}), msg().review.keysMissingFix)
  const ws = keys.sheet
  const columnNumber = (key: (typeof REVIEW_COLUMNS)[number]) => keys.columns[key]
  const byNo = new Map(decisions.map((d) => [d.no, d]))
  let filled = 0
  for (let r = keys.headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const d = byNo.get(cellText(row.getCell(columnNumber('no'))).trim())
    if (!d) continue
    row.getCell(columnNumber('decision')).value = d.decision
    row.getCell(columnNumber('category_override')).value = d.category_override ?? null
    row.getCell(columnNumber('reviewer')).value = d.reviewer ?? null
    row.getCell(columnNumber('comment')).value = d.comment ?? null
    filled++
  }
  mkdirSync(dirname(resolve(target)), {recursive: true})
  await wb.xlsx.writeFile(resolve(target))
  return filled
}

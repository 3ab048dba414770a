import {join} from 'node:path'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import ExcelJS from 'exceljs'
import {addTableSheet, safeSheetName} from '../../src/workbooks/sheet'

describe('shared sheet builder', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pm-sheet-'))))
  afterEach(() => rmSync(dir, {recursive: true, force: true}))

  it('names sheets as Excel allows: no : \\ / ? * [ ], at most 31 characters, unique', () => {
    const wb = new ExcelJS.Workbook()
    const first = safeSheetName(wb, 'Zona: Jam/Layanan [WIB] * ? sangat panjang sekali')
    expect(first).toBe('Zona- Jam-Layanan -WIB- - - san')
    wb.addWorksheet(first)
    const second = safeSheetName(wb, 'zona- jam-layanan -wib- - - sangat')
    expect(second).toHaveLength(31)
    expect(second.endsWith(' (2)')).toBe(true)
  })

  it('cuts text over 32,767 characters and counts it, keeps formulas as text, and continues long tables on new sheets', async () => {
    const wb = new ExcelJS.Workbook()
    const rows = [
      ['=SUM(A1:A2)', 1],
      ['x'.repeat(40_000), 2],
      ['c', 3],
      ['d', 4],
      ['e', 5],
    ]
    const r = addTableSheet(wb, 'Data', [{header: 'text'}, {header: 'n', format: 'int'}], rows, {maxRows: 3})
    expect(r.truncated).toBe(1)
    expect(r.sheets.map((s) => s.name)).toEqual(['Data', 'Data (2)', 'Data (3)'])
    const file = join(dir, 't.xlsx')
    await wb.xlsx.writeFile(file)
    const back = new ExcelJS.Workbook()
    await back.xlsx.readFile(file)
    const a2 = back.getWorksheet('Data')!.getCell('A2')
    expect([a2.type, a2.value]).toEqual([ExcelJS.ValueType.String, '=SUM(A1:A2)'])
    const cut = back.getWorksheet('Data')!.getCell('A3').value as string
    expect(cut.length).toBe(32_767)
    expect(cut.endsWith('[dipotong: teks melebihi batas sel Excel]')).toBe(true) // flagged in the cell itself
    expect(back.getWorksheet('Data (3)')!.getCell('A1').value).toBe('text') // every part repeats the header
    expect(back.getWorksheet('Data (3)')!.getCell('A2').value).toBe('e')
    expect(back.getWorksheet('Data')!.views[0]).toMatchObject({state: 'frozen', ySplit: 1})
    expect(back.getWorksheet('Data')!.getColumn(2).numFmt).toBe('#,##0')
  })
})

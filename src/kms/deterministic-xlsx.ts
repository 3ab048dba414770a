// jszip ships with exceljs, which uses it to write every xlsx; it is the same zip writer, re-run.
import JSZip from 'jszip'

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1))

/**
 * An xlsx whose bytes depend only on its content: the zip entries' timestamps, which exceljs sets
 * to the moment of writing, are fixed, and entries keep one order.
 */
export async function deterministicXlsx(buffer: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(buffer)
  const target = new JSZip()
  const names = Object.keys(source.files).filter((n) => !source.files[n].dir)
  // [Content_Types].xml first, as Excel expects; the rest in exceljs's own order.
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0))
  for (const name of names) target.file(name, await source.files[name].async('nodebuffer'), {date: FIXED_DATE, createFolders: false})
  return target.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 6}})
}

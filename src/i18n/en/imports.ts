import {formatNumber} from '../format'
import type {Catalogue} from '../types'

const n = (x: number) => formatNumber(x, 'en')

export const imports: Catalogue['imports'] = {
  title: (p) =>
    `Import ${({faq: 'FAQ', tickets: 'tickets', roster: 'roster', survey: 'survey', chatbot: 'chatbot', visits: 'face-to-face visits', vicon: 'video conferences'} as Record<string, string>)[p.register] ?? p.register}`,
  reading: (p) => `${n(p.read)} rows (${n(p.rowsPerSecond)} rows/s)`,
  readDone: (p) => `${n(p.read)} rows read`,
  summary: (p) =>
    `${n(p.read)} rows read: ${n(p.loaded)} loaded, ${n(p.updated)} updated, ${n(p.unchanged)} unchanged, ${n(p.rejected)} rejected${p.excluded !== undefined ? `; ${n(p.excluded)} excluded` : ''}`,
  rejectsFile: (p) => `Rejected rows (row, field, reason): ${p.file}`,
  fileOrDeskpro: 'give either a FILE or --deskpro, not both',
  fileOrDeskproFix: 'import a file: import tickets FILE; or read Deskpro: import tickets --deskpro URL',
  nothing: 'nothing to import: give a ticket FILE or --deskpro URL',
  nothingFix: 'prime-migrate import tickets FILE, or prime-migrate import tickets --deskpro mysql://…',
  batchFailed: (p) => `loading ${p.register} into table ${p.table} failed in the batch ending at row ${n(p.read)} read: ${p.reason}`,
  batchFailedFix: 'rows before that batch are loaded; importing the same file again continues safely',
}

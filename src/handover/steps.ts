import {join} from 'node:path'
import {StepContext, StepHandler} from '../plan/registry'
import {reportHandover} from './report'

export const handoverWorkbookStep: StepHandler = {
  async run(ctx: StepContext) {
    const r = await reportHandover(ctx.store, join(ctx.outDir, 'handover.xlsx'), 'id')
    return `buku kerja serah terima: ${r.file}`
  },
}

import {join} from 'node:path'
import {StepContext, StepHandler, StepHandlers} from '../plan/step'
import {reportHandover} from './report'

export const handoverWorkbookStep: StepHandler = {
  // The plan's own folder: a rerun (`--redo`) replaces the workbook it wrote before.
  async run(ctx: StepContext) {
    const r = await reportHandover(ctx.store, join(ctx.outDir, 'handover.xlsx'), 'id', true)
    return `buku kerja serah terima: ${r.file}`
  },
}

export const steps: StepHandlers = {'handover.workbook': handoverWorkbookStep}

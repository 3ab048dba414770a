import {msg} from '../i18n'
import {ImportSummary} from '../sources/import-rows'
import {RegisterImportSummary} from '../sources/import-register'
import {plainLineOptions} from './plain-lines'
import {currentRenderer} from './renderer'
import {Listr} from 'listr2'

type Progress = (p: {read: number; rowsPerSecond: number}) => void

/**
 * Run an import as a one-task listr2 list whose title shows rows read and rows/s (at most once a
 * second, so a log without a terminal stays short); silent under --json.
 */
export async function importWithProgress(
  title: string,
  json: boolean,
  run: (progress: Progress) => Promise<ImportSummary>,
): Promise<ImportSummary> {
  let summary: ImportSummary | undefined
  const tasks = new Listr(
    [
      {
        title,
        task: async (_: unknown, task: any) => {
          let last = 0
          summary = await run((p) => {
            const now = Date.now()
            if (now - last < 1000) return
            last = now
            task.title = `${title}: ${msg().imports.reading(p)}`
          })
          task.title = `${title}: ${msg().imports.readDone(summary)}`
        },
      },
    ],
    {
      concurrent: false,
      exitOnError: true,
      renderer: currentRenderer(json),
      fallbackRenderer: 'simple',
      rendererOptions: {collapseErrors: false, ...plainLineOptions()},
      fallbackRendererOptions: plainLineOptions(),
    } as any,
  )
  await tasks.run()
  return summary!
}

/** The summary lines a person reads after an import. */
export function summaryLines(s: RegisterImportSummary): string[] {
  const lines = [msg().imports.summary(s)]
  if (s.rejects_file) lines.push(msg().imports.rejectsFile({file: s.rejects_file}))
  if (s.unresolved_regions !== undefined) {
    lines.push(msg().regions.importLine({unresolved: s.unresolved_regions, empty: s.empty_regions ?? 0}))
    if (s.unresolved_regions > 0) lines.push(`  ${msg().regions.importHint}`)
  }
  return lines
}

import {BaseCommand} from '../src/base-command'
import {formatDateTime, msg} from '../src/i18n'
import {migrationStatus, MigrationStatus} from '../src/plan/status'
import {textTable} from '../src/ui/table'

export default class Status extends BaseCommand<typeof Status> {
  static description = 'Where the migration stands: each stage and step, what is stale, what is overdue, what waits on whom'
  static examples = ['<%= config.bin %> status', '<%= config.bin %> status --json']

  async run(): Promise<MigrationStatus> {
    const s = await migrationStatus(await this.store())
    const m = msg().plan
    const t = msg().tables
    this.info(t.statusHead({cutover: s.cutover, today: s.today, ...s.progress}))
    this.info(
      textTable(
        t.stagesColumns,
        s.stages.map((st) => [st.stage, `${st.done}/${st.total}`, t.stageStatus[st.status] ?? st.status]),
      ),
    )
    this.info(
      `\n${textTable(
        t.stepsColumns,
        s.steps.map((st) => [
          st.id,
          t.stepStatus[st.status] ?? st.status,
          st.actor,
          st.updated_at ? formatDateTime(st.updated_at) : null,
          st.note,
        ]),
      )}`,
    )
    if (s.stale.length)
      this.info(`\n${m.staleTitle}\n${s.stale.map((x) => m.staleLine({id: x.id, changes: m.changes(x), command: x.command})).join('\n')}`)
    if (s.overdue.length)
      this.info(
        `\n${m.overdueTitle({count: s.overdue.length})}\n${s.overdue.map((o) => t.overdueLine({id: o.id, due: o.due_date, owner: o.owner})).join('\n')}`,
      )
    if (s.waiting.length) this.info(`\n${m.waitingTitle}\n${s.waiting.map((w) => `  ${w.id} — ${waitingOn(w)}`).join('\n')}`)
    return s
  }
}

/** Whom a step waits on, and why; a gate's note already names the owner, which is not said twice. */
function waitingOn(w: {owner: string; note: string | null}): string {
  if (!w.note) return w.owner
  return w.note.includes(w.owner) ? w.note : `${w.owner}: ${w.note}`
}

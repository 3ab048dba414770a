import {msg} from '../src/i18n'
import {BaseCommand} from '../src/base-command'
import {getCutover, getPlan, PlanStep} from '../src/plan/repository'
import {inLang} from '../src/i18n'
import {textTable} from '../src/ui/table'

export default class Plan extends BaseCommand<typeof Plan> {
  static description = 'Show the staged plan with owners and due dates counted back from the cutover'
  static examples = ['<%= config.bin %> plan', '<%= config.bin %> plan --json']

  async run(): Promise<{cutover: string; steps: PlanStep[]}> {
    const {knex} = await this.store()
    const steps = await getPlan(knex)
    const cutover = (await getCutover(knex))!
    const t = msg().tables
    this.info(t.planHead({cutover}))
    this.info(
      textTable(
        t.planColumns,
        steps.map((s) => [
          s.id,
          t.kind[s.kind] ?? s.kind,
          inLang(s.title),
          inLang(s.owner),
          s.due_date,
          t.stepStatus[s.status] ?? s.status,
        ]),
      ),
    )
    const decisions = steps.filter((s) => s.kind === 'decision')
    if (decisions.length) this.info(`\n${t.decisionsTitle}\n${decisions.map((d) => `  ${d.id}: ${d.note}`).join('\n')}`)
    return {cutover, steps}
  }
}

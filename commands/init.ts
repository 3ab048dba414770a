import {Flags} from '@oclif/core'
import {BaseCommand} from '../src/base-command'
import {validateAllMappings} from '../src/mappings/load'
import {initPlan} from '../src/plan/repository'

export default class Init extends BaseCommand<typeof Init> {
  static description = 'Create or upgrade the state store and record the cutover date'
  static examples = ['<%= config.bin %> init', '<%= config.bin %> init --cutover 2025-06-30 --db mysql://root@127.0.0.1:3306/test']
  static flags = {
    cutover: Flags.string({description: 'cutover date, YYYY-MM-DD (default 2025-06-30, or the one already recorded)'}),
  }
  static mutates = true

  async run(): Promise<{store: string; cutover: string; steps_created: number}> {
    validateAllMappings()
    const store = await this.store()
    const result = await initPlan(store, this.flags.cutover)
    this.info(
      `Store ${store.location.masked} siap. Cutover: ${result.cutover}${result.created ? `; ${result.created} langkah rencana dibuat` : ''}.`,
    )
    return {store: store.location.masked, cutover: result.cutover, steps_created: result.created}
  }
}

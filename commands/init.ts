import {Flags} from '@oclif/core'
import {BaseCommand} from '../src/base-command'
import {msg} from '../src/i18n'
import {validateAllMappings} from '../src/mappings/load'
import {initPlan, InitResult} from '../src/plan/repository'
import {OpenMode} from '../src/store/store'

export default class Init extends BaseCommand<typeof Init> {
  static description = 'Create or upgrade the state store and record the cutover date'
  static examples = ['<%= config.bin %> init', '<%= config.bin %> init --cutover 2025-06-30 --db mysql://root@127.0.0.1:3306/test']
  static flags = {
    cutover: Flags.string({description: 'cutover date, YYYY-MM-DD (default 2025-06-30, or the one already recorded)'}),
  }
  static mutates = true

  protected override storeMode(): OpenMode {
    return 'create'
  }

  async run(): Promise<{store: string} & InitResult> {
    validateAllMappings()
    const store = await this.store()
    const result = await initPlan(store, this.flags.cutover)
    this.info(msg().store.initialised({store: store.location.masked, ...result}))
    return {store: store.location.masked, ...result}
  }
}

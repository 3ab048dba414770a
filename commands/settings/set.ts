import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {msg} from '../../src/i18n'
import {setPublishedFiguresFile, SETTINGS} from '../../src/metrics/published-setting'

export default class SettingsSet extends BaseCommand<typeof SettingsSet> {
  static description =
    'Set a setting of this migration: published_figures FILE.csv (the figures handover.metrics reconciles against); audited'
  static examples = ['<%= config.bin %> settings set published_figures angka-terpublikasi.csv']
  static args = {
    key: Args.string({description: 'the setting', required: true, options: [...SETTINGS]}),
    value: Args.string({description: 'its value (for published_figures: a csv with period,metric,dimension,value)', required: true}),
  }
  static mutates = true

  async run(): Promise<{key: string; file: string; rows: number; sha256: string}> {
    const r = await setPublishedFiguresFile(await this.store(), this.args.value)
    this.info(msg().metrics.settingSet(r))
    return {key: this.args.key, ...r}
  }
}

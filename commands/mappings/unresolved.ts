import {Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {currentLang} from '../../src/i18n'
import {unresolvedWorklist, Worklist} from '../../src/mappings/worklist'
import {worklistLines} from '../../src/ui/worklist-lines'

export default class MappingsUnresolved extends BaseCommand<typeof MappingsUnresolved> {
  static description =
    'List each region text of the stored registers that names no place, or places in several provinces, with its row count and best candidates; --out writes the worklist to decide them in (stored rows are first derived again with the mappings and decisions in force)'
  static examples = [
    '<%= config.bin %> mappings unresolved',
    '<%= config.bin %> mappings unresolved --out regions.xlsx',
    '<%= config.bin %> mappings unresolved --json',
  ]
  static flags = {
    force: Flags.boolean({description: 'replace FILE if it exists (decisions typed into it are lost)'}),
    out: Flags.string({description: 'the worklist workbook to write (.xlsx)'}),
  }
  static mutates = true

  async run(): Promise<Worklist> {
    const {force, out} = this.flags
    const w = await unresolvedWorklist(await this.store(), {out, force, lang: currentLang()})
    for (const line of worklistLines(w)) this.info(line)
    return w
  }
}

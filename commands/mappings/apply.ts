import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {EXIT} from '../../src/errors'
import {applyWorklist, ApplyDecisionsResult} from '../../src/mappings/apply-worklist'
import {appliedLines} from '../../src/ui/worklist-lines'

export default class MappingsApply extends BaseCommand<typeof MappingsApply> {
  static args = {file: Args.string({description: 'the filled worklist (.xlsx) of `mappings unresolved --out`', required: true})}
  static description =
    'Record the region decisions of a filled worklist as local mappings (audited) and derive province and zone of the stored tickets again, with no re-import; rejected rows are listed with reasons (exit 2)'
  static examples = ['<%= config.bin %> mappings apply regions.xlsx', '<%= config.bin %> mappings apply regions.xlsx --json']
  static mutates = true

  async run(): Promise<ApplyDecisionsResult> {
    const result = await applyWorklist(await this.store(), this.args.file)
    for (const line of appliedLines(result)) this.info(line)
    // A partial apply still returns its result; the exit code tells scripts that rows were refused,
    // and a locked cell changed is tampering (4), above a bad value (2).
    if (result.rejected) process.exitCode = result.tampered ? EXIT.verification : EXIT.usage
    return result
  }
}

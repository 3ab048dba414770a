import {Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {ReviewWorkbookResult, writeReviewWorkbook} from '../../src/kms/review-workbook'
import {msg} from '../../src/i18n'

export default class KmsReview extends BaseCommand<typeof KmsReview> {
  static description =
    'Write the SME review workbook: one row per FAQ article (with --pending, only those without a final decision), decision drop-downs, the rest locked'
  static examples = [
    '<%= config.bin %> kms review --out review.xlsx',
    '<%= config.bin %> kms review --pending --out review-putaran-2.xlsx',
    '<%= config.bin %> kms review --out review.xlsx --force --json',
  ]
  static flags = {
    force: Flags.boolean({description: 'replace FILE if it exists (decisions typed into it are lost)'}),
    out: Flags.string({description: 'the workbook to write (.xlsx)', required: true}),
    pending: Flags.boolean({description: 'only the articles still without a final decision (undecided, revise, changed since reviewed)'}),
  }
  static mutates = true

  async run(): Promise<ReviewWorkbookResult> {
    const store = await this.store()
    const result = await writeReviewWorkbook(store, this.flags.out, {force: this.flags.force, pending: this.flags.pending})
    this.info(msg().commands.reviewWritten(result))
    for (const u of result.unmapped_topics) this.info(msg().commands.unmappedTopic(u))
    return result
  }
}

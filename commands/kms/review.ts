import {Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {ReviewWorkbookResult, writeReviewWorkbook} from '../../src/kms/review-workbook'

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
    this.info(`Buku kerja reviu ${result.path}: ${result.articles} artikel, ${result.flagged} ditandai (ID ${result.workbook_id}).`)
    for (const u of result.unmapped_topics) this.info(`  topik tanpa kategori KMS: ${u.topic} (${u.articles} artikel) — ${u.reason}`)
    return result
  }
}

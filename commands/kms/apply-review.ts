import {dirname, join} from 'node:path'
import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {EXIT} from '../../src/errors'
import {msg} from '../../src/i18n'
import {applyReview, ApplyResult} from '../../src/kms/apply-review'
import {textTable} from '../../src/ui/table'

export default class KmsApplyReview extends BaseCommand<typeof KmsApplyReview> {
  static args = {
    file: Args.string({description: 'the filled review workbook (.xlsx)', required: true}),
  }
  static description =
    'Apply the SME decisions of a filled review workbook; rejected rows are listed with reasons (exit 2); says how many articles are still not final'
  static examples = ['<%= config.bin %> kms apply-review review.xlsx', '<%= config.bin %> kms apply-review review.xlsx --json']
  static mutates = true

  async run(): Promise<ApplyResult> {
    const store = await this.store()
    const result = await applyReview(store, this.args.file)
    const m = msg().kms
    this.info(msg().commands.reviewApplied(result))
    const rejected = result.rows.filter((r) => r.status === 'rejected')
    if (rejected.length)
      this.info(
        `\n${msg().commands.rejectedTitle}\n${textTable(
          msg().commands.rejectedColumns,
          rejected.map((r) => [r.row, r.id, r.reasons.join(' | ')]),
        )}`,
      )
    const a = result.after
    this.info(
      a.pending
        ? `\n${m.pendingAfterApply(a)}\n${m.nextRound({file: join(dirname(result.file), 'review-putaran-berikut.xlsx')})}`
        : `\n${m.allFinal(a)}`,
    )
    // A partial apply still returns its result; the exit code tells scripts that rows were refused,
    // and a locked cell changed is tampering (4), above a bad value (2).
    if (result.tampered) this.info(`\n${msg().review.tamperedSummary({rows: result.tampered, file: result.file})}`)
    if (rejected.length) process.exitCode = result.tampered ? EXIT.verification : EXIT.usage
    return result
  }
}

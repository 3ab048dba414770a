import {msg} from '../i18n'
import {confirmOptions} from './prompt-theme'
import {InputError, UserError} from '../errors'
import {confirm} from '@inquirer/prompts'

/**
 * A confirmation: `--yes` answers it in advance; otherwise a person at a terminal is asked; without a
 * terminal (or under --json) it fails naming the flag, never hanging (CONTRACT §1).
 */
export async function confirmOrFlag(opts: {
  question: string
  yes: boolean
  json: boolean
  flag: string
  what: string
}): Promise<'prompt' | '--yes'> {
  if (opts.yes) return '--yes'
  if (opts.json || !process.stdin.isTTY || !process.stdout.isTTY) {
    throw new InputError(msg().prompts.noOneToAsk(opts), msg().prompts.noOneToAskFix(opts))
  }
  if (!(await confirm({message: opts.question, ...confirmOptions()}))) {
    throw new UserError(msg().prompts.notConfirmed(opts), 2, msg().prompts.notConfirmedFix(opts))
  }
  return 'prompt'
}

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
    throw new InputError(
      `${opts.what} needs a confirmation and there is no one to ask (no terminal or --json)`,
      `add --yes to confirm ${opts.flag}`,
    )
  }
  if (!(await confirm({message: opts.question, default: false}))) {
    throw new UserError(`${opts.what} was not confirmed; nothing was exported`, 2, `run again without ${opts.flag}, or confirm it`)
  }
  return 'prompt'
}

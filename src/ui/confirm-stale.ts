import {confirm} from '@inquirer/prompts'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {InputChange} from '../store/changes'
import {PlanStep} from '../plan/repository'
import {confirmOptions} from './prompt-theme'
import {printable} from '../util/terminal-text'

/**
 * Stale steps are redone only when a person agreed: `--yes` in advance, or a yes at the terminal.
 * Without a terminal (or under --json) it fails naming the flag, never hanging (CONTRACT §1).
 */
export async function confirmStale(stale: {step: PlanStep; changed: InputChange[]}[], opts: {yes: boolean; json: boolean}): Promise<void> {
  if (!stale.length || opts.yes) return
  const m = msg().run
  const list = m.staleList({steps: stale.map((s) => ({id: s.step.id, changed: s.changed}))})
  if (opts.json || !process.stdin.isTTY || !process.stdout.isTTY) throw new InputError(m.staleNeedsYes({list}), m.staleFix)
  process.stdout.write(`${printable(list)}\n`)
  if (!(await confirm({message: m.staleQuestion({count: stale.length}), ...confirmOptions()})))
    throw new InputError(m.staleDeclined, m.staleFix)
}

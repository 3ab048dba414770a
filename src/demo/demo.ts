import {existsSync, mkdirSync, readdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {checkOutDir} from '../util/out-file'
import {packageRoot} from '../util/paths'

export const DEFAULT_DEMO_OUT = 'demo-out'

export function fixturesDir(): string {
  return join(packageRoot(), 'fixtures')
}

/** Make DIR ready for a fresh demo; an existing non-empty folder is replaced only with --force. */
export function prepareDemoDir(dir: string, force: boolean): string {
  const out = checkOutDir(dir)
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!force) throw new InputError(msg().walkthrough.folderInUse({out}), msg().walkthrough.folderInUseFix)
    rmSync(out, {recursive: true, force: true})
  }
  mkdirSync(out, {recursive: true})
  return out
}

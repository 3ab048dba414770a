import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {InputError} from '../errors'
import {msg} from '../i18n'

/**
 * An output file a person asked for by name is never replaced silently: it may be a workbook someone
 * has annotated or already handed over. `force` is the user's --force.
 */
export function refuseOverwrite(file: string, force: boolean | undefined): void {
  const path = resolve(file)
  if (existsSync(path) && !force) throw new InputError(msg().files.outExists({path}), msg().files.outExistsFix)
}

import {lstatSync, readlinkSync, statSync, Stats} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {InputError} from '../errors'
import {msg} from '../i18n'

function statOrNone(path: string, stat: (p: string) => Stats): Stats | undefined {
  try {
    return stat(path)
  } catch (error) {
    // Missing, or under a part of the path that is a file (which the caller finds and names).
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw error
  }
}

/**
 * What every output path must be before anything is written there: not a symlink (writing through
 * one lands wherever it points, outside the folder the operator looked at), and under a parent that
 * is a folder, or can become one. `want` is what the command writes at the path itself.
 */
function checkOutPath(path: string, want: 'file' | 'folder'): Stats | undefined {
  const m = msg().readers
  const st = statOrNone(path, lstatSync)
  if (st?.isSymbolicLink()) throw new InputError(m.outSymlink({path, target: readlinkSync(path)}), m.outSymlinkFix)
  if (st && want === 'file' && !st.isFile())
    throw new InputError(st.isDirectory() ? m.outFolderNotFile({path}) : m.outNotRegular({path}), m.outFolderNotFileFix)
  if (st && want === 'folder' && !st.isDirectory()) throw new InputError(m.outFileNotFolder({path}), m.outFileNotFolderFix)
  if (!st) {
    // The nearest part of the path that exists must be a folder (a linked one is fine) for the rest to be made in it.
    for (let up = dirname(path); ; up = dirname(up)) {
      const parent = statOrNone(up, statSync)
      if (parent && !parent.isDirectory()) throw new InputError(m.outParentNotFolder({path, parent: up}), m.outParentNotFolderFix)
      if (parent || dirname(up) === up) break
    }
  }
  return st
}

/**
 * An output file a person asked for by name is never replaced silently: it may be a workbook someone
 * has annotated or already handed over. `force` is the user's --force. A symlink, a folder or a device
 * at the path, or a file where a folder should be above it, is refused whatever `force` says.
 */
export function refuseOverwrite(file: string, force: boolean | undefined): void {
  const path = resolve(file)
  const m = msg().readers
  if (checkOutPath(path, 'file') && !force) throw new InputError(m.outExists({path}), m.outExistsFix)
}

/** An output folder (`--out` of an export, the demo, the run): a folder or nothing yet, never a symlink or a file. */
export function checkOutDir(dir: string): string {
  const path = resolve(dir)
  checkOutPath(path, 'folder')
  return path
}

import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'

/** The migration's artifacts folder when none was given (`run --out`); read by the plan and by imports' rejects. */
export const DEFAULT_OUT = 'migration-out'

let root: string | undefined

/** The folder of prime-migrate's package.json, whether running from src/ (tests) or dist/src/. */
export function packageRoot(): string {
  if (root) return root
  let dir = __dirname
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'prime-migrate') return (root = dir)
    const up = dirname(dir)
    if (up === dir) throw new Error('prime-migrate: cannot find its own package.json')
    dir = up
  }
}

export function toolVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version
}

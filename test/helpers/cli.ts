import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export const ROOT = join(__dirname, '..', '..')
export const BIN = join(ROOT, 'bin', 'run.js')

/** A scratch folder as the default working directory, so a command's default outputs never land in the repository. */
const SCRATCH = mkdtempSync(join(tmpdir(), 'pm-cwd-'))

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the real built CLI (dist/, built by `npm test`) as a user would, without a terminal. */
export function runCli(args: string[], opts: {cwd?: string; env?: Record<string, string>; input?: string} = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? SCRATCH,
      env: {...process.env, PRIME_MIGRATE_ACTOR: 'tester', ...opts.env},
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(opts.input ?? '')
  })
}

export function runCliSync(args: string[], opts: {cwd?: string; env?: Record<string, string>} = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? SCRATCH,
    env: {...process.env, PRIME_MIGRATE_ACTOR: 'tester', ...opts.env},
    encoding: 'utf8',
  })
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

/** Parse the JSON a command printed; fails the test with the output when it is not JSON. */
export function json<T = any>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout)
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\nstderr:\n${r.stderr}`)
  }
}

/**
 * Start the built CLI and SIGKILL it the moment `when()` holds (polled every 2 ms), as a crash or
 * power cut would; rejects if the command finished before it could be killed.
 */
export function killCliWhen(args: string[], cwd: string, when: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {cwd, env: {...process.env, PRIME_MIGRATE_ACTOR: 'tester'}, stdio: 'ignore'})
    const timer = setInterval(() => {
      if (when()) {
        clearInterval(timer)
        child.kill('SIGKILL')
      }
    }, 2)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearInterval(timer)
      if (signal !== 'SIGKILL') reject(new Error(`prime-migrate ${args[0]} ended by itself (exit ${code}) before it could be killed`))
      else resolve()
    })
  })
}

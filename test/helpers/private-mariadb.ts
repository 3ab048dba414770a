import {ChildProcess, spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import knexFactory from 'knex'

/** A MariaDB server of a test's own (own datadir, port and socket), which the test may kill -9 and start again. */
export interface PrivateMariadb {
  port: number
  /** A --db URL for `database` on this server (root, no password). */
  url(database: string): string
  /** SIGKILL the server, as a crash or power cut would. */
  kill(): void
  /** Start it again on the same datadir. */
  start(): Promise<void>
  /** Kill it and remove its datadir. */
  remove(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as {port: number}).port
      s.close(() => resolve(port))
    })
  })
}

async function waitForServer(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`mariadbd exited (${server.exitCode}): ${log()}`)
    const k = knexFactory({client: 'mysql2', connection: url, pool: {min: 0, max: 1}, log: {warn() {}, error() {}}})
    try {
      await k.raw('SELECT 1')
      return
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`mariadbd did not start within 60 s: ${(error as Error).message}\n${log()}`)
    } finally {
      await k.destroy()
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** `mariadb-install-db` into a temp folder, then `mariadbd` on a free port; databases named are created empty. */
export async function startPrivateMariadb(databases: string[]): Promise<PrivateMariadb> {
  const dir = mkdtempSync(join(tmpdir(), 'pm-mariadbd-'))
  const data = join(dir, 'data')
  const user = process.getuid?.() === 0 ? 'root' : (process.env.USER ?? 'root')
  const install = spawnSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', `--user=${user}`],
    {encoding: 'utf8'},
  )
  if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`)
  const port = await freePort()
  let server: ChildProcess | undefined
  let log = ''
  const start = async () => {
    log = ''
    server = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--port=${port}`,
        `--socket=${join(dir, 'mariadbd.sock')}`,
        `--pid-file=${join(dir, 'mariadbd.pid')}`,
        `--user=${user}`,
        '--bind-address=127.0.0.1',
        '--skip-name-resolve',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=64M',
      ],
      {stdio: ['ignore', 'ignore', 'pipe']},
    )
    server.stderr!.on('data', (d) => (log += d))
    await waitForServer(`mysql://root@127.0.0.1:${port}/`, server, () => log)
  }
  const kill = () => {
    server?.kill('SIGKILL')
  }
  await start()
  const admin = knexFactory({client: 'mysql2', connection: `mysql://root@127.0.0.1:${port}/`, pool: {min: 0, max: 1}})
  try {
    for (const db of databases) await admin.raw(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`)
  } finally {
    await admin.destroy()
  }
  return {
    port,
    url: (database) => `mysql://root@127.0.0.1:${port}/${database}`,
    kill,
    async start() {
      if (server && server.exitCode === null && server.signalCode === null) await new Promise((r) => server!.once('exit', r))
      await start()
    },
    async remove() {
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((r) => server!.once('exit', r))
        kill()
        await exited
      }
      rmSync(dir, {recursive: true, force: true})
    },
  }
}

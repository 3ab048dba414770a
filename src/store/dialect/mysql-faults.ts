import {Knex} from 'knex'
import {EXIT, UserError} from '../../errors'
import {msg} from '../../i18n'

/**
 * How long a connection with a statement in flight may hear nothing from the server before the tool
 * gives up on it: long enough for the slowest statement the tool sends (an index built over a million
 * tickets), short enough that a server that vanished without closing the socket ends the command.
 * PRIME_MIGRATE_DB_IDLE_SECONDS overrides it.
 */
export function idleTimeoutMs(): number {
  const s = Number(process.env.PRIME_MIGRATE_DB_IDLE_SECONDS)
  return Number.isFinite(s) && s > 0 ? s * 1000 : 600_000
}

/** A connection-level error code: the server or the network went away, not a statement that failed. */
const LOST =
  /^(PROTOCOL_CONNECTION_LOST|PROTOCOL_SEQUENCE_TIMEOUT|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ER_SERVER_SHUTDOWN|PM_SERVER_SILENT)$/

/** The server stopped answering (exit 1): the work done so far stays done, and running the command again carries on. */
export class ServerLostError extends UserError {
  private readonly text: string
  constructor(what: string, reason: string) {
    const m = msg().faults
    const text = m.serverLost({what, reason})
    super(text, EXIT.failure, m.serverLostFix)
    this.text = text
    this.name = 'ServerLostError'
  }

  // knex prefixes the failed statement, values and all, to every query error's message; this one keeps its own.
  override get message(): string {
    return this.text
  }
  override set message(_ignored: string) {}
}

function reasonOf(error: unknown): string {
  const e = error as {code?: string; message?: string}
  if (e?.code === 'PM_SERVER_SILENT') return msg().faults.streamSilent({seconds: Math.round(idleTimeoutMs() / 1000)})
  return e?.code === 'PROTOCOL_CONNECTION_LOST' ? msg().faults.connectionClosed : (e?.code ?? e?.message ?? String(error))
}

/** Whether `error` says the connection is gone (as opposed to a statement the server refused). */
export function isConnectionFault(error: unknown): boolean {
  const e = error as {code?: string; fatal?: boolean}
  if (error instanceof ServerLostError || LOST.test(e?.code ?? '') || (error as Error)?.name === 'KnexTimeoutError') return true
  return e?.fatal === true && !/^ER_/.test(e?.code ?? '')
}

/** `error` as the user sees it when it is a connection fault; otherwise unchanged. */
export function asServerLost(error: unknown, what: string): unknown {
  if (error instanceof ServerLostError || !isConnectionFault(error)) return error
  return new ServerLostError(what, reasonOf(error))
}

/**
 * Arm a new connection: a statement in flight whose socket stays silent for `idleTimeoutMs` is ended
 * (mysql2 then fails it as a lost connection). An idle connection is left alone: the operator lock's
 * pinned connection is silent for as long as the command runs.
 */
export function guardConnection(conn: any): void {
  const stream = conn.stream
  if (!stream?.setTimeout) return
  stream.setTimeout(idleTimeoutMs(), () => {
    if (!conn._command) return
    const error = Object.assign(new Error('the server sent nothing in time'), {code: 'PM_SERVER_SILENT', fatal: true})
    stream.destroy(error)
  })
}

/**
 * Every statement knex sends on `knex`, and every connection it makes, fails with a ServerLostError,
 * not a raw driver message, when the server is gone.
 */
export function guardQueries(knex: Knex): void {
  const client = knex.client as {_query(conn: unknown, obj: unknown): Promise<unknown>; acquireConnection(): Promise<unknown>}
  const query = client._query.bind(client)
  client._query = (conn, obj) => query(conn, obj).catch((error) => Promise.reject(asServerLost(error, msg().faults.runningQuery)))
  const acquire = client.acquireConnection.bind(client)
  client.acquireConnection = () => acquire().catch((error) => Promise.reject(asServerLost(error, msg().faults.connecting)))
}

/**
 * Call `onRow` for every row of a SELECT on `conn`. mysql2 never fails a streamed query whose connection
 * dies (the error goes to the connection), so the connection's own error and close end it here, and a
 * stream silent for `idleTimeoutMs` ends the connection.
 */
export function streamRows(
  conn: any,
  sql: string,
  bindings: readonly unknown[],
  onRow: (row: Record<string, unknown>) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const idle = idleTimeoutMs()
    let timer: NodeJS.Timeout | undefined
    let settled = false
    const what = msg().faults.readingRows
    const finish = (error?: unknown) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      conn.removeListener('error', onLost)
      conn.stream?.removeListener('close', onClosed)
      if (error === undefined) resolve()
      else reject(asServerLost(error, what))
    }
    const onLost = (error: unknown) => finish(error)
    const onClosed = () => finish(Object.assign(new Error('connection closed'), {code: 'PROTOCOL_CONNECTION_LOST'}))
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        conn.stream?.destroy()
        finish(Object.assign(new Error('no rows in time'), {code: 'PM_SERVER_SILENT'}))
      }, idle)
    }
    conn.on('error', onLost)
    conn.stream?.once('close', onClosed)
    const query = conn.query(sql, bindings)
    query.on('result', (row: Record<string, unknown>) => {
      if (settled) return
      arm()
      try {
        onRow(row)
      } catch (error) {
        // The rest of the result cannot be left unread on this connection: it goes, and the pool makes another.
        conn.stream?.destroy()
        finish(error instanceof Error ? error : new Error(String(error)))
      }
    })
    query.on('fields', arm)
    query.on('error', (error: unknown) => finish(error))
    query.on('end', () => finish())
    arm()
  })
}

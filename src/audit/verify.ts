import {Knex} from 'knex'
import {VerificationError} from '../errors'
import {ArtifactProblem, verifyArtifacts} from './artifacts'
import {verifyChain} from './chain'

export interface AuditVerification {
  ok: boolean
  entries: number
  head: string
  artifacts: number
  firstBad?: {id: number; reason: string}
  problems: ArtifactProblem[]
  /** Problems the record checks found (a sign-off whose hash does not match its draft). */
  records: string[]
}

/** A check of records the chain and the artifacts do not cover by themselves (sign-offs against their draft); returns problems. */
export type RecordCheck = (knex: Knex) => Promise<string[]>

/** The chain first, then every artifact, then `checks`; the result carries the error to raise when it failed. */
export async function verifyAudit(knex: Knex, checks: RecordCheck[] = []): Promise<AuditVerification & {error?: VerificationError}> {
  const chain = await verifyChain(knex)
  const {checked, problems} = await verifyArtifacts(knex)
  const records: string[] = []
  for (const check of checks) records.push(...(await check(knex)))
  const result: AuditVerification = {
    ok: chain.ok && problems.length === 0 && records.length === 0,
    entries: chain.entries,
    head: chain.head,
    artifacts: checked,
    firstBad: chain.firstBad,
    problems,
    records,
  }
  if (result.ok) return result
  const lines = []
  if (chain.firstBad) lines.push(`audit entry ${chain.firstBad.id} is the first bad one: ${chain.firstBad.reason}`)
  for (const p of problems) lines.push(`artifact ${p.path} (${p.kind}): ${p.reason}`)
  lines.push(...records)
  return {...result, error: new VerificationError(`verification failed:\n  ${lines.join('\n  ')}`, result)}
}

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
}

/** The chain first, then every artifact; the result carries the error to raise when it failed. */
export async function verifyAudit(knex: Knex): Promise<AuditVerification & {error?: VerificationError}> {
  const chain = await verifyChain(knex)
  const {checked, problems} = await verifyArtifacts(knex)
  const result: AuditVerification = {
    ok: chain.ok && problems.length === 0,
    entries: chain.entries,
    head: chain.head,
    artifacts: checked,
    firstBad: chain.firstBad,
    problems,
  }
  if (result.ok) return result
  const lines = []
  if (chain.firstBad) lines.push(`audit entry ${chain.firstBad.id} is the first bad one: ${chain.firstBad.reason}`)
  for (const p of problems) lines.push(`artifact ${p.path} (${p.kind}): ${p.reason}`)
  return {...result, error: new VerificationError(`verification failed:\n  ${lines.join('\n  ')}`, result)}
}

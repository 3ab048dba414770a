import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {runCli} from '../helpers/cli'

/**
 * Make the ticket archive exported and verified the way a user does (import, export, verify), so
 * `final_export` may be marked done. Needs the built CLI.
 */
export async function verifiedArchive(url: string, dir: string): Promise<void> {
  const csv = join(dir, 'tickets.csv')
  writeFileSync(
    csv,
    'ticket_id,channel,created_at,requester_type,region,topic,status\nT1,whatsapp,2025-02-03T09:00:00,pemda,Kab. Kediri,DAU,closed\nT2,phone,2025-02-04T10:00:00,kl,,DBH,resolved\n',
  )
  for (const args of [
    ['import', 'tickets', csv],
    ['tickets', 'export', '--out', join(dir, 'arsip')],
    ['tickets', 'verify', join(dir, 'arsip')],
  ]) {
    const r = await runCli([...args, '--db', url, '--json'])
    if (r.code !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.code}): ${r.stdout}${r.stderr}`)
  }
}

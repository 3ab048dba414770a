import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {DEMO_GATE_ANSWERS} from '../demo/demo'
import {recordSignoff} from './signoff'

// The demo's sign-off, as the three people would give it, from fixtures/signoff.csv.
DEMO_GATE_ANSWERS['handover.signoff'] = async (ctx, _check, fixtures) => {
  const rows: {role: string; name: string; organisation: string; statement: string}[] = parse(readFileSync(join(fixtures, 'signoff.csv')), {
    columns: true,
    bom: true,
  })
  for (const r of rows) await recordSignoff(ctx.store, r)
  return rows.length > 0
}

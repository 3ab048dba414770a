import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {DEMO_LOADS} from '../demo/demo'
import {Store} from '../store/store'
import {importRegisterFile, RegisterName} from './import-file'
import {ImportSummary} from './import-rows'

function note(s: ImportSummary): string {
  return `${s.read} dibaca, ${s.loaded} dimuat, ${s.updated} diperbarui, ${s.unchanged} tidak berubah, ${s.rejected} ditolak`
}

/** Load one fixture register; a fixture not shipped is skipped with a note rather than failing the demo. */
async function load(store: Store, register: RegisterName, file: string, outDir: string): Promise<string> {
  if (!existsSync(file)) return `dilewati: ${file} tidak ada`
  const s = await importRegisterFile(store, register, file, {rejectsFile: join(outDir, 'rejects', `${register}-import-{id}.csv`)})
  return note(s)
}

const SINGLE: [RegisterName, string, string][] = [
  ['faq', 'FAQ (fixtures/faq.xlsx)', 'faq.xlsx'],
  ['roster', 'Roster (fixtures/roster.csv)', 'roster.csv'],
  ['survey', 'Survei kepuasan (fixtures/survey.csv)', 'survey.csv'],
  ['chatbot', 'Chatbot (fixtures/chatbot.csv)', 'chatbot.csv'],
  ['visits', 'Konsultasi tatap muka (fixtures/visits.csv)', 'visits.csv'],
  ['vicon', 'Video conference (fixtures/vicon.csv)', 'vicon.csv'],
]

DEMO_LOADS.push(
  {title: SINGLE[0][1], run: (store, fixtures, out) => load(store, 'faq', join(fixtures, SINGLE[0][2]), out)},
  {
    title: 'Tiket (fixtures/tickets/*.csv)',
    async run(store, fixtures, out) {
      const dir = join(fixtures, 'tickets')
      const files = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => /\.(csv|jsonl)$/i.test(f))
            .sort()
        : []
      if (files.length === 0) return `dilewati: tidak ada berkas tiket di ${dir}`
      const notes: string[] = []
      for (const f of files) notes.push(`${f}: ${await load(store, 'tickets', join(dir, f), out)}`)
      return notes.join('; ')
    },
  },
  ...SINGLE.slice(1).map(([register, title, file]) => ({
    title,
    run: (store: Store, fixtures: string, out: string) => load(store, register, join(fixtures, file), out),
  })),
)

import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {msg} from '../i18n'
import {setPublishedFiguresFile} from '../metrics/published-setting'
import {importRegisterFile, RegisterName} from '../sources/import-file'
import {Store} from '../store/store'

/** One thing the demo does before running the plan, such as loading a fixture register; returns a note. */
export interface DemoLoad {
  title: string
  run(store: Store, fixtures: string, outDir: string): Promise<string>
}

/** Load one fixture register; a fixture not shipped is skipped with a note rather than failing the demo. */
async function load(store: Store, register: RegisterName, file: string, outDir: string): Promise<string> {
  if (!existsSync(file)) return msg().walkthrough.missingFile({file})
  const s = await importRegisterFile(store, register, file, {rejectsFile: join(outDir, 'rejects', `${register}-import-{id}.csv`)})
  return msg().walkthrough.loaded(s)
}

type Label = keyof ReturnType<typeof msg>['walkthrough']['loads']

function register(name: RegisterName & Label, file: string): DemoLoad {
  return {
    get title() {
      return `${msg().walkthrough.loads[name]} (fixtures/${file})`
    },
    run: (store, fixtures, out) => load(store, name, join(fixtures, file), out),
  }
}

/** What the demo loads before it runs the plan, in this order. */
export const DEMO_LOADS = {
  faq: register('faq', 'faq.xlsx'),
  tickets: {
    get title() {
      return `${msg().walkthrough.loads.tickets} (fixtures/tickets/*.csv)`
    },
    async run(store, fixtures, out) {
      const dir = join(fixtures, 'tickets')
      const files = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => /\.(csv|jsonl)$/i.test(f))
            .sort()
        : []
      if (files.length === 0) return msg().walkthrough.noTicketFiles({dir})
      const notes: string[] = []
      for (const f of files) notes.push(`${f}: ${await load(store, 'tickets', join(dir, f), out)}`)
      return notes.join('; ')
    },
  },
  roster: register('roster', 'roster.csv'),
  survey: register('survey', 'survey.csv'),
  chatbot: register('chatbot', 'chatbot.csv'),
  visits: register('visits', 'visits.csv'),
  vicon: register('vicon', 'vicon.csv'),
  // The metrics workbook is reconciled against the figures DJPK published.
  published_figures: {
    get title() {
      return msg().walkthrough.loads.published
    },
    async run(store, fixtures) {
      const file = join(fixtures, 'published', 'figures.csv')
      if (!existsSync(file)) return msg().walkthrough.noPublished
      await setPublishedFiguresFile(store, file)
      return file
    },
  },
} satisfies Partial<Record<RegisterName | 'published_figures', DemoLoad>>

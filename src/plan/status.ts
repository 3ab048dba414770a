import {Knex} from 'knex'
import {todayJakarta} from '../util/time'
import {STAGES} from './definition'
import {getCutover, getPlan, PlanStep} from './repository'

export interface StageProgress {
  stage: string
  done: number
  total: number
  status: 'done' | 'in_progress' | 'pending' | 'blocked' | 'failed'
}

export interface MigrationStatus {
  cutover: string
  today: string
  progress: {done: number; total: number}
  stages: StageProgress[]
  steps: PlanStep[]
  overdue: {id: string; title: string; owner: string; due_date: string; status: string}[]
  waiting: {id: string; title: string; owner: string; status: string; note: string | null}[]
}

/** Decisions are recorded, not worked on: they never count toward progress or lateness. */
const isWork = (s: PlanStep) => s.kind !== 'decision'
const finished = (s: PlanStep) => s.status === 'done' || s.status === 'skipped'

function stageStatus(steps: PlanStep[]): StageProgress['status'] {
  if (steps.every(finished)) return 'done'
  if (steps.some((s) => s.status === 'failed')) return 'failed'
  if (steps.some((s) => s.status === 'blocked')) return 'blocked'
  if (steps.some((s) => finished(s) || s.status === 'running')) return 'in_progress'
  return 'pending'
}

export async function migrationStatus(knex: Knex): Promise<MigrationStatus> {
  const steps = await getPlan(knex)
  const today = todayJakarta()
  const work = steps.filter(isWork)
  return {
    cutover: (await getCutover(knex))!,
    today,
    progress: {done: work.filter(finished).length, total: work.length},
    stages: STAGES.map((stage) => {
      const inStage = work.filter((s) => s.stage === stage)
      return {stage, done: inStage.filter(finished).length, total: inStage.length, status: stageStatus(inStage)}
    }),
    steps,
    overdue: work
      .filter((s) => !finished(s) && s.due_date !== null && s.due_date < today)
      .map((s) => ({id: s.id, title: s.title, owner: s.owner, due_date: s.due_date!, status: s.status})),
    waiting: work
      .filter((s) => s.status === 'blocked' || s.status === 'failed' || (s.kind === 'gate' && !finished(s)))
      .map((s) => ({id: s.id, title: s.title, owner: s.owner, status: s.status, note: s.note})),
  }
}

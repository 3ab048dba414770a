import {channelDecisions, closeGateId, keepDecisionId} from '../channels/definition'
import {ChangeInput} from '../store/changes'
import type {Stage, StepKind, StepStatus} from './step'

export type {Stage, StepKind, StepStatus} from './step'

/**
 * The staged plan: every row of the February 2025 report's consolidation table
 * ("Rencana Persiapan Konsolidasi") becomes steps here, in the order they run.
 */
export const STAGES = ['prepare', 'kms', 'tickets', 'roles', 'channels', 'handover'] as const satisfies readonly Stage[]

export const STEP_STATUSES = ['pending', 'running', 'done', 'failed', 'blocked', 'skipped'] as const satisfies readonly StepStatus[]

export interface StepDefinition {
  readonly id: string
  readonly stage: Stage
  readonly kind: StepKind
  readonly title: string
  readonly owner: string
  /** Days relative to the cutover date (negative: before it). */
  readonly dueOffset: number
  readonly dependsOn?: readonly string[]
  /** The row of the seed's consolidation table this step carries out. */
  readonly seedRef?: string
  /** For decisions: the status recorded and why. */
  readonly decision?: {readonly status: StepStatus; readonly note: string}
  /**
   * For automatic steps: what the result is computed from. When one of these changes after the step
   * is done, the step is stale. `everything`: every input but what this step and the steps after it
   * produce, and but the sign-offs unless `signed` (the draft people sign is built before them).
   */
  readonly inputs?: readonly ChangeInput[] | 'everything'
  /** With `inputs: 'everything'`: the sign-offs count too (the final workbook shows them). */
  readonly signed?: boolean
}

export const OWNERS = {
  lead: 'Ketua Proyek Konsolidasi',
  cc: 'Tim Contact Center DJPK',
  sme: 'Koordinator SME',
  tech: 'Tim Teknis DJPK',
  prime: 'Kemenkeu Prime',
} as const

const SEED = {
  timing: '1. Waktu konsolidasi/penonaktifan kanal layanan: Juni 2025',
  staff: '2. Pengalihan SDM CC DJPK ke Kemenkeu Prime',
  sme: '3. Penyediaan Subject Matter Expert (SME)',
  kms: '4. Penyusunan Knowledge Management System (KMS)',
  flow: '5. Alur layanan/peran agen',
  channels: '6. Sentralisasi/penutupan kanal layanan lain',
}

const BEFORE_CHANNELS = [
  {
    id: 'prepare.cutover',
    stage: 'prepare',
    kind: 'decision',
    title: 'Waktu konsolidasi dan penonaktifan kanal ditetapkan',
    owner: OWNERS.lead,
    dueOffset: -90,
    seedRef: SEED.timing,
    decision: {status: 'done', note: 'Konsolidasi ke Kemenkeu Prime pada Juni 2025; tanggal cutover tercatat di store.'},
  },
  {
    id: 'prepare.staff_transfer',
    stage: 'prepare',
    kind: 'decision',
    title: 'Pengalihan SDM Contact Center DJPK ke Kemenkeu Prime',
    owner: OWNERS.lead,
    dueOffset: -90,
    seedRef: SEED.staff,
    decision: {status: 'skipped', note: 'Tidak dilakukan: DJPK tidak dapat memenuhi karena mengalami minus growth.'},
  },
  {
    id: 'prepare.mappings',
    stage: 'prepare',
    kind: 'auto',
    title: 'Berkas pemetaan (topik, peran, kanal, wilayah, jam layanan, hari libur) divalidasi',
    owner: OWNERS.tech,
    dueOffset: -75,
  },
  {
    id: 'prepare.sources',
    stage: 'prepare',
    kind: 'gate',
    title: 'Register sumber dimuat: FAQ, tiket, roster, survei, chatbot, tatap muka, video conference',
    owner: OWNERS.cc,
    dueOffset: -70,
    dependsOn: ['prepare.mappings'],
  },
  {
    id: 'kms.contributors',
    stage: 'kms',
    kind: 'auto',
    title: 'Agen kontributor KMS tercatat dari roster',
    owner: OWNERS.cc,
    dueOffset: -60,
    seedRef: SEED.kms,
    dependsOn: ['prepare.sources'],
    inputs: ['roster'],
  },
  {
    id: 'kms.review_workbook',
    stage: 'kms',
    kind: 'auto',
    title: 'Buku kerja reviu SME disusun dari FAQ',
    owner: OWNERS.cc,
    dueOffset: -56,
    seedRef: SEED.kms,
    dependsOn: ['prepare.sources'],
    inputs: ['faq'],
  },
  {
    id: 'kms.sme_review',
    stage: 'kms',
    kind: 'gate',
    title: 'SME mereviu pemetaan FAQ ke kategori KMS',
    owner: OWNERS.sme,
    dueOffset: -42,
    seedRef: SEED.kms,
    dependsOn: ['kms.review_workbook'],
  },
  {
    id: 'kms.export',
    stage: 'kms',
    kind: 'auto',
    title: 'Paket KMS untuk Kemenkeu Prime diekspor',
    owner: OWNERS.cc,
    dueOffset: -35,
    seedRef: SEED.kms,
    dependsOn: ['kms.sme_review'],
    inputs: ['faq', 'kms_decisions'],
  },
  {
    id: 'tickets.export',
    stage: 'tickets',
    kind: 'auto',
    title: 'Arsip tiket historis diekspor per bulan',
    owner: OWNERS.tech,
    dueOffset: -7,
    dependsOn: ['prepare.sources'],
    inputs: ['tickets'],
  },
  {
    id: 'tickets.verify',
    stage: 'tickets',
    kind: 'auto',
    title: 'Arsip tiket diverifikasi terhadap store (rekonsiliasi dan checksum)',
    owner: OWNERS.tech,
    dueOffset: -6,
    dependsOn: ['tickets.export'],
    inputs: ['tickets', 'step:tickets.export'],
  },
  {
    id: 'roles.map',
    stage: 'roles',
    kind: 'auto',
    title: 'Peran dipetakan: agen Kemenkeu Prime L1, agen L1 DJPK menjadi L2, tim L2 menjadi L3',
    owner: OWNERS.lead,
    dueOffset: -30,
    seedRef: SEED.flow,
    dependsOn: ['prepare.sources'],
    inputs: ['roster'],
  },
  {
    id: 'roles.sme',
    stage: 'roles',
    kind: 'gate',
    title: 'Pegawai DJPK ditugaskan sebagai SME untuk setiap topik selama masa transisi',
    owner: OWNERS.sme,
    dueOffset: -28,
    seedRef: SEED.sme,
    dependsOn: ['roles.map'],
  },
] as const satisfies readonly StepDefinition[]

const AFTER_CHANNELS = [
  {
    id: 'handover.published_figures',
    stage: 'handover',
    kind: 'gate',
    title: 'Angka terpublikasi untuk rekonsiliasi metrik ditetapkan, atau keputusan tanpa rekonsiliasi dicatat',
    owner: OWNERS.cc,
    dueOffset: -7,
  },
  {
    id: 'handover.metrics',
    stage: 'handover',
    kind: 'auto',
    title: 'Buku kerja metrik historis disusun (direkonsiliasi bila angka terpublikasi ditetapkan)',
    owner: OWNERS.cc,
    dueOffset: 0,
    dependsOn: ['prepare.sources', 'handover.published_figures'],
    inputs: ['tickets', 'survey', 'chatbot', 'visits', 'vicon', 'published_figures'],
  },
  {
    id: 'handover.draft',
    stage: 'handover',
    kind: 'auto',
    title: 'Draf buku kerja serah terima disusun untuk diperiksa dan disahkan (SHA-256 dicatat)',
    owner: OWNERS.lead,
    dueOffset: 0,
    // Built once everything before it is finished: see planSteps().
    inputs: 'everything',
  },
  {
    id: 'handover.signoff',
    stage: 'handover',
    kind: 'gate',
    title: 'Pengesahan atas draf: ketua proyek, koordinator SME, saksi Kemenkeu Prime',
    owner: OWNERS.lead,
    dueOffset: 0,
    dependsOn: ['handover.draft'],
  },
  {
    id: 'handover.workbook',
    stage: 'handover',
    kind: 'auto',
    title: 'Buku kerja serah terima untuk auditor disusun, dengan pengesahan dan SHA-256 draf yang disahkan',
    owner: OWNERS.lead,
    dueOffset: 0,
    dependsOn: ['handover.signoff'],
    inputs: 'everything',
    signed: true,
  },
] as const satisfies readonly StepDefinition[]

/** Every step id of the plan, so maps keyed by step are checked by the compiler. */
export type StepId =
  | (typeof BEFORE_CHANNELS)[number]['id']
  | (typeof AFTER_CHANNELS)[number]['id']
  | ReturnType<typeof closeGateId>
  | ReturnType<typeof keepDecisionId>

/** Row 6 of the seed, from mappings/channels.yaml: a gate for each channel that closes, a decision for each kept. */
function channelSteps(): StepDefinition[] {
  const channels = channelDecisions()
  return [
    ...channels
      .filter((c) => c.decision === 'close')
      .map((c): StepDefinition => ({
        id: closeGateId(c.code),
        stage: 'channels',
        kind: 'gate',
        title: `Kanal ${c.name} ditutup (daftar periksa lengkap)`,
        owner: OWNERS.cc,
        dueOffset: 0,
        seedRef: SEED.channels,
        dependsOn: ['tickets.verify'],
      })),
    ...channels
      .filter((c) => c.decision === 'keep')
      .map((c): StepDefinition => ({
        id: keepDecisionId(c.code),
        stage: 'channels',
        kind: 'decision',
        title: `Kanal ${c.name} tetap dilayani`,
        owner: OWNERS.lead,
        dueOffset: 0,
        seedRef: SEED.channels,
        decision: {status: 'done', note: 'Kanal tidak ditutup sesuai rencana konsolidasi; layanan berlanjut.'},
      })),
  ]
}

/**
 * The plan's steps in the order they run; the channel steps come from mappings/channels.yaml, read on
 * each call. The handover draft waits on every step before it: it is what people sign.
 */
export function planSteps(): StepDefinition[] {
  const steps: StepDefinition[] = [...BEFORE_CHANNELS, ...channelSteps(), ...AFTER_CHANNELS]
  const draft = steps.findIndex((s) => s.id === 'handover.draft')
  const before = steps.slice(0, draft).filter((s) => s.kind !== 'decision')
  steps[draft] = {...steps[draft], dependsOn: before.map((s) => s.id)}
  return steps
}

/** The step outputs (`step:<id>`) an `everything` step leaves out: its own and those of the steps after it. */
export function laterOutputs(stepId: string): Set<string> {
  const ids = planSteps().map((s) => s.id)
  return new Set(ids.slice(ids.indexOf(stepId)).map((id) => `step:${id}`))
}

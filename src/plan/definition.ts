import {channelDecisions, closeGateId, keepDecisionId} from '../channels/definition'
import type {Bilingual} from '../i18n'
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
  readonly title: Bilingual
  readonly owner: Bilingual
  /** Days relative to the cutover date (negative: before it). */
  readonly dueOffset: number
  readonly dependsOn?: readonly string[]
  /** The row of the seed's consolidation table this step carries out. */
  readonly seedRef?: Bilingual
  /** For decisions: the status recorded and why. */
  readonly decision?: {readonly status: StepStatus; readonly note: Bilingual}
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
  lead: {id: 'Ketua Proyek Konsolidasi', en: 'Consolidation project lead'},
  cc: {id: 'Tim Contact Center DJPK', en: 'DJPK Contact Center team'},
  sme: {id: 'Koordinator SME', en: 'SME coordinator'},
  tech: {id: 'Tim Teknis DJPK', en: 'DJPK technical team'},
  prime: {id: 'Kemenkeu Prime', en: 'Kemenkeu Prime'},
} as const satisfies Record<string, Bilingual>

const SEED = {
  timing: {
    id: '1. Waktu konsolidasi/penonaktifan kanal layanan: Juni 2025',
    en: '1. Timing of the consolidation/shutdown of service channels: June 2025',
  },
  staff: {id: '2. Pengalihan SDM CC DJPK ke Kemenkeu Prime', en: '2. Transfer of DJPK CC staff to Kemenkeu Prime'},
  sme: {id: '3. Penyediaan Subject Matter Expert (SME)', en: '3. Providing Subject Matter Experts (SMEs)'},
  kms: {id: '4. Penyusunan Knowledge Management System (KMS)', en: '4. Building the Knowledge Management System (KMS)'},
  flow: {id: '5. Alur layanan/peran agen', en: '5. Service flow/agent roles'},
  channels: {id: '6. Sentralisasi/penutupan kanal layanan lain', en: '6. Centralising/closing the other service channels'},
} as const satisfies Record<string, Bilingual>

const BEFORE_CHANNELS = [
  {
    id: 'prepare.cutover',
    stage: 'prepare',
    kind: 'decision',
    title: {id: 'Waktu konsolidasi dan penonaktifan kanal ditetapkan', en: 'Timing of the consolidation and of the channel shutdown set'},
    owner: OWNERS.lead,
    dueOffset: -90,
    seedRef: SEED.timing,
    decision: {
      status: 'done',
      note: {
        id: 'Konsolidasi ke Kemenkeu Prime pada Juni 2025; tanggal cutover tercatat di store.',
        en: 'Consolidation into Kemenkeu Prime in June 2025; the cutover date is recorded in the store.',
      },
    },
  },
  {
    id: 'prepare.staff_transfer',
    stage: 'prepare',
    kind: 'decision',
    title: {id: 'Pengalihan SDM Contact Center DJPK ke Kemenkeu Prime', en: 'Transfer of DJPK Contact Center staff to Kemenkeu Prime'},
    owner: OWNERS.lead,
    dueOffset: -90,
    seedRef: SEED.staff,
    decision: {
      status: 'skipped',
      note: {
        id: 'Tidak dilakukan: DJPK tidak dapat memenuhi karena mengalami minus growth.',
        en: 'Not done: DJPK could not provide the staff because of negative growth.',
      },
    },
  },
  {
    id: 'prepare.mappings',
    stage: 'prepare',
    kind: 'auto',
    title: {
      id: 'Berkas pemetaan (topik, peran, kanal, wilayah, jam layanan, hari libur) divalidasi',
      en: 'Mapping files (topics, roles, channels, regions, service hours, holidays) validated',
    },
    owner: OWNERS.tech,
    dueOffset: -75,
  },
  {
    id: 'prepare.sources',
    stage: 'prepare',
    kind: 'gate',
    title: {
      id: 'Register sumber dimuat: FAQ, tiket, roster, survei, chatbot, tatap muka, video conference',
      en: 'Source registers loaded: FAQ, tickets, roster, survey, chatbot, face-to-face visits, video conferences',
    },
    owner: OWNERS.cc,
    dueOffset: -70,
    dependsOn: ['prepare.mappings'],
  },
  {
    id: 'kms.contributors',
    stage: 'kms',
    kind: 'auto',
    title: {id: 'Agen kontributor KMS tercatat dari roster', en: 'KMS contributor agents recorded from the roster'},
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
    title: {id: 'Buku kerja reviu SME disusun dari FAQ', en: 'SME review workbook built from the FAQ'},
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
    title: {id: 'SME mereviu pemetaan FAQ ke kategori KMS', en: 'SMEs review the mapping of the FAQ to KMS categories'},
    owner: OWNERS.sme,
    dueOffset: -42,
    seedRef: SEED.kms,
    dependsOn: ['kms.review_workbook'],
  },
  {
    id: 'kms.export',
    stage: 'kms',
    kind: 'auto',
    title: {id: 'Paket KMS untuk Kemenkeu Prime diekspor', en: 'KMS package for Kemenkeu Prime exported'},
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
    title: {id: 'Arsip tiket historis diekspor per bulan', en: 'Historic ticket archive exported month by month'},
    owner: OWNERS.tech,
    dueOffset: -7,
    dependsOn: ['prepare.sources'],
    inputs: ['tickets'],
  },
  {
    id: 'tickets.verify',
    stage: 'tickets',
    kind: 'auto',
    title: {
      id: 'Arsip tiket diverifikasi terhadap store (rekonsiliasi dan checksum)',
      en: 'Ticket archive verified against the store (reconciliation and checksums)',
    },
    owner: OWNERS.tech,
    dueOffset: -6,
    dependsOn: ['tickets.export'],
    inputs: ['tickets', 'step:tickets.export'],
  },
  {
    id: 'roles.map',
    stage: 'roles',
    kind: 'auto',
    title: {
      id: 'Peran dipetakan: agen Kemenkeu Prime L1, agen L1 DJPK menjadi L2, tim L2 menjadi L3',
      en: 'Roles mapped: Kemenkeu Prime agents L1, DJPK L1 agents become L2, L2 teams become L3',
    },
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
    title: {
      id: 'Pegawai DJPK ditugaskan sebagai SME untuk setiap topik selama masa transisi',
      en: 'DJPK staff assigned as SMEs for every topic during the transition',
    },
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
    title: {
      id: 'Angka terpublikasi untuk rekonsiliasi metrik ditetapkan, atau keputusan tanpa rekonsiliasi dicatat',
      en: 'Published figures for the metrics reconciliation set, or a decision to go without reconciliation recorded',
    },
    owner: OWNERS.cc,
    dueOffset: -7,
  },
  {
    id: 'handover.metrics',
    stage: 'handover',
    kind: 'auto',
    title: {
      id: 'Buku kerja metrik historis disusun (direkonsiliasi bila angka terpublikasi ditetapkan)',
      en: 'Historic metrics workbook built (reconciled when published figures are set)',
    },
    owner: OWNERS.cc,
    dueOffset: 0,
    dependsOn: ['prepare.sources', 'handover.published_figures'],
    inputs: ['tickets', 'survey', 'chatbot', 'visits', 'vicon', 'published_figures'],
  },
  {
    id: 'handover.draft',
    stage: 'handover',
    kind: 'auto',
    title: {
      id: 'Draf buku kerja serah terima disusun untuk diperiksa dan disahkan (SHA-256 dicatat)',
      en: 'Handover workbook draft built to be examined and signed off (SHA-256 recorded)',
    },
    owner: OWNERS.lead,
    dueOffset: 0,
    // Built once everything before it is finished: see planSteps().
    inputs: 'everything',
  },
  {
    id: 'handover.signoff',
    stage: 'handover',
    kind: 'gate',
    title: {
      id: 'Pengesahan atas draf: ketua proyek, koordinator SME, saksi Kemenkeu Prime',
      en: 'Sign-off of the draft: project lead, SME coordinator, Kemenkeu Prime witness',
    },
    owner: OWNERS.lead,
    dueOffset: 0,
    dependsOn: ['handover.draft'],
  },
  {
    id: 'handover.workbook',
    stage: 'handover',
    kind: 'auto',
    title: {
      id: 'Buku kerja serah terima untuk auditor disusun, dengan pengesahan dan SHA-256 draf yang disahkan',
      en: 'Handover workbook for auditors built, with the sign-offs and the SHA-256 of the draft signed off',
    },
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
        title: {id: `Kanal ${c.name.id} ditutup (daftar periksa lengkap)`, en: `${c.name.en} channel closed (checklist complete)`},
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
        title: {id: `Kanal ${c.name.id} tetap dilayani`, en: `${c.name.en} channel stays in service`},
        owner: OWNERS.lead,
        dueOffset: 0,
        seedRef: SEED.channels,
        decision: {
          status: 'done',
          note: {
            id: 'Kanal tidak ditutup sesuai rencana konsolidasi; layanan berlanjut.',
            en: 'The channel is not closed, as the consolidation plan says; the service continues.',
          },
        },
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

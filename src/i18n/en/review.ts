import type {Catalogue} from '../types'

/** The SME review workbook (KMS) and the reading back of review and worklist workbooks. */
export const review: Catalogue['review'] = {
  sheet: 'Review',
  guideSheet: 'Guide',
  columns: {
    id: 'Article ID',
    no: 'No',
    topic: 'Topic',
    sub_topic: 'Sub topic',
    proposed_category: 'Proposed KMS category',
    question: 'Question',
    answer: 'Answer',
    legal_basis: 'Legal basis',
    correction: 'Correction notes',
    status: 'Technical team status',
    flags: 'Flags',
    decision: 'decision',
    category_override: 'category_override',
    reviewer: 'reviewer',
    comment: 'comment',
    content_hash: 'content_hash',
    cells_hash: 'cells_hash',
  },
  decisions: {approve: 'approve', revise: 'revise', exclude: 'exclude'},
  emptyStatus: '(empty)',
  statusReviewed: 'reviewed by the technical team',
  statusPending: 'not yet reviewed by the technical team',
  flags: {
    notReviewed: 'not yet reviewed by the technical team',
    correction: 'has correction notes',
    duplicate: (nos: string[]) => `same question as No ${nos.join(', ')}`,
    unmapped: 'topic without a KMS category',
    truncated: (columns: string[]) =>
      `${columns.join(', ')} cut to 32,767 characters (the Excel cell limit); the full text is in the source FAQ`,
  },
  decisionPrompt:
    'Choose approve (into the KMS), revise (needs correcting) or exclude (left out of the KMS). Type the value, not a formula.',
  categoryPrompt: 'Leave empty to use the proposed category, or choose another from the list on the Guide sheet.',
  guideTitle: 'Guide to reviewing the FAQ for the Kemenkeu Prime Knowledge Management System (KMS)',
  guide: [
    'Each row of the Review sheet is one DJPK FAQ article. Read its question, answer and legal basis.',
    'Fill in decision: approve = the article goes into the KMS; revise = the answer must be corrected first (write what to change in comment); exclude = the article is left out of the KMS.',
    'Fill in category_override only when the proposed KMS category is not right; choose from the list of categories below.',
    'Put your name in reviewer, and any note or reason for the decision in comment.',
    'Type the value: a cell holding a formula is not read and its row is rejected.',
    'The other columns are locked and must not be changed. An article is changed in the source FAQ file, which is then loaded again and a new review workbook made.',
    'Flags marks articles not yet reviewed by the technical team (Status ≠ 0), with correction notes, whose question repeats another article, and whose topic has no KMS category.',
    'When done, save the file and hand it to the Contact Center team, who load it with: prime-migrate kms apply-review FILE.xlsx',
    'Rejected rows (unknown ID, invalid decision, formula, unknown category, article changed since, or a locked column changed) are reported with their reasons; the other rows still apply.',
  ],
  workbookIdLabel: 'Workbook ID',
  generatedAtLabel: 'Made at',
  categoriesTitle: 'KMS categories',
  unmappedTitle: 'Topics without a KMS category (not knowledge; exclude their articles or give a category_override)',
  unmappedArticles: (n: string) => `${n} articles`,
  worklistHashColumn: 'cells_hash',
  /** Ends a cell cut at Excel's limit. */
  truncatedMark: ' …[cut: text longer than an Excel cell holds]',

  noArticles: 'the state store holds no FAQ articles to review',
  noArticlesFix: 'load the FAQ first: prime-migrate import faq FILE.xlsx',
  notFound: (p) => `${p.path} does not exist`,
  notFoundFix: 'give the review workbook made by `prime-migrate kms review --out FILE.xlsx`',
  unreadable: (p) => `${p.path} is not a readable xlsx workbook: ${p.reason}`,
  unreadableFix: 'save the review workbook as .xlsx (Excel Workbook) and try again',
  notReviewWorkbook: (p) => `${p.path} is not an SME review workbook (no workbook id)`,
  notReviewWorkbookFix: 'use the workbook made by `prime-migrate kms review --out FILE.xlsx`, filled in',
  keysMissing: (p) =>
    `${p.path}: column keys ${p.keys.join(', ')} not found (columns inserted, moved or deleted, or the workbook was made by an earlier version of prime-migrate)`,
  keysMissingFix: 'do not insert, move or delete columns; make a new workbook with `prime-migrate kms review --out FILE.xlsx`',
  notThisStore: (p) => `${p.path}: workbook ${p.id} was not made by this state store`,
  notThisStoreFix: 'fill in a review workbook made by `prime-migrate kms review --out FILE.xlsx` on this store (--db)',

  unknownId: (p) => `${p.column} "${p.id}" is unknown: no article in the store has this ID`,
  undecided: 'no decision yet',
  repeatedId: (p) => `${p.column} "${p.id}" appears more than once in this workbook; only its first row is used`,
  decisionEmpty: (p) => `${p.column} is empty while other columns are filled: choose ${p.choices}`,
  invalidDecision: (p) => `${p.column} "${p.value}" is not valid: choose ${p.choices}`,
  choices: (p) => `${p.approve}, ${p.revise} or ${p.exclude}`,
  unknownCategory: (p) => `${p.column} "${p.value}" is not a known KMS category: choose from the list on the ${p.sheet} sheet`,
  formula: (p) => `${p.columns.join(', ')} holds a formula, which is not read: type the value (not a formula) and load it again`,
  stale: (p) =>
    `article No ${p.no} changed after this workbook was made (hash in the workbook ${p.inWorkbook || '(empty)'}, in the store ${p.inStore}); make a new workbook with \`prime-migrate kms review\``,
  tampered: (p) =>
    `row ${p.row}: locked ${p.columns.length ? `column ${p.columns.join(', ')}` : 'cells (hidden columns)'} changed; an article is changed only in the source FAQ (propose changes in comment with the decision revise); make a new workbook with \`prime-migrate kms review\``,
  approveNeedsCategory: (p) =>
    `approve needs a category, and topic "${p.topic}" has no KMS category (mappings/topics.yaml): fill in ${p.column} or choose ${p.exclude}`,
  reviewerEmpty: (p) => `${p.column} is empty: recorded in the name of ${p.actor}`,
  tamperedSummary: (p) => `${p.rows} rows of ${p.file} hold locked cells that were changed (signs of tampering); those rows were rejected`,
  worklistKeysMissing: (p) =>
    `${p.path}: column keys ${p.keys.join(', ')} not found (columns inserted, moved or deleted, or the worklist was made by an earlier version of prime-migrate)`,
  worklistTampered: (p) =>
    `row ${p.row}: locked ${p.columns.join(', ')} changed; make a new worklist with \`prime-migrate mappings unresolved --out FILE.xlsx\``,
}

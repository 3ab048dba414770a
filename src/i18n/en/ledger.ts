import type {Catalogue} from '../types'

/** What `audit verify` and `tickets verify` say when the record and the files disagree (issue #19). */
export const ledger: Catalogue['ledger'] = {
  entryMissing: (p) => `entry ${p.expected} is missing (next entry is ${p.next})`,
  entryRelinked: 'its prev_hash does not match the entry before it (an entry was removed or reordered)',
  entryEdited: 'its content does not match its hash (the entry was edited)',
  tailCut: (p) => `the log ends at entry ${p.entries} but entry ${p.head} was recorded as its head (entries were removed from the end)`,
  firstBadEntry: (p) => `audit entry ${p.id} is the first bad one: ${p.reason}`,
  tableDiffers: (p) =>
    `table ${p.table} differs from the digest audit entry ${p.entry} recorded (${p.rows} rows now, ${p.recordedRows} recorded): rows were changed, added or deleted outside prime-migrate`,
  tableNeverRecorded: (p) => `table ${p.table} holds ${p.rows} rows the audit chain never recorded: rows were added outside prime-migrate`,
  artifactMissing: (p) => `file ${p.path} (${p.kind}, recorded by audit entry ${p.entry}) is missing`,
  artifactChanged: (p) =>
    `file ${p.path} (${p.kind}) changed: sha256 is ${p.sha256}, audit entry ${p.entry} recorded ${p.recorded}${p.bytes === p.recordedBytes ? '' : ` (size ${p.bytes}, recorded ${p.recordedBytes})`}`,
  anchorAhead: (p) =>
    `${p.file} says files were made at audit entry ${p.entry}, but the log ends at entry ${p.entries}: entries were removed from the end of the log`,
  anchorUnknown: (p) =>
    `${p.file} says files were made at audit entry ${p.entry}, but that entry in the log is not the one recorded: the log was rewritten`,
  anchorUnreadable: (p) => `${p.file} cannot be read as a log head marker: the file is damaged or was edited`,
  verifyFailed: (p) => `verification failed:\n  ${p.lines.join('\n  ')}`,
  verified: (p) =>
    `Audit chain intact: ${p.entries} entries, head ${p.head}. ${p.tables} tables and ${p.artifacts} artifacts checked, all match.`,
  archiveFailed: (p) => `the ticket archive in ${p.dir} does not verify:\n  ${p.problems.join('\n  ')}`,
  manifestMissing: (p) => `${p.file} is missing: not a finished ticket archive`,
  manifestInvalid: (p) => `${p.file} is not valid JSON`,
  sumsMissing: (p) => `${p.file} is missing`,
  fileMissing: (p) => `${p.file}: file is missing`,
  fileVsManifest: (p) => `${p.file}: ${p.what} is ${p.actual}, manifest says ${p.manifest}`,
  fileVsStore: (p) =>
    `${p.file}: sha256 is ${p.sha256}, the store recorded ${p.recorded} when it was written (the file changed, even if manifest and SHA256SUMS were rewritten to match)`,
  fileNotRecorded: (p) => `${p.file}: the store never recorded this export writing the file`,
  sumsVsManifest: (p) => `${p.file}: SHA256SUMS says ${p.sums}, manifest says ${p.manifest}`,
  sumsExtra: (p) => `SHA256SUMS lists ${p.file}, which the manifest does not`,
  notInManifest: (p) => `${p.file}: not in the manifest`,
  lineUnreadable: (p) => `${p.file} line ${p.line}: corrupt line, not readable as a ticket record`,
  rowVsStore: (p) => `${p.file} line ${p.line}: ticket ${p.ticket} in the file differs from the one the store holds`,
  rowNotInStore: (p) => `${p.file} line ${p.line}: ticket ${p.ticket} is not in the store`,
  rowMissingFromFile: (p) => `${p.file}: ticket ${p.ticket} is in the store but not in the file`,
  moreRowProblems: (p) => `${p.file}: and ${p.count} more row problems`,
  rowHashStale: (p) =>
    `ticket ${p.ticket}: its content in the store does not match its row_hash (the row was edited outside prime-migrate)`,
  rowsVsManifest: (p) => `${p.file}: ${p.rows} rows, manifest says ${p.manifest}`,
  storeNone: (p) => `${p.key}: the store holds ${p.rows} tickets, the manifest none`,
  sourceDiffers: (p) => `${p.key}: the store holds ${p.rows} tickets, the manifest's source says ${p.manifest}`,
  exportedDiffers: (p) => `${p.key}: the file holds ${p.rows} rows, the manifest's exported says ${p.manifest}`,
  unbalanced: (p) => `${p.key}: store ${p.rows} ≠ file ${p.file} + excluded ${p.excluded}`,
  manifestOnly: (p) => `${p.key}: the manifest counts ${p.rows} tickets, the store holds none`,
  storeChanged: (p) =>
    `the store's tickets changed since the archive was made (signature ${p.now}…, manifest ${p.manifest}…): export again`,
}

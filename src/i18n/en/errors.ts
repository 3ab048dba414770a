import {formatNumber} from '../format'
import type {Catalogue} from '../types'

const n = (x: number) => formatNumber(x, 'en')

export const errors: Catalogue['errors'] = {
  publishedMissing: (p) => `published figures file ${p.file} does not exist`,
  publishedMissingFix: 'give --published a csv with columns period,metric,dimension,value',
  publishedColumnMissing: (p) => `${p.file}: missing column ${p.columns.join(', ')}`,
  publishedColumnMissingFix: 'the header must be period,metric,dimension,value',
  publishedBadPeriod: (p) => `${p.file} row ${n(p.row)}, field period: "${p.value}" is not a month YYYY-MM`,
  publishedBadPeriodFix: 'correct the period',
  publishedNoMetric: (p) => `${p.file} row ${n(p.row)}, field metric: is empty`,
  publishedNoMetricFix: 'name a CONTRACT §6 metric, e.g. tickets.total',
  publishedBadValue: (p) => `${p.file} row ${n(p.row)}, field value: "${p.value}" is not a number`,
  publishedBadValueFix: 'write the figure as digits, with . or , before decimals and no thousands separator',
  publishedCsvSyntax: (p) => `${p.file} row ${n(p.row)}: ${p.detail}`,
  publishedCsvSyntaxFix: 'fix the csv syntax at that row',
  publishedEmpty: (p) => `${p.file} holds no published figure`,
  publishedEmptyFix: 'give a csv with the header period,metric,dimension,value and a row per figure',
  decisionNeedsNote: 'decide no_published_figures needs --note saying why the figures are not reconciled',
  decisionNeedsNoteFix: 'prime-migrate decide no_published_figures --note "laporan bulanan belum terbit untuk periode ini"',
  metricsOutNotXlsx: (p) => `--out ${p.out} is not an .xlsx file`,
  metricsOutNotXlsxFix: 'name the workbook FILE.xlsx',
  publishedNeedsOut: '--published needs --out: the reconciliation is a sheet of the workbook',
  publishedNeedsOutFix: 'add --out FILE.xlsx',
  notAMonth: (p) => `--${p.flag} ${p.value} is not a month`,
  notAMonthFix: (p) => `give --${p.flag} as YYYY-MM, e.g. 2025-02`,
  fromAfterTo: (p) => `--from ${p.from} is after --to ${p.to}`,
  fromAfterToFix: 'swap the two months',
  escalationsOffCalendar: (p) => `escalations in ${p.groups.join(', ')} have dates outside the working-day calendar ${p.first}…${p.last}`,
  escalationsOffCalendarFix: 'widen the calendar with a new migration, or correct the escalation dates in the ticket register',
  cutoverNotDate: (p) => `--cutover ${p.value} is not a date`,
  cutoverNotDateFix: 'give the cutover as YYYY-MM-DD, e.g. --cutover 2025-06-30',
  noPlanStep: (p) => `no plan step "${p.id}"`,
  noPlanStepFix: 'run `prime-migrate plan` to see the step ids',
  unknownSignoffRole: (p) => `unknown sign-off role "${p.role}"`,
  useOneOf: (p) => `use one of: ${p.options.join(', ')}`,
  nameEmpty: '--name is empty',
  nameEmptyFix: 'give the full name of the person signing, e.g. --name "Dian Pratiwi"',
  kmsPackageExists: (p) => `${p.out} already holds a KMS package (${p.files.join(', ')})`,
  kmsPackageExistsFix: 'pass --force to replace it, or choose another folder with --out',
  fillNoEmpty: (p) => `${p.file}, row ${n(p.row)}: column No is empty`,
  fillNoEmptyFix: 'give the FAQ No of the article each decision is for',
  utf16: (p) => `${p.file} is UTF-16 text, not UTF-8`,
  utf16Fix: 'save it as "CSV UTF-8" (Excel) or convert it: iconv -f UTF-16 -t UTF-8 IN > OUT',
  nulByte: (p) => `${p.file} contains a NUL byte at line ${n(p.line)} (byte ${n(p.byte)}); it is binary or UTF-16, not UTF-8 text`,
  nulByteFix: 'export the register again as UTF-8 text (CSV UTF-8, or JSON Lines)',
  notUtf8: (p) =>
    `${p.file} is not UTF-8: line ${n(p.line)} (byte ${n(p.byte)}) holds a byte that is not UTF-8, as Latin-1/Windows-1252 files do`,
  notUtf8Fix: 'save it as "CSV UTF-8" (Excel) or convert it: iconv -f WINDOWS-1252 -t UTF-8 IN > OUT; nothing was loaded',
  truncatedUtf8: (p) => `${p.file} is not UTF-8: it ends inside a multi-byte character`,
  truncatedUtf8Fix: 'save it as UTF-8; nothing was loaded',
  cannotRead: (p) => `${p.file} cannot be read: ${p.reason}`,
  cannotReadFix: 'check that the file exists and that you may read it',
  noText: (p) => `${p.file} holds no text`,
  noTextFix: 'export the register again; a file needs at least a header row',
  duplicateColumn: (p) => `${p.file}: column "${p.column}" names ${p.field} a second time`,
  duplicateColumnFix: 'remove or rename the duplicate column; nothing was loaded',
  missingColumns: (p) =>
    `${p.file} lacks the required column${p.columns.length > 1 ? 's' : ''} ${p.columns.map((c) => c.map((s) => `"${s}"`).join(' or ')).join(', ')}; its header is: ${p.header.join(', ')}`,
  missingColumnsFix: 'add the column (header names are case-insensitive) or rename the header; nothing was loaded',
  loadDataRefused: (p) => `--load-data cannot be used: ${p.reason}`,
  loadDataRefusedFix: 'drop --load-data (rows then go in by INSERT); a MySQL/MariaDB server allows it after SET GLOBAL local_infile = 1',
  regionsInvalid: (p) => `mapping file ${p.file} is invalid:\n  ${p.key}: ${p.problem}`,
  regionsInvalidFix: 'spell the name as idn-area-data does (upper case, e.g. KABUPATEN TOLI TOLI, SULAWESI TENGAH)',
  sinceNotDate: (p) => `--since ${p.since} is not a date YYYY-MM-DD`,
  sinceNotDateFix: 'write the first day to read, e.g. --since 2025-02-01',
  rolesProblems: (p) =>
    `roles cannot be mapped (${n(p.problems.length)} problem${p.problems.length === 1 ? '' : 's'}):\n  ${p.problems.join('\n  ')}`,
  rolesProblemsFix: 'fix each line above, then run `prime-migrate roles map` again',
  rosterEmpty: 'the roster is empty, so there is no one to map',
  rosterEmptyFix: 'load it first: `prime-migrate import roster FILE.csv`',
  mappingUnreadable: (p) => `mapping file ${p.file} cannot be read`,
  mappingUnreadableFix: (p) => `restore mappings/${p.name}.yaml or point PRIME_MIGRATE_MAPPINGS at a folder that has it`,
  mappingNotYaml: (p) => `mapping file ${p.file} is not valid YAML: ${p.detail}`,
  mappingNotYamlFix: 'fix the YAML syntax at the line named',
  mappingInvalid: (p) => `mapping file ${p.file} is invalid:\n${p.problems.join('\n')}`,
  mappingInvalidFix: (p) => `correct the keys named in ${p.name}.yaml`,
  topicNameClash: (p) =>
    `${p.kind} "${p.name}" (topic ${p.topic}) and ${p.otherKind} "${p.otherName}" (topic ${p.other}) are the same once case, spaces and punctuation are ignored (${p.key}); change one so that register text names a single topic`,
  rolesSmeTopic: (p) => `roster ${p.agent} (${p.name}), column sme: ${p.reason}`,
  rolesUnknownLevel: (p) =>
    `roster ${p.agent} (${p.name}): level "${p.level}" has no mapping in roles.yaml levels (known: ${p.known}); correct the level in the roster and re-import it, or add the level to mappings/roles.yaml`,
  rolesUnknownUnit: (p) =>
    `roster ${p.agent} (${p.name}): unit "${p.unit}" is not an L3 team of roles.yaml teams (${p.teams}); set the unit to one of those codes in the roster`,
  rolesTopicTeam: (p) =>
    `topics.yaml ${p.topic}: L3 team "${p.team}" is not in roles.yaml teams (${p.teams}); correct l3_unit or add the team to mappings/roles.yaml`,
  rolesNoAccount: (p) =>
    `roles.yaml teams.${p.team}: the L3 team has no Deskpro account; set deskpro_account for ${p.team} in mappings/roles.yaml`,
  rolesNotSmeLevel: (p) =>
    `roster ${p.agent} (${p.name}): level ${p.level} may not be an SME (roles.yaml sme_roles: ${p.smeRoles}); clear the sme column for this person or change sme_roles`,
  mappingTopLevel: '(top level)',
  mappingMoreProblems: (p) => `  … and ${p.more} more problem${p.more === 1 ? '' : 's'} in this file`,
  mappingRequired: 'is required but missing',
  mappingWrongType: (p) => `must be ${p.expected}, not ${p.received}`,
  mappingTypes: {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    float: 'a fraction',
    boolean: 'true or false',
    null: 'empty (null)',
    array: 'a list',
    object: 'a mapping (key: value)',
    date: 'a date',
  },
  mappingWrongLiteral: (p) => `must be ${p.expected}, not ${p.received}`,
  mappingUnknownKeys: (p) => `unknown key ${p.keys.map((k) => `"${k}"`).join(', ')}: remove it or correct its spelling`,
  mappingNotAnOption: (p) => `"${p.received}" is not one of: ${p.options.join(', ')}`,
  mappingNoFormFits: 'matches none of the allowed forms',
  mappingTooSmall: (p) =>
    p.type === 'string'
      ? p.minimum <= 1
        ? 'must not be empty'
        : `must have at least ${n(p.minimum)} characters`
      : p.type === 'array' || p.type === 'set'
        ? `must list at least ${n(p.minimum)} item(s)`
        : `must be ${p.inclusive ? 'at least' : 'more than'} ${n(p.minimum)}`,
  mappingTooBig: (p) =>
    p.type === 'string'
      ? `must have at most ${n(p.maximum)} characters`
      : p.type === 'array' || p.type === 'set'
        ? `must list at most ${n(p.maximum)} item(s)`
        : `must be ${p.inclusive ? 'at most' : 'less than'} ${n(p.maximum)}`,
  mappingNoPatternMatch: 'does not match the expected pattern',
  mappingBadForm: (p) => `is not a valid ${p.form}`,
  mappingFailedCheck: (p) => `fails the ${p.code} check`,
  mappingDate: 'must be a date YYYY-MM-DD',
  mappingTime: 'must be a time HH:MM',
  mappingSnakeCase: 'must be lower_snake_case (lower-case letters and _ only)',
  mappingBilingual: 'must give both languages: {id: "…", en: "…"}',
  mappingStepMissing: 'this required closing step is missing',
  mappingArchiveStepSkippable: 'a step that needs the verified ticket archive cannot be skipped: add may_skip: false',
  mappingUnknownNeed: (p) => `needs unknown step "${p.need}"`,
  mappingNeedsCycle: 'the step needs itself through its needs (a cycle)',
  mappingYamlAt: (p) => `line ${n(p.line)}, column ${n(p.col)}`,
  mappingYamlCodes: {
    BAD_INDENT: 'wrong indentation, or a [ ] or { } list or mapping is not closed',
    TAB_AS_INDENT: 'a tab is used as indentation; use spaces',
    DUPLICATE_KEY: 'the same key appears twice in one mapping',
    MISSING_CHAR: 'a closing quote or bracket is missing',
    BLOCK_AS_IMPLICIT_KEY: 'a nested mapping cannot be written on the same line as its key',
    MULTILINE_IMPLICIT_KEY: 'a key cannot span more than one line',
    UNEXPECTED_TOKEN: 'something unexpected stands here',
    BAD_SCALAR_START: 'an unquoted value cannot start with this special character; quote it',
    BAD_DQ_ESCAPE: 'an invalid \\ escape inside double quotes',
    MULTIPLE_DOCS: 'the file holds more than one YAML document (---)',
  },
  mappingYamlOther: (p) => `YAML error ${p.code}`,
  mappingYamlUnreadable: 'the content cannot be parsed as YAML',
  handoverOutNotXlsx: (p) => `--out ${p.out} is not an .xlsx file`,
  handoverOutNotXlsxFix: 'give a file name ending in .xlsx, e.g. --out handover.xlsx',
}

/** The texts of one command's `--help` in a language other than the command class's own English. */
export interface CommandHelpTexts {
  description: string
  args?: Record<string, string>
  flags?: Record<string, string>
}

/**
 * The `--help` section of the catalogue. English help reads the command classes and package.json
 * (one English source), so the English side leaves root, topics, commands and globalFlags empty.
 */
export interface HelpSection {
  /** oclif's section headers ("USAGE", "GLOBAL FLAGS", …) by their English text. */
  headers: Record<string, string>
  /** The words oclif puts around a flag's metadata: [default: …], [env: …], (required), <options: …>. */
  labels: {default: string; env: string; required: string; options: string}
  /** The placeholders oclif puts in usage lines: --db <value>, --lang=<option>, prime-migrate [COMMAND]. */
  placeholders: {value: string; option: string; command: string}
  /** The one-line description of prime-migrate above root help. */
  root?: string
  /** Topic descriptions by topic name (`channels`, `import`, …). */
  topics: Record<string, string>
  /** Per command id with ":" (`channels:check`). */
  commands: Record<string, CommandHelpTexts>
  /** The flags every command has (base-command's and oclif's --json). */
  globalFlags: Record<string, string>
}

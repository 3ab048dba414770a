import {LISTR_LOGGER_STDERR_LEVELS, ListrLogger, ListrLogLevels, LoggerFieldOptions} from 'listr2'

/**
 * listr2's logger for plain lines (no terminal, CI), without the English `[FAILED: …]` it appends to a
 * failed task: the command shows that error itself, in the run's language, right after.
 */
class OneLanguageLogger extends ListrLogger<ListrLogLevels> {
  override log(level: ListrLogLevels, message: string | any[], options?: LoggerFieldOptions): void {
    super.log(level, message, level === ListrLogLevels.FAILED ? undefined : options)
  }
}

/** Options for listr2's simple renderer, as the main renderer or the fallback. */
export function plainLineOptions(): {logger: ListrLogger} {
  return {logger: new OneLanguageLogger({useIcons: true, toStderr: LISTR_LOGGER_STDERR_LEVELS})}
}

import {RegisterImportCommand} from '../../src/register-import-command'

export default class ImportRoster extends RegisterImportCommand {
  static description = 'Import the roster of agents: agent_id, name, email, level, unit, kms_contributor, sme'
  static examples = ['<%= config.bin %> import roster fixtures/roster.csv']
  protected readonly register = 'roster'
}

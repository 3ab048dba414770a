import {RegisterImportCommand} from '../../src/register-import-command'

export default class ImportVicon extends RegisterImportCommand {
  static description = 'Import video conferences: vicon_id, date, region, topic'
  static examples = ['<%= config.bin %> import vicon fixtures/vicon.csv']
  protected readonly register = 'vicon'
}

import {BaseCommand} from '../../src/base-command'
import {roleOverview, RoleOverview} from '../../src/roles/show'
import {renderRoles} from '../../src/ui/roles-tables'
import {msg} from '../../src/i18n'

export default class RolesShow extends BaseCommand<typeof RolesShow> {
  static description = 'Show the role mapping before → after, the routing matrix per topic and the SMEs'
  static examples = ['<%= config.bin %> roles show', '<%= config.bin %> roles show --json']

  async run(): Promise<RoleOverview> {
    const store = await this.store()
    const o = await roleOverview(store.knex)
    this.info(o.mapped ? renderRoles(o) : msg().commands.rolesNotMapped)
    return o
  }
}

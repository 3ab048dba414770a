import {BaseCommand} from '../../src/base-command'
import {InputError} from '../../src/errors'
import {mapRoles} from '../../src/roles/map'
import {roleOverview, RoleOverview} from '../../src/roles/show'
import {renderRoles} from '../../src/ui/roles-tables'
import {msg} from '../../src/i18n'

export default class RolesMap extends BaseCommand<typeof RolesMap> {
  static description =
    'Apply mappings/roles.yaml to the roster: Kemenkeu Prime agents L1, DJPK L1 → L2, L2 teams → L3, SMEs per topic, routing'
  static examples = ['<%= config.bin %> roles map', '<%= config.bin %> roles map --actor ketua.proyek --json']
  static mutates = true

  async run(): Promise<RoleOverview & {changed: {people: number; sme: number; routing: number}}> {
    const store = await this.store()
    const result = await mapRoles(store)
    const overview = {...(await roleOverview(store.knex)), changed: result.changed}
    this.info(renderRoles(overview))
    this.info(msg().commands.rolesRecorded({...result.changed, actor: store.actor}))
    if (result.uncovered.length) {
      // The mapping is recorded; what is left is a person's job, so say exactly which topics.
      throw Object.assign(new InputError(msg().commands.smeMissing({topics: result.uncovered}), msg().commands.smeMissingFix), {
        details: {uncovered: result.uncovered, changed: result.changed},
      })
    }
    return overview
  }
}

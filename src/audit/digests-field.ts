/** Where an audit entry's details carry the digests of the state tables it leaves changed (see ledger.ts). */
export const DIGESTS_FIELD = 'state_digests'

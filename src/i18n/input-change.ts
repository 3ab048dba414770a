/** One input that changed since a step used it, as messages describe it (the store's InputChange, by shape). */
export interface InputChange {
  input: string
  was: number
  now: number
}

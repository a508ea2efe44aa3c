import type { BallastApi } from '../../shared/api'

declare global {
  interface Window {
    api: BallastApi
  }
}
export {}

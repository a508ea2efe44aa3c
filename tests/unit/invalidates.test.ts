import { describe, expect, it } from 'vitest'
import { channelNames } from '../../src/shared/channels'
import { invalidates, isReadChannel, readChannels } from '../../src/shared/contract/invalidates'

describe('the invalidation table next to the contract', () => {
  it('lists every channel that is not a read, and only those', () => {
    const changes = channelNames.filter((c) => !isReadChannel(c))
    expect(Object.keys(invalidates).sort()).toEqual([...changes].sort())
    for (const read of readChannels) expect(Object.keys(invalidates)).not.toContain(read)
  })

  it('names only read channels, each of them a channel of the contract', () => {
    for (const read of readChannels) expect(channelNames).toContain(read)
    for (const [change, reads] of Object.entries(invalidates))
      for (const read of reads) expect(isReadChannel(read), `${change} invalidates ${read}`).toBe(true)
  })

  it('has a restore, an undo, an import and the demo squad refresh every read', () => {
    for (const change of ['importConfirm', 'restoreBackup', 'undoRestore', 'undoDelete', 'loadDemoSquad'] as const)
      expect([...new Set(invalidates[change])].sort(), change).toEqual([...readChannels].sort())
  })
})

/**
 * Slots for the requests of one req/resp protocol that this node is serving: at most `maxServing`
 * at once from all peers and `maxServingPerPeer` for one peer (topics.ts ReqRespLimits). A request that
 * finds no slot is refused before it is read, so what the cheapest flood of requests costs is a few
 * bytes written per stream, and the memory of the answers being served stays bounded whatever the
 * number of peers and streams. Lodestar bounds req/resp the same way (per-peer and total quotas).
 *
 * Peer ids are free, so fresh ones reading their answers slowly could hold every slot and starve the
 * peers the operator chose (the bootstrap list: the other validators, sentries) and the active
 * validators' registered peers (validatorPeerSet.ts). Those are `preferred`: they may also use as many slots again, which no other peer can take (CometBFT's
 * unconditional peers bypass its peer limits the same way). At most `2 × maxServing` are in use.
 */
export type SlotRefusal = "total" | "peer";

export class ServingSlots {
  private serving = 0;
  /** Only peers with a request being served (deleted at zero): at most `2 × maxServing` entries. */
  private readonly perPeer = new Map<string, number>();

  constructor(
    private readonly maxServing: number,
    private readonly maxServingPerPeer: number,
  ) {}

  /** Takes a slot for `peer` (then `release` it exactly once), or says which limit is reached. */
  acquire(peer: string, preferred = false): SlotRefusal | undefined {
    if (this.serving >= (preferred ? 2 * this.maxServing : this.maxServing)) return "total";
    const mine = this.perPeer.get(peer) ?? 0;
    if (mine >= this.maxServingPerPeer) return "peer";
    this.serving++;
    this.perPeer.set(peer, mine + 1);
    return undefined;
  }

  release(peer: string): void {
    const mine = this.perPeer.get(peer);
    if (mine === undefined) return;
    this.serving--;
    if (mine <= 1) this.perPeer.delete(peer);
    else this.perPeer.set(peer, mine - 1);
  }

  get inUse(): number {
    return this.serving;
  }
}

/**
 * A real libp2p peer on 127.0.0.1 subscribed to every gossip topic of a chain (accepting all), so
 * that its connections carry gossipsub streams as a node's do.
 */
import type { PrivateKey } from "@libp2p/interface";
import type { Logger } from "pino";
import { P2PNetwork, type P2PNetworkOptions } from "../../node/p2p/network.js";
import { generatePeerKey } from "../../node/p2p/peerIdentity.js";
import { gossipTopics } from "../../node/p2p/topics.js";

export async function startSubscribedPeer(
  chainId: number,
  logger: Logger,
  options: { privateKey?: PrivateKey } & Partial<
    Omit<P2PNetworkOptions, "chainId" | "logger" | "privateKey">
  > = {},
): Promise<P2PNetwork> {
  const { privateKey, ...rest } = options;
  const net = new P2PNetwork({
    chainId,
    listenPort: 0,
    bootstrap: [],
    privateKey: privateKey ?? (await generatePeerKey()),
    logger,
    ...rest,
  });
  for (const topic of Object.values(gossipTopics(chainId))) {
    net.subscribe(
      topic,
      async () => "accept" as const,
      () => {},
    );
  }
  await net.start();
  return net;
}

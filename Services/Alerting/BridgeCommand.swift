import ArgumentParser
import AsyncHTTPClient
import Configuration
import Foundation
import Logging
import NIOCore
import ServiceLifecycle
import VigieEvents
import VigieKafka
import VigieRuntime

/// `vigie-alerting bridge --webhook URL`: forwards `vigie.alerts.v1` to a Slack-compatible webhook.
struct Bridge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Forward alert events from vigie.alerts.v1 to a webhook (Slack-compatible JSON), with retries and backoff.",
        discussion: "Records whose signature does not verify (when VIGIE_ALERTS_SIGNING_KEY is set) are skipped and logged.")

    @Option(help: "Webhook URL (VIGIE_BRIDGE_WEBHOOK_URL).") var webhook: String?
    @Option(help: "Consumer group.") var group = "vigie-alerts-bridge"
    @Option(help: "Deliveries tried per alert before giving up.") var maxAttempts = 8

    func run() async throws {
        let config = try await VigieConfiguration.makeReader()
        VigieLogging.bootstrap(config: config)
        let logger = VigieLogging.logger("alerts-bridge", config: config)
        guard let url = webhook ?? config.string(forKey: "bridge.webhookURL") else {
            throw ValidationError("a webhook URL is needed: --webhook or VIGIE_BRIDGE_WEBHOOK_URL")
        }
        let signingKey = config.string(forKey: "alerts.signingKey", isSecret: true).map { Array($0.utf8) }
        var consumerConfiguration = try KafkaConsumerConfiguration(config: config.scoped(to: "kafka"), defaultGroupID: group)
        consumerConfiguration.groupID = group
        let consumer = try KafkaConsumer(configuration: consumerConfiguration, logger: logger)
        try consumer.subscribe(topics: [Topics.alerts.name])
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        var bridge = WebhookBridge(url: url, http: http, logger: logger)
        bridge.maxAttempts = maxAttempts
        let service = BridgeService(consumer: consumer, bridge: bridge, signingKey: signingKey, logger: logger)
        do {
            try await VigieServiceGroup.make(services: [consumer, service], logger: logger).run()
        } catch {
            try? await http.shutdown()
            throw error
        }
        try? await http.shutdown()
    }
}

struct BridgeService: Service {
    let consumer: KafkaConsumer
    let bridge: WebhookBridge
    let signingKey: [UInt8]?
    let logger: Logger

    func run() async throws {
        consumer.startPolling()
        for try await message in consumer.messages.cancelOnGracefulShutdown() {
            let value = Array(message.value?.readableBytesView ?? [])
            if let signingKey {
                let signature = message.header(EventHeaders.signature) ?? ""
                guard signature.hasPrefix("sha256="), HMACSHA256.verify(signatureHex: String(signature.dropFirst(7)), key: signingKey, message: value) else {
                    logger.info("skipping an alert record whose signature does not verify", metadata: [KafkaLoggingKeys.offset: "\(message.offset)"])
                    try? consumer.storeOffset(message)
                    continue
                }
            }
            guard let event = try? EventCodec.decode(CloudEvent<Alert>.self, from: Data(value)) else {
                logger.info("skipping a record that is not an alert event", metadata: [KafkaLoggingKeys.offset: "\(message.offset)"])
                try? consumer.storeOffset(message)
                continue
            }
            let outcome = try await bridge.deliver(event.data)
            logger.info("alert forwarded", metadata: ["vigie.alert": "\(event.id)", "vigie.outcome": "\(outcome)"])
            try? consumer.storeOffset(message)
        }
    }
}

import ArgumentKit
import FoundationEssentials
import JetStream

/// Applies requested consumer configurations idempotently, as the `nats` CLI's create-or-update:
/// a missing consumer is created, an equal one is left alone ("unchanged"), a difference in
/// fields the server can edit is applied and shown, and a difference in a field it cannot edit
/// is refused with the field named.
struct ConsumerProvisioner {
    let manager: JetStreamManager
    let terminal: Terminal
    let dryRun: Bool
    let json: Bool

    /// Applies one configuration to a consumer of `stream`.
    /// - Parameter relativeStart: the start time came from `--deliver <duration>`, so a live
    ///   consumer's own start time counts as equal.
    ///   A configuration without a name creates an ephemeral consumer with a generated name.
    /// - Throws: a ``CommandFailure`` when a field the server cannot edit differs, or the
    ///   server refuses.
    func apply(stream: String, _ config: ConsumerConfig, relativeStart: Bool = false) async throws
        -> StreamProvisioner.Outcome
    {
        guard let name = config.name ?? config.durableName else {
            if dryRun {
                terminal.line("An ephemeral consumer of \(stream) would be created")
                return .drifted
            }
            let info = try await jetStreamCall("create a consumer of \(stream)") {
                try await manager.createConsumer(stream: stream, config: config, action: .create)
            }
            report("Consumer \(stream) > \(info.name) was created", info)
            return .created
        }
        let label = "\(stream) > \(name)"
        let live: ConsumerInfo? = try await jetStreamCall("look up consumer \(label)") {
            do {
                return try await manager.consumerInfo(stream: stream, name: name)
            } catch let error as APIError where error.is(.consumerNotFound) {
                return nil
            }
        }
        guard let live else {
            if dryRun {
                terminal.line("Consumer \(label) would be created")
                return .drifted
            }
            let info = try await jetStreamCall("create consumer \(label)") {
                try await manager.createConsumer(stream: stream, config: config, action: .create)
            }
            report("Consumer \(label) was created", info)
            return .created
        }
        var requested = config
        if relativeStart, requested.deliverPolicy == .byStartTime,
            live.config.deliverPolicy == .byStartTime
        {
            requested.startTime = live.config.startTime
        }
        let comparison = requested.compare(with: live)
        if comparison.isUnchanged {
            if dryRun {
                terminal.line("Consumer \(label) is unchanged")
            } else {
                report("Consumer \(label) unchanged", live)
            }
            return .unchanged
        }
        let differences = StreamProvisioner.describe(comparison)
        if dryRun {
            terminal.line("Consumer \(label) would be changed:\n\(differences)")
            return .drifted
        }
        if let refused = comparison.nonEditable.first {
            throw CommandFailure(
                "consumer \(label) exists with a different configuration, and the server cannot "
                    + "change \(StreamProvisioner.change(refused)):\n\(differences)"
                    + "remove the consumer first (natsctl consumer rm \(stream) \(name) -f), or "
                    + "keep its value")
        }
        let info = try await jetStreamCall("update consumer \(label)") {
            try await manager.createConsumer(stream: stream, config: requested, action: .update)
        }
        if json {
            terminal.out(try JSONOutput.render(info))
        } else {
            terminal.line("Consumer \(label) was updated:\n\(differences)")
            terminal.out(ConsumerInfoView.render(info))
        }
        return .updated
    }

    private func report(_ line: String, _ info: ConsumerInfo) {
        if json {
            terminal.out((try? JSONOutput.render(info)) ?? "")
        } else {
            terminal.line(line)
            terminal.line()
            terminal.out(ConsumerInfoView.render(info))
        }
    }
}

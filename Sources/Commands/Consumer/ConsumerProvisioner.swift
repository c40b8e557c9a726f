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
        -> ProvisioningOutcome
    {
        let name = config.name ?? config.durableName
        var live: ConsumerInfo?
        if let name { live = try await lookUp(stream: stream, name: name) }
        guard let live, let name else {
            let label = "\(stream) > \(name ?? "(a generated name)")"
            if dryRun {
                terminal.line("Consumer \(label) would be created")
                return .wouldCreate
            }
            let info = try await jetStreamCall("create consumer \(label)") {
                try await manager.createConsumer(stream: stream, config: config, action: .create)
            }
            report("Consumer \(stream) > \(info.name) was created", info)
            return .created
        }
        let label = "\(stream) > \(name)"
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
        let differences = ConfigChanges.describe(comparison)
        if dryRun {
            terminal.line("Consumer \(label) would be changed:\n\(differences)")
            return .wouldChange
        }
        if let refused = comparison.nonEditable.first {
            throw CommandFailure(
                "consumer \(label) exists with a different configuration, and the server cannot "
                    + "change \(ConfigChanges.change(refused)):\n\(differences)"
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

    /// The live consumer, or `nil` when it does not exist.
    private func lookUp(stream: String, name: String) async throws -> ConsumerInfo? {
        try await jetStreamCall("look up consumer \(stream) > \(name)") {
            do {
                return try await manager.consumerInfo(stream: stream, name: name)
            } catch let error as APIError where error.is(.consumerNotFound) {
                return nil
            }
        }
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

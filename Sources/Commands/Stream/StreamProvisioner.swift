import ArgumentKit
import JetStream

/// Applies requested stream configurations idempotently: a missing stream is created, an equal
/// one is left alone ("unchanged"), a different one is reported field by field and changed only
/// with `--update` (and only in fields the server allows editing).
struct StreamProvisioner {
    let manager: JetStreamManager
    let terminal: Terminal
    let dryRun: Bool
    let update: Bool
    let json: Bool

    /// Applies one configuration.
    /// - Throws: a ``CommandFailure`` when the stream differs and cannot or may not be changed,
    ///   or the server refuses.
    func apply(_ config: StreamConfig) async throws -> ProvisioningOutcome {
        let name = config.name
        let live: StreamInfo? = try await jetStreamCall("look up stream \(name)") {
            do {
                return try await manager.streamInfo(name)
            } catch let error as APIError where error.is(.streamNotFound) {
                return nil
            }
        }
        guard let live else {
            if dryRun {
                terminal.line("Stream \(name) would be created")
                return .wouldCreate
            }
            let info = try await jetStreamCall("create stream \(name)") {
                try await manager.createStream(config)
            }
            report("Stream \(name) was created", info)
            return .created
        }
        let comparison = config.compare(with: live)
        if comparison.isUnchanged {
            if dryRun {
                terminal.line("Stream \(name) is unchanged")
            } else {
                report("Stream \(name) unchanged", live)
            }
            return .unchanged
        }
        let differences = ConfigChanges.describe(comparison)
        if dryRun {
            terminal.line("Stream \(name) would be changed:\n\(differences)")
            return .wouldChange
        }
        guard update else {
            throw CommandFailure(
                "stream \(name) exists with a different configuration:\n\(differences)"
                    + "run again with --update to apply the requested configuration")
        }
        if let refused = comparison.nonEditable.first {
            throw CommandFailure(
                "could not update stream \(name): the server cannot change "
                    + ConfigChanges.change(refused))
        }
        let info = try await jetStreamCall("update stream \(name)") {
            try await manager.updateStream(config)
        }
        terminal.line("Stream \(name) was updated:\n\(differences)")
        if json { terminal.out(try JSONOutput.render(info)) }
        return .updated
    }

    private func report(_ line: String, _ info: StreamInfo) {
        if json {
            terminal.out((try? JSONOutput.render(info)) ?? "")
        } else {
            terminal.line(line)
            terminal.line()
            terminal.out(StreamInfoView.render(info))
        }
    }
}

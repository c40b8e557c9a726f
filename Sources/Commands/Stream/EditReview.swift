import ArgumentKit
import JetStream

/// The steps `stream edit` and `consumer edit` share once the requested configuration is
/// compared with the live one: nothing to do, a dry run, a refused field, or a confirmation.
enum EditReview {
    /// Reviews a change of `subject` (e.g. `stream ORDERS`, `consumer ORDERS > shipping`).
    /// - Returns: the differences as text when the change should be applied; `nil` when there
    ///   is no difference (which has been said).
    /// - Throws: ``ExitStatus`` 3 for a dry run with differences; a ``CommandFailure`` for a
    ///   field the server cannot change or a declined confirmation; a ``UsageError`` when
    ///   confirmation is needed without a terminal.
    static func review(_ comparison: ConfigComparison, of subject: String, context: CommandContext)
        throws -> String?
    {
        let terminal = context.terminal
        if comparison.isUnchanged {
            terminal.line("No difference in configuration of \(subject)")
            return nil
        }
        let differences = ConfigChanges.describe(comparison)
        if context.invocation.isOn("dry-run") {
            terminal.line("\(subject.capitalizedWord) would be changed:\n\(differences)")
            throw ExitStatus(3)
        }
        if let refused = comparison.nonEditable.first {
            throw CommandFailure(
                "could not update \(subject): the server cannot change "
                    + ConfigChanges.change(refused))
        }
        if !context.invocation.isOn("force") {
            guard context.canPrompt else {
                throw UsageError(
                    "changing \(subject) needs confirmation: pass -f (no terminal to ask on)")
            }
            terminal.out("Differences:\n\(differences)")
            guard terminal.confirm("Really edit \(subject)?") else {
                throw CommandFailure("\(subject) was not changed")
            }
        }
        return differences
    }
}

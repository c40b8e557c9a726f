import FoundationEssentials
import JetStream

/// The human view of a stream, in the `nats` CLI's sections: configuration, options, limits,
/// cluster, and state.
enum StreamInfoView {
    static func render(_ info: StreamInfo) -> String {
        let config = info.config
        var view = Sections()
        let created = info.created.map { " created " + time($0) } ?? ""
        view.section("Information for Stream \(config.name)\(created)")
        view.optionalField("Description", config.description)
        view.optionalField("Subjects", config.subjects?.joined(separator: ", "))
        view.field("Replicas", String(config.replicas ?? 1))
        if config.sealed == true { view.field("Sealed", "true") }
        view.field("Storage", (config.storage ?? .file).rawValue.capitalizedWord)
        if let compression = config.compression, compression != .none {
            view.field("Compression", compression.rawValue.uppercased())
        }
        if let first = config.firstSequence, first > 1 {
            view.field("First Sequence", Humanize.count(first))
        }
        if let placement = config.placement {
            view.optionalField("Placement Cluster", placement.cluster)
            view.optionalField("Placement Tags", placement.tags?.joined(separator: ", "))
        }

        view.section("Options:")
        view.field("Retention", (config.retention ?? .limits).rawValue.capitalizedWord)
        view.field("Acknowledgments", yesNo(!(config.noAck ?? false)))
        let discard = (config.discard ?? .old).rawValue.capitalizedWord
        view.field(
            "Discard Policy", config.discardNewPerSubject == true ? "New Per Subject" : discard)
        view.field("Duplicate Window", Humanize.duration(config.duplicateWindow ?? .seconds(120)))
        view.field("Direct Get", yesNo(config.allowDirect ?? false))
        view.field("Allows Msg Delete", yesNo(!(config.denyDelete ?? false)))
        view.field("Allows Purge", yesNo(!(config.denyPurge ?? false)))
        view.field("Allows Rollups", yesNo(config.allowRollup ?? false))

        view.section("Limits:")
        view.field("Maximum Messages", limit(config.maxMessages))
        view.field("Maximum Per Subject", limit(config.maxMessagesPerSubject))
        view.field(
            "Maximum Bytes",
            config.maxBytes.map { $0 <= 0 ? "unlimited" : Humanize.bytes($0) } ?? "unlimited")
        view.field(
            "Maximum Age",
            config.maxAge.map { $0 <= .zero ? "unlimited" : Humanize.duration($0) } ?? "unlimited")
        view.field(
            "Maximum Message Size",
            config.maxMessageSize.map { $0 <= 0 ? "unlimited" : Humanize.bytes($0) } ?? "unlimited")
        view.field("Maximum Consumers", limit(config.maxConsumers.map(Int64.init)))
        view.metadata(config.metadata)

        view.cluster(info.cluster)
        view.replication(info)

        let state = info.state
        view.section("State:")
        view.field("Messages", Humanize.count(state.messages))
        view.field("Bytes", Humanize.bytes(state.bytes))
        view.field("First Sequence", sequence(state.firstSequence, state.firstTime))
        view.field("Last Sequence", sequence(state.lastSequence, state.lastTime))
        if let deleted = state.deletedCount, deleted > 0 {
            view.field("Deleted Messages", Humanize.count(deleted))
        }
        view.field("Active Consumers", Humanize.count(state.consumerCount))
        if let subjects = state.subjectCount {
            view.field("Number of Subjects", Humanize.count(subjects))
        }
        return view.render()
    }

    static func time(_ date: Date) -> String {
        Humanize.localTime(secondsSince1970: Int64(date.timeIntervalSince1970))
    }

    private static func sequence(_ value: UInt64, _ date: Date?) -> String {
        guard let date, value > 0 else { return Humanize.count(value) }
        return "\(Humanize.count(value)) @ \(time(date))"
    }

    private static func limit(_ value: Int64?) -> String {
        guard let value, value > 0 else { return "unlimited" }
        return Humanize.count(value)
    }

    private static func yesNo(_ value: Bool) -> String { value ? "true" : "false" }
}

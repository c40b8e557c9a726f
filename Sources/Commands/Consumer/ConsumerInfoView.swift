import FoundationEssentials
import JetStream

/// The human view of a consumer, in the `nats` CLI's sections: configuration, metadata,
/// cluster, and state.
enum ConsumerInfoView {
    static func render(_ info: ConsumerInfo) -> String {
        let config = info.config
        var view = Sections()
        let created = info.created.map { " created " + StreamInfoView.time($0) } ?? ""
        view.title("Information for Consumer \(info.streamName) > \(info.name)\(created)")

        view.section("Configuration:")
        view.field("Name", info.name)
        if let durable = config.durableName, durable != info.name {
            view.field("Durable Name", durable)
        }
        view.optionalField("Description", config.description)
        if config.isPull {
            view.field("Pull Mode", "true")
        } else {
            view.field("Delivery Subject", config.deliverSubject ?? "")
        }
        let filters = config.filters
        if filters.count == 1 {
            view.field("Filter Subject", filters[0])
        } else if !filters.isEmpty {
            view.field("Filter Subjects", filters.joined(separator: ", "))
        }
        view.field("Deliver Policy", deliverPolicy(config))
        view.optionalField("Deliver Queue Group", config.deliverGroup)
        let ackPolicy = config.ackPolicy ?? AckPolicy.none
        view.field("Ack Policy", ackPolicy.rawValue.capitalizedWord)
        if ackPolicy != .none {
            view.field("Ack Wait", Humanize.duration(config.ackWait ?? .seconds(30)))
        }
        view.field("Replay Policy", (config.replayPolicy ?? .instant).rawValue.capitalizedWord)
        if let maxDeliver = config.maxDeliver, maxDeliver > 0 {
            view.field("Maximum Deliveries", Humanize.count(maxDeliver))
        }
        view.optionalField("Sampling Rate", config.sampleFrequency)
        if let rate = config.rateLimit, rate > 0 {
            view.field("Rate Limit", Humanize.bytes(rate / 8) + " / second")
        }
        if let pending = config.maxAckPending, pending > 0 {
            view.field("Max Ack Pending", Humanize.count(pending))
        }
        if config.isPull, let waiting = config.maxWaiting, waiting > 0 {
            view.field("Max Waiting Pulls", Humanize.count(waiting))
        }
        if let heartbeat = config.idleHeartbeat, heartbeat > .zero {
            view.field("Idle Heartbeat", Humanize.duration(heartbeat))
        }
        if config.flowControl == true { view.field("Flow Control", "true") }
        if config.headersOnly == true { view.field("Headers Only", "true") }
        if let threshold = config.inactiveThreshold, threshold > .zero {
            view.field("Inactive Threshold", Humanize.duration(threshold))
        }
        if let expires = config.maxExpires, expires > .zero {
            view.field("Max Pull Expire", Humanize.duration(expires))
        }
        if let batch = config.maxBatch, batch > 0 {
            view.field("Max Pull Batch", Humanize.count(batch))
        }
        if let bytes = config.maxBytes, bytes > 0 {
            view.field("Max Pull MaxBytes", Humanize.bytes(bytes))
        }
        if let backoff = config.backoff, !backoff.isEmpty {
            view.field("Backoff", backoffText(backoff))
        }
        if let replicas = config.replicas, replicas > 0 {
            view.field("Replicas", String(replicas))
        }
        if config.memoryStorage == true { view.field("Memory Storage", "yes") }
        if let pause = config.pauseUntil {
            view.field("Paused Until Deadline", StreamInfoView.time(pause))
        }

        view.metadata(config.metadata)

        view.cluster(info.cluster)

        view.section("State:")
        let delivered = info.delivered
        var last =
            "Consumer sequence: \(Humanize.count(delivered.consumerSequence)) "
            + "Stream sequence: \(Humanize.count(delivered.streamSequence))"
        if let active = delivered.lastActive {
            last += " Last delivery: \(Humanize.ago(active)) ago"
        }
        view.field("Last Delivered Message", last)
        let floor = info.ackFloor
        var floorText =
            "Consumer sequence: \(Humanize.count(floor.consumerSequence)) "
            + "Stream sequence: \(Humanize.count(floor.streamSequence))"
        if let active = floor.lastActive { floorText += " Last Ack: \(Humanize.ago(active)) ago" }
        view.field("Acknowledgment Floor", floorText)
        let maximum =
            config.maxAckPending.map { $0 > 0 ? " out of maximum \(Humanize.count($0))" : "" } ?? ""
        view.field("Outstanding Acks", "\(Humanize.count(info.ackPending))\(maximum)")
        view.field("Redelivered Messages", Humanize.count(info.redelivered))
        view.field("Unprocessed Messages", Humanize.count(info.pending))
        if config.isPull {
            let maximum =
                config.maxWaiting.map { $0 > 0 ? Humanize.count($0) : "unlimited" } ?? "unlimited"
            view.field("Waiting Pulls", "\(Humanize.count(info.waiting)) of maximum \(maximum)")
        } else {
            view.field("Active Interest", info.pushBound ? "Active" : "No interest")
        }
        if info.paused, let remaining = info.pauseRemaining {
            view.field("Paused", "for \(Humanize.duration(remaining))")
        }
        return view.render()
    }

    /// `All`, `Last`, `New`, `Last Per Subject`, `Since <time>`, `From Sequence <n>`.
    static func deliverPolicy(_ config: ConsumerConfig) -> String {
        switch config.deliverPolicy ?? .all {
        case .all: return "All"
        case .last: return "Last"
        case .new: return "New"
        case .lastPerSubject: return "Last Per Subject"
        case .byStartTime:
            return "Since " + (config.startTime.map(StreamInfoView.time) ?? "(unknown)")
        case .byStartSequence:
            return "From Sequence " + (config.startSequence.map { String($0) } ?? "(unknown)")
        case let other: return other.rawValue
        }
    }

    /// The delays, the middle of a long list left out.
    private static func backoffText(_ delays: [Duration]) -> String {
        let texts = delays.map(Humanize.duration)
        guard texts.count > 6 else { return texts.joined(separator: ", ") }
        return (texts.prefix(3) + ["..."] + texts.suffix(3)).joined(separator: ", ")
    }
}

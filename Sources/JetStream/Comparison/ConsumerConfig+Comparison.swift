extension ConsumerConfig {
    /// The fields the server never lets an update change: `name`, `durable_name`,
    /// `deliver_policy`, `opt_start_seq`, `opt_start_time`, `ack_policy`, `replay_policy`,
    /// `idle_heartbeat`, `flow_control`, `max_waiting`, `mem_storage`, `direct`, `sourcing`.
    /// `deliver_subject` may change, but not between push and pull (``ConfigDifference/isEditable``
    /// tells for a given change).
    public static let nonEditableFields: Set<String> = [
        "name", "durable_name", "deliver_policy", "opt_start_seq", "opt_start_time",
        "ack_policy", "replay_policy", "idle_heartbeat", "flow_control", "max_waiting",
        "mem_storage", "direct", "sourcing",
    ]

    /// Compares this requested configuration with a live consumer's, field by field.
    ///
    /// Fields left unset are compared with the server's default where the client can know
    /// it (`deliver_policy` all, `ack_policy` none, `ack_wait` 30 s with acks, `max_waiting`
    /// 512 for pull, …) and skipped where it depends on limits the client cannot see
    /// (`max_ack_pending`, `inactive_threshold`, `max_batch`). One filter in `filter_subjects`
    /// equals the same `filter_subject`; `_nats.*` metadata is ignored.
    public func compare(with live: ConsumerInfo) -> ConfigComparison {
        compare(withLiveConfig: live.json["config"] ?? .object([:]))
    }

    /// Compares with a live configuration given as the server's JSON (`config` of a consumer
    /// info).
    public func compare(withLiveConfig live: JSONValue) -> ConfigComparison {
        let requested = (try? JSONValue(encoding: self))?.objectValue ?? [:]
        return ConfigComparer.compare(
            requested: ConsumerRules.normalizeFilters(requested),
            live: ConsumerRules.normalizeFilters(live.objectValue ?? [:]),
            rules: ConsumerRules.all)
    }
}

enum ConsumerRules {
    /// A single entry of `filter_subjects` is the same as `filter_subject`.
    static func normalizeFilters(_ config: [String: JSONValue]) -> [String: JSONValue] {
        var config = config
        if let filters = config["filter_subjects"]?.arrayValue, filters.count == 1,
            (config["filter_subject"]?.stringValue ?? "").isEmpty
        {
            config["filter_subject"] = filters[0]
            config["filter_subjects"] = nil
        }
        return config
    }

    private static func isPull(_ request: [String: JSONValue]) -> Bool {
        (request["deliver_subject"]?.stringValue ?? "").isEmpty
    }

    static let all: [FieldRule] = [
        FieldRule(name: "durable_name", comparesWhenUnset: false, editable: Normalize.fixed),
        FieldRule(name: "name", comparesWhenUnset: false, editable: Normalize.fixed),
        FieldRule(name: "description"),
        FieldRule(
            name: "deliver_policy", normalize: Normalize.defaulting(to: "all"),
            editable: Normalize.fixed),
        FieldRule(name: "opt_start_seq", editable: Normalize.fixed),
        FieldRule(name: "opt_start_time", editable: Normalize.fixed),
        FieldRule(
            name: "ack_policy", normalize: Normalize.defaulting(to: "none"),
            editable: Normalize.fixed),
        FieldRule(
            name: "ack_wait", kind: .duration,
            defaultValue: { request in
                if let first = request["backoff"]?.arrayValue?.first { return first }
                let policy = request["ack_policy"]?.stringValue
                return policy == "explicit" || policy == "all" ? .integer(30_000_000_000) : nil
            }),
        FieldRule(name: "max_deliver", normalize: Normalize.limit),
        FieldRule(name: "backoff", kind: .durations),
        FieldRule(name: "filter_subject"),
        FieldRule(name: "filter_subjects", normalize: Normalize.sortedStrings),
        FieldRule(
            name: "replay_policy", normalize: Normalize.defaulting(to: "instant"),
            editable: Normalize.fixed),
        FieldRule(name: "rate_limit_bps"),
        FieldRule(name: "sample_freq"),
        FieldRule(
            name: "max_waiting",
            defaultValue: { request in isPull(request) ? .integer(512) : nil },
            editable: Normalize.fixed),
        FieldRule(name: "max_ack_pending", comparesWhenUnset: false),
        FieldRule(name: "flow_control", editable: Normalize.fixed),
        FieldRule(name: "headers_only"),
        FieldRule(name: "max_batch", comparesWhenUnset: false),
        FieldRule(name: "max_expires", kind: .duration),
        FieldRule(name: "max_bytes"),
        FieldRule(
            name: "deliver_subject",
            editable: { live, expected in (live == nil) == (expected == nil) }),
        FieldRule(name: "deliver_group"),
        FieldRule(name: "idle_heartbeat", kind: .duration, editable: Normalize.fixed),
        FieldRule(name: "inactive_threshold", kind: .duration, comparesWhenUnset: false),
        FieldRule(name: "num_replicas", comparesWhenUnset: false),
        FieldRule(name: "mem_storage", editable: Normalize.fixed),
        FieldRule(name: "metadata", normalize: Normalize.userMetadata),
        FieldRule(name: "pause_until", comparesWhenUnset: false),
        FieldRule(name: "priority_groups"),
        FieldRule(name: "priority_policy", normalize: Normalize.defaulting(to: "none")),
        FieldRule(
            name: "priority_timeout", kind: .duration,
            defaultValue: { request in
                request["priority_policy"] == "pinned_client" ? .integer(120_000_000_000) : nil
            }),
        FieldRule(name: "direct", editable: Normalize.fixed),
        FieldRule(name: "sourcing", editable: Normalize.fixed),
    ]
}

extension StreamConfig {
    /// The fields the server never lets an update change: `name`, `storage`, `mirror`
    /// (it may only be removed), `allow_msg_counter`, `persist_mode`. Also refused: `retention`
    /// to or from `workqueue`, and switching off `sealed`, `deny_delete`, `deny_purge`,
    /// `allow_msg_ttl` or `allow_msg_schedules` once on (``ConfigDifference/isEditable`` tells
    /// for a given change).
    public static let nonEditableFields: Set<String> = [
        "name", "storage", "mirror", "allow_msg_counter", "persist_mode",
    ]

    /// Compares this requested configuration with a live stream's, field by field.
    ///
    /// Fields this configuration leaves unset are compared with the server's default (a live
    /// stream whose `duplicate_window` is the default 2 min matches a request without one; a
    /// live `max_msgs` of 100 does not). Equivalent spellings match (`0` and `-1` limits,
    /// `""` and `"none"` compression, subjects in any order), and the server's own metadata
    /// keys (`_nats.*`) are ignored.
    public func compare(with live: StreamInfo) -> ConfigComparison {
        compare(withLiveConfig: live.json["config"] ?? .object([:]))
    }

    /// Compares with a live configuration given as the server's JSON (`config` of a stream
    /// info).
    public func compare(withLiveConfig live: JSONValue) -> ConfigComparison {
        let requested = (try? JSONValue(encoding: self))?.objectValue ?? [:]
        return ConfigComparer.compare(
            requested: requested, live: live.objectValue ?? [:], rules: StreamRules.all)
    }
}

enum StreamRules {
    static let all: [FieldRule] = [
        FieldRule(name: "name", editable: Normalize.fixed),
        FieldRule(name: "description"),
        FieldRule(
            name: "subjects",
            defaultValue: { request in
                guard request["mirror"] == nil, request["sources"] == nil,
                    let name = request["name"]
                else { return nil }
                return .array([name])
            }, normalize: Normalize.sortedStrings),
        FieldRule(
            name: "retention", normalize: Normalize.defaulting(to: "limits"),
            editable: { live, expected in
                live != .string("workqueue") && expected != .string("workqueue")
            }),
        FieldRule(name: "max_consumers", normalize: Normalize.limit),
        FieldRule(name: "max_msgs", normalize: Normalize.limit),
        FieldRule(name: "max_bytes", normalize: Normalize.limit),
        FieldRule(name: "max_age", kind: .duration),
        FieldRule(name: "max_msgs_per_subject", normalize: Normalize.limit),
        FieldRule(name: "max_msg_size", normalize: Normalize.limit),
        FieldRule(name: "discard", normalize: Normalize.defaulting(to: "old")),
        FieldRule(
            name: "storage", normalize: Normalize.defaulting(to: "file"),
            editable: Normalize.fixed),
        FieldRule(name: "num_replicas", normalize: Normalize.defaulting(to: .integer(1))),
        FieldRule(name: "no_ack"),
        FieldRule(
            name: "duplicate_window", kind: .duration,
            defaultValue: { request in
                guard request["mirror"] == nil, request["sources"] == nil else { return nil }
                let window: Int64 = 120_000_000_000
                if let maxAge = request["max_age"]?.integerValue, maxAge > 0, maxAge < window {
                    return .integer(maxAge)
                }
                return .integer(window)
            }),
        FieldRule(name: "placement"),
        FieldRule(
            name: "mirror",
            editable: { _, expected in expected == nil }),
        FieldRule(name: "sources"),
        FieldRule(name: "compression", normalize: Normalize.defaulting(to: "none")),
        FieldRule(name: "first_seq"),
        FieldRule(name: "subject_transform"),
        FieldRule(name: "republish"),
        FieldRule(name: "allow_direct"),
        FieldRule(name: "mirror_direct"),
        FieldRule(name: "discard_new_per_subject"),
        FieldRule(name: "sealed", editable: Normalize.oneWayOn),
        FieldRule(name: "deny_delete", editable: Normalize.oneWayOn),
        FieldRule(
            name: "deny_purge",
            defaultValue: { _ in nil }, editable: Normalize.oneWayOn),
        FieldRule(
            name: "allow_rollup_hdrs",
            defaultValue: { request in
                let markers = (request["subject_delete_marker_ttl"]?.integerValue ?? 0) > 0
                return markers || Normalize.isTrue(request["allow_msg_schedules"])
                    ? .bool(true) : nil
            }),
        FieldRule(name: "consumer_limits"),
        FieldRule(
            name: "allow_msg_ttl",
            defaultValue: { request in
                (request["subject_delete_marker_ttl"]?.integerValue ?? 0) > 0 ? .bool(true) : nil
            }, editable: Normalize.oneWayOn),
        FieldRule(name: "subject_delete_marker_ttl", kind: .duration),
        FieldRule(name: "allow_msg_counter", editable: Normalize.fixed),
        FieldRule(name: "allow_atomic"),
        FieldRule(name: "allow_msg_schedules", editable: Normalize.oneWayOn),
        FieldRule(
            name: "persist_mode", normalize: Normalize.defaulting(to: "default"),
            editable: Normalize.fixed),
        FieldRule(name: "allow_batched"),
        FieldRule(name: "metadata", normalize: Normalize.userMetadata),
    ]
}

import Foundation
import JetStream
import Testing

@Suite struct ConfigComparisonTests {
    /// A live config as the server reports one created from `name` + `subjects` only.
    private func liveStream(_ extra: [String: JSONValue] = [:]) -> JSONValue {
        var config: [String: JSONValue] = [
            "name": "ORDERS", "subjects": ["orders.*"], "retention": "limits",
            "max_consumers": -1, "max_msgs": -1, "max_bytes": -1, "max_age": 0,
            "max_msgs_per_subject": -1, "max_msg_size": -1, "discard": "old",
            "storage": "file", "num_replicas": 1, "duplicate_window": 120_000_000_000,
            "compression": "none", "allow_direct": false, "mirror_direct": false,
            "sealed": false, "deny_delete": false, "deny_purge": false,
            "allow_rollup_hdrs": false, "consumer_limits": [:],
            "metadata": ["_nats.req.level": "0", "_nats.ver": "2.12.0"],
        ]
        config.merge(extra) { _, new in new }
        return .object(config)
    }

    @Test func serverDefaultsTheUserDidNotSetAreNotDifferences() {
        var requested = StreamConfig(name: "ORDERS")
        requested.subjects = ["orders.*"]
        #expect(requested.compare(withLiveConfig: liveStream()).isUnchanged)
    }

    @Test func explicitValuesEqualToDefaultsMatch() {
        var requested = StreamConfig(name: "ORDERS")
        requested.subjects = ["orders.*"]
        requested.maxMessages = 0
        requested.maxBytes = -1
        requested.compression = StoreCompression(rawValue: "")
        requested.replicas = 0
        requested.noAck = false
        requested.duplicateWindow = .seconds(120)
        #expect(requested.compare(withLiveConfig: liveStream()).isUnchanged)
    }

    @Test func changedFieldsAreReportedWithBothValues() throws {
        var requested = StreamConfig(name: "ORDERS")
        requested.subjects = ["orders.*", "returns.*"]
        requested.maxAge = .seconds(30 * 86_400)
        let comparison = requested.compare(
            withLiveConfig: liveStream(["max_age": .integer(604_800_000_000_000)]))
        #expect(comparison.differences.map(\.field) == ["subjects", "max_age"])
        let maxAge = try #require(comparison.differences.last)
        #expect(maxAge.live == .integer(604_800_000_000_000))
        #expect(maxAge.expected == .integer(2_592_000_000_000_000))
        #expect(maxAge.summary == "max_age: 7d → 30d")
        #expect(maxAge.isEditable)
    }

    @Test func liveValueDifferentFromTheDefaultIsADifference() throws {
        var requested = StreamConfig(name: "ORDERS")
        requested.subjects = ["orders.*"]
        let comparison = requested.compare(withLiveConfig: liveStream(["max_msgs": 100]))
        let difference = try #require(comparison.differences.first)
        #expect(difference.field == "max_msgs")
        #expect(difference.requested == nil)
        #expect(difference.expected == nil)
        #expect(difference.live == 100)
        #expect(difference.summary == "max_msgs: 100 → (unset) (server default)")
    }

    @Test func defaultSubjectsAndDuplicateWindowFollowTheServer() {
        let requested = StreamConfig(name: "ORDERS")
        let live = liveStream(["subjects": ["ORDERS"]])
        #expect(requested.compare(withLiveConfig: live).isUnchanged)
        var short = StreamConfig(name: "ORDERS")
        short.maxAge = .seconds(60)
        let shortLive = liveStream([
            "subjects": ["ORDERS"], "max_age": 60_000_000_000,
            "duplicate_window": 60_000_000_000,
        ])
        #expect(short.compare(withLiveConfig: shortLive).isUnchanged)
    }

    @Test func subjectOrderDoesNotMatter() {
        var requested = StreamConfig(name: "ORDERS")
        requested.subjects = ["b", "a"]
        #expect(
            requested.compare(withLiveConfig: liveStream(["subjects": ["a", "b"]])).isUnchanged)
    }

    @Test func nonEditableStreamChangesAreNamed() {
        var requested = StreamConfig(name: "ORDERS")
        requested.subjects = ["orders.*"]
        requested.storage = .memory
        requested.retention = .workQueue
        requested.denyDelete = false
        let live = liveStream(["deny_delete": true])
        let refused = requested.compare(withLiveConfig: live).nonEditable.map(\.field)
        #expect(refused == ["retention", "storage", "deny_delete"])
        var interest = StreamConfig(name: "ORDERS")
        interest.subjects = ["orders.*"]
        interest.retention = .interest
        interest.sealed = true
        let comparison = interest.compare(withLiveConfig: liveStream())
        #expect(comparison.differences.map(\.field) == ["retention", "sealed"])
        #expect(comparison.nonEditable.isEmpty)
        #expect(StreamConfig.nonEditableFields.contains("storage"))
    }

    @Test func unknownUserFieldsAreCompared() throws {
        let json = #"{"name":"ORDERS","subjects":["orders.*"],"allow_future":true}"#
        let requested = try JSONDecoder().decode(StreamConfig.self, from: Data(json.utf8))
        let comparison = requested.compare(withLiveConfig: liveStream())
        #expect(comparison.differences.map(\.field) == ["allow_future"])
        #expect(requested.compare(withLiveConfig: liveStream(["allow_future": true])).isUnchanged)
    }

    private func liveConsumer(_ extra: [String: JSONValue] = [:]) -> JSONValue {
        var config: [String: JSONValue] = [
            "durable_name": "worker", "name": "worker", "deliver_policy": "all",
            "ack_policy": "explicit", "ack_wait": 30_000_000_000, "max_deliver": -1,
            "filter_subject": "orders.new", "replay_policy": "instant",
            "max_waiting": 512, "max_ack_pending": 1000, "num_replicas": 0,
            "metadata": ["_nats.level": "1"],
        ]
        config.merge(extra) { _, new in new }
        return .object(config)
    }

    @Test func consumerDefaultsMatch() {
        var requested = ConsumerConfig.durablePull("worker")
        requested.filterSubjects = ["orders.new"]
        #expect(requested.compare(withLiveConfig: liveConsumer()).isUnchanged)
    }

    @Test func consumerChangesSayWhichTheServerRefuses() {
        var requested = ConsumerConfig.durablePull("worker")
        requested.filterSubject = "orders.new"
        requested.ackPolicy = AckPolicy.none
        requested.maxDeliver = 3
        requested.deliverSubject = "push.here"
        let comparison = requested.compare(withLiveConfig: liveConsumer())
        #expect(
            comparison.differences.map(\.field)
                == ["ack_policy", "ack_wait", "max_deliver", "max_waiting", "deliver_subject"])
        #expect(
            comparison.nonEditable.map(\.field) == ["ack_policy", "max_waiting", "deliver_subject"])
    }

    @Test func ackWaitFollowsBackoff() {
        var requested = ConsumerConfig.durablePull("worker")
        requested.filterSubject = "orders.new"
        requested.backoff = [.seconds(5), .seconds(10)]
        requested.maxDeliver = 3
        let live = liveConsumer([
            "backoff": [5_000_000_000, 10_000_000_000], "ack_wait": 5_000_000_000,
            "max_deliver": 3,
        ])
        #expect(requested.compare(withLiveConfig: live).isUnchanged)
    }
}

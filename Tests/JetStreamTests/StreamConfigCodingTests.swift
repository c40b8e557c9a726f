import Foundation
import JetStream
import Testing

@Suite struct StreamConfigCodingTests {
    @Test func unsetFieldsAreOmittedAndDurationsAreNanoseconds() throws {
        var config = StreamConfig(name: "ORDERS")
        config.subjects = ["orders.*"]
        config.maxAge = .seconds(7 * 86_400)
        config.duplicateWindow = .milliseconds(1500)
        config.retention = .workQueue
        let object = try jsonObject(config)
        #expect(object["name"] as? String == "ORDERS")
        #expect(object["max_age"] as? Int64 == 604_800_000_000_000)
        #expect(object["duplicate_window"] as? Int64 == 1_500_000_000)
        #expect(object["retention"] as? String == "workqueue")
        #expect(
            Set(object.keys) == ["name", "subjects", "max_age", "duplicate_window", "retention"])
    }

    @Test func configFileDurationsMayBeText() throws {
        let json =
            #"{"name":"A","max_age":"7d","duplicate_window":"1h30m","consumer_limits":{"inactive_threshold":"30s"}}"#
        let config = try JSONDecoder().decode(StreamConfig.self, from: Data(json.utf8))
        #expect(config.maxAge == .seconds(604_800))
        #expect(config.duplicateWindow == .seconds(5_400))
        #expect(config.consumerLimits?.inactiveThreshold == .seconds(30))
        #expect(try jsonObject(config)["max_age"] as? Int64 == 604_800_000_000_000)
    }

    @Test func badDurationNamesTheField() throws {
        let json = #"{"name":"A","max_age":"7 parsecs"}"#
        do {
            _ = try JSONDecoder().decode(StreamConfig.self, from: Data(json.utf8))
            Issue.record("decoding should fail")
        } catch let error as DecodingError {
            #expect(error.summary.hasPrefix("max_age: invalid duration"))
        }
    }

    @Test func unknownFieldsFromUserFilesAreKeptAndSent() throws {
        let json = #"{"name":"A","future_feature":{"x":1},"max_msgs":5}"#
        let config = try JSONDecoder().decode(StreamConfig.self, from: Data(json.utf8))
        #expect(config.unknownFields["future_feature"] == .object(["x": .integer(1)]))
        let object = try jsonObject(config)
        #expect((object["future_feature"] as? [String: Any])?["x"] as? Int == 1)
        #expect(object["max_msgs"] as? Int == 5)
    }

    @Test func roundTripKeepsEveryField() throws {
        var config = StreamConfig(name: "ALL")
        config.description = "d"
        config.subjects = ["a.>", "b"]
        config.retention = .interest
        config.maxConsumers = 4
        config.maxMessages = 10
        config.maxBytes = 1 << 20
        config.maxAge = .seconds(60)
        config.maxMessagesPerSubject = 3
        config.maxMessageSize = 512
        config.discard = .new
        config.storage = .memory
        config.replicas = 1
        config.noAck = false
        config.duplicateWindow = .seconds(30)
        config.placement = Placement(cluster: "c", tags: ["t"])
        config.sources = [
            StreamSource(
                name: "S", startSequence: 5, filterSubject: "x.*",
                external: ExternalStream(apiPrefix: "$JS.x.API", deliverPrefix: "d"))
        ]
        config.compression = .s2
        config.firstSequence = 7
        config.subjectTransform = SubjectTransform(source: "a.>", destination: "z.>")
        config.republish = RePublish(source: ">", destination: "r.>", headersOnly: true)
        config.allowDirect = true
        config.discardNewPerSubject = true
        config.denyDelete = true
        config.allowRollup = true
        config.consumerLimits = ConsumerLimits(inactiveThreshold: .seconds(9), maxAckPending: 8)
        config.allowMessageTTL = true
        config.subjectDeleteMarkerTTL = .seconds(2)
        config.metadata = ["k": "v"]
        let data = try JSONEncoder().encode(config)
        let decoded = try JSONDecoder().decode(StreamConfig.self, from: data)
        #expect(decoded == config)
    }

    @Test func emptyCompressionMeansNone() throws {
        let json = #"{"name":"A","compression":""}"#
        let config = try JSONDecoder().decode(StreamConfig.self, from: Data(json.utf8))
        #expect(config.compression == StoreCompression.none)
    }

    @Test func unknownEnumSpellingsSurvive() throws {
        let json = #"{"name":"A","retention":"someday","storage":"quantum"}"#
        let config = try JSONDecoder().decode(StreamConfig.self, from: Data(json.utf8))
        #expect(config.retention?.rawValue == "someday")
        #expect(config.retention?.isKnown == false)
        #expect(try jsonObject(config)["storage"] as? String == "quantum")
    }
}

import JetStream
import Testing

@Suite struct ValidationTests {
    @Test(arguments: [
        "ORDERS", "orders-2024_v1", "a", String(repeating: "x", count: 255), "KV_cfg=",
    ])
    func acceptsNames(name: String) throws {
        try Validation.validateStreamName(name)
        try Validation.validateConsumerName(name)
    }

    @Test(arguments: [
        ("", "it is empty"), ("a.b", "'.'"), ("a*", "'*'"), ("a>", "'>'"), ("a b", "whitespace"),
        ("a\tb", "whitespace"), ("a/b", "path separator"), ("a\\b", "path separator"),
        (String(repeating: "x", count: 256), "longer than 255"), ("café", "printable ASCII"),
    ])
    func refusesNames(name: String, reason: String) {
        do {
            try Validation.validateStreamName(name)
            Issue.record("\(name) should be refused")
        } catch {
            guard case .invalidName(let kind, _, let why) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(kind == "stream")
            #expect(why.contains(reason))
        }
    }

    @Test func subjects() {
        #expect(Validation.subjectProblem("orders.*") == nil)
        #expect(Validation.subjectProblem("orders.>") == nil)
        #expect(Validation.subjectProblem("foo*.a>b") == nil)
        #expect(Validation.subjectProblem("orders.*", wildcards: false) != nil)
        #expect(Validation.subjectProblem("a.>.b") == "'>' must be the last token")
        #expect(Validation.subjectProblem("a..b") == "it has an empty token")
        #expect(Validation.subjectProblem(".a") == "it has an empty token")
        #expect(Validation.subjectProblem("a b") == "it contains whitespace")
        #expect(Validation.subjectProblem("") == "it is empty")
    }

    @Test func streamConfigIsCheckedWhole() {
        var config = StreamConfig(name: "OK")
        config.subjects = ["fine.*", "bad..subject"]
        #expect(throws: JetStreamError.self) { try Validation.validate(config) }
        config.subjects = ["fine.*"]
        config.description = String(repeating: "d", count: 4097)
        #expect(throws: JetStreamError.self) { try Validation.validate(config) }
    }

    @Test func consumerConfigIsCheckedWhole() {
        var config = ConsumerConfig.durablePull("worker")
        config.filterSubject = "a"
        config.filterSubjects = ["b"]
        #expect(throws: JetStreamError.self) { try Validation.validate(config) }
        config.filterSubjects = nil
        config.name = "other"
        #expect(throws: JetStreamError.self) { try Validation.validate(config) }
        config.name = nil
        config.deliverSubject = "push.*"
        #expect(throws: JetStreamError.self) { try Validation.validate(config) }
    }
}

@Suite struct APISubjectsTests {
    @Test func defaultPrefix() throws {
        let subjects = try APISubjects()
        #expect(subjects.accountInfo == "$JS.API.INFO")
        #expect(subjects.streamCreate("S") == "$JS.API.STREAM.CREATE.S")
        #expect(subjects.streamList == "$JS.API.STREAM.LIST")
        #expect(subjects.consumerCreate("S", "C") == "$JS.API.CONSUMER.CREATE.S.C")
        #expect(
            subjects.consumerCreate("S", "C", filter: "a.*") == "$JS.API.CONSUMER.CREATE.S.C.a.*")
        #expect(subjects.consumerNext("S", "C") == "$JS.API.CONSUMER.MSG.NEXT.S.C")
        #expect(subjects.messageGet("S") == "$JS.API.STREAM.MSG.GET.S")
    }

    @Test func domainAndPrefix() throws {
        #expect(try APISubjects(domain: "hub").streamInfo("S") == "$JS.hub.API.STREAM.INFO.S")
        #expect(try APISubjects(apiPrefix: "JS.acc1.").accountInfo == "JS.acc1.INFO")
        #expect(try APISubjects(domain: "", apiPrefix: "").prefix == "$JS.API")
        #expect(throws: JetStreamError.self) { try APISubjects(domain: "a", apiPrefix: "b") }
        #expect(throws: JetStreamError.self) { try APISubjects(domain: "a.*") }
    }
}

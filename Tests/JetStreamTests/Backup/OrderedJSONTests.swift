import Testing

@testable import JetStream

@Suite struct OrderedJSONTests {
    @Test func keepsKeyOrderNumbersAndUnknownFields() throws {
        let text =
            #"{"z":1,"a":{"big":18446744073709551615,"neg":-1,"f":1.50,"e":2E+10},"n":null,"t":[true,false,"x"]}"#
        let value = try OrderedJSON(parsing: Array(text.utf8))
        #expect(String(decoding: value.compactBytes(), as: UTF8.self) == text)
        #expect(value["a"]?["big"]?.unsignedValue == UInt64.max)
        #expect(value["a"]?["neg"]?.unsignedValue == nil)
    }

    @Test func prettyPrintsLikeMarshalIndent() throws {
        let value = try OrderedJSON(
            parsing: Array(
                #"{"config":{"name":"S","subjects":["a","b"],"empty":{},"none":[]},"state":{"messages":0}}"#
                    .utf8))
        let expected = """
            {
              "config": {
                "name": "S",
                "subjects": [
                  "a",
                  "b"
                ],
                "empty": {},
                "none": []
              },
              "state": {
                "messages": 0
              }
            }

            """
        #expect(String(decoding: value.prettyBytes(), as: UTF8.self) == expected)
    }

    @Test func stringsRoundTripEscapesAndUnicode() throws {
        let text =
            #"["quote \" backslash \\ slash \/ tab \t nl \n ctl \u0001 é \u00e9 😀 \ud83d\ude00"]"#
        let value = try OrderedJSON(parsing: Array(text.utf8))
        guard case .array(let items) = value, case .string(let string) = items[0] else {
            Issue.record("not an array of a string")
            return
        }
        #expect(string == "quote \" backslash \\ slash / tab \t nl \n ctl \u{01} é é 😀 😀")
        #expect(try OrderedJSON(parsing: value.compactBytes()) == value)
    }

    @Test func editsReplaceAppendAndRemove() throws {
        var value = try OrderedJSON(parsing: Array(#"{"a":1,"b":2}"#.utf8))
        value["a"] = .integer(5)
        value["c"] = .string("x")
        value["b"] = nil
        #expect(String(decoding: value.compactBytes(), as: UTF8.self) == #"{"a":5,"c":"x"}"#)
    }

    @Test(arguments: ["", "{", #"{"a" 1}"#, "[1,]", "01", "1.", "\"abc", "tru", "{} x", #""\x""#])
    func rejectsInvalidText(_ text: String) {
        #expect(throws: OrderedJSON.ParseError.self) { try OrderedJSON(parsing: Array(text.utf8)) }
    }
}

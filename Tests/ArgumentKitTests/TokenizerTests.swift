import Testing

@testable import ArgumentKit

@Suite struct TokenizerTests {
    @Test func classifiesEachShape() {
        let tokens = Tokenizer.tokenize(
            ["stream", "--server", "--max-age=1h", "-abc", "-", "-1", "-1s", "--", "--x", "-y"])
        #expect(
            tokens.map(\.token) == [
                .word("stream"), .long(name: "server", value: nil),
                .long(name: "max-age", value: "1h"), .short(letters: "abc"), .word("-"),
                .word("-1"), .word("-1s"), .terminator, .word("--x"), .word("-y"),
            ])
        #expect(tokens.map(\.index) == Array(0..<10))
    }

    @Test func keepsEverythingAfterTheFirstEqualsSign() {
        let tokens = Tokenizer.tokenize(["--metadata=a=b", "--empty="])
        #expect(
            tokens.map(\.token) == [
                .long(name: "metadata", value: "a=b"), .long(name: "empty", value: ""),
            ])
    }

    @Test func onlyTheFirstDoubleDashTerminates() {
        let tokens = Tokenizer.tokenize(["--", "--"])
        #expect(tokens.map(\.token) == [.terminator, .word("--")])
    }

    @Test func negativeNumbersAreWords() {
        #expect(Tokenizer.looksNegative("-1"))
        #expect(Tokenizer.looksNegative("-.5s"))
        #expect(!Tokenizer.looksNegative("-s"))
        #expect(!Tokenizer.looksNegative("-"))
        #expect(!Tokenizer.looksNegative("1"))
    }
}

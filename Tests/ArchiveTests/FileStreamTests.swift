import Archive
import Foundation
import Testing

@Suite struct FileStreamTests {
    @Test func patchesRelativeToWhereTheDescriptorStood() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("out")
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        try #require(fd >= 0)
        defer { close(fd) }
        let prefix = Array("already here\n".utf8)
        _ = prefix.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        let sink = FileSink(fileDescriptor: fd)
        #expect(sink.isSeekable)
        try sink.write(Array("ab".utf8))
        let slot = try sink.reserve(3)
        try sink.write(Array("ef".utf8))
        try sink.fill(slot, with: Array("XYZ".utf8))
        try sink.finish()
        #expect(try readFile(path) == prefix + Array("abXYZef".utf8))
    }

    @Test func appendModeAndPipesAreNotPatchable() throws {
        let directory = try TemporaryDirectory()
        let fd = open(directory.file("log"), O_WRONLY | O_CREAT | O_APPEND, 0o600)
        try #require(fd >= 0)
        defer { close(fd) }
        #expect(!FileSink(fileDescriptor: fd).isSeekable)
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer {
            close(ends[0])
            close(ends[1])
        }
        let sink = FileSink(fileDescriptor: ends[1])
        #expect(!sink.isSeekable)
        #expect(archiveError { _ = try sink.reserve(4) } != nil)
    }

    @Test func createRefusesAnExistingFileAndOpenReportsMissingOnes() throws {
        let directory = try TemporaryDirectory()
        try writeFile(directory.file("there"), [1])
        let exists = archiveError { _ = try FileSink(creating: directory.file("there")) }
        #expect(exists == .system(operation: "create \(directory.file("there"))", errno: EEXIST))
        let missing = archiveError { _ = try FileSource(path: directory.file("nope")) }
        #expect(missing?.description == "open \(directory.file("nope")): No such file or directory")
    }
}

import ArgumentKit

/// The core messaging commands: pub, sub, request, reply.
enum MessagingCommands {
    static let all: [Command] = [
        PubCommand.command, SubCommand.command, RequestCommand.command, ReplyCommand.command,
    ]
}

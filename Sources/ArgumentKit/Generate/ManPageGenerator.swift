/// One generated man page.
public struct ManPage: Sendable, Hashable {
    /// The file name, such as `natsctl.1` or `natsctl-stream.1`.
    public var fileName: String
    /// The page in roff (`man` macros).
    public var content: String

    /// Creates a page.
    public init(fileName: String, content: String) {
        self.fileName = fileName
        self.content = content
    }
}

/// Generates man pages in roff from the command tree: the program's page (options, commands,
/// environment, exit status) and one page per top-level command, holding its subcommands.
enum ManPageGenerator {
    static func pages(for program: Program, date: String, exitCodes: [(Int32, String)])
        -> [ManPage]
    {
        let groups = program.root.subcommands.filter {
            !$0.hidden && !program.isBuiltinHelp([program.root, $0])
        }
        var pages = [mainPage(program, groups: groups, date: date, exitCodes: exitCodes)]
        for group in groups {
            pages.append(groupPage(program, group: group, date: date))
        }
        return pages
    }

    private static func header(_ title: String, _ program: Program, date: String) -> [String] {
        [
            ".\\\" Generated from the command model of \(program.name); regenerate instead of editing.",
            ".TH \(quoted(title.uppercased())) 1 \(quoted(date)) "
                + "\(quoted("\(program.name) \(program.version)")) \(quoted("User Commands"))",
            ".nh",
            ".ad l",
        ]
    }

    private static func mainPage(
        _ program: Program, groups: [Command], date: String, exitCodes: [(Int32, String)]
    ) -> ManPage {
        let root = program.root
        var lines = header(program.name, program, date: date)
        lines += [".SH NAME", "\(escape(program.name)) \\- \(escape(root.abstract))"]
        lines += [".SH SYNOPSIS", synopsis(program.usage(for: [root]))]
        if let discussion = root.discussion {
            lines += [".SH DESCRIPTION"] + paragraphs(discussion)
        }
        lines += [".SH OPTIONS"] + optionItems(root.options.filter { !$0.hidden })
        lines += [".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR", "Show help."]
        lines += [".TP", "\\fB\\-\\-version\\fR", "Show the version."]
        lines.append(".SH COMMANDS")
        for command in root.subcommands where !command.hidden {
            lines += [".TP", "\\fB\(escape(command.name))\\fR" + aliasNote(command)]
            lines.append(
                escape(sentence(command.abstract))
                    + (groups.contains { $0.name == command.name }
                        ? " See \\fB\(escape(program.name))\\-\(escape(command.name))\\fR(1)." : "")
            )
        }
        let variables = environmentVariables(root)
        if !variables.isEmpty {
            lines.append(".SH ENVIRONMENT")
            for (variable, text) in variables {
                lines += [".TP", "\\fB\(escape(variable))\\fR", escape(text)]
            }
        }
        lines.append(".SH EXIT STATUS")
        for (code, meaning) in exitCodes {
            lines += [".TP", "\\fB\(code)\\fR", escape(meaning)]
        }
        lines += [".SH SEE ALSO"]
        lines.append(
            groups.map { "\\fB\(escape(program.name))\\-\(escape($0.name))\\fR(1)" }
                .joined(separator: ",\n"))
        return ManPage(fileName: "\(program.name).1", content: lines.joined(separator: "\n") + "\n")
    }

    private static func groupPage(_ program: Program, group: Command, date: String) -> ManPage {
        let title = "\(program.name)-\(group.name)"
        var lines = header(title, program, date: date)
        lines += [".SH NAME", "\(escape(title)) \\- \(escape(group.abstract))"]
        var chains: [[Command]] = []
        collect([program.root, group], into: &chains)
        lines.append(".SH SYNOPSIS")
        lines += Array(chains.map { [synopsis(program.usage(for: $0))] }.joined(separator: [".br"]))
        lines.append(".SH DESCRIPTION")
        lines += paragraphs(group.discussion ?? group.abstract)
        if !group.aliases.isEmpty {
            lines += [".PP", "Aliases: " + group.aliases.map(escape).joined(separator: ", ") + "."]
        }
        lines += commandBody(group, inherited: [], heading: ".SH")
        for chain in chains.dropFirst() {
            let command = chain[chain.count - 1]
            let words = chain.dropFirst().map(\.name).joined(separator: " ")
            lines += [".SH \(quoted(words.uppercased()))", synopsis(program.usage(for: chain))]
            lines += [".PP", escape(command.abstract) + aliasNote(command)]
            if let discussion = command.discussion { lines += paragraphs(discussion) }
            lines += commandBody(command, inherited: [], heading: ".SS")
        }
        let inherited = [program.root].flatMap(\.inheritedOptions).filter { !$0.hidden }
        if !inherited.isEmpty {
            lines += [".SH GLOBAL OPTIONS"] + optionItems(inherited)
        }
        lines += [".SH SEE ALSO", "\\fB\(escape(program.name))\\fR(1)"]
        return ManPage(fileName: "\(title).1", content: lines.joined(separator: "\n") + "\n")
    }

    /// The group and every visible command under it, depth first.
    private static func collect(_ chain: [Command], into chains: inout [[Command]]) {
        chains.append(chain)
        for subcommand in chain[chain.count - 1].subcommands where !subcommand.hidden {
            collect(chain + [subcommand], into: &chains)
        }
    }

    private static func commandBody(_ command: Command, inherited: [Option], heading: String)
        -> [String]
    {
        var lines: [String] = []
        if !command.arguments.isEmpty {
            lines.append("\(heading) ARGUMENTS")
            for argument in command.arguments {
                lines += [
                    ".TP", "\\fI\(escape(argument.usage))\\fR", escape(Program.describe(argument)),
                ]
            }
        }
        let options = command.options.filter { !$0.hidden }
        if !options.isEmpty { lines += ["\(heading) OPTIONS"] + optionItems(options) }
        if !command.examples.isEmpty {
            lines += ["\(heading) EXAMPLES"]
            for example in command.examples {
                lines += [".PP", ".RS 4", ".nf", escape(example), ".fi", ".RE"]
            }
        }
        return lines
    }

    private static func optionItems(_ options: [Option]) -> [String] {
        options.flatMap { option -> [String] in
            var label = option.short.map { "\\fB\\-\(escape(String($0)))\\fR, " } ?? ""
            let long =
                option.isNegatable
                ? "\\-\\-[no\\-]\(escape(option.name))" : "\\-\\-\(escape(option.name))"
            label += "\\fB\(long)\\fR"
            if !option.isFlag { label += " \\fI\(escape(option.valuePlaceholder))\\fR" }
            return [".TP", label, escape(Program.describe(option))]
        }
    }

    private static func environmentVariables(_ root: Command) -> [(String, String)] {
        var seen: Set<String> = []
        var result: [(String, String)] = []
        func visit(_ command: Command) {
            for option in command.options where !option.hidden {
                guard let variable = option.environment, seen.insert(variable).inserted else {
                    continue
                }
                result.append((variable, "The default for --\(option.name): \(option.help)"))
            }
            command.subcommands.filter { !$0.hidden }.forEach(visit)
        }
        visit(root)
        return result.map { ($0.0, $0.1) }
    }

    /// `text` ending with a full stop, so that a following sentence reads well.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }

    private static func aliasNote(_ command: Command) -> String {
        command.aliases.isEmpty
            ? "" : " (alias: " + command.aliases.map(escape).joined(separator: ", ") + ")"
    }

    private static func synopsis(_ usage: String) -> String {
        let words = usage.split(separator: " ")
        guard let first = words.first else { return "" }
        return "\\fB\(escape(String(first)))\\fR "
            + escape(words.dropFirst().joined(separator: " "))
    }

    private static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .split(whereSeparator: \.isEmpty)
            .flatMap { paragraph -> [String] in
                [".PP"] + paragraph.map { escape(String($0.drop { $0 == " " })) }
            }
    }

    /// Escapes text for roff: backslashes, hyphens, and a leading dot or quote.
    static func escape(_ text: String) -> String {
        var result = text.replacingAll("\\", with: "\\e").replacingAll("-", with: "\\-")
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result
    }

    private static func quoted(_ text: String) -> String {
        "\"" + escape(text).replacingAll("\"", with: "\\(dq") + "\""
    }
}

import Commands

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let environment = ProcessEnvironment.current()
exit(await Natsctl.main(Array(CommandLine.arguments.dropFirst()), environment: environment))

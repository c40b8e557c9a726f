#compdef natsctl
# zsh completion for natsctl 0.1.0.
# Generated from the command model; regenerate instead of editing.

_natsctl() {
    local curcontext="$curcontext" state line ret=1
    _arguments -C -s -S \
        '(--server -s)--server=[NATS server URLs, comma separated (default nats://127.0.0.1:4222)]:URL: ' \
        '(--server -s)-s+[NATS server URLs, comma separated (default nats://127.0.0.1:4222)]:URL: ' \
        '(--user)--user=[User name (alone: a token)]:USER: ' \
        '(--password)--password=[Password]:PASSWORD: ' \
        '(--token)--token=[Authentication token]:TOKEN: ' \
        '(--creds)--creds=[User credentials (.creds) file]:FILE:_files' \
        '(--nkey)--nkey=[User NKEY seed file]:FILE:_files' \
        '(--tlscert)--tlscert=[TLS client certificate file]:FILE:_files' \
        '(--tlskey)--tlskey=[TLS client private key file]:FILE:_files' \
        '(--tlsca)--tlsca=[CA file to verify the server with]:FILE:_files' \
        '(--tlsfirst --tls-first)--tlsfirst[Start TLS before the server'\''s INFO (handshake_first)]' \
        '(--tlsfirst --tls-first)--tls-first[Start TLS before the server'\''s INFO (handshake_first)]' \
        '(--timeout)--timeout=[Time to wait for the server and for API responses]:DURATION: ' \
        '(--connection-name)--connection-name=[Name of the connection shown by the server]:NAME: ' \
        '(--inbox-prefix)--inbox-prefix=[Prefix of reply subjects]:PREFIX: ' \
        '(--js-domain)--js-domain=[JetStream domain to address]:DOMAIN: ' \
        '(--js-api-prefix)--js-api-prefix=[JetStream API subject prefix]:PREFIX: ' \
        '(--context)--context=[nats CLI context to use (a name or a .json file)]:NAME: ' \
        '(--no-context)--no-context[Ignore the stored nats CLI contexts]' \
        '(--trace)--trace[Log protocol operations and JetStream API traffic to stderr (secrets masked)]' \
        '(--no-color)--no-color[Never colour the output]' \
        '(- *)'{-h,--help}'[Show help]' \
        '(- *)--version[Show the version]' \
        ': :->command' \
        '*:: :->args' \
        && ret=0
    case $state in
    command)
        local -a commands
        commands=(
            'completion:Print a shell completion script'
            'man:Write the man pages'
            'help:Show help for a command'
        )
        _describe -t commands 'natsctl command' commands && ret=0 ;;
    args)
        case $line[1] in
        completion) _natsctl__completion && ret=0 ;;
        man) _natsctl__man && ret=0 ;;
        help) _natsctl__help && ret=0 ;;
        esac ;;
    esac
    return ret
}

_natsctl__completion() {
    _arguments -s -S \
        '(--server -s)--server=[NATS server URLs, comma separated (default nats://127.0.0.1:4222)]:URL: ' \
        '(--server -s)-s+[NATS server URLs, comma separated (default nats://127.0.0.1:4222)]:URL: ' \
        '(--user)--user=[User name (alone: a token)]:USER: ' \
        '(--password)--password=[Password]:PASSWORD: ' \
        '(--token)--token=[Authentication token]:TOKEN: ' \
        '(--creds)--creds=[User credentials (.creds) file]:FILE:_files' \
        '(--nkey)--nkey=[User NKEY seed file]:FILE:_files' \
        '(--tlscert)--tlscert=[TLS client certificate file]:FILE:_files' \
        '(--tlskey)--tlskey=[TLS client private key file]:FILE:_files' \
        '(--tlsca)--tlsca=[CA file to verify the server with]:FILE:_files' \
        '(--tlsfirst --tls-first)--tlsfirst[Start TLS before the server'\''s INFO (handshake_first)]' \
        '(--tlsfirst --tls-first)--tls-first[Start TLS before the server'\''s INFO (handshake_first)]' \
        '(--timeout)--timeout=[Time to wait for the server and for API responses]:DURATION: ' \
        '(--connection-name)--connection-name=[Name of the connection shown by the server]:NAME: ' \
        '(--inbox-prefix)--inbox-prefix=[Prefix of reply subjects]:PREFIX: ' \
        '(--js-domain)--js-domain=[JetStream domain to address]:DOMAIN: ' \
        '(--js-api-prefix)--js-api-prefix=[JetStream API subject prefix]:PREFIX: ' \
        '(--context)--context=[nats CLI context to use (a name or a .json file)]:NAME: ' \
        '(--no-context)--no-context[Ignore the stored nats CLI contexts]' \
        '(--trace)--trace[Log protocol operations and JetStream API traffic to stderr (secrets masked)]' \
        '(--no-color)--no-color[Never colour the output]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':shell -- The shell\: bash, zsh or fish:(bash zsh fish)' \
        && return 0
}

_natsctl__man() {
    _arguments -s -S \
        '(--server -s)--server=[NATS server URLs, comma separated (default nats://127.0.0.1:4222)]:URL: ' \
        '(--server -s)-s+[NATS server URLs, comma separated (default nats://127.0.0.1:4222)]:URL: ' \
        '(--user)--user=[User name (alone: a token)]:USER: ' \
        '(--password)--password=[Password]:PASSWORD: ' \
        '(--token)--token=[Authentication token]:TOKEN: ' \
        '(--creds)--creds=[User credentials (.creds) file]:FILE:_files' \
        '(--nkey)--nkey=[User NKEY seed file]:FILE:_files' \
        '(--tlscert)--tlscert=[TLS client certificate file]:FILE:_files' \
        '(--tlskey)--tlskey=[TLS client private key file]:FILE:_files' \
        '(--tlsca)--tlsca=[CA file to verify the server with]:FILE:_files' \
        '(--tlsfirst --tls-first)--tlsfirst[Start TLS before the server'\''s INFO (handshake_first)]' \
        '(--tlsfirst --tls-first)--tls-first[Start TLS before the server'\''s INFO (handshake_first)]' \
        '(--timeout)--timeout=[Time to wait for the server and for API responses]:DURATION: ' \
        '(--connection-name)--connection-name=[Name of the connection shown by the server]:NAME: ' \
        '(--inbox-prefix)--inbox-prefix=[Prefix of reply subjects]:PREFIX: ' \
        '(--js-domain)--js-domain=[JetStream domain to address]:DOMAIN: ' \
        '(--js-api-prefix)--js-api-prefix=[JetStream API subject prefix]:PREFIX: ' \
        '(--context)--context=[nats CLI context to use (a name or a .json file)]:NAME: ' \
        '(--no-context)--no-context[Ignore the stored nats CLI contexts]' \
        '(--trace)--trace[Log protocol operations and JetStream API traffic to stderr (secrets masked)]' \
        '(--no-color)--no-color[Never colour the output]' \
        '(--output -o)--output=[Directory to write the pages into]:DIRECTORY:_files -/' \
        '(--output -o)-o+[Directory to write the pages into]:DIRECTORY:_files -/' \
        '(- *)'{-h,--help}'[Show help]' \
        && return 0
}

_natsctl__help() {
    _arguments -s -S \
        '(--server -s)--server=[NATS server URLs, comma separated (default nats://127.0.0.1:4222)]:URL: ' \
        '(--server -s)-s+[NATS server URLs, comma separated (default nats://127.0.0.1:4222)]:URL: ' \
        '(--user)--user=[User name (alone: a token)]:USER: ' \
        '(--password)--password=[Password]:PASSWORD: ' \
        '(--token)--token=[Authentication token]:TOKEN: ' \
        '(--creds)--creds=[User credentials (.creds) file]:FILE:_files' \
        '(--nkey)--nkey=[User NKEY seed file]:FILE:_files' \
        '(--tlscert)--tlscert=[TLS client certificate file]:FILE:_files' \
        '(--tlskey)--tlskey=[TLS client private key file]:FILE:_files' \
        '(--tlsca)--tlsca=[CA file to verify the server with]:FILE:_files' \
        '(--tlsfirst --tls-first)--tlsfirst[Start TLS before the server'\''s INFO (handshake_first)]' \
        '(--tlsfirst --tls-first)--tls-first[Start TLS before the server'\''s INFO (handshake_first)]' \
        '(--timeout)--timeout=[Time to wait for the server and for API responses]:DURATION: ' \
        '(--connection-name)--connection-name=[Name of the connection shown by the server]:NAME: ' \
        '(--inbox-prefix)--inbox-prefix=[Prefix of reply subjects]:PREFIX: ' \
        '(--js-domain)--js-domain=[JetStream domain to address]:DOMAIN: ' \
        '(--js-api-prefix)--js-api-prefix=[JetStream API subject prefix]:PREFIX: ' \
        '(--context)--context=[nats CLI context to use (a name or a .json file)]:NAME: ' \
        '(--no-context)--no-context[Ignore the stored nats CLI contexts]' \
        '(--trace)--trace[Log protocol operations and JetStream API traffic to stderr (secrets masked)]' \
        '(--no-color)--no-color[Never colour the output]' \
        '(- *)'{-h,--help}'[Show help]' \
        '*:command -- The command: ' \
        && return 0
}

if [ "$funcstack[1]" = "_natsctl" ]; then
    _natsctl "$@"
else
    compdef _natsctl natsctl
fi

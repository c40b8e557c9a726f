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
            'pub:Publish a message'
            'sub:Subscribe to subjects and print the messages'
            'request:Send a request and print the replies'
            'reply:Answer requests on a subject'
            'rtt:Measure the round-trip time to each NATS server'
            'context:Manage nats CLI contexts (stored connection settings)'
            'completion:Print a shell completion script'
            'man:Write the man pages'
            'help:Show help for a command'
        )
        _describe -t commands 'natsctl command' commands && ret=0 ;;
    args)
        case $line[1] in
        pub|publish) _natsctl__pub && ret=0 ;;
        sub|subscribe) _natsctl__sub && ret=0 ;;
        request|req) _natsctl__request && ret=0 ;;
        reply) _natsctl__reply && ret=0 ;;
        rtt) _natsctl__rtt && ret=0 ;;
        context|ctx) _natsctl__context && ret=0 ;;
        completion) _natsctl__completion && ret=0 ;;
        man) _natsctl__man && ret=0 ;;
        help) _natsctl__help && ret=0 ;;
        esac ;;
    esac
    return ret
}

_natsctl__pub() {
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
        '(--count)--count=[Number of messages to publish]:N: ' \
        '(--sleep)--sleep=[Pause between messages]:DURATION: ' \
        '*--header=[Header NAME:VALUE (repeatable)]:NAME:VALUE: ' \
        '*-H+[Header NAME:VALUE (repeatable)]:NAME:VALUE: ' \
        '(--reply)--reply=[Reply subject to set on the messages]:SUBJECT: ' \
        '(--send-on)--send-on=[Read standard input to its end (eof) or publish one message per line]:SEND-ON:(eof newline)' \
        '(--templates --no-templates)--templates[Expand templates in subject, body and headers]' \
        '(--templates --no-templates)--no-templates[Turn off: Expand templates in subject, body and headers]' \
        '(--force-stdin)--force-stdin[Read the body from standard input even on a terminal]' \
        '(--quiet -q)--quiet[Print nothing but errors]' \
        '(--quiet -q)-q[Print nothing but errors]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':subject -- Subject to publish to: ' \
        '::body -- Message body (default\: standard input): ' \
        && return 0
}

_natsctl__sub() {
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
        '(--queue)--queue=[Queue group to join]:GROUP: ' \
        '(--count)--count=[Exit after this many messages]:N: ' \
        '(--wait)--wait=[Exit after this long without a message]:DURATION: ' \
        '(--raw -r)--raw[Print only the bodies, one per line]' \
        '(--raw -r)-r[Print only the bodies, one per line]' \
        '(--headers-only)--headers-only[Print only the Received lines and headers]' \
        '(--subjects-only)--subjects-only[Print only the Received lines]' \
        '(--timestamp -t)--timestamp[Add the time each message was received]' \
        '(--timestamp -t)-t[Add the time each message was received]' \
        '*--ignore-subject=[Skip messages on subjects matching this pattern (repeatable)]:SUBJECT: ' \
        '*-I+[Skip messages on subjects matching this pattern (repeatable)]:SUBJECT: ' \
        '(--json)--json[Print each message as a JSON object on its own line]' \
        '(- *)'{-h,--help}'[Show help]' \
        '*:subjects -- Subjects to subscribe to (wildcards allowed): ' \
        && return 0
}

_natsctl__request() {
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
        '*--header=[Header NAME:VALUE (repeatable)]:NAME:VALUE: ' \
        '*-H+[Header NAME:VALUE (repeatable)]:NAME:VALUE: ' \
        '(--raw -r)--raw[Print only the reply bodies]' \
        '(--raw -r)-r[Print only the reply bodies]' \
        '(--replies)--replies=[Replies to wait for (0: all until the timeout)]:N: ' \
        '(--force-stdin)--force-stdin[Read the body from standard input even on a terminal]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':subject -- Subject to send the request to: ' \
        '::body -- Request body (default\: standard input): ' \
        && return 0
}

_natsctl__reply() {
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
        '(--queue)--queue=[Queue group, so several repliers share the requests]:GROUP: ' \
        '(--count)--count=[Exit after answering this many]:N: ' \
        '(--echo)--echo[Reply with the request'\''s body and headers]' \
        '*--header=[Header NAME:VALUE added to replies (repeatable)]:NAME:VALUE: ' \
        '*-H+[Header NAME:VALUE added to replies (repeatable)]:NAME:VALUE: ' \
        '(--quiet -q)--quiet[Do not print the requests]' \
        '(--quiet -q)-q[Do not print the requests]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':subject -- Subject to answer on (wildcards allowed): ' \
        '::body -- Reply body template: ' \
        && return 0
}

_natsctl__rtt() {
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
        '(--json -j)--json[Print the results as JSON (rtt in nanoseconds)]' \
        '(--json -j)-j[Print the results as JSON (rtt in nanoseconds)]' \
        '(- *)'{-h,--help}'[Show help]' \
        '::iterations -- How many round trips to average (default 5): ' \
        && return 0
}

_natsctl__context() {
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
        ': :->command' \
        '*:: :->args' \
        && ret=0
    case $state in
    command)
        local -a commands
        commands=(
            'ls:List the known contexts'
            'info:Show a context (the selected one unless NAME is given)'
            'add:Create or update a context from the connection flags'
            'select:Select the default context, or print the selected one'
            'unselect:Clear the selection so that no context is the default'
            'rm:Remove a context'
        )
        _describe -t commands 'natsctl context command' commands && ret=0 ;;
    args)
        case $line[1] in
        ls|list|l) _natsctl__context__ls && ret=0 ;;
        info|show|view|v) _natsctl__context__info && ret=0 ;;
        add|save|create) _natsctl__context__add && ret=0 ;;
        select|switch|set) _natsctl__context__select && ret=0 ;;
        unselect) _natsctl__context__unselect && ret=0 ;;
        rm|remove) _natsctl__context__rm && ret=0 ;;
        esac ;;
    esac
    return ret
}

_natsctl__context__ls() {
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
        '(--json -j)--json[Print the contexts as JSON (secrets masked)]' \
        '(--json -j)-j[Print the contexts as JSON (secrets masked)]' \
        '(--names)--names[Print only the names, one per line]' \
        '(- *)'{-h,--help}'[Show help]' \
        && return 0
}

_natsctl__context__info() {
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
        '(--json -j)--json[Print the context as JSON (secrets masked)]' \
        '(--json -j)-j[Print the context as JSON (secrets masked)]' \
        '(- *)'{-h,--help}'[Show help]' \
        '::name -- The context to show: ' \
        && return 0
}

_natsctl__context__add() {
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
        '(--description)--description=[A description shown by '\''context ls'\'']:TEXT: ' \
        '(--select)--select[Select the context afterwards]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':name -- The context to create or update: ' \
        && return 0
}

_natsctl__context__select() {
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
        '::name -- The context to select: ' \
        && return 0
}

_natsctl__context__unselect() {
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
        && return 0
}

_natsctl__context__rm() {
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
        '(--force -f)--force[Remove without asking]' \
        '(--force -f)-f[Remove without asking]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':name -- The context to remove: ' \
        && return 0
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

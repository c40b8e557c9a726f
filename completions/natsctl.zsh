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
            'stream:Create, inspect, change and remove JetStream streams'
            'consumer:Create, inspect, change and remove JetStream consumers, and pull messages'
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
        stream|str|st|s) _natsctl__stream && ret=0 ;;
        consumer|con|obs|c) _natsctl__consumer && ret=0 ;;
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

_natsctl__stream() {
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
            'add:Create a stream, or check that it exists as configured'
            'ls:List streams'
            'info:Show a stream'\''s configuration and state'
            'edit:Change a stream'\''s configuration'
            'rm:Delete a stream and all its messages'
            'purge:Remove messages from a stream'
            'get:Print a stored message'
            'backup:Back up a stream to a file or directory'
            'restore:Restore a stream from a backup'
        )
        _describe -t commands 'natsctl stream command' commands && ret=0 ;;
    args)
        case $line[1] in
        add|create|new) _natsctl__stream__add && ret=0 ;;
        ls|list|l) _natsctl__stream__ls && ret=0 ;;
        info|nfo|i) _natsctl__stream__info && ret=0 ;;
        edit|update) _natsctl__stream__edit && ret=0 ;;
        rm|delete|del) _natsctl__stream__rm && ret=0 ;;
        purge) _natsctl__stream__purge && ret=0 ;;
        get) _natsctl__stream__get && ret=0 ;;
        backup|snapshot) _natsctl__stream__backup && ret=0 ;;
        restore) _natsctl__stream__restore && ret=0 ;;
        esac ;;
    esac
    return ret
}

_natsctl__stream__add() {
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
        '*--subjects=[Subjects the stream stores (repeatable; comma or space separated)]:SUBJECTS: ' \
        '(--description)--description=[A description of the stream]:TEXT: ' \
        '(--retention)--retention=[Retention policy]:RETENTION:(limits interest workq work workqueue)' \
        '(--discard)--discard=[Which messages a full stream discards]:DISCARD:(old new)' \
        '(--max-msgs)--max-msgs=[Maximum messages in the stream (-1 unlimited)]:N: ' \
        '(--max-bytes)--max-bytes=[Maximum size of the stream (-1 unlimited)]:SIZE: ' \
        '(--max-age)--max-age=[Maximum age of messages (-1 unlimited)]:DURATION: ' \
        '(--max-msg-size)--max-msg-size=[Maximum size of one message (-1 unlimited)]:SIZE: ' \
        '(--max-msgs-per-subject)--max-msgs-per-subject=[Maximum messages kept per subject (-1 unlimited)]:N: ' \
        '(--max-consumers)--max-consumers=[Maximum consumers of the stream (-1 unlimited)]:N: ' \
        '(--dupe-window)--dupe-window=[Window for duplicate detection by message id]:DURATION: ' \
        '(--replicas)--replicas=[Number of replicas]:N: ' \
        '(--compression)--compression=[On-disk compression (file storage)]:COMPRESSION:(none s2)' \
        '(--allow-rollup --no-allow-rollup)--allow-rollup[Allow Nats-Rollup headers to purge subjects]' \
        '(--allow-rollup --no-allow-rollup)--no-allow-rollup[Turn off: Allow Nats-Rollup headers to purge subjects]' \
        '(--deny-delete --no-deny-delete)--deny-delete[Refuse deleting single messages]' \
        '(--deny-delete --no-deny-delete)--no-deny-delete[Turn off: Refuse deleting single messages]' \
        '(--deny-purge --no-deny-purge)--deny-purge[Refuse purging the stream]' \
        '(--deny-purge --no-deny-purge)--no-deny-purge[Turn off: Refuse purging the stream]' \
        '(--allow-direct --no-allow-direct)--allow-direct[Allow direct get of messages]' \
        '(--allow-direct --no-allow-direct)--no-allow-direct[Turn off: Allow direct get of messages]' \
        '(--ack --no-ack)--ack[Acknowledge publishes (--no-ack turns acks off)]' \
        '(--ack --no-ack)--no-ack[Turn off: Acknowledge publishes (--no-ack turns acks off)]' \
        '(--discard-per-subject --no-discard-per-subject)--discard-per-subject[Apply the discard-new policy per subject]' \
        '(--discard-per-subject --no-discard-per-subject)--no-discard-per-subject[Turn off: Apply the discard-new policy per subject]' \
        '*--source=[Stream to source messages from: a name, or a StreamSource JSON object (repeatable)]:STREAM|JSON: ' \
        '*--metadata=[Metadata KEY=VALUE (repeatable)]:KEY=VALUE: ' \
        '*--tag=[Placement tag (repeatable)]:TAG: ' \
        '*--tags=[Placement tag (repeatable)]:TAG: ' \
        '(--cluster)--cluster=[Placement cluster]:CLUSTER: ' \
        '(--config)--config=[Configuration file: a StreamConfig, `stream info --json` output, an array, or {streams, consumers}]:FILE:_files' \
        '(--json -j)--json[Print the stream'\''s info as JSON]' \
        '(--json -j)-j[Print the stream'\''s info as JSON]' \
        '(--dry-run)--dry-run[Show what would be created or changed; exit 0 when nothing would, 3 when something would]' \
        '(--storage)--storage=[Storage backend]:STORAGE:(file f memory m)' \
        '(--first-sequence)--first-sequence=[Sequence of the first message]:N: ' \
        '(--mirror)--mirror=[Stream to mirror: a name, or a StreamSource JSON object (no --subjects then)]:STREAM|JSON: ' \
        '(--allow-mirror-direct --no-allow-mirror-direct)--allow-mirror-direct[Serve direct gets of the mirrored stream from this mirror]' \
        '(--allow-mirror-direct --no-allow-mirror-direct)--no-allow-mirror-direct[Turn off: Serve direct gets of the mirrored stream from this mirror]' \
        '(--defaults)--defaults[Use default values for everything not given (never prompt)]' \
        '(--update)--update[Apply the requested configuration when the stream exists with a different one]' \
        '(- *)'{-h,--help}'[Show help]' \
        '::name -- Stream name: ' \
        && return 0
}

_natsctl__stream__ls() {
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
        '(--subject)--subject=[Only streams that store this subject]:SUBJECT: ' \
        '(--names -n)--names[Print only the names, one per line]' \
        '(--names -n)-n[Print only the names, one per line]' \
        '(--json -j)--json[Print the streams'\'' infos as a JSON array]' \
        '(--json -j)-j[Print the streams'\'' infos as a JSON array]' \
        '(- *)'{-h,--help}'[Show help]' \
        && return 0
}

_natsctl__stream__info() {
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
        '(--json -j)--json[Print the server'\''s StreamInfo JSON]' \
        '(--json -j)-j[Print the server'\''s StreamInfo JSON]' \
        '(--subjects)--subjects[Include the per-subject message counts (with --json)]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':name -- Stream name: ' \
        && return 0
}

_natsctl__stream__edit() {
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
        '*--subjects=[Subjects the stream stores (repeatable; comma or space separated)]:SUBJECTS: ' \
        '(--description)--description=[A description of the stream]:TEXT: ' \
        '(--retention)--retention=[Retention policy]:RETENTION:(limits interest workq work workqueue)' \
        '(--discard)--discard=[Which messages a full stream discards]:DISCARD:(old new)' \
        '(--max-msgs)--max-msgs=[Maximum messages in the stream (-1 unlimited)]:N: ' \
        '(--max-bytes)--max-bytes=[Maximum size of the stream (-1 unlimited)]:SIZE: ' \
        '(--max-age)--max-age=[Maximum age of messages (-1 unlimited)]:DURATION: ' \
        '(--max-msg-size)--max-msg-size=[Maximum size of one message (-1 unlimited)]:SIZE: ' \
        '(--max-msgs-per-subject)--max-msgs-per-subject=[Maximum messages kept per subject (-1 unlimited)]:N: ' \
        '(--max-consumers)--max-consumers=[Maximum consumers of the stream (-1 unlimited)]:N: ' \
        '(--dupe-window)--dupe-window=[Window for duplicate detection by message id]:DURATION: ' \
        '(--replicas)--replicas=[Number of replicas]:N: ' \
        '(--compression)--compression=[On-disk compression (file storage)]:COMPRESSION:(none s2)' \
        '(--allow-rollup --no-allow-rollup)--allow-rollup[Allow Nats-Rollup headers to purge subjects]' \
        '(--allow-rollup --no-allow-rollup)--no-allow-rollup[Turn off: Allow Nats-Rollup headers to purge subjects]' \
        '(--deny-delete --no-deny-delete)--deny-delete[Refuse deleting single messages]' \
        '(--deny-delete --no-deny-delete)--no-deny-delete[Turn off: Refuse deleting single messages]' \
        '(--deny-purge --no-deny-purge)--deny-purge[Refuse purging the stream]' \
        '(--deny-purge --no-deny-purge)--no-deny-purge[Turn off: Refuse purging the stream]' \
        '(--allow-direct --no-allow-direct)--allow-direct[Allow direct get of messages]' \
        '(--allow-direct --no-allow-direct)--no-allow-direct[Turn off: Allow direct get of messages]' \
        '(--ack --no-ack)--ack[Acknowledge publishes (--no-ack turns acks off)]' \
        '(--ack --no-ack)--no-ack[Turn off: Acknowledge publishes (--no-ack turns acks off)]' \
        '(--discard-per-subject --no-discard-per-subject)--discard-per-subject[Apply the discard-new policy per subject]' \
        '(--discard-per-subject --no-discard-per-subject)--no-discard-per-subject[Turn off: Apply the discard-new policy per subject]' \
        '*--source=[Stream to source messages from: a name, or a StreamSource JSON object (repeatable)]:STREAM|JSON: ' \
        '*--metadata=[Metadata KEY=VALUE (repeatable)]:KEY=VALUE: ' \
        '*--tag=[Placement tag (repeatable)]:TAG: ' \
        '*--tags=[Placement tag (repeatable)]:TAG: ' \
        '(--cluster)--cluster=[Placement cluster]:CLUSTER: ' \
        '(--config)--config=[Configuration file: a StreamConfig, `stream info --json` output, an array, or {streams, consumers}]:FILE:_files' \
        '(--json -j)--json[Print the stream'\''s info as JSON]' \
        '(--json -j)-j[Print the stream'\''s info as JSON]' \
        '(--dry-run)--dry-run[Show what would be created or changed; exit 0 when nothing would, 3 when something would]' \
        '(--force -f)--force[Apply without asking for confirmation]' \
        '(--force -f)-f[Apply without asking for confirmation]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':name -- Stream name: ' \
        && return 0
}

_natsctl__stream__rm() {
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
        '(--force -f)--force[Delete without asking]' \
        '(--force -f)-f[Delete without asking]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':name -- Stream name: ' \
        && return 0
}

_natsctl__stream__purge() {
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
        '(--subject)--subject=[Only purge messages on this subject]:SUBJECT: ' \
        '(--seq)--seq=[Purge up to, not including, this sequence]:N: ' \
        '(--keep)--keep=[Keep this many of the newest messages]:N: ' \
        '(--force -f)--force[Purge without asking]' \
        '(--force -f)-f[Purge without asking]' \
        '(--json -j)--json[Print the stream'\''s info as JSON afterwards]' \
        '(--json -j)-j[Print the stream'\''s info as JSON afterwards]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':name -- Stream name: ' \
        && return 0
}

_natsctl__stream__get() {
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
        '(--last-for -S)--last-for=[The last message on this subject]:SUBJECT: ' \
        '(--last-for -S)-S+[The last message on this subject]:SUBJECT: ' \
        '(--json -j)--json[Print the stored message as JSON]' \
        '(--json -j)-j[Print the stored message as JSON]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':name -- Stream name: ' \
        '::seq -- Message sequence: ' \
        && return 0
}

_natsctl__stream__backup() {
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
        '(--chunk-size)--chunk-size=[Size of the chunks the server sends]:SIZE: ' \
        '(--consumers --no-consumers)--consumers[Include the stream'\''s consumers]' \
        '(--consumers --no-consumers)--no-consumers[Turn off: Include the stream'\''s consumers]' \
        '(--check)--check[Have the server verify message checksums while snapshotting]' \
        '(--idle-timeout)--idle-timeout=[How long to wait for the next chunk before giving up]:DURATION: ' \
        '(--progress --no-progress)--progress[Show a progress bar on a terminal]' \
        '(--progress --no-progress)--no-progress[Turn off: Show a progress bar on a terminal]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':name -- Stream name: ' \
        ':target -- File, directory, or - for standard output:_files' \
        && return 0
}

_natsctl__stream__restore() {
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
        '(--replace)--replace[Delete an existing stream of the same name first]' \
        '(--force -f)--force[Replace without asking]' \
        '(--force -f)-f[Replace without asking]' \
        '(--replicas)--replicas=[Number of replicas of the restored stream]:N: ' \
        '(--cluster)--cluster=[Place the restored stream in this cluster]:CLUSTER: ' \
        '*--tag=[Placement tag (repeatable)]:TAG: ' \
        '*--tags=[Placement tag (repeatable)]:TAG: ' \
        '(--config)--config=[Restore with this configuration (same stream name)]:FILE:_files' \
        '(--progress --no-progress)--progress[Show a progress bar on a terminal]' \
        '(--progress --no-progress)--no-progress[Turn off: Show a progress bar on a terminal]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':source -- Backup file, directory, or -:_files' \
        && return 0
}

_natsctl__consumer() {
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
            'add:Create a consumer, or check that it exists as configured'
            'ls:List a stream'\''s consumers'
            'info:Show a consumer'\''s configuration and state'
            'edit:Change a consumer'\''s configuration'
            'rm:Delete a consumer'
            'next:Pull messages from a pull consumer'
        )
        _describe -t commands 'natsctl consumer command' commands && ret=0 ;;
    args)
        case $line[1] in
        add|create|new) _natsctl__consumer__add && ret=0 ;;
        ls|list|l) _natsctl__consumer__ls && ret=0 ;;
        info|nfo|i) _natsctl__consumer__info && ret=0 ;;
        edit|update) _natsctl__consumer__edit && ret=0 ;;
        rm|delete|del) _natsctl__consumer__rm && ret=0 ;;
        next) _natsctl__consumer__next && ret=0 ;;
        esac ;;
    esac
    return ret
}

_natsctl__consumer__add() {
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
        '*--filter=[Subject filter (repeatable: several filters make filter_subjects)]:SUBJECT: ' \
        '(--description)--description=[A description of the consumer]:TEXT: ' \
        '(--max-deliver)--max-deliver=[Maximum deliveries of one message (-1 unlimited)]:N: ' \
        '(--max-pending --max-outstanding)--max-pending=[Maximum unacknowledged messages (max_ack_pending)]:N: ' \
        '(--max-pending --max-outstanding)--max-outstanding=[Maximum unacknowledged messages (max_ack_pending)]:N: ' \
        '(--wait)--wait=[How long the server waits for an acknowledgement]:DURATION: ' \
        '(--headers-only --no-headers-only)--headers-only[Deliver only headers and Nats-Msg-Size]' \
        '(--headers-only --no-headers-only)--no-headers-only[Turn off: Deliver only headers and Nats-Msg-Size]' \
        '(--backoff)--backoff=[Redelivery backoff (linear spreads --backoff-steps from --backoff-min to -max)]:BACKOFF:(linear none)' \
        '(--backoff-steps)--backoff-steps=[Number of backoff steps]:N: ' \
        '(--backoff-min)--backoff-min=[First (shortest) backoff delay]:DURATION: ' \
        '(--backoff-max)--backoff-max=[Last (longest) backoff delay]:DURATION: ' \
        '(--inactive-threshold)--inactive-threshold=[Delete the consumer after this long without activity]:DURATION: ' \
        '(--max-pull-batch)--max-pull-batch=[Largest batch of one pull request (pull only)]:N: ' \
        '(--max-pull-expire)--max-pull-expire=[Longest expiry of one pull request (pull only)]:DURATION: ' \
        '(--max-pull-bytes)--max-pull-bytes=[Most bytes of one pull request (pull only)]:SIZE: ' \
        '(--target)--target=[Push delivery subject (makes a push consumer)]:SUBJECT: ' \
        '(--deliver-group)--deliver-group=[Queue group of a push consumer]:GROUP: ' \
        '(--replicas)--replicas=[Replicas (0 = as the stream)]:N: ' \
        '*--metadata=[Metadata KEY=VALUE (repeatable)]:KEY=VALUE: ' \
        '(--pull)--pull[A pull consumer (the default without --target)]' \
        '(--ack)--ack=[Acknowledgement policy (default explicit for pull, none for push)]:ACK:(none all explicit)' \
        '(--deliver)--deliver=[Start at: all, last, new, last_per_subject, a stream sequence, or a duration back from now]:POLICY: ' \
        '(--replay)--replay=[Replay speed]:REPLAY:(instant original)' \
        '(--heartbeat)--heartbeat=[Idle heartbeat of a push consumer (push only)]:DURATION: ' \
        '(--flow-control)--flow-control[Flow control of a push consumer (push only)]' \
        '(--max-waiting)--max-waiting=[Maximum waiting pull requests (pull only)]:N: ' \
        '(--memory)--memory[Keep the consumer'\''s state in memory]' \
        '(--ephemeral)--ephemeral[An ephemeral consumer (NAME is its name, not a durable name)]' \
        '(--config)--config=[Configuration file: a ConsumerConfig or `consumer info --json` output]:FILE:_files' \
        '(--defaults)--defaults[Use default values for everything not given (never prompt)]' \
        '(--json -j)--json[Print the consumer'\''s info as JSON]' \
        '(--json -j)-j[Print the consumer'\''s info as JSON]' \
        '(--dry-run)--dry-run[Show what would be created or changed; exit 0 when nothing would, 3 when something would]' \
        '(- *)'{-h,--help}'[Show help]' \
        '::stream -- Stream name (may come from --config): ' \
        '::name -- Consumer name (may come from --config): ' \
        && return 0
}

_natsctl__consumer__ls() {
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
        '(--names -n)--names[Print only the names, one per line]' \
        '(--names -n)-n[Print only the names, one per line]' \
        '(--json -j)--json[Print the consumers'\'' infos as a JSON array]' \
        '(--json -j)-j[Print the consumers'\'' infos as a JSON array]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':stream -- Stream name: ' \
        && return 0
}

_natsctl__consumer__info() {
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
        '(--json -j)--json[Print the server'\''s ConsumerInfo JSON]' \
        '(--json -j)-j[Print the server'\''s ConsumerInfo JSON]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':stream -- Stream name: ' \
        ':name -- Consumer name: ' \
        && return 0
}

_natsctl__consumer__edit() {
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
        '*--filter=[Subject filter (repeatable: several filters make filter_subjects)]:SUBJECT: ' \
        '(--description)--description=[A description of the consumer]:TEXT: ' \
        '(--max-deliver)--max-deliver=[Maximum deliveries of one message (-1 unlimited)]:N: ' \
        '(--max-pending --max-outstanding)--max-pending=[Maximum unacknowledged messages (max_ack_pending)]:N: ' \
        '(--max-pending --max-outstanding)--max-outstanding=[Maximum unacknowledged messages (max_ack_pending)]:N: ' \
        '(--wait)--wait=[How long the server waits for an acknowledgement]:DURATION: ' \
        '(--headers-only --no-headers-only)--headers-only[Deliver only headers and Nats-Msg-Size]' \
        '(--headers-only --no-headers-only)--no-headers-only[Turn off: Deliver only headers and Nats-Msg-Size]' \
        '(--backoff)--backoff=[Redelivery backoff (linear spreads --backoff-steps from --backoff-min to -max)]:BACKOFF:(linear none)' \
        '(--backoff-steps)--backoff-steps=[Number of backoff steps]:N: ' \
        '(--backoff-min)--backoff-min=[First (shortest) backoff delay]:DURATION: ' \
        '(--backoff-max)--backoff-max=[Last (longest) backoff delay]:DURATION: ' \
        '(--inactive-threshold)--inactive-threshold=[Delete the consumer after this long without activity]:DURATION: ' \
        '(--max-pull-batch)--max-pull-batch=[Largest batch of one pull request (pull only)]:N: ' \
        '(--max-pull-expire)--max-pull-expire=[Longest expiry of one pull request (pull only)]:DURATION: ' \
        '(--max-pull-bytes)--max-pull-bytes=[Most bytes of one pull request (pull only)]:SIZE: ' \
        '(--target)--target=[Push delivery subject (makes a push consumer)]:SUBJECT: ' \
        '(--deliver-group)--deliver-group=[Queue group of a push consumer]:GROUP: ' \
        '(--replicas)--replicas=[Replicas (0 = as the stream)]:N: ' \
        '*--metadata=[Metadata KEY=VALUE (repeatable)]:KEY=VALUE: ' \
        '(--config)--config=[The whole new configuration: a ConsumerConfig or `consumer info --json` output]:FILE:_files' \
        '(--force -f)--force[Apply without asking for confirmation]' \
        '(--force -f)-f[Apply without asking for confirmation]' \
        '(--json -j)--json[Print the consumer'\''s info as JSON]' \
        '(--json -j)-j[Print the consumer'\''s info as JSON]' \
        '(--dry-run)--dry-run[Show the difference; exit 0 when there is none, 3 when there is one]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':stream -- Stream name: ' \
        ':name -- Consumer name: ' \
        && return 0
}

_natsctl__consumer__rm() {
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
        '(--force -f)--force[Delete without asking]' \
        '(--force -f)-f[Delete without asking]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':stream -- Stream name: ' \
        ':name -- Consumer name: ' \
        && return 0
}

_natsctl__consumer__next() {
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
        '(--count)--count=[Number of messages to pull]:N: ' \
        '(--ack --no-ack)--ack[Acknowledge the messages]' \
        '(--ack --no-ack)--no-ack[Turn off: Acknowledge the messages]' \
        '(--nak)--nak[Ask for redelivery instead of acknowledging]' \
        '(--term)--term[Stop redelivery for good instead of acknowledging]' \
        '(--raw -r)--raw[Print only the message bodies]' \
        '(--raw -r)-r[Print only the message bodies]' \
        '(--json -j)--json[Print one JSON object per message]' \
        '(--json -j)-j[Print one JSON object per message]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':stream -- Stream name: ' \
        ':name -- Consumer name: ' \
        && return 0
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
        '(--jetstream -J)--jetstream[Publish into a stream and wait for its acknowledgement]' \
        '(--jetstream -J)-J[Publish into a stream and wait for its acknowledgement]' \
        '(--msg-id)--msg-id=[Message id for deduplication (Nats-Msg-Id; needs -J)]:ID: ' \
        '(--expect-stream)--expect-stream=[Refuse unless this stream stores the message (needs -J)]:STREAM: ' \
        '(--expect-last-seq)--expect-last-seq=[Refuse unless the stream'\''s last sequence is N (needs -J)]:N: ' \
        '(--expect-last-subject-seq)--expect-last-subject-seq=[Refuse unless the last message on this subject has sequence N, 0 for none (needs -J)]:N: ' \
        '(--json)--json[Print the acknowledgement JSON (needs -J)]' \
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
        '(--dump)--dump=[Write each message to DIR/<n>.json instead of printing it (n: the stream sequence, or the count)]:DIR:_files -/' \
        '(--translate)--translate=[Show each body as this shell command'\''s output (the body is its standard input)]:COMMAND: ' \
        '(--stream)--stream=[Read the subject'\''s messages from this stream]:STREAM: ' \
        '(--all)--all[Deliver every message of the stream (the default)]' \
        '(--new)--new[Deliver only messages stored from now on]' \
        '(--last)--last[Deliver from the stream'\''s last message]' \
        '(--last-per-subject)--last-per-subject[Deliver the last message of each subject]' \
        '(--since)--since=[Deliver messages stored this long ago or later]:DURATION: ' \
        '(--start-sequence)--start-sequence=[Deliver from this stream sequence]:N: ' \
        '(--durable)--durable=[Read through this durable consumer (created if missing)]:NAME: ' \
        '(--ack)--ack[Acknowledge each message (with --durable; on a plain subscription, those with a JetStream ack subject)]' \
        '(--terminate-at-end -T)--terminate-at-end[Exit 0 once caught up with the stream (nothing pending)]' \
        '(--terminate-at-end -T)-T[Exit 0 once caught up with the stream (nothing pending)]' \
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
        '(--count)--count=[Number of requests to send, one after the other]:N: ' \
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
        '(--queue -q)--queue=[Queue group, so several repliers share the requests]:GROUP: ' \
        '(--queue -q)-q+[Queue group, so several repliers share the requests]:GROUP: ' \
        '(--count)--count=[Exit after answering this many]:N: ' \
        '(--echo)--echo[Reply with the request'\''s body and headers]' \
        '*--header=[Header NAME:VALUE added to replies (repeatable)]:NAME:VALUE: ' \
        '*-H+[Header NAME:VALUE added to replies (repeatable)]:NAME:VALUE: ' \
        '(--command)--command=[Reply with the output of this shell command (see above)]:COMMAND: ' \
        '(--command-timeout)--command-timeout=[Kill a --command still running after this long]:DURATION: ' \
        '(--quiet)--quiet[Do not print the requests]' \
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
            'edit:Change an existing context'\''s values'
            'copy:Copy a context under a new name, changing the values given'
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
        edit|update) _natsctl__context__edit && ret=0 ;;
        copy|cp) _natsctl__context__copy && ret=0 ;;
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

_natsctl__context__edit() {
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
        '(- *)'{-h,--help}'[Show help]' \
        ':name -- The context to change: ' \
        && return 0
}

_natsctl__context__copy() {
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
        '(--select)--select[Select the new context afterwards]' \
        '(- *)'{-h,--help}'[Show help]' \
        ':source -- The context to copy: ' \
        ':target -- The name of the new context: ' \
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

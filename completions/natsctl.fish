# fish completion for natsctl 0.1.0.
# Generated from the command model; regenerate instead of editing.

function __natsctl_subcommand
    switch "$argv[1]"
        case 'natsctl'
            switch $argv[2]
                case pub publish
                    echo pub
                case sub subscribe
                    echo sub
                case request req
                    echo request
                case reply
                    echo reply
                case rtt
                    echo rtt
                case context ctx
                    echo context
                case completion
                    echo completion
                case man
                    echo man
                case help
                    echo help
            end
        case 'natsctl context'
            switch $argv[2]
                case ls list l
                    echo ls
                case info show view v
                    echo info
                case add save create
                    echo add
                case select switch set
                    echo select
                case unselect
                    echo unselect
                case rm remove
                    echo rm
            end
    end
end

function __natsctl_takes_value
    switch "$argv[1]"
        case 'natsctl'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
        case 'natsctl pub'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --count --sleep --header -H --reply --send-on
            return $status
        case 'natsctl sub'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --queue --count --wait --ignore-subject -I
            return $status
        case 'natsctl request'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --header -H --replies
            return $status
        case 'natsctl reply'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --queue --count --header -H
            return $status
        case 'natsctl rtt'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
        case 'natsctl context'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
        case 'natsctl context ls'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
        case 'natsctl context info'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
        case 'natsctl context add'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --description
            return $status
        case 'natsctl context select'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
        case 'natsctl context unselect'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
        case 'natsctl context rm'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
        case 'natsctl completion'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
        case 'natsctl man'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --output -o
            return $status
        case 'natsctl help'
            contains -- $argv[2] --server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context
            return $status
    end
    return 1
end

function __natsctl_path
    set -l path 'natsctl'
    set -l skip 0
    set -l words (commandline -opc)
    set -e words[1]
    for word in $words
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $word
            case '--'
                break
            case '--*=*'
            case '-*'
                if __natsctl_takes_value "$path" $word
                    set skip 1
                end
            case '*'
                set -l next (__natsctl_subcommand "$path" $word)
                if test -n "$next"
                    set path "$path $next"
                end
        end
    end
    echo $path
end

function __natsctl_at
    test (__natsctl_path) = "$argv[1]"
end

complete -c natsctl -f
complete -c natsctl -n '__natsctl_at \'natsctl\'' -a pub -d 'Publish a message'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -a sub -d 'Subscribe to subjects and print the messages'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -a request -d 'Send a request and print the replies'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -a reply -d 'Answer requests on a subject'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -a rtt -d 'Measure the round-trip time to each NATS server'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -a context -d 'Manage nats CLI contexts (stored connection settings)'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -a completion -d 'Print a shell completion script'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -a man -d 'Write the man pages'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -a help -d 'Show help for a command'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l count -x -d 'Number of messages to publish'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l sleep -x -d 'Pause between messages'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -s H -l header -x -d 'Header NAME:VALUE (repeatable)'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l reply -x -d 'Reply subject to set on the messages'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l send-on -x -a 'eof newline' -d 'Read standard input to its end (eof) or publish one message per line'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l templates -d 'Expand templates in subject, body and headers'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l no-templates -d 'Turn off: Expand templates in subject, body and headers'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -l force-stdin -d 'Read the body from standard input even on a terminal'
complete -c natsctl -n '__natsctl_at \'natsctl pub\'' -s q -l quiet -d 'Print nothing but errors'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l queue -x -d 'Queue group to join'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l count -x -d 'Exit after this many messages'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l wait -x -d 'Exit after this long without a message'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -s r -l raw -d 'Print only the bodies, one per line'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l headers-only -d 'Print only the Received lines and headers'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l subjects-only -d 'Print only the Received lines'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -s t -l timestamp -d 'Add the time each message was received'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -s I -l ignore-subject -x -d 'Skip messages on subjects matching this pattern (repeatable)'
complete -c natsctl -n '__natsctl_at \'natsctl sub\'' -l json -d 'Print each message as a JSON object on its own line'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -s H -l header -x -d 'Header NAME:VALUE (repeatable)'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -s r -l raw -d 'Print only the reply bodies'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l replies -x -d 'Replies to wait for (0: all until the timeout)'
complete -c natsctl -n '__natsctl_at \'natsctl request\'' -l force-stdin -d 'Read the body from standard input even on a terminal'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l queue -x -d 'Queue group, so several repliers share the requests'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l count -x -d 'Exit after answering this many'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -l echo -d 'Reply with the request\'s body and headers'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -s H -l header -x -d 'Header NAME:VALUE added to replies (repeatable)'
complete -c natsctl -n '__natsctl_at \'natsctl reply\'' -s q -l quiet -d 'Do not print the requests'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl rtt\'' -s j -l json -d 'Print the results as JSON (rtt in nanoseconds)'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -a ls -d 'List the known contexts'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -a info -d 'Show a context (the selected one unless NAME is given)'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -a add -d 'Create or update a context from the connection flags'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -a select -d 'Select the default context, or print the selected one'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -a unselect -d 'Clear the selection so that no context is the default'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -a rm -d 'Remove a context'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl context\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -s j -l json -d 'Print the contexts as JSON (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl context ls\'' -l names -d 'Print only the names, one per line'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl context info\'' -s j -l json -d 'Print the context as JSON (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l description -x -d 'A description shown by \'context ls\''
complete -c natsctl -n '__natsctl_at \'natsctl context add\'' -l select -d 'Select the context afterwards'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl context select\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl context unselect\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl context rm\'' -s f -l force -d 'Remove without asking'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -a 'bash zsh fish'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -s o -l output -r -F -d 'Directory to write the pages into'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l user -x -d 'User name (alone: a token)'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l creds -r -F -d 'User credentials (.creds) file'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l nkey -r -F -d 'User NKEY seed file'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l tlscert -r -F -d 'TLS client certificate file'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l tlskey -r -F -d 'TLS client private key file'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l tlsca -r -F -d 'CA file to verify the server with'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l tlsfirst -l tls-first -d 'Start TLS before the server\'s INFO (handshake_first)'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l inbox-prefix -x -d 'Prefix of reply subjects'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l context -x -d 'nats CLI context to use (a name or a .json file)'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l no-context -d 'Ignore the stored nats CLI contexts'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l no-color -d 'Never colour the output'

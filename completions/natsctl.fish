# fish completion for natsctl 0.1.0.
# Generated from the command model; regenerate instead of editing.

function __natsctl_subcommand
    switch "$argv[1]"
        case 'natsctl'
            switch $argv[2]
                case completion
                    echo completion
                case man
                    echo man
                case help
                    echo help
            end
    end
end

function __natsctl_takes_value
    switch "$argv[1]"
        case 'natsctl'
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

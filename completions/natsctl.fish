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
            contains -- $argv[2] --server -s --user --password --token --timeout --connection-name --js-domain --js-api-prefix
            return $status
        case 'natsctl completion'
            contains -- $argv[2] --server -s --user --password --token --timeout --connection-name --js-domain --js-api-prefix
            return $status
        case 'natsctl man'
            contains -- $argv[2] --server -s --user --password --token --timeout --connection-name --js-domain --js-api-prefix --output -o
            return $status
        case 'natsctl help'
            contains -- $argv[2] --server -s --user --password --token --timeout --connection-name --js-domain --js-api-prefix
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
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l user -x -d 'User name or token'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l user -x -d 'User name or token'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl completion\'' -a 'bash zsh fish'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l user -x -d 'User name or token'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -l no-color -d 'Never colour the output'
complete -c natsctl -n '__natsctl_at \'natsctl man\'' -s o -l output -r -F -d 'Directory to write the pages into'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -s s -l server -x -d 'NATS server URLs, comma separated (default nats://127.0.0.1:4222)'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l user -x -d 'User name or token'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l password -x -d 'Password'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l token -x -d 'Authentication token'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l timeout -x -d 'Time to wait for the server and for API responses'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l connection-name -x -d 'Name of the connection shown by the server'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l js-domain -x -d 'JetStream domain to address'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l js-api-prefix -x -d 'JetStream API subject prefix'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l trace -d 'Log protocol operations and JetStream API traffic to stderr (secrets masked)'
complete -c natsctl -n '__natsctl_at \'natsctl help\'' -l no-color -d 'Never colour the output'

# bash completion for natsctl 0.1.0.
# Generated from the command model; regenerate instead of editing.

_natsctl_subcommand() {
    case "$1" in
    'natsctl')
        case "$2" in
        completion) echo completion ;;
        man) echo man ;;
        help) echo help ;;
        esac ;;
    esac
}

_natsctl_takes_value() {
    case "$1" in
    'natsctl')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl completion')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl man')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--output|-o) return 0 ;; esac ;;
    'natsctl help')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    esac
    return 1
}

_natsctl_values() {
    case "$1" in
    'natsctl')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl completion')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl man')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        --output|-o) COMPREPLY=($(compgen -d -- "$3")) ;;
        esac ;;
    'natsctl help')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    esac
}

_natsctl_words() {
    case "$1" in
    'natsctl') COMPREPLY=($(compgen -W 'completion man help' -- "$2")) ;;
    'natsctl completion') COMPREPLY=($(compgen -W 'bash zsh fish' -- "$2")) ;;
    esac
}

_natsctl() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev path='natsctl' i word next
    local options=""
    COMPREPLY=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        case "$word" in
        --) break ;;
        -*)
            if [[ "$word" != *=* ]] && _natsctl_takes_value "$path" "$word"; then
                if [[ "${COMP_WORDS[i + 1]}" == "=" ]]; then ((i += 2)); else ((i++)); fi
            fi ;;
        *)
            next=$(_natsctl_subcommand "$path" "$word")
            if [[ -n "$next" ]]; then path="$path $next"; fi ;;
        esac
    done
    prev="${COMP_WORDS[COMP_CWORD - 1]}"
    if [[ "$cur" == "=" ]]; then
        cur=""
    elif [[ "$prev" == "=" ]] && ((COMP_CWORD > 1)); then
        prev="${COMP_WORDS[COMP_CWORD - 2]}"
    fi
    if [[ "$prev" == -* ]] && _natsctl_takes_value "$path" "$prev"; then
        _natsctl_values "$path" "$prev" "$cur"
        return 0
    fi
    if [[ "$cur" == -* ]]; then
        case "$path" in
        'natsctl') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --help --version' ;;
        'natsctl completion') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --help' ;;
        'natsctl man') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --output -o --help' ;;
        'natsctl help') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --help' ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return 0
    fi
    _natsctl_words "$path" "$cur"
}

complete -F _natsctl natsctl

# bash completion for natsctl 0.1.0.
# Generated from the command model; regenerate instead of editing.

_natsctl_subcommand() {
    case "$1" in
    'natsctl')
        case "$2" in
        stream|str|st|s) echo stream ;;
        consumer|con|obs|c) echo consumer ;;
        pub|publish) echo pub ;;
        sub|subscribe) echo sub ;;
        request|req) echo request ;;
        reply) echo reply ;;
        rtt) echo rtt ;;
        context|ctx) echo context ;;
        completion) echo completion ;;
        man) echo man ;;
        help) echo help ;;
        esac ;;
    'natsctl stream')
        case "$2" in
        add|create|new) echo add ;;
        ls|list|l) echo ls ;;
        info|nfo|i) echo info ;;
        edit|update) echo edit ;;
        rm|delete|del) echo rm ;;
        purge) echo purge ;;
        get) echo get ;;
        backup|snapshot) echo backup ;;
        restore) echo restore ;;
        esac ;;
    'natsctl consumer')
        case "$2" in
        add|create|new) echo add ;;
        ls|list|l) echo ls ;;
        info|nfo|i) echo info ;;
        edit|update) echo edit ;;
        rm|delete|del) echo rm ;;
        next) echo next ;;
        esac ;;
    'natsctl context')
        case "$2" in
        ls|list|l) echo ls ;;
        info|show|view|v) echo info ;;
        add|save|create) echo add ;;
        edit|update) echo edit ;;
        copy|cp) echo copy ;;
        select|switch|set) echo select ;;
        unselect) echo unselect ;;
        rm|remove) echo rm ;;
        esac ;;
    esac
}

_natsctl_takes_value() {
    case "$1" in
    'natsctl')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl stream')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl stream add')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--subjects|--description|--retention|--discard|--max-msgs|--max-bytes|--max-age|--max-msg-size|--max-msgs-per-subject|--max-consumers|--dupe-window|--replicas|--compression|--source|--metadata|--tag|--tags|--cluster|--config|--storage|--first-sequence|--mirror) return 0 ;; esac ;;
    'natsctl stream ls')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--subject) return 0 ;; esac ;;
    'natsctl stream info')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl stream edit')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--subjects|--description|--retention|--discard|--max-msgs|--max-bytes|--max-age|--max-msg-size|--max-msgs-per-subject|--max-consumers|--dupe-window|--replicas|--compression|--source|--metadata|--tag|--tags|--cluster|--config) return 0 ;; esac ;;
    'natsctl stream rm')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl stream purge')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--subject|--seq|--keep) return 0 ;; esac ;;
    'natsctl stream get')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--last-for|-S) return 0 ;; esac ;;
    'natsctl stream backup')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--chunk-size|--idle-timeout) return 0 ;; esac ;;
    'natsctl stream restore')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--replicas|--cluster|--tag|--tags|--config) return 0 ;; esac ;;
    'natsctl consumer')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl consumer add')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--filter|--description|--max-deliver|--max-pending|--max-outstanding|--wait|--backoff|--backoff-steps|--backoff-min|--backoff-max|--inactive-threshold|--max-pull-batch|--max-pull-expire|--max-pull-bytes|--target|--deliver-group|--replicas|--metadata|--ack|--deliver|--replay|--heartbeat|--max-waiting|--config) return 0 ;; esac ;;
    'natsctl consumer ls')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl consumer info')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl consumer edit')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--filter|--description|--max-deliver|--max-pending|--max-outstanding|--wait|--backoff|--backoff-steps|--backoff-min|--backoff-max|--inactive-threshold|--max-pull-batch|--max-pull-expire|--max-pull-bytes|--target|--deliver-group|--replicas|--metadata|--config) return 0 ;; esac ;;
    'natsctl consumer rm')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl consumer next')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--count) return 0 ;; esac ;;
    'natsctl pub')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--count|--sleep|--header|-H|--reply|--send-on|--msg-id|--expect-stream|--expect-last-seq|--expect-last-subject-seq) return 0 ;; esac ;;
    'natsctl sub')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--queue|--count|--wait|--ignore-subject|-I|--dump|--translate|--stream|--since|--start-sequence|--durable) return 0 ;; esac ;;
    'natsctl request')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--header|-H|--replies|--count) return 0 ;; esac ;;
    'natsctl reply')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--queue|-q|--count|--header|-H|--command|--command-timeout) return 0 ;; esac ;;
    'natsctl rtt')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl context')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl context ls')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl context info')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl context add')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--description) return 0 ;; esac ;;
    'natsctl context edit')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--description) return 0 ;; esac ;;
    'natsctl context copy')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context|--description) return 0 ;; esac ;;
    'natsctl context select')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl context unselect')
        case "$2" in --server|-s|--user|--password|--token|--creds|--nkey|--tlscert|--tlskey|--tlsca|--timeout|--connection-name|--inbox-prefix|--js-domain|--js-api-prefix|--context) return 0 ;; esac ;;
    'natsctl context rm')
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
    'natsctl stream')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl stream add')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        --retention) COMPREPLY=($(compgen -W 'limits interest workq work workqueue' -- "$3")) ;;
        --discard) COMPREPLY=($(compgen -W 'old new' -- "$3")) ;;
        --compression) COMPREPLY=($(compgen -W 'none s2' -- "$3")) ;;
        --config) COMPREPLY=($(compgen -f -- "$3")) ;;
        --storage) COMPREPLY=($(compgen -W 'file f memory m' -- "$3")) ;;
        esac ;;
    'natsctl stream ls')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl stream info')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl stream edit')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        --retention) COMPREPLY=($(compgen -W 'limits interest workq work workqueue' -- "$3")) ;;
        --discard) COMPREPLY=($(compgen -W 'old new' -- "$3")) ;;
        --compression) COMPREPLY=($(compgen -W 'none s2' -- "$3")) ;;
        --config) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl stream rm')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl stream purge')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl stream get')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl stream backup')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl stream restore')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        --config) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl consumer')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl consumer add')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        --backoff) COMPREPLY=($(compgen -W 'linear none' -- "$3")) ;;
        --ack) COMPREPLY=($(compgen -W 'none all explicit' -- "$3")) ;;
        --replay) COMPREPLY=($(compgen -W 'instant original' -- "$3")) ;;
        --config) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl consumer ls')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl consumer info')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl consumer edit')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        --backoff) COMPREPLY=($(compgen -W 'linear none' -- "$3")) ;;
        --config) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl consumer rm')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl consumer next')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl pub')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        --send-on) COMPREPLY=($(compgen -W 'eof newline' -- "$3")) ;;
        esac ;;
    'natsctl sub')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        --dump) COMPREPLY=($(compgen -d -- "$3")) ;;
        esac ;;
    'natsctl request')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl reply')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl rtt')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl context')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl context ls')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl context info')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl context add')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl context edit')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl context copy')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl context select')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl context unselect')
        case "$2" in
        --creds) COMPREPLY=($(compgen -f -- "$3")) ;;
        --nkey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlscert) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlskey) COMPREPLY=($(compgen -f -- "$3")) ;;
        --tlsca) COMPREPLY=($(compgen -f -- "$3")) ;;
        esac ;;
    'natsctl context rm')
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
    'natsctl') COMPREPLY=($(compgen -W 'stream consumer pub sub request reply rtt context completion man help' -- "$2")) ;;
    'natsctl stream') COMPREPLY=($(compgen -W 'add ls info edit rm purge get backup restore' -- "$2")) ;;
    'natsctl stream restore') COMPREPLY=($(compgen -f -- "$2")) ;;
    'natsctl consumer') COMPREPLY=($(compgen -W 'add ls info edit rm next' -- "$2")) ;;
    'natsctl context') COMPREPLY=($(compgen -W 'ls info add edit copy select unselect rm' -- "$2")) ;;
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
        'natsctl stream') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --help' ;;
        'natsctl stream add') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --subjects --description --retention --discard --max-msgs --max-bytes --max-age --max-msg-size --max-msgs-per-subject --max-consumers --dupe-window --replicas --compression --allow-rollup --no-allow-rollup --deny-delete --no-deny-delete --deny-purge --no-deny-purge --allow-direct --no-allow-direct --ack --no-ack --discard-per-subject --no-discard-per-subject --source --metadata --tag --tags --cluster --config --json -j --dry-run --storage --first-sequence --mirror --allow-mirror-direct --no-allow-mirror-direct --defaults --update --help' ;;
        'natsctl stream ls') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --subject --names -n --json -j --help' ;;
        'natsctl stream info') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --json -j --subjects --help' ;;
        'natsctl stream edit') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --subjects --description --retention --discard --max-msgs --max-bytes --max-age --max-msg-size --max-msgs-per-subject --max-consumers --dupe-window --replicas --compression --allow-rollup --no-allow-rollup --deny-delete --no-deny-delete --deny-purge --no-deny-purge --allow-direct --no-allow-direct --ack --no-ack --discard-per-subject --no-discard-per-subject --source --metadata --tag --tags --cluster --config --json -j --dry-run --force -f --help' ;;
        'natsctl stream rm') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --force -f --help' ;;
        'natsctl stream purge') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --subject --seq --keep --force -f --json -j --help' ;;
        'natsctl stream get') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --last-for -S --json -j --help' ;;
        'natsctl stream backup') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --chunk-size --consumers --no-consumers --check --idle-timeout --progress --no-progress --help' ;;
        'natsctl stream restore') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --replace --force -f --replicas --cluster --tag --tags --config --progress --no-progress --help' ;;
        'natsctl consumer') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --help' ;;
        'natsctl consumer add') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --filter --description --max-deliver --max-pending --max-outstanding --wait --headers-only --no-headers-only --backoff --backoff-steps --backoff-min --backoff-max --inactive-threshold --max-pull-batch --max-pull-expire --max-pull-bytes --target --deliver-group --replicas --metadata --pull --ack --deliver --replay --heartbeat --flow-control --max-waiting --memory --ephemeral --config --defaults --json -j --dry-run --help' ;;
        'natsctl consumer ls') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --names -n --json -j --help' ;;
        'natsctl consumer info') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --json -j --help' ;;
        'natsctl consumer edit') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --filter --description --max-deliver --max-pending --max-outstanding --wait --headers-only --no-headers-only --backoff --backoff-steps --backoff-min --backoff-max --inactive-threshold --max-pull-batch --max-pull-expire --max-pull-bytes --target --deliver-group --replicas --metadata --config --force -f --json -j --dry-run --help' ;;
        'natsctl consumer rm') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --force -f --help' ;;
        'natsctl consumer next') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --count --ack --no-ack --nak --term --raw -r --json -j --help' ;;
        'natsctl pub') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --count --sleep --header -H --reply --send-on --templates --no-templates --force-stdin --quiet -q --jetstream -J --msg-id --expect-stream --expect-last-seq --expect-last-subject-seq --json --help' ;;
        'natsctl sub') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --queue --count --wait --raw -r --headers-only --subjects-only --timestamp -t --ignore-subject -I --json --dump --translate --stream --all --new --last --last-per-subject --since --start-sequence --durable --ack --terminate-at-end -T --help' ;;
        'natsctl request') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --header -H --raw -r --replies --count --force-stdin --help' ;;
        'natsctl reply') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --queue -q --count --echo --header -H --command --command-timeout --quiet --help' ;;
        'natsctl rtt') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --json -j --help' ;;
        'natsctl context') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --help' ;;
        'natsctl context ls') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --json -j --names --help' ;;
        'natsctl context info') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --json -j --help' ;;
        'natsctl context add') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --description --select --help' ;;
        'natsctl context edit') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --description --help' ;;
        'natsctl context copy') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --description --select --help' ;;
        'natsctl context select') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --help' ;;
        'natsctl context unselect') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --help' ;;
        'natsctl context rm') options='--server -s --user --password --token --creds --nkey --tlscert --tlskey --tlsca --tlsfirst --tls-first --timeout --connection-name --inbox-prefix --js-domain --js-api-prefix --context --no-context --trace --no-color --force -f --help' ;;
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
